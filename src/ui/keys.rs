//! The keys of presentation mode: presenters' clickers send PageDown and PageUp.
//!
//! Right arrow, PageDown and Space open the tour's next step, Left arrow and PageUp the previous
//! one, and Escape leaves presentation mode for the same view. The keys follow the links the page
//! already shows (`present::tour`), so a key and a click always go to the same permalink.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use super::route::Route;
use crate::present::tour::{EXIT, NEXT, PREVIOUS};

/// The id of the link a key follows, if the key is one of presentation mode's.
fn target(key: &str) -> Option<&'static str> {
    match key {
        "ArrowRight" | "PageDown" | " " => Some(NEXT),
        "ArrowLeft" | "PageUp" => Some(PREVIOUS),
        "Escape" => Some(EXIT),
        _ => None,
    }
}

/// Listens for the keys as long as the page lives.
pub fn listen(route: Route) {
    let _ = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| on_key(route, &ev));
}

fn on_key(route: Route, ev: &KeyboardEvent) {
    if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.shift_key() {
        return;
    }
    let Some(id) = target(&ev.key()) else { return };
    // Keys typed into a control belong to it: the date slider takes the arrows.
    let typing = ev.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|e| {
        matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
            || e.closest("[contenteditable]").ok().flatten().is_some()
    });
    if typing {
        return;
    }
    let doc = document();
    // Only a tour's step steps; outside one, Space and the page keys scroll as usual.
    let touring = doc.get_element_by_id("tour-count").is_some();
    if !touring && id != EXIT {
        return;
    }
    if let Some(href) = doc.get_element_by_id(id).and_then(|link| link.get_attribute("href")) {
        ev.prevent_default();
        route.go(&href, false);
    } else if touring && id != EXIT {
        // At either end of a tour Space must still not scroll the step away.
        ev.prevent_default();
    }
}
