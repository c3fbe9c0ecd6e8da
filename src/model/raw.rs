//! The dataset file as written: types that mirror `data/positions.json` one to one.
//!
//! `read` fills these from parsed JSON, checking only shapes; `validate` turns them into the
//! domain types of `model::dataset`. Natively, schemars derives `data/positions.schema.json`
//! from them (the doc comments become its descriptions, the serde attributes its rules), and a
//! test checks that `read` accepts exactly the fields the schema lists.
//! Natively only, serde derives a reader for them too: a test reads the real dataset both ways
//! and compares, so a key misspelt at a read site in `read` cannot silently drop a field.
//! The wasm has no serde derive on purpose: it cost about 50 KB gzipped.

#[cfg(not(target_arch = "wasm32"))]
use std::collections::BTreeMap;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// A display string: plain English, or a map from language code to text (`en` required).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), serde(untagged))]
pub enum RawText {
    /// English text.
    Plain(String),
    /// Text by language code, for example `{"en": "Crimea", "uk": "Крим"}`.
    ByLanguage(
        // A list of pairs in the file's order: smaller in wasm than a map, and the same JSON.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "BTreeMap<String, String>"))] Vec<(String, String)>,
    ),
}

/// serde reads a text through a JSON value, so that the languages of a map come in the same
/// order as the hand reader gives them (the order of `serde_json::Map`). Its errors are the hand
/// reader's messages, in English.
#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::Deserialize<'de> for RawText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RawText, D::Error> {
        use super::diagnostic::expected;
        use crate::text::{Key, Lang, Text};
        use serde::de::Error;
        use serde_json::Value;
        let wrong = |what: Key, found: &Value| D::Error::custom(Text::new(Lang::En).say(&expected(what, found)));
        match Value::deserialize(d)? {
            Value::String(s) => Ok(RawText::Plain(s)),
            Value::Object(m) => m
                .into_iter()
                .map(|(lang, text)| match text {
                    Value::String(t) => Ok((lang, t)),
                    other => Err(wrong(Key::DiagExpectedString, &other)),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(RawText::ByLanguage),
            other => Err(wrong(Key::DiagExpectedText, &other)),
        }
    }
}

/// A dataset file as the reader found it: each element with its index in the file. Elements it
/// left out for their shape are missing; `validate` turns the rest into a `Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct RawElements {
    pub meta: RawMeta,
    pub parties: Vec<(usize, RawParty)>,
    pub topics: Vec<(usize, RawTopic)>,
    pub issues: Vec<(usize, RawIssue)>,
    pub positions: Vec<(usize, RawPosition)>,
    pub frameworks: Vec<(usize, RawFramework)>,
    pub tours: Vec<(usize, RawTour)>,
}

/// The top level of a dataset file.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(title = "Common Ground dataset"))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawDataset {
    /// The format version. This reader understands schema 1.
    pub schema: u32,
    /// What the dataset is, who made it and when it was last reviewed.
    pub meta: RawMeta,
    /// The parties to the negotiation, in display order.
    pub parties: Vec<RawParty>,
    /// Groups of issues, in display order.
    pub topics: Vec<RawTopic>,
    /// The questions on which parties take positions.
    pub issues: Vec<RawIssue>,
    /// Dated positions of parties on issues.
    pub positions: Vec<RawPosition>,
    /// Proposed documents (plans, drafts, communiqués), each mapped provision by provision onto the issues.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub frameworks: Vec<RawFramework>,
    /// Guided sequences of views for a class or a talk, each step a permalink with a caption.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub tours: Vec<RawTour>,
}

/// Dataset metadata.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawMeta {
    /// The dataset's title.
    pub title: RawText,
    /// A short description of scope and method.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub description: Option<RawText>,
    /// The dataset's own version, for example `1.0.0`.
    pub version: String,
    /// The date of the last full review, `YYYY-MM-DD`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")))]
    pub reviewed: String,
    /// Who edits the dataset.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub editors: Vec<String>,
    /// The licence of the data, for example `CC BY 4.0`.
    pub licence: String,
    /// How the editors draw lines that a reader needs to know (who counts as "Europe", and so on).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub notes: Vec<RawText>,
    /// The history of the dataset, newest first.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub revisions: Vec<RawRevision>,
}

/// One entry in the dataset's revision history.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawRevision {
    /// The version this revision produced.
    pub version: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What changed.
    pub summary: RawText,
}

