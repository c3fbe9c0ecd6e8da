//! Every sentence and phrase a reader sees about computed results: outcomes, stances, relations,
//! fits, movements and each view's opening paragraph. Generated from the model, so the words
//! always match the numbers; kept in one place for a later translation.

use crate::analysis::{Basis, PartyDeal, PickChange, PlanDiff, Standing, Suggestion, Take, Versus};
use crate::analysis::{
    Change, CommonGround, Fit, FrameworkFit, Gap, Movement, Outside, PairCounts, Relation, RelationChange,
    RelationKind, Shared,
};
// Paragraphs grow with `write!` rather than `push_str(&format!(…))`, which built and dropped a
// string for each clause; writing to a `String` cannot fail, so its result is ignored.
use std::fmt::Write;

use crate::model::{fmt_num, Dataset, Date, Framework, Issue, IssueIx, IssueKind, Outcome, PartyIx, Stance};

fn label(issue: &Issue, ix: usize) -> &str {
    issue.options.get(ix).map(|o| o.label.en()).unwrap_or("?")
}

fn labels(issue: &Issue, ixs: &[usize]) -> String {
    ixs.iter().map(|&i| label(issue, i)).collect::<Vec<_>>().join("; ")
}

/// "outcome" or "item", as the issue's kind calls them.
fn outcome_noun(issue: &Issue) -> &'static str {
    if issue.kind == IssueKind::Set {
        "item"
    } else {
        "outcome"
    }
}

/// A value with its unit, "1 year", "85,000 troops", or the issue's word for "unlimited".
pub fn amount(issue: &Issue, v: f64) -> String {
    if v == f64::INFINITY {
        return issue.unlimited_en().to_string();
    }
    match &issue.unit {
        Some(unit) => format!("{} {}", fmt_num(v), unit.en_for(v)),
        None => fmt_num(v),
    }
}

/// "Permanent neutrality with guarantees", "85,000 troops", "United States; China".
pub fn describe_outcome(issue: &Issue, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Option(o) => label(issue, *o).to_string(),
        Outcome::Quantity(v) => amount(issue, *v),
        Outcome::Items(items) if items.is_empty() => "none".to_string(),
        Outcome::Items(items) => labels(issue, items),
    }
}

/// What parties share, in words: "Neutrality; Ban written into law", "between 250,000 and 600,000 troops".
pub fn describe_shared(issue: &Issue, shared: &Shared) -> String {
    match shared {
        Shared::Outcomes(o) if o.is_empty() => "nothing".to_string(),
        Shared::Outcomes(o) => labels(issue, o),
        Shared::Range { min: Some(lo), max: Some(hi) } if lo == hi => amount(issue, *lo),
        Shared::Range { min: Some(lo), max: None } if *lo == f64::INFINITY => issue.unlimited_en().to_string(),
        Shared::Range { min: Some(lo), max: Some(hi) } => {
            format!("between {} and {}", fmt_num(*lo), amount(issue, *hi))
        }
        Shared::Range { min: Some(lo), max: None } => format!("at least {}", amount(issue, *lo)),
        Shared::Range { min: None, max: Some(hi) } => format!("at most {}", amount(issue, *hi)),
        Shared::Range { min: None, max: None } => "any value".to_string(),
    }
}

/// The reason for a conflict, in words: "2 steps apart on the scale", "a gap of 165,000 troops".
pub fn describe_gap(issue: &Issue, gap: Gap) -> String {
    let noun = outcome_noun(issue);
    match gap {
        Gap::Steps(1) => "1 step apart on the scale".to_string(),
        Gap::Steps(n) => format!("{n} steps apart on the scale"),
        Gap::Amount(v) if v == f64::INFINITY => format!("one side accepts only “{}”", issue.unlimited_en()),
        Gap::Amount(v) => format!("a gap of {}", amount(issue, v)),
        Gap::Disjoint => "no item both accept".to_string(),
        Gap::RedLines => format!("one side rejects every {noun} the other accepts"),
        Gap::AllRejected => format!("between them they reject every {noun}"),
    }
}

