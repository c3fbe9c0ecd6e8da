//! What each screen shows, as a plain `Node` tree built from the dataset and the URL.
//!
//! This layer is pure (no DOM, no IO) so every screen is tested natively; `ui::dom` turns the
//! tree into DOM. Building screens as data instead of Leptos `view!` trees keeps the wasm small:
//! the five screens cost about 60 KB gzipped as typed views, and a fraction of that as this.
//! `patch` says what to change in the DOM when the next tree replaces the one drawn last.

pub mod charts;
mod node;
mod parts;
pub mod patch;
pub mod print;
pub mod protocol;
pub mod tour;
mod views;
pub mod words;

pub use node::{el, El, Node};

use crate::analysis::Snapshot;
use crate::model::{Diagnostic, Loaded, Severity};
use crate::url::{parse, resolve, to_query, Dark, Notice, Resolved, View, ViewState};
use parts::{link, time};
use protocol::{AS_OF, AS_OF_DATE, DATES};

/// Everything a screen needs.
pub struct Cx<'a> {
    pub ds: &'a crate::model::Dataset,
    /// The state as the URL gives it (links keep what they do not change).
    pub state: &'a ViewState,
    /// The state resolved against the dataset, with defaults filled in.
    pub view: &'a Resolved,
    /// The positions in effect at `view.date`.
    pub snap: &'a Snapshot,
    /// The positions and provisions the loader repaired, which the views mark.
    pub repaired: &'a crate::model::Repaired,
}

/// A whole page for a query string.
pub struct Page {
    /// The document title: the view's heading and the dataset's title.
    pub title: String,
    pub dark: Dark,
    pub body: Node,
}

/// The page for `query` (with or without its `?`). Never fails: bad input becomes notices.
/// Its share box holds relative links; the app draws `page_at` with the page's own address.
pub fn page(loaded: &Loaded, query: &str) -> Page {
    page_at(loaded, query, "")
}

/// The page for `query` on a page whose address (without its query) is `base`, which the share
/// box's permalink and embed code and the printed header's permalink start with.
pub fn page_at(loaded: &Loaded, query: &str, base: &str) -> Page {
    let ds = &loaded.dataset;
    let (asked, mut notices) = parse(query);
    // Classroom: a tour's step shows the step's own view; a handout shows every step.
    let (mode, shown) = tour::mode(&ds.tours, query, &asked, &mut notices);
    let state = shown.unwrap_or_else(|| asked.clone());
    let Some((view, more)) = resolve(&state, ds) else {
        let body = el("main")
            .cls("failure")
            .attr("role", "alert")
            .add(el("p").add("This dataset has no parties or issues to show."));
        return Page { title: "Common Ground".into(), dark: state.dark, body: body.into() };
    };
    notices.extend(more);
    let snap = Snapshot::at(ds, view.date);
    let cx = Cx { ds, state: &state, view: &view, snap: &snap, repaired: &loaded.repaired };
    let (mut heading, screen) = match mode {
        tour::Mode::Handout(t) => tour::handout(&cx, t),
        _ => views::screen(&cx),
    };
    // The tour's bar, and the permalink the printed header gives (without presentation mode).
    let (bar, permalink) = match mode {
        tour::Mode::Step(t, n) => {
            heading = [t.title.en(), ", step ", &n.to_string(), " of ", &t.steps.len().to_string()].concat();
            (Some(tour::bar(t, n, &state)), tour::href(t, n, &state, false))
        }
        tour::Mode::Handout(t) => (None, tour::href(t, 0, &state, false)),
        tour::Mode::Plain => {
            (state.present.then(|| tour::exit(&state)), to_query(&ViewState { present: false, ..asked.clone() }))
        }
    };
    let plain = matches!(mode, tour::Mode::Plain);
    // A tour's step and a handout give their dates in their captions; the slider would leave them.
    let mut main = el("main")
        .id("main")
        .add_opt(bar)
        .add_opt(notices_box(&notices))
        .add_opt((plain && view.view != View::Changes).then(|| time_control(&cx)))
        .add(screen);
    // Classroom: presentation mode and tours have no share box (the tour's links are its
    // permalinks), and presentation mode no site header or footer; print shows a header with the
    // permalink, and the sources as footnotes.
    if plain && !state.present {
        main = main.add(share_box(&asked, &heading, base));
    }
    let notes = print::footnotes(&mut main);
    let mut body = el("div").cls("page").cls(if state.embed { "embedded" } else { "" }).cls(if state.hide_controls {
        "no-controls"
    } else {
        ""
    });
    if state.present {
        body = body.cls("present").cls(if plain { "" } else { "touring" });
    } else {
        body = body.add(if state.embed { embed_header(&cx, &heading) } else { header(&cx) });
    }
    // The printed header comes after the site's, which print hides.
    let date = (!matches!(mode, tour::Mode::Handout(_))).then_some(view.date);
    body = body.add(print::head(&ds.meta, date, &[base, &permalink].concat())).add(main).add_opt(notes);
    if !state.present {
        body = body.add(footer(loaded));
    }
    Page { title: format!("{heading} · {}", ds.meta.title.en()), dark: state.dark, body: body.into() }
}

