//! Common Ground: see where the parties to a negotiation agree and where they clash.
//!
//! The crate is a pure core and a thin browser shell:
//! - `text` holds every word a reader sees, as messages in each language's catalogue,
//! - `model` reads and validates a dataset file,
//! - `analysis` computes relations, common ground, framework fit and change over time,
//! - `url` maps view state to and from the query string,
//! - `load` turns a fetched file into a dataset, or says what is wrong with it,
//! - `present` builds what each screen shows as a plain tree of elements and text,
//! - `ui` (wasm only) loads the data, turns that tree into DOM and follows the URL.

pub mod analysis;
pub mod load;
pub mod model;
pub mod present;
pub mod text;
pub mod url;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Where the dataset lives, relative to the page, so a copy of `dist/` works under any sub-path.
pub const DATA_URL: &str = "data/positions.json";

/// The bundled dataset's first file, written by the build: the same dataset with each list of
/// sources given as its length, which a permalink draws from before the full file has come.
pub const FIRST_URL: &str = "data/first.json";
