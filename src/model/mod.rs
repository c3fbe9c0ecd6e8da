//! The dataset: its file format (`raw`), its validated form (`dataset`) and the step between (`validate`).

pub mod dataset;
pub mod date;
pub mod raw;
pub mod validate;

pub use dataset::*;
pub use date::Date;
pub use validate::{fmt_num, is_web_url, load, Diagnostic, LoadError, Loaded, SCHEMA};
