//! Pieces used by two or more screens: links, markers, sources, positions, pickers.

use super::node::{el, El, Node};
use super::protocol::{GO, SOURCE, VIEW_HEADING, WAIT};
use super::rich::RichText;
use super::words::{describe_fit, describe_stance};
use crate::analysis::{Fit, RelationKind};
use crate::model::{is_web_url, Contested, Dataset, Issue, PartyIx, Position, Repaired, Source, Status};
use crate::text::{Key, Text};
use crate::url::{to_query, View, ViewState};

/// A link to another view state. `data-go` makes plain clicks stay in the page; the renderer
/// turns the empty query of the default view into the page's own path.
pub fn link(to: &ViewState, content: impl Into<Node>) -> El {
    go(to_query(to), content.into())
}

// The generic helpers here only convert their argument and call one shared body like this one,
// so that each content type does not get a copy of the whole function.
/// A link to the query string `href`, which the app opens in the page (a tour's steps).
#[inline(never)]
pub fn go(href: String, content: Node) -> El {
    el("a").attr("href", href).attr(GO, "").add(content)
}

// The states links open. A link keeps what it does not change, so each starts from a copy of
// the current state. These build it in place: struct-update syntax (`..state.clone()`) moves
// every field of the copy one by one, about 200 B of wasm at each of the thirty places.

/// The current state shown as another view.
#[inline(never)]
pub fn view_state(state: &ViewState, view: View) -> ViewState {
    let mut to = state.clone();
    to.view = view;
    to
}

/// The current state opened on one issue.
#[inline(never)]
pub fn issue_state(state: &ViewState, id: &str) -> ViewState {
    let mut to = view_state(state, View::Issue);
    to.issue = Some(id.to_string());
    to
}

/// The current state opened on one document, compared with none.
#[inline(never)]
pub fn doc_state(state: &ViewState, id: &str) -> ViewState {
    let mut to = view_state(state, View::Framework);
    to.doc = Some(id.to_string());
    to.doc2 = None;
    to
}

/// A party's name with its colour swatch; the short form carries the full name as a title.
pub fn party_name(ds: &Dataset, party: PartyIx, short: bool) -> El {
    let p = ds.party(party);
    let swatch = el("span")
        .cls("swatch")
        .attr("aria-hidden", "true")
        .attr("style", format!("--swatch-light:{};--swatch-dark:{}", p.colour_light, p.colour_dark));
    let name = if short {
        el("abbr").attr("title", p.name.shown()).add(p.short.shown()).into()
    } else {
        Node::from(p.name.shown())
    };
    el("span").cls("party").add(swatch).add(name)
}

/// A status in words: "official", "reported", "inferred".
fn status_words(t: &Text, status: Status) -> &'static str {
    t.get(match status {
        Status::Official => Key::StatusOfficial,
        Status::Reported => Key::StatusReported,
        Status::Inferred => Key::StatusInferred,
    })
}

/// The official / reported / inferred marker, readable without colour.
pub fn status_mark(t: &Text, status: Status) -> El {
    let glyph = match status {
        Status::Official => "●",
        Status::Reported => "◐",
        Status::Inferred => "○",
    };
    let words = status_words(t, status);
    el("span")
        .cls("mark")
        .cls(&format!("status-{}", status.as_str()))
        .attr("title", words)
        .add(el("span").attr("aria-hidden", "true").add(glyph))
        .add(el("span").cls("sr-only").add(words))
}

/// Icon and word for a relation, so it never depends on colour.
pub fn relation_words(t: &Text, kind: RelationKind) -> (&'static str, &'static str) {
    let (icon, key) = match kind {
        RelationKind::Agree => ("=", Key::RelationLabelAgree),
        RelationKind::Overlap => ("∩", Key::RelationLabelOverlap),
        RelationKind::Conflict => ("✗", Key::RelationLabelConflict),
        RelationKind::Possible => ("◇", Key::RelationLabelPossible),
        RelationKind::Unknown => ("?", Key::RelationLabelUnknown),
    };
    (icon, t.get(key))
}

/// A small label with an icon that assistive technology skips and a word it reads.
pub fn badge(class: &str, icon: &str, words: impl Into<Node>) -> El {
    badge_node(class, icon, words.into())
}

#[inline(never)]
fn badge_node(class: &str, icon: &str, words: Node) -> El {
    el("span").cls(class).add(el("span").attr("aria-hidden", "true").add(icon)).add(" ").add(words)
}

pub fn relation_badge(t: &Text, kind: RelationKind) -> El {
    let (icon, word) = relation_words(t, kind);
    badge(&format!("rel rel-{}", kind.as_str()), icon, word)
}

/// How a provision on `issue` fits one party.
pub fn fit_badge(t: &Text, fit: Fit, issue: &Issue) -> El {
    let (class, icon) = match fit {
        Fit::Compatible => ("fit fit-ok", "✓"),
        Fit::RedLine | Fit::OutsideRange(_) => ("fit fit-bad", "✗"),
        Fit::Unknown => ("fit fit-unknown", "?"),
    };
    badge(class, icon, describe_fit(t, issue, fit))
}

/// The mark on a position or provision the loader repaired: read with an assumption, or
/// missing a part it had in the file. The problems panel at the foot of the page says which.
pub fn repaired_mark(t: &Text) -> El {
    // The leading spaces keep the mark apart from the words it follows and the word from the mark,
    // in text as on screen.
    el("span")
        .cls("repaired")
        .attr("title", t.get(Key::RepairedTitle))
        .add(" ")
        .add(el("span").attr("aria-hidden", "true").add("⚠"))
        .add(" ")
        .add(t.get(Key::Repaired))
}

