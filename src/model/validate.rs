//! Turns the raw elements into a `Dataset`: resolves references, checks ids, dates, URLs,
//! scales and sources.
//!
//! Every problem is an error or a warning (docs/DATA_FORMAT.md, "Errors and warnings", lists
//! each case). An error leaves its element out, and whatever refers to that element is left out
//! too without a message of its own, so one mistake reads as one message. A warning keeps the
//! element and says what the app assumes; no kept element is read differently from what the
//! file says without a warning saying so. An element that is left out is not checked further.

use super::dataset::*;
use super::date::{Date, DateProblem};
use super::diagnostic::{at, at_index, item_index, quoted, Diagnostic, LeftOut, Repaired};
use super::raw::*;
use crate::text::{Key, Lang, Message};

/// What validation makes of the raw elements.
pub struct Validated {
    pub dataset: Dataset,
    /// The reader's diagnostics, then the checker's.
    pub diagnostics: Vec<Diagnostic>,
    pub repaired: Repaired,
}

/// How a tour step's view is checked. The model knows nothing of the URL grammar, so the layer
/// that does (`crate::load`) passes this in: `Ok` holds the view as its canonical query, `Err`
/// the first reason the app would not open it as written (an unknown view, a malformed value, an
/// id the dataset lacks), which becomes the step's error. A generic parameter, not a `dyn`: as
/// one the checker cost 500 B more of gzipped wasm.
pub trait StepView: Fn(&str, &Dataset) -> Result<String, Message> {}
impl<F: Fn(&str, &Dataset) -> Result<String, Message>> StepView for F {}

/// Validates what the reader kept. `diagnostics` and `left_out` are the reader's; every text is
/// shown in `lang` where it has a translation.
pub fn validate<V: StepView>(
    raw: RawElements,
    diagnostics: Vec<Diagnostic>,
    left_out: LeftOut,
    lang: Lang,
    step_view: &V,
) -> Validated {
    let mut c = Checker { diags: diagnostics, left_out, lang, step_view };
    let meta = c.meta(raw.meta);
    let parties = c.parties(raw.parties);
    let topics = c.topics(raw.topics);
    let (issues, issue_files) = c.issues(raw.issues, &topics);
    let (positions, position_files) = c.positions(raw.positions, &parties, &issues, &issue_files);
    let (frameworks, provision_files) = c.frameworks(raw.frameworks, &parties, &issues, &issue_files);

    // A kept element is repaired when any diagnostic lies inside it.
    let touched = |list: &str| -> Vec<usize> { c.diags.iter().filter_map(|d| item_index(list, &d.path)).collect() };
    let touched_positions = touched("positions");
    let mut repaired = Repaired::default();
    for (p, file) in positions.iter().zip(&position_files) {
        if touched_positions.contains(file) {
            repaired.positions.push((p.party, p.issue, p.as_of));
        }
    }
    for (f, (file, provisions)) in frameworks.iter().zip(&provision_files) {
        let touched_provisions = touched(&format!("frameworks[{file}].provisions"));
        for (j, pf) in provisions.iter().enumerate() {
            if touched_provisions.contains(pf) {
                repaired.provisions.push((f.id.clone(), j));
            }
        }
    }
    let mut dataset = Dataset { meta, parties, topics, issues, positions, frameworks, tours: Vec::new() };
    // Tours last: a step's view is checked against the dataset as the app will open it.
    dataset.tours = c.tours(raw.tours, &dataset);
    Validated { dataset, diagnostics: c.diags, repaired }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

fn is_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// A date, or a message saying how `raw` is not one.
fn checked_date(raw: &str) -> Result<Date, Message> {
    Date::check(raw).map_err(|problem| match problem {
        DateProblem::Form => Message::new(Key::DiagDateForm).arg("value", quoted(raw)),
        problem => Message::new(Key::DiagDateNotReal).arg("value", quoted(raw)).message("reason", problem.reason()),
    })
}

/// A message about a value from the file (`{value}`, in quotes).
fn about(key: Key, raw: &str) -> Message {
    Message::new(key).arg("value", quoted(raw))
}

struct Checker<'a, V> {
    diags: Vec<Diagnostic>,
    left_out: LeftOut,
    lang: Lang,
    step_view: &'a V,
}

