//! The browser entry point: starts the app in `#page-root`, which the
//! prerendered page already holds (or, in a page built without the prerender, in place of the loading note).

#[cfg(target_arch = "wasm32")]
fn main() {
    // No panic hook: the core never panics by design, a wasm trap still shows as a page error,
    // and the hook's message formatting cost about 1.2 KB of the bundle budget.
    let doc = leptos::prelude::document();
    if doc.get_element_by_id("page-root").is_none() {
        if let Ok(root) = doc.create_element("div") {
            root.set_id("page-root");
            match (doc.get_element_by_id("app"), doc.body()) {
                (Some(app), _) => {
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
