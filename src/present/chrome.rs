//! The site's chrome around every view: the header with its tabs, the notices, the date slider,
//! and the footer with the dataset's version, reach, licence, tours, notes and problems.

use super::cx::Cx;
use super::node::{el, El, Node};
use super::parts::{self, link, time};
use super::protocol::{AS_OF, AS_OF_DATE, DATES};
use super::rich::RichText;
use super::tour;
use crate::model::{Diagnostic, Loaded, Severity, Status};
use crate::text::{Key, Lang, Text};
use crate::url::{to_query, Notice, View, ViewState};

pub(super) fn header(cx: &Cx) -> El {
    let tabs = [
        (View::Matrix, Key::TabMatrix),
        (View::Pair, Key::TabPair),
        (View::Framework, Key::TabFramework),
        (View::Issue, Key::TabIssue),
        (View::Changes, Key::TabChanges),
        // Deal builder (issue 10).
        (View::Deal, Key::TabDeal),
    ]
    .into_iter()
    .map(|(v, label)| {
        let a = link(&parts::view_state(cx.state, v), cx.text.get(label));
        el("li").add(if cx.view.view == v { a.attr("aria-current", "page") } else { a })
    });
    el("header")
        .cls("top")
        .add(
            el("div")
                .cls("brand")
                // The language switch shares the app's name's line, so that the page above the
                // fold is no taller in any language (a line more had moved the matrix into view
                // as it loaded: a layout shift).
                .add(
                    el("div")
                        .cls("brand-row")
                        .add(el("p").cls("app-name").add(cx.text.get(Key::AppName)))
                        .add(languages(cx)),
                )
                .add(el("h1").add(cx.ds.meta.title.shown())),
        )
        .add(el("nav").attr("aria-label", cx.text.get(Key::NavViews)).add(el("ul").cls("tabs").add_all(tabs)))
}

/// The language switch: the same view in each language, each named in its own. Its links load
/// the page anew (no `data-go`), since a page loads one language's catalogue.
fn languages(cx: &Cx) -> El {
    let mut list = el("ul");
    let mut to = cx.state.clone();
    for lang in Lang::ALL {
        to.lang = lang;
        let a = el("a").attr("href", to_query(&to)).attr("lang", lang.code()).attr("hreflang", lang.code());
        let a = a.add(lang.autonym());
        list = list.add(el("li").add(if lang == cx.text.lang() { a.attr("aria-current", "true") } else { a }));
    }
    el("nav").cls("langs").attr("aria-label", cx.text.get(Key::NavLanguages)).add(list)
}

