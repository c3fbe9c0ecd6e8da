//! Tours: a dataset's guided sequences of views for a class, each step a permalink with a caption.
//!
//! `?tour=ID&step=N` shows the step's view (the view parameters come from the step, not the URL)
//! under a bar with the caption, its sources, a step counter and links to the steps on either
//! side; `present=1` makes it fit a projector. `?tour=ID&handout=1` draws every step one after
//! another, for printing.

use super::node::{el, El};
use super::parts::{link, section, source_list, summary, time};
use super::print::strip_ids;
use super::{views, Cx};
use crate::analysis::Snapshot;
use crate::model::Tour;
use crate::url::{parse, resolve, Notice, ViewState};

/// The ids `ui` looks for when a key steps through a tour or leaves presentation mode.
pub const NEXT: &str = "tour-next";
pub const PREVIOUS: &str = "tour-prev";
pub const EXIT: &str = "present-exit";

/// What a URL with `tour=` asks for.
pub enum Mode<'a> {
    /// No tour, or one that does not exist (with a notice).
    Plain,
    /// Step `n` (from 1) of a tour, and the view state it shows.
    Step(&'a Tour, usize, ViewState),
    Handout(&'a Tour),
}

/// Finds the tour and step `state` names, with a notice for what does not exist.
pub fn mode<'a>(tours: &'a [Tour], state: &ViewState, notices: &mut Vec<Notice>) -> Mode<'a> {
    let Some(id) = &state.tour else { return Mode::Plain };
    let Some(tour) = tours.iter().find(|t| &t.id == id) else {
        notices.push(Notice(format!("There is no tour \"{id}\" in this dataset.")));
        return Mode::Plain;
    };
    if state.handout {
        return Mode::Handout(tour);
    }
    let last = tour.steps.len();
    let mut n = state.step.unwrap_or(1);
    if n > last {
        notices.push(Notice(format!("The tour has {last} steps; showing the last.")));
        n = last;
    }
    let Some(step) = tour.steps.get(n.wrapping_sub(1)) else { return Mode::Plain };
    let (mut shown, _) = parse(&step.view);
    shown.present = state.present;
    shown.dark = state.dark;
    Mode::Step(tour, n, shown)
}

/// The link to step `n` of `tour`, keeping presentation mode and the colour scheme.
fn to_step(tour: &Tour, n: usize, state: &ViewState) -> ViewState {
    ViewState {
        tour: Some(tour.id.clone()),
        step: Some(n),
        present: state.present,
        dark: state.dark,
        ..ViewState::default()
    }
}

/// The bar above a tour's step: where we are, the caption and its sources, and the way on.
/// `shown` is the step's view state (with presentation mode and the colour scheme of the URL).
pub fn bar(tour: &Tour, n: usize, shown: &ViewState) -> El {
    let last = tour.steps.len();
    let caption = tour.steps.get(n.wrapping_sub(1)).map(|s| (s.caption.en(), &s.sources));
    let mut nav = el("p").cls("tour-nav");
    if n > 1 {
        nav = nav.add(link(&to_step(tour, n - 1, shown), "◀ Previous").id(PREVIOUS).cls("step"));
    }
    if n < last {
        nav = nav.add(link(&to_step(tour, n + 1, shown), "Next ▶").id(NEXT).cls("step"));
    }
    let exit = ViewState { present: false, ..shown.clone() };
    nav = nav.add(link(&exit, if shown.present { "Leave presentation" } else { "This view on its own" }).id(EXIT));
    el("div")
        .cls("tour-bar")
        .key("tour")
        .add(el("p").cls("tour-head").add(el("span").cls("tour-title").add(tour.title.en())).add(" · ").add(
            el("span").id("tour-count").attr("aria-label", format!("Step {n} of {last}")).add(format!("{n} / {last}")),
        ))
        .add(el("p").cls("caption").id("tour-caption").add(caption.map(|c| c.0).unwrap_or_default()))
        .add_opt(caption.filter(|c| !c.1.is_empty()).map(|c| source_list(c.1)))
        .add(nav)
}

/// Presentation mode without a tour: only the way back to the normal view.
pub fn exit_bar(state: &ViewState) -> El {
    let exit = ViewState { present: false, ..state.clone() };
    el("p").cls("tour-nav present-only").key("tour").add(link(&exit, "Leave presentation").id(EXIT))
}

/// The tours a dataset offers: each opens in presentation mode, or as a handout to print.
pub fn menu(tours: &[Tour]) -> Option<El> {
    (!tours.is_empty()).then(|| {
        let items = tours.iter().map(|t| {
            let start = ViewState { present: true, tour: Some(t.id.clone()), step: Some(1), ..ViewState::default() };
            let print = ViewState { tour: Some(t.id.clone()), handout: true, ..ViewState::default() };
            el("li")
                .add(link(&start, t.title.en()))
                .add(format!(" ({} steps; ", t.steps.len()))
                .add(link(&print, "handout to print"))
                .add(")")
        });
        el("div").cls("tours").add(el("p").add("Tours for a class:")).add(el("ul").add_all(items))
    })
}

/// Every step of a tour one after another, each with its caption and sources, for printing.
pub fn handout(page: &Cx, tour: &Tour) -> (String, El) {
    let ds = page.ds;
    let last = tour.steps.len();
    let steps = tour.steps.iter().enumerate().filter_map(|(i, step)| {
        let (state, _) = parse(&step.view);
        let (view, _) = resolve(&state, ds)?;
        let snap = Snapshot::at(ds, view.date);
        let cx = Cx { ds, state: &state, view: &view, snap: &snap, repaired: page.repaired };
        let (_, mut screen) = views::screen(&cx);
        strip_ids(&mut screen);
        let when = if state.view == crate::url::View::Changes {
            el("span").add(" · from ").add(time(view.from)).add(" to ").add(time(view.to))
        } else {
            el("span").add(" · positions as of ").add(time(view.date))
        };
        Some(
            el("section")
                .cls("handout-step")
                .key(&(i + 1).to_string())
                .add(el("h3").cls("step-title").add(format!("Step {} of {last}", i + 1)).add(when))
                .add(el("p").cls("caption").add(step.caption.en()))
                .add_opt((!step.sources.is_empty()).then(|| source_list(&step.sources)))
                .add(screen),
        )
    });
    let body = section("handout", tour.title.en())
        .key(&format!("handout {}", tour.id))
        .add(summary(tour.description.en().to_string()))
        .add_all(steps);
    (format!("{} (handout)", tour.title.en()), body)
}
