//! One issue: its scale (or numeric axis) with every party placed on it, the common ground,
//! each party's positions over time, and what the documents say.

use leptos::prelude::*;

use super::Summary;
use crate::analysis::{common_ground, describe_outcome, describe_stance, issue_summary, Shared};
use crate::model::{fmt_num, Dataset, Issue, IssueIx, IssueKind, PartyIx, Stance};
use crate::ui::components::{Link, PartyName, PositionCard};
use crate::ui::{use_ctx, use_route};
use crate::url::{View, ViewState};

#[component]
pub fn IssueView() -> impl IntoView {
    let ctx = use_ctx();
    let route = use_route();
    let ds = &ctx.data.dataset;
    let state = ctx.state;
    let view_sig = ctx.view;
    let on_change = {
        let ctx = ctx.clone();
        move |ev: leptos::ev::Event| {
            let Ok(i) = event_target_value(&ev).parse::<usize>() else {
                return;
            };
            let Some(issue) = ctx.data.dataset.issues.get(i) else {
                return;
            };
            route.go(
                &ViewState {
                    view: View::Issue,
                    issue: Some(issue.id.clone()),
                    ..state.get_untracked()
                },
                false,
            );
        }
    };
    let groups = ds
        .topics
        .iter()
        .enumerate()
        .map(|(t, topic)| {
            let options = ds
                .issues
                .iter()
                .enumerate()
                .filter(|(_, i)| i.topic == t)
                .map(|(ix, i)| {
                    view! { <option value=ix.to_string() selected=move || view_sig.get().issue.0 == ix>{i.name.en().to_string()}</option> }
                })
                .collect_view();
            view! { <optgroup label=topic.name.en().to_string()>{options}</optgroup> }
        })
        .collect_view();
    let body = move || {
        let v = ctx.view.get();
        let snap = ctx.snapshot.get();
        let ds = &ctx.data.dataset;
        let ix = v.issue;
        let issue = ds.issue(ix);
        let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
        let ground = common_ground(ds, &snap, ix, &parties);
        let summary = issue_summary(ds, issue, v.date, &ground);
        let placed: Vec<(PartyIx, Stance)> = parties
            .iter()
            .filter_map(|&p| snap.position(ds, p, ix).map(|x| (p, x.stance.clone())))
            .collect();
        let scale = match issue.kind {
            IssueKind::Quantity => quantity_axis(issue, &placed).into_any(),
            _ => options_scale(issue, &placed, ground.shared.as_ref()).into_any(),
        };
        let state = ctx.state.get();
        view! {
            <h3>{issue.name.en().to_string()}</h3>
            {issue.question.as_ref().map(|q| view! { <p class="question">{q.en().to_string()}</p> })}
            <Summary text=summary />
            {scale}
            <History issue=ix date=v.date />
            {documents(ds, ix, &state)}
        }
        .into_any()
    };
    view! {
        <section class="view issue" aria-labelledby="issue-h" aria-describedby="view-summary">
            <h2 id="issue-h">"One issue, every party"</h2>
            <div class="pickers">
                <label class="pick" for="pick-issue">"Issue " <select id="pick-issue" on:change=on_change>{groups}</select></label>
            </div>
            {body}
        </section>
    }
    .into_any()
}

