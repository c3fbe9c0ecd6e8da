//! Pure computations over a `Dataset`: who stands where at a date, how two parties relate,
//! what a set of parties can all accept, how a framework fits each party, and what changed.
//!
//! Nothing here touches the DOM or does IO, and nothing panics on a validated dataset.

mod common;
mod fit;
mod relation;
mod snapshot;
mod summary;
pub mod synthetic;

pub use common::{common_ground, Blocker, CommonGround};
pub use fit::{fit, framework_fit, Fit, FitCounts, FrameworkFit, ProvisionFit};
pub use relation::{relate, Gap, Relation, RelationKind, Shared};
pub use snapshot::{changes, relation_changes, Change, RelationChange, Snapshot};
pub use summary::{
    changes_summary, describe_gap, describe_outcome, describe_relation, describe_shared, describe_stance,
    framework_summary, issue_summary, matrix_summary, pair_summary, PairCounts,
};

use crate::model::{Issue, IssueKind, Stance};

/// What a party can accept on an issue, in a form that intersects cleanly.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Acceptable {
    /// Sorted option or item indices.
    Indices(Vec<usize>),
    /// A closed range; `-inf`/`inf` for open ends.
    Range(f64, f64),
}

/// The acceptable outcomes of a stance, or `None` when the stance says nothing comparable.
pub(crate) fn acceptable(stance: &Stance) -> Option<Acceptable> {
    match stance {
        Stance::Options { acceptable, .. } | Stance::Set { acceptable, .. } => {
            (!acceptable.is_empty()).then(|| Acceptable::Indices(acceptable.clone()))
        }
        Stance::Quantity { preferred, min, max } => match (preferred, min, max) {
            (None, None, None) => None,
            (Some(p), None, None) => Some(Acceptable::Range(*p, *p)),
            (_, lo, hi) => Some(Acceptable::Range(lo.unwrap_or(f64::NEG_INFINITY), hi.unwrap_or(f64::INFINITY))),
        },
    }
}

pub(crate) fn intersect_sorted(a: &[usize], b: &[usize]) -> Vec<usize> {
    a.iter().copied().filter(|x| b.binary_search(x).is_ok()).collect()
}

/// The number of outcomes an issue offers (0 for quantities).
pub(crate) fn outcome_count(issue: &Issue) -> usize {
    match issue.kind {
        IssueKind::Options | IssueKind::Set => issue.options.len(),
        IssueKind::Quantity => 0,
    }
}
