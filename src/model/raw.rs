//! The dataset file as written: serde types that mirror `data/positions.json` one to one.
//!
//! Nothing here is checked beyond its JSON shape. `validate` turns these into the domain
//! types of `model::dataset` and reports every problem with its JSON path.
//! The doc comments become the descriptions of `data/positions.schema.json`.

use std::collections::BTreeMap;

use serde::Deserialize;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// A display string: plain English, or a map from language code to text (`en` required).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(untagged)]
pub enum RawText {
    /// English text.
    Plain(String),
    /// Text by language code, for example `{"en": "Crimea", "uk": "Крим"}`.
    ByLanguage(BTreeMap<String, String>),
}

/// The top level of a dataset file.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(title = "Common Ground dataset"))]
#[serde(deny_unknown_fields)]
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
    #[serde(default)]
    pub frameworks: Vec<RawFramework>,
}

/// Dataset metadata.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    /// The dataset's title.
    pub title: RawText,
    /// A short description of scope and method.
    #[serde(default)]
    pub description: Option<RawText>,
    /// The dataset's own version, for example `1.0.0`.
    pub version: String,
    /// The date of the last full review, `YYYY-MM-DD`.
    pub reviewed: String,
    /// Who edits the dataset.
    #[serde(default)]
    pub editors: Vec<String>,
    /// The licence of the data, for example `CC BY 4.0`.
    pub licence: String,
    /// How the editors draw lines that a reader needs to know (who counts as "Europe", and so on).
    #[serde(default)]
    pub notes: Vec<RawText>,
    /// The history of the dataset, newest first.
    #[serde(default)]
    pub revisions: Vec<RawRevision>,
}

/// One entry in the dataset's revision history.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawRevision {
    /// The version this revision produced.
    pub version: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What changed.
    pub summary: RawText,
}

/// A party to the negotiation.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawParty {
    /// Stable id used in URLs and references: lowercase letters, digits and `-`.
    pub id: String,
    /// Full name.
    pub name: RawText,
    /// Short name for narrow columns (two to six characters).
    pub short: RawText,
    /// `belligerent`, `mediator`, `guarantor`, `bloc` or `other`.
    pub kind: String,
    /// A colour as `#rrggbb`, or one for each theme as `{"light": "#rrggbb", "dark": "#rrggbb"}`.
    pub colour: RawColour,
    /// Who the party is and how the editors draw its boundary.
    #[serde(default)]
    pub note: Option<RawText>,
}

/// A party's colour.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(untagged)]
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
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawTopic {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub name: RawText,
}

/// A question on which parties take positions.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawIssue {
    /// Stable id used in URLs and references.
    pub id: String,
    /// The id of the topic this issue belongs to.
    pub topic: String,
    /// Display name.
    pub name: RawText,
    /// The question in plain words.
    #[serde(default)]
    pub question: Option<RawText>,
    /// How positions compare: `options` (an ordered scale), `quantity` (a number with a unit) or
    /// `set` (items each party accepts or rejects, such as guarantor states).
    pub kind: String,
    /// For `options`: the scale of outcomes, in order. For `set`: the items.
    #[serde(default)]
    pub options: Vec<RawOption>,
    /// For `quantity`: the unit, for example `troops` or `km`.
    #[serde(default)]
    pub unit: Option<RawText>,
}

/// One outcome on an issue's scale, or one item of a set.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    /// Stable id, unique within the issue.
    pub id: String,
    /// A few words.
    pub label: RawText,
    /// A longer explanation.
    #[serde(default)]
    pub description: Option<RawText>,
}

/// A party's position on an issue, in effect from `as_of` until the party's next position on that issue.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawPosition {
    /// The party id.
    pub party: String,
    /// The issue id.
    pub issue: String,
    /// The date from which this position holds, `YYYY-MM-DD`.
    pub as_of: String,
    /// `official` (the party's own statement or text), `reported` (by media, not confirmed), or
    /// `inferred` (by the dataset's editors from what the party said and did).
    pub status: String,
    /// The position in a few words, in the party's own terms.
    pub summary: RawText,
    /// More detail, in the party's own terms.
    #[serde(default)]
    pub detail: Option<RawText>,
    /// The outcome the party prefers: an option id (`options`), a number (`quantity`) or a list of item ids (`set`).
    #[serde(default)]
    pub preferred: Option<RawOutcome>,
    /// Option or item ids the party could accept (`options`, `set`). Must include what it prefers.
    #[serde(default)]
    pub acceptable: Vec<String>,
    /// Option or item ids the party rejects outright: its red lines (`options`, `set`).
    #[serde(default)]
    pub rejected: Vec<String>,
    /// The lowest value the party could accept (`quantity`); absent means no lower limit.
    /// `"unlimited"` means the party accepts no limit at all.
    #[serde(default)]
    pub min: Option<RawQuantity>,
    /// The highest value the party could accept (`quantity`); absent or `"unlimited"` means no upper limit.
    #[serde(default)]
    pub max: Option<RawQuantity>,
    /// Where the position comes from; at least one.
    #[serde(default)]
    pub sources: Vec<RawSource>,
    /// Set when the facts behind this position are disputed.
    #[serde(default)]
    pub contested: Option<RawContested>,
}

