//! The site's chrome around every view: the header with its tabs, the notices, the date slider,
//! and the footer with the dataset's version, reach, licence, tours, notes and problems.

use super::cx::Cx;
use super::node::{el, El};
use super::parts::{self, link, time};
use super::protocol::{AS_OF, AS_OF_DATE, DATES};
use super::tour;
use crate::model::{Diagnostic, Loaded, Severity};
use crate::url::{Notice, View, ViewState};

pub(super) fn header(cx: &Cx) -> El {
    let tabs = [
        (View::Matrix, "Matrix"),
        (View::Pair, "Two parties"),
        (View::Framework, "Documents"),
        (View::Issue, "One issue"),
        (View::Changes, "Changes"),
        // Deal builder (issue 10).
        (View::Deal, "Deal builder"),
    ]
    .into_iter()
    .map(|(v, label)| {
        let a = link(&parts::view_state(cx.state, v), label);
        el("li").add(if cx.view.view == v { a.attr("aria-current", "page") } else { a })
    });
    el("header")
        .cls("top")
        .add(
            el("div")
                .cls("brand")
                .add(el("p").cls("app-name").add("Common Ground"))
                .add(el("h1").add(cx.ds.meta.title.en())),
        )
        .add(el("nav").attr("aria-label", "Views").add(el("ul").cls("tabs").add_all(tabs)))
}

pub(super) fn notices_box(notices: &[Notice]) -> Option<El> {
    (!notices.is_empty()).then(|| {
        el("div")
            .cls("notices")
            .key("notices")
            .attr("role", "status")
            .add(el("ul").add_all(notices.iter().map(|n| el("li").add(n.0.as_str()))))
    })
}

/// Every view as of a date: a slider over the dates on which positions change, with steps.
pub(super) fn time_control(cx: &Cx) -> El {
    let dates = cx.ds.dates();
    let latest = cx.ds.latest_date();
    let ix = dates.iter().rposition(|d| *d <= cx.view.date).unwrap_or(0);
    let pinned = cx.view.date_pinned && cx.view.date < latest;
    let at = |i: usize| -> ViewState {
        let mut to = cx.state.clone();
        to.date = dates.get(i).copied().filter(|d| *d < latest);
        to
    };
    let step = |to: ViewState, icon: &str, words: &str| {
        link(&to, el("span").attr("aria-hidden", "true").add(icon))
            .cls("step")
            .add(el("span").cls("sr-only").add(words))
    };
    let label = el("label")
        .attr("for", AS_OF)
        .id("as-of-label")
        .add("Positions as of ")
        .add(el("strong").id(AS_OF_DATE).add(cx.view.date.to_long()))
        .add(if pinned { "" } else { " (latest)" });
    let slider = el("input")
        .id(AS_OF)
        .attr("type", "range")
        .attr("min", "0")
        .attr("max", dates.len().saturating_sub(1).to_string())
        .attr("step", "1")
        .attr("value", ix.to_string())
        .attr("aria-valuetext", cx.view.date.to_long())
        .attr(DATES, dates.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(" "));
    let mut row = el("div")
        .cls("time-row")
        .add(step(at(ix.saturating_sub(1)), "◀", "Earlier date"))
        .add(slider)
        .add(step(at((ix + 1).min(dates.len().saturating_sub(1))), "▶", "Later date"));
    if pinned {
        let mut latest = cx.state.clone();
        latest.date = None;
        row = row.add(link(&latest, "Latest").cls("latest"));
    }
    el("div").cls("time").key("time").cls(if pinned { "pinned" } else { "" }).add(label).add(row)
}

/// The date of the newest position in the dataset, if it has any.
pub(super) fn newest_position(ds: &crate::model::Dataset) -> Option<crate::model::Date> {
    ds.positions.iter().map(|p| p.as_of).max()
}

pub(super) fn footer(loaded: &Loaded) -> El {
    let meta = &loaded.dataset.meta;
    let legend = el("p")
        .cls("legend")
        .add("Markers: ")
        .add(parts::status_mark(crate::model::Status::Official))
        .add(" official statement or text, ")
        .add(parts::status_mark(crate::model::Status::Reported))
        .add(" reported by media, ")
        .add(parts::status_mark(crate::model::Status::Inferred))
        .add(" inferred by the editors.");
    let notes = (!meta.notes.is_empty()).then(|| {
        el("details")
            .cls("method")
            .add(el("summary").add("How to read this dataset"))
            .add(el("ul").add_all(meta.notes.iter().map(|n| el("li").add(n.en()))))
    });
    let diagnostics = problems(&loaded.diagnostics);
    // How far the data reaches is the newest position's date, not the review date: a review months
    // after the sources stop must not read as if the positions were current to it.
    let reach = newest_position(&loaded.dataset)
        .map(|d| el("span").add("positions to ").add(time(d).id("newest-position")).add(", "));
    el("footer")
        .cls("foot")
        .add(
            el("p")
                .add(format!("Dataset version {}: ", meta.version))
                .add_opt(reach)
                .add("reviewed ")
                .add(time(meta.reviewed).id("reviewed"))
                .add(". ")
                .add(el("a").attr("href", crate::DATA_URL).add("Download the data (JSON)"))
                .add(format!(". Licence: {}.", meta.licence)),
        )
        .add(legend)
        .add_opt(tour::menu(&loaded.dataset.tours))
        .add_opt(notes)
        .add_opt(diagnostics)
}

/// "2 errors", "1 warning".
fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// The groups of the problems panel, errors first: each severity, its heading, what the app did.
const GROUPS: [(Severity, &str, &str); 2] = [
    (
        Severity::Error,
        "Errors",
        "These parts of the file were left out, with whatever refers to them; everything else is shown.",
    ),
    (
        Severity::Warning,
        "Warnings",
        "These parts are shown, read as each message says; the views mark them ⚠ repaired.",
    ),
];

/// The dataset's problems for its authors, grouped by severity, each group saying what the app did.
fn problems(diagnostics: &[Diagnostic]) -> Option<El> {
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let mut counts = Vec::new();
    for (n, what) in [(errors, "error"), (diagnostics.len() - errors, "warning")] {
        if n > 0 {
            counts.push(count(n, what));
        }
    }
    if counts.is_empty() {
        return None;
    }
    let summary = format!("{} in the dataset file (for its authors)", counts.join(" and "));
    let mut panel = el("details").cls("diagnostics").id("data-problems").add(el("summary").add(summary));
    for (severity, heading, what) in GROUPS {
        let mut list = el("ul");
        for d in diagnostics.iter().filter(|d| d.severity == severity) {
            let record = d.record.as_ref().map(|r| format!(" ({r})")).unwrap_or_default();
            list = list.add(el("li").add(el("code").add(d.path.as_str())).add(format!("{record}: {}", d.message)));
        }
        if list.children.is_empty() {
            continue;
        }
        panel = panel.add(el("section").add(el("h3").add(heading)).add(el("p").add(what)).add(list));
    }
    Some(panel)
}
