//! What the loader says about a file: each problem as an error or a warning, at a JSON path,
//! naming the record it is in; what it left out; and which kept elements it repaired.

use std::cmp::Ordering;
use std::fmt;

use serde_json::Value;

use super::dataset::{IssueIx, PartyIx, Position};
use super::date::Date;
use crate::text::{Key, Lang, Message, Text};

/// How bad a problem is. Errors sort first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The element named by the path is left out (with whatever needs it).
    Error,
    /// The element is kept, read as the message says.
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A problem in a dataset that does not stop it from loading.
///
/// Diagnostics compare and sort by severity, path, record, then their message as written in
/// English: a `Message` holds numbers (`f64`), so it has no order of its own, and its English
/// keeps the order diagnostics had when the message was that text.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The JSON path of the problem, for example `positions[55].acceptable[1]`.
    pub path: String,
    /// Who the record is, for example `ir · fordow · 2015-04-02` for a position; `None` outside any record.
    pub record: Option<String>,
    /// What is wrong, written in the reader's language by `Text::say`.
    pub message: Message,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, message: Message) -> Diagnostic {
        Diagnostic { severity: Severity::Error, path: path.into(), record: None, message }
    }

    pub fn warning(path: impl Into<String>, message: Message) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, path: path.into(), record: None, message }
    }

    /// The message in English: for the command line, the tests, and the order of diagnostics.
    pub fn english(&self) -> String {
        Text::new(Lang::En).say(&self.message)
    }

    /// `path (record)`, or the path alone outside any record.
    pub fn location(&self) -> String {
        match &self.record {
            Some(r) => format!("{} ({r})", self.path),
            None => self.path.clone(),
        }
    }
}

impl Ord for Diagnostic {
    fn cmp(&self, other: &Diagnostic) -> Ordering {
        (self.severity, &self.path, &self.record)
            .cmp(&(other.severity, &other.path, &other.record))
            .then_with(|| self.english().cmp(&other.english()))
    }
}

impl PartialOrd for Diagnostic {
    fn partial_cmp(&self, other: &Diagnostic) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Diagnostic {
    fn eq(&self, other: &Diagnostic) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Diagnostic {}

/// `severity: path (record): message`, in English, as the command-line validator prints it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.severity.as_str(), self.location(), self.english())
    }
}

/// What kind of JSON value `v` is, as in "expected a string, found a number".
pub fn kind_of(v: &Value) -> Message {
    Message::new(match v {
        Value::Null => Key::JsonNull,
        Value::Bool(_) => Key::JsonBoolean,
        Value::Number(_) => Key::JsonNumber,
        Value::String(_) => Key::JsonString,
        Value::Array(_) => Key::JsonArray,
        Value::Object(_) => Key::JsonObject,
    })
}

/// "expected …, found …": `expected` is the message for what was expected (`Key::DiagExpectedString`).
pub fn expected(expected: Key, found: &Value) -> Message {
    Message::new(expected).message("found", kind_of(found))
}

/// A string in quotes, cut to a readable length.
pub fn quoted(s: &str) -> String {
    format!("\"{}\"", cut(s))
}

/// A string cut to a readable length, with `…` where it was cut.
pub fn cut(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The index in `path` of the item of the list at `list`, when `path` is that item or inside it:
/// `item_index("issues[3].options", "issues[3].options[1].label") == Some(1)`.
pub fn item_index(list: &str, path: &str) -> Option<usize> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    let end = rest.find(']')?;
    let after = &rest[end + 1..];
    if !(after.is_empty() || after.starts_with('.') || after.starts_with('[')) {
        return None;
    }
    rest[..end].parse().ok()
}

/// What was left out of the file, so that what refers to it is not reported a second time, and
/// so that an item's path keeps its index in the file after earlier items were left out.
#[derive(Debug, Clone, Default)]
pub struct LeftOut {
    /// Items the reader left out: the path of their list, their index in it, and their id.
    read: Vec<(String, usize, Option<String>)>,
    /// Elements the checker left out: the path of their list, and their id.
    checked: Vec<(String, String)>,
}

impl LeftOut {
    /// The reader left out item `index` of the list at `list`.
    pub fn read(&mut self, list: &str, index: usize, id: Option<&str>) {
        self.read.push((list.to_string(), index, id.map(str::to_string)));
    }

    /// The checker left out the element with `id` from the list at `list`.
    pub fn checked(&mut self, list: &str, id: &str) {
        self.checked.push((list.to_string(), id.to_string()));
    }

    /// Whether an element with `id` in the list at `list` (`parties`, `issues[3].options`) was left out.
    pub fn has_id(&self, list: &str, id: &str) -> bool {
        self.read.iter().any(|(l, _, i)| l == list && i.as_deref() == Some(id))
            || self.checked.iter().any(|(l, i)| l == list && i == id)
    }

    /// How many items the reader left out of the list at `list`.
    pub fn count(&self, list: &str) -> usize {
        self.read.iter().filter(|(l, _, _)| l == list).count()
    }

