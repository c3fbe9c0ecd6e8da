//! Charts drawn from the model as SVG inside the pure `Node` screens: the scale strip (each
//! party placed on an issue's outcomes or numeric axis), the step line of positions over time,
//! the pair's relations and distances, and the grid of what moved between two dates.
//!
//! They need no chart library and are tested natively like every other screen. Every chart is a
//! `<figure>` whose `<svg>` has an accessible name and whose caption is its text alternative;
//! every mark that stands for a position is a keyboard-reachable `data-go` link with a name of
//! its own. Colour is never the only signal: ★ preferred, a bar for acceptable, ✗ rejected, and
//! the party's short name beside its marks. Coordinates are whole viewBox units, so no float
//! formatting reaches the bundle.

use super::cx::Cx;
use super::node::{el, El};
use super::parts::issue_state;
use super::protocol::GO;
use super::words::{
    change_mark, changes_chart_name, chart_mark, gap_label, gap_short, over_time_caption, pair_chart_caption,
    strip_caption, strip_name,
};
use crate::analysis::{verdict, Change, CommonGround, Gap, PairCounts, Relation, RelationKind, Shared, Verdict};
use crate::model::{Date, IssueIx, IssueKind, PartyIx, Position, Stance};
use crate::text::Key;
use crate::url::{to_query, ViewState};

/// The viewBox width of every chart. A phone 375 px wide draws a small multiple 325 px wide, so its
/// 10-unit text is about 11 pixels there; a desktop grid cell (21rem or more) draws it at 390 px or
/// so, 13-pixel text; CSS caps the others at about 1.8 times the viewBox.
const WIDE: i32 = 300;
/// The column of party names at the left of every chart.
const NAMES: i32 = 44;
/// The height of one party's row on a scale strip.
const ROW: i32 = 16;

/// An SVG element of `tag` and `class` with whole-number attributes.
#[inline(never)]
fn shape(tag: &'static str, class: &str, xy: &[(&'static str, i32)]) -> El {
    let mut e = el(tag).cls(class);
    for (name, v) in xy {
        e = e.attr(name, v.to_string());
    }
    e
}

/// A run of text at `(x, y)`.
#[inline(never)]
fn text(x: i32, y: i32, class: &str, words: &str) -> El {
    shape("text", class, &[("x", x), ("y", y)]).add(words)
}

/// Draws a rectangle into `marks`. The drawing helpers push rather than return, and take plain
/// numbers, so that each of the many call sites costs the bundle a call and no more.
#[inline(never)]
fn rect(marks: &mut Vec<El>, class: &str, x: i32, y: i32, w: i32, h: i32) {
    marks.push(shape("rect", class, &[("x", x), ("y", y), ("width", w.max(2)), ("height", h)]));
}

