//! The keys of presentation mode: presenters' clickers send PageDown and PageUp.
//!
//! Right arrow, PageDown and Space open the tour's next step, Left arrow and PageUp the previous
//! one, and Escape leaves presentation mode for the same view. The keys follow the links the page
//! already shows (`present::tour`), so a key and a click always go to the same permalink.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

use super::route::Route;
use crate::present::tour::{EXIT, NEXT, PREVIOUS};

/// Listens for the keys as long as the page lives, on the document's root element, which every
/// key press reaches unless a control stops it.
pub fn listen(route: Route) {
    if let Some(root) = leptos::prelude::document().document_element() {
        super::task::listen(&root, "keydown", Box::new(move |ev| on_key(route, ev.unchecked_ref())));
    }
}

fn on_key(route: Route, ev: &KeyboardEvent) {
    // With a modifier the key is the browser's (Alt+Left goes back) or the system's.
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let id = match ev.key().as_str() {
        "ArrowRight" | "PageDown" | " " => NEXT,
        "ArrowLeft" | "PageUp" => PREVIOUS,
        "Escape" => EXIT,
        _ => return,
    };
    // Keys typed into a control belong to it: the date slider takes the arrows.
    let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
    if target.is_some_and(|e| e.closest("input,select,textarea,[contenteditable]").ok().flatten().is_some()) {
        return;
    }
    let doc = leptos::prelude::document();
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