/// Each option of the scale in order, with who prefers, accepts or rejects it.
fn options_scale(
    issue: &Issue,
    placed: &[(PartyIx, Stance)],
    shared: Option<&Shared>,
) -> impl IntoView {
    let rows = issue
        .options
        .iter()
        .enumerate()
        .map(|(o, opt)| {
            let common = matches!(shared, Some(Shared::Outcomes(s)) if s.contains(&o)) && placed.len() > 1;
            let mut marks = Vec::new();
            for (p, stance) in placed {
                let (pref, acc, rej) = match stance {
                    Stance::Options { preferred, acceptable, rejected } => (*preferred == Some(o), acceptable.contains(&o), rejected.contains(&o)),
                    Stance::Set { preferred, acceptable, rejected } => (preferred.contains(&o), acceptable.contains(&o), rejected.contains(&o)),
                    Stance::Quantity { .. } => (false, false, false),
                };
                let (class, icon, word) = if pref {
                    ("prefers", "★", "prefers")
                } else if acc {
                    ("accepts", "✓", "accepts")
                } else if rej {
                    ("rejects", "✗", "rejects")
                } else {
                    continue;
                };
                let p = *p;
                marks.push(view! {
                    <li class=format!("mark-{class}")>
                        <span aria-hidden="true">{icon}</span> " " <PartyName party=p short=true /> <span class="sr-only">{format!(" {word}")}</span>
                    </li>
                });
            }
            view! {
                <li class="scale-step" class:common=common>
                    <div class="step-label">
                        <strong>{opt.label.en().to_string()}</strong>
                        {common.then(|| view! { <span class="cg cg-yes"> " ✓ common ground"</span> })}
                        {opt.description.as_ref().map(|d| view! { <span class="step-desc">{d.en().to_string()}</span> })}
                    </div>
                    <ul class="step-marks">{marks}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="scale">
            <p class="key">"★ prefers · ✓ could accept · ✗ rejects (red line) · not listed: unknown"</p>
            <ol class="scale-list">{rows}</ol>
        </div>
    }
}

/// A numeric axis with each party's acceptable range and preferred value, plus the same in words.
fn quantity_axis(issue: &Issue, placed: &[(PartyIx, Stance)]) -> impl IntoView {
    let finite = |v: &Option<f64>| v.filter(|x| x.is_finite());
    let top = placed
        .iter()
        .flat_map(|(_, s)| match s {
            Stance::Quantity {
                preferred,
                min,
                max,
            } => vec![finite(preferred), finite(min), finite(max)],
            _ => vec![],
        })
        .flatten()
        .fold(0.0f64, f64::max)
        * 1.15;
    let top = if top > 0.0 { top } else { 1.0 };
    let pct = |v: f64| {
        if v.is_finite() {
            (v / top * 100.0).clamp(0.0, 100.0)
        } else {
            100.0
        }
    };
    let unit = issue
        .unit
        .as_ref()
        .map(|u| u.en().to_string())
        .unwrap_or_default();
    let rows = placed
        .iter()
        .filter_map(|(p, s)| {
            let Stance::Quantity {
                preferred,
                min,
                max,
            } = s
            else {
                return None;
            };
            let (lo, hi) = match (preferred, min, max) {
                (Some(v), None, None) => (*v, *v),
                (_, lo, hi) => (lo.unwrap_or(0.0), hi.unwrap_or(f64::INFINITY)),
            };
            let (left, right) = (pct(lo), pct(hi));
            let bar = format!("left:{left:.2}%;width:{:.2}%", (right - left).max(0.8));
            let dot = preferred.map(|v| format!("left:{:.2}%", pct(v)));
            let words = describe_stance(issue, s);
            let p = *p;
            Some(view! {
                <li class="axis-row">
                    <span class="axis-party"><PartyName party=p /></span>
                    <span class="axis-track" aria-hidden="true">
                        <span class="axis-bar" class:open-end=!hi.is_finite() style=bar></span>
                        {dot.map(|d| view! { <span class="axis-dot" style=d>"★"</span> })}
                    </span>
                    <span class="axis-words">{words}</span>
                </li>
            })
        })
        .collect_view();
    view! {
        <div class="axis">
            <p class="key">{format!("Bars: the range each party accepts, 0 to {} {unit}; ★ preferred; an arrow-ended bar means no upper limit.", fmt_num((top / 1.15).round()))}</p>
            <ul class="axis-list">{rows}</ul>
        </div>
    }
}

/// Every party's positions on the issue over time, newest first, the one in effect marked.
#[component]
fn History(issue: IssueIx, date: crate::model::Date) -> impl IntoView {
    let ctx = use_ctx();
    let ds = &ctx.data.dataset;
    let snap = ctx.snapshot.get_untracked();
    let iss = ds.issue(issue).clone();
    let parties = (0..ds.parties.len()).map(PartyIx).filter_map(|p| {
        let mut list: Vec<_> = ds
            .positions
            .iter()
            .filter(|x| x.issue == issue && x.party == p)
            .collect();
        if list.is_empty() {
            return None;
        }
        list.reverse();
        let current = snap.position(ds, p, issue).map(|x| x.as_of);
        let items = list
            .into_iter()
            .map(|pos| {
                let state = if Some(pos.as_of) == current {
                    "in effect"
                } else if pos.as_of > date {
                    "later"
                } else {
                    "earlier"
                };
                view! {
                    <li class=format!("hist hist-{}", state.replace(' ', "-"))>
                        <span class="hist-state">{state}</span>
                        <PositionCard position=pos.clone() issue=iss.clone() />
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="history-party">
                <h4><PartyName party=p /></h4>
                <ol class="history-list">{items}</ol>
            </section>
        })
    });
    view! {
        <section class="history">
            <h3>"Positions over time, with sources"</h3>
            {parties.collect_view()}
        </section>
    }
}

/// What each document says on the issue.
fn documents(ds: &Dataset, issue: IssueIx, state: &ViewState) -> impl IntoView {
    let iss = ds.issue(issue);
    let mut rows: Vec<_> = ds
        .frameworks
        .iter()
        .flat_map(|f| {
            f.provisions
                .iter()
                .filter(|p| p.issue == issue)
                .map(move |p| (f, p))
        })
        .collect();
    rows.sort_by_key(|(f, _)| f.date);
    let items = rows
        .into_iter()
        .map(|(f, p)| {
            let outcome = match &p.outcome {
                Some(o) => describe_outcome(iss, o),
                None => p
                    .alternatives
                    .iter()
                    .map(|a| format!("{}: {}", ds.party(a.party).short.en(), describe_outcome(iss, &a.outcome)))
                    .collect::<Vec<_>>()
                    .join(" / "),
            };
            let to = ViewState { view: View::Framework, doc: Some(f.id.clone()), doc2: None, ..state.clone() };
            let name = f.name.en().to_string();
            view! {
                <li>
                    <Link to=to>{name}</Link>
                    " (" <time datetime=f.date.to_string()>{f.date.to_long()}</time> "), " {p.label.clone()} ": "
                    <strong>{outcome}</strong>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="issue-docs">
            <h3>"What the documents say"</h3>
            <ul>{items}</ul>
        </section>
    }
}
