//! Turns the text of a dataset file into a `Dataset` plus its diagnostics: parses the JSON,
//! checks the top level, then has `read` and `validate` do the rest.
//!
//! Only three things are fatal: text that is not JSON, a top level of the wrong shape, and an
//! unsupported schema number. Everything else is a `Diagnostic` (an error that leaves
//! something out, or a warning that keeps it), so that an author sees every problem in one pass
//! and readers still see everything that is valid.

use std::fmt;

use serde_json::Value;

use super::dataset::Dataset;
use super::diagnostic::{quoted, Diagnostic, Repaired};
use super::read::{self, kind_of};
use super::validate::{validate, StepView};

/// The schema numbers this reader understands.
pub const SCHEMA: u32 = 1;

/// A problem that stops the dataset from loading at all.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The text is not JSON. Line and column are 1-based.
    Syntax { line: usize, column: usize, message: String },
    /// The JSON is not a dataset: the top level or one of its sections has the wrong shape.
    Shape { path: String, message: String },
    /// The file declares a schema version this reader does not know.
    UnsupportedSchema { found: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax { line, column, message } => {
                write!(f, "not valid JSON at line {line}, column {column}: {message}")
            }
            LoadError::Shape { path, message } => write!(f, "{path}: {message}"),
            LoadError::UnsupportedSchema { found } => {
                write!(f, "schema: this app reads schema {SCHEMA}, but the file says {found}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// A dataset that loaded, with whatever was wrong in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    /// The reader's (shapes) first, then the checker's (meanings), each in the file's order.
    pub diagnostics: Vec<Diagnostic>,
    /// The kept positions and provisions that a diagnostic concerns.
    pub repaired: Repaired,
}

/// Parses the JSON of a dataset, the first step of `load`.
pub fn parse(text: &str) -> Result<Value, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: syntax_message(&e),
    })
}

fn syntax_message(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; the caller reports those separately.
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Validates an already parsed JSON value: the rest of `crate::load::load`, or of `load_first`
/// when `first`, where a list of sources may be given as its length (docs/DATA_FORMAT.md, "The
/// first file"). Tour steps' views are checked by `step_view`. Never panics, whatever the input.
pub fn load_value<V: StepView>(value: Value, first: bool, step_view: &V) -> Result<Loaded, LoadError> {
    let Value::Object(top) = value else {
        return Err(shape("(top level)", format!("expected an object, found {}", kind_of(&value))));
    };
    match top.get("schema") {
        None => return Err(shape("schema", "missing: the file must say which schema it follows, as \"schema\": 1")),
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA as u64) => {}
        Some(other) => return Err(LoadError::UnsupportedSchema { found: compact(other) }),
    }
    for key in ["parties", "topics", "issues", "positions", "frameworks", "tours"] {
        match top.get(key) {
            Some(Value::Array(_)) => {}
            None if key == "frameworks" || key == "tours" => {}
            None => return Err(shape(key, "missing: expected an array")),
            Some(other) => return Err(shape(key, format!("expected an array, found {}", kind_of(other)))),
        }
    }
    if !top.contains_key("meta") {
        return Err(shape("meta", "missing"));
    }
    let found = read::read(&top, first).map_err(|d| LoadError::Shape { path: d.path, message: d.message })?;
    let checked = validate(found.elements, found.diagnostics, found.left_out, step_view);
    let mut diagnostics = checked.diagnostics;
    for d in &mut diagnostics {
        d.record = read::record_label(&top, &d.path);
    }
    Ok(Loaded { dataset: checked.dataset, diagnostics, repaired: checked.repaired })
}

fn shape(path: &str, message: impl Into<String>) -> LoadError {
    LoadError::Shape { path: path.to_string(), message: message.into() }
}

/// A short rendering of a value for messages, cut to a readable length.
fn compact(v: &Value) -> String {
    match v {
        Value::String(s) => quoted(s),
        Value::Number(n) => n.as_i64().map(|i| i.to_string()).unwrap_or_else(|| "a number".to_string()),
        other => kind_of(other).to_string(),
    }
}
