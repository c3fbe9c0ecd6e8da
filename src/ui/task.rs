//! Two small helpers over the browser that the shell's parts share: a listener for the page's
//! lifetime, and a wait for the next task.

use leptos::prelude::window;

/// Calls `f` with each `name` event on `target`, for as long as the page lives. Not generic, so
/// the three listeners share one closure type in the wasm.
pub(super) fn listen(target: &web_sys::EventTarget, name: &str, f: Box<dyn Fn(web_sys::Event)>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let callback = Closure::<dyn Fn(web_sys::Event)>::wrap(f);
    let _ = target.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Resolves in a task of its own, once the browser has handled what is waiting (a tap, a paint).
/// A task blocks a reader only for what it takes over 50 ms, so the start-up runs as several
/// (README, "First paint, measured").
pub(super) async fn next_task() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}
