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
use super::rich::{rich, RichText};
use super::views;
use crate::analysis::Snapshot;
use crate::model::Tour;
use crate::text::{Key, Message, Text};
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
/// colour scheme and language of `asked`.
pub fn mode<'a>(
    tours: &'a [Tour],
    query: &str,
    asked: &ViewState,
    notices: &mut Vec<Notice>,
) -> (Mode<'a>, Option<ViewState>) {
    let Some(place) = tour_place(query) else { return (Mode::Plain, None) };
    let Some(tour) = tours.iter().find(|t| t.id == place.id) else {
        notices.push(Notice(Message::new(Key::TourUnknown).arg("tour", shown(&place.id))));
        return (Mode::Plain, None);
    };
    let TourAt::Step(given) = place.at else { return (Mode::Handout(tour), None) };
    let last = tour.steps.len();
    let n = given.unwrap_or(1).min(last).max(1);
    if given != Some(n) {
        notices.push(Notice(Message::new(Key::TourNoSuchStep).counting(last).number("step", n as f64)));
    }
    let Some(step) = tour.steps.get(n - 1) else { return (Mode::Plain, None) };
    let (mut shown, _) = parse(&step.view);
    shown.present = asked.present;
    shown.dark = asked.dark;
    shown.lang = asked.lang;
    (Mode::Step(tour, n), Some(shown))
}

/// The permalink of step `n` of `tour`, or of its handout when `n` is 0, keeping the colour
/// scheme and the language of `state`, in presentation mode when `present`.
pub fn href(tour: &Tour, n: usize, state: &ViewState, present: bool) -> String {
    let at = if n == 0 { TourAt::Handout } else { TourAt::Step(Some(n)) };
    tour_query(
        &TourPlace { id: tour.id.clone(), at },
        &ViewState { present, dark: state.dark, lang: state.lang, ..ViewState::default() },
    )
}

/// The link that leaves presentation mode (or the tour) for the same view on its own.
pub fn exit(state: &ViewState, text: Text) -> El {
    let label = text.get(if state.present { Key::TourLeavePresentation } else { Key::TourViewAlone });
    link(&ViewState { present: false, ..state.clone() }, label).id(EXIT)
}

/// The bar above a tour's step: where we are, the caption and its sources, and the way on.
/// `shown` is the step's view state (with presentation mode, the colour scheme and the language of
/// the URL).
pub fn bar(tour: &Tour, n: usize, shown: &ViewState, text: Text) -> El {
    let (last, at) = (text.number(tour.steps.len() as f64), text.number(n as f64));
    let mut nav = el("p").cls("tour-nav");
    if n > 1 {
        nav = nav.add(
            go(href(tour, n - 1, shown, shown.present), text.get(Key::TourPrevious).into()).id(PREVIOUS).cls("step"),
        );
    }
    if n < tour.steps.len() {
        nav = nav.add(go(href(tour, n + 1, shown, shown.present), text.get(Key::TourNext).into()).id(NEXT).cls("step"));
    }
    let mut bar = el("div").cls("tour-bar summary").key("tour").add(
        el("p").cls("tour-head").add(el("span").cls("tour-title").add(tour.title.shown())).add(" · ").add(
            // ARIA forbids a label on a plain span, and "3 / 9" after the title reads as it shows.
            el("span").id("tour-count").add(text.fill(Key::TourCount, &[("step", &at), ("steps", &last)])),
        ),
    );
    if let Some(step) = tour.steps.get(n.wrapping_sub(1)) {
        bar = bar
            .add(el("p").cls("caption").id("tour-caption").add(step.caption.shown()))
            .add_opt((!step.sources.is_empty()).then(|| source_list(&text, &step.sources)));
    }
    bar.add(nav.add(exit(shown, text)))
}

/// The tours a dataset offers: each opens in presentation mode, or as a handout to print.
pub fn menu(tours: &[Tour], text: Text) -> Option<El> {
    if tours.is_empty() {
        return None;
    }
    let none = ViewState { lang: text.lang(), ..ViewState::default() };
    let mut list = el("ul");
    for t in tours {
        let item = text.count(Key::TourMenuItem, t.steps.len(), &[]);
        let mut args = [
            ("tour", go(href(t, 1, &none, true), t.title.shown().into()).into()),
            ("handout", go(href(t, 0, &none, false), text.get(Key::TourHandoutLink).into()).into()),
        ];
        list = list.add(rich(el("li"), &item, &mut args));
    }
    Some(el("div").cls("tours").add(el("p").add(text.get(Key::TourMenu))).add(list))
}

/// Every step of a tour one after another, each with its caption and sources, for printing.
pub fn handout(page: &Cx, tour: &Tour) -> (String, El) {
    let ds = page.ds;
    let text = page.text;
    let last = text.number(tour.steps.len() as f64);
    let mut body = section("handout", tour.title.shown()).key("handout").add(summary(tour.description.shown().into()));
    for (i, step) in tour.steps.iter().enumerate() {
        let (state, _) = parse(&step.view);
        let Some((view, _)) = resolve(&state, ds) else { continue };
        let snap = Snapshot::at(ds, view.date);
        let cx = Cx { ds, state: &state, view: &view, snap: &snap, repaired: page.repaired, text: page.text };
        let (_, mut screen) = views::screen(&cx);
        for_handout(&mut screen);
        let when = if state.view == View::Changes {
            let mut dates = [("from", time(&text, view.from).into()), ("to", time(&text, view.to).into())];
            text.rich(el("span"), Key::TourStepDates, &mut dates)
        } else {
            text.rich(el("span"), Key::TourStepDate, &mut [("date", time(&text, view.date).into())])
        };
        let n = text.number((i + 1) as f64);
        body = body.add(
            el("section")
                .cls("handout-step")
                .key(&n)
                .add(
                    el("h3")
                        .cls("step-title")
                        .add(text.fill(Key::TourStepTitle, &[("step", &n), ("steps", &last)]))
                        .add(when),
                )
                .add(el("p").cls("caption").add(step.caption.shown()))
                .add_opt((!step.sources.is_empty()).then(|| source_list(&text, &step.sources)))
                .add(screen),
        );
    }
    (text.fill(Key::TourHandoutTitle, &[("tour", tour.title.shown())]), body)
}
