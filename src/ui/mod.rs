//! The browser shell: the one data load, the error state, the page frame and the view switch.
//!
//! Everything below the shell is synchronous and receives a loaded dataset through `Ctx`.

mod components;
mod route;
mod views;

use std::sync::Arc;

use leptos::prelude::*;

use crate::analysis::Snapshot;
use crate::model::{load, LoadError, Loaded};
use crate::url::{resolve, Dark, Resolved, View, ViewState};
use components::{DiagnosticsPanel, Link, Notices, TimeControl};
pub use route::{href, use_route};

/// Where the dataset lives, relative to the page, so a copy of `dist/` works under any sub-path.
pub const DATA_URL: &str = "data/positions.json";

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
            Failure::Http(code, text) => format!(
                "The dataset {DATA_URL} could not be loaded: the server answered {code} {text}."
            ),
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
    let response = gloo_net::http::Request::get(DATA_URL)
        .send()
        .await
        .map_err(|e| Failure::Fetch(e.to_string()))?;
    if !response.ok() {
        return Err(Failure::Http(response.status(), response.status_text()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| Failure::Fetch(e.to_string()))?;
    let loaded = load(&text).map_err(Failure::Load)?;
    if loaded.dataset.parties.is_empty() || loaded.dataset.issues.is_empty() {
        return Err(Failure::Empty);
    }
    Ok(loaded)
}

/// What every view reads: the dataset and the URL's view state, resolved against it.
#[derive(Clone)]
pub struct Ctx {
    pub data: Arc<Loaded>,
    pub state: Memo<ViewState>,
    pub view: Memo<Resolved>,
    pub snapshot: Memo<Arc<Snapshot>>,
}

pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("Ctx is provided by Explorer before any view renders")
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    route::provide_route();
    let (state, set_state) = signal(LoadState::Loading);
    leptos::task::spawn_local(async move {
        set_state.set(match fetch_dataset().await {
            Ok(loaded) => LoadState::Ready(Arc::new(loaded)),
            Err(f) => LoadState::Failed(f),
        });
    });
    theme_effect();
    move || {
        match state.get() {
        LoadState::Loading => view! { <p class="boot" role="status">"Loading the positions…"</p> }.into_any(),
        LoadState::Failed(f) => view! {
            <main class="failure" role="alert">
                <h1>"Common Ground could not load its data"</h1>
                <p>{f.message()}</p>
                <p>"If you maintain this page, check the file with " <code>"cargo run --bin validate -- data/positions.json"</code> "."</p>
            </main>
        }
        .into_any(),
        LoadState::Ready(data) => view! { <Explorer data /> }.into_any(),
    }
    }
}

/// Sets the colour scheme on `<html>` from the `dark` parameter; `auto` leaves it to the system.
fn theme_effect() {
    let route = use_route();
    Effect::new(move |_| {
        let dark = route.state().get().0.dark;
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = match dark {
            Dark::Auto => root.remove_attribute("data-theme"),
            Dark::On => root.set_attribute("data-theme", "dark"),
            Dark::Off => root.set_attribute("data-theme", "light"),
        };
    });
}

/// The page frame around the views, once the data is loaded.
#[component]
fn Explorer(data: Arc<Loaded>) -> impl IntoView {
    let route = use_route();
    let parsed = route.state();
    let state = Memo::new(move |_| parsed.get().0);
    let resolved_data = data.clone();
    let resolved = Memo::new(move |_| resolve(&state.get(), &resolved_data.dataset));
    // `resolve` only fails on a dataset without parties or issues, which the shell never passes on.
    let view = Memo::new(move |_| {
        resolved
            .get()
            .map(|(r, _)| r)
            .expect("dataset has parties and issues")
    });
    let snap_data = data.clone();
    let snapshot = Memo::new(move |_| Arc::new(Snapshot::at(&snap_data.dataset, view.get().date)));
    let notices = Memo::new(move |_| {
        let mut all = parsed.get().1;
        all.extend(resolved.get().map(|(_, n)| n).unwrap_or_default());
        all
    });
    provide_context(Ctx {
        data: data.clone(),
        state,
        view,
        snapshot,
    });

    let title_data = data.clone();
    Effect::new(move |_| {
        let v = view.get();
        let ds = &title_data.dataset;
        let what = match v.view {
            View::Matrix => "Who stands where".to_string(),
            View::Pair => format!(
                "{} and {}",
                ds.party(v.a).name.en(),
                ds.party(v.b).name.en()
            ),
            View::Framework => v
                .doc
                .and_then(|d| ds.frameworks.get(d))
                .map(|f| f.name.en().to_string())
                .unwrap_or_default(),
            View::Issue => ds.issue(v.issue).name.en().to_string(),
            View::Changes => format!("Changes from {} to {}", v.from, v.to),
        };
        document().set_title(&format!("{what} · Common Ground"));
    });

    let meta = &data.dataset.meta;
    let title = meta.title.en().to_string();
    let reviewed = meta.reviewed;
    let version = meta.version.clone();
    let licence = meta.licence.clone();
    let diagnostics = data.diagnostics.clone();

    let tab = move |v: View, label: &'static str| {
        let to = Memo::new(move |_| ViewState {
            view: v,
            ..state.get()
        });
        let current = move || view.get().view == v;
        view! {
            <li>
                <Link to=to attr:aria-current=move || current().then_some("page")>{label}</Link>
            </li>
        }
    };

    view! {
        <header class="top">
            <div class="brand">
                <p class="app-name">"Common Ground"</p>
                <h1>{title}</h1>
            </div>
            <nav aria-label="Views">
                <ul class="tabs">
                    {tab(View::Matrix, "Matrix")}
                    {tab(View::Pair, "Two parties")}
                    {tab(View::Framework, "Documents")}
                    {tab(View::Issue, "One issue")}
                    {tab(View::Changes, "Changes")}
                </ul>
            </nav>
        </header>
        <main id="main">
            <Notices notices />
            <TimeControl />
            {move || views::current(view.get().view)}
        </main>
        <footer class="foot">
            <p>
                "Dataset version " {version} ", reviewed "
                <time datetime=reviewed.to_string()>{reviewed.to_long()}</time> ". "
                <a href=DATA_URL>"Download the data (JSON)"</a> ". Licence: " {licence} "."
            </p>
            <p class="legend">
                "Markers: " <span class="mark status-official">"●"</span> " official statement or text, "
                <span class="mark status-reported">"◐"</span> " reported by media, "
                <span class="mark status-inferred">"○"</span> " inferred by the editors."
            </p>
            <DiagnosticsPanel diagnostics />
        </footer>
    }
}
