//! The dataset: its file format (`raw`), its validated form (`dataset`), and the steps between:
//! `load` parses the JSON, `read` checks its shapes, `validate` checks its meaning, and each
//! problem becomes a `Diagnostic`. Tour steps are permalinks, which the URL grammar above this
//! layer checks: `crate::load` runs all of it and passes that check in.
//!
//! `read` and `validate` do not know each other: each builds on `raw`, `diagnostic` and the
//! domain types, and `load` runs one after the other.

pub mod dataset;
pub mod date;
pub mod diagnostic;
pub mod format;
pub mod keyword;
pub mod load;
pub mod raw;
pub mod read;
pub mod validate;

pub use dataset::*;
pub use date::Date;
pub use diagnostic::{Diagnostic, Repaired, Severity};
pub use format::fmt_num;
pub use load::{check, load_value, parse, read_value, Found, LoadError, Loaded, SyntaxProblem, SCHEMA};

/// The JSON Schema of the dataset format, generated from the raw types (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(raw::RawDataset);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
