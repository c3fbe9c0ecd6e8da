//! One issue: its scale (or numeric axis) with every party placed on it, the common ground,
//! each party's positions over time, and what the documents say.

use super::framework::outcome_words;
use crate::analysis::{common_ground, Shared};
use crate::model::{Issue, IssueIx, IssueKind, PartyIx, Stance};
use crate::present::charts;
use crate::present::cx::Cx;
use crate::present::node::{el, El};
use crate::present::parts::{
    badge, doc_state, issue_state, link, option, party_name, position_card, position_mark, section, summary, time,
};
use crate::present::words::{describe_stance, issue_summary};
use crate::text::Key;

pub fn issue(cx: &Cx) -> (String, El) {
    let ds = cx.ds;
    let ix = cx.view.issue;
    let iss = ds.issue(ix);
    let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
    let ground = common_ground(ds, cx.snap, ix, &parties);
    let text = issue_summary(&cx.text, ds, iss, cx.view.date, &ground);
    let placed: Vec<(PartyIx, &Stance)> =
        parties.iter().filter_map(|&p| cx.snap.position(ds, p, ix).map(|x| (p, &x.stance))).collect();

    let mut select = el("select").id("pick-issue").attr(crate::present::protocol::GO, "");
    for (t, topic) in ds.topics.iter().enumerate() {
        let mut group = el("optgroup").attr("label", topic.name.shown());
        for (n, i) in ds.issues.iter().enumerate() {
            if i.topic == t {
                group = group.add(option(&issue_state(cx.state, &i.id), i.name.shown(), n == ix.0));
            }
        }
        select = select.add(group);
    }
    let pickers = el("div")
        .cls("pickers")
        .add(el("label").cls("pick").attr("for", "pick-issue").add(cx.text.get(Key::IssuePick)).add(select));
    let shared = ground.shared.as_ref().filter(|_| !ground.too_few());
    let possible: &[usize] = if !ground.too_few() { &ground.possible } else { &[] };
    let scale = match iss.kind {
        IssueKind::Quantity => quantity_axis(cx, iss, &placed),
        _ => options_scale(cx, iss, &placed, shared, possible),
    };
    // Another issue is another view: nothing opened for one issue opens for the next.
    let body = section("issue", iss.name.shown())
        .key(&format!("issue {}", iss.id))
        .add(pickers)
        .add_opt(iss.question.as_ref().map(|q| el("p").cls("question").add(q.shown())))
        .add(summary(text))
        .add(charts::scale_strip(cx, ix, &parties, &ground))
        .add(scale)
        .add_opt(charts::over_time(cx, ix))
        .add(history(cx, ix))
        .add(documents(cx, ix));
    (iss.name.shown().to_string(), body)
}

/// Each option of the scale in order, with who prefers, accepts or rejects it, and whether it is
/// common ground or possible common ground.
fn options_scale(
    cx: &Cx,
    issue: &Issue,
    placed: &[(PartyIx, &Stance)],
    shared: Option<&Shared>,
    possible: &[usize],
) -> El {
    // Plain loops rather than iterator chains, here and below: each chain's closures get their
    // own copy of the adapters' code in the wasm.
    let mut rows = el("ol").cls("scale-list");
    for (o, opt) in issue.options.iter().enumerate() {
        let common = matches!(shared, Some(Shared::Outcomes(s)) if s.contains(&o));
        let open = possible.contains(&o);
        let mut marks = el("ul").cls("step-marks");
        for (p, stance) in placed {
            let (pref, acc, rej) = match stance {
                Stance::Options { preferred, acceptable, rejected } => {
                    (*preferred == Some(o), acceptable.contains(&o), rejected.contains(&o))
                }
                Stance::Set { preferred, acceptable, rejected } => {
                    (preferred.contains(&o), acceptable.contains(&o), rejected.contains(&o))
                }
                Stance::Quantity { .. } => (false, false, false),
            };
            let (class, icon, word) = match (pref, acc, rej) {
                (true, _, _) => ("mark-prefers", "★", Key::IssuePrefers),
                (_, true, _) => ("mark-accepts", "✓", Key::IssueCouldAccept),
                (_, _, true) => ("mark-rejects", "✗", Key::IssueRejects),
                _ => continue,
            };
            let word = cx.text.get(word);
            marks = marks.add(
                el("li")
                    .cls(class)
                    .add(el("span").attr("aria-hidden", "true").add(icon))
                    .add(" ")
                    .add(party_name(cx.ds, *p, true))
                    .add(el("span").cls("sr-only").add(format!(" {word}"))),
            );
        }
        let label = el("div")
            .cls("step-label")
            .add(el("strong").add(opt.label.shown()))
            .add_opt(common.then(|| badge("cg cg-yes", "✓", cx.text.get(Key::IssueCommonGround))))
            .add_opt(open.then(|| badge("cg cg-possible", "◇", cx.text.get(Key::IssuePossible))))
            .add_opt(opt.description.as_ref().map(|d| el("span").cls("step-desc").add(d.shown())));
        rows = rows.add(el("li").cls(if common { "scale-step common" } else { "scale-step" }).add(label).add(marks));
    }
    let key = cx.text.get(if issue.kind == IssueKind::Set { Key::IssueKeySet } else { Key::IssueKeyScale });
    el("div").cls("scale").add(el("p").cls("key").add(key)).add(rows)
}

