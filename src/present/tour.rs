//! Tours: a dataset's guided sequences of views for a class, each step a permalink with a caption.
//!
//! `?tour=ID&step=N` shows the step's view (the view parameters come from the step, not the URL)
//! under a bar with the caption, its sources, a step counter and links to the steps on either
//! side; `present=1` makes it fit a projector. `?tour=ID&handout=1` draws every step one after
//! another, for printing. A tour is not part of `ViewState`: the links inside a step's view open
//! those views on their own, and the tour's place is read and written by `url::tour_place` and
//! `url::tour_query`.

use super::cx::Cx;
use super::node::{el, El};
use super::parts::{go, link, section, source_list, summary, time};
use super::print::for_handout;
use super::views;
use crate::analysis::Snapshot;
use crate::model::Tour;
use crate::url::{parse, resolve, shown, tour_place, tour_query, Notice, TourAt, TourPlace, View, ViewState};

/// The ids `ui` looks for when a key steps through a tour or leaves presentation mode.
pub const NEXT: &str = "tour-next";
pub const PREVIOUS: &str = "tour-prev";
pub const EXIT: &str = "present-exit";

/// What a URL with `tour=` asks for.
#[derive(Clone, Copy)]
pub enum Mode<'a> {
    /// No tour, or one that does not exist (with a notice).
    Plain,
    /// Step `n` (from 1) of a tour.
    Step(&'a Tour, usize),
    Handout(&'a Tour),
}

/// Finds the tour and step `query` names, with a notice for what does not exist, and for a step
/// the view state to draw instead of the URL's: the step's own view, with the presentation mode
/// and colour scheme of `asked`.
pub fn mode<'a>(
    tours: &'a [Tour],
    query: &str,
    asked: &ViewState,
    notices: &mut Vec<Notice>,
) -> (Mode<'a>, Option<ViewState>) {
    let Some(place) = tour_place(query) else { return (Mode::Plain, None) };
    let Some(tour) = tours.iter().find(|t| t.id == place.id) else {
        notices.push(Notice(["There is no tour \"", &shown(&place.id), "\" in this dataset."].concat()));
        return (Mode::Plain, None);
    };
    let TourAt::Step(given) = place.at else { return (Mode::Handout(tour), None) };
    let last = tour.steps.len();
    let n = given.unwrap_or(1).min(last).max(1);
    if given != Some(n) {
        notices
            .push(Notice(["This tour has ", &last.to_string(), " steps; showing step ", &n.to_string(), "."].concat()));
    }
    let Some(step) = tour.steps.get(n - 1) else { return (Mode::Plain, None) };
    let (mut shown, _) = parse(&step.view);
    shown.present = asked.present;
    shown.dark = asked.dark;
    (Mode::Step(tour, n), Some(shown))
}

/// The permalink of step `n` of `tour`, or of its handout when `n` is 0, keeping the colour
/// scheme of `state`, in presentation mode when `present`.
pub fn href(tour: &Tour, n: usize, state: &ViewState, present: bool) -> String {
    let at = if n == 0 { TourAt::Handout } else { TourAt::Step(Some(n)) };
    tour_query(&TourPlace { id: tour.id.clone(), at }, &ViewState { present, dark: state.dark, ..ViewState::default() })
}

/// The link that leaves presentation mode (or the tour) for the same view on its own.
pub fn exit(state: &ViewState) -> El {
    let label = if state.present { "Leave presentation" } else { "This view on its own" };
    link(&ViewState { present: false, ..state.clone() }, label).id(EXIT)
}

/// The bar above a tour's step: where we are, the caption and its sources, and the way on.
/// `shown` is the step's view state (with presentation mode and the colour scheme of the URL).
pub fn bar(tour: &Tour, n: usize, shown: &ViewState) -> El {
    let (last, at) = (tour.steps.len().to_string(), n.to_string());
    let mut nav = el("p").cls("tour-nav");
    if n > 1 {
        nav = nav.add(go(href(tour, n - 1, shown, shown.present), "◀ Previous".into()).id(PREVIOUS).cls("step"));
    }
    if n < tour.steps.len() {
        nav = nav.add(go(href(tour, n + 1, shown, shown.present), "Next ▶".into()).id(NEXT).cls("step"));
    }
    let mut bar = el("div").cls("tour-bar summary").key("tour").add(
        el("p").cls("tour-head").add(el("span").cls("tour-title").add(tour.title.en())).add(" · ").add(
            // ARIA forbids a label on a plain span, and "3 / 9" after the title reads as it shows.
            el("span").id("tour-count").add([at.as_str(), " / ", &last].concat()),
        ),
    );
    if let Some(step) = tour.steps.get(n.wrapping_sub(1)) {
        bar = bar
            .add(el("p").cls("caption").id("tour-caption").add(step.caption.en()))
            .add_opt((!step.sources.is_empty()).then(|| source_list(&step.sources)));
    }
    bar.add(nav.add(exit(shown)))
}

/// The tours a dataset offers: each opens in presentation mode, or as a handout to print.
pub fn menu(tours: &[Tour]) -> Option<El> {
    if tours.is_empty() {
        return None;
    }
    let none = ViewState::default();
    let mut list = el("ul");
    for t in tours {
        list = list.add(
            el("li")
                .add(go(href(t, 1, &none, true), t.title.en().into()))
                .add([" (", &t.steps.len().to_string(), " steps; "].concat())
                .add(go(href(t, 0, &none, false), "handout to print".into()))
                .add(")"),
        );
    }
    Some(el("div").cls("tours").add(el("p").add("Tours for a class:")).add(list))
}

/// Every step of a tour one after another, each with its caption and sources, for printing.
pub fn handout(page: &Cx, tour: &Tour) -> (String, El) {
    let ds = page.ds;
    let last = tour.steps.len().to_string();
    let mut body = section("handout", tour.title.en()).key("handout").add(summary(tour.description.en().into()));
    for (i, step) in tour.steps.iter().enumerate() {
        let (state, _) = parse(&step.view);
        let Some((view, _)) = resolve(&state, ds) else { continue };
        let snap = Snapshot::at(ds, view.date);
        let cx = Cx { ds, state: &state, view: &view, snap: &snap, repaired: page.repaired, text: page.text };
        let (_, mut screen) = views::screen(&cx);
        for_handout(&mut screen);
        let when = if state.view == View::Changes {
            el("span").add(" · from ").add(time(view.from)).add(" to ").add(time(view.to))
        } else {
            el("span").add(" · positions as of ").add(time(view.date))
        };
        let n = (i + 1).to_string();
        body = body.add(
            el("section")
                .cls("handout-step")
                .key(&n)
                .add(el("h3").cls("step-title").add(["Step ", &n, " of ", &last].concat()).add(when))
                .add(el("p").cls("caption").add(step.caption.en()))
                .add_opt((!step.sources.is_empty()).then(|| source_list(&step.sources)))
                .add(screen),
        );
    }
    ([tour.title.en(), " (handout)"].concat(), body)
}
