//! Query-string routing for one page: the URL is the only home of view state.
//!
//! `leptos_router` would cost about 49 KB gzipped for what is, here, one signal that mirrors
//! `location.search`, a `popstate` listener, and `history.pushState`.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Route {
    query: ReadSignal<String>,
    set_query: WriteSignal<String>,
}

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's own path: the target of a link to the default view.
pub fn location_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "./".to_string())
}

/// The page's address without its query or fragment: what the share box's links start with.
pub fn page_address() -> String {
    let location = window().location();
    location.origin().unwrap_or_default() + &location_path()
}

pub fn provide_route() -> Route {
    let (query, set_query) = signal(location_search());
    super::task::listen(&window(), "popstate", Box::new(move |_| set_query.set(location_search())));
    Route { query, set_query }
}

impl Route {
    /// The current query string, tracked.
    pub fn query(&self) -> String {
        self.query.get()
    }

    /// Opens `target` (a query string, or "" for the default view): a new history entry for a
    /// navigation, a replaced one for a control being adjusted.
    pub fn go(&self, target: &str, replace: bool) {
        let target = if target.is_empty() { location_path() } else { target.to_string() };
        let Ok(history) = window().history() else {
            return;
        };
        let result = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
        };
        if result.is_err() {
            // Some sandboxed frames forbid history changes; fall back to a real navigation.
            let _ = window().location().set_href(&target);
            return;
        }
        let search = location_search();
        if self.query.get_untracked() != search {
            self.set_query.set(search);
        }
    }
}
