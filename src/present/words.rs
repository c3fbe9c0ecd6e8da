//! Every sentence and phrase a reader sees about computed results: outcomes, stances, relations,
//! fits, movements and each view's opening paragraph. Generated from the model, so the words
//! always match the numbers; each is a message of the text layer (`t`), whole, with the
//! dataset's names and labels and the numbers as its arguments.

use crate::analysis::{Basis, PartyDeal, PickChange, PlanDiff, Standing, Suggestion, Take, Versus};
use crate::analysis::{
    Change, CommonGround, Fit, FrameworkFit, Gap, Movement, Outside, PairCounts, Relation, RelationChange,
    RelationKind, Shared,
};
use crate::model::{Dataset, Date, Framework, Issue, IssueIx, IssueKind, Outcome, PartyIx, Position, Stance};
use crate::text::{Key, Text};

fn label(issue: &Issue, ix: usize) -> &str {
    issue.options.get(ix).map(|o| o.label.shown()).unwrap_or("?")
}

fn labels(issue: &Issue, ixs: &[usize]) -> String {
    ixs.iter().map(|&i| label(issue, i)).collect::<Vec<_>>().join("; ")
}

/// `items` when the issue's kind calls its outcomes items (a set), else `outcomes`: two messages,
/// because the noun's gender and case are the language's.
fn by_kind(issue: &Issue, items: Key, outcomes: Key) -> Key {
    if issue.kind == IssueKind::Set {
        items
    } else {
        outcomes
    }
}

/// A value with its unit, "1 year", "85,000 troops", or the issue's word for "unlimited".
pub fn amount(t: &Text, issue: &Issue, v: f64) -> String {
    if v == f64::INFINITY {
        // The dataset's word for it, or the language's own ("no limit").
        return issue.unlimited.as_ref().map_or_else(|| t.number(v), |u| u.shown().to_string());
    }
    match &issue.unit {
        Some(unit) => t.fill(Key::AmountWithUnit, &[("number", &t.number(v)), ("unit", unit.for_amount(v))]),
        None => t.number(v),
    }
}

/// "Permanent neutrality with guarantees", "85,000 troops", "United States; China".
pub fn describe_outcome(t: &Text, issue: &Issue, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Option(o) => label(issue, *o).to_string(),
        Outcome::Quantity(v) => amount(t, issue, *v),
        Outcome::Items(items) if items.is_empty() => t.get(Key::OutcomeNone).to_string(),
        Outcome::Items(items) => labels(issue, items),
    }
}

/// What parties share, in words: "Neutrality; Ban written into law", "between 250,000 and 600,000 troops".
pub fn describe_shared(t: &Text, issue: &Issue, shared: &Shared) -> String {
    match shared {
        Shared::Outcomes(o) if o.is_empty() => t.get(Key::SharedNothing).to_string(),
        Shared::Outcomes(o) => labels(issue, o),
        Shared::Range { min: Some(lo), max: Some(hi) } if lo == hi => amount(t, issue, *lo),
        Shared::Range { min: Some(lo), max: None } if *lo == f64::INFINITY => amount(t, issue, *lo),
        Shared::Range { min: Some(lo), max: Some(hi) } => {
            t.fill(Key::SharedBetween, &[("min", &t.number(*lo)), ("max", &amount(t, issue, *hi))])
        }
        Shared::Range { min: Some(lo), max: None } => t.fill(Key::SharedAtLeast, &[("amount", &amount(t, issue, *lo))]),
        Shared::Range { min: None, max: Some(hi) } => t.fill(Key::SharedAtMost, &[("amount", &amount(t, issue, *hi))]),
        Shared::Range { min: None, max: None } => t.get(Key::SharedAnyValue).to_string(),
    }
}

/// The reason for a conflict, in words: "2 steps apart on the scale", "a gap of 165,000 troops".
pub fn describe_gap(t: &Text, issue: &Issue, gap: Gap) -> String {
    match gap {
        Gap::Steps(n) => t.count(Key::GapSteps, n, &[]),
        Gap::Amount(v) if v == f64::INFINITY => {
            t.fill(Key::GapOnlyUnlimited, &[("unlimited", &amount(t, issue, f64::INFINITY))])
        }
        Gap::Amount(v) => t.fill(Key::GapAmount, &[("amount", &amount(t, issue, v))]),
        Gap::Disjoint => t.get(Key::GapDisjoint).to_string(),
        Gap::RedLines => t.get(by_kind(issue, Key::GapRedLinesItems, Key::GapRedLinesOutcomes)).to_string(),
        Gap::AllRejected => t.get(by_kind(issue, Key::GapAllRejectedItems, Key::GapAllRejectedOutcomes)).to_string(),
    }
}

