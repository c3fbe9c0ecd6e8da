//! The browser entry point: installs the panic hook and starts the app in `#page-root`, which the
//! prerendered page already holds (or, in a page built without the prerender, in place of the loading note).

/// Talc in place of the standard library's dlmalloc: a well-kept allocator made for wasm, which
/// takes fewer bytes of the bundle and allocates faster (ARCHITECTURE.md, "Bytes").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// A bug must never leave the page blank without a word: the panic's message goes to the console
/// and takes the place of the app. Hand-written instead of `console_error_panic_hook`, which adds
/// a JS stack trace the message already locates (file, line and column) for more bytes.
#[cfg(target_arch = "wasm32")]
fn on_panic(info: &std::panic::PanicHookInfo) {
    use common_ground::text::{Key, Lang, Text};
    let message = Text::new(Lang::En).fill(Key::AppStopped, &[("error", &info.to_string())]);
    web_sys::console::error_1(&message.as_str().into());
    if let Some(app) = leptos::prelude::document().get_element_by_id("app") {
        app.set_text_content(Some(&message));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(on_panic));
    let doc = leptos::prelude::document();
    if doc.get_element_by_id("page-root").is_none() {
        if let Ok(root) = doc.create_element("div") {
            root.set_id("page-root");
            match (doc.get_element_by_id("app"), doc.body()) {
                (Some(app), _) => {
                    // The loading note stays until the first draw replaces it.
                    if let Some(note) = app.first_child() {
                        let _ = root.append_child(&note);
                    }
                    app.set_text_content(None);
                    let _ = app.append_child(&root);
                }
                (None, Some(body)) => {
                    let _ = body.append_child(&root);
                }
                (None, None) => {}
            }
        }
    }
    leptos::mount::mount_to_body(common_ground::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("common-ground is a browser app: build it with `./x serve`. To check a dataset, run `cargo run --bin validate -- FILE`.");
}
