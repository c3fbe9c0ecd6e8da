//! The dataset: its file format (`raw`), its validated form (`dataset`) and the step between (`validate`).

pub mod dataset;
pub mod date;
pub mod raw;
pub mod read;
pub mod validate;

pub use dataset::*;
pub use date::Date;
pub use validate::{fmt_num, is_web_url, load, Diagnostic, LoadError, Loaded, SCHEMA};

/// The JSON Schema of the dataset format, generated from the raw types (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(raw::RawDataset);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
