//! Reads parsed JSON into the raw types, checking shapes only and reporting each problem with
//! its JSON path. Any problem in an item of a list (a party, an option, a position, a source…)
//! is an error and leaves that item out: a field that is missing, of the wrong type, or unknown.
//! Outside any item (the top level, `meta`) an unknown or ill-typed optional field is a warning
//! and is ignored; `load` makes a missing required one fatal.
//!
//! Written by hand instead of with serde's derive: a few non-generic functions are a fraction
//! of the size in wasm, and they report every problem in an element instead of the first.
//! Natively, a test checks this reader against serde's derive on the real dataset.

use serde_json::{Map, Value};

use super::diagnostic::{at, at_index, cut, expected, item_index, Diagnostic, LeftOut, Severity};
use super::raw::*;
use crate::text::{Key, Message};

pub type Obj = Map<String, Value>;

/// The most sources a first file may announce for one list; a larger count is read as a wrong type.
const MAX_SOURCES: u64 = 1000;

pub const DATASET_FIELDS: &[&str] =
    &["schema", "meta", "parties", "topics", "issues", "positions", "frameworks", "tours"];
pub const META_FIELDS: &[&str] =
    &["title", "description", "version", "reviewed", "editors", "licence", "notes", "revisions"];
pub const REVISION_FIELDS: &[&str] = &["version", "date", "summary"];
pub const PARTY_FIELDS: &[&str] = &["id", "name", "short", "kind", "colour", "note", "sources"];
pub const TOPIC_FIELDS: &[&str] = &["id", "name"];
pub const ISSUE_FIELDS: &[&str] = &["id", "topic", "name", "question", "kind", "options", "unit", "unlimited"];
pub const UNIT_FIELDS: &[&str] = &["one", "other"];
pub const OPTION_FIELDS: &[&str] = &["id", "label", "description"];
pub const POSITION_FIELDS: &[&str] = &[
    "party",
    "issue",
    "as_of",
    "status",
    "summary",
    "detail",
    "preferred",
    "acceptable",
    "rejected",
    "min",
    "max",
    "sources",
    "contested",
];
pub const SOURCE_FIELDS: &[&str] = &["title", "publisher", "url", "date", "quote", "note"];
pub const CONTESTED_FIELDS: &[&str] = &["note", "readings"];
pub const READING_FIELDS: &[&str] = &["summary", "sources"];
pub const FRAMEWORK_FIELDS: &[&str] =
    &["id", "name", "date", "proposers", "proposer_note", "status", "summary", "context", "sources", "provisions"];
pub const PROVISION_FIELDS: &[&str] =
    &["label", "issue", "outcome", "summary", "status", "sources", "alternatives", "contested"];
pub const ALTERNATIVE_FIELDS: &[&str] = &["party", "outcome", "summary"];
pub const TOUR_FIELDS: &[&str] = &["id", "title", "description", "steps"];
pub const TOUR_STEP_FIELDS: &[&str] = &["view", "caption", "sources"];

/// The field lists by the name of the raw type (and of its JSON Schema definition).
pub const FIELD_LISTS: &[(&str, &[&str])] = &[
    ("RawDataset", DATASET_FIELDS),
    ("RawMeta", META_FIELDS),
    ("RawRevision", REVISION_FIELDS),
    ("RawParty", PARTY_FIELDS),
    ("RawTopic", TOPIC_FIELDS),
    ("RawIssue", ISSUE_FIELDS),
    ("RawOption", OPTION_FIELDS),
    ("RawPosition", POSITION_FIELDS),
    ("RawSource", SOURCE_FIELDS),
    ("RawContested", CONTESTED_FIELDS),
    ("RawReading", READING_FIELDS),
    ("RawFramework", FRAMEWORK_FIELDS),
    ("RawProvision", PROVISION_FIELDS),
    ("RawAlternative", ALTERNATIVE_FIELDS),
    ("RawUnit", UNIT_FIELDS),
    ("RawTour", TOUR_FIELDS),
    ("RawTourStep", TOUR_STEP_FIELDS),
];

