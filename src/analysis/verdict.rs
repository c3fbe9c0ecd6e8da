//! The one rule every computation follows (docs/DATA_FORMAT.md, "What the app computes"): what a
//! position says of each outcome (`Verdict`), how much it says on an issue (`Reach`), and what it
//! accepts in a form that intersects cleanly.

use crate::model::{Issue, IssueKind, Stance};

/// What one position says of one outcome (an option, an item, or a value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The party accepts it: it lists it as acceptable, or the value lies in its range.
    Accept,
    /// The party rejects it: it lists it as a red line, or the value lies outside its stated range.
    Reject,
    /// The position says nothing of it.
    Unknown,
}

/// What `stance` says of option or item `outcome`. A quantity stance says nothing of an index.
pub fn verdict(stance: &Stance, outcome: usize) -> Verdict {
    match stance {
        Stance::Options { acceptable, rejected, .. } | Stance::Set { acceptable, rejected, .. } => {
            if acceptable.contains(&outcome) {
                Verdict::Accept
            } else if rejected.contains(&outcome) {
                Verdict::Reject
            } else {
                Verdict::Unknown
            }
        }
        Stance::Quantity { .. } => Verdict::Unknown,
    }
}

/// What a quantity `stance` says of `value`: a stance with any figure states its whole range, so
/// a value is either inside it (accepted) or outside it (rejected); a stance without one says nothing.
pub fn verdict_on_value(stance: &Stance, value: f64) -> Verdict {
    match acceptable(stance) {
        Some(Acceptable::Range(lo, hi)) if (lo..=hi).contains(&value) => Verdict::Accept,
        Some(Acceptable::Range(..)) => Verdict::Reject,
        _ => Verdict::Unknown,
    }
}

/// How much a position says on an issue, which decides how it is compared with others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reach {
    /// Nothing comparable: no acceptable outcome, no red line, no figure. Treated as no position.
    Silent,
    /// It names only red lines: what it does not reject stays open.
    RejectsOnly,
    /// It names what it accepts (or, for a quantity, a figure): what it does not accept is ruled out.
    Accepts,
}

pub(crate) fn reach(stance: &Stance) -> Reach {
    match stance {
        Stance::Options { acceptable, rejected, .. } | Stance::Set { acceptable, rejected, .. } => {
            if !acceptable.is_empty() {
                Reach::Accepts
            } else if !rejected.is_empty() {
                Reach::RejectsOnly
            } else {
                Reach::Silent
            }
        }
        Stance::Quantity { .. } if acceptable(stance).is_some() => Reach::Accepts,
        Stance::Quantity { .. } => Reach::Silent,
    }
}

/// The outcomes of an options or set stance that it does not rule out: what it accepts when it
/// names any, else every outcome of the `outcomes` it does not reject. Sorted.
pub(crate) fn not_ruled_out(stance: &Stance, outcomes: usize) -> Vec<usize> {
    match stance {
        Stance::Options { acceptable, .. } | Stance::Set { acceptable, .. } if !acceptable.is_empty() => {
            acceptable.clone()
        }
        Stance::Options { rejected, .. } | Stance::Set { rejected, .. } => {
            // A plain loop: the `filter(..).collect()` chain cost its own iterator code in wasm.
            let mut open = Vec::new();
            for o in 0..outcomes {
                if !rejected.contains(&o) {
                    open.push(o);
                }
            }
            open
        }
        Stance::Quantity { .. } => Vec::new(),
    }
}

/// What a party can accept on an issue, in a form that intersects cleanly.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Acceptable {
    /// Sorted option or item indices.
    Indices(Vec<usize>),
    /// A closed range; `-inf`/`inf` for open ends.
    Range(f64, f64),
}

/// The acceptable outcomes of a stance, or `None` when it names none (it may still name red lines).
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
    // A plain loop, like the one above, for the same reason.
    let mut both = Vec::new();
    for &x in a {
        if b.binary_search(&x).is_ok() {
            both.push(x);
        }
    }
    both
}

/// The number of outcomes an issue offers (0 for quantities).
pub(crate) fn outcome_count(issue: &Issue) -> usize {
    match issue.kind {
        IssueKind::Options | IssueKind::Set => issue.options.len(),
        IssueKind::Quantity => 0,
    }
}
