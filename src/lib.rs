//! Common Ground: see where the parties to a negotiation agree and where they clash.
//!
//! The crate is a pure core and a thin browser shell:
//! - `model` reads and validates a dataset file,
//! - `analysis` computes relations, common ground, framework fit and change over time,
//! - `url` maps view state to and from the query string,
//! - `ui` (wasm only) renders what the core computes.

pub mod analysis;
pub mod model;
pub mod url;

#[cfg(target_arch = "wasm32")]
pub mod ui;
