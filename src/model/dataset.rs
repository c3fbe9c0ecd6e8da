//! The validated dataset: domain types the analysis and the UI work with.
//!
//! Every reference in here resolves: a `Position` names a party and an issue that exist, an
//! outcome is on its issue's scale, and so on. `validate` guarantees it by leaving out what does not.

use super::date::Date;
use super::keyword::keywords;

/// The word that stands for "no limit" on a quantity axis, in a dataset file and in a URL.
pub const UNLIMITED: &str = "unlimited";

/// Sorts indices with a comparison, stably. The model's sorts all go through here, on `usize`s with
/// a `dyn` comparison, so that the wasm carries one copy of the sort instead of one per element
/// type and key (about 2 KB each). A plain merge sort, bottom up, still O(n log n): the standard
/// library's sorts, tuned for speed with small-sort networks, took about 4 KB of wasm (1.9 KB
/// gzipped).
pub(crate) fn sort_indices(ixs: &mut [usize], cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    let n = ixs.len();
    let mut merged = ixs.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = n.min(start + width);
            let end = n.min(start + 2 * width);
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                // The left run's head goes first unless the right one's is smaller: equal keys keep their order.
                if left < mid && (right == end || cmp(ixs[right], ixs[left]) != std::cmp::Ordering::Less) {
                    *slot = ixs[left];
                    left += 1;
                } else {
                    *slot = ixs[right];
                    right += 1;
                }
            }
            start = end;
        }
        ixs.copy_from_slice(&merged);
        width *= 2;
    }
}

/// A display string in one or more languages; English is always present in a file. The dataset
/// is read in one language (`crate::load::load_in`), whose text `shown` gives, falling back to
/// English where a text has no translation; the translations stay beside it (`in_language`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    shown: String,
    others: Vec<(String, String)>,
}

impl Text {
    pub fn new(en: impl Into<String>) -> Text {
        Text { shown: en.into(), others: Vec::new() }
    }

    /// The English text and its translations, shown in English.
    pub fn with_languages(en: String, others: Vec<(String, String)>) -> Text {
        Text { shown: en, others }
    }

    /// The text in the language the dataset was read in.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// The same text shown in `lang`, where it has a translation (the English is not kept then:
    /// a page is in one language).
    pub fn shown_in(mut self, lang: crate::text::Lang) -> Text {
        if let Some((_, text)) = self.others.iter().find(|(l, _)| l == lang.code()) {
            self.shown = text.clone();
        }
        self
    }

    /// The text in `lang` (a code such as `uk`), falling back to the text shown.
    pub fn in_language(&self, lang: &str) -> &str {
        self.others.iter().find(|(l, _)| l == lang).map(|(_, t)| t.as_str()).unwrap_or(&self.shown)
    }
}

/// Index of a party in `Dataset::parties`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartyIx(pub usize);

/// Index of an issue in `Dataset::issues`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IssueIx(pub usize);

keywords! {
    /// What part a party plays in the negotiation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum PartyKind {
        Belligerent = "belligerent",
        Mediator = "mediator",
        Guarantor = "guarantor",
        Bloc = "bloc",
        Other = "other",
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    pub id: String,
    pub name: Text,
    pub short: Text,
    pub kind: PartyKind,
    /// `#rrggbb` for light backgrounds.
    pub colour_light: String,
    /// `#rrggbb` for dark backgrounds.
    pub colour_dark: String,
    pub note: Option<Text>,
    /// Where the facts in `note` come from.
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: String,
    pub name: Text,
}

keywords! {
    /// How positions on an issue compare.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum IssueKind {
        /// An ordered scale of outcomes; a party prefers one, accepts some, rejects some.
        Options = "options",
        /// A number with a unit; a party prefers a value and accepts a range.
        Quantity = "quantity",
        /// A set of items (such as guarantor states), each accepted or rejected on its own.
        Set = "set",
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionDef {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub id: String,
    pub topic: usize,
    pub name: Text,
    pub question: Option<Text>,
    pub kind: IssueKind,
    /// The scale (`Options`) or the items (`Set`); empty for `Quantity`.
    pub options: Vec<OptionDef>,
    pub unit: Option<Unit>,
    /// What `"unlimited"` means on this issue, when the dataset names it.
    pub unlimited: Option<Text>,
}

impl Issue {
    pub fn option_ix(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }
}

/// The unit of a quantity issue, with its singular.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub one: Text,
    pub other: Text,
}