/// What a relation adds to its kind, if anything: "on Neutrality", "a gap of 165,000 troops".
pub fn relation_detail(t: &Text, issue: &Issue, relation: &Relation) -> Option<String> {
    match relation {
        Relation::Agree(_) | Relation::Unknown => None,
        Relation::Overlap(s) => Some(t.fill(Key::RelationOn, &[("shared", &describe_shared(t, issue, s))])),
        Relation::Conflict(g) => Some(describe_gap(t, issue, *g)),
        Relation::Possible(open) => Some(t.fill(Key::RelationNeitherRulesOut, &[("outcomes", &labels(issue, open))])),
    }
}

/// A relation in one short phrase: "conflict: a gap of 165,000 troops", "overlap on Neutrality".
pub fn describe_relation(t: &Text, issue: &Issue, relation: &Relation) -> String {
    let key = match relation {
        Relation::Agree(_) => Key::RelationAgree,
        Relation::Overlap(s) => return t.fill(Key::RelationOverlapOn, &[("shared", &describe_shared(t, issue, s))]),
        Relation::Conflict(_) => Key::RelationConflictWhy,
        Relation::Possible(_) => Key::RelationPossibleWhy,
        Relation::Unknown => Key::RelationUnknown,
    };
    t.fill(key, &[("why", &relation_detail(t, issue, relation).unwrap_or_default())])
}

/// A party and its stance on the issue at hand, if it has one.
pub type Side<'a> = (PartyIx, Option<&'a Stance>);

/// For a conflict over red lines between two named parties, whose they are: "Russia rejects
/// Tribunal, the only outcome Ukraine accepts"; `None` for any other relation.
fn red_lines(t: &Text, ds: &Dataset, issue: &Issue, relation: &Relation, a: Side, b: Side) -> Option<String> {
    let accepted = |s: Option<&Stance>| match s {
        Some(Stance::Options { acceptable, .. } | Stance::Set { acceptable, .. }) => acceptable.clone(),
        _ => Vec::new(),
    };
    if relation != &Relation::Conflict(Gap::RedLines) {
        return None;
    }
    // One side names only red lines; the other names what it accepts.
    let ((rejecter, _), (accepter, stance)) = if accepted(a.1).is_empty() { (a, b) } else { (b, a) };
    let (r, n) = (ds.party(rejecter).name.shown(), ds.party(accepter).name.shown());
    Some(match accepted(stance).as_slice() {
        [one] => t.fill(
            by_kind(issue, Key::RedLinesOnlyItem, Key::RedLinesOnlyOutcome),
            &[("rejecter", r), ("accepter", n), ("outcome", label(issue, *one))],
        ),
        all => t.fill(
            by_kind(issue, Key::RedLinesEveryItem, Key::RedLinesEveryOutcome),
            &[("rejecter", r), ("accepter", n), ("outcomes", &labels(issue, all))],
        ),
    })
}

/// Like `relation_detail`, for two named parties: a conflict over red lines says whose they are
/// ("Russia rejects Tribunal, the only outcome Ukraine accepts").
pub fn pair_relation_detail(
    t: &Text,
    ds: &Dataset,
    issue: &Issue,
    relation: &Relation,
    a: Side,
    b: Side,
) -> Option<String> {
    red_lines(t, ds, issue, relation, a, b).or_else(|| relation_detail(t, issue, relation))
}

/// A relation between two named parties in one short phrase, as `describe_relation` words it.
pub fn describe_pair_relation(t: &Text, ds: &Dataset, issue: &Issue, relation: &Relation, a: Side, b: Side) -> String {
    match red_lines(t, ds, issue, relation, a, b) {
        Some(why) => t.fill(Key::RelationConflictWhy, &[("why", &why)]),
        None => describe_relation(t, issue, relation),
    }
}

/// How a provision fits a party, in a few words: "compatible", "outside by 1 year".
pub fn describe_fit(t: &Text, issue: &Issue, fit: Fit) -> String {
    let key = match fit {
        Fit::Compatible => Key::FitCompatible,
        Fit::RedLine => Key::FitRedLine,
        Fit::OutsideRange(Outside::By(d)) => return t.fill(Key::FitOutsideBy, &[("amount", &amount(t, issue, d))]),
        Fit::OutsideRange(Outside::TextUnlimited) => Key::FitTextUnlimited,
        Fit::OutsideRange(Outside::PartyUnlimited) => Key::FitPartyUnlimited,
        Fit::Unknown => Key::FitUnknown,
    };
    t.fill(key, &[("unlimited", &amount(t, issue, f64::INFINITY))])
}

