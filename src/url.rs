//! The URL is the contract: view state to and from the query string. This module is the whole
//! grammar: the views and their state, the flags (`embed`, `controls`, `dark`, `lang`, `present`, `data`),
//! the deal builder's `base` and `pick` list (`push_pick`, `pick_token`), and a tour's place
//! (`tour`, `step`, `handout`: `tour_place`, `tour_query`). A new parameter goes here, with its
//! round trip (`tests/native/url.rs`).
//!
//! `parse` reads any query string without failing: malformed values become notices and are
//! dropped. `to_query` writes the canonical form (fixed order, defaults left out), and
//! `parse(to_query(s)) == s` for every state `parse` can produce. `resolve` then checks ids
//! against a dataset and fills in defaults, again with notices instead of errors. Both give
//! notices only for the parameters the chosen view uses: a link that keeps `a=xx` from the pair
//! view does not warn about the pair view's first side on the matrix.

use crate::model::keyword::keywords;
use crate::model::{Dataset, Date, Issue, IssueIx, IssueKind, Outcome, PartyIx};
use crate::text::{Key, Lang, Message};

keywords! {
    /// The screen a permalink opens.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum View {
        #[default]
        Matrix = "matrix",
        Pair = "pair",
        Framework = "framework",
        Issue = "issue",
        Changes = "changes",
        // Deal builder (issue 10).
        Deal = "deal",
    }
}

impl View {
    /// Whether this view reads the query parameter `key`. Every view keeps the others in its
    /// links, so they come back when the reader returns to the view that uses them.
    pub fn uses(self, key: &str) -> bool {
        match key {
            "view" | "dark" | "lang" => true,
            // The changes view compares its own two dates and has no date slider.
            "date" => self != View::Changes,
            "parties" => self == View::Matrix,
            "a" | "b" => self == View::Pair,
            "doc" | "doc2" => self == View::Framework,
            "issue" => self == View::Issue,
            "from" | "to" => self == View::Changes,
            // Newsroom: the embed flags and the dataset apply to every view.
            "embed" | "controls" | "data" => true,
            // Classroom: presentation mode applies to every view.
            "present" => true,
            // Deal builder (issue 10).
            "base" | "pick" => self == View::Deal,
            _ => false,
        }
    }
}

keywords! {
    /// The colour scheme: follow the system, or force light or dark.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Dark {
        #[default]
        Auto = "auto",
        On = "true",
        Off = "false",
    }
}

/// Everything a permalink says. `None` means "the default".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub view: View,
    /// Party ids shown in the matrix; `None` means all.
    pub parties: Option<Vec<String>>,
    pub a: Option<String>,
    pub b: Option<String>,
    pub doc: Option<String>,
    pub doc2: Option<String>,
    pub issue: Option<String>,
    pub date: Option<Date>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub dark: Dark,
    /// `lang=uk`: the language the page is written in; English by default.
    pub lang: Lang,
    // ---- Newsroom (issue 9): the embed and its own data ----
    /// `embed=1`: the view without the site's chrome, for a frame inside an article.
    pub embed: bool,
    /// `controls=0`: no pickers and no date slider, for a fixed view in an article.
    pub hide_controls: bool,
    /// `data=PATH`: another dataset file to load instead of the bundled one (`ui` checks its origin).
    pub data: Option<String>,
    // Classroom (issue 10): presentation mode. A tour (`tour=`, `step=`, `handout=`) is not a
    // view state: `present::tour` reads it with `param` and swaps in the step's own view.
    /// `present=1`: large type and reduced chrome, for a projector.
    pub present: bool,
    // Deal builder (issue 10).
    /// The framework id a package starts from.
    pub base: Option<String>,
    /// Picks on top of `base`: `ISSUE:TOKEN` joined by commas, as the URL gives them (with `+`
    /// for a space); checked against the dataset by `resolve`. See `pick_token` for the tokens.
    pub pick: Option<String>,
}

/// Something in the URL that could not be used, as a message the page writes in its language.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice(pub Message);

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Decodes `%XX` escapes and `+`; invalid escapes are kept as they are.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes everything but unreserved characters and `/`, so a path survives a round trip.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

