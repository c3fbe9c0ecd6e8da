//! The browser shell: the one data load, the error state, and the page drawn from the URL.
//!
//! Leptos holds the state (the load, the query string) and runs the effects that talk to the
//! document: the page's DOM, its title and its colour scheme. What the page shows comes from
//! `present::page`, which is pure.

mod dom;
mod keys;
mod route;
mod task;

use task::{listen, next_task};

use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;

use crate::model::Loaded;
use crate::present;
use crate::url::Dark;
use crate::{DATA_URL, FIRST_URL};

#[derive(Debug, Clone, PartialEq)]
enum LoadState {
    Loading,
    Ready(Arc<Loaded>),
    /// Why the dataset could not be shown, in words that name the file.
    Failed(String),
}

/// The dataset file to load: `data=` from the URL when the page may load it, else the bundled one.
/// Cross-origin sources are refused unless built in with `CG_DATA_ORIGINS` (space-separated origins).
/// A refusal is worded once the page's messages are in (`App`).
fn data_source(query: &str) -> Result<String, crate::text::Message> {
    let Some(path) = crate::url::parse(query).0.data else { return Ok(DATA_URL.to_string()) };
    let origin = window().location().origin().unwrap_or_default();
    crate::url::check_data_source(&path, &origin, option_env!("CG_DATA_ORIGINS").unwrap_or("")).map(|()| path)
}

/// Starts waiting, at once, for the browser to report a largest paint after this call, by the boot
/// script's `cgAfterPaint` (`bin/prerender/boot.js`), or in a page without it for a task of its own; the
/// caller awaits it once it has drawn. Measured with Lighthouse, a request made on the second
/// animation frame after a draw still came about 10 ms before that paint, and one run in five
/// counted its download against the paint. Asked only after the draw, the paint could already
/// have been reported, and the wait would last until the boot script's 5-second timer.
fn after_paint() -> wasm_bindgen_futures::JsFuture {
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut |resolve, _| {
        if cg_after_paint(&resolve, true).is_err() {
            let _ = window().set_timeout_with_callback(&resolve);
        }
    }))
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `later` true: wait for the paint even behind a permalink's placeholder (`cg-wait`).
    #[wasm_bindgen(catch, js_name = cgAfterPaint)]
    fn cg_after_paint(f: &js_sys::Function, later: bool) -> Result<(), wasm_bindgen::JsValue>;
}

/// Fetches and reads a dataset file, and says whether it is the file the page was prerendered
/// from (`prerendered`, its fingerprint; only asked where the prerendered view may be adopted, as
/// hashing the text costs time). Parsing, reading and checking each take a task of their own.
async fn fetch_dataset(file: &str, first: bool, prerendered: Option<&str>) -> Result<(Loaded, bool), String> {
    use crate::load::{check_data, fingerprint, parse_data, read_shapes, DataProblem};
    let fail = |p: DataProblem| present::data_failure(file, p, page_lang());
    let fetched = fetch_text(file).await;
    let mut same = false;
    let read = match fetched {
        Ok((text, content_type)) => {
            next_task().await;
            same = prerendered.is_some_and(|p| p == fingerprint(&text));
            match parse_data(&text, &content_type) {
                Ok(value) => {
                    next_task().await;
                    match read_shapes(value, first) {
                        Ok(found) => {
                            next_task().await;
                            check_data(found, page_lang())
                        }
                        Err(p) => Err(p),
                    }
                }
                Err(p) => Err(p),
            }
        }
        Err(p) => Err(p),
    };
    // A dataset's problems, and why a file cannot be used, are told in messages loaded on demand.
    if read.as_ref().map_or(true, |l| !l.diagnostics.is_empty()) {
        load_on_demand_messages().await;
    }
    Ok((read.map_err(fail)?, same))
}

