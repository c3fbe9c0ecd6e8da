//! A whole page for a query string: the view (or a tour's step, or a handout) inside the site's
//! chrome, the notices, the share box, the print header and footnotes; and the pages shown
//! before the dataset has come or when it cannot be shown.

use super::chrome::{footer, header, notices_box, time_control};
use super::cx::Cx;
use super::embed::{embed_header, share_box};
use super::node::{el, El, Node};
use super::rich::RichText;
use super::{print, tour, views};
use crate::analysis::Snapshot;
use crate::model::Loaded;
use crate::text::{Key, Lang, Text};
use crate::url::{parse, resolve, to_query, Dark, View, ViewState};

/// A whole page for a query string.
pub struct Page {
    /// The document title: the view's heading and the dataset's title.
    pub title: String,
    pub dark: Dark,
    /// The language it is written in, for `<html lang>`.
    pub lang: Lang,
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
    let text = Text::new(asked.lang);
    // Classroom: a tour's step shows the step's own view; a handout shows every step.
    let (mode, shown) = tour::mode(&ds.tours, query, &asked, &mut notices);
    let state = shown.unwrap_or_else(|| asked.clone());
    let Some((view, more)) = resolve(&state, ds) else {
        let body = el("main").cls("failure").attr("role", "alert").add(el("p").add(text.get(Key::PageNothingToShow)));
        return Page { title: text.get(Key::AppName).into(), dark: state.dark, lang: state.lang, body: body.into() };
    };
    notices.extend(more);
    let snap = Snapshot::at(ds, view.date);
    let cx = Cx { ds, state: &state, view: &view, snap: &snap, repaired: &loaded.repaired, text };
    let (mut heading, screen) = match mode {
        tour::Mode::Handout(t) => tour::handout(&cx, t),
        _ => views::screen(&cx),
    };
    // The tour's bar, and the permalink the printed header gives (without presentation mode).
    let (bar, permalink) = match mode {
        tour::Mode::Step(t, n) => {
            let (step, steps) = (text.number(n as f64), text.number(t.steps.len() as f64));
            heading = text.fill(Key::PageTourStep, &[("tour", t.title.shown()), ("step", &step), ("steps", &steps)]);
            (Some(tour::bar(t, n, &state, text)), tour::href(t, n, &state, false))
        }
        tour::Mode::Handout(t) => (None, tour::href(t, 0, &state, false)),
        tour::Mode::Plain => {
            (state.present.then(|| tour::exit(&state, text)), to_query(&ViewState { present: false, ..asked.clone() }))
        }
    };
    let plain = matches!(mode, tour::Mode::Plain);
    // A tour's step and a handout give their dates in their captions; the slider would leave them.
    // Presentation mode drops the site's header, whose heading names the dataset: the page keeps
    // it for assistive technology, as the top of its outline.
    let mut main = el("main")
        .id("main")
        .add_opt(state.present.then(|| el("h1").cls("sr-only").add(ds.meta.title.shown())))
        .add_opt(bar)
        .add_opt(notices_box(&notices, text))
        .add_opt((plain && view.view != View::Changes).then(|| time_control(&cx)))
        .add(screen);
    // Classroom: presentation mode and tours have no share box (the tour's links are its
    // permalinks), and presentation mode no site header or footer; print shows a header with the
    // permalink, and the sources as footnotes.
    if plain && !state.present {
        main = main.add(share_box(&asked, &heading, base, text));
    }
    let notes = print::footnotes(&mut main, text);
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
    body = body.add(print::head(&ds.meta, date, &[base, &permalink].concat(), text)).add(main).add_opt(notes);
    if !state.present {
        body = body.add(footer(loaded, text));
    }
    let title = text.fill(Key::PageTitle, &[("heading", &heading), ("dataset", ds.meta.title.shown())]);
    Page { title, dark: state.dark, lang: state.lang, body: body.into() }
}

/// The page for `query` as the build prerenders it, the first screen's HTML: `page` cut to what
/// shows before a reader does anything (`first_screen`). The app adopts it, then fills in the rest.
pub fn first_paint(loaded: &Loaded, query: &str) -> Page {
    let mut page = page(loaded, query);
    page.body = first_screen(&page.body);
    page
}

/// `tree` without what a reader cannot see until they act, and the app draws after the first
/// paint (`ui::dom::fill_in_parts`): a closed disclosure's content after its summary (a matrix
/// cell's position and sources, every "Sources (n)" list), a small multiple's chart (below the
/// fold), a long list's or table body's items after the first `FIRST_ITEMS` (below the fold too),
/// and the source footnotes, which only print shows. What is cut is only ever a node's
/// later children or whole elements between elements, never text beside text, so `tree` is this
/// tree with nodes inserted and nothing else changed. Measured with Lighthouse on the default view:
/// the page's HTML went from 47 KB to about 10 KB gzipped (README, "First paint, measured").
pub fn first_screen(tree: &Node) -> Node {
    let Node::El(e) = tree else { return tree.clone() };
    let class = e.attr_value("class").unwrap_or_default();
    let keep = if (e.tag == "details" && e.attr_value("open").is_none()) || class == "multiple" {
        1
    } else if matches!(e.tag, "ul" | "ol" | "tbody") {
        FIRST_ITEMS
    } else {
        usize::MAX
    };
    let mut out = El { tag: e.tag, attrs: e.attrs.clone(), children: Vec::new() };
    for child in e.children.iter().take(keep) {
        if !matches!(child, Node::El(c) if c.attr_value("class") == Some("footnotes")) {
            out.children.push(first_screen(child));
        }
    }
    Node::El(out)
}

/// How many items of a list or rows of a table body the first screen keeps: more than a phone's
/// or a projector's screen holds below a view's heading, summary and controls. The changes view's
/// first screen went from 5,316 elements (262 KB) to 992 (72 KB), a document's from 2,382 to 1,420.
const FIRST_ITEMS: usize = 12;

/// The page while the dataset is on its way.
pub fn loading(query: &str) -> Page {
    let state = parse(query).0;
    let text = Text::new(state.lang);
    let body = el("p").cls("boot").attr("role", "status").add(text.get(Key::PageLoading));
    Page { title: text.get(Key::AppName).into(), dark: state.dark, lang: state.lang, body: body.into() }
}

/// The page when the dataset cannot be shown at all: what went wrong, in plain words (each
/// message names the file; see `data_failure`).
pub fn failure(query: &str, message: &str) -> Page {
    let state = parse(query).0;
    let text = Text::new(state.lang);
    let command = el("code").add(text.get(Key::FailureCommand));
    let body = el("main")
        .cls("failure")
        .attr("role", "alert")
        .add(el("h1").add(text.get(Key::FailureHeading)))
        .add(el("p").id("failure-message").add(message))
        .add(text.rich(el("p"), Key::FailureHelp, &mut [("command", command.into())]));
    Page { title: text.get(Key::FailureTitle).into(), dark: state.dark, lang: state.lang, body: body.into() }
}