// ---- Newsroom: where `?data=` may load from ----

/// Checks a `data=` path before anything is fetched: a path on the page's own site is fine, and so
/// is an absolute `http(s)` URL whose origin is the page's (`page_origin`, e.g.
/// `https://news.example`) or one of `allowed` (space-separated origins, fixed at build time).
/// Anything else is refused, because a crafted link could otherwise put someone else's positions
/// under a newsroom's name. The refusal names the file.
pub fn check_data_source(path: &str, page_origin: &str, allowed: &str) -> Result<(), Message> {
    // Inside an origin means the origin followed by a path: `https://a.example@b.example/` and
    // `https://a.example.b.example/` are not inside `https://a.example`.
    let inside = |origin: &str| {
        !origin.is_empty() && path.strip_prefix(origin.trim_end_matches('/')).is_some_and(|rest| rest.starts_with('/'))
    };
    // A relative path has no scheme: no `:` before its first `/`, `?` or `#`; and no `//` host.
    let relative = !path.starts_with("//")
        && !path.contains('\\')
        && path.find(':').is_none_or(|i| path[..i].contains(['/', '?', '#']));
    if relative || inside(page_origin) || allowed.split_whitespace().any(inside) {
        Ok(())
    } else {
        Err(Message::new(Key::UrlDataElsewhere).arg("file", path))
    }
}

/// The value of `key` in `query` as written, undecoded: for the ids and numbers a tour's
/// parameters hold, and the ids host scripts add (`childId`).
pub fn param<'q>(query: &'q str, key: &str) -> Option<&'q str> {
    query.trim_start_matches('?').split('&').find_map(|p| p.strip_prefix(key)?.strip_prefix('='))
}

/// A value cut to a readable length for a notice; never trusted as markup (the UI renders text).
pub fn shown(s: &str) -> String {
    match s.char_indices().nth(30) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Reads a query string (with or without the leading `?`). Never fails.
pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
    let mut s = ViewState::default();
    // Each notice with the parameter it is about, kept at the end only if the view uses it.
    let mut about: Vec<(String, Notice)> = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(key);
        let value = percent_decode(value);
        let mut notices = Vec::new();
        let mut id = |name: Key| -> Option<String> {
            if is_id(&value) {
                Some(value.clone())
            } else {
                notices.push(Notice(Message::new(name).arg("value", shown(&value))));
                None
            }
        };
        match key.as_str() {
            "view" => match View::parse(&value) {
                Some(v) => s.view = v,
                None => notices.push(Notice(Message::new(Key::UrlNoSuchView).arg("value", shown(&value)))),
            },
            "parties" => {
                let mut ids = Vec::new();
                for part in value.split(',').filter(|p| !p.is_empty()) {
                    if is_id(part) && !ids.iter().any(|x| x == part) {
                        ids.push(part.to_string());
                    } else if !is_id(part) {
                        notices.push(Notice(Message::new(Key::UrlBadPartyId).arg("value", shown(part))));
                    }
                }
                s.parties = (!ids.is_empty()).then_some(ids);
            }
            "a" => s.a = id(Key::UrlBadPartyId),
            "b" => s.b = id(Key::UrlBadPartyId),
            "doc" => s.doc = id(Key::UrlBadFrameworkId),
            "doc2" => s.doc2 = id(Key::UrlBadFrameworkId),
            "issue" => s.issue = id(Key::UrlBadIssueId),
            "date" | "from" | "to" => {
                let d = Date::parse(&value);
                if d.is_none() {
                    notices.push(Notice(
                        Message::new(Key::UrlBadDate).arg("value", shown(&value)).arg("key", key.as_str()),
                    ));
                }
                match key.as_str() {
                    "date" => s.date = d,
                    "from" => s.from = d,
                    _ => s.to = d,
                }
            }
            // `1` and `0` are accepted too, but never written.
            "dark" => match Dark::parse(&value).or(match value.as_str() {
                "1" => Some(Dark::On),
                "0" => Some(Dark::Off),
                _ => None,
            }) {
                Some(d) => s.dark = d,
                None => notices.push(Notice(Message::new(Key::UrlBadDark).arg("value", shown(&value)))),
            },
            "lang" => match Lang::from_code(&value) {
                Some(l) => s.lang = l,
                None => notices.push(Notice(Message::new(Key::UrlBadLang).arg("value", shown(&value)))),
            },
            // ---- Newsroom: embed flags and the dataset; Classroom: presentation mode ----
            "embed" | "controls" | "present" => {
                let on = match value.as_str() {
                    "1" | "true" => Some(true),
                    "0" | "false" => Some(false),
                    _ => None,
                };
                match (key.as_str(), on) {
                    ("embed", Some(on)) => s.embed = on,
                    ("present", Some(on)) => s.present = on,
                    (_, Some(on)) => s.hide_controls = !on,
                    _ => notices.push(Notice(
                        Message::new(Key::UrlBadSwitch).arg("key", key.as_str()).arg("value", shown(&value)),
                    )),
                }
            }
            "data" => {
                if value.is_empty() || value.len() > 512 || value.chars().any(char::is_control) {
                    notices.push(Notice(Message::new(Key::UrlBadDataPath).arg("value", shown(&value))));
                } else {
                    s.data = Some(value.clone());
                }
            }
            // Deal builder (issue 10).
            "base" => s.base = id(Key::UrlBadFrameworkId),
            "pick" if value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.:,+ ".contains(&b)) => {
                // `+` joins a set's items, and a query string decodes it to a space.
                let mut pick = String::new();
                for c in value.chars() {
                    pick.push(if c == ' ' { '+' } else { c });
                }
                s.pick = (!pick.is_empty()).then_some(pick);
            }
            "pick" => notices.push(Notice(Message::new(Key::UrlBadPicks).arg("value", shown(&value)))),
            // Unknown parameters (tracking tags and the like) are ignored silently.
            _ => {}
        }
        about.extend(notices.into_iter().map(|n| (key.clone(), n)));
    }
    let notices = about.into_iter().filter(|(key, _)| s.view.uses(key)).map(|(_, n)| n).collect();
    (s, notices)
}