/// Fetches a text file (a dataset, a catalogue) with its content type, refusing one over
/// `MAX_DATA_BYTES` before a byte of it is read.
async fn fetch_text(file: &str) -> Result<(String, String), crate::load::DataProblem> {
    use crate::load::{DataProblem, MAX_DATA_BYTES};
    let fetch_failed = |e: gloo_net::Error| DataProblem::Fetch(e.to_string());
    let response = gloo_net::http::Request::get(file).send().await.map_err(fetch_failed)?;
    if !response.ok() {
        return Err(DataProblem::Http([response.status().to_string(), response.status_text()].join(" ")));
    }
    let declared = response.headers().get("content-length").and_then(|l| l.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&b| b > MAX_DATA_BYTES) {
        return Err(DataProblem::TooBig(bytes));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    Ok((response.text().await.map_err(fetch_failed)?, content_type))
}

/// Where the messages the wasm does not carry stand (`text::install`): the words of the views
/// beyond the default one, and those shown only when something is wrong.
#[derive(Clone, Copy, PartialEq)]
enum Messages {
    NotAsked,
    Loading,
    /// Loaded, or failed: either way a page is drawn at once (without them, each missing
    /// message reads as its number and arguments).
    Settled,
}

thread_local! {
    /// A page drawn ahead of the state that shows it, with the query it was drawn for and whether
    /// it is in the DOM already, so that drawing it and putting it in the DOM take tasks of their
    /// own.
    static AHEAD: Cell<Option<(String, present::Page, bool)>> = const { Cell::new(None) };
    static MESSAGES: Cell<Messages> = const { Cell::new(Messages::NotAsked) };
    /// A page asked for them (`want_messages`), and the wake-up of the task that loads them.
    static WANTED: Cell<bool> = const { Cell::new(false) };
    static WAKE: Cell<Option<js_sys::Function>> = const { Cell::new(None) };
}

/// The language the page's address asks for: a page is written in one (its switch loads the page
/// anew), and the dataset is read in it.
fn page_lang() -> crate::text::Lang {
    query_value("lang").and_then(|code| crate::text::Lang::from_code(&code)).unwrap_or_default()
}

/// Loads the messages the wasm does not carry, once a page: says whether this call loaded them.
async fn load_on_demand_messages() -> bool {
    if MESSAGES.get() != Messages::NotAsked {
        return false;
    }
    MESSAGES.set(Messages::Loading);
    // A page in another language loads that language's whole catalogue.
    let lang = page_lang();
    let loaded = match fetch_text(lang.file()).await {
        Ok((file, _)) => crate::text::install(lang, &file).is_ok(),
        Err(_) => false,
    };
    MESSAGES.set(Messages::Settled);
    loaded
}

/// Whether a page that asked for a message not loaded yet should wait for them.
fn messages_to_come() -> bool {
    MESSAGES.get() != Messages::Settled
}

/// Asks the task of `load_messages_when_wanted` to load the messages.
fn want_messages() {
    WANTED.set(true);
    if let Some(wake) = WAKE.take() {
        let _ = wake.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// A task for the page's life: loads the messages the first time a page asks for them, then has
/// the page drawn again.
async fn load_messages_when_wanted(redraw: impl Fn()) {
    while !WANTED.get() {
        let asked = js_sys::Promise::new(&mut |resolve, _| WAKE.set(Some(resolve)));
        let _ = wasm_bindgen_futures::JsFuture::from(asked).await;
    }
    if load_on_demand_messages().await {
        redraw();
    }
}

/// Gives the page the dataset's description (or its title), for link previews and search
/// engines that run scripts; index.html carries one only until the data is in.
fn describe_page(meta: &crate::model::Meta) {
    let text = meta.description.as_ref().unwrap_or(&meta.title).shown();
    if let Ok(Some(tag)) = document().query_selector("meta[name=description]") {
        let _ = tag.set_attribute("content", text);
    }
}

/// Sets the colour scheme on `<html>` (`auto` leaves it to the system), and its language.
fn apply_theme(dark: Dark, lang: crate::text::Lang) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.set_attribute("lang", lang.code());
    let _ = match dark {
        Dark::Auto => root.remove_attribute("data-theme"),
        Dark::On => root.set_attribute("data-theme", "dark"),
        Dark::Off => root.set_attribute("data-theme", "light"),
    };
}

/// The value of `key` in the page's own query string, as given (ids from host scripts are plain).
fn query_value(key: &str) -> Option<String> {
    crate::url::param(&window().location().search().ok()?, key).map(str::to_string)
}

/// In an iframe, tells the parent page the content height whenever it changes, so an embed can
/// size itself (README, "Embed it"), in each format a newsroom's page may already listen for:
/// our own `{"sender":"common-ground","height":N}` (a JSON string); pym.js's
/// `pymxPYMx<childId>xPYMxheightxPYMx<N>` when the frame's URL has the `childId` pym's parent adds;
/// Datawrapper's `{"datawrapper-height":{"common-ground":N}}` (its script matches the frame by the
/// message's source, whatever the id); and AMP's
/// `{"sentinel":"amp","type":"embed-size","height":N}` for `<amp-iframe resizable>`.
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
    let pym = query_value("childId");
    // Concatenation rather than `format!`: every formatting call site costs wasm.
    let send = Closure::<dyn FnMut()>::new(move || {
        let height = measured.offset_height();
        if height != last {
            last = height;
            let h = height.to_string();
            let post = |m: &JsValue| {
                let _ = parent.post_message(m, "*");
            };
            let object = |json: &str| js_sys::JSON::parse(json).unwrap_or(JsValue::NULL);
            post(&JsValue::from_str(&["{\"sender\":\"common-ground\",\"height\":", &h, "}"].concat()));
            if let Some(id) = &pym {
                post(&JsValue::from_str(&["pymxPYMx", id, "xPYMxheightxPYMx", &h].concat()));
            }
            post(&object(&["{\"datawrapper-height\":{\"common-ground\":", &h, "}}"].concat()));
            post(&object(&["{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":", &h, "}"].concat()));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
        send.forget();
    }
}

/// The class list of `<html>`, where the boot script marks a permalink's wait (`cg-wait`).
fn root_class() -> Option<(web_sys::Element, String)> {
    let html = document().document_element()?;
    let class = html.get_attribute("class")?;
    Some((html, class))
}

/// Whether the prerendered default view is hidden behind a permalink's placeholder.
fn waiting() -> bool {
    root_class().is_some_and(|(_, class)| class.contains("cg-wait"))
}

/// Ends the wait the prerendered page's boot script may have started on a permalink: the
/// placeholder goes and the view the app drew shows.
fn end_wait() {
    let doc = document();
    if let Some((html, class)) = root_class() {
        let _ = html.set_attribute("class", class.replace("cg-wait", "").trim());
    }
    if let Ok(Some(note)) = doc.query_selector(".cg-wait-note") {
        note.remove();
    }
}

/// The whole app. It draws into `#page-root`, which `main` finds or makes; when that holds the
/// page the build prerendered from the same dataset file, the app adopts it instead of drawing
/// it again.
#[component]
pub fn App() -> impl IntoView {
    use wasm_bindgen::JsCast;
    let route = route::provide_route();
    let (state, set_state) = signal(LoadState::Loading);
    let source = data_source(&route.query());
    report_height_to_parent();
    let Some(root) = document().get_element_by_id("page-root") else { return };
    let prerendered = root.get_attribute("data-prerendered");
    let root_of_page = root.clone();
    // A permalink to the bundled dataset is drawn from the build's first file (`data-first` says
    // there is one), whose sources are placeholders, and the full file follows once it is drawn:
    // the first file is 1.8 times smaller gzipped (README, "First paint, measured").
    let first = waiting() && root.has_attribute("data-first") && source.as_deref() == Ok(DATA_URL);
    leptos::task::spawn_local(async move {
        let result = match source {
            Ok(_) if first => match fetch_dataset(FIRST_URL, true, None).await {
                Err(_) => fetch_dataset(DATA_URL, false, None).await.map(|r| (r, false)),
                found => found.map(|r| (r, true)),
            },
            // The prerendered view (the default one, or the permalink's that the boot script put
            // in) is adopted only where it shows: behind a permalink's placeholder it is replaced
            // anyway, and building its tree would delay that view.
            Ok(file) => {
                fetch_dataset(&file, false, prerendered.as_deref().filter(|_| !waiting())).await.map(|r| (r, false))
            }
            Err(refusal) => {
                // English's words for it are in the app; another language's come with its file.
                if page_lang() != crate::text::Lang::En {
                    load_on_demand_messages().await;
                }
                Err(present::data_refused(&refusal, page_lang()))
            }
        };
        let ((loaded, adopt), mut sources_to_come) = match result {
            Ok(found) => found,
            Err(message) => return set_state.set(LoadState::Failed(message)),
        };
        describe_page(&loaded.dataset.meta);
        let mut data = Arc::new(loaded);
        // On a prerendered page, the page is built as the build drew it (relative links), checked
        // against the DOM, and what its first screen left out goes in a part at a time; then the
        // page as the app draws it (the share box's links with the page's address) is patched in.
        // Each step takes a task of its own (measured: README, "First paint, measured").
        let mut prerendered_page = adopt;
        loop {
            next_task().await;
            let query = route.query();
            let base = if prerendered_page { String::new() } else { route::page_address() };
            let mut page = present::page_at(&data, &query, &base);
            // A view whose words the wasm does not carry is drawn once they are in.
            if crate::text::missed_a_message() && load_on_demand_messages().await {
                page = present::page_at(&data, &query, &base);
            }
            next_task().await;
            // Behind a permalink's placeholder, the page is put in the DOM a part at a time; on a
            // prerendered one, only what its first screen left out is.
            let hidden = waiting();
            if hidden {
                root_of_page.set_text_content(None);
            }
            let fill = hidden || (prerendered_page && dom::fill_in_parts(&root_of_page, &page.body, true).await);
            if fill {
                dom::fill_in_parts(&root_of_page, &page.body, false).await;
                next_task().await;
            }
            if prerendered_page {
                prerendered_page = false;
                let drawn = page.body;
                page = present::page_at(&data, &query, &route::page_address());
                if fill {
                    next_task().await;
                    dom::patch(&root_of_page, Some(&drawn), &page.body, false);
                    next_task().await;
                }
            }
            AHEAD.set(Some((query, page, fill)));
            // The view stays as drawn, its sources loading, until the full file is in. It is asked
            // for once the view has been painted: measured with Lighthouse, a request made before
            // that paint shared the link with it (pair permalink 3,183 ms).
            let painted = sources_to_come.then(after_paint);
            set_state.set(LoadState::Ready(data));
            let Some(painted) = painted else { break };
            let _ = painted.await;
            match fetch_dataset(DATA_URL, false, None).await {
                Ok((full, _)) => data = Arc::new(full),
                Err(message) => return set_state.set(LoadState::Failed(message)),
            }
            sources_to_come = false;
        }
    });
    leptos::task::spawn_local(load_messages_when_wanted(move || set_state.update(|_| {})));
    listen(&root, "click", Box::new(move |ev| dom::on_click(route, ev.unchecked_into())));
    listen(&root, "change", Box::new(move |ev| dom::on_change(route, ev)));
    listen(&root, "input", Box::new(dom::on_input));
    // Classroom: presentation mode's keys.
    keys::listen(route);
    // Draws the page whenever the load moves on or the URL changes. The effect keeps the tree it
    // drew last (Leptos hands an effect its previous value), so the next one is patched in.
    // Its value is the tree and the query it was drawn for: focus follows a link only when the query
    // changed, not when the full file replaced a first one under the same view.
    // A closure that holds nothing tied to the browser's thread (`new_sync`): Leptos wraps any
    // other in a check of the thread it runs on, which brings 2 KB of the standard library's
    // thread handling into the wasm.
    Effect::new_sync(move |drawn: Option<Option<(present::Node, String)>>| {
        let root = document().get_element_by_id("page-root")?;
        let (mut drawn, last) = drawn.flatten().unzip();
        let query = route.query();
        let first = drawn.is_none();
        let (page, in_dom) = match state.get() {
            // The page stays while the data is on its way: the prerendered view, or in a page built
            // without the prerender, the loading note `main` moved into `#page-root`.
            LoadState::Loading => return None,
            LoadState::Failed(message) => (present::failure(&query, &message), false),
            LoadState::Ready(data) => match AHEAD.take() {
                Some((drawn_for, page, in_dom)) if drawn_for == query => (page, in_dom),
                // The page the start-up put in the DOM was for a query the reader has left since.
                Some((_, page, true)) => {
                    drawn = Some(page.body);
                    (present::page_at(&data, &query, &route::page_address()), false)
                }
                _ => (present::page_at(&data, &query, &route::page_address()), false),
            },
        };
        // A view whose words the wasm does not carry keeps the page drawn until they come.
        if crate::text::missed_a_message() && messages_to_come() {
            want_messages();
            return drawn.zip(last);
        }
        document().set_title(&page.title);
        apply_theme(page.dark, page.lang);
        if !in_dom {
            if drawn.is_none() {
                root.set_text_content(None);
            }
            dom::patch(&root, drawn.as_ref(), &page.body, last.is_some_and(|q| q != query));
        }
        dom::offer_share();
        if first {
            end_wait();
        }
        Some((page.body, query))
    });
}
