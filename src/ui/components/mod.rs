//! Pieces used by two or more screens: links, markers, sources, positions, controls.

use leptos::prelude::*;

use super::{route::href, use_ctx, use_route};
use crate::analysis::{describe_stance, Fit, RelationKind};
use crate::model::{
    fmt_num, is_web_url, Contested, Diagnostic, Issue, Party, PartyIx, Position, Source, Status,
};
use crate::url::{Notice, ViewState};

/// A link to another view state. Plain clicks stay in the page (pushState); modified clicks
/// (new tab, new window) and copy-link behave like any link.
#[component]
pub fn Link(
    /// The state the link opens.
    #[prop(into)]
    to: Signal<ViewState>,
    /// Marks the link as the current page for assistive technology and styles.
    #[prop(optional, into)]
    current: Signal<bool>,
    /// Extra classes.
    #[prop(optional, into)]
    class: String,
    children: Children,
) -> impl IntoView {
    let route = use_route();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        ev.prevent_default();
        route.go(&to.get_untracked(), false);
    };
    view! {
        <a
            href=move || href(&to.get())
            class=class
            aria-current=move || current.get().then_some("page")
            on:click=on_click
        >
            {children()}
        </a>
    }
}

/// Notices about the URL: unknown ids, malformed values, and what was shown instead.
#[component]
pub fn Notices(
    /// The notices to show.
    notices: Memo<Vec<Notice>>,
) -> impl IntoView {
    move || {
        let list = notices.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="notices" role="status">
                    <ul>{list.into_iter().map(|n| view! { <li>{n.0}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}

/// The dataset's problems, for its author: collapsed by default.
#[component]
pub fn DiagnosticsPanel(
    /// Every diagnostic from loading the dataset.
    diagnostics: Vec<Diagnostic>,
) -> impl IntoView {
    (!diagnostics.is_empty()).then(|| {
        let count = diagnostics.len();
        view! {
            <details class="diagnostics">
                <summary>{format!("{count} problem{} in the dataset file (for its authors)", if count == 1 { "" } else { "s" })}</summary>
                <p>"Everything valid is shown; these parts were left out or corrected."</p>
                <ul>
                    {diagnostics
                        .into_iter()
                        .map(|d| view! { <li><code>{d.path}</code> ": " {d.message}</li> })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}

/// The time control: every view as of a date, stepping through the dates on which positions change.
#[component]
pub fn TimeControl() -> impl IntoView {
    let ctx = use_ctx();
    let route = use_route();
    let dates = StoredValue::new(ctx.data.dataset.dates());
    let latest = ctx.data.dataset.latest_date();
    let (state, view) = (ctx.state, ctx.view);
    let index = move || {
        let d = view.get().date;
        dates.with_value(|ds| ds.iter().rposition(|x| *x <= d).unwrap_or(0))
    };
    let on_input = move |ev: leptos::ev::Event| {
        let Ok(ix) = event_target_value(&ev).parse::<usize>() else {
            return;
        };
        let Some(date) = dates.with_value(|ds| ds.get(ix).copied()) else {
            return;
        };
        let date = (date < latest).then_some(date);
        route.go(
            &ViewState {
                date,
                ..state.get_untracked()
            },
            true,
        );
    };
    let step = move |delta: isize| {
        Signal::derive(move || {
            let ix = index() as isize + delta;
            let date = dates
                .with_value(|ds| ds.get(ix.max(0) as usize).copied())
                .filter(|d| *d < latest);
            ViewState {
                date,
                ..state.get()
            }
        })
    };
    let max = dates.with_value(|d| d.len().saturating_sub(1));
    let pinned = move || view.get().date_pinned && view.get().date < latest;
    view! {
        <div class="time" class:pinned=pinned>
            <label for="as-of">
                "Positions as of " <strong>{move || view.get().date.to_long()}</strong>
                {move || (!pinned()).then_some(" (latest)")}
            </label>
            <div class="time-row">
                <Link to=step(-1) class="step">
                    <span aria-hidden="true">"◀"</span> <span class="sr-only">"Earlier date"</span>
                </Link>
                <input
                    id="as-of"
                    type="range"
                    min="0"
                    max=max.to_string()
                    step="1"
                    prop:value=move || index().to_string()
                    aria-valuetext=move || view.get().date.to_long()
                    on:input=on_input
                />
                <Link to=step(1) class="step">
                    <span aria-hidden="true">"▶"</span> <span class="sr-only">"Later date"</span>
                </Link>
                {move || pinned().then(|| view! {
                    <Link to=Signal::derive(move || ViewState { date: None, ..state.get() }) class="latest">"Latest"</Link>
                })}
            </div>
        </div>
    }
}

/// A party's name with its colour swatch.
#[component]
pub fn PartyName(
    /// The party.
    party: PartyIx,
    /// Show the short name instead of the full one.
    #[prop(optional)]
    short: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let p: &Party = ctx.data.dataset.party(party);
    let style = format!(
        "--swatch-light:{};--swatch-dark:{}",
        p.colour_light, p.colour_dark
    );
    let name = if short {
        p.short.en().to_string()
    } else {
        p.name.en().to_string()
    };
    let full = p.name.en().to_string();
    view! {
        <span class="party">
            <span class="swatch" style=style aria-hidden="true"></span>
            {if short { view! { <abbr title=full>{name}</abbr> }.into_any() } else { name.into_any() }}
        </span>
    }
}

/// The official / reported / inferred marker, readable without colour.
#[component]
pub fn StatusMark(
    /// The status to show.
    status: Status,
) -> impl IntoView {
    let (glyph, words) = match status {
        Status::Official => ("●", "official"),
        Status::Reported => ("◐", "reported"),
        Status::Inferred => ("○", "inferred"),
    };
    view! {
        <span class=format!("mark status-{}", status.as_str()) title=words>
            <span aria-hidden="true">{glyph}</span>
            <span class="sr-only">{words}</span>
        </span>
    }
}

/// A relation marker with an icon and a word, so it never depends on colour.
#[component]
pub fn RelationBadge(
    /// The relation.
    kind: RelationKind,
) -> impl IntoView {
    let (icon, word) = relation_words(kind);
    view! {
        <span class=format!("rel rel-{}", kind.as_str())>
            <span aria-hidden="true">{icon}</span>
            " "
            {word}
        </span>
    }
}

pub fn relation_words(kind: RelationKind) -> (&'static str, &'static str) {
    match kind {
        RelationKind::Agree => ("=", "Agree"),
        RelationKind::Overlap => ("∩", "Overlap"),
        RelationKind::Conflict => ("✗", "Conflict"),
        RelationKind::Unknown => ("?", "Unknown"),
    }
}

/// How a provision fits one party, with an icon and words.
#[component]
pub fn FitBadge(
    /// The fit.
    fit: Fit,
    /// The issue, for the unit of a distance.
    unit: Option<String>,
) -> impl IntoView {
    let (class, icon, words) = match fit {
        Fit::Compatible => ("fit-ok", "✓", "compatible".to_string()),
        Fit::RedLine => ("fit-bad", "✗", "red line".to_string()),
        Fit::OutsideRange(d) => (
            "fit-bad",
            "✗",
            match (d == f64::INFINITY, unit) {
                (true, _) => "outside: accepts no limit".to_string(),
                (false, Some(u)) => format!("outside by {} {u}", fmt_num(d)),
                (false, None) => format!("outside by {}", fmt_num(d)),
            },
        ),
        Fit::Unknown => ("fit-unknown", "?", "unknown".to_string()),
    };
    view! {
        <span class=format!("fit {class}")>
            <span aria-hidden="true">{icon}</span>
            " "
            {words}
        </span>
    }
}

/// A list of sources, collapsed behind a disclosure so they are at hand without leaving the view.
#[component]
pub fn SourceList(
    /// The sources.
    sources: Vec<Source>,
    /// Open by default.
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let count = sources.len();
    if count == 0 {
        return view! { <p class="no-source">"No source given."</p> }.into_any();
    }
    view! {
        <details class="sources" open=open>
            <summary>{format!("Source{} ({count})", if count == 1 { "" } else { "s" })}</summary>
            <ul>
                {sources.into_iter().map(|s| view! { <SourceItem source=s /> }).collect_view()}
            </ul>
        </details>
    }
    .into_any()
}

#[component]
fn SourceItem(source: Source) -> impl IntoView {
    let title = if is_web_url(&source.url) {
        view! { <a href=source.url.clone() target="_blank" rel="noopener noreferrer">{source.title.clone()}</a> }.into_any()
    } else {
        source.title.clone().into_any()
    };
    view! {
        <li>
            {title}
            <span class="src-meta">
                " · " {source.publisher.clone()} " · "
                <time datetime=source.date.to_string()>{source.date.to_long()}</time>
            </span>
            {source.quote.map(|q| view! { <q>{q.en().to_string()}</q> })}
            {source.note.map(|n| view! { <span class="src-note">{n.en().to_string()}</span> })}
        </li>
    }
}

/// A disputed fact with each reading and its sources.
#[component]
pub fn ContestedNote(
    /// The dispute.
    contested: Contested,
) -> impl IntoView {
    view! {
        <div class="contested">
            <p><strong>"Contested: "</strong> {contested.note.en().to_string()}</p>
            <ul>
                {contested
                    .readings
                    .into_iter()
                    .map(|r| view! { <li>{r.summary.en().to_string()} <SourceList sources=r.sources /></li> })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// One position in full: its words, its stance in the model, its date, status and sources.
#[component]
pub fn PositionCard(
    /// The position.
    position: Position,
    /// The issue it is on.
    issue: Issue,
    /// Show the party's name as a heading line.
    #[prop(optional)]
    with_party: bool,
) -> impl IntoView {
    let stance = describe_stance(&issue, &position.stance);
    view! {
        <div class="position">
            <p class="pos-head">
                {with_party.then(|| view! { <PartyName party=position.party /> ": " })}
                <StatusMark status=position.status />
                " "
                <span class="pos-summary">{position.summary.en().to_string()}</span>
            </p>
            <p class="pos-meta">
                "Since " <time datetime=position.as_of.to_string()>{position.as_of.to_long()}</time>
                " · " {position.status.as_str()} " · In the model: " {stance}
            </p>
            {position.detail.map(|d| view! { <p class="pos-detail">{d.en().to_string()}</p> })}
            {position.contested.map(|c| view! { <ContestedNote contested=c /> })}
            <SourceList sources=position.sources />
        </div>
    }
}

/// A `<select>` of parties that navigates when changed.
#[component]
pub fn PartySelect(
    /// The visible label.
    label: &'static str,
    /// The element id.
    id: &'static str,
    /// The selected party.
    #[prop(into)]
    selected: Signal<PartyIx>,
    /// The state to open for a choice.
    on_pick: Callback<PartyIx>,
) -> impl IntoView {
    let ctx = use_ctx();
    let options: Vec<(usize, String)> = ctx
        .data
        .dataset
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| (i, p.name.en().to_string()))
        .collect();
    let on_change = move |ev: leptos::ev::Event| {
        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
            if i < ctx.data.dataset.parties.len() {
                on_pick.run(PartyIx(i));
            }
        }
    };
    view! {
        <label class="pick" for=id>
            {label}
            <select id=id prop:value=move || selected.get().0.to_string() on:change=on_change>
                {options
                    .into_iter()
                    .map(|(i, name)| view! { <option value=i.to_string() selected=move || selected.get().0 == i>{name}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}
