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
use super::diagnostic::{expected, kind_of, quoted, Diagnostic, Repaired};
use super::read;
use super::validate::{validate, StepView};
use crate::text::{Arg, Key, Lang, Message, Text};

/// The schema numbers this reader understands.
pub const SCHEMA: u32 = 1;

/// A problem that stops the dataset from loading at all.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The text is not JSON. Line and column are 1-based; the message is the JSON parser's.
    Syntax { line: usize, column: usize, message: String },
    /// The JSON is not a dataset: the top level (an empty path) or one of its sections has the
    /// wrong shape.
    Shape { path: String, message: Message },
    /// The file declares a schema version this reader does not know: the value it gives (in
    /// quotes, or a whole number), or the kind of value it is.
    UnsupportedSchema { found: Arg },
}

impl LoadError {
    /// What is wrong, as a message of the text layer.
    pub fn message(&self) -> Message {
        match self {
            // Line and column are places, not amounts: written as they are in every language.
            LoadError::Syntax { line, column, message } => Message::new(Key::LoadSyntax)
                .arg("line", line.to_string())
                .arg("column", column.to_string())
                .arg("error", message.as_str()),
            LoadError::Shape { path, message } if path.is_empty() => {
                Message::new(Key::LoadTopLevel).message("problem", message.clone())
            }
            LoadError::Shape { path, message } => {
                Message::new(Key::LoadAt).arg("path", path.as_str()).message("problem", message.clone())
            }
            LoadError::UnsupportedSchema { found } => {
                let mut m = Message::new(Key::LoadSchema).arg("schema", SCHEMA.to_string());
                m.args.push(("found", found.clone()));
                m
            }
        }
    }
}

/// The message in English, as the command-line validator prints it.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Text::new(Lang::En).say(&self.message()))
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
        return Err(shape("", expected(Key::DiagExpectedObject, &value)));
    };
    match top.get("schema") {
        None => return Err(shape("schema", Message::new(Key::LoadNoSchema))),
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA as u64) => {}
        Some(other) => return Err(LoadError::UnsupportedSchema { found: compact(other) }),
    }
    for key in ["parties", "topics", "issues", "positions", "frameworks", "tours"] {
        match top.get(key) {
            Some(Value::Array(_)) => {}
            None if key == "frameworks" || key == "tours" => {}
            None => return Err(shape(key, Message::new(Key::LoadNoList))),
            Some(other) => return Err(shape(key, expected(Key::DiagExpectedArray, other))),
        }
    }
    if !top.contains_key("meta") {
        return Err(shape("meta", Message::new(Key::DiagMissing)));
    }
    let found = read::read(&top, first).map_err(|d| LoadError::Shape { path: d.path, message: d.message })?;
    let checked = validate(found.elements, found.diagnostics, found.left_out, step_view);
    let mut diagnostics = checked.diagnostics;
    for d in &mut diagnostics {
        d.record = read::record_label(&top, &d.path);
    }
    Ok(Loaded { dataset: checked.dataset, diagnostics, repaired: checked.repaired })
}

fn shape(path: &str, message: Message) -> LoadError {
    LoadError::Shape { path: path.to_string(), message }
}

/// A short rendering of a value for messages: a string in quotes, cut to a readable length; a
/// whole number; or else the kind of value it is.
fn compact(v: &Value) -> Arg {
    match v {
        Value::String(s) => Arg::Text(quoted(s)),
        Value::Number(n) if n.as_i64().is_some() => Arg::Text(n.to_string()),
        other => Arg::Message(Box::new(kind_of(other))),
    }
}