/// What the reader found: the elements it kept, its diagnostics, and what it left out.
#[derive(Debug, Clone)]
pub struct Read {
    pub elements: RawElements,
    pub diagnostics: Vec<Diagnostic>,
    pub left_out: LeftOut,
}

/// Reads every section of a dataset whose top level `load` has checked (an object whose
/// sections are arrays). Fails only when `meta` lacks a field it needs, with that problem.
pub fn read(top: &Obj, first: bool) -> Result<Read, Diagnostic> {
    let mut r = Reader { first, ..Reader::default() };
    r.object(&Value::Null, "", DATASET_FIELDS, Some(top));
    let meta = match top.get("meta") {
        Some(v) => r.meta(v),
        None => None,
    };
    let Some(meta) = meta else {
        // The first problem with a field meta needs, not an unknown field beside them.
        let first = r.diags.iter().find(|d| d.path.starts_with("meta") && d.message.key != Key::DiagUnknownField);
        return Err(first.cloned().unwrap_or_else(|| Diagnostic::error("meta", Message::new(Key::DiagMetaFields))));
    };
    // Outside every item nothing can be left out: what is wrong there is ignored.
    for d in r.diags.iter_mut().filter(|d| d.severity == Severity::Warning) {
        d.message = Message::new(Key::DiagIgnored).message("problem", d.message.clone());
    }
    let elements = RawElements {
        meta,
        parties: r.elements(top, "parties", Reader::party),
        topics: r.elements(top, "topics", Reader::topic),
        issues: r.elements(top, "issues", Reader::issue),
        positions: r.elements(top, "positions", Reader::position),
        frameworks: r.elements(top, "frameworks", Reader::framework),
        tours: r.elements(top, "tours", Reader::tour),
    };
    Ok(Read { elements, diagnostics: r.diags, left_out: r.left_out })
}

/// Who the record at `path` is, from the file as written: a party, topic, issue or framework by
/// its id, a position as `party · issue · as_of`, a provision as `framework · label`.
pub fn record_label(top: &Obj, path: &str) -> Option<String> {
    let (list, ix) = ["parties", "topics", "issues", "positions", "frameworks", "tours"]
        .into_iter()
        .find_map(|list| Some((list, item_index(list, path)?)))?;
    let element = top.get(list)?.as_array()?.get(ix)?.as_object()?;
    let word = |e: &Obj, key: &str| e.get(key).and_then(Value::as_str).map_or_else(|| "?".to_string(), cut);
    if list == "positions" {
        return Some(format!("{} · {} · {}", word(element, "party"), word(element, "issue"), word(element, "as_of")));
    }
    let id = word(element, "id");
    let provision = (list == "frameworks")
        .then(|| item_index(&format!("frameworks[{ix}].provisions"), path))
        .flatten()
        .and_then(|j| element.get("provisions")?.as_array()?.get(j)?.as_object());
    match provision {
        Some(p) => Some(format!("{id} · {}", word(p, "label"))),
        None => (id != "?").then_some(id),
    }
}

#[derive(Default)]
struct Reader {
    diags: Vec<Diagnostic>,
    left_out: LeftOut,
    /// How many items of lists are being read, one inside another.
    depth: usize,
    /// Whether the innermost item being read has a problem of its own, so is left out.
    spoilt: bool,
    /// A first file (`load::load_first`): a source list may be only its length.
    first: bool,
}

impl Reader {
    /// A problem in the file's shape: an error that leaves out the innermost item being read,
    /// or, outside every item, a warning (the field is ignored).
    fn problem(&mut self, path: String, message: Message) {
        if self.depth == 0 {
            self.diags.push(Diagnostic::warning(path, message));
        } else {
            self.diags.push(Diagnostic::error(path, message));
            self.spoilt = true;
        }
    }

