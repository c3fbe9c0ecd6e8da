//! The relation of two parties' positions on one issue: agree, overlap, conflict, possible or unknown.

use super::snapshot::Snapshot;
use super::verdict::{acceptable, intersect_sorted, not_ruled_out, reach, Acceptable, Reach};
use crate::model::{Dataset, Issue, IssueIx, PartyIx, Stance};

/// What two or more positions share.
#[derive(Debug, Clone, PartialEq)]
pub enum Shared {
    /// Option or item indices every party accepts, sorted.
    Outcomes(Vec<usize>),
    /// The range every party accepts; `None` ends are open.
    Range { min: Option<f64>, max: Option<f64> },
}

/// Why two positions are certainly in conflict, and how far apart they are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gap {
    /// Both name what they accept, with nothing in common: the fewest steps on an options scale
    /// between an outcome one accepts and one the other accepts.
    Steps(usize),
    /// The distance in the issue's unit between the two acceptable ranges; infinite when one
    /// party accepts only "no limit".
    Amount(f64),
    /// Both name the items they accept, with none in common.
    Disjoint,
    /// One side names only red lines, and they cover everything the other accepts.
    RedLines,
    /// Both name only red lines, and between them they reject every outcome.
    AllRejected,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Relation {
    /// Both prefer the same outcome.
    Agree(Shared),
    /// Some outcome both accept.
    Overlap(Shared),
    /// Every outcome is ruled out by one side or the other.
    Conflict(Gap),
    /// No outcome both accept, but these outcomes (sorted) are ruled out by neither: one side
    /// names only red lines, so it may yet accept them.
    Possible(Vec<usize>),
    /// A position is missing or says nothing comparable.
    Unknown,
}

/// The five kinds, for counting and for URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    Conflict,
    Overlap,
    Agree,
    Possible,
    Unknown,
}

impl RelationKind {
    /// In the order the pair view lists them: certain clashes first, the unknown last.
    pub const ALL: [RelationKind; 5] = [
        RelationKind::Conflict,
        RelationKind::Overlap,
        RelationKind::Agree,
        RelationKind::Possible,
        RelationKind::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Agree => "agree",
            RelationKind::Overlap => "overlap",
            RelationKind::Conflict => "conflict",
            RelationKind::Possible => "possible",
            RelationKind::Unknown => "unknown",
        }
    }
}

impl Relation {
    pub fn kind(&self) -> RelationKind {
        match self {
            Relation::Agree(_) => RelationKind::Agree,
            Relation::Overlap(_) => RelationKind::Overlap,
            Relation::Conflict(_) => RelationKind::Conflict,
            Relation::Possible(_) => RelationKind::Possible,
            Relation::Unknown => RelationKind::Unknown,
        }
    }
}

/// Relates two stances on `issue`. Symmetric: `relate(i, a, b) == relate(i, b, a)`.
pub fn relate(issue: &Issue, a: Option<&Stance>, b: Option<&Stance>) -> Relation {
    let (Some(a), Some(b)) = (a, b) else {
        return Relation::Unknown;
    };
    if reach(a) == Reach::Silent || reach(b) == Reach::Silent {
        return Relation::Unknown;
    }
    match (a, b) {
        (Stance::Quantity { .. }, Stance::Quantity { .. }) => relate_ranges(a, b),
        (Stance::Options { .. }, Stance::Options { .. }) | (Stance::Set { .. }, Stance::Set { .. }) => {
            relate_outcomes(issue.options.len(), a, b)
        }
        // Stances of different kinds cannot come from one validated issue.
        _ => Relation::Unknown,
    }
}

fn same_preference(a: &Stance, b: &Stance) -> bool {
    match (a, b) {
        (Stance::Options { preferred: Some(x), .. }, Stance::Options { preferred: Some(y), .. }) => x == y,
        (Stance::Quantity { preferred: Some(x), .. }, Stance::Quantity { preferred: Some(y), .. }) => x == y,
        (Stance::Set { preferred: x, .. }, Stance::Set { preferred: y, .. }) => !x.is_empty() && x == y,
        _ => false,
    }
}