/// A party to the negotiation.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawParty {
    /// Stable id used in URLs and references: lowercase letters, digits and `-`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[a-z0-9][a-z0-9-]{0,63}$")))]
    pub id: String,
    /// Full name.
    pub name: RawText,
    /// Short name for narrow columns (two to six characters).
    pub short: RawText,
    /// `belligerent`, `mediator`, `guarantor`, `bloc` or `other`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("enum" = super::dataset::PartyKind::WORDS)))]
    pub kind: String,
    /// A colour as `#rrggbb`, or one for each theme as `{"light": "#rrggbb", "dark": "#rrggbb"}`.
    pub colour: RawColour,
    /// Who the party is and how the editors draw its boundary.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub note: Option<RawText>,
    /// Where the facts in `note` come from.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: Vec<RawSource>,
}

/// A party's colour.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(untagged))]
pub enum RawColour {
    /// One colour for both themes.
    Single(String),
    /// One colour for each theme.
    Themed {
        /// Used on a light background.
        light: String,
        /// Used on a dark background.
        dark: String,
    },
}

/// A group of issues.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawTopic {
    /// Stable id.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[a-z0-9][a-z0-9-]{0,63}$")))]
    pub id: String,
    /// Display name.
    pub name: RawText,
}

/// A question on which parties take positions.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawIssue {
    /// Stable id used in URLs and references.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[a-z0-9][a-z0-9-]{0,63}$")))]
    pub id: String,
    /// The id of the topic this issue belongs to.
    pub topic: String,
    /// Display name.
    pub name: RawText,
    /// The question in plain words.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub question: Option<RawText>,
    /// How positions compare: `options` (an ordered scale), `quantity` (a number with a unit) or
    /// `set` (items each party accepts or rejects, such as guarantor states).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("enum" = super::dataset::IssueKind::WORDS)))]
    pub kind: String,
    /// For `options`: the scale of outcomes, in order. For `set`: the items.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub options: Vec<RawOption>,
    /// For `quantity`: the unit, for example `troops`, or `{"one": "year", "other": "years"}`
    /// when the singular differs.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub unit: Option<RawUnit>,
    /// For `quantity`: what the value `"unlimited"` means on this issue, for example
    /// `no cap` on a troop ceiling or `permanent` on the duration of a restriction.
    /// Without it the app says `no limit`.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub unlimited: Option<RawText>,
}

/// The unit of a quantity issue.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(untagged))]
pub enum RawUnit {
    /// The singular and the plural. Listed first: an object with exactly these two keys is a
    /// unit with a singular, never a text by language.
    Counted {
        /// Used for exactly 1, for example `year`.
        one: RawText,
        /// Used for every other amount, for example `years`.
        other: RawText,
    },
    /// One word for every amount, for example `troops` or `km`.
    Same(RawText),
}

/// One outcome on an issue's scale, or one item of a set.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawOption {
    /// Stable id, unique within the issue.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[a-z0-9][a-z0-9-]{0,63}$")))]
    pub id: String,
    /// A few words.
    pub label: RawText,
    /// A longer explanation.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub description: Option<RawText>,
}

/// A party's position on an issue, in effect from `as_of` until the party's next position on that issue.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawPosition {
    /// The party id.
    pub party: String,
    /// The issue id.
    pub issue: String,
    /// The date from which this position holds, `YYYY-MM-DD`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")))]
    pub as_of: String,
    /// `official` (the party's own statement or text), `reported` (by media, not confirmed), or
    /// `inferred` (by the dataset's editors from what the party said and did).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("enum" = super::dataset::Status::WORDS)))]
    pub status: String,
    /// The position in a few words, in the party's own terms.
    pub summary: RawText,
    /// More detail, in the party's own terms.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub detail: Option<RawText>,
    /// The outcome the party prefers: an option id (`options`), a number (`quantity`) or a list of item ids (`set`).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub preferred: Option<RawOutcome>,
    /// Option or item ids the party could accept (`options`, `set`). Must include what it prefers.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub acceptable: Vec<String>,
    /// Option or item ids the party rejects outright: its red lines (`options`, `set`).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub rejected: Vec<String>,
    /// The lowest value the party could accept (`quantity`); absent means no lower limit.
    /// `"unlimited"` means the party accepts no limit at all.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub min: Option<RawQuantity>,
    /// The highest value the party could accept (`quantity`); absent or `"unlimited"` means no upper limit.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub max: Option<RawQuantity>,
    /// Where the position comes from; at least one.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: Vec<RawSource>,
    /// Set when the facts behind this position are disputed.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub contested: Option<RawContested>,
}