/// Classroom: the default view as the build prerenders it and the app adopts it, without the
/// source footnotes, which only print shows and which would add about 10 KB gzipped to the first
/// HTML; the app's first patch adds them.
pub fn first_paint(loaded: &Loaded) -> Page {
    let mut page = page(loaded, "");
    if let Node::El(body) = &mut page.body {
        body.children.retain(|c| !matches!(c, Node::El(e) if e.attr_value("class") == Some("footnotes")));
    }
    page
}

/// The page while the dataset is on its way.
pub fn loading(query: &str) -> Page {
    let body = el("p").cls("boot").attr("role", "status").add("Loading the positions…");
    Page { title: "Common Ground".into(), dark: parse(query).0.dark, body: body.into() }
}

/// The page when the dataset cannot be shown at all: what went wrong, in plain words (each
/// message names the file; see `data_failure`).
pub fn failure(query: &str, message: &str) -> Page {
    let body = el("main")
        .cls("failure")
        .attr("role", "alert")
        .add(el("h1").add("Common Ground could not load its data"))
        .add(el("p").id("failure-message").add(message))
        .add(
            el("p")
                .add("If you maintain this page, check the file with ")
                .add(el("code").add("cargo run --bin validate -- FILE"))
                .add("."),
        );
    Page { title: "Data not loaded · Common Ground".into(), dark: parse(query).0.dark, body: body.into() }
}