/// The messages for what moved from `{from}` to `{to}`, by what it is (rows: a shared range,
/// shared items, shared outcomes, what neither rules out) and how it moved (grew, shrank, changed).
const MOVED: [[Key; 3]; 4] = [
    [Key::MovedRangeGrew, Key::MovedRangeShrank, Key::MovedRangeChanged],
    [Key::MovedItemsGrew, Key::MovedItemsShrank, Key::MovedItemsChanged],
    [Key::MovedOutcomesGrew, Key::MovedOutcomesShrank, Key::MovedOutcomesChanged],
    [Key::MovedOpenGrew, Key::MovedOpenShrank, Key::MovedOpenChanged],
];

/// How a relation moved within its kind: "gap narrowed from 5,400 to 4,340 centrifuges",
/// "shared range grew from at most 100,000 to at most 150,000 troops".
pub fn describe_movement(t: &Text, issue: &Issue, change: &RelationChange, movement: Movement) -> String {
    let narrowed = movement == Movement::Narrowed;
    let how = match movement {
        Movement::Grew => 0,
        Movement::Shrank => 1,
        _ => 2,
    };
    let (row, from, to) = match (&change.before, &change.after) {
        (Relation::Conflict(Gap::Steps(x)), Relation::Conflict(Gap::Steps(y))) if movement != Movement::Shifted => {
            let key = if narrowed { Key::MovedStepsNarrowed } else { Key::MovedStepsWidened };
            return t.count(key, *y, &[("from", &t.number(*x as f64))]);
        }
        (Relation::Conflict(Gap::Amount(x)), Relation::Conflict(Gap::Amount(y)))
            if x.is_finite() && y.is_finite() && movement != Movement::Shifted =>
        {
            let key = if narrowed { Key::MovedAmountNarrowed } else { Key::MovedAmountWidened };
            return t.fill(key, &[("from", &t.number(*x)), ("to", &amount(t, issue, *y))]);
        }
        (Relation::Conflict(x), Relation::Conflict(y)) => {
            let key = match movement {
                Movement::Narrowed => Key::MovedGapNarrowed,
                Movement::Widened => Key::MovedGapWidened,
                _ => Key::MovedGapChanged,
            };
            return t.fill(key, &[("now", &describe_gap(t, issue, *y)), ("was", &describe_gap(t, issue, *x))]);
        }
        (Relation::Overlap(x), Relation::Overlap(y)) => {
            let row = match x {
                Shared::Range { .. } => 0,
                Shared::Outcomes(_) if issue.kind == IssueKind::Set => 1,
                Shared::Outcomes(_) => 2,
            };
            (row, describe_shared(t, issue, x), describe_shared(t, issue, y))
        }
        (Relation::Possible(x), Relation::Possible(y)) => (3, labels(issue, x), labels(issue, y)),
        _ => return describe_relation(t, issue, &change.after),
    };
    t.fill(MOVED[row][how], &[("from", &from), ("to", &to)])
}

/// A stance in a few words: "prefers X; also accepts Y; rejects Z", "at most 85,000 troops".
pub fn describe_stance(t: &Text, issue: &Issue, stance: &Stance) -> String {
    // Its clauses, each a message with what it names, joined with "; " at the end.
    let mut parts: Vec<String> = Vec::new();
    let mut clause = |key: Key, what: &str| parts.push(t.fill(key, &[("outcomes", what)]));
    match stance {
        Stance::Options { preferred, acceptable, rejected } => {
            if let Some(p) = preferred {
                clause(Key::StancePrefers, label(issue, *p));
            }
            let mut others = Vec::new();
            for &a in acceptable {
                if Some(a) != *preferred {
                    others.push(a);
                }
            }
            if !others.is_empty() {
                let key = if preferred.is_some() { Key::StanceAlsoAccepts } else { Key::StanceAccepts };
                clause(key, &labels(issue, &others));
            }
            if !rejected.is_empty() {
                clause(Key::StanceRejects, &labels(issue, rejected));
            }
        }
        Stance::Set { preferred, acceptable, rejected } => {
            if !preferred.is_empty() {
                clause(Key::StancePrefers, &labels(issue, preferred));
            }
            let mut others = Vec::new();
            for &a in acceptable {
                if !preferred.contains(&a) {
                    others.push(a);
                }
            }
            if !others.is_empty() {
                clause(Key::StanceAlsoAccepts, &labels(issue, &others));
            }
            if !rejected.is_empty() {
                clause(Key::StanceRejects, &labels(issue, rejected));
            }
        }
        Stance::Quantity { preferred, min, max } => {
            if let Some(p) = preferred {
                clause(Key::StancePrefers, &amount(t, issue, *p));
            }
            let range = Shared::Range { min: *min, max: *max };
            if min.is_some() || max.is_some() {
                clause(Key::StanceAccepts, &describe_shared(t, issue, &range));
            }
        }
    }
    if parts.is_empty() {
        t.get(Key::StanceNothing).to_string()
    } else {
        parts.join("; ")
    }
}