/// Options and sets, where each outcome is accepted, rejected or unknown: overlap when some
/// outcome both accept; possible when none is, but some is ruled out by neither; else conflict.
fn relate_outcomes(outcomes: usize, a: &Stance, b: &Stance) -> Relation {
    let (x, y) = (accepted(a), accepted(b));
    let shared = intersect_sorted(&x, &y);
    if !shared.is_empty() {
        return if same_preference(a, b) {
            Relation::Agree(Shared::Outcomes(shared))
        } else {
            Relation::Overlap(Shared::Outcomes(shared))
        };
    }
    let open = intersect_sorted(&not_ruled_out(a, outcomes), &not_ruled_out(b, outcomes));
    if !open.is_empty() {
        return Relation::Possible(open);
    }
    match (reach(a), reach(b)) {
        (Reach::Accepts, Reach::Accepts) if matches!(a, Stance::Set { .. }) => Relation::Conflict(Gap::Disjoint),
        (Reach::Accepts, Reach::Accepts) => {
            // Plain loops: the `flat_map(..).min()` chain cost its own iterator code in wasm.
            let mut steps: Option<usize> = None;
            for i in x {
                for j in y {
                    let d = i.abs_diff(*j);
                    if steps.is_none_or(|s| d < s) {
                        steps = Some(d);
                    }
                }
            }
            Relation::Conflict(Gap::Steps(steps.unwrap_or(0)))
        }
        (Reach::RejectsOnly, Reach::RejectsOnly) => Relation::Conflict(Gap::AllRejected),
        _ => Relation::Conflict(Gap::RedLines),
    }
}

/// The outcomes an options or set stance accepts (none for a quantity), borrowed: the same list
/// `acceptable` gives, without its copy.
fn accepted(stance: &Stance) -> &[usize] {
    match stance {
        Stance::Options { acceptable, .. } | Stance::Set { acceptable, .. } => acceptable,
        Stance::Quantity { .. } => &[],
    }
}

/// Quantities, where a stated range accepts every value inside it and rejects every value outside.
fn relate_ranges(a: &Stance, b: &Stance) -> Relation {
    let (Some(Acceptable::Range(lo_a, hi_a)), Some(Acceptable::Range(lo_b, hi_b))) = (acceptable(a), acceptable(b))
    else {
        return Relation::Unknown;
    };
    let (lo, hi) = (lo_a.max(lo_b), hi_a.min(hi_b));
    if lo > hi {
        return Relation::Conflict(Gap::Amount(lo - hi));
    }
    let shared = Shared::Range { min: lo.is_finite().then_some(lo), max: hi.is_finite().then_some(hi) };
    // A shared range of only "no limit" is still an agreement on no cap.
    let shared = if lo == f64::INFINITY { Shared::Range { min: Some(lo), max: None } } else { shared };
    if same_preference(a, b) {
        Relation::Agree(shared)
    } else {
        Relation::Overlap(shared)
    }
}

/// The relation of `a` and `b` on every issue, in the dataset's order.
pub fn pair_relations(ds: &Dataset, snapshot: &Snapshot, a: PartyIx, b: PartyIx) -> Vec<(IssueIx, Relation)> {
    (0..ds.issues.len())
        .map(IssueIx)
        .map(|i| {
            let stance = |p| snapshot.stance(ds, p, i);
            (i, relate(ds.issue(i), stance(a), stance(b)))
        })
        .collect()
}

/// How many issues two parties agree, overlap, conflict, possibly meet or are unknown on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PairCounts {
    pub agree: usize,
    pub overlap: usize,
    pub conflict: usize,
    pub possible: usize,
    pub unknown: usize,
}

impl PairCounts {
    pub fn of(relations: &[(IssueIx, Relation)]) -> PairCounts {
        let mut counts = PairCounts::default();
        for (_, r) in relations {
            match r.kind() {
                RelationKind::Agree => counts.agree += 1,
                RelationKind::Overlap => counts.overlap += 1,
                RelationKind::Conflict => counts.conflict += 1,
                RelationKind::Possible => counts.possible += 1,
                RelationKind::Unknown => counts.unknown += 1,
            }
        }
        counts
    }

    pub fn get(&self, kind: RelationKind) -> usize {
        match kind {
            RelationKind::Agree => self.agree,
            RelationKind::Overlap => self.overlap,
            RelationKind::Conflict => self.conflict,
            RelationKind::Possible => self.possible,
            RelationKind::Unknown => self.unknown,
        }
    }

    /// Issues where both positions are known (everything but unknown).
    pub fn known(&self) -> usize {
        self.agree + self.overlap + self.conflict + self.possible
    }
}
