//! The browser entry point: installs the panic hook and mounts the app in place of the loading note.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    console_error_panic_hook::set_once();
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