fn header(cx: &Cx) -> El {
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

fn notices_box(notices: &[Notice]) -> Option<El> {
    (!notices.is_empty()).then(|| {
        el("div")
            .cls("notices")
            .key("notices")
            .attr("role", "status")
            .add(el("ul").add_all(notices.iter().map(|n| el("li").add(n.0.as_str()))))
    })
}

/// Every view as of a date: a slider over the dates on which positions change, with steps.
fn time_control(cx: &Cx) -> El {
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
fn newest_position(ds: &crate::model::Dataset) -> Option<crate::model::Date> {
    ds.positions.iter().map(|p| p.as_of).max()
}

fn footer(loaded: &Loaded) -> El {
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

// ---- Newsroom: prerendered first paint ----

/// A short fingerprint of a dataset file's text (32-bit FNV-1a, in hex). The prerender writes it
/// on the page it drew from the bundled file, and the app adopts that page only when the file it
/// loaded has the same fingerprint, so a page drawn from other data is never patched as if it
/// were the tree the app would build.
pub fn fingerprint(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    // By hand: padded hex formatting would bring its own code into the wasm.
    (0..8).rev().map(|i| char::from(b"0123456789abcdef"[((h >> (i * 4)) & 15) as usize])).collect()
}

// ---- Newsroom: the embed's header, the share box, and why a dataset did not load ----

/// The embed's compact header: the view's title, how far the data reaches, and a link that opens
/// the same view as a full page, outside the frame.
fn embed_header(cx: &Cx, heading: &str) -> El {
    let mut full = cx.state.clone();
    full.embed = false;
    full.hide_controls = false;
    let reach = newest_position(cx.ds).unwrap_or(cx.ds.meta.reviewed);
    el("header")
        .cls("top embed-top")
        .add(
            el("p")
                .cls("embed-title")
                .add(el("strong").add(heading))
                .add(" · data to ")
                .add(time(reach))
                .add(" · ")
                .add(el("span").cls("embed-source").add(cx.ds.meta.title.en())),
        )
        .add(
            el("a")
                .cls("embed-open")
                .attr("href", crate::url::to_query(&full))
                .attr("target", "_blank")
                .attr("rel", "noopener")
                .add("Open in Common Ground ↗"),
        )
}

/// The permalink of `state` on a page at `base`, and the iframe snippet that embeds it.
pub fn share_texts(state: &ViewState, heading: &str, base: &str) -> (String, String) {
    let mut shown = state.clone();
    shown.embed = false;
    let link = format!("{base}{}", crate::url::to_query(&shown));
    shown.embed = true;
    let src = format!("{base}{}", crate::url::to_query(&shown));
    let mut snippet = String::from("<iframe src=\"");
    node::escape_into(&mut snippet, &src);
    snippet.push_str("\" title=\"");
    node::escape_into(&mut snippet, &format!("{heading} (Common Ground)"));
    snippet.push_str(
        "\" width=\"100%\" height=\"900\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>\n<script src=\"",
    );
    // The resize script sits next to the page (`public/embed/resize.js`, outside the app's bundle), wherever the page is.
    escape_dir(&mut snippet, base);
    snippet.push_str("embed/resize.js\" async></script>");
    (link, snippet)
}

fn escape_dir(out: &mut String, base: &str) {
    node::escape_into(out, &base[..base.rfind('/').map_or(0, |i| i + 1)]);
}

/// "Share or embed", on every view: the permalink and the embed code, each with a copy button
/// (`ui` does the copying and, where the browser has one, offers the system share sheet).
fn share_box(state: &ViewState, heading: &str, base: &str) -> El {
    let (link, snippet) = share_texts(state, heading, base);
    let copy = |target: &str| el("button").attr("type", "button").attr(protocol::COPY, target).add("Copy");
    el("details")
        .cls("share")
        .key("share")
        .add(el("summary").add("Share or embed this view"))
        .add(
            el("p")
                .add(el("label").attr("for", protocol::SHARE_LINK).add("Link to this view"))
                .add(el("input").id(protocol::SHARE_LINK).attr("readonly", "").attr("value", link))
                .add(copy(protocol::SHARE_LINK))
                .add(el("button").attr("type", "button").attr(protocol::SHARE, "").attr("hidden", "").add("Share…")),
        )
        .add(
            el("p")
                .add(el("label").attr("for", protocol::SHARE_EMBED).add("Embed code (iframe and resize script)"))
                .add(el("textarea").id(protocol::SHARE_EMBED).attr("readonly", "").attr("rows", "4").add(snippet))
                .add(copy(protocol::SHARE_EMBED)),
        )
}

/// Why a dataset file could not be used, naming it. Every way a fetched file can fail ends here:
/// the fetch, the server's answer, the checks before parsing (size, an HTML page in place of
/// JSON) and `model::load`. Sizes are in whole megabytes: float formatting costs 7.5 KB of wasm.
pub fn data_failure(file: &str, problem: DataProblem) -> String {
    let detail = match problem {
        DataProblem::Fetch(e) => ["could not be fetched: ", &e, "."].concat(),
        DataProblem::Http(status) => ["could not be loaded: the server answered ", &status, "."].concat(),
        DataProblem::TooBig(bytes) => [
            "was not loaded: it is over ",
            &(bytes / 1_000_000).to_string(),
            " MB, and this page reads files of up to 8 MB.",
        ]
        .concat(),
        DataProblem::Html => {
            "is an HTML page, not a dataset: check the path (a missing file often gives a \"not found\" page).".into()
        }
        DataProblem::Empty => "is empty.".into(),
        DataProblem::Load(e) => {
            let text = e.to_string();
            let deep = if text.contains("recursion limit") { "it is nested too deeply to be a dataset: " } else { "" };
            ["could not be read: ", deep, &text, "."].concat()
        }
        DataProblem::NothingToShow => "has no valid parties or issues to show.".into(),
    };
    ["The dataset ", file, " ", &detail].concat()
}

/// The largest dataset file the app reads (the bundled one is under 1 MB); `data_failure` says 8 MB.
pub const MAX_DATA_BYTES: usize = 8_000_000;

/// What is wrong with a dataset file that the app fetched.
pub enum DataProblem {
    Fetch(String),
    /// The server's status and its text, e.g. `404 Not Found`.
    Http(String),
    TooBig(usize),
    Html,
    Empty,
    Load(crate::model::LoadError),
    NothingToShow,
}

/// Parses a fetched dataset file, after the size cap and the HTML check: the first step of
/// `read_file`, in a task of its own in the browser.
pub fn parse_data(file: &str, text: &str, content_type: &str) -> Result<serde_json::Value, String> {
    let fail = |p| Err(data_failure(file, p));
    if text.len() > MAX_DATA_BYTES {
        return fail(DataProblem::TooBig(text.len()));
    }
    let start = text.trim_start();
    if start.is_empty() {
        return fail(DataProblem::Empty);
    }
    if content_type.contains("html") || start.starts_with('<') {
        return fail(DataProblem::Html);
    }
    crate::model::parse(text).or_else(|e| fail(DataProblem::Load(e)))
}

/// Reads and checks a parsed dataset file (`model::load_value`; a first file when `first`).
pub fn read_data(file: &str, value: serde_json::Value, first: bool) -> Result<Loaded, String> {
    match crate::model::load_value(value, first) {
        Err(e) => Err(data_failure(file, DataProblem::Load(e))),
        Ok(l) if l.dataset.parties.is_empty() || l.dataset.issues.is_empty() => {
            Err(data_failure(file, DataProblem::NothingToShow))
        }
        Ok(l) => Ok(l),
    }
}

/// Reads a fetched dataset file as the browser does: `parse_data`, then `read_data`.
pub fn read_file(file: &str, text: &str, content_type: &str) -> Result<Loaded, String> {
    read_data(file, parse_data(file, text, content_type)?, false)
}