/// The canonical query string, starting with `?`, or an empty string for the default state.
pub fn to_query(s: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    if s.view != View::Matrix {
        parts.push(format!("view={}", s.view.as_str()));
    }
    if let Some(p) = &s.parties {
        parts.push(format!("parties={}", p.join(",")));
    }
    // The deal builder's `base` and `pick` (issue 10) are ids and checked tokens too.
    for (key, value) in [
        ("a", &s.a),
        ("b", &s.b),
        ("doc", &s.doc),
        ("doc2", &s.doc2),
        ("issue", &s.issue),
        ("base", &s.base),
        ("pick", &s.pick),
    ] {
        if let Some(v) = value {
            parts.push(format!("{key}={v}"));
        }
    }
    for (key, value) in [("date", s.date), ("from", s.from), ("to", s.to)] {
        if let Some(d) = value {
            parts.push(format!("{key}={d}"));
        }
    }
    if s.dark != Dark::Auto {
        parts.push(format!("dark={}", s.dark.as_str()));
    }
    // ---- Newsroom: embed flags and the dataset, kept in every link ----
    if s.embed {
        parts.push("embed=1".into());
    }
    if s.hide_controls {
        parts.push("controls=0".into());
    }
    if let Some(d) = &s.data {
        parts.push(format!("data={}", percent_encode(d)));
    }
    // Classroom: presentation mode.
    if s.present {
        parts.push("present=1".into());
    }
    if s.lang != Lang::En {
        parts.push(["lang=", s.lang.code()].concat());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// A view state checked against a dataset, with every default filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub view: View,
    /// The parties shown in the matrix, in dataset order.
    pub parties: Vec<PartyIx>,
    pub a: PartyIx,
    pub b: PartyIx,
    pub doc: Option<usize>,
    pub doc2: Option<usize>,
    pub issue: IssueIx,
    /// The date every view is drawn at.
    pub date: Date,
    pub from: Date,
    pub to: Date,
    /// True when `date` was given in the URL (the view is pinned to the past).
    pub date_pinned: bool,
    // Deal builder (issue 10).
    /// The framework the package starts from.
    pub base: Option<usize>,
    /// The picks on top of it, in the URL's order, each issue once; `None` leaves an issue open.
    pub picks: Vec<(IssueIx, Option<Outcome>)>,
}

/// Checks ids and dates against `ds`, replacing what does not exist with a default and a notice.
/// Needs a dataset with at least one party and one issue; returns `None` otherwise.
pub fn resolve(s: &ViewState, ds: &Dataset) -> Option<(Resolved, Vec<Notice>)> {
    if ds.parties.is_empty() || ds.issues.is_empty() {
        return None;
    }
    // Each notice with the parameter it is about, kept at the end only if the view uses it.
    let mut notices: Vec<(&str, Notice)> = Vec::new();
    let mut party = |key: &'static str, id: &Option<String>, fallback: PartyIx, what: Key| -> PartyIx {
        match id {
            None => fallback,
            Some(id) => ds.party_ix(id).unwrap_or_else(|| {
                let fallback_name = ds.party(fallback).name.shown();
                notices.push((key, Notice(Message::new(what).arg("id", id).arg("party", fallback_name))));
                fallback
            }),
        }
    };
    let a = party("a", &s.a, PartyIx(0), Key::UrlNoSuchPartyFirst);
    let b_default = if a.0 == 0 && ds.parties.len() > 1 { PartyIx(1) } else { PartyIx(0) };
    let b = party("b", &s.b, b_default, Key::UrlNoSuchPartySecond);
    let mut parties = Vec::new();
    if let Some(ids) = &s.parties {
        for id in ids {
            if ds.party_ix(id).is_none() {
                notices.push(("parties", Notice(Message::new(Key::UrlNoSuchPartyLeftOut).arg("id", id.as_str()))));
            }
        }
        // In dataset order, each once.
        parties = (0..ds.parties.len()).map(PartyIx).filter(|p| ids.contains(&ds.party(*p).id)).collect();
    }
    if parties.is_empty() {
        parties = (0..ds.parties.len()).map(PartyIx).collect();
    }
    let mut framework = |key: &'static str, id: &Option<String>| -> Option<usize> {
        let id = id.as_ref()?;
        let found = ds.frameworks.iter().position(|f| &f.id == id);
        if found.is_none() {
            notices.push((key, Notice(Message::new(Key::UrlNoSuchFramework).arg("id", id.as_str()))));
        }
        found
    };
    let doc = framework("doc", &s.doc).or(if ds.frameworks.is_empty() { None } else { Some(0) });
    let doc2 = framework("doc2", &s.doc2).filter(|d| Some(*d) != doc);
    // Deal builder (issue 10): the document a package starts from.
    let base = framework("base", &s.base);
    let issue = match &s.issue {
        None => IssueIx(0),
        Some(id) => ds.issue_ix(id).unwrap_or_else(|| {
            let first = ds.issue(IssueIx(0)).name.shown();
            notices
                .push(("issue", Notice(Message::new(Key::UrlNoSuchIssue).arg("id", id.as_str()).arg("issue", first))));
            IssueIx(0)
        }),
    };
    let dates = ds.dates();
    let latest = ds.latest_date();
    let earliest = dates.first().copied().unwrap_or(latest);
    let date = s.date.unwrap_or(latest);
    let (mut from, mut to) = (s.from.unwrap_or(earliest), s.to.unwrap_or(latest));
    if from > to {
        let text = Message::new(Key::UrlDatesSwapped).arg("from", from.to_string()).arg("to", to.to_string());
        notices.push(("from", Notice(text)));
        std::mem::swap(&mut from, &mut to);
    }
    // Deal builder (issue 10): the first usable pick of an issue wins. The picks stay in the
    // URL's order: the screen writes its links in the dataset's issue order whatever this is.
    let mut picks: Vec<(IssueIx, Option<Outcome>)> = Vec::new();
    for part in s.pick.as_deref().unwrap_or("").split(',') {
        let found = part.split_once(':').and_then(|(id, token)| {
            let issue = ds.issue_ix(id)?;
            Some((issue, outcome_of(ds.issue(issue), token)?))
        });
        match found {
            Some((issue, outcome)) => {
                if !picks.iter().any(|(i, _)| *i == issue) {
                    picks.push((issue, outcome));
                }
            }
            None if part.is_empty() => {}
            None => notices.push(("pick", Notice(Message::new(Key::UrlNoSuchPick).arg("value", shown(part))))),
        }
    }
    Some((
        Resolved {
            view: s.view,
            parties,
            a,
            b,
            doc,
            doc2,
            issue,
            date,
            from,
            to,
            date_pinned: s.date.is_some(),
            base,
            picks,
        },
        notices.into_iter().filter(|(key, _)| s.view.uses(key)).map(|(_, n)| n).collect(),
    ))
}