/// A value on a quantity axis: a number, or `"unlimited"` for no limit at all.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(untagged)]
pub enum RawQuantity {
    /// A number in the issue's unit.
    Number(f64),
    /// `"unlimited"`.
    Word(String),
}

/// An outcome: an option id, a number, or a list of item ids, depending on the issue's kind.
/// On a quantity issue the word `"unlimited"` stands for "no limit at all".
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(untagged)]
pub enum RawOutcome {
    /// A number, for `quantity` issues.
    Number(f64),
    /// An option id, for `options` issues, or `"unlimited"` for `quantity` issues.
    Option(String),
    /// Item ids, for `set` issues.
    Items(Vec<String>),
}

/// Where a fact comes from.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// The title of the page or document.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// An `https:` or `http:` address.
    pub url: String,
    /// The publication date, `YYYY-MM-DD`.
    pub date: String,
    /// A short quotation.
    #[serde(default)]
    pub quote: Option<RawText>,
    /// A caution about this source, for example that it is a state outlet of one side.
    #[serde(default)]
    pub note: Option<RawText>,
}

/// A disputed fact, with each reading and its sources.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawContested {
    /// What is disputed.
    pub note: RawText,
    /// The competing readings.
    #[serde(default)]
    pub readings: Vec<RawReading>,
}

/// One reading of a disputed fact.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawReading {
    /// The reading.
    pub summary: RawText,
    /// Who holds or reports it.
    #[serde(default)]
    pub sources: Vec<RawSource>,
}

/// A proposed document: a plan, a draft treaty, a communiqué, or commentary.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawFramework {
    /// Stable id used in URLs.
    pub id: String,
    /// Display name.
    pub name: RawText,
    /// The date the document was put forward, `YYYY-MM-DD`.
    pub date: String,
    /// Ids of the parties that put it forward; empty for commentary by outsiders.
    #[serde(default)]
    pub proposers: Vec<String>,
    /// Who put it forward, in words, when that is not a party (for example a commentator).
    #[serde(default)]
    pub proposer_note: Option<RawText>,
    /// `signed`, `agreed`, `draft`, `proposal`, `leaked` or `commentary`.
    pub status: String,
    /// What the document is and what became of it.
    pub summary: RawText,
    /// Context: hosts, mediators and events around the document.
    #[serde(default)]
    pub context: Option<RawText>,
    /// Where the document or its description comes from.
    #[serde(default)]
    pub sources: Vec<RawSource>,
    /// Its provisions, in the document's order.
    #[serde(default)]
    pub provisions: Vec<RawProvision>,
}

/// One provision of a framework, mapped onto an issue.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawProvision {
    /// The provision's number or label in the document, for example `6` or `Art. 1`.
    pub label: String,
    /// The issue it settles.
    pub issue: String,
    /// The outcome it sets: an option id, a number or a list of item ids. Absent when the text is disputed.
    #[serde(default)]
    pub outcome: Option<RawOutcome>,
    /// What the provision says.
    pub summary: RawText,
    /// `official` (published text), `reported` (described by media) or `inferred` (by the editors).
    pub status: String,
    /// Where the provision's text or description comes from; at least one.
    #[serde(default)]
    pub sources: Vec<RawSource>,
    /// Each party's own version of a disputed provision, as in bracketed draft text.
    #[serde(default)]
    pub alternatives: Vec<RawAlternative>,
    /// Set when what the provision says is itself disputed.
    #[serde(default)]
    pub contested: Option<RawContested>,
}

/// One party's version of a disputed provision.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawAlternative {
    /// The party that proposed this version.
    pub party: String,
    /// The outcome in this version.
    pub outcome: RawOutcome,
    /// What this version says.
    pub summary: RawText,
}