/// Names as a list, "A, B and C", or the first `limit` of them and how many more.
fn name_list(t: &Text, names: &[&str], limit: usize) -> String {
    if names.len() > limit {
        let shown = names.get(..limit).unwrap_or(names).join(", ");
        return t.count(Key::ListMore, names.len() - limit, &[("names", &shown)]);
    }
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [first @ .., last] => t.fill(Key::ListAnd, &[("names", &first.join(", ")), ("last", last)]),
    }
}

/// The parties' names as a list, as `name_list` writes it.
fn party_list(t: &Text, ds: &Dataset, parties: &[PartyIx], limit: usize) -> String {
    let mut names = Vec::new();
    for &p in parties {
        names.push(ds.party(p).name.shown());
    }
    name_list(t, &names, limit)
}

/// Two parties' relations over every issue in one paragraph.
pub fn pair_summary(
    t: &Text,
    ds: &Dataset,
    date: Date,
    a: PartyIx,
    b: PartyIx,
    relations: &[(IssueIx, Relation)],
) -> String {
    let counts = PairCounts::of(relations);
    // Loops rather than `filter().map().collect()` here and in `matrix_summary`: each chain's
    // closures get their own copy of the adapters' code in the wasm.
    let names = |kind: RelationKind| -> String {
        let mut out = Vec::new();
        for (i, r) in relations {
            if r.kind() == kind {
                out.push(ds.issue(*i).name.shown());
            }
        }
        name_list(t, &out, 3)
    };
    // A clause about the issues of `kind`, or nothing when there are none.
    let clause = |key: Key, kind: RelationKind| {
        if counts.get(kind) > 0 {
            t.fill(key, &[("issues", &names(kind))])
        } else {
            String::new()
        }
    };
    let (na, nb) = (ds.party(a).name.shown(), ds.party(b).name.shown());
    let when = t.date(date);
    let known = counts.known();
    let mut text = if known == 0 {
        t.fill(Key::PairNoneKnown, &[("a", na), ("b", nb), ("date", &when)])
    } else {
        t.count(
            Key::PairSummary,
            known,
            &[
                ("date", &when),
                ("a", na),
                ("b", nb),
                ("conflicts", &t.number(counts.conflict as f64)),
                ("agree", &clause(Key::PairAgreeOn, RelationKind::Agree)),
                ("overlap", &clause(Key::PairOverlapOn, RelationKind::Overlap)),
            ],
        )
    };
    if counts.possible > 0 {
        text += &t.count(Key::PairPossible, counts.possible, &[("issues", &names(RelationKind::Possible))]);
    }
    if counts.unknown > 0 {
        text += &t.count(Key::PairUnknown, counts.unknown, &[]);
    }
    text
}

/// The matrix in one paragraph: on how many issues the parties shown share common ground.
pub fn matrix_summary(t: &Text, ds: &Dataset, date: Date, grounds: &[(IssueIx, CommonGround)]) -> String {
    let mut comparable = Vec::new();
    for ground in grounds {
        if !ground.1.too_few() {
            comparable.push(ground);
        }
    }
    let when = t.date(date);
    if comparable.is_empty() {
        return t.fill(Key::MatrixNoneComparable, &[("date", &when)]);
    }
    // The issues for which `keep` holds, as a clause of `key`, or nothing when there are none.
    let clause = |key: Key, keep: &dyn Fn(&CommonGround) -> bool| -> String {
        let mut out = Vec::new();
        for (i, g) in &comparable {
            if keep(g) {
                out.push(ds.issue(*i).name.shown());
            }
        }
        if out.is_empty() {
            String::new()
        } else {
            t.fill(key, &[("issues", &name_list(t, &out, 4))])
        }
    };
    let mut with_ground = 0;
    for (_, g) in &comparable {
        with_ground += usize::from(g.exists());
    }
    t.count(
        Key::MatrixSummary,
        comparable.len(),
        &[
            ("date", &when),
            ("ground", &t.number(with_ground as f64)),
            ("possible", &clause(Key::MatrixPossibleOn, &|g| !g.exists() && !g.possible.is_empty())),
            ("none", &clause(Key::MatrixNoneOn, &|g| !g.exists() && g.possible.is_empty())),
        ],
    )
}