/// Each party's stance on a quantity in words, beside the numeric axis the scale strip draws.
fn quantity_axis(cx: &Cx, issue: &Issue, placed: &[(PartyIx, &Stance)]) -> El {
    el("ul").cls("axis-list").add_all(placed.iter().map(|(p, s)| {
        el("li")
            .cls("axis-row")
            .add(el("span").cls("axis-party").add(party_name(cx.ds, *p, false)))
            .add(el("span").cls("axis-words").add(describe_stance(&cx.text, issue, s)))
    }))
}

/// Every party's positions on the issue over time, newest first, with the one in effect marked.
fn history(cx: &Cx, issue: IssueIx) -> El {
    let ds = cx.ds;
    let iss = ds.issue(issue);
    let mut out = el("section").cls("history").add(el("h3").add(cx.text.get(Key::IssueHistory)));
    for p in 0..ds.parties.len() {
        let p = PartyIx(p);
        let current = cx.snap.position(ds, p, issue).map(|x| x.as_of);
        let mut items = el("ol").cls("history-list");
        for pos in ds.positions.iter().rev() {
            if pos.issue != issue || pos.party != p {
                continue;
            }
            let (class, state) = if Some(pos.as_of) == current {
                ("hist hist-in-effect", Key::IssueInEffect)
            } else if pos.as_of > cx.view.date {
                ("hist hist-later", Key::IssueLater)
            } else {
                ("hist hist-earlier", Key::IssueEarlier)
            };
            items = items.add(
                el("li")
                    .cls(class)
                    .add(el("span").cls("hist-state").add(cx.text.get(state)))
                    .add_opt(position_mark(&cx.text, cx.repaired, pos))
                    .add(position_card(&cx.text, ds, pos, iss, false)),
            );
        }
        if items.children.is_empty() {
            continue;
        }
        out = out.add(
            el("section")
                .key(&ds.party(p).id)
                .cls("history-party")
                .add(el("h4").add(party_name(ds, p, false)))
                .add(items),
        );
    }
    out
}

/// What each document says on the issue.
fn documents(cx: &Cx, issue: IssueIx) -> El {
    let ds = cx.ds;
    let mut items = el("ul");
    for i in ds.frameworks_by_date() {
        let Some(f) = ds.frameworks.get(i) else { continue };
        for p in &f.provisions {
            if p.issue != issue {
                continue;
            }
            items = items.add(
                el("li")
                    .add(link(&doc_state(cx.state, &f.id), f.name.shown()))
                    .add(" (")
                    .add(time(&cx.text, f.date))
                    .add(format!("), {}: ", p.label))
                    .add(el("strong").add(outcome_words(cx, p))),
            );
        }
    }
    el("section").cls("issue-docs").add(el("h3").add(cx.text.get(Key::IssueDocuments))).add(items)
}
