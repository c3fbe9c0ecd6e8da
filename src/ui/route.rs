//! Query-string routing for one page: the URL is the only home of view state.
//!
//! `leptos_router` would cost about 49 KB gzipped for what is, here, one signal that mirrors
//! `location.search`, a `popstate` listener, and `history.pushState`.

use leptos::prelude::*;

use crate::url::{parse, to_query, Notice, ViewState};

#[derive(Clone, Copy)]
pub struct Route {
    query: ReadSignal<String>,
    set_query: WriteSignal<String>,
    parsed: Memo<(ViewState, Vec<Notice>)>,
}

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

fn location_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "./".to_string())
}

pub fn provide_route() {
    let (query, set_query) = signal(location_search());
    let parsed = Memo::new(move |_| parse(&query.get()));
    // The app never unmounts, so the listener lives as long as the page.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        set_query.set(location_search())
    });
    provide_context(Route {
        query,
        set_query,
        parsed,
    });
}

pub fn use_route() -> Route {
    use_context::<Route>().expect("provide_route runs at the top of App")
}

/// The link target for a state: its canonical query, or the bare path for the default view.
pub fn href(state: &ViewState) -> String {
    let q = to_query(state);
    if q.is_empty() {
        location_path()
    } else {
        q
    }
}

impl Route {
    /// The parsed view state and any notices about the URL.
    pub fn state(&self) -> Memo<(ViewState, Vec<Notice>)> {
        self.parsed
    }

    /// Shows `state`: a new history entry for a navigation, or a replaced one for input changes.
    pub fn go(&self, state: &ViewState, replace: bool) {
        let target = href(state);
        if let Ok(history) = window().history() {
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
        }
        let search = location_search();
        if self.query.get_untracked() != search {
            self.set_query.set(search);
        }
    }
}
