//! The matrix: issues grouped by topic × parties, with each row's common ground.

use crate::analysis::{common_ground, CommonGround, Shared};
use crate::model::{IssueIx, Outcome, PartyIx, Position, Stance};
use crate::present::charts;
use crate::present::cx::Cx;
use crate::present::node::{el, El};
use crate::present::parts::{
    badge, issue_state, link, party_name, position_card, position_mark, scroll_box, section, status_mark, summary,
    view_state,
};
use crate::present::rich::{rich, RichText};
use crate::present::words::{describe_outcome, describe_shared, matrix_summary};
use crate::text::Key;
use crate::url::View;

/// A few words for a position in a cell: its preferred outcome; where the party named none, its
/// position in its own words (listing every outcome it could accept would read as a preference).
fn cell_words(cx: &Cx, p: &Position) -> String {
    let issue = cx.ds.issue(p.issue);
    match &p.stance {
        Stance::Options { preferred: Some(o), .. } => describe_outcome(&cx.text, issue, &Outcome::Option(*o)),
        Stance::Quantity { preferred: Some(v), .. } => describe_outcome(&cx.text, issue, &Outcome::Quantity(*v)),
        Stance::Set { preferred, .. } if !preferred.is_empty() => {
            describe_outcome(&cx.text, issue, &Outcome::Items(preferred.clone()))
        }
        Stance::Quantity { min, max, .. } if min.is_some() || max.is_some() => {
            describe_shared(&cx.text, issue, &Shared::Range { min: *min, max: *max })
        }
        _ => p.summary.shown().to_string(),
    }
}

/// The common-ground cell of a row: what all accept; or what none rules out, though a party that
/// names only red lines has not accepted it; or that nothing is, the nearest thing to it and who
/// stands in its way.
fn ground_cell(cx: &Cx, issue: IssueIx, g: &CommonGround) -> El {
    let text = cx.text;
    if g.too_few() {
        return badge("cg cg-unknown", "?", text.get(Key::MatrixTooFew));
    }
    if g.exists() {
        let shared = g.shared.as_ref().map(|s| describe_shared(&cx.text, cx.ds.issue(issue), s)).unwrap_or_default();
        return badge("cg cg-yes", "✓", text.fill(Key::MatrixCommonGround, &[("shared", &shared)]));
    }
    let names = |parties: &[PartyIx]| {
        let mut span = el("span");
        for (i, &p) in parties.iter().enumerate() {
            span = span.add(if i > 0 { ", " } else { "" }).add(party_name(cx.ds, p, true));
        }
        span
    };
    if !g.possible.is_empty() {
        let open = describe_shared(&cx.text, cx.ds.issue(issue), &Shared::Outcomes(g.possible.clone()));
        // The message counts the parties, so it is filled twice: its form, then the list.
        let but = text.count(Key::MatrixRejectedByNoOne, g.rejects_only.len(), &[]);
        let but = rich(el("span").cls("closest"), &but, &mut [("parties", names(&g.rejects_only).into())]);
        return badge("cg cg-possible", "◇", text.fill(Key::MatrixPossible, &[("open", &open)])).add(but);
    }
    let mut cell = badge("cg cg-no", "✗", text.get(Key::MatrixNoCommonGround));
    if let Some((outcome, blockers)) = g.closest() {
        let label = cx.ds.issue(issue).options.get(outcome).map(|o| o.label.shown()).unwrap_or("?");
        let mut args = [("outcome", label.into()), ("parties", names(&blockers).into())];
        cell = cell.add(text.rich(el("span").cls("closest"), Key::MatrixClosest, &mut args));
    } else if let [low, high] = g.range_blockers[..] {
        let mut args = [("low", names(&[low]).into()), ("high", names(&[high]).into())];
        cell = cell.add(text.rich(el("span").cls("closest"), Key::MatrixGap, &mut args));
    }
    cell
}