// Deal builder (issue 10): picks are `ISSUE:TOKEN` joined by commas. A token is an option id,
// a figure (`600000`, or `unlimited`), the items of a set joined by `+` (which a query string
// decodes to a space; `parse` turns it back), or nothing, which leaves the issue open.

/// A token's outcome on `issue`: `Some(None)` for an open issue, `None` when it is not one of the issue's.
fn outcome_of(issue: &Issue, token: &str) -> Option<Option<Outcome>> {
    if token.is_empty() {
        return Some(None);
    }
    Some(Some(match issue.kind {
        IssueKind::Options => Outcome::Option(issue.option_ix(token)?),
        IssueKind::Quantity if token == crate::model::UNLIMITED => Outcome::Quantity(f64::INFINITY),
        IssueKind::Quantity => Outcome::Quantity(figure(token)?),
        IssueKind::Set => {
            // The items in the issue's order; every id must be one, each once.
            let mut items = Vec::new();
            for (ix, o) in issue.options.iter().enumerate() {
                if token.split('+').any(|t| t == o.id) {
                    items.push(ix);
                }
            }
            if items.len() != token.split('+').count() {
                return None;
            }
            Outcome::Items(items)
        }
    }))
}

// Figures are read by hand and written with `fmt_num`: the standard library's float parsing
// and formatting would add about 25 KB to the gzipped wasm (its tables of powers and its
// shortest-digits algorithms), for figures that are whole numbers in every dataset so far.

