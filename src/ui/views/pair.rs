//! Two parties side by side: each issue's relation, conflicts first, with counts at the top.

use leptos::prelude::*;

use super::Summary;
use crate::analysis::{describe_relation, pair_summary, relate, RelationKind};
use crate::model::{IssueIx, PartyIx};
use crate::ui::components::{
    relation_words, Link, PartyName, PartySelect, PositionCard, RelationBadge,
};
use crate::ui::{use_ctx, use_route};
use crate::url::{View, ViewState};

#[component]
pub fn PairView() -> impl IntoView {
    let ctx = use_ctx();
    let route = use_route();
    let state = ctx.state;
    let pick_ctx = ctx.clone();
    let pick = move |which: char| {
        let ctx = pick_ctx.clone();
        Callback::new(move |p: PartyIx| {
            let id = Some(ctx.data.dataset.party(p).id.clone());
            let mut s = state.get_untracked();
            if which == 'a' {
                s.a = id;
            } else {
                s.b = id;
            }
            s.view = View::Pair;
            route.go(&s, false);
        })
    };
    let (view_a, view_b) = (ctx.view, ctx.view);
    let heading_view = ctx.view;
    let controls = view! {
        <div class="pickers">
            <PartySelect label="First party " id="pick-a" selected=Signal::derive(move || view_a.get().a) on_pick=pick('a') />
            <PartySelect label="Second party " id="pick-b" selected=Signal::derive(move || view_b.get().b) on_pick=pick('b') />
            <Link to=Signal::derive(move || {
                let s = state.get();
                ViewState { a: s.b.clone(), b: s.a.clone(), view: View::Pair, ..s }
            }) class="swap">"⇄ Swap"</Link>
        </div>
    };
    let body = move || {
        let v = ctx.view.get();
        let snap = ctx.snapshot.get();
        let ds = &ctx.data.dataset;
        let (a, b) = (v.a, v.b);
        let (counts, summary) = pair_summary(ds, &snap, a, b);
        let state = ctx.state.get();
        let mut rows: Vec<(RelationKind, IssueIx)> = (0..ds.issues.len())
            .map(IssueIx)
            .map(|i| {
                let s = |p| snap.position(ds, p, i).map(|x| &x.stance);
                (relate(s(a), s(b)).kind(), i)
            })
            .collect();
        rows.sort();
        let count_items = RelationKind::ALL
            .into_iter()
            .map(|k| {
                let (icon, word) = relation_words(k);
                view! {
                    <li class=format!("count rel-{}", k.as_str())>
                        <span class="n">{counts.get(k)}</span>
                        <span class="w"><span aria-hidden="true">{icon}</span> " " {word}</span>
                    </li>
                }
            })
            .collect_view();
        let sections = RelationKind::ALL.into_iter().filter_map(|k| {
            let items: Vec<_> = rows
                .iter()
                .filter(|(kind, _)| *kind == k)
                .map(|&(_, i)| {
                    let issue = ds.issue(i);
                    let stance = |p| snap.position(ds, p, i).map(|x| &x.stance);
                    let rel = relate(stance(a), stance(b));
                    let words = describe_relation(issue, &rel);
                    let side = |p: PartyIx| match snap.position(ds, p, i) {
                        Some(pos) => view! { <PositionCard position=pos.clone() issue=issue.clone() with_party=true /> }.into_any(),
                        None => view! { <p class="position none"><PartyName party=p /> ": no known position"</p> }.into_any(),
                    };
                    let to = ViewState { view: View::Issue, issue: Some(issue.id.clone()), ..state.clone() };
                    let name = issue.name.en().to_string();
                    view! {
                        <li class="pair-issue">
                            <h4><Link to=to>{name}</Link></h4>
                            <p class="relation"><RelationBadge kind=k /> <span class="rel-words">{words}</span></p>
                            <div class="sides">{side(a)}{side(b)}</div>
                        </li>
                    }
                })
                .collect();
            (!items.is_empty()).then(|| {
                let (_, word) = relation_words(k);
                view! {
                    <section class=format!("pair-group rel-group-{}", k.as_str())>
                        <h3>{format!("{word} ({})", items.len())}</h3>
                        <ul class="pair-list">{items}</ul>
                    </section>
                }
            })
        });
        view! {
            <Summary text=summary />
            <ul class="counts" aria-label="Issues by relation">{count_items}</ul>
            {sections.collect_view()}
        }
        .into_any()
    };
    let heading = move || {
        let v = heading_view.get();
        view! { <PartyName party=v.a /> " and " <PartyName party=v.b /> }
    };
    view! {
        <section class="view pair" aria-labelledby="pair-h" aria-describedby="view-summary">
            <h2 id="pair-h">{heading}</h2>
            {controls}
            {body}
        </section>
    }
    .into_any()
}
