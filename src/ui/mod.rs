//! The browser shell: the one data load, the error state, and the page drawn from the URL.
//!
//! Leptos holds the state (the load, the query string) and runs the effects that talk to the
//! document: the page's DOM, its title and its colour scheme. What the page shows comes from
//! `present::page`, which is pure.

mod dom;
mod route;

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{load, LoadError, Loaded};
use crate::present;
use crate::url::Dark;
use crate::DATA_URL;

/// Why the dataset could not be shown.
#[derive(Debug, Clone, PartialEq)]
enum Failure {
    Fetch(String),
    Http(u16, String),
    Load(LoadError),
    Empty,
}

impl Failure {
    fn message(&self) -> String {
        match self {
            Failure::Fetch(e) => format!("The dataset {DATA_URL} could not be fetched: {e}."),
            Failure::Http(code, text) => {
                format!("The dataset {DATA_URL} could not be loaded: the server answered {code} {text}.")
            }
            Failure::Load(e) => format!("The dataset {DATA_URL} could not be read: {e}."),
            Failure::Empty => {
                format!("The dataset {DATA_URL} has no valid parties or issues to show.")
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum LoadState {
    Loading,
    Ready(Arc<Loaded>),
    Failed(Failure),
}

async fn fetch_dataset() -> Result<Loaded, Failure> {
    let response = gloo_net::http::Request::get(DATA_URL).send().await.map_err(|e| Failure::Fetch(e.to_string()))?;
    if !response.ok() {
        return Err(Failure::Http(response.status(), response.status_text()));
    }
    let text = response.text().await.map_err(|e| Failure::Fetch(e.to_string()))?;
    let loaded = load(&text).map_err(Failure::Load)?;
    if loaded.dataset.parties.is_empty() || loaded.dataset.issues.is_empty() {
        return Err(Failure::Empty);
    }
    Ok(loaded)
}

/// Gives the page the dataset's description (or its title), for link previews and search
/// engines that run scripts; index.html carries one only until the data is in.
fn describe_page(meta: &crate::model::Meta) {
    let text = meta.description.as_ref().unwrap_or(&meta.title).en();
    if let Ok(Some(tag)) = document().query_selector("meta[name=description]") {
        let _ = tag.set_attribute("content", text);
    }
}

/// Sets the colour scheme on `<html>`: `auto` leaves it to the system.
fn apply_theme(dark: Dark) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = match dark {
        Dark::Auto => root.remove_attribute("data-theme"),
        Dark::On => root.set_attribute("data-theme", "dark"),
        Dark::Off => root.set_attribute("data-theme", "light"),
    };
}

/// In an iframe, tells the parent page the content height whenever it changes, as
/// `{"sender":"common-ground","height":N}`, so an embed can size itself (README, "Embed it").
fn report_height_to_parent() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let win = window();
    let Ok(Some(parent)) = win.parent() else { return };
    if JsValue::from(&parent) == JsValue::from(&win) {
        return;
    }
    let Some(body) = document().body() else { return };
    let measured = body.clone();
    let mut last = -1;
    let send = Closure::<dyn FnMut()>::new(move || {
        let height = measured.offset_height();
        if height != last {
            last = height;
            let message = format!("{{\"sender\":\"common-ground\",\"height\":{height}}}");
            let _ = parent.post_message(&JsValue::from_str(&message), "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
        send.forget();
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let route = route::provide_route();
    let (state, set_state) = signal(LoadState::Loading);
    leptos::task::spawn_local(async move {
        set_state.set(match fetch_dataset().await {
            Ok(loaded) => {
                describe_page(&loaded.dataset.meta);
                LoadState::Ready(Arc::new(loaded))
            }
            Err(f) => LoadState::Failed(f),
        });
    });
    report_height_to_parent();
    let root = NodeRef::<leptos::html::Div>::new();
    // Draws the page whenever the load moves on or the URL changes. The effect keeps the tree it
    // drew last (Leptos hands an effect its previous value), so the next one is patched in.
    Effect::new(move |drawn: Option<Option<present::Node>>| {
        let drawn = drawn.flatten();
        let query = route.query();
        let Some(root) = root.get() else { return drawn };
        let page = match state.get() {
            LoadState::Loading => present::loading(&query),
            LoadState::Failed(f) => present::failure(&query, &f.message()),
            LoadState::Ready(data) => present::page(&data, &query),
        };
        document().set_title(&page.title);
        apply_theme(page.dark);
        dom::patch(&root, drawn.as_ref(), &page.body);
        Some(page.body)
    });
    view! {
        <div
            id="page-root"
            node_ref=root
            on:click=move |ev| dom::on_click(route, ev)
            on:change=move |ev| dom::on_change(route, ev)
            on:input=dom::on_input
        ></div>
    }
}