/// A figure of the form `600000` or `2.5` (up to two decimals, as `fmt_num` writes them); `None`
/// for anything else.
fn figure(token: &str) -> Option<f64> {
    let (mut v, mut decimals) = (0u64, None);
    for b in token.bytes() {
        match (b, decimals) {
            (b'0'..=b'9', Some(2)) => return None,
            (b'0'..=b'9', _) => {
                v = v.checked_mul(10)? + u64::from(b - b'0');
                decimals = decimals.map(|d| d + 1);
            }
            (b'.', None) if v > 0 || token.starts_with('0') => decimals = Some(0),
            _ => return None,
        }
    }
    match decimals {
        _ if token.is_empty() || v >= 1 << 53 => None,
        Some(0) => None,
        Some(1) => Some(v as f64 / 10.0),
        Some(_) => Some(v as f64 / 100.0),
        None => Some(v as f64),
    }
}

/// The token for `outcome` on `issue` (empty for an open issue), as `pick=` writes it.
pub fn pick_token(issue: &Issue, outcome: Option<&Outcome>) -> String {
    let id = |i: &usize| issue.options.get(*i).map_or("", |o| o.id.as_str());
    match outcome {
        None => String::new(),
        Some(Outcome::Option(o)) => id(o).to_string(),
        Some(Outcome::Quantity(v)) if *v == f64::INFINITY => crate::model::UNLIMITED.to_string(),
        // `fmt_num` without its thousands separators: "2.5", "600000".
        Some(Outcome::Quantity(v)) => {
            let mut s = String::new();
            for c in crate::model::fmt_num(*v).chars() {
                if c != ',' {
                    s.push(c);
                }
            }
            s
        }
        Some(Outcome::Items(items)) => {
            let mut s = String::new();
            for i in items {
                if !s.is_empty() {
                    s.push('+');
                }
                s.push_str(id(i));
            }
            s
        }
    }
}

