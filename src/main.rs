//! The browser entry point: installs the panic hook and mounts the app in place of the loading note.

/// A bug must never leave the page blank without a word: the panic's message goes to the console
/// and takes the place of the app. Hand-written instead of `console_error_panic_hook`, which adds
/// a JS stack trace the message already locates (file, line and column) for more bytes.
#[cfg(target_arch = "wasm32")]
fn on_panic(info: &std::panic::PanicHookInfo) {
    let message = format!("Common Ground stopped because of a bug ({info}). Reloading the page may help.");
    web_sys::console::error_1(&message.as_str().into());
    if let Some(app) = leptos::prelude::document().get_element_by_id("app") {
        app.set_text_content(Some(&message));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    std::panic::set_hook(Box::new(on_panic));
    let root =
        leptos::prelude::document().get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_text("");
            leptos::mount::mount_to(root, common_ground::ui::App).forget();
        }
        None => leptos::mount::mount_to_body(common_ground::ui::App),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("common-ground is a browser app: build it with `./x serve`. To check a dataset, run `cargo run --bin validate -- FILE`.");
}
