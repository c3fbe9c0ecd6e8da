//! How a framework's provisions fit each party's position.

use super::snapshot::Snapshot;
use super::verdict::{acceptable, verdict, Acceptable, Verdict};
use crate::model::{Dataset, Framework, Outcome, PartyIx, Stance};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fit {
    /// The party accepts the outcome (for a set of items: every one of them).
    Compatible,
    /// The outcome is one of the party's red lines (for a set: one of its items is).
    RedLine,
    /// The value lies outside the range the party accepts.
    OutsideRange(Outside),
    /// The party's position is missing or silent on this outcome.
    Unknown,
}

/// How a provision's value lies outside a party's range. "No limit" is an end of the scale, not
/// a number, so an infinite distance says which side holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outside {
    /// Below the party's minimum or above its maximum by this much, in the issue's unit.
    By(f64),
    /// The provision sets no limit, and the party accepts only a limit.
    TextUnlimited,
    /// The party accepts only no limit, and the provision sets one.
    PartyUnlimited,
}

impl Fit {
    pub fn is_conflict(self) -> bool {
        matches!(self, Fit::RedLine | Fit::OutsideRange(_))
    }
}

/// The fit of one outcome with one stance: what the stance says of that outcome (`Verdict`),
/// item by item for a set. An outcome the party did not list is unknown here, even when the
/// party names what it accepts: a fit reports what the party said about this text.
pub fn fit(outcome: &Outcome, stance: Option<&Stance>) -> Fit {
    let Some(stance) = stance else {
        return Fit::Unknown;
    };
    match (outcome, stance) {
        (Outcome::Option(o), Stance::Options { .. }) => match verdict(stance, *o) {
            Verdict::Accept => Fit::Compatible,
            Verdict::Reject => Fit::RedLine,
            Verdict::Unknown => Fit::Unknown,
        },
        (Outcome::Items(items), Stance::Set { .. }) => {
            // One pass without a list of verdicts, which cost an allocation and its iterator code.
            let (mut rejects, mut accepts_all) = (false, !items.is_empty());
            for i in items {
                match verdict(stance, *i) {
                    Verdict::Reject => rejects = true,
                    Verdict::Accept => {}
                    Verdict::Unknown => accepts_all = false,
                }
            }
            if rejects {
                Fit::RedLine
            } else if accepts_all {
                Fit::Compatible
            } else {
                Fit::Unknown
            }
        }
        (Outcome::Quantity(v), Stance::Quantity { .. }) => match acceptable(stance) {
            Some(Acceptable::Range(lo, hi)) => {
                if *v < lo {
                    Fit::OutsideRange(if lo == f64::INFINITY { Outside::PartyUnlimited } else { Outside::By(lo - v) })
                } else if *v > hi {
                    Fit::OutsideRange(if *v == f64::INFINITY { Outside::TextUnlimited } else { Outside::By(v - hi) })
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
    // Plain loops rather than `map(..).collect()` chains, which cost their own iterator code in wasm.
    let mut provisions = Vec::new();
    for prov in &framework.provisions {
        let mut stances: Vec<Option<&Stance>> = Vec::new();
        for &p in parties {
            stances.push(snapshot.stance(ds, p, prov.issue));
        }
        let fits = match &prov.outcome {
            Some(o) => fits_of(o, &stances),
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
        let mut alternatives = Vec::new();
        for a in &prov.alternatives {
            alternatives.push(fits_of(&a.outcome, &stances));
        }
        provisions.push(ProvisionFit { fits, alternatives });
    }
    FrameworkFit { provisions, counts }
}

/// How an outcome fits each of these stances, in their order.
fn fits_of(outcome: &Outcome, stances: &[Option<&Stance>]) -> Vec<Fit> {
    let mut fits = Vec::new();
    for s in stances {
        fits.push(fit(outcome, *s));
    }
    fits
}