impl<V: StepView> Checker<'_, V> {
    fn error(&mut self, path: impl Into<String>, message: Message) {
        self.diags.push(Diagnostic::error(path, message));
    }

    fn warning(&mut self, path: impl Into<String>, message: Message) {
        self.diags.push(Diagnostic::warning(path, message));
    }

    /// The path of the `n`th kept item of the list at `list`, with its index in the file.
    fn item_path(&self, list: &str, n: usize) -> String {
        at_index(list, self.left_out.file_index(list, n))
    }

    fn text(&mut self, path: &str, raw: RawText) -> Text {
        let text = match raw {
            RawText::Plain(s) => Text::new(s),
            RawText::ByLanguage(mut pairs) => match pairs.iter().position(|(lang, _)| lang == "en") {
                Some(i) => {
                    let (_, en) = pairs.remove(i);
                    Text::with_languages(en, pairs)
                }
                None => {
                    self.warning(path, Message::new(Key::DiagNoEnglish));
                    let first = pairs.first().map(|(_, t)| t.clone()).unwrap_or_default();
                    Text::with_languages(first, pairs)
                }
            },
        };
        text.shown_in(self.lang)
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
                Unit { one: self.text(&at(path, "one"), one), other: self.text(&at(path, "other"), other) }
            }
        }
    }

    /// A date, or an error (the caller leaves its element out).
    fn date(&mut self, path: &str, raw: &str) -> Option<Date> {
        checked_date(raw).map_err(|message| self.error(path, message)).ok()
    }

    fn status(&mut self, path: &str, raw: &str) -> Status {
        Status::parse(raw).unwrap_or_else(|| {
            self.warning(path, about(Key::DiagUnknownStatus, raw));
            Status::Inferred
        })
    }

    /// Resolves a reference to a party, a topic or an issue; `unknown` is the message for an id
    /// that is none. An id whose element was left out is not reported again.
    fn reference(&mut self, path: String, unknown: Key, list: &str, id: &str, found: Option<usize>) -> Option<usize> {
        if found.is_none() && !self.left_out.has_id(list, id) {
            self.error(path, about(unknown, id));
        }
        found
    }

    fn meta(&mut self, raw: RawMeta) -> Meta {
        // The review date cannot be left out, so a wrong one is a warning.
        let reviewed = checked_date(&raw.reviewed).unwrap_or_else(|why| {
            self.warning("meta.reviewed", Message::new(Key::DiagReviewedDefault).message("problem", why));
            Date { year: 1970, month: 1, day: 1 }
        });
        let title = self.text("meta.title", raw.title);
        let description = self.opt_text("meta.description", raw.description);
        let mut notes = Vec::new();
        for (n, note) in raw.notes.into_iter().enumerate() {
            let path = self.item_path("meta.notes", n);
            notes.push(self.text(&path, note));
        }
        let mut revisions = Vec::new();
        for (n, r) in raw.revisions.into_iter().enumerate() {
            let path = self.item_path("meta.revisions", n);
            if let Some(date) = self.date(&at(&path, "date"), &r.date) {
                let summary = self.text(&at(&path, "summary"), r.summary);
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

    /// Checks an element's id: an invalid one leaves the element out (and, silently, what refers
    /// to it); a duplicate leaves out the later element, and references go to the first.
    fn unique_id(&mut self, list: &str, path: &str, id: &str, seen: &mut Vec<String>) -> bool {
        if !is_id(id) {
            self.error(at(path, "id"), about(Key::DiagInvalidId, id));
            self.left_out.checked(list, id);
            return false;
        }
        if seen.iter().any(|s| s == id) {
            self.error(at(path, "id"), about(Key::DiagDuplicateId, id));
            return false;
        }
        seen.push(id.to_string());
        true
    }

    fn parties(&mut self, raw: Vec<(usize, RawParty)>) -> Vec<Party> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (i, p) in raw {
            let path = at_index("parties", i);
            if !self.unique_id("parties", &path, &p.id, &mut seen) {
                continue;
            }
            let kind = PartyKind::parse(&p.kind).unwrap_or_else(|| {
                self.warning(at(&path, "kind"), about(Key::DiagUnknownPartyKind, &p.kind));
                PartyKind::Other
            });
            let mut colour = |c: String, at: &str| {
                if is_colour(&c) {
                    c
                } else {
                    self.warning(format!("{path}.colour{at}"), about(Key::DiagNotAColour, &c));
                    "#777777".to_string()
                }
            };
            // One colour for both themes is checked once, so a mistake in it is said once.
            let (colour_light, colour_dark) = match p.colour {
                RawColour::Single(c) => {
                    let c = colour(c, "");
                    (c.clone(), c)
                }
                RawColour::Themed { light, dark } => (colour(light, ".light"), colour(dark, ".dark")),
            };
            out.push(Party {
                name: self.text(&at(&path, "name"), p.name),
                short: self.text(&at(&path, "short"), p.short),
                note: self.opt_text(&at(&path, "note"), p.note),
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
            let path = at_index("topics", i);
            if self.unique_id("topics", &path, &t.id, &mut seen) {
                out.push(Topic { name: self.text(&at(&path, "name"), t.name), id: t.id });
            }
        }
        out
    }

    /// The issues, and the index in the file of each.
    fn issues(&mut self, raw: Vec<(usize, RawIssue)>, topics: &[Topic]) -> (Vec<Issue>, Vec<usize>) {
        let mut seen = Vec::new();
        let (mut out, mut files) = (Vec::new(), Vec::new());
        for (i, r) in raw {
            let path = at_index("issues", i);
            if !self.unique_id("issues", &path, &r.id, &mut seen) {
                continue;
            }
            let found = topics.iter().position(|t| t.id == r.topic);
            let topic = self.reference(at(&path, "topic"), Key::DiagUnknownTopic, "topics", &r.topic, found);
            let kind = IssueKind::parse(&r.kind);
            if kind.is_none() {
                self.error(at(&path, "kind"), about(Key::DiagUnknownIssueKind, &r.kind));
            }
            let (Some(topic), Some(kind)) = (topic, kind) else {
                self.left_out.checked("issues", &r.id);
                continue;
            };
            let list = at(&path, "options");
            let given = r.options.len() + self.left_out.count(&list);
            let mut option_ids = Vec::new();
            let mut options = Vec::new();
            for (n, o) in r.options.into_iter().enumerate() {
                let opath = self.item_path(&list, n);
                if self.unique_id(&list, &opath, &o.id, &mut option_ids) {
                    options.push(OptionDef {
                        label: self.text(&at(&opath, "label"), o.label),
                        description: self.opt_text(&at(&opath, "description"), o.description),
                        id: o.id,
                    });
                }
            }
            match kind {
                IssueKind::Options | IssueKind::Set if options.is_empty() => {
                    // When the file lists options but each was left out, their errors say why.
                    if given == 0 {
                        self.error(list, Message::new(Key::DiagNeedsAnOption).arg("kind", kind.as_str()));
                    }
                    self.left_out.checked("issues", &r.id);
                    continue;
                }
                IssueKind::Quantity if given > 0 => {
                    self.warning(list, Message::new(Key::DiagQuantityOptions));
                    options.clear();
                }
                _ => {}
            }
            if kind == IssueKind::Quantity && r.unit.is_none() {
                self.warning(at(&path, "unit"), Message::new(Key::DiagQuantityUnit));
            }
            out.push(Issue {
                name: self.text(&at(&path, "name"), r.name),
                question: self.opt_text(&at(&path, "question"), r.question),
                unit: r.unit.map(|u| self.unit(&at(&path, "unit"), u)),
                unlimited: self.opt_text(&at(&path, "unlimited"), r.unlimited),
                id: r.id,
                topic,
                kind,
                options,
            });
            files.push(i);
        }
        (out, files)
    }

    fn sources(&mut self, path: &str, raw: Vec<RawSource>, required: bool) -> Vec<Source> {
        let list = at(path, "sources");
        let given = raw.len() + self.left_out.count(&list);
        let mut out = Vec::new();
        for (n, s) in raw.into_iter().enumerate() {
            // The reader's placeholder for a source still to come in a first file.
            if s.pending {
                out.push(Source::pending());
                continue;
            }
            let spath = self.item_path(&list, n);
            let web = is_web_url(&s.url);
            if !web {
                self.error(at(&spath, "url"), about(Key::DiagNotWeb, &s.url));
            }
            let date = self.date(&at(&spath, "date"), &s.date);
            let (true, Some(date)) = (web, date) else {
                continue;
            };
            out.push(Source {
                quote: self.opt_text(&at(&spath, "quote"), s.quote),
                note: self.opt_text(&at(&spath, "note"), s.note),
                title: s.title,
                publisher: s.publisher,
                url: s.url,
                date,
            });
        }
        // When every source given was left out, their errors already say so.
        if required && given == 0 {
            self.warning(list, Message::new(Key::DiagNoSource));
        }
        out
    }

    fn contested(&mut self, path: &str, raw: Option<RawContested>) -> Option<Contested> {
        let raw = raw?;
        let note = self.text(&at(path, "contested.note"), raw.note);
        let list = at(path, "contested.readings");
        let mut readings = Vec::new();
        for (n, r) in raw.readings.into_iter().enumerate() {
            let rpath = self.item_path(&list, n);
            readings.push(Reading {
                summary: self.text(&at(&rpath, "summary"), r.summary),
                sources: self.sources(&rpath, r.sources, true),
            });
        }
        Some(Contested { note, readings })
    }

    /// Resolves option ids to sorted indices, reporting each that is not an option; `ok` is
    /// cleared when one is not.
    fn option_list(
        &mut self,
        path: &str,
        issue: &Issue,
        issue_file: usize,
        ids: &[String],
        ok: &mut bool,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            match self.option(&at_index(path, i), issue, issue_file, id) {
                Some(ix) => out.push(ix),
                None => *ok = false,
            }
        }
        sort_indices(&mut out, &|a, b| a.cmp(&b));
        out.dedup();
        out
    }

    /// One option id; an option that was itself left out is not reported again.
    fn option(&mut self, path: &str, issue: &Issue, issue_file: usize, id: &str) -> Option<usize> {
        let found = issue.option_ix(id);
        if found.is_none() && !self.left_out.has_id(&format!("issues[{issue_file}].options"), id) {
            self.error(path, about(Key::DiagNotAnOption, id).arg("issue", issue.id.as_str()));
        }
        found
    }

    fn outcome(&mut self, path: &str, issue: &Issue, issue_file: usize, raw: &RawOutcome) -> Option<Outcome> {
        match (issue.kind, raw) {
            (IssueKind::Options, RawOutcome::Option(id)) => {
                self.option(path, issue, issue_file, id).map(Outcome::Option)
            }
            (IssueKind::Quantity, RawOutcome::Number(n)) => Some(Outcome::Quantity(*n)),
            (IssueKind::Quantity, RawOutcome::Option(word)) if word == UNLIMITED => {
                Some(Outcome::Quantity(f64::INFINITY))
            }
            (IssueKind::Set, RawOutcome::Items(ids)) => {
                let mut ok = true;
                let items = self.option_list(path, issue, issue_file, ids, &mut ok);
                ok.then_some(Outcome::Items(items))
            }
            (kind, _) => {
                let key = match kind {
                    IssueKind::Options => Key::DiagOutcomeOptions,
                    IssueKind::Quantity => Key::DiagOutcomeQuantity,
                    IssueKind::Set => Key::DiagOutcomeSet,
                };
                self.error(path, Message::new(key).arg("issue", issue.id.as_str()));
                None
            }
        }
    }

    /// A bound of a range; `Err` (with an error) for a word other than "unlimited".
    fn quantity(&mut self, path: &str, raw: Option<&RawQuantity>) -> Result<Option<f64>, ()> {
        match raw {
            None => Ok(None),
            Some(RawQuantity::Number(n)) => Ok(Some(*n)),
            Some(RawQuantity::Word(w)) if w == UNLIMITED => Ok(Some(f64::INFINITY)),
            Some(RawQuantity::Word(w)) => {
                self.error(path, about(Key::DiagNotAQuantity, w));
                Err(())
            }
        }
    }

    /// A position's stance, or `None` when an error leaves the position out. Every error in
    /// the stance is reported, not just the first; warnings come only once the stance is known
    /// to be kept, so none is given about a position that is left out.
    fn stance(&mut self, path: &str, issue: &Issue, issue_file: usize, p: &RawPosition) -> Option<Stance> {
        let mut ok = true;
        let preferred = match &p.preferred {
            Some(raw) => {
                let o = self.outcome(&at(path, "preferred"), issue, issue_file, raw);
                ok &= o.is_some();
                o
            }
            None => None,
        };
        match issue.kind {
            IssueKind::Quantity => {
                for (field, list) in [("acceptable", &p.acceptable), ("rejected", &p.rejected)] {
                    if !list.is_empty() {
                        let message = Message::new(Key::DiagQuantityNotAList).arg("issue", issue.id.as_str());
                        self.error(format!("{path}.{field}"), message);
                        ok = false;
                    }
                }
                let min = self.quantity(&at(path, "min"), p.min.as_ref());
                let max = self.quantity(&at(path, "max"), p.max.as_ref());
                let (Ok(mut min), Ok(mut max)) = (min, max) else {
                    return None;
                };
                if max == Some(f64::INFINITY) {
                    max = None;
                }
                if let (Some(lo), Some(hi)) = (min, max) {
                    if lo > hi {
                        self.error(
                            at(path, "min"),
                            Message::new(Key::DiagMinAboveMax).number("min", lo).number("max", hi),
                        );
                        return None;
                    }
                }
                if !ok {
                    return None;
                }
                let preferred = match preferred {
                    Some(Outcome::Quantity(v)) => Some(v),
                    _ => None,
                };
                // A preferred value always counts as acceptable, as on an options scale.
                if let Some(v) = preferred {
                    if let Some(lo) = min.filter(|lo| v < *lo) {
                        let message = Message::new(Key::DiagPreferredBelowMin).number("value", v).number("min", lo);
                        self.warning(at(path, "preferred"), message);
                        min = Some(v);
                    }
                    if let Some(hi) = max.filter(|hi| v > *hi) {
                        let message = Message::new(Key::DiagPreferredAboveMax).number("value", v).number("max", hi);
                        self.warning(at(path, "preferred"), message);
                        max = (v != f64::INFINITY).then_some(v);
                    }
                }
                Some(Stance::Quantity { preferred, min, max })
            }
            IssueKind::Options | IssueKind::Set => {
                for (field, v) in [("min", &p.min), ("max", &p.max)] {
                    if v.is_some() {
                        self.error(format!("{path}.{field}"), Message::new(Key::DiagOnlyQuantity).arg("field", field));
                        ok = false;
                    }
                }
                let mut acceptable =
                    self.option_list(&at(path, "acceptable"), issue, issue_file, &p.acceptable, &mut ok);
                let rejected = self.option_list(&at(path, "rejected"), issue, issue_file, &p.rejected, &mut ok);
                let preferred: Vec<usize> = match preferred {
                    Some(Outcome::Option(o)) => vec![o],
                    Some(Outcome::Items(items)) => items,
                    _ => Vec::new(),
                };
                for o in rejected.iter().filter(|o| acceptable.contains(o)) {
                    self.error(at(path, "rejected"), about(Key::DiagAcceptableAndRejected, &issue.options[*o].id));
                    ok = false;
                }
                for o in rejected.iter().filter(|o| preferred.contains(o)) {
                    self.error(at(path, "rejected"), about(Key::DiagPreferredAndRejected, &issue.options[*o].id));
                    ok = false;
                }
                if !ok {
                    return None;
                }
                for o in preferred.iter().filter(|o| !acceptable.contains(o)) {
                    self.warning(at(path, "preferred"), about(Key::DiagPreferredNotAcceptable, &issue.options[*o].id));
                }
                acceptable.extend(preferred.iter().copied());
                sort_indices(&mut acceptable, &|a, b| a.cmp(&b));
                acceptable.dedup();
                Some(if issue.kind == IssueKind::Options {
                    Stance::Options { preferred: preferred.first().copied(), acceptable, rejected }
                } else {
                    Stance::Set { preferred, acceptable, rejected }
                })
            }
        }
    }

    /// The positions, sorted by issue, party and date, and the index in the file of each.
    fn positions(
        &mut self,
        raw: Vec<(usize, RawPosition)>,
        parties: &[Party],
        issues: &[Issue],
        issue_files: &[usize],
    ) -> (Vec<Position>, Vec<usize>) {
        // The first position in the file for each (issue, party, date), sorted for binary search.
        let mut first: Vec<((IssueIx, PartyIx, Date), usize)> = Vec::new();
        let mut out: Vec<(usize, Position)> = Vec::new();
        for (i, p) in raw {
            let path = at_index("positions", i);
            let found = parties.iter().position(|x| x.id == p.party);
            let party = self.reference(at(&path, "party"), Key::DiagUnknownParty, "parties", &p.party, found);
            let found = issues.iter().position(|x| x.id == p.issue);
            let issue = self.reference(at(&path, "issue"), Key::DiagUnknownIssue, "issues", &p.issue, found);
            let as_of = self.date(&at(&path, "as_of"), &p.as_of);
            let (Some(party), Some(issue), Some(as_of)) = (party, issue, as_of) else {
                continue;
            };
            let key = (IssueIx(issue), PartyIx(party), as_of);
            let slot = first.binary_search_by_key(&key, |(k, _)| *k);
            if let Ok(found) = slot {
                let earlier = at_index("positions", first[found].1);
                let message =
                    Message::new(Key::DiagDuplicatePosition).arg("earlier", earlier).arg("date", as_of.to_string());
                self.error(path, message);
                continue;
            }
            first.insert(slot.unwrap_or_else(|at| at), (key, i));
            let Some(stance) = self.stance(&path, &issues[issue], issue_files[issue], &p) else {
                continue;
            };
            out.push((
                i,
                Position {
                    party: PartyIx(party),
                    issue: IssueIx(issue),
                    as_of,
                    status: self.status(&at(&path, "status"), &p.status),
                    summary: self.text(&at(&path, "summary"), p.summary),
                    detail: self.opt_text(&at(&path, "detail"), p.detail),
                    stance,
                    sources: self.sources(&path, p.sources, true),
                    contested: self.contested(&path, p.contested),
                },
            ));
        }
        // One index sort for every list in the model keeps a single copy of the sort in the wasm.
        let key = |k: usize| out.get(k).map(|(_, p)| (p.issue, p.party, p.as_of));
        let mut order: Vec<usize> = (0..out.len()).collect();
        sort_indices(&mut order, &|a, b| key(a).cmp(&key(b)));
        let mut slots: Vec<Option<(usize, Position)>> = out.into_iter().map(Some).collect();
        order.into_iter().filter_map(|k| slots.get_mut(k).and_then(Option::take)).map(|(i, p)| (p, i)).unzip()
    }

    /// The frameworks, and for each its index in the file and the file index of each provision.
    fn frameworks(
        &mut self,
        raw: Vec<(usize, RawFramework)>,
        parties: &[Party],
        issues: &[Issue],
        issue_files: &[usize],
    ) -> (Vec<Framework>, Vec<(usize, Vec<usize>)>) {
        let mut seen = Vec::new();
        let (mut out, mut files) = (Vec::new(), Vec::new());
        for (i, f) in raw {
            let path = at_index("frameworks", i);
            if !self.unique_id("frameworks", &path, &f.id, &mut seen) {
                continue;
            }
            let Some(date) = self.date(&at(&path, "date"), &f.date) else {
                continue;
            };
            let status = FrameworkStatus::parse(&f.status).unwrap_or_else(|| {
                self.warning(at(&path, "status"), about(Key::DiagUnknownFrameworkStatus, &f.status));
                FrameworkStatus::Proposal
            });
            let mut proposers = Vec::new();
            for (n, id) in f.proposers.iter().enumerate() {
                let ppath = self.item_path(&at(&path, "proposers"), n);
                let found = parties.iter().position(|x| &x.id == id);
                if let Some(ix) = self.reference(ppath, Key::DiagUnknownParty, "parties", id, found) {
                    proposers.push(PartyIx(ix));
                }
            }
            let list = at(&path, "provisions");
            let (mut provisions, mut provision_files) = (Vec::new(), Vec::new());
            for (n, p) in f.provisions.into_iter().enumerate() {
                let file = self.left_out.file_index(&list, n);
                if let Some(p) = self.provision(&at_index(&list, file), p, parties, issues, issue_files) {
                    provisions.push(p);
                    provision_files.push(file);
                }
            }
            out.push(Framework {
                name: self.text(&at(&path, "name"), f.name),
                proposer_note: self.opt_text(&at(&path, "proposer_note"), f.proposer_note),
                summary: self.text(&at(&path, "summary"), f.summary),
                context: self.opt_text(&at(&path, "context"), f.context),
                sources: self.sources(&path, f.sources, false),
                id: f.id,
                date,
                proposers,
                status,
                provisions,
            });
            files.push((i, provision_files));
        }
        (out, files)
    }

    fn provision(
        &mut self,
        path: &str,
        p: RawProvision,
        parties: &[Party],
        issues: &[Issue],
        issue_files: &[usize],
    ) -> Option<Provision> {
        let found = issues.iter().position(|x| x.id == p.issue);
        let issue = self.reference(at(path, "issue"), Key::DiagUnknownIssue, "issues", &p.issue, found)?;
        let (def, issue_file) = (&issues[issue], issue_files[issue]);
        let outcome = match &p.outcome {
            Some(raw) => Some(self.outcome(&at(path, "outcome"), def, issue_file, raw)?),
            None => None,
        };
        let list = at(path, "alternatives");
        let given = p.alternatives.len() + self.left_out.count(&list);
        let mut alternatives = Vec::new();
        for (n, a) in p.alternatives.into_iter().enumerate() {
            let apath = self.item_path(&list, n);
            let found = parties.iter().position(|x| x.id == a.party);
            let party = self.reference(at(&apath, "party"), Key::DiagUnknownParty, "parties", &a.party, found);
            let outcome = self.outcome(&at(&apath, "outcome"), def, issue_file, &a.outcome);
            if let (Some(party), Some(outcome)) = (party, outcome) {
                let summary = self.text(&at(&apath, "summary"), a.summary);
                alternatives.push(Alternative { party: PartyIx(party), outcome, summary });
            }
        }
        // When alternatives were given but each was left out, their errors say so.
        if outcome.is_none() && given == 0 {
            self.warning(path, Message::new(Key::DiagNoOutcome));
        }
        Some(Provision {
            status: self.status(&at(path, "status"), &p.status),
            summary: self.text(&at(path, "summary"), p.summary),
            sources: self.sources(path, p.sources, true),
            contested: self.contested(path, p.contested),
            label: p.label,
            issue: IssueIx(issue),
            outcome,
            alternatives,
        })
    }

    /// The tours: each step's view must be a permalink whose ids all exist.
    fn tours(&mut self, raw: Vec<(usize, RawTour)>, ds: &Dataset) -> Vec<Tour> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (i, t) in raw {
            let path = format!("tours[{i}]");
            if !self.unique_id("tours", &path, &t.id, &mut seen) {
                continue;
            }
            let list = at(&path, "steps");
            let given = t.steps.len() + self.left_out.count(&list);
            let mut steps = Vec::new();
            for (n, step) in t.steps.into_iter().enumerate() {
                let spath = self.item_path(&list, n);
                let Some(view) = self.tour_view(&at(&spath, "view"), &step.view, ds) else { continue };
                steps.push(TourStep {
                    view,
                    caption: self.text(&at(&spath, "caption"), step.caption),
                    sources: self.sources(&spath, step.sources, false),
                });
            }
            // When steps were given but each was left out, their errors say so.
            if steps.is_empty() {
                if given == 0 {
                    self.error(list, Message::new(Key::DiagNoSteps));
                }
                continue;
            }
            out.push(Tour {
                title: self.text(&at(&path, "title"), t.title),
                description: self.text(&at(&path, "description"), t.description),
                id: t.id,
                steps,
            });
        }
        out
    }

    /// A step's view as its canonical query (`step_view`), or `None` (with an error) when the app
    /// would not open it as written.
    fn tour_view(&mut self, path: &str, raw: &str, ds: &Dataset) -> Option<String> {
        match (self.step_view)(raw, ds) {
            Ok(view) => Some(view),
            Err(notice) => {
                self.error(path, about(Key::DiagStepView, raw).message("notice", notice));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::keyword::one_of;
    use crate::text::{Lang, Text};

    #[test]
    fn messages_list_the_keywords_the_format_takes() {
        // The catalogue writes each list of keywords out whole; this keeps it in step with the format.
        let en = Text::new(Lang::En);
        let cases = [
            (Key::DiagUnknownStatus, Status::WORDS, Some(Status::Inferred.as_str())),
            (Key::DiagUnknownFrameworkStatus, FrameworkStatus::WORDS, Some(FrameworkStatus::Proposal.as_str())),
            (Key::DiagUnknownPartyKind, PartyKind::WORDS, Some(PartyKind::Other.as_str())),
            (Key::DiagUnknownIssueKind, IssueKind::WORDS, None),
        ];
        for (key, words, read_as) in cases {
            let message = en.get(key);
            assert!(message.contains(&format!("expected {}", one_of(words))), "{message}");
            if let Some(word) = read_as {
                assert!(message.ends_with(&format!("; read as {word}")), "{message}");
            }
        }
        assert!(en.get(Key::DiagNotAQuantity).contains(&format!("\"{UNLIMITED}\"")));
    }
}
