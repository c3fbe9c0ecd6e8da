//! Common ground across a set of parties on one issue: what every one of them can accept, and
//! who blocks each outcome.

use super::{acceptable, intersect_sorted, outcome_count, Acceptable, Shared, Snapshot};
use crate::model::{Dataset, IssueIx, PartyIx, Stance};

/// Who stands in the way of one outcome.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Blocker {
    /// The option or item index.
    pub outcome: usize,
    /// Parties for which it is a red line.
    pub rejected_by: Vec<PartyIx>,
    /// Parties that neither accept nor reject it.
    pub not_accepted_by: Vec<PartyIx>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommonGround {
    /// Parties whose positions say what they accept, in the order asked.
    pub known: Vec<PartyIx>,
    /// Parties with no comparable position at the date.
    pub unknown: Vec<PartyIx>,
    /// What every known party accepts; `None` when no party is known.
    pub shared: Option<Shared>,
    /// For options and sets: each outcome that not every known party accepts, with who blocks it.
    /// For quantities with no shared range: the parties whose limits leave no room.
    pub blockers: Vec<Blocker>,
    /// For quantities with no shared range: the party with the highest minimum and the party
    /// with the lowest maximum.
    pub range_blockers: Vec<PartyIx>,
    /// How many outcomes the issue offers (0 for quantities).
    pub outcomes: usize,
}

impl CommonGround {
    /// When no outcome is accepted by every known party: the outcome the most of them accept,
    /// with the parties that stand in its way, in the order asked. Among equals it takes the one
    /// that is fewer parties' red line, then the one nearest the middle of the scale, so that
    /// neither end of a scale is favoured. `None` when there is common ground, or when no outcome
    /// is accepted by anyone.
    pub fn closest(&self) -> Option<(usize, Vec<PartyIx>)> {
        if self.exists() {
            return None;
        }
        let refusers = |b: &Blocker| -> Vec<PartyIx> {
            self.known.iter().copied().filter(|p| b.rejected_by.contains(p) || b.not_accepted_by.contains(p)).collect()
        };
        self.blockers
            .iter()
            .map(|b| (b.outcome, refusers(b)))
            .filter(|(_, r)| r.len() < self.known.len())
            .map(|(outcome, r)| {
                let red_lines = self.blockers.iter().find(|b| b.outcome == outcome).map_or(0, |b| b.rejected_by.len());
                let off_centre = (2 * outcome).abs_diff(self.outcomes.saturating_sub(1));
                ((r.len(), red_lines, off_centre, outcome), r)
            })
            .min_by_key(|(key, _)| *key)
            .map(|((.., outcome), r)| (outcome, r))
    }

    /// True when at least one party is known and they all share something.
    pub fn exists(&self) -> bool {
        match &self.shared {
            Some(Shared::Outcomes(o)) => !o.is_empty(),
            Some(Shared::Range { .. }) => true,
            None => false,
        }
    }
}

/// The common ground of `parties` on `issue` in `snapshot`. Adding a party never enlarges it.
pub fn common_ground(ds: &Dataset, snapshot: &Snapshot, issue: IssueIx, parties: &[PartyIx]) -> CommonGround {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    let mut shared: Option<Acceptable> = None;
    let mut highest_min: Option<(f64, PartyIx)> = None;
    let mut lowest_max: Option<(f64, PartyIx)> = None;
    for &party in parties {
        let stance = snapshot.position(ds, party, issue).map(|p| &p.stance);
        let Some(acc) = stance.and_then(acceptable) else {
            unknown.push(party);
            continue;
        };
        known.push(party);
        if let Acceptable::Range(lo, hi) = acc {
            if highest_min.is_none_or(|(v, _)| lo > v) {
                highest_min = Some((lo, party));
            }
            if lowest_max.is_none_or(|(v, _)| hi < v) {
                lowest_max = Some((hi, party));
            }
        }
        shared = Some(match (shared, acc) {
            (None, acc) => acc,
            (Some(Acceptable::Indices(x)), Acceptable::Indices(y)) => Acceptable::Indices(intersect_sorted(&x, &y)),
            (Some(Acceptable::Range(a, b)), Acceptable::Range(c, d)) => Acceptable::Range(a.max(c), b.min(d)),
            (Some(other), _) => other,
        });
    }
    let mut range_blockers = Vec::new();
    let shared = shared.map(|acc| match acc {
        Acceptable::Indices(o) => Shared::Outcomes(o),
        Acceptable::Range(lo, hi) if lo <= hi => {
            Shared::Range { min: (lo > f64::NEG_INFINITY).then_some(lo), max: (hi < f64::INFINITY).then_some(hi) }
        }
        Acceptable::Range(..) => {
            range_blockers.extend(highest_min.map(|(_, p)| p));
            range_blockers.extend(lowest_max.map(|(_, p)| p).filter(|p| !range_blockers.contains(p)));
            Shared::Outcomes(Vec::new())
        }
    });
    let mut blockers = Vec::new();
    if let Some(Shared::Outcomes(all)) = &shared {
        for outcome in 0..outcome_count(ds.issue(issue)) {
            if all.contains(&outcome) {
                continue;
            }
            let mut b = Blocker { outcome, ..Blocker::default() };
            for &party in &known {
                let Some(stance) = snapshot.position(ds, party, issue).map(|p| &p.stance) else {
                    continue;
                };
                let (acc, rej) = match stance {
                    Stance::Options { acceptable, rejected, .. } | Stance::Set { acceptable, rejected, .. } => {
                        (acceptable, rejected)
                    }
                    Stance::Quantity { .. } => continue,
                };
                if rej.contains(&outcome) {
                    b.rejected_by.push(party);
                } else if !acc.contains(&outcome) {
                    b.not_accepted_by.push(party);
                }
            }
            blockers.push(b);
        }
    }
    CommonGround { known, unknown, shared, blockers, range_blockers, outcomes: outcome_count(ds.issue(issue)) }
}