impl Unit {
    /// The unit for `amount`: the singular for exactly 1, else the plural (the dataset gives
    /// two forms, English's).
    pub fn for_amount(&self, amount: f64) -> &str {
        if amount == 1.0 {
            self.one.shown()
        } else {
            self.other.shown()
        }
    }

    /// The plural, for axis titles and column heads.
    pub fn shown(&self) -> &str {
        self.other.shown()
    }
}

keywords! {
    /// How sure the dataset is of a position or provision.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Status {
        /// The party's own statement or published text.
        Official = "official",
        /// Reported by media, not confirmed by the party.
        Reported = "reported",
        /// Inferred by the dataset's editors.
        Inferred = "inferred",
    }
}

/// Whether an address may become a link: only `http:` and `https:` addresses with a host do.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        url.get(8..).unwrap_or("")
    } else if lower.starts_with("http://") {
        url.get(7..).unwrap_or("")
    } else {
        return false;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    host_end > 0 && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    /// Always passes `is_web_url`, validation drops anything else; except in a placeholder.
    pub url: String,
    pub date: Date,
    pub quote: Option<Text>,
    pub note: Option<Text>,
}

impl Source {
    /// A source still to come: what a first file (`load_first`) has in place of each one, so that
    /// every list keeps its length until the full file replaces the dataset.
    pub fn pending() -> Source {
        let none = String::new;
        Source { title: none(), publisher: none(), url: none(), date: Date::MIN, quote: None, note: None }
    }