/// A framework in one paragraph: how its provisions fit each party.
pub fn framework_summary(
    t: &Text,
    ds: &Dataset,
    framework: &Framework,
    parties: &[PartyIx],
    fit: &FrameworkFit,
    date: Date,
) -> String {
    let mut s = t.count(
        Key::FrameworkProvisions,
        framework.provisions.len(),
        &[("document", framework.name.shown()), ("date", &t.date(framework.date))],
    );
    let mut parts = Vec::new();
    for (p, c) in parties.iter().zip(&fit.counts) {
        if c.compatible + c.conflict == 0 {
            continue;
        }
        parts.push(t.fill(
            Key::FrameworkPartyFit,
            &[
                ("party", ds.party(*p).name.shown()),
                ("compatible", &t.number(c.compatible as f64)),
                ("conflict", &t.number(c.conflict as f64)),
            ],
        ));
    }
    let when = t.date(date);
    s += &if parts.is_empty() {
        t.fill(Key::FrameworkNoBearing, &[("date", &when)])
    } else {
        t.fill(Key::FrameworkAgainst, &[("date", &when), ("parties", &parts.join("; "))])
    };
    let disputed = fit.counts.first().map(|c| c.disputed).unwrap_or(0);
    if disputed > 0 {
        s += &t.count(Key::FrameworkDisputed, disputed, &[]);
    }
    s
}

/// One issue in one paragraph: who is known, what they all accept, whose red lines stand alone.
pub fn issue_summary(t: &Text, ds: &Dataset, issue: &Issue, date: Date, ground: &CommonGround) -> String {
    let name = issue.name.shown();
    let when = t.date(date);
    if ground.known.is_empty() {
        return t.fill(Key::IssueNoneKnown, &[("date", &when), ("issue", name)]);
    }
    let known = party_list(t, ds, &ground.known, 8);
    let (key, outcomes) = match &ground.shared {
        _ if ground.known.len() == 1 => (Key::IssueOnlyOne, String::new()),
        Some(shared) if ground.exists() => (Key::IssueAllAccept, describe_shared(t, issue, shared)),
        _ if !ground.possible.is_empty() => {
            (by_kind(issue, Key::IssuePossibleItems, Key::IssuePossibleOutcomes), labels(issue, &ground.possible))
        }
        _ => (Key::IssueNoGround, String::new()),
    };
    let mut s = t.fill(key, &[("date", &when), ("issue", name), ("known", &known), ("outcomes", &outcomes)]);
    for &p in &ground.rejects_only {
        let mut rejected = Vec::new();
        for b in &ground.blockers {
            if b.rejected_by.contains(&p) {
                rejected.push(b.outcome);
            }
        }
        s += &t.fill(
            by_kind(issue, Key::IssueRejectsOnlyItems, Key::IssueRejectsOnlyOutcomes),
            &[("party", ds.party(p).name.shown()), ("outcomes", &labels(issue, &rejected))],
        );
    }
    if !ground.unknown.is_empty() {
        s += &t.fill(Key::IssueNotKnown, &[("parties", &party_list(t, ds, &ground.unknown, 8))]);
    }
    s
}

