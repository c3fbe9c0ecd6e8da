//! What moved between two dates: positions that changed, and relations that changed with them.

use leptos::prelude::*;

use super::Summary;
use crate::analysis::{changes, changes_summary, describe_stance, relation_changes, Snapshot};
use crate::model::{Date, PartyIx};
use crate::ui::components::{Link, PartyName, RelationBadge, SourceList, StatusMark};
use crate::ui::{use_ctx, use_route};
use crate::url::{View, ViewState};

#[component]
pub fn ChangesView() -> impl IntoView {
    let ctx = use_ctx();
    let route = use_route();
    let dates = StoredValue::new(ctx.data.dataset.dates());
    let state = ctx.state;
    let view_sig = ctx.view;
    let pick = move |to_end: bool| {
        move |ev: leptos::ev::Event| {
            let Some(d) = Date::parse(&event_target_value(&ev)) else {
                return;
            };
            let mut s = state.get_untracked();
            s.view = View::Changes;
            if to_end {
                s.to = Some(d);
            } else {
                s.from = Some(d);
            }
            route.go(&s, false);
        }
    };
    let options =
        move |to_end: bool| {
            dates.with_value(|ds| {
                ds.iter()
                .map(|&d| {
                    let selected = move || {
                        let v = view_sig.get();
                        if to_end { v.to == d } else { v.from == d }
                    };
                    view! { <option value=d.to_string() selected=selected>{d.to_long()}</option> }
                })
                .collect_view()
            })
        };
    let body = move || {
        let v = ctx.view.get();
        let ds = &ctx.data.dataset;
        let (from, to) = (Snapshot::at(ds, v.from), Snapshot::at(ds, v.to));
        let moved = changes(ds, &from, &to);
        let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
        let relations = relation_changes(ds, &from, &to, &parties);
        let summary = changes_summary(ds, v.from, v.to, &moved, &relations);
        let state = ctx.state.get();
        let items = moved
            .iter()
            .map(|c| {
                let issue = ds.issue(c.issue);
                let side = |label: &'static str, pos: Option<&crate::model::Position>| match pos {
                    Some(p) => view! {
                        <div class="change-side">
                            <p class="change-when">{label} " (" <time datetime=p.as_of.to_string()>{p.as_of.to_long()}</time> ")"</p>
                            <p><StatusMark status=p.status /> " " {p.summary.en().to_string()}</p>
                            <p class="pos-meta">{describe_stance(issue, &p.stance)}</p>
                            <SourceList sources=p.sources.clone() />
                        </div>
                    }
                    .into_any(),
                    None => view! { <div class="change-side"><p class="change-when">{label}</p><p>"No known position"</p></div> }.into_any(),
                };
                let to_issue = ViewState { view: View::Issue, issue: Some(issue.id.clone()), date: None, ..state.clone() };
                let name = issue.name.en().to_string();
                view! {
                    <li class="change">
                        <h4><PartyName party=c.party /> " on " <Link to=to_issue>{name}</Link></h4>
                        <div class="change-pair">
                            {side("Before", c.before)}
                            <span class="arrow" aria-hidden="true">"→"</span>
                            {side("After", c.after)}
                        </div>
                    </li>
                }
            })
            .collect_view();
        let rel_items = relations
            .iter()
            .map(|r| {
                let to_pair = ViewState {
                    view: View::Pair,
                    a: Some(ds.party(r.a).id.clone()),
                    b: Some(ds.party(r.b).id.clone()),
                    date: Some(v.to),
                    ..state.clone()
                };
                let (pa, pb) = (r.a, r.b);
                view! {
                    <tr>
                        <th scope="row">{ds.issue(r.issue).name.en().to_string()}</th>
                        <td><Link to=to_pair><PartyName party=pa short=true /> " – " <PartyName party=pb short=true /></Link></td>
                        <td><RelationBadge kind=r.before /></td>
                        <td><RelationBadge kind=r.after /></td>
                    </tr>
                }
            })
            .collect_view();
        let has_relations = !relations.is_empty();
        view! {
            <Summary text=summary />
            <h3>"Positions that moved"</h3>
            <ul class="changes">{items}</ul>
            {has_relations.then(|| view! {
                <h3>"Relations that changed"</h3>
                <div class="table-scroll">
                    <table class="rel-table">
                        <thead><tr><th scope="col">"Issue"</th><th scope="col">"Parties"</th><th scope="col">"Before"</th><th scope="col">"After"</th></tr></thead>
                        <tbody>{rel_items}</tbody>
                    </table>
                </div>
            })}
        }
        .into_any()
    };
    view! {
        <section class="view changes-view" aria-labelledby="changes-h" aria-describedby="view-summary">
            <h2 id="changes-h">"What changed"</h2>
            <div class="pickers">
                <label class="pick" for="pick-from">"From " <select id="pick-from" on:change=pick(false)>{options(false)}</select></label>
                <label class="pick" for="pick-to">"To " <select id="pick-to" on:change=pick(true)>{options(true)}</select></label>
            </div>
            {body}
        </section>
    }
    .into_any()
}