/// A value on a quantity axis: a number, or `"unlimited"` for no limit at all.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(untagged))]
pub enum RawQuantity {
    /// A number in the issue's unit.
    Number(f64),
    /// `"unlimited"`.
    Word(String),
}

/// An outcome: an option id, a number, or a list of item ids, depending on the issue's kind.
/// On a quantity issue the word `"unlimited"` stands for "no limit at all".
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(untagged))]
pub enum RawOutcome {
    /// A number, for `quantity` issues.
    Number(f64),
    /// An option id, for `options` issues, or `"unlimited"` for `quantity` issues.
    Option(String),
    /// Item ids, for `set` issues.
    Items(Vec<String>),
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawSource {
    /// The title of the page or document.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// An `https:` or `http:` address.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[hH][tT][tT][pP][sS]?://[^/?#\s]+")))]
    pub url: String,
    /// The publication date, `YYYY-MM-DD`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")))]
    pub date: String,
    /// A short quotation.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub quote: Option<RawText>,
    /// A caution about this source, for example that it is a state outlet of one side.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub note: Option<RawText>,
    /// Not a field of the format: set by the reader on the placeholders of a first file's count
    /// (`load::load_first`), so that no source written in a file can pass for one.
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip), schemars(skip))]
    pub pending: bool,
}

/// A disputed fact, with each reading and its sources.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawContested {
    /// What is disputed.
    pub note: RawText,
    /// The competing readings.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub readings: Vec<RawReading>,
}

/// One reading of a disputed fact.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawReading {
    /// The reading.
    pub summary: RawText,
    /// Who holds or reports it.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: Vec<RawSource>,
}

/// A proposed document: a plan, a draft treaty, a communiqué, or commentary.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawFramework {
    /// Stable id used in URLs.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[a-z0-9][a-z0-9-]{0,63}$")))]
    pub id: String,
    /// Display name.
    pub name: RawText,
    /// The date the document was put forward, `YYYY-MM-DD`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")))]
    pub date: String,
    /// Ids of the parties that put it forward; empty for commentary by outsiders.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub proposers: Vec<String>,
    /// Who put it forward, in words, when that is not a party (for example a commentator).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub proposer_note: Option<RawText>,
    /// `signed`, `agreed`, `draft`, `proposal`, `leaked` or `commentary`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("enum" = super::dataset::FrameworkStatus::WORDS)))]
    pub status: String,
    /// What the document is and what became of it.
    pub summary: RawText,
    /// Context: hosts, mediators and events around the document.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub context: Option<RawText>,
    /// Where the document or its description comes from.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: Vec<RawSource>,
    /// Its provisions, in the document's order.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub provisions: Vec<RawProvision>,
}

/// One provision of a framework, mapped onto an issue.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawProvision {
    /// The provision's number or label in the document, for example `6` or `Art. 1`.
    pub label: String,
    /// The issue it settles.
    pub issue: String,
    /// The outcome it sets: an option id, a number or a list of item ids. Absent when the text is disputed.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub outcome: Option<RawOutcome>,
    /// What the provision says.
    pub summary: RawText,
    /// `official` (published text), `reported` (described by media) or `inferred` (by the editors).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("enum" = super::dataset::Status::WORDS)))]
    pub status: String,
    /// Where the provision's text or description comes from; at least one.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: Vec<RawSource>,
    /// Each party's own version of a disputed provision, as in bracketed draft text.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub alternatives: Vec<RawAlternative>,
    /// Set when what the provision says is itself disputed.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub contested: Option<RawContested>,
}

/// One party's version of a disputed provision.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawAlternative {
    /// The party that proposed this version.
    pub party: String,
    /// The outcome in this version.
    pub outcome: RawOutcome,
    /// What this version says.
    pub summary: RawText,
}

/// A tour: a guided sequence of views for a class or a talk.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawTour {
    /// Stable id used in URLs (`?tour=ID`).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("pattern" = r"^[a-z0-9][a-z0-9-]{0,63}$")))]
    pub id: String,
    /// The tour's title.
    pub title: RawText,
    /// What the tour shows, in a sentence or two.
    pub description: RawText,
    /// The steps, in order; at least one.
    pub steps: Vec<RawTourStep>,
}

/// One step of a tour: a view and what to say about it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema, serde::Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RawTourStep {
    /// The view, as the query string of a permalink, for example `?view=pair&a=ru&b=ua&date=2022-03-29`.
    pub view: String,
    /// What the step shows, in the dataset's own neutral words.
    pub caption: RawText,
    /// The sources of what the caption states; needed when it states a fact.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: Vec<RawSource>,
}