/// The changes view in one paragraph.
pub fn changes_summary(
    t: &Text,
    ds: &Dataset,
    from: Date,
    to: Date,
    changes: &[Change],
    relations: &[RelationChange],
) -> String {
    let (from, to) = (t.date(from), t.date(to));
    if changes.is_empty() {
        return t.fill(Key::ChangesNone, &[("from", &from), ("to", &to)]);
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
    let moved = if moved > 0 { t.count(Key::ChangesMoved, moved, &[]) } else { String::new() };
    t.fill(
        Key::ChangesSummary,
        &[
            ("from", &from),
            ("to", &to),
            ("positions", &t.count(Key::ChangesPositions, changes.len(), &[])),
            ("issues", &t.count(Key::ChangesIssues, issues, &[])),
            ("parties", &party_list(t, ds, &movers, 6)),
            ("relations", &t.count(Key::ChangesRelations, changed, &[])),
            ("moved", &moved),
        ],
    )
}

// ---- Charts (issue 11): the names and text alternatives of `present::charts`. ----

/// A position's mark on a chart, for assistive technology: "RU, Russia: prefers Neutrality; rejects …".
pub fn chart_mark(t: &Text, ds: &Dataset, pos: &Position, issue: &Issue) -> String {
    // The short name the chart shows opens the name, so that "RU" is what a voice user says to
    // follow the mark (WCAG 2.5.3, label in name; a name in parentheses does not count: axe
    // drops parentheticals before it compares).
    let party = ds.party(pos.party);
    t.fill(
        Key::ChartMark,
        &[
            ("party", party.name.shown()),
            ("short", party.short.shown()),
            ("stance", &describe_stance(t, issue, &pos.stance)),
        ],
    )
}

/// The label over the gap between the tightest ranges on a numeric axis: "gap: 165,000 troops".
pub fn gap_label(t: &Text, issue: &Issue, v: f64) -> String {
    t.fill(Key::ChartGap, &[("amount", &amount(t, issue, v))])
}

/// A conflict's distance in a few words, beside its bar: "2 of 4 steps", "165,000 troops".
pub fn gap_short(t: &Text, issue: &Issue, gap: Gap) -> String {
    match gap {
        // Out of the scale's steps, as the bar beside it is drawn: "1 of 1 step" is as far apart as
        // a scale of two outcomes allows, "2 of 6 steps" a third of the way.
        Gap::Steps(n) => {
            let of = issue.options.len().saturating_sub(1).max(1);
            t.count(Key::ChartGapSteps, of, &[("gap", &t.number(n as f64))])
        }
        Gap::Amount(v) => amount(t, issue, v),
        Gap::Disjoint => t.get(Key::ChartNoSharedItem).to_string(),
        Gap::RedLines | Gap::AllRejected => t.get(Key::ChartAllRuledOut).to_string(),
    }
}

/// A scale strip's accessible name: what it is a picture of.
pub fn strip_name(t: &Text, issue: &Issue) -> String {
    t.fill(Key::ChartStripName, &[("issue", issue.name.shown())])
}

/// A scale strip's caption: its common ground, or that there is none.
pub fn strip_caption(t: &Text, issue: &Issue, ground: &CommonGround) -> String {
    if ground.too_few() {
        return t.get(Key::ChartStripTooFew).to_string();
    }
    match &ground.shared {
        Some(shared) if ground.exists() => {
            t.fill(Key::ChartStripCommonGround, &[("shared", &describe_shared(t, issue, shared))])
        }
        _ if !ground.possible.is_empty() => {
            t.fill(Key::ChartStripPossible, &[("outcomes", &labels(issue, &ground.possible))])
        }
        _ => t.get(Key::ChartStripNoGround).to_string(),
    }
}

/// The step-line chart's name and caption.
pub fn over_time_caption(t: &Text, issue: &Issue, start: Date, stop: Date) -> (String, String) {
    // A year is written as it is, without a thousands separator.
    let name = t.fill(
        Key::ChartOverTimeName,
        &[("issue", issue.name.shown()), ("from", &start.year.to_string()), ("to", &t.date(stop))],
    );
    let lanes = match (issue.kind, issue.options.first(), issue.options.last()) {
        (IssueKind::Quantity, ..) => t.get(Key::ChartLanesQuantity).to_string(),
        (IssueKind::Set, ..) => t.get(Key::ChartLanesSet).to_string(),
        (_, Some(a), Some(b)) => t.fill(Key::ChartLanesScale, &[("top", a.label.shown()), ("bottom", b.label.shown())]),
        _ => String::new(),
    };
    (name, t.fill(Key::ChartOverTimeCaption, &[("lanes", &lanes)]))
}

/// The pair chart's name and caption.
pub fn pair_chart_caption(
    t: &Text,
    ds: &Dataset,
    a: PartyIx,
    b: PartyIx,
    counts: &PairCounts,
    conflicts: usize,
) -> (String, String) {
    let name = t.fill(Key::ChartPairName, &[("a", ds.party(a).name.shown()), ("b", ds.party(b).name.shown())]);
    let mut bar = Vec::new();
    for k in RelationKind::ALL {
        let n = counts.get(k);
        if n > 0 {
            // "conflict 11", not "11 conflict": the kinds' words have no plural that reads well.
            let key = match k {
                RelationKind::Conflict => Key::ChartPairConflict,
                RelationKind::Overlap => Key::ChartPairOverlap,
                RelationKind::Agree => Key::ChartPairAgree,
                RelationKind::Possible => Key::ChartPairPossible,
                RelationKind::Unknown => Key::ChartPairUnknown,
            };
            bar.push(t.count(key, n, &[]));
        }
    }
    (name, t.count(Key::ChartPairCaption, conflicts, &[("counts", &bar.join(", "))]))
}

/// The changes chart's name and caption.
pub fn changes_chart_name(t: &Text, changes: usize, issues: usize, parties: usize) -> (String, String) {
    let name = t.fill(
        Key::ChartChangesName,
        &[
            ("positions", &t.count(Key::ChartChangedPositions, changes, &[])),
            ("issues", &t.count(Key::ChangesIssues, issues, &[])),
            ("parties", &t.count(Key::ChartChangesParties, parties, &[])),
        ],
    );
    let caption = t.fill(Key::ChartChangesCaption, &[("name", &name)]);
    (name, caption)
}

/// A changed position's mark, for assistive technology: "Russia on NATO membership: now prefers …".
pub fn change_mark(t: &Text, ds: &Dataset, change: &Change) -> String {
    let issue = ds.issue(change.issue);
    let (key, stance) = match change.after {
        Some(p) => (Key::ChartChangeNow, describe_stance(t, issue, &p.stance)),
        None => (Key::ChartChangeGone, String::new()),
    };
    t.fill(key, &[("party", ds.party(change.party).name.shown()), ("issue", issue.name.shown()), ("stance", &stance)])
}

// ---- Deal builder (issue 10): what a package means for each party, the suggestions, the
// changes and the comparisons. Sentences are put together from tables of messages by one
// helper, because each formatted sentence is its own code in the wasm.

/// A party's standing on a package as a badge: its class, icon and words.
pub fn standing_badge(t: &Text, standing: Standing) -> (&'static str, &'static str, &'static str) {
    let (class, icon, key) = match standing {
        Standing::Signs => ("fit fit-ok", "✓", Key::StandingSigns),
        Standing::Gaps => ("fit fit-gaps", "◇", Key::StandingGaps),
        Standing::LeftOut => ("fit fit-bad", "✗", Key::StandingLeftOut),
        Standing::RedLines => ("fit fit-bad", "✗", Key::StandingRedLines),
        Standing::Unknown => ("fit fit-unknown", "?", Key::StandingUnknown),
    };
    (class, icon, t.get(key))
}

/// The clause for a count of issues in a verdict, by `Take` in its order: "crosses 3 of its red
/// lines: …".
const TAKE_WORDS: [(Take, Key); 4] = [
    (Take::RedLine, Key::DealCrosses),
    (Take::LeftOut, Key::DealLeftOut),
    (Take::Accepts, Key::DealAccepts),
    (Take::Unknown, Key::DealSilent),
];

/// The clause for a count of issues in a comparison with a document, by `Versus`.
const VERSUS_WORDS: [(Versus, Key); 4] = [
    (Versus::Differs, Key::PlanDiffers),
    (Versus::Same, Key::PlanSame),
    (Versus::Silent, Key::PlanSilent),
    (Versus::Open, Key::PlanSettles),
];

/// Appends "; " and the clause `key` for `issues` to `s` (without the "; " when `s` is empty), or
/// nothing for no issues.
fn segment(t: &Text, ds: &Dataset, s: &mut String, issues: &[IssueIx], key: Key) {
    if issues.is_empty() {
        return;
    }
    if !s.is_empty() {
        s.push_str("; ");
    }
    let mut names = Vec::new();
    for &i in issues {
        names.push(ds.issue(i).name.shown());
    }
    s.push_str(&t.count(key, issues.len(), &[("issues", &name_list(t, &names, usize::MAX))]));
}

/// One party's verdict on a package, every pick named by what the party says of it: "crosses 1 of
/// its red lines: Crimea; accepts 2: NATO membership and Sanctions".
pub fn deal_verdict(t: &Text, ds: &Dataset, deal: &PartyDeal) -> String {
    let mut s = String::new();
    for (take, key) in TAKE_WORDS {
        segment(t, ds, &mut s, &deal.issues(take), key);
    }
    if s.is_empty() {
        return t.get(Key::DealVerdictNothing).to_string();
    }
    s.push('.');
    s
}

/// Where the package differs from one document, and where they agree: "Plan (1 February 2025):
/// a different outcome on 2: Options and Quantity; the same on 1: Set."
pub fn plan_diff_words(t: &Text, ds: &Dataset, fw: &Framework, d: &PlanDiff) -> String {
    let mut s = String::new();
    for (v, key) in VERSUS_WORDS {
        let mut issues = Vec::new();
        for &(i, x) in &d.issues {
            if x == v {
                issues.push(i);
            }
        }
        segment(t, ds, &mut s, &issues, key);
    }
    let diff = if s.is_empty() { t.get(Key::PlanNothingInCommon) } else { &s };
    t.fill(Key::PlanDiff, &[("document", fw.name.shown()), ("date", &t.date(fw.date)), ("diff", diff)])
}

/// The package in one paragraph: who could sign it as it stands, with gaps, and who could not,
/// in the words of the parties' badges.
pub fn deal_summary(t: &Text, ds: &Dataset, date: Date, picked: usize, deals: &[PartyDeal]) -> String {
    let when = t.date(date);
    if picked == 0 {
        return t.fill(Key::DealEmpty, &[("date", &when)]);
    }
    let mut s = t.count(Key::DealPicks, picked, &[("date", &when)]);
    for st in [Standing::Signs, Standing::Gaps, Standing::LeftOut, Standing::RedLines, Standing::Unknown] {
        let mut names = Vec::new();
        for d in deals {
            if d.standing == st {
                names.push(ds.party(d.party).name.shown());
            }
        }
        if !names.is_empty() {
            s.push(' ');
            s.push_str(standing_badge(t, st).2);
            s.push_str(": ");
            s.push_str(&name_list(t, &names, usize::MAX));
            s.push('.');
        }
    }
    s
}

/// The clause `key` naming the parties in `takes` that take the outcome as `x`, or nothing when
/// there are none: "; red line for Russia and China".
fn takers(t: &Text, ds: &Dataset, takes: &[(PartyIx, Take)], x: Take, key: Key) -> String {
    let mut names = Vec::new();
    for &(p, y) in takes {
        if y == x {
            names.push(ds.party(p).name.shown());
        }
    }
    if names.is_empty() {
        String::new()
    } else {
        t.fill(key, &[("parties", &name_list(t, &names, usize::MAX))])
    }
}

/// Why a suggestion, and who stands where on it: "common ground, which every party with a
/// position accepts: accepted by 4 of 6 parties with positions; red line for Russia".
pub fn suggestion_words(t: &Text, ds: &Dataset, s: &Suggestion) -> String {
    // With one party known there is nothing shared between parties (`CommonGround::too_few`),
    // so the reason says that party accepts it instead of calling it common ground. (A lone
    // party that names only red lines accepts nothing, so it gets no suggestion at all.)
    let why = t.get(match (s.basis, s.known) {
        (Basis::Common, 1) => Key::SuggestionCommonOne,
        (Basis::Common, _) => Key::SuggestionCommon,
        (Basis::Possible, _) => Key::SuggestionPossible,
        (Basis::Most, _) => Key::SuggestionMost,
    });
    let mut yes = 0;
    for (_, x) in &s.takes {
        yes += usize::from(*x == Take::Accepts);
    }
    t.count(
        Key::Suggested,
        s.known,
        &[
            ("outcome", &describe_outcome(t, ds.issue(s.issue), &s.outcome)),
            ("why", why),
            ("accepted", &t.number(yes as f64)),
            ("red", &takers(t, ds, &s.takes, Take::RedLine, Key::SuggestionRedLine)),
            ("out", &takers(t, ds, &s.takes, Take::LeftOut, Key::SuggestionLeftOut)),
        ],
    )
}

/// A single change that brings parties on board: "Crimea: De facto Russian instead would let
/// Russia sign, and China too, without losing any party that could."
pub fn change_words(t: &Text, ds: &Dataset, c: &PickChange) -> String {
    let issue = ds.issue(c.issue);
    let mut others = Vec::new();
    for &p in &c.gains {
        if p != c.party {
            others.push(ds.party(p).name.shown());
        }
    }
    let others = if others.is_empty() {
        String::new()
    } else {
        t.fill(Key::OneChangeOthers, &[("parties", &name_list(t, &others, usize::MAX))])
    };
    t.fill(
        Key::OneChange,
        &[
            ("issue", issue.name.shown()),
            ("outcome", &describe_outcome(t, issue, &c.outcome)),
            ("party", ds.party(c.party).name.shown()),
            ("others", &others),
        ],
    )
}