/// A relation's kind as it opens a phrase: "conflict", "overlap". The URL and class names of
/// `RelationKind::as_str` happen to be the same English words, but they are not for readers.
fn kind_word(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Agree => "agree",
        RelationKind::Overlap => "overlap",
        RelationKind::Conflict => "conflict",
        RelationKind::Possible => "possible",
        RelationKind::Unknown => "unknown",
    }
}

/// What a relation adds to its kind, if anything: "on Neutrality", "a gap of 165,000 troops".
pub fn relation_detail(issue: &Issue, relation: &Relation) -> Option<String> {
    match relation {
        Relation::Agree(_) | Relation::Unknown => None,
        Relation::Overlap(s) => Some(format!("on {}", describe_shared(issue, s))),
        Relation::Conflict(g) => Some(describe_gap(issue, *g)),
        Relation::Possible(open) => Some(format!("neither rules out {}", labels(issue, open))),
    }
}

/// A relation in one short phrase: "conflict: a gap of 165,000 troops", "overlap on Neutrality".
pub fn describe_relation(issue: &Issue, relation: &Relation) -> String {
    let kind = kind_word(relation.kind());
    match (relation, relation_detail(issue, relation)) {
        (Relation::Overlap(_), Some(detail)) => format!("{kind} {detail}"),
        (_, Some(detail)) => format!("{kind}: {detail}"),
        (_, None) => kind.to_string(),
    }
}

/// A party and its stance on the issue at hand, if it has one.
pub type Side<'a> = (PartyIx, Option<&'a Stance>);

/// Like `relation_detail`, for two named parties: a conflict over red lines says whose they are
/// ("Russia rejects Tribunal, the only outcome Ukraine accepts").
pub fn pair_relation_detail(ds: &Dataset, issue: &Issue, relation: &Relation, a: Side, b: Side) -> Option<String> {
    let accepted = |s: Option<&Stance>| match s {
        Some(Stance::Options { acceptable, .. } | Stance::Set { acceptable, .. }) => acceptable.clone(),
        _ => Vec::new(),
    };
    if relation != &Relation::Conflict(Gap::RedLines) {
        return relation_detail(issue, relation);
    }
    // One side names only red lines; the other names what it accepts.
    let ((rejecter, _), (accepter, stance)) = if accepted(a.1).is_empty() { (a, b) } else { (b, a) };
    let (r, n) = (ds.party(rejecter).name.en(), ds.party(accepter).name.en());
    let noun = outcome_noun(issue);
    Some(match accepted(stance).as_slice() {
        [one] => format!("{r} rejects {}, the only {noun} {n} accepts", label(issue, *one)),
        all => format!("{r} rejects every {noun} {n} accepts ({})", labels(issue, all)),
    })
}

/// A relation between two named parties in one short phrase, as `describe_relation` words it.
pub fn describe_pair_relation(ds: &Dataset, issue: &Issue, relation: &Relation, a: Side, b: Side) -> String {
    match pair_relation_detail(ds, issue, relation, a, b) {
        Some(detail) if relation.kind() != RelationKind::Overlap => format!("{}: {detail}", kind_word(relation.kind())),
        _ => describe_relation(issue, relation),
    }
}

/// How a provision fits a party, in a few words: "compatible", "outside by 1 year".
pub fn describe_fit(issue: &Issue, fit: Fit) -> String {
    match fit {
        Fit::Compatible => "compatible".to_string(),
        Fit::RedLine => "red line".to_string(),
        Fit::OutsideRange(Outside::By(d)) => format!("outside by {}", amount(issue, d)),
        Fit::OutsideRange(Outside::TextUnlimited) => format!("outside: the text says “{}”", issue.unlimited_en()),
        Fit::OutsideRange(Outside::PartyUnlimited) => format!("outside: accepts only “{}”", issue.unlimited_en()),
        Fit::Unknown => "unknown".to_string(),
    }
}