    /// Reads one item of a list with `read`; leaves it out when it has a problem of its own
    /// (problems inside its own items leave out only those).
    #[inline(always)]
    fn item<T>(
        &mut self,
        v: &Value,
        list: &str,
        index: usize,
        read: impl FnOnce(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<T> {
        let outer = self.enter();
        let got = read(self, v, &at_index(list, index));
        if self.leave(outer, got.is_some(), v, list, index) {
            got
        } else {
            None
        }
    }

    // `enter` and `leave` stay out of line so that `item`, copied for every element type,
    // stays small in wasm.
    #[inline(never)]
    fn enter(&mut self) -> bool {
        self.depth += 1;
        std::mem::replace(&mut self.spoilt, false)
    }

    /// Whether the item just read is kept; records it as left out when not.
    #[inline(never)]
    fn leave(&mut self, outer: bool, read: bool, v: &Value, list: &str, index: usize) -> bool {
        self.depth -= 1;
        let spoilt = std::mem::replace(&mut self.spoilt, outer);
        let kept = read && !spoilt;
        if !kept {
            self.left_out.read(list, index, v.get("id").and_then(Value::as_str));
        }
        kept
    }

    /// The object at `path` (or `given`, already known to be one), reporting any field not in `fields`.
    fn object<'v>(&mut self, v: &'v Value, path: &str, fields: &[&str], given: Option<&'v Obj>) -> Option<&'v Obj> {
        let m = match (given, v) {
            (Some(m), _) => m,
            (None, Value::Object(m)) => m,
            (None, other) => {
                self.problem(path.to_string(), expected(Key::DiagExpectedObject, other));
                return None;
            }
        };
        for key in m.keys() {
            if !fields.contains(&key.as_str()) {
                self.problem(at(path, key), Message::new(Key::DiagUnknownField).arg("fields", fields.join(", ")));
            }
        }
        Some(m)
    }

    fn obj<'v>(&mut self, v: &'v Value, path: &str, fields: &[&str]) -> Option<&'v Obj> {
        self.object(v, path, fields, None)
    }

    /// A value of the wrong kind; `what` is the message for what was expected (`Key::DiagExpectedString`).
    fn wrong(&mut self, path: String, what: Key, found: &Value) {
        self.problem(path, expected(what, found));
    }

