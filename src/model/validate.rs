//! Turns the text of a dataset file into a `Dataset` plus a list of diagnostics.
//!
//! Only three things are fatal: text that is not JSON, a top level of the wrong shape, and an
//! unsupported schema number. Everything else is a `Diagnostic` with the JSON path of the
//! problem, and the offending element (or just the offending reference) is dropped, so that an
//! author sees every problem in one pass and readers still see everything that is valid.

use std::fmt;

use serde_json::Value;

use super::dataset::*;
use super::date::Date;
use super::raw::*;
use super::read::{kind_of, Reader, DATASET_FIELDS};

/// The word that stands for "no limit" on a quantity axis.
pub const UNLIMITED: &str = "unlimited";

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

/// A non-fatal problem in a dataset, with the JSON path where it is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A dataset that loaded, with whatever was wrong in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses and validates a dataset. Never panics, whatever the input.
pub fn load(text: &str) -> Result<Loaded, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: syntax_message(&e),
    })?;
    load_value(value)
}

fn syntax_message(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; the caller reports those separately.
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Validates an already parsed JSON value.
pub fn load_value(value: Value) -> Result<Loaded, LoadError> {
    let Value::Object(top) = value else {
        return Err(shape("(top level)", format!("expected an object, found {}", kind_of(&value))));
    };
    match top.get("schema") {
        None => return Err(shape("schema", "missing: the file must say which schema it follows, as \"schema\": 1")),
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA as u64) => {}
        Some(other) => return Err(LoadError::UnsupportedSchema { found: compact(other) }),
    }
    let mut r = Reader::default();
    let top_value = Value::Object(top);
    let top = r.object(&top_value, "", DATASET_FIELDS).ok_or_else(|| shape("(top level)", "expected an object"))?;
    for key in ["parties", "topics", "issues", "positions", "frameworks"] {
        match top.get(key) {
            Some(Value::Array(_)) => {}
            None if key == "frameworks" => {}
            None => return Err(shape(key, "missing: expected an array")),
            Some(other) => return Err(shape(key, format!("expected an array, found {}", kind_of(other)))),
        }
    }
    let raw_meta = top.get("meta").ok_or_else(|| shape("meta", "missing"))?;
    let raw_meta = r.meta(raw_meta).ok_or_else(|| {
        let first = r.diags.iter().find(|d| d.path.starts_with("meta"));
        match first {
            Some(d) => shape(&d.path, d.message.clone()),
            None => shape("meta", "expected an object with title, version, reviewed and licence"),
        }
    })?;
    let raw_parties = r.elements(top, "parties", Reader::party);
    let raw_topics = r.elements(top, "topics", Reader::topic);
    let raw_issues = r.elements(top, "issues", Reader::issue);
    let raw_positions = r.elements(top, "positions", Reader::position);
    let raw_frameworks = r.elements(top, "frameworks", Reader::framework);

    let mut c = Checker { diags: r.diags };
    let meta = c.meta(raw_meta);
    let parties = c.parties(raw_parties);
    let topics = c.topics(raw_topics);
    let issues = c.issues(raw_issues, &topics);
    let positions = c.positions(raw_positions, &parties, &issues);
    let frameworks = c.frameworks(raw_frameworks, &parties, &issues);
    let dataset = Dataset { meta, parties, topics, issues, positions, frameworks };
    Ok(Loaded { dataset, diagnostics: c.diags })
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

/// A string in quotes, cut to a readable length.
fn quoted(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("\"{}…\"", &s[..i]),
        None => format!("\"{s}\""),
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// Only `http:` and `https:` addresses with a host become links.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    host_end > 0 && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

fn is_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[derive(Default)]
struct Checker {
    diags: Vec<Diagnostic>,
}

impl Checker {
    fn diag(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.diags.push(Diagnostic { path: path.into(), message: message.into() });
    }

    fn text(&mut self, path: &str, raw: RawText) -> Text {
        match raw {
            RawText::Plain(s) => Text::new(s),
            RawText::ByLanguage(mut pairs) => match pairs.iter().position(|(lang, _)| lang == "en") {
                Some(i) => {
                    let (_, en) = pairs.remove(i);
                    Text::with_languages(en, pairs)
                }
                None => {
                    self.diag(path, "has no English (\"en\") version");
                    let first = pairs.first().map(|(_, t)| t.clone()).unwrap_or_default();
                    Text::with_languages(first, pairs)
                }
            },
        }
    }

    fn opt_text(&mut self, path: &str, raw: Option<RawText>) -> Option<Text> {
        raw.map(|t| self.text(path, t))
    }

    fn unit(&mut self, path: &str, raw: RawUnit) -> Unit {
        match raw {
            RawUnit::Same(t) => {
                let t = self.text(path, t);
                Unit { one: t.clone(), other: t }
            }
            RawUnit::Counted { one, other } => {
                Unit { one: self.text(&format!("{path}.one"), one), other: self.text(&format!("{path}.other"), other) }
            }
        }
    }

    fn date(&mut self, path: &str, raw: &str) -> Option<Date> {
        let d = Date::parse(raw);
        if d.is_none() {
            self.diag(path, format!("\"{raw}\" is not an ISO 8601 date (YYYY-MM-DD)"));
        }
        d
    }

    fn status(&mut self, path: &str, raw: &str) -> Status {
        Status::parse(raw).unwrap_or_else(|| {
            self.diag(path, format!("unknown status \"{raw}\"; expected official, reported or inferred"));
            Status::Inferred
        })
    }

    fn meta(&mut self, raw: RawMeta) -> Meta {
        let reviewed = self.date("meta.reviewed", &raw.reviewed).unwrap_or(Date { year: 1970, month: 1, day: 1 });
        let title = self.text("meta.title", raw.title);
        let description = self.opt_text("meta.description", raw.description);
        let notes = raw.notes.into_iter().enumerate().map(|(i, n)| self.text(&format!("meta.notes[{i}]"), n)).collect();
        let mut revisions = Vec::new();
        for (i, r) in raw.revisions.into_iter().enumerate() {
            let path = format!("meta.revisions[{i}]");
            let summary = self.text(&format!("{path}.summary"), r.summary);
            if let Some(date) = self.date(&format!("{path}.date"), &r.date) {
                revisions.push(Revision { version: r.version, date, summary });
            }
        }
        Meta {
            title,
            description,
            version: raw.version,
            reviewed,
            editors: raw.editors,
            licence: raw.licence,
            notes,
            revisions,
        }
    }

    fn unique_id(&mut self, path: &str, id: &str, seen: &mut Vec<String>) -> bool {
        if !is_id(id) {
            self.diag(format!("{path}.id"), format!("\"{id}\" is not a valid id (lowercase letters, digits and -)"));
            return false;
        }
        if seen.iter().any(|s| s == id) {
            self.diag(format!("{path}.id"), format!("duplicate id \"{id}\""));
            return false;
        }
        seen.push(id.to_string());
        true
    }

    fn parties(&mut self, raw: Vec<(usize, RawParty)>) -> Vec<Party> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (i, p) in raw {
            let path = format!("parties[{i}]");
            if !self.unique_id(&path, &p.id, &mut seen) {
                continue;
            }
            let kind = PartyKind::ALL.iter().find(|(s, _)| *s == p.kind).map(|(_, k)| *k).unwrap_or_else(|| {
                self.diag(
                    format!("{path}.kind"),
                    format!("unknown kind \"{}\"; expected belligerent, mediator, guarantor, bloc or other", p.kind),
                );
                PartyKind::Other
            });
            let (light, dark) = match p.colour {
                RawColour::Single(c) => (c.clone(), c),
                RawColour::Themed { light, dark } => (light, dark),
            };
            let mut colour = |c: String| {
                if is_colour(&c) {
                    c
                } else {
                    self.diag(format!("{path}.colour"), format!("\"{c}\" is not a colour of the form #rrggbb"));
                    "#777777".to_string()
                }
            };
            let (colour_light, colour_dark) = (colour(light), colour(dark));
            out.push(Party {
                name: self.text(&format!("{path}.name"), p.name),
                short: self.text(&format!("{path}.short"), p.short),
                note: self.opt_text(&format!("{path}.note"), p.note),
                sources: self.sources(&path, p.sources, false),
                id: p.id,
                kind,
                colour_light,
                colour_dark,
            });
        }
        out
    }

    fn topics(&mut self, raw: Vec<(usize, RawTopic)>) -> Vec<Topic> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (i, t) in raw {
            let path = format!("topics[{i}]");
            if self.unique_id(&path, &t.id, &mut seen) {
                out.push(Topic { name: self.text(&format!("{path}.name"), t.name), id: t.id });
            }
        }
        out
    }

    fn issues(&mut self, raw: Vec<(usize, RawIssue)>, topics: &[Topic]) -> Vec<Issue> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (i, r) in raw {
            let path = format!("issues[{i}]");
            if !self.unique_id(&path, &r.id, &mut seen) {
                continue;
            }
            let Some(topic) = topics.iter().position(|t| t.id == r.topic) else {
                self.diag(format!("{path}.topic"), format!("unknown topic \"{}\"", r.topic));
                continue;
            };
            let kind = match r.kind.as_str() {
                "options" => IssueKind::Options,
                "quantity" => IssueKind::Quantity,
                "set" => IssueKind::Set,
                other => {
                    self.diag(
                        format!("{path}.kind"),
                        format!("unknown kind \"{other}\"; expected options, quantity or set"),
                    );
                    continue;
                }
            };
            let mut option_ids = Vec::new();
            let mut options = Vec::new();
            for (j, o) in r.options.into_iter().enumerate() {
                let opath = format!("{path}.options[{j}]");
                if self.unique_id(&opath, &o.id, &mut option_ids) {
                    options.push(OptionDef {
                        label: self.text(&format!("{opath}.label"), o.label),
                        description: self.opt_text(&format!("{opath}.description"), o.description),
                        id: o.id,
                    });
                }
            }
            match kind {
                IssueKind::Options | IssueKind::Set if options.is_empty() => {
                    self.diag(
                        format!("{path}.options"),
                        format!("an issue of kind {} needs at least one option", kind.as_str()),
                    );
                    continue;
                }
                IssueKind::Quantity if !options.is_empty() => {
                    self.diag(format!("{path}.options"), "an issue of kind quantity has no options");
                    options.clear();
                }
                IssueKind::Quantity if r.unit.is_none() => {
                    self.diag(format!("{path}.unit"), "an issue of kind quantity needs a unit");
                }
                _ => {}
            }
            out.push(Issue {
                name: self.text(&format!("{path}.name"), r.name),
                question: self.opt_text(&format!("{path}.question"), r.question),
                unit: r.unit.map(|u| self.unit(&format!("{path}.unit"), u)),
                unlimited: self.opt_text(&format!("{path}.unlimited"), r.unlimited),
                id: r.id,
                topic,
                kind,
                options,
            });
        }
        out
    }

    fn sources(&mut self, path: &str, raw: Vec<RawSource>, required: bool) -> Vec<Source> {
        let given = raw.len();
        let mut out = Vec::new();
        for (i, s) in raw.into_iter().enumerate() {
            let spath = format!("{path}.sources[{i}]");
            if !is_web_url(&s.url) {
                self.diag(format!("{spath}.url"), format!("{} is not an http(s) address", quoted(&s.url)));
                continue;
            }
            let Some(date) = self.date(&format!("{spath}.date"), &s.date) else {
                continue;
            };
            out.push(Source {
                quote: self.opt_text(&format!("{spath}.quote"), s.quote),
                note: self.opt_text(&format!("{spath}.note"), s.note),
                title: s.title,
                publisher: s.publisher,
                url: s.url,
                date,
            });
        }
        if required && out.is_empty() {
            let what = if given == 0 { "has no source" } else { "has no usable source" };
            self.diag(format!("{path}.sources"), format!("{what}; every position and provision needs at least one"));
        }
        out
    }

    fn contested(&mut self, path: &str, raw: Option<RawContested>) -> Option<Contested> {
        let raw = raw?;
        let note = self.text(&format!("{path}.contested.note"), raw.note);
        let readings = raw
            .readings
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                let rpath = format!("{path}.contested.readings[{i}]");
                Reading {
                    summary: self.text(&format!("{rpath}.summary"), r.summary),
                    sources: self.sources(&rpath, r.sources, true),
                }
            })
            .collect();
        Some(Contested { note, readings })
    }

    /// Resolves option ids, reporting and dropping unknown ones; returns sorted indices.
    fn option_list(&mut self, path: &str, issue: &Issue, ids: &[String]) -> Vec<usize> {
        let mut out = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            match issue.option_ix(id) {
                Some(ix) => out.push(ix),
                None => {
                    self.diag(format!("{path}[{i}]"), format!("\"{id}\" is not an option of issue \"{}\"", issue.id))
                }
            }
        }
        sort_indices(&mut out, &|a, b| a.cmp(&b));
        out.dedup();
        out
    }

    fn outcome(&mut self, path: &str, issue: &Issue, raw: &RawOutcome) -> Option<Outcome> {
        match (issue.kind, raw) {
            (IssueKind::Options, RawOutcome::Option(id)) => match issue.option_ix(id) {
                Some(ix) => Some(Outcome::Option(ix)),
                None => {
                    self.diag(path, format!("\"{id}\" is not an option of issue \"{}\"", issue.id));
                    None
                }
            },
            (IssueKind::Quantity, RawOutcome::Number(n)) => Some(Outcome::Quantity(*n)),
            (IssueKind::Quantity, RawOutcome::Option(word)) if word == UNLIMITED => {
                Some(Outcome::Quantity(f64::INFINITY))
            }
            (IssueKind::Set, RawOutcome::Items(ids)) => {
                let items = self.option_list(path, issue, ids);
                Some(Outcome::Items(items))
            }
            (kind, _) => {
                let expected = match kind {
                    IssueKind::Options => "an option id",
                    IssueKind::Quantity => "a number or \"unlimited\"",
                    IssueKind::Set => "a list of item ids",
                };
                self.diag(
                    path,
                    format!("issue \"{}\" is of kind {}, so this must be {expected}", issue.id, kind.as_str()),
                );
                None
            }
        }
    }

    fn quantity(&mut self, path: &str, raw: Option<&RawQuantity>) -> Option<f64> {
        match raw? {
            RawQuantity::Number(n) => Some(*n),
            RawQuantity::Word(w) if w == UNLIMITED => Some(f64::INFINITY),
            RawQuantity::Word(w) => {
                self.diag(path, format!("\"{w}\" is not a number or \"{UNLIMITED}\""));
                None
            }
        }
    }

    fn stance(&mut self, path: &str, issue: &Issue, p: &RawPosition) -> Stance {
        let preferred = p.preferred.as_ref().and_then(|raw| self.outcome(&format!("{path}.preferred"), issue, raw));
        match issue.kind {
            IssueKind::Quantity => {
                for (field, list) in [("acceptable", &p.acceptable), ("rejected", &p.rejected)] {
                    if !list.is_empty() {
                        self.diag(
                            format!("{path}.{field}"),
                            format!("issue \"{}\" is a quantity: use min and max instead", issue.id),
                        );
                    }
                }
                let preferred = match preferred {
                    Some(Outcome::Quantity(v)) => Some(v),
                    _ => None,
                };
                let mut min = self.quantity(&format!("{path}.min"), p.min.as_ref());
                let mut max = self.quantity(&format!("{path}.max"), p.max.as_ref());
                if max == Some(f64::INFINITY) {
                    max = None;
                }
                if let (Some(lo), Some(hi)) = (min, max) {
                    if lo > hi {
                        self.diag(format!("{path}.min"), format!("min {} is above max {}", fmt_num(lo), fmt_num(hi)));
                        (min, max) = (None, None);
                    }
                }
                if let Some(v) = preferred {
                    if min.is_some_and(|lo| v < lo) || max.is_some_and(|hi| v > hi) {
                        self.diag(
                            format!("{path}.preferred"),
                            format!("preferred value {} is outside the acceptable range", fmt_num(v)),
                        );
                    }
                }
                Stance::Quantity { preferred, min, max }
            }
            IssueKind::Options | IssueKind::Set => {
                for (field, v) in [("min", &p.min), ("max", &p.max)] {
                    if v.is_some() {
                        self.diag(format!("{path}.{field}"), format!("{field} applies only to quantity issues"));
                    }
                }
                let mut acceptable = self.option_list(&format!("{path}.acceptable"), issue, &p.acceptable);
                let rejected = self.option_list(&format!("{path}.rejected"), issue, &p.rejected);
                let both: Vec<usize> = acceptable.iter().copied().filter(|o| rejected.contains(o)).collect();
                for o in &both {
                    self.diag(
                        format!("{path}.rejected"),
                        format!("\"{}\" is both acceptable and rejected", issue.options[*o].id),
                    );
                }
                acceptable.retain(|o| !both.contains(o));
                let preferred_ixs: Vec<usize> = match &preferred {
                    Some(Outcome::Option(o)) => vec![*o],
                    Some(Outcome::Items(items)) => items.clone(),
                    _ => Vec::new(),
                };
                for o in &preferred_ixs {
                    if !acceptable.contains(o) {
                        self.diag(
                            format!("{path}.preferred"),
                            format!("preferred outcome \"{}\" is not among the acceptable ones", issue.options[*o].id),
                        );
                    }
                }
                // The preferred outcome is dropped if it is also a red line; otherwise it counts as acceptable.
                let preferred_ixs: Vec<usize> = preferred_ixs.into_iter().filter(|o| !rejected.contains(o)).collect();
                acceptable.extend(preferred_ixs.iter().copied());
                sort_indices(&mut acceptable, &|a, b| a.cmp(&b));
                acceptable.dedup();
                if issue.kind == IssueKind::Options {
                    Stance::Options { preferred: preferred_ixs.first().copied(), acceptable, rejected }
                } else {
                    Stance::Set { preferred: preferred_ixs, acceptable, rejected }
                }
            }
        }
    }

    fn positions(&mut self, raw: Vec<(usize, RawPosition)>, parties: &[Party], issues: &[Issue]) -> Vec<Position> {
        let mut out: Vec<(usize, Position)> = Vec::new();
        for (i, p) in raw {
            let path = format!("positions[{i}]");
            let party = parties.iter().position(|x| x.id == p.party);
            if party.is_none() {
                self.diag(format!("{path}.party"), format!("unknown party \"{}\"", p.party));
            }
            let issue = issues.iter().position(|x| x.id == p.issue);
            if issue.is_none() {
                self.diag(format!("{path}.issue"), format!("unknown issue \"{}\"", p.issue));
            }
            let as_of = self.date(&format!("{path}.as_of"), &p.as_of);
            let (Some(party), Some(issue), Some(as_of)) = (party, issue, as_of) else {
                continue;
            };
            let stance = self.stance(&path, &issues[issue], &p);
            out.push((
                i,
                Position {
                    party: PartyIx(party),
                    issue: IssueIx(issue),
                    as_of,
                    status: self.status(&format!("{path}.status"), &p.status),
                    summary: self.text(&format!("{path}.summary"), p.summary),
                    detail: self.opt_text(&format!("{path}.detail"), p.detail),
                    stance,
                    sources: self.sources(&path, p.sources, true),
                    contested: self.contested(&path, p.contested),
                },
            ));
        }
        // Sorting by (issue, party, date, place in the file) puts duplicates next to each other,
        // the first one in the file first.
        let key = |(i, p): &(usize, Position)| (p.issue, p.party, p.as_of, *i);
        let mut order: Vec<usize> = (0..out.len()).collect();
        sort_indices(&mut order, &|a, b| key(&out[a]).cmp(&key(&out[b])));
        let mut slots: Vec<Option<(usize, Position)>> = out.into_iter().map(Some).collect();
        let mut kept: Vec<Position> = Vec::with_capacity(slots.len());
        let mut first_index = 0;
        for (i, p) in order.into_iter().filter_map(|k| slots.get_mut(k).and_then(Option::take)) {
            match kept.last() {
                Some(prev) if (prev.issue, prev.party, prev.as_of) == (p.issue, p.party, p.as_of) => self.diag(
                    format!("positions[{i}]"),
                    format!(
                        "duplicate position: positions[{first_index}] already gives this party's position on this issue as of {}",
                        p.as_of
                    ),
                ),
                _ => {
                    first_index = i;
                    kept.push(p);
                }
            }
        }
        kept
    }

    fn frameworks(&mut self, raw: Vec<(usize, RawFramework)>, parties: &[Party], issues: &[Issue]) -> Vec<Framework> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (i, f) in raw {
            let path = format!("frameworks[{i}]");
            if !self.unique_id(&path, &f.id, &mut seen) {
                continue;
            }
            let Some(date) = self.date(&format!("{path}.date"), &f.date) else {
                continue;
            };
            let status = FrameworkStatus::parse(&f.status).unwrap_or_else(|| {
                self.diag(
                    format!("{path}.status"),
                    format!(
                        "unknown status \"{}\"; expected signed, agreed, draft, proposal, leaked or commentary",
                        f.status
                    ),
                );
                FrameworkStatus::Proposal
            });
            let mut proposers = Vec::new();
            for (j, id) in f.proposers.iter().enumerate() {
                match parties.iter().position(|x| &x.id == id) {
                    Some(ix) => proposers.push(PartyIx(ix)),
                    None => self.diag(format!("{path}.proposers[{j}]"), format!("unknown party \"{id}\"")),
                }
            }
            let mut provisions = Vec::new();
            for (j, p) in f.provisions.into_iter().enumerate() {
                let ppath = format!("{path}.provisions[{j}]");
                let Some(issue) = issues.iter().position(|x| x.id == p.issue) else {
                    self.diag(format!("{ppath}.issue"), format!("unknown issue \"{}\"", p.issue));
                    continue;
                };
                let outcome =
                    p.outcome.as_ref().and_then(|o| self.outcome(&format!("{ppath}.outcome"), &issues[issue], o));
                let mut alternatives = Vec::new();
                for (k, a) in p.alternatives.into_iter().enumerate() {
                    let apath = format!("{ppath}.alternatives[{k}]");
                    let Some(party) = parties.iter().position(|x| x.id == a.party) else {
                        self.diag(format!("{apath}.party"), format!("unknown party \"{}\"", a.party));
                        continue;
                    };
                    let Some(outcome) = self.outcome(&format!("{apath}.outcome"), &issues[issue], &a.outcome) else {
                        continue;
                    };
                    alternatives.push(Alternative {
                        party: PartyIx(party),
                        outcome,
                        summary: self.text(&format!("{apath}.summary"), a.summary),
                    });
                }
                provisions.push(Provision {
                    status: self.status(&format!("{ppath}.status"), &p.status),
                    summary: self.text(&format!("{ppath}.summary"), p.summary),
                    sources: self.sources(&ppath, p.sources, true),
                    contested: self.contested(&ppath, p.contested),
                    label: p.label,
                    issue: IssueIx(issue),
                    outcome,
                    alternatives,
                });
            }
            out.push(Framework {
                name: self.text(&format!("{path}.name"), f.name),
                proposer_note: self.opt_text(&format!("{path}.proposer_note"), f.proposer_note),
                summary: self.text(&format!("{path}.summary"), f.summary),
                context: self.opt_text(&format!("{path}.context"), f.context),
                sources: self.sources(&path, f.sources, false),
                id: f.id,
                date,
                proposers,
                status,
                provisions,
            });
        }
        out
    }
}

/// Formats a number with thousands separators and at most two decimals: `250,000`, `0.5`.
/// Written out by hand: `f64`'s own formatting costs several kilobytes of wasm.
pub fn fmt_num(v: f64) -> String {
    if v == f64::INFINITY {
        return "no limit".to_string();
    }
    if !v.is_finite() || v.abs() >= 1e15 {
        return if v.is_nan() { "?".to_string() } else { "a very large number".to_string() };
    }
    let hundredths = (v.abs() * 100.0).round() as u64;
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    let digits = whole.to_string();
    let mut out = String::new();
    if v < 0.0 && hundredths > 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if frac > 0 {
        out.push('.');
        if frac % 10 == 0 {
            out.push_str(&(frac / 10).to_string());
        } else {
            out.push_str(&format!("{frac:02}"));
        }
    }
    out
}
