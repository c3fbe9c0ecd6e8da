//! A document's provisions, each with every party's fit; or two documents compared by issue.

use leptos::prelude::*;

use super::Summary;
use crate::analysis::{describe_outcome, framework_fit, framework_summary, Fit};
use crate::model::{Dataset, Framework, IssueIx, PartyIx, Provision};
use crate::ui::components::{ContestedNote, FitBadge, Link, PartyName, SourceList, StatusMark};
use crate::ui::{use_ctx, use_route};
use crate::url::{View, ViewState};

/// Frameworks in date order, as (index, label) pairs for the pickers.
fn framework_choices(ds: &Dataset) -> Vec<(usize, String)> {
    let mut list: Vec<(usize, &Framework)> = ds.frameworks.iter().enumerate().collect();
    list.sort_by_key(|(i, f)| (f.date, *i));
    list.into_iter()
        .map(|(i, f)| (i, format!("{} — {}", f.date, f.name.en())))
        .collect()
}

fn unit(ds: &Dataset, issue: IssueIx) -> Option<String> {
    ds.issue(issue).unit.as_ref().map(|u| u.en().to_string())
}

/// What a document says on an issue, in words: its outcome, or each side's version.
fn outcome_words(ds: &Dataset, p: &Provision) -> String {
    let issue = ds.issue(p.issue);
    match &p.outcome {
        Some(o) => describe_outcome(issue, o),
        None if p.alternatives.is_empty() => "no outcome stated".to_string(),
        None => p
            .alternatives
            .iter()
            .map(|a| {
                format!(
                    "{}: {}",
                    ds.party(a.party).short.en(),
                    describe_outcome(issue, &a.outcome)
                )
            })
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

#[component]
fn FitRow(fits: Vec<Fit>, parties: Vec<PartyIx>, unit: Option<String>) -> impl IntoView {
    view! {
        <ul class="fits">
            {parties
                .into_iter()
                .zip(fits)
                .map(|(p, f)| view! { <li><PartyName party=p short=true /> " " <FitBadge fit=f unit=unit.clone() /></li> })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn FrameworkView() -> impl IntoView {
    let ctx = use_ctx();
    let route = use_route();
    let ds = &ctx.data.dataset;
    if ds.frameworks.is_empty() {
        return view! {
            <section class="view framework"><h2>"Documents"</h2><p>"This dataset has no documents."</p></section>
        }
        .into_any();
    }
    let choices = StoredValue::new(framework_choices(ds));
    let state = ctx.state;
    let pick_ctx = ctx.clone();
    let pick = move |second: bool| {
        let ctx = pick_ctx.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let id = value
                .parse::<usize>()
                .ok()
                .and_then(|i| ctx.data.dataset.frameworks.get(i))
                .map(|f| f.id.clone());
            let mut s = state.get_untracked();
            s.view = View::Framework;
            if second {
                s.doc2 = id;
            } else {
                s.doc = id;
            }
            route.go(&s, false);
        }
    };
    let view_sig = ctx.view;
    let options =
        move |second: bool| {
            choices.with_value(|c| {
                c.iter()
                .map(|(i, label)| {
                    let i = *i;
                    let selected = move || {
                        let v = view_sig.get();
                        if second { v.doc2 == Some(i) } else { v.doc == Some(i) }
                    };
                    view! { <option value=i.to_string() selected=selected>{label.clone()}</option> }
                })
                .collect_view()
            })
        };
    let controls = view! {
        <div class="pickers">
            <label class="pick" for="pick-doc">"Document "
                <select id="pick-doc" on:change=pick(false)>{options(false)}</select>
            </label>
            <label class="pick" for="pick-doc2">"Compare with "
                <select id="pick-doc2" on:change=pick(true)>
                    <option value="" selected=move || view_sig.get().doc2.is_none()>"(nothing)"</option>
                    {options(true)}
                </select>
            </label>
        </div>
    };
    let body = move || {
        let v = ctx.view.get();
        let ds = &ctx.data.dataset;
        let Some(fw) = v.doc.and_then(|d| ds.frameworks.get(d)) else {
            return ().into_any();
        };
        match v.doc2.and_then(|d| ds.frameworks.get(d)) {
            Some(other) => view! { <Comparison a=fw.clone() b=other.clone() /> }.into_any(),
            None => view! { <OneFramework framework=fw.clone() /> }.into_any(),
        }
    };
    view! {
        <section class="view framework" aria-labelledby="fw-h" aria-describedby="view-summary">
            <h2 id="fw-h">"Documents, provision by provision"</h2>
            {controls}
            {body}
        </section>
    }
    .into_any()
}

#[component]
fn OneFramework(framework: Framework) -> impl IntoView {
    let ctx = use_ctx();
    let ds = &ctx.data.dataset;
    let snap = ctx.snapshot.get_untracked();
    let state = ctx.state.get_untracked();
    let date = ctx.view.get_untracked().date;
    let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
    let fit = framework_fit(ds, &snap, &framework, &parties);
    let summary = framework_summary(ds, &framework, &parties, &fit, date);
    let proposers = if framework.proposers.is_empty() {
        framework
            .proposer_note
            .as_ref()
            .map(|n| n.en().to_string())
            .unwrap_or_else(|| "unattributed".into())
            .into_any()
    } else {
        framework
            .proposers
            .iter()
            .map(|&p| view! { <PartyName party=p /> " " })
            .collect_view()
            .into_any()
    };
    let counts = parties
        .iter()
        .zip(&fit.counts)
        .map(|(&p, c)| {
            view! {
                <tr>
                    <th scope="row"><PartyName party=p /></th>
                    <td>{c.compatible}</td>
                    <td>{c.conflict}</td>
                    <td>{c.unknown}</td>
                </tr>
            }
        })
        .collect_view();
    let provisions = framework
        .provisions
        .iter()
        .zip(fit.provisions)
        .map(|(prov, pf)| {
            let issue = ds.issue(prov.issue);
            let unit = unit(ds, prov.issue);
            let to = ViewState { view: View::Issue, issue: Some(issue.id.clone()), ..state.clone() };
            let outcome = prov.outcome.as_ref().map(|o| describe_outcome(issue, o));
            let name = issue.name.en().to_string();
            let alternatives = (!prov.alternatives.is_empty()).then(|| {
                view! {
                    <div class="alternatives">
                        {prov
                            .alternatives
                            .iter()
                            .zip(pf.alternatives)
                            .map(|(alt, fits)| {
                                view! {
                                    <div class="alternative">
                                        <p class="alt-head"><PartyName party=alt.party /> "'s version: " <strong>{describe_outcome(issue, &alt.outcome)}</strong></p>
                                        <p>{alt.summary.en().to_string()}</p>
                                        <FitRow fits parties=parties.clone() unit=unit.clone() />
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                }
            });
            view! {
                <li class="provision">
                    <p class="prov-head">
                        <span class="prov-label">{prov.label.clone()}</span>
                        " " <Link to=to>{name}</Link> ": "
                        <strong>{outcome.unwrap_or_else(|| "disputed".into())}</strong>
                    </p>
                    <p><StatusMark status=prov.status /> " " {prov.summary.en().to_string()}</p>
                    {(!pf.fits.is_empty()).then(|| view! { <FitRow fits=pf.fits parties=parties.clone() unit=unit.clone() /> })}
                    {alternatives}
                    {prov.contested.clone().map(|c| view! { <ContestedNote contested=c /> })}
                    <SourceList sources=prov.sources.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="doc">
            <h3>{framework.name.en().to_string()}</h3>
            <p class="doc-meta">
                <time datetime=framework.date.to_string()>{framework.date.to_long()}</time>
                " · " {framework.status.as_str()} " · put forward by " {proposers}
            </p>
            <Summary text=summary />
            <p>{framework.summary.en().to_string()}</p>
            {framework.context.as_ref().map(|c| view! { <p class="context">{c.en().to_string()}</p> })}
            <SourceList sources=framework.sources.clone() />
            <div class="table-scroll">
                <table class="fit-table">
                    <caption>"How the provisions fit each party's position as of " {date.to_long()}</caption>
                    <thead><tr><th scope="col">"Party"</th><th scope="col">"✓ Compatible"</th><th scope="col">"✗ Conflict"</th><th scope="col">"? Unknown"</th></tr></thead>
                    <tbody>{counts}</tbody>
                </table>
            </div>
            <ol class="provisions">{provisions}</ol>
        </article>
    }
}

#[component]
fn Comparison(a: Framework, b: Framework) -> impl IntoView {
    let ctx = use_ctx();
    let ds = &ctx.data.dataset;
    let mut issues: Vec<IssueIx> = a
        .provisions
        .iter()
        .chain(&b.provisions)
        .map(|p| p.issue)
        .collect();
    issues.sort();
    issues.dedup();
    let says = |f: &Framework, i: IssueIx| -> Vec<String> {
        f.provisions
            .iter()
            .filter(|p| p.issue == i)
            .map(|p| format!("{} {}", p.label, outcome_words(ds, p)))
            .collect()
    };
    let mut same = 0;
    let rows = issues
        .iter()
        .map(|&i| {
            let outcome = |f: &Framework| {
                f.provisions
                    .iter()
                    .find(|p| p.issue == i)
                    .and_then(|p| p.outcome.clone())
            };
            let (oa, ob) = (outcome(&a), outcome(&b));
            let verdict = match (&oa, &ob) {
                (Some(x), Some(y)) if x == y => {
                    same += 1;
                    ("cmp-same", "= same")
                }
                (Some(_), Some(_)) => ("cmp-diff", "≠ different"),
                _ => ("cmp-one", "only one says"),
            };
            let cell = |v: Vec<String>| {
                if v.is_empty() {
                    "—".to_string()
                } else {
                    v.join("; ")
                }
            };
            view! {
                <tr>
                    <th scope="row">{ds.issue(i).name.en().to_string()}</th>
                    <td>{cell(says(&a, i))}</td>
                    <td>{cell(says(&b, i))}</td>
                    <td class=verdict.0>{verdict.1}</td>
                </tr>
            }
        })
        .collect_view();
    let summary = format!(
        "{} ({}) and {} ({}) touch {} issues between them; they set the same outcome on {same}.",
        a.name.en(),
        a.date.to_long(),
        b.name.en(),
        b.date.to_long(),
        issues.len()
    );
    view! {
        <article class="doc compare">
            <Summary text=summary />
            <div class="table-scroll">
                <table class="compare-table">
                    <caption>"Provision by provision, on the same issues"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Issue"</th>
                            <th scope="col">{a.name.en().to_string()}</th>
                            <th scope="col">{b.name.en().to_string()}</th>
                            <th scope="col">"Verdict"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </article>
    }
}
