//! What each screen shows, as a plain `Node` tree built from the dataset and the URL.
//!
//! This layer is pure (no DOM, no IO) so every screen is tested natively; `ui::dom` turns the
//! tree into DOM. Building screens as data instead of Leptos `view!` trees keeps the wasm small:
//! the five screens cost about 60 KB gzipped as typed views, and a fraction of that as this.
//! `patch` says what to change in the DOM when the next tree replaces the one drawn last.
//!
//! Inside, imports run one way: `page` assembles a page from the `chrome`, `embed`, `tour` and
//! `views`, which build on `parts`, `charts`, `print` and `words`, which build on `node`,
//! `protocol` and `cx`. This file only lists the modules.

pub mod charts;
mod chrome;
mod cx;
mod embed;
mod load_error;
mod node;
mod page;
mod parts;
pub mod patch;
pub mod print;
pub mod protocol;
mod rich;
pub mod tour;
mod views;
pub mod words;

pub use cx::Cx;
pub use embed::share_texts;
pub use load_error::{data_failure, data_refused, read_file};
pub use node::{el, El, Node};
pub use page::{failure, first_paint, first_screen, loading, page, page_at, Page};