/// How a relation moved within its kind: "gap narrowed from 5,400 to 4,340 centrifuges",
/// "shared range grew from at most 100,000 to at most 150,000 troops".
pub fn describe_movement(issue: &Issue, change: &RelationChange, movement: Movement) -> String {
    let verb = match movement {
        Movement::Narrowed => "narrowed",
        Movement::Widened => "widened",
        Movement::Grew => "grew",
        Movement::Shrank => "shrank",
        Movement::Shifted => "changed",
    };
    let noun = outcome_noun(issue);
    match (&change.before, &change.after) {
        (Relation::Conflict(Gap::Steps(x)), Relation::Conflict(Gap::Steps(y))) => {
            format!("gap {verb} from {x} to {y} step{} on the scale", if *y == 1 { "" } else { "s" })
        }
        (Relation::Conflict(Gap::Amount(x)), Relation::Conflict(Gap::Amount(y))) if x.is_finite() && y.is_finite() => {
            format!("gap {verb} from {} to {}", fmt_num(*x), amount(issue, *y))
        }
        (Relation::Conflict(x), Relation::Conflict(y)) if movement == Movement::Shifted => {
            format!("now {}; was {}", describe_gap(issue, *y), describe_gap(issue, *x))
        }
        (Relation::Conflict(x), Relation::Conflict(y)) => {
            format!("gap {verb}: now {}; was {}", describe_gap(issue, *y), describe_gap(issue, *x))
        }
        (Relation::Overlap(x), Relation::Overlap(y)) => {
            let what = match x {
                Shared::Range { .. } => "shared range",
                Shared::Outcomes(_) => {
                    if noun == "item" {
                        "shared items"
                    } else {
                        "shared outcomes"
                    }
                }
            };
            format!("{what} {verb} from {} to {}", describe_shared(issue, x), describe_shared(issue, y))
        }
        (Relation::Possible(x), Relation::Possible(y)) => {
            format!("what neither rules out {verb} from {} to {}", labels(issue, x), labels(issue, y))
        }
        _ => describe_relation(issue, &change.after),
    }
}

/// A stance in a few words: "prefers X; also accepts Y; rejects Z", "at most 85,000 troops".
pub fn describe_stance(issue: &Issue, stance: &Stance) -> String {
    let mut parts = Vec::new();
    match stance {
        Stance::Options { preferred, acceptable, rejected } => {
            if let Some(p) = preferred {
                parts.push(format!("prefers {}", label(issue, *p)));
            }
            let mut others = Vec::new();
            for &a in acceptable {
                if Some(a) != *preferred {
                    others.push(a);
                }
            }
            if !others.is_empty() {
                parts.push(format!(
                    "{}accepts {}",
                    if preferred.is_some() { "also " } else { "" },
                    labels(issue, &others)
                ));
            }
            if !rejected.is_empty() {
                parts.push(format!("rejects {}", labels(issue, rejected)));
            }
        }
        Stance::Set { preferred, acceptable, rejected } => {
            if !preferred.is_empty() {
                parts.push(format!("prefers {}", labels(issue, preferred)));
            }
            let mut others = Vec::new();
            for &a in acceptable {
                if !preferred.contains(&a) {
                    others.push(a);
                }
            }
            if !others.is_empty() {
                parts.push(format!("also accepts {}", labels(issue, &others)));
            }
            if !rejected.is_empty() {
                parts.push(format!("rejects {}", labels(issue, rejected)));
            }
        }
        Stance::Quantity { preferred, min, max } => {
            if let Some(p) = preferred {
                parts.push(format!("prefers {}", amount(issue, *p)));
            }
            let range = Shared::Range { min: *min, max: *max };
            if min.is_some() || max.is_some() {
                parts.push(format!("accepts {}", describe_shared(issue, &range)));
            }
        }
    }
    if parts.is_empty() {
        "no comparable position".to_string()
    } else {
        parts.join("; ")
    }
}

fn name_list(names: &[&str], limit: usize) -> String {
    let shown: Vec<&str> = names.iter().take(limit).copied().collect();
    let rest = names.len().saturating_sub(limit);
    let mut text = match shown.len() {
        0 => String::new(),
        1 => shown[0].to_string(),
        n => format!("{} and {}", shown[..n - 1].join(", "), shown[n - 1]),
    };
    if rest > 0 {
        text = format!("{}, and {rest} more", shown.join(", "));
    }
    text
}

