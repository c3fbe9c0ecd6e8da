//! How a framework's provisions fit each party's position.

use super::Snapshot;
use crate::model::{Dataset, Framework, Outcome, PartyIx, Stance};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fit {
    /// The party accepts the outcome.
    Compatible,
    /// The outcome is one of the party's red lines.
    RedLine,
    /// The outcome lies outside the range the party accepts, by this much in the issue's unit.
    OutsideRange(f64),
    /// The party's position is missing or silent on this outcome.
    Unknown,
}

impl Fit {
    pub fn is_conflict(self) -> bool {
        matches!(self, Fit::RedLine | Fit::OutsideRange(_))
    }
}

/// The fit of one outcome with one stance.
pub fn fit(outcome: &Outcome, stance: Option<&Stance>) -> Fit {
    let Some(stance) = stance else {
        return Fit::Unknown;
    };
    match (outcome, stance) {
        (Outcome::Option(o), Stance::Options { acceptable, rejected, .. }) => {
            if acceptable.contains(o) {
                Fit::Compatible
            } else if rejected.contains(o) {
                Fit::RedLine
            } else {
                Fit::Unknown
            }
        }
        (Outcome::Items(items), Stance::Set { acceptable, rejected, .. }) => {
            if items.iter().any(|i| rejected.contains(i)) {
                Fit::RedLine
            } else if !items.is_empty() && items.iter().all(|i| acceptable.contains(i)) {
                Fit::Compatible
            } else {
                Fit::Unknown
            }
        }
        (Outcome::Quantity(v), stance @ Stance::Quantity { .. }) => match super::acceptable(stance) {
            Some(super::Acceptable::Range(lo, hi)) => {
                if *v < lo {
                    Fit::OutsideRange(lo - v)
                } else if *v > hi {
                    Fit::OutsideRange(v - hi)
                } else {
                    Fit::Compatible
                }
            }
            _ => Fit::Unknown,
        },
        _ => Fit::Unknown,
    }
}

/// Counts of fits for one party over a framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FitCounts {
    pub compatible: usize,
    pub conflict: usize,
    pub unknown: usize,
    /// Provisions whose text is disputed (alternatives, no outcome), not counted above.
    pub disputed: usize,
}

/// One provision's fit with each party.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionFit {
    /// Fit of the provision's outcome with each party, in the order asked; empty when disputed.
    pub fits: Vec<Fit>,
    /// For each alternative, its fit with each party.
    pub alternatives: Vec<Vec<Fit>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FrameworkFit {
    pub provisions: Vec<ProvisionFit>,
    /// Per party, in the order asked.
    pub counts: Vec<FitCounts>,
}

/// Fits every provision of `framework` against each of `parties` in `snapshot`.
pub fn framework_fit(ds: &Dataset, snapshot: &Snapshot, framework: &Framework, parties: &[PartyIx]) -> FrameworkFit {
    let mut counts = vec![FitCounts::default(); parties.len()];
    let provisions = framework
        .provisions
        .iter()
        .map(|prov| {
            let stances: Vec<Option<&Stance>> =
                parties.iter().map(|&p| snapshot.position(ds, p, prov.issue).map(|x| &x.stance)).collect();
            let fits: Vec<Fit> = match &prov.outcome {
                Some(o) => stances.iter().map(|s| fit(o, *s)).collect(),
                None => Vec::new(),
            };
            for (c, f) in counts.iter_mut().zip(&fits) {
                match f {
                    Fit::Compatible => c.compatible += 1,
                    Fit::RedLine | Fit::OutsideRange(_) => c.conflict += 1,
                    Fit::Unknown => c.unknown += 1,
                }
            }
            if prov.outcome.is_none() && !prov.alternatives.is_empty() {
                counts.iter_mut().for_each(|c| c.disputed += 1);
            }
            let alternatives =
                prov.alternatives.iter().map(|a| stances.iter().map(|s| fit(&a.outcome, *s)).collect()).collect();
            ProvisionFit { fits, alternatives }
        })
        .collect();
    FrameworkFit { provisions, counts }
}