/// The repaired mark for a position, when it has one.
pub fn position_mark(t: &Text, repaired: &Repaired, pos: &Position) -> Option<El> {
    repaired.position(pos).then(|| repaired_mark(t))
}

/// A date as readers see it, with the machine-readable form.
pub fn time(t: &Text, date: crate::model::Date) -> El {
    el("time").attr("datetime", date.to_string()).add(t.date(date))
}

/// Sources behind a disclosure, at hand without leaving the view. Only `http(s)` URLs become links.
pub fn source_list(t: &Text, sources: &[Source]) -> El {
    if sources.is_empty() {
        return el("p").cls("no-source").add(t.get(Key::SourcesNone));
    }
    let summary = el("summary").add(t.count(Key::SourcesCount, sources.len(), &[]));
    // A first file's placeholders: the same disclosure, so nothing moves when the sources come.
    if sources[0].is_pending() {
        return el("details").cls("sources").add(summary).add(el("p").cls(WAIT).add(t.get(Key::SourcesLoading)));
    }
    let items = sources.iter().map(|s| {
        let title: Node = if is_web_url(&s.url) {
            el("a")
                .attr("href", s.url.as_str())
                .attr("target", "_blank")
                .attr("rel", "noopener noreferrer")
                .add(s.title.as_str())
                .into()
        } else {
            s.title.as_str().into()
        };
        el("li")
            .attr(SOURCE, s.url.as_str())
            .add(title)
            .add(el("span").cls("src-meta").add(format!(" · {} · ", s.publisher)).add(time(t, s.date)))
            .add_opt(s.quote.as_ref().map(|q| el("q").add(q.shown())))
            .add_opt(s.note.as_ref().map(|x| el("span").cls("src-note").add(x.shown())))
    });
    el("details").cls("sources").add(summary).add(el("ul").add_all(items))
}

/// A disputed fact with each reading and its sources.
pub fn contested_note(t: &Text, c: &Contested) -> El {
    el("div").cls("contested").add(el("p").add(el("strong").add(t.get(Key::Contested))).add(c.note.shown())).add(
        el("ul").add_all(c.readings.iter().map(|r| el("li").add(r.summary.shown()).add(source_list(t, &r.sources)))),
    )
}

/// One position in full: its words, its stance in the model, its date, status and sources.
pub fn position_card(t: &Text, ds: &Dataset, pos: &Position, issue: &Issue, with_party: bool) -> El {
    let mut head = el("p").cls("pos-head");
    if with_party {
        head = head.add(party_name(ds, pos.party, false)).add(": ");
    }
    head = head.add(status_mark(t, pos.status)).add(" ").add(el("span").cls("pos-summary").add(pos.summary.shown()));
    let mut meta = [
        ("date", time(t, pos.as_of).into()),
        ("status", status_words(t, pos.status).into()),
        ("stance", describe_stance(t, issue, &pos.stance).into()),
    ];
    el("div")
        .cls("position")
        .add(head)
        .add(t.rich(el("p").cls("pos-meta"), Key::PositionMeta, &mut meta))
        .add_opt(pos.detail.as_ref().map(|d| el("p").cls("pos-detail").add(d.shown())))
        .add_opt(pos.contested.as_ref().map(|c| contested_note(t, c)))
        .add(source_list(t, &pos.sources))
}

/// A `<select>` whose options (from `option`) are the links they open; the renderer navigates
/// on change. It takes the options built, not an iterator: a generic picker got a copy for each
/// view's iterator type.
pub fn picker(id: &str, label: &str, options: Vec<El>) -> El {
    el("label").cls("pick").attr("for", id).add(label).add(el("select").id(id).attr(GO, "").add_all(options))
}

/// One option of a picker: the state it opens and its text, selected when it is the current one.
#[inline(never)]
pub fn option(to: &ViewState, text: &str, selected: bool) -> El {
    let o = el("option").attr("value", to_query(to)).add(text);
    if selected {
        o.attr("selected", "")
    } else {
        o
    }
}

/// The plain-language summary that opens every view; it is also the view's accessible description.
pub fn summary(text: String) -> El {
    el("p").cls("summary").id("view-summary").add(text)
}

/// A screen's section, described by its summary and labelled by its heading.
pub fn section(class: &str, heading: impl Into<Node>) -> El {
    section_node(class, heading.into())
}

#[inline(never)]
fn section_node(class: &str, heading: Node) -> El {
    el("section")
        .cls("view")
        .cls(class)
        .attr("aria-labelledby", VIEW_HEADING)
        .attr("aria-describedby", "view-summary")
        .add(el("h2").id(VIEW_HEADING).attr("tabindex", "-1").add(heading))
}

/// A table's header row of column headings.
pub fn head_row(labels: &[&str]) -> El {
    el("thead").add(el("tr").add_all(labels.iter().map(|l| el("th").attr("scope", "col").add(*l))))
}

/// A table that scrolls inside its own box on narrow screens.
pub fn scroll_box(label: &str, table: El) -> El {
    el("div").cls("table-scroll").attr("tabindex", "0").attr("role", "region").attr("aria-label", label).add(table)
}
