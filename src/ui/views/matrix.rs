//! The matrix: issues grouped by topic × parties, with each row's common ground.

use leptos::prelude::*;

use super::Summary;
use crate::analysis::{
    common_ground, describe_outcome, describe_shared, matrix_summary, CommonGround, Shared,
};
use crate::model::{Dataset, IssueIx, Outcome, PartyIx, Position, Stance};
use crate::ui::components::{Link, PartyName, PositionCard, StatusMark};
use crate::ui::use_ctx;
use crate::url::{View, ViewState};

/// A few words for a position in a cell: its preferred outcome, or what it accepts.
fn cell_words(ds: &Dataset, p: &Position) -> String {
    let issue = ds.issue(p.issue);
    match &p.stance {
        Stance::Options {
            preferred: Some(o), ..
        } => describe_outcome(issue, &Outcome::Option(*o)),
        Stance::Quantity {
            preferred: Some(v), ..
        } => describe_outcome(issue, &Outcome::Quantity(*v)),
        Stance::Set { preferred, .. } if !preferred.is_empty() => {
            describe_outcome(issue, &Outcome::Items(preferred.clone()))
        }
        Stance::Options { acceptable, .. } | Stance::Set { acceptable, .. }
            if !acceptable.is_empty() =>
        {
            describe_shared(issue, &Shared::Outcomes(acceptable.clone()))
        }
        Stance::Quantity { min, max, .. } if min.is_some() || max.is_some() => describe_shared(
            issue,
            &Shared::Range {
                min: *min,
                max: *max,
            },
        ),
        _ => p.summary.en().to_string(),
    }
}

/// The common-ground cell of a row: what all accept, or who blocks.
fn ground_cell(ds: &Dataset, issue: IssueIx, g: &CommonGround) -> AnyView {
    let iss = ds.issue(issue);
    if g.known.len() < 2 {
        return view! { <span class="cg cg-unknown"><span aria-hidden="true">"?"</span> " Too few known positions"</span> }.into_any();
    }
    if g.exists() {
        let shared = g
            .shared
            .as_ref()
            .map(|s| describe_shared(iss, s))
            .unwrap_or_default();
        return view! {
            <span class="cg cg-yes"><span aria-hidden="true">"✓"</span> " Common ground: " {shared}</span>
        }
        .into_any();
    }
    let blockers = g.holdouts();
    view! {
        <span class="cg cg-no">
            <span aria-hidden="true">"✗"</span>
            " No common ground"
            {(!blockers.is_empty()).then(|| view! {
                <span class="blockers">
                    " · sole holdout on an option: "
                    {blockers.into_iter().map(|p| view! { <PartyName party=p short=true /> " " }).collect_view()}
                </span>
            })}
        </span>
    }
    .into_any()
}

#[component]
pub fn MatrixView() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let v = ctx.view.get();
        let snap = ctx.snapshot.get();
        let ds = &ctx.data.dataset;
        let parties = v.parties.clone();
        let grounds: Vec<(IssueIx, CommonGround)> = (0..ds.issues.len())
            .map(IssueIx)
            .map(|i| (i, common_ground(ds, &snap, i, &parties)))
            .collect();
        let summary = matrix_summary(ds, v.date, &grounds);
        let state = ctx.state.get();
        let all_selected = parties.len() == ds.parties.len();

        let toggles = (0..ds.parties.len()).map(PartyIx).map(|p| {
            let on = parties.contains(&p);
            let mut next: Vec<PartyIx> = if on { parties.iter().copied().filter(|x| *x != p).collect() } else { [parties.clone(), vec![p]].concat() };
            next.sort();
            let ids: Option<Vec<String>> = if next.is_empty() || next.len() == ds.parties.len() {
                None
            } else {
                Some(next.iter().map(|x| ds.party(*x).id.clone()).collect())
            };
            let to = ViewState { parties: ids, ..state.clone() };
            view! {
                <li>
                    <Link to=to class=if on { "chip on" } else { "chip" } current=false>
                        <span aria-hidden="true">{if on { "☑ " } else { "☐ " }}</span>
                        <PartyName party=p />
                        <span class="sr-only">{if on { " (shown; hide)" } else { " (hidden; show)" }}</span>
                    </Link>
                </li>
            }
        });

        let header = parties
            .iter()
            .map(|&p| {
                let to = ViewState {
                    view: View::Pair,
                    a: Some(ds.party(p).id.clone()),
                    ..state.clone()
                };
                view! { <th scope="col"><Link to=to><PartyName party=p short=true /></Link></th> }
            })
            .collect_view();

        let groups = ds.topics.iter().enumerate().filter_map(|(t, topic)| {
            let rows: Vec<_> = grounds
                .iter()
                .filter(|(i, _)| ds.issue(*i).topic == t)
                .map(|(i, g)| {
                    let issue = ds.issue(*i);
                    let to = ViewState { view: View::Issue, issue: Some(issue.id.clone()), ..state.clone() };
                    let name = issue.name.en().to_string();
                    let cells = parties
                        .iter()
                        .map(|&p| match snap.position(ds, p, *i) {
                            None => view! { <td class="cell empty"><span class="unknown">"—"</span><span class="sr-only">"unknown"</span></td> }.into_any(),
                            Some(pos) => {
                                let words = cell_words(ds, pos);
                                view! {
                                    <td class="cell">
                                        <details>
                                            <summary><StatusMark status=pos.status /> " " {words}</summary>
                                            <PositionCard position=pos.clone() issue=issue.clone() />
                                        </details>
                                    </td>
                                }
                                .into_any()
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row" class="issue-name"><Link to=to>{name}</Link></th>
                            {cells}
                            <td class="ground">{ground_cell(ds, *i, g)}</td>
                        </tr>
                    }
                })
                .collect();
            (!rows.is_empty()).then(|| {
                let span = parties.len() + 2;
                view! {
                    <tbody>
                        <tr class="topic"><th scope="colgroup" colspan=span.to_string()>{topic.name.en().to_string()}</th></tr>
                        {rows}
                    </tbody>
                }
            })
        });

        view! {
            <section class="view matrix" aria-labelledby="matrix-h" aria-describedby="view-summary">
                <h2 id="matrix-h">"Who stands where"</h2>
                <Summary text=summary />
                <div class="party-toggles">
                    <p id="toggle-label">"Parties shown" {(!all_selected).then_some(" (some hidden)")} ":"</p>
                    <ul aria-labelledby="toggle-label">{toggles.collect_view()}</ul>
                </div>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Positions by issue and party; scrolls sideways">
                    <table class="grid">
                        <caption class="sr-only">"Each party's position on each issue, and whether all of them share common ground"</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="corner">"Issue"</th>
                                {header}
                                <th scope="col">"Common ground"</th>
                            </tr>
                        </thead>
                        {groups.collect_view()}
                    </table>
                </div>
                <p class="hint">"Open a cell for the position in full and its sources. A party name opens its pairings; an issue opens its scale."</p>
            </section>
        }
        .into_any()
    }
}
