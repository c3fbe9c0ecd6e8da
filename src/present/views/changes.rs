//! What moved between two dates: positions that changed, and the relations that changed with
//! them, in kind or within it (a gap that narrowed, a shared range that grew).

use crate::analysis::{changes as moved_between, relation_changes, Snapshot};
use crate::model::{PartyIx, Position};
use crate::present::charts;
use crate::present::cx::Cx;
use crate::present::node::{el, El};
use crate::present::parts::{
    head_row, issue_state, link, option, party_name, picker, position_mark, relation_badge, scroll_box, section,
    source_list, status_mark, summary, time, view_state,
};
use crate::present::rich::RichText;
use crate::present::words::{changes_summary, describe_movement, describe_stance, pair_relation_detail};
use crate::text::Key;
use crate::url::View;

pub fn changes(cx: &Cx) -> (String, El) {
    let ds = cx.ds;
    let (from_date, to_date) = (cx.view.from, cx.view.to);
    let (from, to) = (Snapshot::at(ds, from_date), Snapshot::at(ds, to_date));
    let moved = moved_between(ds, &from, &to);
    let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
    let relations = relation_changes(ds, &from, &to, &parties);
    let text = changes_summary(&cx.text, ds, from_date, to_date, &moved, &relations);

    // The dates on which something changes, plus the two asked for, so the pickers always show them.
    let mut dates = ds.dates();
    for d in [from_date, to_date] {
        if let Err(at) = dates.binary_search(&d) {
            dates.insert(at, d);
        }
    }
    let pick = |id: &'static str, label: Key, end: bool| {
        let mut options = Vec::new();
        for &d in &dates {
            let mut to = view_state(cx.state, View::Changes);
            if end {
                to.to = Some(d);
            } else {
                to.from = Some(d);
            }
            options.push(option(&to, &cx.text.date(d), if end { d == to_date } else { d == from_date }));
        }
        picker(id, cx.text.get(label), options)
    };
    let (from_pick, to_pick) = (pick("pick-from", Key::ChangesFrom, false), pick("pick-to", Key::ChangesTo, true));
    let pickers = el("div").cls("pickers").add(from_pick).add(to_pick);

    let side = |label: &str, pos: Option<&Position>, issue: &crate::model::Issue| match pos {
        Some(p) => el("div")
            .cls("change-side")
            .add(el("p").cls("change-when").add(format!("{label} (")).add(time(&cx.text, p.as_of)).add(")"))
            .add(el("p").add(status_mark(&cx.text, p.status)).add(" ").add(p.summary.shown()).add_opt(position_mark(
                &cx.text,
                cx.repaired,
                p,
            )))
            .add(el("p").cls("pos-meta").add(describe_stance(&cx.text, issue, &p.stance)))
            .add(source_list(&cx.text, &p.sources)),
        None => el("div")
            .cls("change-side")
            .add(el("p").cls("change-when").add(label))
            .add(el("p").add(cx.text.get(Key::ChangesNoPosition))),
    };
    let (before, after) = (cx.text.get(Key::ChangesBefore), cx.text.get(Key::ChangesAfter));
    let items = moved.iter().map(|c| {
        let issue = ds.issue(c.issue);
        let mut to_issue = issue_state(cx.state, &issue.id);
        to_issue.date = None;
        let mut names =
            [("party", party_name(ds, c.party, false).into()), ("issue", link(&to_issue, issue.name.shown()).into())];
        el("li")
            .key(&format!("{} {}", ds.party(c.party).id, issue.id))
            .cls("change")
            .add(cx.text.rich(el("h4"), Key::ChangesPartyOnIssue, &mut names))
            .add(
                el("div")
                    .cls("change-pair")
                    .add(side(before, c.before, issue))
                    .add(el("span").cls("arrow").attr("aria-hidden", "true").add("→"))
                    .add(side(after, c.after, issue)),
            )
    });
    let mut body = section("changes-view", cx.text.get(Key::ChangesHeading))
        .key("changes")
        .add(pickers)
        .add(summary(text))
        .add_opt(charts::changes_chart(cx, &moved))
        .add(el("h3").add(cx.text.get(Key::ChangesMovedHeading)))
        .add(el("ul").cls("changes").add_all(items));
    if !relations.is_empty() {
        let rows = relations.iter().map(|r| {
            let issue = ds.issue(r.issue);
            let detail = |snap: &Snapshot, relation| {
                let side = |p| (p, snap.stance(ds, p, r.issue));
                pair_relation_detail(&cx.text, ds, issue, relation, side(r.a), side(r.b))
            };
            let before = detail(&from, &r.before);
            // A relation that kept its kind says how it moved; one that changed kind, what it is now.
            let after = match r.movement() {
                Some(m) => Some(describe_movement(&cx.text, issue, r, m)),
                None => detail(&to, &r.after),
            };
            let words = |text: Option<String>| text.map(|t| el("span").cls("rel-words").add(format!(" {t}")));
            let mut to_pair = view_state(cx.state, View::Pair);
            to_pair.a = Some(ds.party(r.a).id.clone());
            to_pair.b = Some(ds.party(r.b).id.clone());
            to_pair.date = Some(to_date);
            el("tr")
                .key(&format!("{} {} {}", issue.id, ds.party(r.a).id, ds.party(r.b).id))
                .add(el("th").attr("scope", "row").add(issue.name.shown()))
                .add(el("td").add(link(&to_pair, party_name(ds, r.a, true)).add(" – ").add(party_name(ds, r.b, true))))
                .add(el("td").add(relation_badge(&cx.text, r.before.kind())).add_opt(words(before)))
                .add(el("td").add(relation_badge(&cx.text, r.after.kind())).add_opt(words(after)))
        });
        let table = el("table")
            .cls("rel-table")
            .add(head_row(&[cx.text.get(Key::ViewsIssue), cx.text.get(Key::ChangesParties), before, after]))
            .add(el("tbody").add_all(rows));
        let heading = cx.text.get(Key::ChangesRelationsHeading);
        body = body.add(el("h3").add(heading)).add(scroll_box(heading, table));
    }
    let title = cx.text.fill(Key::ChangesTitle, &[("from", &from_date.to_string()), ("to", &to_date.to_string())]);
    (title, body)
}