pub fn matrix(cx: &Cx) -> (String, El) {
    let ds = cx.ds;
    let parties = &cx.view.parties;
    // Plain loops rather than iterator chains here and below: each chain's closures get their
    // own copy of the adapters' code in the wasm.
    let mut grounds: Vec<(IssueIx, CommonGround)> = Vec::new();
    for i in 0..ds.issues.len() {
        grounds.push((IssueIx(i), common_ground(ds, cx.snap, IssueIx(i), parties)));
    }
    let text = matrix_summary(&cx.text, ds, cx.view.date, &grounds);

    let mut toggles = el("ul").attr("aria-labelledby", "toggle-label");
    for p in 0..ds.parties.len() {
        let p = PartyIx(p);
        let on = parties.contains(&p);
        // The parties shown after the click, in dataset order.
        let mut ids = Vec::new();
        for x in 0..ds.parties.len() {
            let x = PartyIx(x);
            if if x == p { !on } else { parties.contains(&x) } {
                ids.push(ds.party(x).id.clone());
            }
        }
        let state = if on { Key::MatrixToggleShown } else { Key::MatrixToggleHidden };
        let mut to = cx.state.clone();
        to.parties = (!ids.is_empty() && ids.len() < ds.parties.len()).then_some(ids);
        let chip = link(&to, el("span").attr("aria-hidden", "true").add(if on { "☑ " } else { "☐ " }))
            .cls(if on { "chip on" } else { "chip" })
            .id(&format!("toggle-{}", ds.party(p).id))
            .add(party_name(ds, p, false))
            .add(el("span").cls("sr-only").add(cx.text.get(state)));
        toggles = toggles.add(el("li").add(chip));
    }

    let mut header = el("tr").add(el("th").attr("scope", "col").cls("corner").add(cx.text.get(Key::ViewsIssue)));
    for &p in parties {
        let mut to = view_state(cx.state, View::Pair);
        to.a = Some(ds.party(p).id.clone());
        header = header.add(el("th").key(&ds.party(p).id).attr("scope", "col").add(link(&to, party_name(ds, p, true))));
    }
    header = header.add(el("th").attr("scope", "col").add(cx.text.get(Key::MatrixGroundColumn)));

    let mut table = el("table")
        .cls("grid")
        .add(el("caption").cls("sr-only").add(cx.text.get(Key::MatrixCaption)))
        .add(el("thead").add(header));
    for (t, topic) in ds.topics.iter().enumerate() {
        let mut group = el("tbody").key(&topic.id).add(el("tr").cls("topic").add(
            el("th").attr("scope", "colgroup").attr("colspan", (parties.len() + 2).to_string()).add(topic.name.shown()),
        ));
        for (i, g) in &grounds {
            let issue = ds.issue(*i);
            if issue.topic != t {
                continue;
            }
            let to = issue_state(cx.state, &issue.id);
            let mut row = el("tr")
                .key(&issue.id)
                .add(el("th").attr("scope", "row").cls("issue-name").add(link(&to, issue.name.shown())));
            for &p in parties {
                let cell = match cx.snap.position(ds, p, *i) {
                    None => el("td")
                        .key(&ds.party(p).id)
                        .cls("cell empty")
                        .add(el("span").cls("unknown").attr("aria-hidden", "true").add("—"))
                        .add(el("span").cls("sr-only").add(cx.text.get(Key::MatrixUnknown))),
                    Some(pos) => el("td").key(&ds.party(p).id).cls("cell").add(
                        el("details")
                            .add(
                                el("summary")
                                    .add(status_mark(&cx.text, pos.status))
                                    .add(" ")
                                    .add(cell_words(cx, pos))
                                    .add_opt(position_mark(&cx.text, cx.repaired, pos)),
                            )
                            .add(position_card(&cx.text, ds, pos, issue, false)),
                    ),
                };
                row = row.add(cell);
            }
            group = group.add(row.add(el("td").cls("ground").add(ground_cell(cx, *i, g))));
        }
        // A topic with no issues gets no group (its title row is the only child).
        if group.children.len() > 1 {
            table = table.add(group);
        }
    }
    let hidden = parties.len() < ds.parties.len();
    let heading = cx.text.get(Key::MatrixHeading);
    let shown = cx.text.get(if hidden { Key::MatrixPartiesSomeHidden } else { Key::MatrixParties });
    let body = section("matrix", heading)
        .key("matrix")
        .add(summary(text))
        .add(el("div").cls("party-toggles").add(el("p").id("toggle-label").add(shown)).add(toggles))
        .add(scroll_box(cx.text.get(Key::MatrixTableLabel), table))
        .add(el("p").cls("hint").add(cx.text.get(Key::MatrixHint)))
        // After the table, which keeps the common-ground column in sight at once on a desktop.
        .add(charts::overview(cx, &grounds));
    (heading.to_string(), body)
}
