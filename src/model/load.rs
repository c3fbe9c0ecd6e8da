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
    /// The text is not JSON. Line and column are where the JSON parser stopped (1-based).
    Syntax { line: usize, column: usize, problem: SyntaxProblem },
    /// The JSON is not a dataset: the top level (an empty path) or one of its sections has the
    /// wrong shape.
    Shape { path: String, message: Message },
    /// The file declares a schema version this reader does not know: the value it gives (in
    /// quotes, or a number), or the kind of value it is.
    UnsupportedSchema { found: Arg },
}

/// Why a text is not JSON, in terms every language can word: the JSON parser's own descriptions
/// are English, and writing them costs the app 750 bytes gzipped.
#[derive(Debug, Clone, PartialEq)]
pub enum SyntaxProblem {
    /// The text ends before its last value does.
    EndsEarly,
    /// Arrays and objects inside one another deeper than the parser goes (128).
    TooDeep,
    /// A character that cannot come where it is (quoted), after what the line has before it
    /// (quoted, cut to its last 20 bytes or so).
    Unexpected { found: String, after: String },
}

impl LoadError {
    /// What is wrong, as a message of the text layer.
    pub fn message(&self) -> Message {
        match self {
            // Line and column are places, not amounts: written as they are in every language.
            LoadError::Syntax { line, column, problem } => {
                Message::new(Key::LoadSyntax).arg("line", line.to_string()).arg("column", column.to_string()).message(
                    "error",
                    match problem {
                        SyntaxProblem::EndsEarly => Message::new(Key::JsonEndsEarly),
                        SyntaxProblem::TooDeep => Message::new(Key::JsonTooDeep),
                        SyntaxProblem::Unexpected { found, after } => {
                            Message::new(Key::JsonUnexpected).arg("found", found.as_str()).arg("after", after.as_str())
                        }
                    },
                )
            }
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
        problem: syntax_problem(text, e.line(), e.column(), e.is_eof()),
    })
}

/// What stopped the JSON parser at `line` and `column` (1-based; the column counts bytes).
fn syntax_problem(text: &str, line: usize, column: usize, at_end: bool) -> SyntaxProblem {
    if at_end {
        return SyntaxProblem::EndsEarly;
    }
    let mut start = 0;
    for _ in 1..line {
        start = text[start..].find('\n').map_or(text.len(), |i| start + i + 1);
    }
    let at = (start + column.saturating_sub(1)).min(text.len());
    // The parser stops on the bracket that opens one level too many.
    if depth(&text.as_bytes()[..(at + 1).min(text.len())]) > 127 {
        return SyntaxProblem::TooDeep;
    }
    // The parser stops on a character's first byte; what comes before it is cut to 20 bytes.
    let mut from = at.saturating_sub(20).max(start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let rest = text.get(at..).unwrap_or("");
    let found = rest.chars().next().map_or("", |c| rest.get(..c.len_utf8()).unwrap_or(""));
    let after = text.get(from..at).unwrap_or("");
    SyntaxProblem::Unexpected { found: quoted(found), after: quoted(after) }
}

/// How many arrays and objects are open at the end of `json`, brackets in strings aside.
fn depth(json: &[u8]) -> usize {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in json {
        match (in_string, b) {
            (true, _) if escaped => escaped = false,
            (true, b'\\') => escaped = true,
            (true, b'"') | (false, b'"') => in_string = !in_string,
            (false, b'[' | b'{') => depth += 1,
            (false, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Validates an already parsed JSON value: the rest of `crate::load::load`, or of `load_first`
/// when `first`, where a list of sources may be given as its length (docs/DATA_FORMAT.md, "The
/// first file"). Tour steps' views are checked by `step_view`. Never panics, whatever the input.
pub fn load_value<V: StepView>(value: Value, first: bool, lang: Lang, step_view: &V) -> Result<Loaded, LoadError> {
    Ok(check(read_value(value, first)?, lang, step_view))
}

/// A dataset file whose shapes have been read, its meaning not yet checked: `read_value` makes
/// one and `check` finishes it, so that the browser can run the two in tasks of their own.
pub struct Found {
    /// The file as written, for the records' labels in diagnostics.
    top: read::Obj,
    read: read::Read,
}

/// Checks the top level of a parsed dataset file and reads its shapes (`load_value`'s first half).
pub fn read_value(value: Value, first: bool) -> Result<Found, LoadError> {
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
    let read = read::read(&top, first).map_err(|d| LoadError::Shape { path: d.path, message: d.message })?;
    Ok(Found { top, read })
}

/// Checks the meaning of what `read_value` found (`load_value`'s second half), its texts shown in
/// `lang` where they have a translation.
pub fn check<V: StepView>(found: Found, lang: Lang, step_view: &V) -> Loaded {
    let Found { top, read } = found;
    let checked = validate(read.elements, read.diagnostics, read.left_out, lang, step_view);
    let mut diagnostics = checked.diagnostics;
    for d in &mut diagnostics {
        d.record = read::record_label(&top, &d.path);
    }
    Loaded { dataset: checked.dataset, diagnostics, repaired: checked.repaired }
}

fn shape(path: &str, message: Message) -> LoadError {
    LoadError::Shape { path: path.to_string(), message }
}

/// A short rendering of a value for messages: a string in quotes, cut to a readable length; a
/// number; or else the kind of value it is.
fn compact(v: &Value) -> Arg {
    match v {
        Value::String(s) => Arg::Text(quoted(s)),
        // Written by the text layer: the JSON number's own formatting would bring a float
        // formatter of 2 KB into the wasm.
        Value::Number(n) => Arg::Number(n.as_f64().unwrap_or_default()),
        other => Arg::Message(Box::new(kind_of(other))),
    }
}