/// Draws a line into `marks`.
#[inline(never)]
fn line(marks: &mut Vec<El>, class: &str, x1: i32, y1: i32, x2: i32, y2: i32) {
    marks.push(shape("line", class, &[("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)]));
}

/// Draws a run of text into `marks`.
#[inline(never)]
fn put_text(marks: &mut Vec<El>, class: &str, x: i32, y: i32, words: &str) {
    marks.push(text(x, y, class, words));
}

/// A label shortened to `chars` characters with an ellipsis, the whole of it as the tooltip.
fn short_label(x: i32, y: i32, class: &str, label: &str, chars: usize) -> El {
    let shown: String = if label.chars().count() > chars {
        label.chars().take(chars.saturating_sub(1)).collect::<String>() + "…"
    } else {
        label.to_string()
    };
    text(x, y, class, &shown).add(el("title").add(label))
}

/// A link inside a chart, in the house protocol, named for assistive technology.
fn mark_link(to: &ViewState, name: String) -> El {
    el("a").attr("href", to_query(to)).attr(GO, "").attr("aria-label", name)
}

/// The figure around a chart: the drawing with its name, and the caption that says what it shows.
fn figure(class: &str, w: i32, h: i32, name: String, caption: String, marks: Vec<El>) -> El {
    let svg = el("svg")
        .cls("chart")
        .attr("viewBox", "0 0 ".to_string() + &w.to_string() + " " + &h.to_string())
        // A group, not an image: an image's children are hidden from assistive technology,
        // and the marks are links a reader must be able to reach.
        .attr("role", "group")
        .attr("aria-label", name)
        .add_all(marks);
    el("figure").cls("fig").cls(class).add(svg).add(el("figcaption").add(caption))
}

/// A party's colours as the custom properties the stylesheet picks from for each theme.
fn colours(cx: &Cx, p: PartyIx) -> String {
    let party = cx.ds.party(p);
    "--swatch-light:".to_string() + &party.colour_light + ";--swatch-dark:" + &party.colour_dark
}

/// Where the party's row or mark links: the issue, at the date of the position it stands for.
fn position_link(cx: &Cx, pos: &Position) -> ViewState {
    let mut to = issue_state(cx.state, &cx.ds.issue(pos.issue).id);
    to.date = Some(pos.as_of);
    to
}

/// The lowest and highest value a quantity stance accepts, as the engine reads it; `None` when
/// it names no figure.
fn range(stance: &Stance) -> Option<(f64, f64)> {
    match stance {
        Stance::Quantity { preferred: Some(v), min: None, max: None } => Some((*v, *v)),
        Stance::Quantity { min: None, max: None, .. } => None,
        Stance::Quantity { min, max, .. } => Some((min.unwrap_or(0.0), max.unwrap_or(f64::INFINITY))),
        _ => None,
    }
}

/// The largest finite figure a stance names, or 0, for the end of a numeric axis.
fn top_of(stance: &Stance) -> f64 {
    let mut top = 0.0f64;
    if let Stance::Quantity { preferred, min, max } = stance {
        for v in [preferred, min, max].into_iter().flatten() {
            if v.is_finite() {
                top = top.max(*v);
            }
        }
    }
    top
}

/// A round step for about four ticks up to `end`: 1, 2 or 5 times a power of ten.
fn tick_step(end: f64) -> f64 {
    let raw = end / 4.0;
    let mut mag = 1.0;
    while mag * 10.0 <= raw {
        mag *= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(mag * 10.0)
}

/// A shaded band from `a` to `b` over the rows, with a glyph or label centred above it: the
/// common ground (✓), the possible common ground (◇), or the gap between ranges.
#[inline(never)]
fn band(marks: &mut Vec<El>, (a, b): (i32, i32), height: i32, class: &str, label: &str) {
    if !class.starts_with("cg-possible") {
        rect(marks, class, a, 2, b - a, height);
    }
    put_text(marks, class, (a + b) / 2, 12, label);
}

/// An issue's scale with every known party placed on it: one small multiple of the overview
/// (`wide` false), or the issue view's larger strip (`wide` true). Options run left to right in
/// the scale's order; a quantity sits on a numeric axis from 0 a little past the largest figure.
pub fn scale_strip(cx: &Cx, ix: IssueIx, parties: &[PartyIx], ground: &CommonGround) -> El {
    let (ds, t) = (cx.ds, &cx.text);
    let issue = ds.issue(ix);
    let quantity = issue.kind == IssueKind::Quantity;
    let w = WIDE;
    let (x0, x1, top) = (NAMES + 2, w - 6, 16);
    let n = issue.options.len();
    let col = (x1 - x0) / n.max(1) as i32;

    // The rows, the axis's end, and the tightest ranges: the lowest maximum and the highest minimum.
    let (mut rows, mut end, mut lo, mut hi, mut ranges) = (Vec::new(), 0.0f64, f64::INFINITY, 0.0f64, 0);
    for &p in parties {
        if let Some(pos) = cx.snap.position(ds, p, ix) {
            rows.push(pos);
            end = end.max(top_of(&pos.stance));
            if let Some((a, b)) = range(&pos.stance) {
                (lo, hi, ranges) = (lo.min(b), hi.max(a), ranges + 1);
            }
        }
    }
    let end = if end > 0.0 { end * 1.15 } else { 1.0 };
    let at = |v: f64| x0 + ((v.min(end) / end) * (x1 - x0) as f64) as i32;
    let bottom = top + ROW * rows.len() as i32;
    let mut marks = Vec::new();

    let shared = ground.shared.as_ref().filter(|_| !ground.too_few());
    if quantity {
        match shared {
            Some(Shared::Range { min, max }) => {
                band(&mut marks, (at(min.unwrap_or(0.0)), at(max.unwrap_or(f64::INFINITY))), bottom, "cg-band", "✓")
            }
            // A gap up to "no limit" is not a distance in the unit: shaded, not labelled.
            _ if ranges > 1 && hi > lo => {
                let label = if hi.is_finite() { gap_label(t, issue, hi - lo) } else { String::new() };
                band(&mut marks, (at(lo), at(hi)), bottom, "gap-band", &label)
            }
            _ => {}
        }
        // The axis: round ticks, the unit named under the last.
        let step = tick_step(end);
        let mut v = 0.0;
        while v <= end {
            line(&mut marks, "tick", at(v), bottom, at(v), bottom + 3);
            put_text(&mut marks, "axis-label mid", at(v), bottom + 13, &t.number(v));
            v += step;
        }
        let unit = issue.unit.as_ref().map(|u| u.for_amount(end)).unwrap_or("");
        put_text(&mut marks, "axis-label end", x1, bottom + 25, unit);
    } else if !ground.too_few() {
        for o in 0..n {
            let x = x0 + o as i32 * col;
            if matches!(shared, Some(Shared::Outcomes(s)) if s.contains(&o)) {
                band(&mut marks, (x, x + col), bottom, "cg-band", "✓");
            } else if ground.possible.contains(&o) {
                band(&mut marks, (x, x + col), bottom, "cg-possible", "◇");
            }
        }
    }

    for (r, pos) in rows.iter().enumerate() {
        let y = top + ROW * r as i32 + ROW / 2;
        let mut kids = Vec::new();
        rect(&mut kids, "hit", 0, y - ROW / 2, w, ROW);
        put_text(&mut kids, "m-name end", NAMES - 2, y + 4, ds.party(pos.party).short.shown());
        line(&mut kids, "track", x0, y, x1, y);
        // Each mark as (from, to, kind): a bar from `from` to `to`, or a glyph centred on `from`.
        let mut put = |a: i32, b: i32, kind: usize| match kind {
            0 => rect(&mut kids, "m-acc", a, y - 4, b - a, 8),
            _ => {
                // The glyphs draw what the mark's name says in words: hidden from assistive
                // technology, so the name holds all the text a reader sees (WCAG 2.5.3).
                let (class, glyph) = [("m-rej mid", "✗"), ("m-pref mid", "★"), ("m-open end", "→")][(kind - 1) % 3];
                kids.push(text(a, y + 4, class, glyph).attr("aria-hidden", "true"))
            }
        };
        match &pos.stance {
            Stance::Quantity { preferred, .. } => {
                if let Some((a, b)) = range(&pos.stance) {
                    put(at(a), at(b), 0);
                    if b == f64::INFINITY {
                        put(x1, 0, 3);
                    }
                }
                if let Some(v) = preferred {
                    put(at(*v), 0, 2);
                }
            }
            stance => {
                for o in 0..n {
                    let x = x0 + o as i32 * col;
                    match verdict(&pos.stance, o) {
                        Verdict::Accept => put(x + 1, x + col - 1, 0),
                        Verdict::Reject => put(x + col / 2, 0, 1),
                        Verdict::Unknown => {}
                    }
                    let preferred = match stance {
                        Stance::Options { preferred, .. } => *preferred == Some(o),
                        Stance::Set { preferred, .. } => preferred.contains(&o),
                        Stance::Quantity { .. } => false,
                    };
                    if preferred {
                        put(x + col / 2, 0, 2);
                    }
                }
            }
        }
        marks.push(
            mark_link(&position_link(cx, pos), chart_mark(t, ds, pos, issue))
                .attr("style", colours(cx, pos.party))
                .add_all(kids),
        );
    }
    let h = bottom + if quantity { 30 } else { 4 };
    let fig = figure("strip", w, h, strip_name(t, issue), strip_caption(t, issue, ground), marks);
    match (quantity, issue.options.first(), issue.options.last()) {
        (false, Some(first), Some(last)) => fig.add(
            el("p")
                .cls("ends")
                .attr("aria-hidden", "true")
                .add(el("span").add(first.label.shown()))
                .add(el("span").add(last.label.shown())),
        ),
        _ => fig,
    }
}

/// Appends `word` and the number `n` to a path's data.
#[inline(never)]
fn cat(path: &mut String, word: &str, n: i32) {
    path.push_str(word);
    path.push_str(&n.to_string());
}

/// Where a stance sits on its lane, from 0 (the top) to 1000 (the bottom): the preferred outcome
/// or value, else the middle of what it accepts; `None` when it names nothing it accepts.
fn lane_value(stance: &Stance, options: usize, end: f64) -> Option<i32> {
    let last = options.saturating_sub(1).max(1) as f64;
    let v = match stance {
        Stance::Options { preferred: Some(p), .. } => *p as f64 / last,
        Stance::Options { acceptable, .. } if !acceptable.is_empty() => {
            acceptable.iter().sum::<usize>() as f64 / acceptable.len() as f64 / last
        }
        // A set's lane shows how many items it accepts: all at the top, none at the bottom.
        Stance::Set { acceptable, .. } if !acceptable.is_empty() => {
            1.0 - acceptable.len() as f64 / options.max(1) as f64
        }
        Stance::Quantity { preferred: Some(v), .. } => 1.0 - v.min(end) / end,
        Stance::Quantity { .. } => {
            let (lo, hi) = range(stance)?;
            1.0 - (if hi.is_finite() { (lo + hi) / 2.0 } else { lo }).min(end) / end
        }
        _ => return None,
    };
    Some((v * 1000.0) as i32)
}

/// What a stance could accept, as the top and bottom of a span on its lane (0 to 1000, as
/// `lane_value`): its outcomes from the first to the last, or its range of figures; `None` for a
/// set, whose lane counts items, and for a stance that accepts nothing. Out of line: inlined into
/// `over_time` it cost 324 B more of the bundle (`./x build`).
#[inline(never)]
fn lane_span(stance: &Stance, options: usize, end: f64) -> Option<(i32, i32)> {
    let last = options.saturating_sub(1).max(1) as f64;
    let (top, bottom) = match stance {
        Stance::Options { acceptable, .. } => (*acceptable.first()? as f64 / last, *acceptable.last()? as f64 / last),
        Stance::Quantity { .. } => {
            let (lo, hi) = range(stance)?;
            (1.0 - hi.min(end) / end, 1.0 - lo.min(end) / end)
        }
        Stance::Set { .. } => return None,
    };
    Some(((top * 1000.0) as i32, (bottom * 1000.0) as i32))
}

/// Each party's position on an issue over time as a step line in its own lane, a mark for every
/// dated position (a link to the issue as of that date), the documents' dates, and today's.
pub fn over_time(cx: &Cx, ix: IssueIx) -> Option<El> {
    let (ds, t) = (cx.ds, &cx.text);
    let issue = ds.issue(ix);
    // Positions are sorted by issue, party, then date: each party's come in order.
    let positions: Vec<&Position> = ds.positions.iter().filter(|p| p.issue == ix).collect();
    let first = positions.iter().map(|p| p.as_of).min()?;
    let start = first.min(Date { year: 2022, month: 1, day: 1 });
    let stop = ds.latest_date().max(cx.view.date);
    // Days counted as if every month had 31: in order, and at most a week out on an axis where
    // one unit is about a week; cheaper than the calendar's day numbers.
    let days = |d: Date| d.year as i32 * 372 + d.month as i32 * 31 + d.day as i32;
    let (d0, span) = (days(start), (days(stop) - days(start)).max(1));
    let (x0, x1) = (NAMES + 2, WIDE - 8);
    let x = |d: Date| x0 + (days(d) - d0) * (x1 - x0) / span;
    let mut end = 1.0f64;
    for p in &positions {
        end = end.max(top_of(&p.stance));
    }
    let end = end * 1.15;
    // A lane per party with a position: the model sorts positions by issue, party and date, so
    // each party's are a run of `positions`, in order.
    let mut lanes = 0;
    for (i, p) in positions.iter().enumerate() {
        if i == 0 || positions[i - 1].party != p.party {
            lanes += 1;
        }
    }
    let (top, lane) = (14, 30);
    let bottom = top + lane * lanes;
    let mut marks = Vec::new();

    for year in start.year..=stop.year {
        let at = x(Date { year, month: 1, day: 1 }).max(x0);
        line(&mut marks, "tick", at, top, at, bottom);
        put_text(&mut marks, "axis-label mid", at, bottom + 12, &year.to_string());
    }
    // The documents' dates, named by a tooltip: the documents themselves are linked in the
    // list under the chart, so a link here would be a second stop for the same place.
    for f in &ds.frameworks {
        let at = x(f.date);
        line(&mut marks, "fw-line", at, top - 4, at, bottom);
        let name = t.fill(Key::ChartAtDate, &[("name", f.name.shown()), ("date", &t.date(f.date))]);
        marks.push(text(at, top - 4, "fw-mark mid", "▼").add(el("title").add(name)));
    }
    let now = x(cx.view.date);
    line(&mut marks, "now-line", now, top - 6, now, bottom + 2);

    let (mut l, mut path, mut drawn, mut dots, mut spans) = (-1, String::new(), false, Vec::new(), Vec::new());
    for (i, pos) in positions.iter().enumerate() {
        if i == 0 || positions[i - 1].party != pos.party {
            (l, path, drawn) = (l + 1, String::new(), false);
        }
        let y0 = top + lane * l + 5;
        let y = |v: i32| y0 + v * (lane - 10) / 1000;
        let next = positions.get(i + 1).filter(|n| n.party == pos.party);
        let (a, b) = (x(pos.as_of), next.map(|n| x(n.as_of)).unwrap_or(x1));
        let v = lane_value(&pos.stance, issue.options.len(), end);
        // What it could accept, shaded behind the line for as long as the position holds.
        if let Some((up, down)) = lane_span(&pos.stance, issue.options.len(), end) {
            rect(&mut spans, "ot-span", a, y(up) - 2, b - a, y(down) - y(up) + 4);
        }
        // One line that steps up or down at each change, broken where a position accepts nothing.
        if let Some(v) = v {
            if drawn {
                cat(&mut path, "V", y(v));
            } else {
                cat(&mut path, "M", a);
                cat(&mut path, " ", y(v));
            }
            cat(&mut path, "H", b);
        }
        drawn = v.is_some();
        let (class, glyph) = match (&pos.stance, v) {
            // Nothing it accepts: ✗ only where it rules something out, as everywhere else; a
            // position that names no outcome at all is not a rejection.
            (Stance::Options { rejected, .. } | Stance::Set { rejected, .. }, None) if !rejected.is_empty() => {
                ("m-rej mid", "✗")
            }
            (_, None) => ("dot-unk mid", "?"),
            (Stance::Options { preferred: Some(_), .. } | Stance::Quantity { preferred: Some(_), .. }, _) => {
                ("dot-pref mid", "●")
            }
            (Stance::Set { preferred, .. }, _) if !preferred.is_empty() => ("dot-pref mid", "●"),
            _ => ("dot-acc mid", "○"),
        };
        let yy = y(v.unwrap_or(500)) + 4;
        let name = t.fill(Key::ChartAtDate, &[("name", &chart_mark(t, ds, pos, issue)), ("date", &t.date(pos.as_of))]);
        dots.push(mark_link(&position_link(cx, pos), name).add(text(a, yy, class, glyph)));
        // The lane is done at the party's last position: its line, name and step line under its marks.
        if next.is_none() {
            let mut kids = Vec::new();
            line(&mut kids, "lane", x0, y0 + lane - 7, x1, y0 + lane - 7);
            put_text(&mut kids, "m-name end", NAMES - 2, y0 + lane / 2, ds.party(pos.party).short.shown());
            kids.append(&mut spans);
            kids.push(el("path").cls("step-line").attr("d", std::mem::take(&mut path)));
            kids.append(&mut dots);
            marks.push(el("g").attr("style", colours(cx, pos.party)).add_all(kids));
        }
    }
    let (name, caption) = over_time_caption(t, issue, start, stop);
    Some(figure("over-time", WIDE, bottom + 16, name, caption, marks))
}

/// How far apart a conflict is, from 0 to 1000, for sorting and for the length of its bar.
fn distance(issue: &crate::model::Issue, gap: Gap, a: Option<&Stance>, b: Option<&Stance>) -> i32 {
    let share = match gap {
        Gap::Steps(n) => n as f64 / issue.options.len().saturating_sub(1).max(1) as f64,
        Gap::Amount(v) => {
            let top = a.map(top_of).unwrap_or(0.0).max(b.map(top_of).unwrap_or(0.0));
            if v.is_finite() && top > 0.0 {
                (v / top).min(1.0)
            } else {
                1.0
            }
        }
        _ => 1.0,
    };
    (share * 1000.0) as i32
}

/// The pair's relations as one stacked bar, and its conflicts as bars of their distance
/// (steps on the scale, or the gap in the unit), furthest apart first.
pub fn pair_chart(cx: &Cx, relations: &[(IssueIx, Relation)], counts: &PairCounts) -> El {
    let (ds, t) = (cx.ds, &cx.text);
    let (a, b) = (cx.view.a, cx.view.b);
    let total = relations.len().max(1) as i32;
    let mut marks = Vec::new();
    let mut x = 0;
    for k in RelationKind::ALL {
        let n = counts.get(k) as i32;
        let width = n * WIDE / total;
        if n > 0 {
            rect(&mut marks, &("seg-".to_string() + k.as_str()), x, 0, width, 18);
        }
        // The count and the kind's icon, or the icon alone on a narrow segment: never colour alone.
        let icon = super::parts::relation_words(t, k).0;
        if width >= 8 {
            put_text(
                &mut marks,
                "mid",
                x + width / 2,
                13,
                &if width >= 22 { t.number(f64::from(n)) + " " + icon } else { icon.to_string() },
            );
        }
        x += width;
    }
    let stance = |p: PartyIx, i: IssueIx| cx.snap.stance(ds, p, i);
    let mut far: Vec<(i32, IssueIx, Gap)> = Vec::new();
    for (i, r) in relations {
        if let Relation::Conflict(g) = r {
            far.push((distance(ds.issue(*i), *g, stance(a, *i), stance(b, *i)), *i, *g));
        }
    }
    // Furthest first, then in the issues' order, through the model's one shared sort.
    let mut order: Vec<usize> = (0..far.len()).collect();
    crate::model::dataset::sort_indices(&mut order, &|p, q| far[q].0.cmp(&far[p].0).then(p.cmp(&q)));
    let (bar0, bar1) = (146, 226);
    for (r, &k) in order.iter().enumerate() {
        let Some(&(d, i, g)) = far.get(k) else { continue };
        let y = 30 + ROW * r as i32;
        let issue = ds.issue(i);
        let len = (d * (bar1 - bar0) / 1000).max(2);
        marks.push(short_label(0, y + 10, "m-issue", issue.name.shown(), 26));
        rect(&mut marks, "dist", bar0, y + 2, len, 9);
        put_text(&mut marks, "dist-label", bar0 + len + 4, y + 10, &gap_short(t, issue, g));
    }
    let (name, caption) = pair_chart_caption(t, ds, a, b, counts, far.len());
    figure("pair-chart", WIDE, 30 + ROW * far.len() as i32 + 4, name, caption, marks)
}

/// What moved between two dates: a grid of the issues and parties that moved, one mark for each
/// changed position (● moved, ◆ new, ○ withdrawn), each a link to the issue at that position's date.
pub fn changes_chart(cx: &Cx, moved: &[Change]) -> Option<El> {
    let ds = cx.ds;
    if moved.is_empty() {
        return None;
    }
    // A column for each party that moved, in the parties' order; -1 for the others.
    let mut column: Vec<i32> = vec![-1; ds.parties.len()];
    for c in moved {
        if let Some(k) = column.get_mut(c.party.0) {
            *k = 0;
        }
    }
    let mut cols = 0;
    for k in column.iter_mut().filter(|k| **k == 0) {
        (*k, cols) = (cols, cols + 1);
    }
    let label_w = 112;
    let col = ((WIDE - label_w) / cols.max(1)).min(30);
    // Narrow columns take their names in two staggered rows, so that neighbours do not overlap.
    let stagger = col < 28;
    let top = if stagger { 26 } else { 16 };
    let mut marks = Vec::new();
    for (p, &c) in column.iter().enumerate().filter(|(_, c)| **c >= 0) {
        let x = label_w + col * c + col / 2;
        let y = if stagger && c % 2 == 1 { 22 } else { 11 };
        marks.push(text(x, y, "m-name mid", ds.party(PartyIx(p)).short.shown()).attr("style", colours(cx, PartyIx(p))));
    }
    // A row for each issue on which something moved: the changes come by issue, then party.
    let mut r = -1;
    for (i, change) in moved.iter().enumerate() {
        let issue = ds.issue(change.issue);
        if i == 0 || moved[i - 1].issue != change.issue {
            r += 1;
            let y = top + 14 * r;
            marks.push(short_label(0, y + 10, "m-issue", issue.name.shown(), 20));
            line(&mut marks, "track", label_w, y + 7, WIDE - 2, y + 7);
        }
        let Some(pos) = change.after.or(change.before) else { continue };
        let x = label_w + col * column.get(change.party.0).copied().unwrap_or(0) + col / 2;
        let (class, glyph) = match (change.before, change.after) {
            (None, _) => ("dot-new mid", "◆"),
            (_, None) => ("dot-acc mid", "○"),
            _ => ("dot-pref mid", "●"),
        };
        marks.push(
            mark_link(&position_link(cx, pos), change_mark(&cx.text, ds, change))
                .attr("style", colours(cx, change.party))
                .add(text(x, top + 14 * r + 11, class, glyph)),
        );
    }
    let rows = r + 1;
    let (name, caption) = changes_chart_name(&cx.text, moved.len(), rows as usize, cols as usize);
    Some(figure("changes-chart", WIDE, top + 14 * rows + 4, name, caption, marks))
}

/// The overview: every issue's scale strip as a small multiple, grouped by topic, one column on
/// a phone and a grid on a desktop, each titled with a link to its issue.
pub fn overview(cx: &Cx, grounds: &[(IssueIx, CommonGround)]) -> El {
    let ds = cx.ds;
    let mut out = el("section")
        .key("overview")
        .cls("overview")
        .add(el("h3").add(cx.text.get(Key::ChartOverviewHeading)))
        .add(el("p").cls("key").add(cx.text.get(Key::ChartOverviewKey)));
    for (t, topic) in ds.topics.iter().enumerate() {
        let mut cards = Vec::new();
        for (i, g) in grounds.iter().filter(|(i, _)| ds.issue(*i).topic == t) {
            let issue = ds.issue(*i);
            let to = issue_state(cx.state, &issue.id);
            cards.push(
                el("div")
                    .key(&issue.id)
                    .cls("multiple")
                    .add(el("p").cls("mult-title").add(super::parts::link(&to, issue.name.shown())))
                    .add(scale_strip(cx, *i, &cx.view.parties, g)),
            );
        }
        if !cards.is_empty() {
            out = out.add(
                el("section")
                    .key(&topic.id)
                    .add(el("h4").add(topic.name.shown()))
                    .add(el("div").cls("multiples").add_all(cards)),
            );
        }
    }
    out
}