    /// A field that must be present: reports it when missing.
    fn required<'v>(&mut self, m: &'v Obj, path: &str, key: &str) -> Option<&'v Value> {
        let v = m.get(key);
        if v.is_none() {
            self.problem(at(path, key), Message::new(Key::DiagMissing));
        }
        v
    }

    /// An optional field; `null` counts as absent.
    fn optional<'v>(m: &'v Obj, key: &str) -> Option<&'v Value> {
        m.get(key).filter(|v| !v.is_null())
    }

    fn as_string(&mut self, v: &Value, path: String) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            other => {
                self.wrong(path, Key::DiagExpectedString, other);
                None
            }
        }
    }

    fn string(&mut self, m: &Obj, path: &str, key: &str) -> Option<String> {
        let v = self.required(m, path, key)?;
        self.as_string(v, at(path, key))
    }

    fn as_text(&mut self, v: &Value, path: String) -> Option<RawText> {
        match v {
            Value::String(s) => Some(RawText::Plain(s.clone())),
            Value::Object(map) => {
                let mut out = Vec::new();
                for (lang, text) in map {
                    match text {
                        Value::String(t) => out.push((lang.clone(), t.clone())),
                        other => self.wrong(at(&path, lang), Key::DiagExpectedString, other),
                    }
                }
                Some(RawText::ByLanguage(out))
            }
            other => {
                self.wrong(path, Key::DiagExpectedText, other);
                None
            }
        }
    }

    fn text(&mut self, m: &Obj, path: &str, key: &str) -> Option<RawText> {
        let v = self.required(m, path, key)?;
        self.as_text(v, at(path, key))
    }

    fn opt_text(&mut self, m: &Obj, path: &str, key: &str) -> Option<RawText> {
        Self::optional(m, key).and_then(|v| self.as_text(v, at(path, key)))
    }

    /// An optional array of strings.
    fn strings(&mut self, m: &Obj, path: &str, key: &str) -> Vec<String> {
        self.list(m, path, key, |r, v, p| r.as_string(v, p.to_string()))
    }

    /// An optional array, each item read by `item`; items with problems are left out.
    fn list<T>(
        &mut self,
        m: &Obj,
        path: &str,
        key: &str,
        mut item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Vec<T> {
        match Self::optional(m, key) {
            None => Vec::new(),
            Some(Value::Array(items)) => {
                // A plain loop, not `filter_map(…).collect()`: each element type's iterator
                // adapter was a separate copy of the reading code in wasm.
                let base = at(path, key);
                let mut out = Vec::new();
                for (i, v) in items.iter().enumerate() {
                    out.extend(self.item(v, &base, i, &mut item));
                }
                out
            }
            Some(other) => {
                self.wrong(at(path, key), Key::DiagExpectedArray, other);
                Vec::new()
            }
        }
    }

    /// A top-level array of elements, each with its index in the file.
    fn elements<T>(
        &mut self,
        top: &Obj,
        key: &str,
        item: impl Fn(&mut Self, &Value, &str) -> Option<T>,
    ) -> Vec<(usize, T)> {
        let items = top.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
        let mut out = Vec::new();
        for (i, v) in items.iter().enumerate() {
            if let Some(t) = self.item(v, key, i, &item) {
                out.push((i, t));
            }
        }
        out
    }

    fn quantity(&mut self, m: &Obj, path: &str, key: &str) -> Option<RawQuantity> {
        match Self::optional(m, key)? {
            Value::Number(n) => n.as_f64().map(RawQuantity::Number),
            Value::String(s) => Some(RawQuantity::Word(s.clone())),
            other => {
                self.wrong(at(path, key), Key::DiagExpectedQuantity, other);
                None
            }
        }
    }

    fn outcome(&mut self, v: &Value, path: String) -> Option<RawOutcome> {
        match v {
            Value::Number(n) => n.as_f64().map(RawOutcome::Number),
            Value::String(s) => Some(RawOutcome::Option(s.clone())),
            Value::Array(items) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    out.extend(self.as_string(item, at_index(&path, i)));
                }
                Some(RawOutcome::Items(out))
            }
            other => {
                self.wrong(path, Key::DiagExpectedOutcome, other);
                None
            }
        }
    }

    fn meta(&mut self, v: &Value) -> Option<RawMeta> {
        let path = "meta";
        let m = self.obj(v, path, META_FIELDS)?;
        let title = self.text(m, path, "title");
        let version = self.string(m, path, "version");
        let reviewed = self.string(m, path, "reviewed");
        let licence = self.string(m, path, "licence");
        let description = self.opt_text(m, path, "description");
        let editors = self.strings(m, path, "editors");
        let notes = self.list(m, path, "notes", |r, v, p| r.as_text(v, p.to_string()));
        let revisions = self.list(m, path, "revisions", |r, v, p| {
            let m = r.obj(v, p, REVISION_FIELDS)?;
            let (version, date, summary) = (r.string(m, p, "version"), r.string(m, p, "date"), r.text(m, p, "summary"));
            Some(RawRevision { version: version?, date: date?, summary: summary? })
        });
        Some(RawMeta {
            title: title?,
            description,
            version: version?,
            reviewed: reviewed?,
            editors,
            licence: licence?,
            notes,
            revisions,
        })
    }

    fn party(&mut self, v: &Value, p: &str) -> Option<RawParty> {
        let m = self.obj(v, p, PARTY_FIELDS)?;
        let (id, name, short, kind) =
            (self.string(m, p, "id"), self.text(m, p, "name"), self.text(m, p, "short"), self.string(m, p, "kind"));
        let note = self.opt_text(m, p, "note");
        let sources = self.sources(m, p);
        let colour = match self.required(m, p, "colour") {
            Some(Value::String(c)) => Some(RawColour::Single(c.clone())),
            Some(obj @ Value::Object(_)) => {
                let cp = at(p, "colour");
                self.obj(obj, &cp, &["light", "dark"]).and_then(|c| {
                    let (light, dark) = (self.string(c, &cp, "light"), self.string(c, &cp, "dark"));
                    Some(RawColour::Themed { light: light?, dark: dark? })
                })
            }
            Some(other) => {
                let message = expected(Key::DiagExpectedColour, other).arg("shape", r#"{"light", "dark"}"#);
                self.problem(at(p, "colour"), message);
                None
            }
            None => None,
        };
        Some(RawParty { id: id?, name: name?, short: short?, kind: kind?, colour: colour?, note, sources })
    }

    fn topic(&mut self, v: &Value, p: &str) -> Option<RawTopic> {
        let m = self.obj(v, p, TOPIC_FIELDS)?;
        let (id, name) = (self.string(m, p, "id"), self.text(m, p, "name"));
        Some(RawTopic { id: id?, name: name? })
    }

    fn issue(&mut self, v: &Value, p: &str) -> Option<RawIssue> {
        let m = self.obj(v, p, ISSUE_FIELDS)?;
        let (id, topic, name, kind) =
            (self.string(m, p, "id"), self.string(m, p, "topic"), self.text(m, p, "name"), self.string(m, p, "kind"));
        let question = self.opt_text(m, p, "question");
        let unit = Self::optional(m, "unit").and_then(|v| self.unit(v, at(p, "unit")));
        let unlimited = self.opt_text(m, p, "unlimited");
        let options = self.list(m, p, "options", |r, v, op| {
            let m = r.obj(v, op, OPTION_FIELDS)?;
            let (id, label, description) =
                (r.string(m, op, "id"), r.text(m, op, "label"), r.opt_text(m, op, "description"));
            Some(RawOption { id: id?, label: label?, description })
        });
        Some(RawIssue { id: id?, topic: topic?, name: name?, question, kind: kind?, options, unit, unlimited })
    }

    /// A unit: a text, or `{"one": …, "other": …}` when the singular differs.
    fn unit(&mut self, v: &Value, path: String) -> Option<RawUnit> {
        match v {
            Value::Object(m) if m.contains_key("one") || m.contains_key("other") => {
                let m = self.obj(v, &path, UNIT_FIELDS)?;
                let (one, other) = (self.text(m, &path, "one"), self.text(m, &path, "other"));
                Some(RawUnit::Counted { one: one?, other: other? })
            }
            other => self.as_text(other, path).map(RawUnit::Same),
        }
    }

    fn source(&mut self, v: &Value, p: &str) -> Option<RawSource> {
        let m = self.obj(v, p, SOURCE_FIELDS)?;
        let (title, publisher, url, date) = (
            self.string(m, p, "title"),
            self.string(m, p, "publisher"),
            self.string(m, p, "url"),
            self.string(m, p, "date"),
        );
        let (quote, note) = (self.opt_text(m, p, "quote"), self.opt_text(m, p, "note"));
        Some(RawSource { title: title?, publisher: publisher?, url: url?, date: date?, quote, note, pending: false })
    }

    fn sources(&mut self, m: &Obj, path: &str) -> Vec<RawSource> {
        // In a first file, that many sources still to come, each read as an empty placeholder.
        if let Some(n) = m.get("sources").and_then(Value::as_u64).filter(|&n| self.first && n <= MAX_SOURCES) {
            let none = String::new;
            let pending = || RawSource {
                title: none(),
                publisher: none(),
                url: none(),
                date: none(),
                quote: None,
                note: None,
                pending: true,
            };
            return (0..n).map(|_| pending()).collect();
        }
        self.list(m, path, "sources", Reader::source)
    }

    fn contested(&mut self, m: &Obj, path: &str) -> Option<RawContested> {
        let v = Self::optional(m, "contested")?;
        let cp = at(path, "contested");
        let c = self.obj(v, &cp, CONTESTED_FIELDS)?;
        let note = self.text(c, &cp, "note");
        let readings = self.list(c, &cp, "readings", |r, v, rp| {
            let m = r.obj(v, rp, READING_FIELDS)?;
            let summary = r.text(m, rp, "summary");
            let sources = r.sources(m, rp);
            Some(RawReading { summary: summary?, sources })
        });
        Some(RawContested { note: note?, readings })
    }

    fn position(&mut self, v: &Value, p: &str) -> Option<RawPosition> {
        let m = self.obj(v, p, POSITION_FIELDS)?;
        let (party, issue, as_of, status) = (
            self.string(m, p, "party"),
            self.string(m, p, "issue"),
            self.string(m, p, "as_of"),
            self.string(m, p, "status"),
        );
        let summary = self.text(m, p, "summary");
        let detail = self.opt_text(m, p, "detail");
        let preferred = Self::optional(m, "preferred").and_then(|v| self.outcome(v, at(p, "preferred")));
        let acceptable = self.strings(m, p, "acceptable");
        let rejected = self.strings(m, p, "rejected");
        let (min, max) = (self.quantity(m, p, "min"), self.quantity(m, p, "max"));
        let sources = self.sources(m, p);
        let contested = self.contested(m, p);
        Some(RawPosition {
            party: party?,
            issue: issue?,
            as_of: as_of?,
            status: status?,
            summary: summary?,
            detail,
            preferred,
            acceptable,
            rejected,
            min,
            max,
            sources,
            contested,
        })
    }

    fn framework(&mut self, v: &Value, p: &str) -> Option<RawFramework> {
        let m = self.obj(v, p, FRAMEWORK_FIELDS)?;
        let (id, name, date, status, summary) = (
            self.string(m, p, "id"),
            self.text(m, p, "name"),
            self.string(m, p, "date"),
            self.string(m, p, "status"),
            self.text(m, p, "summary"),
        );
        let proposers = self.strings(m, p, "proposers");
        let proposer_note = self.opt_text(m, p, "proposer_note");
        let context = self.opt_text(m, p, "context");
        let sources = self.sources(m, p);
        let provisions = self.list(m, p, "provisions", Reader::provision);
        Some(RawFramework {
            id: id?,
            name: name?,
            date: date?,
            proposers,
            proposer_note,
            status: status?,
            summary: summary?,
            context,
            sources,
            provisions,
        })
    }

    fn provision(&mut self, v: &Value, p: &str) -> Option<RawProvision> {
        let m = self.obj(v, p, PROVISION_FIELDS)?;
        let (label, issue, summary, status) = (
            self.string(m, p, "label"),
            self.string(m, p, "issue"),
            self.text(m, p, "summary"),
            self.string(m, p, "status"),
        );
        let outcome = Self::optional(m, "outcome").and_then(|v| self.outcome(v, at(p, "outcome")));
        let sources = self.sources(m, p);
        let alternatives = self.list(m, p, "alternatives", |r, v, ap| {
            let m = r.obj(v, ap, ALTERNATIVE_FIELDS)?;
            let party = r.string(m, ap, "party");
            let outcome = r.required(m, ap, "outcome").and_then(|v| r.outcome(v, at(ap, "outcome")));
            let summary = r.text(m, ap, "summary");
            Some(RawAlternative { party: party?, outcome: outcome?, summary: summary? })
        });
        let contested = self.contested(m, p);
        Some(RawProvision {
            label: label?,
            issue: issue?,
            outcome,
            summary: summary?,
            status: status?,
            sources,
            alternatives,
            contested,
        })
    }

    fn tour(&mut self, v: &Value, p: &str) -> Option<RawTour> {
        let m = self.obj(v, p, TOUR_FIELDS)?;
        let (id, title, description) =
            (self.string(m, p, "id"), self.text(m, p, "title"), self.text(m, p, "description"));
        let steps = self.list(m, p, "steps", |r, v, sp| {
            let m = r.obj(v, sp, TOUR_STEP_FIELDS)?;
            let (view, caption) = (r.string(m, sp, "view"), r.text(m, sp, "caption"));
            let sources = r.sources(m, sp);
            Some(RawTourStep { view: view?, caption: caption?, sources })
        });
        Some(RawTour { id: id?, title: title?, description: description?, steps })
    }
}