    /// Whether this is a placeholder: no source read from a file is without its address.
    pub fn is_pending(&self) -> bool {
        self.url.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub summary: Text,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contested {
    pub note: Text,
    pub readings: Vec<Reading>,
}

/// What a party wants on an issue, in a form the engine can compare.
#[derive(Debug, Clone, PartialEq)]
pub enum Stance {
    /// Indices into the issue's options. `acceptable` is sorted and includes `preferred`.
    Options { preferred: Option<usize>, acceptable: Vec<usize>, rejected: Vec<usize> },
    /// A preferred value and an acceptable range; either end may be open.
    Quantity { preferred: Option<f64>, min: Option<f64>, max: Option<f64> },
    /// Indices into the issue's items, each sorted. `acceptable` includes `preferred`.
    Set { preferred: Vec<usize>, acceptable: Vec<usize>, rejected: Vec<usize> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    pub party: PartyIx,
    pub issue: IssueIx,
    pub as_of: Date,
    pub status: Status,
    pub summary: Text,
    pub detail: Option<Text>,
    pub stance: Stance,
    pub sources: Vec<Source>,
    pub contested: Option<Contested>,
}

/// An outcome a provision sets, in the form of its issue's kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Option(usize),
    Quantity(f64),
    Items(Vec<usize>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    pub party: PartyIx,
    pub outcome: Outcome,
    pub summary: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Provision {
    pub label: String,
    pub issue: IssueIx,
    pub outcome: Option<Outcome>,
    pub summary: Text,
    pub status: Status,
    pub sources: Vec<Source>,
    pub alternatives: Vec<Alternative>,
    pub contested: Option<Contested>,
}

keywords! {
    /// What became of a framework: how far it got, or that it is outside commentary.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum FrameworkStatus {
        Signed = "signed",
        Agreed = "agreed",
        Draft = "draft",
        Proposal = "proposal",
        Leaked = "leaked",
        Commentary = "commentary",
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Framework {
    pub id: String,
    pub name: Text,
    pub date: Date,
    pub proposers: Vec<PartyIx>,
    pub proposer_note: Option<Text>,
    pub status: FrameworkStatus,
    pub summary: Text,
    pub context: Option<Text>,
    pub sources: Vec<Source>,
    pub provisions: Vec<Provision>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub version: String,
    pub date: Date,
    pub summary: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: Text,
    pub description: Option<Text>,
    pub version: String,
    pub reviewed: Date,
    pub editors: Vec<String>,
    pub licence: String,
    pub notes: Vec<Text>,
    pub revisions: Vec<Revision>,
}

/// A validated dataset. Positions are sorted by issue, party, then date.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub meta: Meta,
    pub parties: Vec<Party>,
    pub topics: Vec<Topic>,
    pub issues: Vec<Issue>,
    pub positions: Vec<Position>,
    pub frameworks: Vec<Framework>,
    pub tours: Vec<Tour>,
}

/// A guided sequence of views for a class or a talk.
#[derive(Debug, Clone, PartialEq)]
pub struct Tour {
    pub id: String,
    pub title: Text,
    pub description: Text,
    /// Never empty.
    pub steps: Vec<TourStep>,
}

/// One step of a tour: a view and what to say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct TourStep {
    /// The view, as the canonical query string of a permalink (`url::to_query`); every id in it
    /// exists in the dataset.
    pub view: String,
    pub caption: Text,
    /// The sources of what the caption states; empty when it states no fact.
    pub sources: Vec<Source>,
}

impl Dataset {
    /// Calls `f` on every source in the dataset: of parties, positions, frameworks, provisions,
    /// the readings of contested facts, and tour steps.
    pub fn for_each_source(&mut self, mut f: impl FnMut(&mut Source)) {
        let mut list = |sources: &mut Vec<Source>| sources.iter_mut().for_each(&mut f);
        let readings = |c: &mut Option<Contested>, list: &mut dyn FnMut(&mut Vec<Source>)| {
            c.iter_mut().flat_map(|c| &mut c.readings).for_each(|r| list(&mut r.sources))
        };
        self.parties.iter_mut().for_each(|p| list(&mut p.sources));
        for p in &mut self.positions {
            list(&mut p.sources);
            readings(&mut p.contested, &mut list);
        }
        for fw in &mut self.frameworks {
            list(&mut fw.sources);
            for p in &mut fw.provisions {
                list(&mut p.sources);
                readings(&mut p.contested, &mut list);
            }
        }
        self.tours.iter_mut().flat_map(|t| &mut t.steps).for_each(|s| list(&mut s.sources));
    }

    pub fn party_ix(&self, id: &str) -> Option<PartyIx> {
        self.parties.iter().position(|p| p.id == id).map(PartyIx)
    }

    pub fn issue_ix(&self, id: &str) -> Option<IssueIx> {
        self.issues.iter().position(|i| i.id == id).map(IssueIx)
    }

    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }

    pub fn party(&self, ix: PartyIx) -> &Party {
        &self.parties[ix.0]
    }

    pub fn issue(&self, ix: IssueIx) -> &Issue {
        &self.issues[ix.0]
    }

    /// Indices of the frameworks in date order (file order among equal dates).
    pub fn frameworks_by_date(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.frameworks.len()).collect();
        sort_indices(&mut order, &|a, b| (self.frameworks[a].date, a).cmp(&(self.frameworks[b].date, b)));
        order
    }

    /// All dates at which some position or framework takes effect, sorted and deduplicated.
    pub fn dates(&self) -> Vec<Date> {
        let mut dates: Vec<Date> = self.positions.iter().map(|p| p.as_of).collect();
        dates.extend(self.frameworks.iter().map(|f| f.date));
        let mut order: Vec<usize> = (0..dates.len()).collect();
        sort_indices(&mut order, &|a, b| dates[a].cmp(&dates[b]));
        let mut sorted: Vec<Date> = order.into_iter().map(|i| dates[i]).collect();
        sorted.dedup();
        sorted
    }

    /// The latest date any position takes effect, or the review date if there are none.
    pub fn latest_date(&self) -> Date {
        self.positions.iter().map(|p| p.as_of).max().unwrap_or(self.meta.reviewed)
    }
}

#[cfg(test)]
mod tests {
    use super::sort_indices;

    #[test]
    fn the_index_sort_orders_like_the_standard_stable_sort() {
        // Keys with many ties, in lists of every length up to 70, each run against `sort_by`.
        for n in 0..70usize {
            let keys: Vec<usize> = (0..n).map(|i| (i * 7919 + n * 31) % 11).collect();
            let mut ixs: Vec<usize> = (0..n).collect();
            sort_indices(&mut ixs, &|a, b| keys[a].cmp(&keys[b]));
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
            assert_eq!(ixs, expected, "{n} keys");
        }
    }
}