fn party_names(ds: &Dataset, parties: &[PartyIx]) -> Vec<String> {
    let mut names = Vec::new();
    for &p in parties {
        names.push(ds.party(p).name.en().to_string());
    }
    names
}

fn join_names(names: &[String], limit: usize) -> String {
    let mut refs = Vec::new();
    for name in names {
        refs.push(name.as_str());
    }
    name_list(&refs, limit)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Two parties' relations over every issue in one paragraph.
pub fn pair_summary(ds: &Dataset, date: Date, a: PartyIx, b: PartyIx, relations: &[(IssueIx, Relation)]) -> String {
    let counts = PairCounts::of(relations);
    // Loops rather than `filter().map().collect()` here and in `matrix_summary`: each chain's
    // closures get their own copy of the adapters' code in the wasm.
    let names = |kind: RelationKind| -> Vec<&str> {
        let mut out = Vec::new();
        for (i, r) in relations {
            if r.kind() == kind {
                out.push(ds.issue(*i).name.en());
            }
        }
        out
    };
    let (na, nb) = (ds.party(a).name.en(), ds.party(b).name.en());
    let known = counts.known();
    let mut text = if known == 0 {
        format!("The dataset has no comparable positions of both {na} and {nb} as of {}.", date.to_long())
    } else {
        let mut s = format!(
            "As of {}, {na} and {nb} conflict on {} of the {known} issues where both positions are known",
            date.to_long(),
            counts.conflict
        );
        if counts.agree > 0 {
            let _ = write!(s, "; they agree on {}", name_list(&names(RelationKind::Agree), 3));
        }
        if counts.overlap > 0 {
            let _ = write!(s, "; they overlap on {}", name_list(&names(RelationKind::Overlap), 3));
        }
        s.push('.');
        s
    };
    if counts.possible > 0 {
        let _ = write!(
            text,
            " On {} issue{} no outcome both accept is known, but some are ruled out by neither: {}.",
            counts.possible,
            plural(counts.possible),
            name_list(&names(RelationKind::Possible), 3)
        );
    }
    if counts.unknown > 0 {
        let _ = write!(
            text,
            " On {} issue{} the position of one or both is not known.",
            counts.unknown,
            plural(counts.unknown)
        );
    }
    text
}

/// The matrix in one paragraph: on how many issues the parties shown share common ground.
pub fn matrix_summary(ds: &Dataset, date: Date, grounds: &[(IssueIx, CommonGround)]) -> String {
    let mut comparable = Vec::new();
    for ground in grounds {
        if !ground.1.too_few() {
            comparable.push(ground);
        }
    }
    if comparable.is_empty() {
        return format!(
            "As of {}, no issue has known positions from two or more of the parties shown.",
            date.to_long()
        );
    }
    let names = |keep: &dyn Fn(&CommonGround) -> bool| -> Vec<String> {
        let mut out = Vec::new();
        for (i, g) in &comparable {
            if keep(g) {
                out.push(ds.issue(*i).name.en().to_string());
            }
        }
        out
    };
    let with_ground = names(&|g| g.exists());
    let possible = names(&|g| !g.exists() && !g.possible.is_empty());
    let without = names(&|g| !g.exists() && g.possible.is_empty());
    let mut s = format!(
        "As of {}, the parties with known positions share common ground on {} of the {} issues where at least two positions are known",
        date.to_long(),
        with_ground.len(),
        comparable.len()
    );
    if !possible.is_empty() {
        let _ = write!(s, "; it is possible but not confirmed on {}", join_names(&possible, 4));
    }
    if !without.is_empty() {
        let _ = write!(s, "; there is none on {}", join_names(&without, 4));
    }
    s.push('.');
    s
}

/// A framework in one paragraph: how its provisions fit each party.
pub fn framework_summary(
    ds: &Dataset,
    framework: &Framework,
    parties: &[PartyIx],
    fit: &FrameworkFit,
    date: Date,
) -> String {
    let mut s = format!(
        "{} ({}) has {} provision{} mapped to issues.",
        framework.name.en(),
        framework.date.to_long(),
        framework.provisions.len(),
        plural(framework.provisions.len())
    );
    let mut parts = Vec::new();
    for (p, c) in parties.iter().zip(&fit.counts) {
        if c.compatible + c.conflict == 0 {
            continue;
        }
        parts.push(format!("{}: {} compatible, {} in conflict", ds.party(*p).name.en(), c.compatible, c.conflict));
    }
    if parts.is_empty() {
        let _ = write!(s, " As of {}, no party's known positions bear on them.", date.to_long());
    } else {
        let _ = write!(s, " Against positions as of {}: {}.", date.to_long(), parts.join("; "));
    }
    let disputed = fit.counts.first().map(|c| c.disputed).unwrap_or(0);
    if disputed > 0 {
        let _ = write!(
            s,
            " {disputed} provision{} disputed, with each side's version shown.",
            if disputed == 1 { " is" } else { "s are" }
        );
    }
    s
}

/// One issue in one paragraph: who is known, what they all accept, whose red lines stand alone.
pub fn issue_summary(ds: &Dataset, issue: &Issue, date: Date, ground: &CommonGround) -> String {
    let name = issue.name.en();
    let when = date.to_long();
    if ground.known.is_empty() {
        return format!("As of {when}, no party's position on {name} is known.");
    }
    let known = join_names(&party_names(ds, &ground.known), 8);
    let mut s = match &ground.shared {
        _ if ground.known.len() == 1 => format!("As of {when}, only {known} has a known position on {name}."),
        Some(shared) if ground.exists() => {
            format!("As of {when}, {known} can all accept: {}.", describe_shared(issue, shared))
        }
        _ if !ground.possible.is_empty() => format!(
            "As of {when}, {known} share no {} all of them accept on {name}, but none of them rules out: {}.",
            outcome_noun(issue),
            labels(issue, &ground.possible)
        ),
        _ => format!("As of {when}, {known} share no acceptable outcome on {name}."),
    };
    for &p in &ground.rejects_only {
        let mut rejected = Vec::new();
        for b in &ground.blockers {
            if b.rejected_by.contains(&p) {
                rejected.push(b.outcome);
            }
        }
        let _ = write!(
            s,
            " {} names no {} it accepts, only what it rejects: {}.",
            ds.party(p).name.en(),
            outcome_noun(issue),
            labels(issue, &rejected)
        );
    }
    if !ground.unknown.is_empty() {
        let _ = write!(s, " Not known: {}.", join_names(&party_names(ds, &ground.unknown), 8));
    }
    s
}

/// The changes view in one paragraph.
pub fn changes_summary(ds: &Dataset, from: Date, to: Date, changes: &[Change], relations: &[RelationChange]) -> String {
    if changes.is_empty() {
        return format!("No position changed between {} and {}.", from.to_long(), to.to_long());
    }
    let mut movers = Vec::new();
    for p in 0..ds.parties.len() {
        if changes.iter().any(|c| c.party == PartyIx(p)) {
            movers.push(PartyIx(p));
        }
    }
    let issues = (0..ds.issues.len()).map(IssueIx).filter(|i| changes.iter().any(|c| c.issue == *i)).count();
    let moved = relations.iter().filter(|r| r.movement().is_some()).count();
    let changed = relations.len() - moved;
    let mut s = format!(
        "Between {} and {}, {} position{} changed on {issues} issue{}, by {}; {changed} relation{} between parties changed as a result",
        from.to_long(),
        to.to_long(),
        changes.len(),
        plural(changes.len()),
        plural(issues),
        join_names(&party_names(ds, &movers), 6),
        plural(changed),
    );
    if moved > 0 {
        let _ = write!(s, ", and {moved} moved within their kind");
    }
    s.push('.');
    s
}

// ---- Charts (issue 11): the names and text alternatives of `present::charts`. ----

/// A position's mark on a chart, for assistive technology: "Russia (RU): prefers Neutrality; rejects …".
pub fn chart_mark(ds: &Dataset, pos: &crate::model::Position, issue: &Issue) -> String {
    // Concatenation, not `format!`: these run for every mark, and each `format!` costs bundle.
    // The short name the chart shows is in the name too, so that "RU" is what a voice user says
    // to follow the mark (WCAG 2.5.3, label in name).
    let party = ds.party(pos.party);
    let mut s = party.name.en().to_string();
    s.push_str(" (");
    s.push_str(party.short.en());
    s.push_str("): ");
    s + &describe_stance(issue, &pos.stance)
}

/// The label over the gap between the tightest ranges on a numeric axis: "gap: 165,000 troops".
pub fn gap_label(issue: &Issue, v: f64) -> String {
    "gap: ".to_string() + &amount(issue, v)
}

/// A conflict's distance in a few words, beside its bar: "2 of 4 steps", "165,000 troops".
pub fn gap_short(issue: &Issue, gap: Gap) -> String {
    match gap {
        // Out of the scale's steps, as the bar beside it is drawn: "1 of 1 step" is as far apart as
        // a scale of two outcomes allows, "2 of 6 steps" a third of the way.
        Gap::Steps(n) => {
            let of = issue.options.len().saturating_sub(1).max(1);
            n.to_string() + " of " + &of.to_string() + if of == 1 { " step" } else { " steps" }
        }
        Gap::Amount(v) => amount(issue, v),
        Gap::Disjoint => "no shared item".to_string(),
        Gap::RedLines | Gap::AllRejected => "all ruled out".to_string(),
    }
}

/// A scale strip's accessible name: what it is a picture of.
pub fn strip_name(issue: &Issue) -> String {
    issue.name.en().to_string() + ": where each party stands"
}

/// A scale strip's caption: its common ground, or that there is none.
pub fn strip_caption(issue: &Issue, ground: &CommonGround) -> String {
    if ground.too_few() {
        return "Too few known positions for common ground.".to_string();
    }
    match &ground.shared {
        Some(shared) if ground.exists() => "✓ Common ground: ".to_string() + &describe_shared(issue, shared) + ".",
        _ if !ground.possible.is_empty() => {
            "◇ Possible common ground: ".to_string() + &labels(issue, &ground.possible) + "."
        }
        _ => "✗ No common ground.".to_string(),
    }
}

/// The step-line chart's name and caption.
pub fn over_time_caption(issue: &Issue, start: Date, stop: Date) -> (String, String) {
    let name = issue.name.en().to_string()
        + ": each party's position over time, "
        + &start.year.to_string()
        + " to "
        + &stop.to_long();
    let lanes = match (issue.kind, issue.options.first(), issue.options.last()) {
        (IssueKind::Quantity, ..) => "the higher the line, the larger the figure".to_string(),
        (IssueKind::Set, ..) => "the higher the line, the more items it accepts".to_string(),
        (_, Some(a), Some(b)) => {
            "the top of each lane is “".to_string() + a.label.en() + "”, the bottom “" + b.label.en() + "”"
        }
        _ => String::new(),
    };
    let caption = "One lane per party; ".to_string()
        + &lanes
        + "; the shaded band: what it could accept. ● a position with a preferred outcome, ○ one with only acceptable outcomes, ✗ one that only rules outcomes out, ? one that names none; each opens the issue as of its date. ▼ and dashed lines: the documents; the solid line: the date shown.";
    (name, caption)
}

/// The pair chart's name and caption.
pub fn pair_chart_caption(
    ds: &Dataset,
    a: PartyIx,
    b: PartyIx,
    counts: &PairCounts,
    conflicts: usize,
) -> (String, String) {
    // Concatenation, not `format!` and `join`: each costs the bundle more than it says.
    let name = ds.party(a).name.en().to_string()
        + " and "
        + ds.party(b).name.en()
        + ": issues by relation, and how far apart their conflicts are";
    let mut caption = "The bar:".to_string();
    for k in RelationKind::ALL {
        let n = counts.get(k);
        if n > 0 {
            // "conflict 11", not "11 conflict": the kinds' words have no plural that reads well.
            caption = caption + " " + kind_word(k) + " " + &n.to_string() + ",";
        }
    }
    caption.pop();
    caption = caption
        + ". Below it, the "
        + &conflicts.to_string()
        + " conflict"
        + plural(conflicts)
        + ", furthest apart first: how many of the scale's steps apart, or the gap in the issue's unit.";
    (name, caption)
}

/// The changes chart's name and caption.
pub fn changes_chart_name(changes: usize, issues: usize, parties: usize) -> (String, String) {
    let name = changes.to_string()
        + " changed position"
        + plural(changes)
        + " on "
        + &issues.to_string()
        + " issue"
        + plural(issues)
        + " by "
        + &parties.to_string()
        + if parties == 1 { " party" } else { " parties" };
    let caption = name.clone()
        + ": ● a position that changed, ◆ a new one, ○ one no longer in effect; each opens the issue at the date of the position it stands for.";
    (name, caption)
}

/// A changed position's mark, for assistive technology: "Russia on NATO membership: now prefers …".
pub fn change_mark(ds: &Dataset, change: &Change) -> String {
    let issue = ds.issue(change.issue);
    let now = match change.after {
        Some(p) => "now ".to_string() + &describe_stance(issue, &p.stance),
        None => "no position in effect".to_string(),
    };
    ds.party(change.party).name.en().to_string() + " on " + issue.name.en() + ": " + &now
}

/// The key to the overview's small multiples.
pub const OVERVIEW_KEY: &str =
    "A row per party along each scale: ★ prefers, bar: could accept, ✗ rejects; shaded ✓: common ground, ◇: possible.";
// ---- Deal builder (issue 10): what a package means for each party, the suggestions, the
// changes and the comparisons. Sentences are put together from tables of words by one helper,
// with pushes instead of `format!`, because each formatted sentence is its own code in the wasm.

/// A party's standing on a package as a badge: its class, icon and word.
pub fn standing_badge(standing: Standing) -> (&'static str, &'static str, &'static str) {
    match standing {
        Standing::Signs => ("fit fit-ok", "✓", "Could sign as it stands"),
        Standing::Gaps => ("fit fit-gaps", "◇", "Could sign, with gaps"),
        Standing::LeftOut => ("fit fit-bad", "✗", "Not as it stands"),
        Standing::RedLines => ("fit fit-bad", "✗", "Red lines crossed"),
        Standing::Unknown => ("fit fit-unknown", "?", "Not known"),
    }
}

/// The words around a count of issues in a verdict, by `Take` in its order: "crosses 3 of its
/// red lines: …".
const TAKE_WORDS: [(Take, &str, &str); 4] = [
    (Take::RedLine, "crosses ", " of its red lines"),
    (Take::LeftOut, "", " not among what it accepts"),
    (Take::Accepts, "accepts ", ""),
    (Take::Unknown, "says nothing of ", ""),
];

/// The words around a count of issues in a comparison with a document, by `Versus`.
const VERSUS_WORDS: [(Versus, &str, &str); 4] = [
    (Versus::Differs, "a different outcome on ", ""),
    (Versus::Same, "the same on ", ""),
    (Versus::Silent, "silent on ", ""),
    (Versus::Open, "settles ", " you left open"),
];

/// Appends "; BEFORE 3AFTER: A, B and C" to `s` (without the "; " when `s` is empty), or nothing
/// for no issues.
fn segment(ds: &Dataset, s: &mut String, issues: &[IssueIx], before: &str, after: &str) {
    if issues.is_empty() {
        return;
    }
    if !s.is_empty() {
        s.push_str("; ");
    }
    s.push_str(before);
    let _ = write!(s, "{}", issues.len());
    s.push_str(after);
    s.push_str(": ");
    let mut names = Vec::new();
    for &i in issues {
        names.push(ds.issue(i).name.en());
    }
    s.push_str(&name_list(&names, usize::MAX));
}

/// One party's verdict on a package, every pick named by what the party says of it: "crosses 1 of
/// its red lines: Crimea; accepts 2: NATO membership and Sanctions".
pub fn deal_verdict(ds: &Dataset, deal: &PartyDeal) -> String {
    let mut s = String::new();
    for (t, before, after) in TAKE_WORDS {
        segment(ds, &mut s, &deal.issues(t), before, after);
    }
    s.push('.');
    s
}

/// Where the package differs from one document, and where they agree: "Plan (1 February 2025):
/// a different outcome on 2: Options and Quantity; the same on 1: Set."
pub fn plan_diff_words(ds: &Dataset, fw: &Framework, d: &PlanDiff) -> String {
    let mut s = String::new();
    for (v, before, after) in VERSUS_WORDS {
        let mut issues = Vec::new();
        for &(i, x) in &d.issues {
            if x == v {
                issues.push(i);
            }
        }
        segment(ds, &mut s, &issues, before, after);
    }
    if s.is_empty() {
        s.push_str("nothing in common with the package");
    }
    format!("{} ({}): {s}.", fw.name.en(), fw.date.to_long())
}

/// The package in one paragraph: who could sign it as it stands, with gaps, and who could not,
/// in the words of the parties' badges.
pub fn deal_summary(ds: &Dataset, date: Date, picked: usize, deals: &[PartyDeal]) -> String {
    let mut s = if picked == 0 {
        "The package is empty: pick an outcome for any issue, start from a document, or fill it with suggestions"
            .to_string()
    } else {
        format!("A package of {picked} pick{}", plural(picked))
    };
    s.push_str(", against positions as of ");
    s.push_str(&date.to_long());
    s.push('.');
    if picked == 0 {
        return s;
    }
    for st in [Standing::Signs, Standing::Gaps, Standing::LeftOut, Standing::RedLines, Standing::Unknown] {
        let mut names = Vec::new();
        for d in deals {
            if d.standing == st {
                names.push(ds.party(d.party).name.en());
            }
        }
        if !names.is_empty() {
            s.push(' ');
            s.push_str(standing_badge(st).2);
            s.push_str(": ");
            s.push_str(&name_list(&names, usize::MAX));
            s.push('.');
        }
    }
    s
}

/// The names of the parties in `takes` that take the outcome as `t`: "Russia and China".
fn takers(ds: &Dataset, takes: &[(PartyIx, Take)], t: Take) -> String {
    let mut names = Vec::new();
    for &(p, x) in takes {
        if x == t {
            names.push(ds.party(p).name.en());
        }
    }
    name_list(&names, usize::MAX)
}

/// Why a suggestion, and who stands where on it: "common ground, which every party with a
/// position accepts: accepted by 4 of 6 parties with positions; red line for Russia".
pub fn suggestion_words(ds: &Dataset, s: &Suggestion) -> String {
    let mut t = format!("Suggested: {} — ", describe_outcome(ds.issue(s.issue), &s.outcome));
    // With one party known there is nothing shared between parties (`CommonGround::too_few`),
    // so the reason says that party accepts it instead of calling it common ground. (A lone
    // party that names only red lines accepts nothing, so it gets no suggestion at all.)
    t.push_str(match (s.basis, s.known) {
        (Basis::Common, 1) => "the only party with a position accepts it",
        (Basis::Common, _) => "common ground, which every party with a position accepts",
        (Basis::Possible, _) => "possible common ground: no party rules it out",
        (Basis::Most, _) => "no common ground: of the choices, the one the most parties accept and the fewest rule out",
    });
    let mut yes = 0;
    for (_, x) in &s.takes {
        yes += usize::from(*x == Take::Accepts);
    }
    let _ = write!(t, "; accepted by {yes} of {} parties with positions", s.known);
    for (x, words) in [(Take::RedLine, "; red line for "), (Take::LeftOut, "; not among what these accept: ")] {
        let names = takers(ds, &s.takes, x);
        if !names.is_empty() {
            t.push_str(words);
            t.push_str(&names);
        }
    }
    t.push('.');
    t
}

/// A single change that brings parties on board: "Crimea: De facto Russian instead would let
/// Russia sign, and China too, without losing any party that could."
pub fn change_words(ds: &Dataset, c: &PickChange) -> String {
    let issue = ds.issue(c.issue);
    let mut s = format!(
        "One change: {}: {} instead would let {} sign",
        issue.name.en(),
        describe_outcome(issue, &c.outcome),
        ds.party(c.party).name.en()
    );
    let mut others = Vec::new();
    for &p in &c.gains {
        if p != c.party {
            others.push(ds.party(p).name.en());
        }
    }
    if !others.is_empty() {
        s.push_str(", and ");
        s.push_str(&name_list(&others, usize::MAX));
        s.push_str(" too");
    }
    s.push_str(", without losing any party that could. ");
    s
}
