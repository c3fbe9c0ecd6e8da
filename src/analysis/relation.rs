//! The relation of two parties' positions on one issue: agree, overlap, conflict or unknown.

use super::{acceptable, intersect_sorted, Acceptable};
use crate::model::Stance;

/// What two or more positions share.
#[derive(Debug, Clone, PartialEq)]
pub enum Shared {
    /// Option or item indices every party accepts, sorted.
    Outcomes(Vec<usize>),
    /// The range every party accepts; `None` ends are open.
    Range { min: Option<f64>, max: Option<f64> },
}

/// How far apart two conflicting positions are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Gap {
    /// The fewest steps on an options scale between an outcome one accepts and one the other accepts.
    Steps(usize),
    /// The distance in the unit between the two acceptable ranges; infinite when one
    /// party accepts only "no limit".
    Amount(f64),
    /// The two sets of acceptable items are disjoint.
    Disjoint,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Relation {
    /// Both prefer the same outcome.
    Agree(Shared),
    /// Their acceptable outcomes intersect.
    Overlap(Shared),
    /// Nothing both can accept.
    Conflict(Gap),
    /// A position is missing or says nothing comparable.
    Unknown,
}

/// The four kinds, for counting and for URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    Conflict,
    Overlap,
    Agree,
    Unknown,
}

impl RelationKind {
    pub const ALL: [RelationKind; 4] =
        [RelationKind::Conflict, RelationKind::Overlap, RelationKind::Agree, RelationKind::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Agree => "agree",
            RelationKind::Overlap => "overlap",
            RelationKind::Conflict => "conflict",
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
            Relation::Unknown => RelationKind::Unknown,
        }
    }
}

/// Relates two stances on the same issue. Symmetric: `relate(a, b) == relate(b, a)`.
pub fn relate(a: Option<&Stance>, b: Option<&Stance>) -> Relation {
    let (Some(a), Some(b)) = (a, b) else {
        return Relation::Unknown;
    };
    let (Some(acc_a), Some(acc_b)) = (acceptable(a), acceptable(b)) else {
        return Relation::Unknown;
    };
    let same_preference = match (a, b) {
        (Stance::Options { preferred: Some(x), .. }, Stance::Options { preferred: Some(y), .. }) => x == y,
        (Stance::Quantity { preferred: Some(x), .. }, Stance::Quantity { preferred: Some(y), .. }) => x == y,
        (Stance::Set { preferred: x, .. }, Stance::Set { preferred: y, .. }) => !x.is_empty() && x == y,
        _ => false,
    };
    match (acc_a, acc_b) {
        (Acceptable::Indices(x), Acceptable::Indices(y)) => {
            let shared = intersect_sorted(&x, &y);
            if same_preference {
                Relation::Agree(Shared::Outcomes(shared))
            } else if !shared.is_empty() {
                Relation::Overlap(Shared::Outcomes(shared))
            } else if matches!(a, Stance::Set { .. }) {
                Relation::Conflict(Gap::Disjoint)
            } else {
                let steps = x.iter().flat_map(|i| y.iter().map(move |j| i.abs_diff(*j))).min().unwrap_or(0);
                Relation::Conflict(Gap::Steps(steps))
            }
        }
        (Acceptable::Range(lo_a, hi_a), Acceptable::Range(lo_b, hi_b)) => {
            let (lo, hi) = (lo_a.max(lo_b), hi_a.min(hi_b));
            if lo <= hi {
                let shared = Shared::Range { min: lo.is_finite().then_some(lo), max: hi.is_finite().then_some(hi) };
                // A shared range of only "no limit" is still a finite-free agreement on no cap.
                let shared = if lo == f64::INFINITY { Shared::Range { min: Some(lo), max: None } } else { shared };
                if same_preference {
                    Relation::Agree(shared)
                } else {
                    Relation::Overlap(shared)
                }
            } else {
                Relation::Conflict(Gap::Amount(lo - hi))
            }
        }
        // Stances of different kinds cannot come from one validated issue.
        _ => Relation::Unknown,
    }
}
