//! Time: what changed between two dates, in positions and in the relations between parties.

use super::relation::{relate, Gap, Relation, Shared};
use super::snapshot::Snapshot;
use super::verdict::{reach, Reach};
use crate::model::{Dataset, IssueIx, PartyIx, Position};

/// A party's position on an issue that differs between two dates.
#[derive(Debug, Clone, PartialEq)]
pub struct Change<'a> {
    pub party: PartyIx,
    pub issue: IssueIx,
    pub before: Option<&'a Position>,
    pub after: Option<&'a Position>,
}

/// Every (issue, party) whose position in effect changed between `from` and `to`, in issue then party order.
/// A new position that restates the same stance counts as a change only if its stance differs.
/// A position that says nothing (no acceptable outcome, no red line, no figure) counts as no
/// position, as everywhere else in the engine: going from none to one that says nothing, or
/// back, is not a change. The change still carries the position records, for their words.
pub fn changes<'a>(ds: &'a Dataset, from: &Snapshot, to: &Snapshot) -> Vec<Change<'a>> {
    let said = |p: Option<&'a Position>| p.map(|p| &p.stance).filter(|s| reach(s) != Reach::Silent);
    let mut out = Vec::new();
    for issue in (0..ds.issues.len()).map(IssueIx) {
        for party in (0..ds.parties.len()).map(PartyIx) {
            let before = from.position(ds, party, issue);
            let after = to.position(ds, party, issue);
            let differs = match (said(before), said(after)) {
                (None, None) => false,
                (Some(b), Some(a)) => b != a,
                _ => true,
            };
            if differs {
                out.push(Change { party, issue, before, after });
            }
        }
    }
    out
}

/// A pair of parties whose relation on an issue changed between two dates: in kind, or within it.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationChange {
    pub issue: IssueIx,
    pub a: PartyIx,
    pub b: PartyIx,
    pub before: Relation,
    pub after: Relation,
}

/// How a relation moved without changing its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    /// A conflict's gap became smaller: the parties moved closer.
    Narrowed,
    /// A conflict's gap became larger.
    Widened,
    /// What they share (or what neither rules out) grew.
    Grew,
    /// What they share (or what neither rules out) shrank.
    Shrank,
    /// It changed in a way that is neither larger nor smaller (other outcomes, another kind of gap).
    Shifted,
}

impl RelationChange {
    /// How the relation moved within its kind; `None` when the kind itself changed.
    pub fn movement(&self) -> Option<Movement> {
        movement(&self.before, &self.after)
    }
}

/// How `before` moved to become `after` within the same kind; `None` when they are equal, of
/// different kinds, or agreements (whose shared outcomes a reader is not shown).
pub fn movement(before: &Relation, after: &Relation) -> Option<Movement> {
    if before == after {
        return None;
    }
    let compare = |smaller: bool, larger: bool| match (smaller, larger) {
        (true, false) => Movement::Shrank,
        (false, true) => Movement::Grew,
        _ => Movement::Shifted,
    };
    match (before, after) {
        (Relation::Conflict(Gap::Steps(x)), Relation::Conflict(Gap::Steps(y))) => {
            Some(if y < x { Movement::Narrowed } else { Movement::Widened })
        }
        (Relation::Conflict(Gap::Amount(x)), Relation::Conflict(Gap::Amount(y))) => {
            Some(if y < x { Movement::Narrowed } else { Movement::Widened })
        }
        (Relation::Conflict(_), Relation::Conflict(_)) => Some(Movement::Shifted),
        (Relation::Overlap(x), Relation::Overlap(y)) => Some(compare(within(y, x), within(x, y))),
        (Relation::Possible(x), Relation::Possible(y)) => Some(compare(outcomes_within(y, x), outcomes_within(x, y))),
        _ => None,
    }
}

/// Whether every outcome in `a` is also in `b`. On slices, so that possible outcomes are compared
/// without first being copied into a `Shared`.
fn outcomes_within(a: &[usize], b: &[usize]) -> bool {
    a.iter().all(|o| b.contains(o))
}

/// Whether everything in `a` is also in `b`.
fn within(a: &Shared, b: &Shared) -> bool {
    match (a, b) {
        (Shared::Outcomes(x), Shared::Outcomes(y)) => outcomes_within(x, y),
        (Shared::Range { min: a0, max: a1 }, Shared::Range { min: b0, max: b1 }) => {
            a0.unwrap_or(f64::NEG_INFINITY) >= b0.unwrap_or(f64::NEG_INFINITY)
                && a1.unwrap_or(f64::INFINITY) <= b1.unwrap_or(f64::INFINITY)
        }
        _ => false,
    }
}

/// Relation changes among `parties` (each unordered pair once, in the order given): every pair
/// whose relation changed kind, or moved within it (see `movement`).
pub fn relation_changes(ds: &Dataset, from: &Snapshot, to: &Snapshot, parties: &[PartyIx]) -> Vec<RelationChange> {
    let mut out = Vec::new();
    for issue in (0..ds.issues.len()).map(IssueIx) {
        for (i, &a) in parties.iter().enumerate() {
            for &b in &parties[i + 1..] {
                let stance = |s: &Snapshot, p| s.stance(ds, p, issue);
                let before = relate(ds.issue(issue), stance(from, a), stance(from, b));
                let after = relate(ds.issue(issue), stance(to, a), stance(to, b));
                if before.kind() != after.kind() || movement(&before, &after).is_some() {
                    out.push(RelationChange { issue, a, b, before, after });
                }
            }
        }
    }
    out
}