pub(super) fn notices_box(notices: &[Notice], text: Text) -> Option<El> {
    (!notices.is_empty()).then(|| {
        el("div")
            .cls("notices")
            .key("notices")
            .attr("role", "status")
            .add(el("ul").add_all(notices.iter().map(|n| el("li").add(text.say(&n.0)))))
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
    let label = cx.text.rich(
        el("label").attr("for", AS_OF).id("as-of-label"),
        if pinned { Key::TimeAsOf } else { Key::TimeAsOfLatest },
        &mut [("date", el("strong").id(AS_OF_DATE).add(cx.text.date(cx.view.date)).into())],
    );
    let slider = el("input")
        .id(AS_OF)
        .attr("type", "range")
        .attr("min", "0")
        .attr("max", dates.len().saturating_sub(1).to_string())
        .attr("step", "1")
        .attr("value", ix.to_string())
        .attr("aria-valuetext", cx.text.date(cx.view.date))
        .attr(DATES, dates.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(" "));
    let mut row = el("div")
        .cls("time-row")
        .add(step(at(ix.saturating_sub(1)), "◀", cx.text.get(Key::TimeEarlier)))
        .add(slider)
        .add(step(at((ix + 1).min(dates.len().saturating_sub(1))), "▶", cx.text.get(Key::TimeLater)));
    if pinned {
        let mut latest = cx.state.clone();
        latest.date = None;
        row = row.add(link(&latest, cx.text.get(Key::TimeLatest)).cls("latest"));
    }
    el("div").cls("time").key("time").cls(if pinned { "pinned" } else { "" }).add(label).add(row)
}

/// The date of the newest position in the dataset, if it has any.
pub(super) fn newest_position(ds: &crate::model::Dataset) -> Option<crate::model::Date> {
    ds.positions.iter().map(|p| p.as_of).max()
}

pub(super) fn footer(loaded: &Loaded, text: Text) -> El {
    let meta = &loaded.dataset.meta;
    let mark = |s| parts::status_mark(&text, s).into();
    let legend = text.rich(
        el("p").cls("legend"),
        Key::FooterLegend,
        &mut [
            ("official", mark(Status::Official)),
            ("reported", mark(Status::Reported)),
            ("inferred", mark(Status::Inferred)),
        ],
    );
    let notes = (!meta.notes.is_empty()).then(|| {
        el("details")
            .cls("method")
            .add(el("summary").add(text.get(Key::FooterNotes)))
            .add(el("ul").add_all(meta.notes.iter().map(|n| el("li").add(n.shown()))))
    });
    let diagnostics = problems(&loaded.diagnostics, text);
    // How far the data reaches is the newest position's date, not the review date: a review months
    // after the sources stop must not read as if the positions were current to it.
    // Without positions the message has no `{newest}`, and the empty text it would take is dropped.
    let (line, newest) = match newest_position(&loaded.dataset) {
        Some(d) => (Key::FooterVersion, time(&text, d).id("newest-position").into()),
        None => (Key::FooterVersionNoPositions, Node::Text(String::new())),
    };
    let mut args = [
        ("version", meta.version.as_str().into()),
        ("newest", newest),
        ("reviewed", time(&text, meta.reviewed).id("reviewed").into()),
        ("download", el("a").attr("href", crate::DATA_URL).add(text.get(Key::FooterDownload)).into()),
        ("licence", meta.licence.as_str().into()),
    ];
    el("footer")
        .cls("foot")
        .add(text.rich(el("p"), line, &mut args))
        .add(legend)
        .add_opt(tour::menu(&loaded.dataset.tours, text))
        .add_opt(notes)
        .add_opt(diagnostics)
}

/// The groups of the problems panel, errors first: each severity, its heading, what the app did.
const GROUPS: [(Severity, Key, Key); 2] = [
    (Severity::Error, Key::ProblemsErrorsHeading, Key::ProblemsErrorsWhat),
    (Severity::Warning, Key::ProblemsWarningsHeading, Key::ProblemsWarningsWhat),
];

/// The dataset's problems for its authors, grouped by severity, each group saying what the app did.
fn problems(diagnostics: &[Diagnostic], text: Text) -> Option<El> {
    if diagnostics.is_empty() {
        return None;
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    let (e, w) = (text.count(Key::ProblemsErrors, errors, &[]), text.count(Key::ProblemsWarnings, warnings, &[]));
    let summary = match (errors, warnings) {
        (0, 0) => return None,
        (_, 0) => text.fill(Key::ProblemsOneKind, &[("problems", &e)]),
        (0, _) => text.fill(Key::ProblemsOneKind, &[("problems", &w)]),
        _ => text.fill(Key::ProblemsBothKinds, &[("errors", &e), ("warnings", &w)]),
    };
    let mut panel = el("details").cls("diagnostics").id("data-problems").add(el("summary").add(summary));
    for (severity, heading, what) in GROUPS {
        let mut list = el("ul");
        for d in diagnostics.iter().filter(|d| d.severity == severity) {
            let message = text.say(&d.message);
            let line = match &d.record {
                Some(r) => text.fill(Key::ProblemInRecord, &[("record", r), ("message", &message)]),
                None => text.fill(Key::ProblemPlain, &[("message", &message)]),
            };
            list = list.add(el("li").add(el("code").add(d.path.as_str())).add(line));
        }
        if list.children.is_empty() {
            continue;
        }
        panel =
            panel.add(el("section").add(el("h3").add(text.get(heading))).add(el("p").add(text.get(what))).add(list));
    }
    Some(panel)
}