    /// The index in the file of the `n`th item the reader kept in the list at `list`. The
    /// reader leaves items out in the order of the file, so their indices come sorted.
    pub fn file_index(&self, list: &str, n: usize) -> usize {
        self.read.iter().filter(|(l, _, _)| l == list).fold(n, |ix, (_, gone, _)| if *gone <= ix { ix + 1 } else { ix })
    }
}

/// The kept positions and provisions that a diagnostic concerns, so that the views can mark them:
/// each was read with an assumption, or lost a part (a source, an alternative) that was left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Repaired {
    pub positions: Vec<(PartyIx, IssueIx, Date)>,
    /// Framework ids with the index of the provision in `Framework::provisions`.
    pub provisions: Vec<(String, usize)>,
}

impl Repaired {
    pub fn position(&self, p: &Position) -> bool {
        self.positions.contains(&(p.party, p.issue, p.as_of))
    }

    pub fn provision(&self, framework: &str, ix: usize) -> bool {
        self.provisions.iter().any(|(f, i)| f == framework && *i == ix)
    }
}

/// The path of field `key` inside `path`. One out-of-line function instead of a `format!` at
/// each of the reader's and checker's many fields keeps their code small in wasm.
#[inline(never)]
pub(super) fn at(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The path of item `index` of the list at `path`; out of line for the same reason as `at`.
#[inline(never)]
pub(super) fn at_index(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_indices_are_read_from_paths() {
        assert_eq!(item_index("positions", "positions[55].acceptable[1]"), Some(55));
        assert_eq!(item_index("positions", "positions[55]"), Some(55));
        assert_eq!(item_index("issues[3].options", "issues[3].options[1].label"), Some(1));
        assert_eq!(item_index("issues[3].options", "issues[3].optionsx[1]"), None);
        assert_eq!(item_index("issues[3]", "issues[31].id"), None);
    }

    #[test]
    fn file_indices_skip_items_left_out_before_them() {
        let mut left = LeftOut::default();
        left.read("frameworks[0].provisions", 0, None);
        left.read("frameworks[0].provisions[1].sources", 0, None);
        left.read("frameworks[0].provisions", 2, None);
        let list = "frameworks[0].provisions";
        assert_eq!((0..3).map(|n| left.file_index(list, n)).collect::<Vec<_>>(), [1, 3, 4]);
        assert_eq!(left.count(list), 2);
        assert_eq!(left.file_index("frameworks[0].provisions[1].sources", 0), 1);
    }

    #[test]
    fn a_diagnostic_reads_severity_path_record_message() {
        let message = Message::new(Key::DiagNotAnOption).arg("value", quoted("research-center")).arg("issue", "fordow");
        let mut d = Diagnostic::error("positions[55].acceptable[1]", message);
        d.record = Some("ir · fordow · 2015-04-02".into());
        assert_eq!(
            d.to_string(),
            "error: positions[55].acceptable[1] (ir · fordow · 2015-04-02): \"research-center\" is not an option of fordow"
        );
    }

    #[test]
    fn diagnostics_sort_by_severity_path_record_then_english() {
        let at =
            |severity, path: &str, message: Message| Diagnostic { severity, path: path.into(), record: None, message };
        let quantity = |v| Message::new(Key::DiagMinAboveMax).number("min", v).number("max", 1.0);
        // By key, "unknown party" would come before "min … is above max"; by English, after.
        let party = Message::new(Key::DiagUnknownParty).arg("value", quoted("x"));
        let mut ds = [
            at(Severity::Warning, "a", Message::new(Key::DiagMissing)),
            at(Severity::Error, "b", party.clone()),
            at(Severity::Error, "b", quantity(250_000.0)),
            at(Severity::Error, "b", quantity(3.0)),
            at(Severity::Error, "a", party.clone()),
        ];
        ds.sort();
        let lines: Vec<String> = ds.iter().map(Diagnostic::to_string).collect();
        assert_eq!(
            lines,
            [
                "error: a: unknown party \"x\"",
                "error: b: min 250,000 is above max 1",
                "error: b: min 3 is above max 1",
                "error: b: unknown party \"x\"",
                "warning: a: missing",
            ]
        );
        assert_eq!(at(Severity::Error, "b", quantity(3.0)), at(Severity::Error, "b", quantity(3.0)));
        assert_ne!(at(Severity::Error, "b", quantity(3.0)), at(Severity::Error, "b", quantity(4.0)));
    }

    #[test]
    fn json_kinds_read_as_words() {
        let text = Text::new(Lang::En);
        let found = |v: Value| text.say(&expected(Key::DiagExpectedString, &v));
        assert_eq!(found(Value::Null), "expected a string, found null");
        assert_eq!(found(serde_json::json!([1])), "expected a string, found an array");
        assert_eq!(found(serde_json::json!({})), "expected a string, found an object");
        assert_eq!(found(serde_json::json!(true)), "expected a string, found a boolean");
    }
}