/// Appends one pick to a `pick=` list (comma-separated `ISSUE:TOKEN`, in the order written), as
/// `resolve` reads it back; `None` leaves the issue open.
pub fn push_pick(list: &mut String, issue: &Issue, outcome: Option<&Outcome>) {
    if !list.is_empty() {
        list.push(',');
    }
    list.push_str(&issue.id);
    list.push(':');
    list.push_str(&pick_token(issue, outcome));
}

// ---- Classroom: a tour's place. Not part of `ViewState`: every link a screen builds copies the
// view state, and a step's view is the step's own, so the tour rides beside it. ----

/// Where a URL stands in a dataset's tour: `tour=ID` with `step=N`, or `handout=1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TourPlace {
    pub id: String,
    pub at: TourAt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TourAt {
    /// A step, from 1 (`step=` missing is step 1); `None` when `step=` is not a number.
    Step(Option<usize>),
    /// Every step one after another, to print.
    Handout,
}

/// The tour `query` names, if any, read as written (ids and numbers need no decoding).
pub fn tour_place(query: &str) -> Option<TourPlace> {
    let id = param(query, "tour")?.to_string();
    let at = if param(query, "handout") == Some("1") {
        TourAt::Handout
    } else {
        TourAt::Step(param(query, "step").map_or(Some(1), |s| s.parse::<usize>().ok()))
    };
    Some(TourPlace { id, at })
}

/// The permalink of a place in a tour: `state`'s own parameters (a tour keeps only presentation
/// mode, the colour scheme and the language; the step gives the view), then the tour's.
pub fn tour_query(place: &TourPlace, state: &ViewState) -> String {
    let mut q =
        to_query(&ViewState { present: state.present, dark: state.dark, lang: state.lang, ..ViewState::default() });
    q.push_str(if q.is_empty() { "?tour=" } else { "&tour=" });
    q.push_str(&place.id);
    match place.at {
        TourAt::Handout => q.push_str("&handout=1"),
        TourAt::Step(n) => {
            q.push_str("&step=");
            q.push_str(&n.unwrap_or(1).to_string());
        }
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_and_keeps_broken_ones() {
        assert_eq!(percent_decode("ru%2Cua"), "ru,ua");
        assert_eq!(percent_decode("a+b"), "a b");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%E2%9C%93"), "✓");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
    }

    #[test]
    fn figures_round_trip_without_float_parsing() {
        let issue = Issue {
            id: "q".into(),
            topic: 0,
            name: crate::model::Text::new("Q"),
            question: None,
            kind: IssueKind::Quantity,
            options: Vec::new(),
            unit: None,
            unlimited: None,
        };
        for (token, value) in [("600000", 600000.0), ("2.5", 2.5), ("0.25", 0.25), ("7.01", 7.01), ("0", 0.0)] {
            assert_eq!(figure(token), Some(value), "{token}");
            assert_eq!(pick_token(&issue, Some(&Outcome::Quantity(value))), token);
        }
        for bad in ["", ".", "1.", ".5", "1e5", "-3", "1.234", "12a", "99999999999999999999"] {
            assert_eq!(figure(bad), None, "{bad}");
        }
    }

    #[test]
    fn canonical_order_and_defaults_left_out() {
        let (s, n) = parse("?b=ua&view=pair&a=ru&dark=auto&utm_source=x");
        assert!(n.is_empty());
        assert_eq!(to_query(&s), "?view=pair&a=ru&b=ua");
        assert_eq!(to_query(&ViewState::default()), "");
    }

    #[test]
    fn malformed_values_become_notices() {
        let (s, n) = parse("view=graph&a=<script>&date=2025-02-30&parties=ru,,UA,ua");
        assert_eq!(s.view, View::Matrix);
        assert_eq!(s.a, None);
        assert_eq!(s.date, None);
        assert_eq!(s.parties, Some(vec!["ru".to_string(), "ua".to_string()]));
        // The view, the date and the party list; not `a`, which the matrix does not use.
        assert_eq!(n.len(), 3, "{n:?}");
        assert!(n.iter().all(|x| !x.0.to_string().contains("script")), "{n:?}");
    }
}
