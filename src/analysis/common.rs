//! Common ground across a set of parties on one issue: what every one of them can accept, what
//! none of them rules out, and who blocks each outcome.

use super::relation::Shared;
use super::snapshot::Snapshot;
use super::verdict::{acceptable, outcome_count, reach, verdict, Acceptable, Reach, Verdict};
use crate::model::{Dataset, IssueIx, IssueKind, PartyIx, Stance};

/// Where the parties stand on one outcome that is not common ground.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Blocker {
    /// The option or item index.
    pub outcome: usize,
    /// Parties for which it is a red line.
    pub rejected_by: Vec<PartyIx>,
    /// Parties that name what they accept, and not this.
    pub not_accepted_by: Vec<PartyIx>,
    /// Parties that name only red lines, and not this one: they have not said.
    pub unknown_to: Vec<PartyIx>,
}

impl Blocker {
    /// The parties that stand in the way of the outcome: a red line, or not among what they accept.
    pub fn refusers(&self, order: &[PartyIx]) -> Vec<PartyIx> {
        // A plain loop: the `filter(..).collect()` chain cost its own iterator code in wasm.
        let mut refusers = Vec::new();
        for &p in order {
            if self.rejected_by.contains(&p) || self.not_accepted_by.contains(&p) {
                refusers.push(p);
            }
        }
        refusers
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommonGround {
    /// Parties whose positions say something comparable (what they accept, or only red lines),
    /// in the order asked.
    pub known: Vec<PartyIx>,
    /// Of `known`, the parties that name only red lines and nothing they accept.
    pub rejects_only: Vec<PartyIx>,
    /// Parties with no comparable position at the date. They do not block anything.
    pub unknown: Vec<PartyIx>,
    /// What every known party accepts; `None` when no party is known. A party that names only
    /// red lines accepts nothing, so with one among them this is empty.
    pub shared: Option<Shared>,
    /// For options and sets: outcomes that no known party rules out (every party that names what
    /// it accepts accepts them, and none rejects them) but that a party naming only red lines has
    /// not spoken to. Sorted; empty when there is common ground.
    pub possible: Vec<usize>,
    /// For options and sets: each outcome not every known party accepts, with where each stands.
    pub blockers: Vec<Blocker>,
    /// For quantities with no shared range: the party with the highest minimum and the party
    /// with the lowest maximum.
    pub range_blockers: Vec<PartyIx>,
    /// How many outcomes the issue offers (0 for quantities).
    pub outcomes: usize,
    /// Whether the outcomes are a scale (an `options` issue), whose middle `closest` prefers;
    /// a set's items are not in any order that has a middle.
    pub scale: bool,
}

impl CommonGround {
    /// When there is neither common ground nor a possible one: the outcome that the fewest
    /// parties stand in the way of, among those at least one party accepts, with those parties in
    /// the order asked. Among equals it takes the one that is fewer parties' red line, then on a
    /// scale the one nearest its middle, so that neither end is favoured, then the first in the
    /// issue's order (on a scale with an even number of outcomes, the one before the middle;
    /// on a set, whose items have no middle, the first item). A party that names only red lines
    /// stands in the way only of what it rejects. `None` otherwise, or when no outcome is
    /// accepted by anyone.
    pub fn closest(&self) -> Option<(usize, Vec<PartyIx>)> {
        if self.exists() || !self.possible.is_empty() {
            return None;
        }
        // A plain loop in place of a `filter`, `map` and `min_by_key` chain, for less wasm; the
        // strict `<` keeps the first of equal keys, as `min_by_key` did.
        let mut best: Option<((usize, usize, usize, usize), Vec<PartyIx>)> = None;
        for b in &self.blockers {
            if b.rejected_by.len() + b.not_accepted_by.len() + b.unknown_to.len() >= self.known.len() {
                continue;
            }
            let refusers = b.refusers(&self.known);
            let off_centre = if self.scale { (2 * b.outcome).abs_diff(self.outcomes.saturating_sub(1)) } else { 0 };
            let key = (refusers.len(), b.rejected_by.len(), off_centre, b.outcome);
            if best.as_ref().is_none_or(|(k, _)| key < *k) {
                best = Some((key, refusers));
            }
        }
        best.map(|((.., outcome), r)| (outcome, r))
    }

    /// Fewer than two parties have a comparable position, so nothing is shared between parties:
    /// the views say so instead of naming a lone party's outcomes common ground, and leave the
    /// issue out of their counts. The fields are still filled, for the deal builder.
    pub fn too_few(&self) -> bool {
        self.known.len() < 2
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
    let mut known: Vec<(PartyIx, &Stance)> = Vec::new();
    let mut unknown = Vec::new();
    // The party lists are filled in this one loop rather than by `filter`/`map` chains over
    // `known` afterwards, which cost their own iterator code in wasm.
    let (mut known_parties, mut rejects_only) = (Vec::new(), Vec::new());
    for &party in parties {
        match snapshot.stance(ds, party, issue) {
            Some(stance) if reach(stance) != Reach::Silent => {
                known.push((party, stance));
                known_parties.push(party);
                if reach(stance) == Reach::RejectsOnly {
                    rejects_only.push(party);
                }
            }
            _ => unknown.push(party),
        }
    }
    let outcomes = outcome_count(ds.issue(issue));
    let scale = ds.issue(issue).kind == IssueKind::Options;
    let mut ground = CommonGround {
        known: known_parties,
        rejects_only,
        unknown,
        shared: None,
        possible: Vec::new(),
        blockers: Vec::new(),
        range_blockers: Vec::new(),
        outcomes,
        scale,
    };
    if known.is_empty() {
        return ground;
    }
    if known.iter().all(|(_, s)| matches!(s, Stance::Quantity { .. })) {
        ranges(&mut ground, &known);
        return ground;
    }
    let mut shared = Vec::new();
    for outcome in 0..outcomes {
        let mut b = Blocker { outcome, ..Blocker::default() };
        for &(party, stance) in &known {
            match (verdict(stance, outcome), reach(stance)) {
                (Verdict::Accept, _) => {}
                (Verdict::Reject, _) => b.rejected_by.push(party),
                (Verdict::Unknown, Reach::RejectsOnly) => b.unknown_to.push(party),
                (Verdict::Unknown, _) => b.not_accepted_by.push(party),
            }
        }
        if b.rejected_by.is_empty() && b.not_accepted_by.is_empty() {
            if b.unknown_to.is_empty() {
                shared.push(outcome);
                continue;
            }
            ground.possible.push(outcome);
        }
        ground.blockers.push(b);
    }
    ground.shared = Some(Shared::Outcomes(shared));
    ground
}

/// Quantities: the range every party's range contains, or the two parties whose limits leave no
/// room. Where several parties share the highest minimum (or the lowest maximum), the first of
/// them in the order asked is named: the strict comparisons below keep it.
fn ranges(ground: &mut CommonGround, known: &[(PartyIx, &Stance)]) {
    let mut highest_min: Option<(f64, PartyIx)> = None;
    let mut lowest_max: Option<(f64, PartyIx)> = None;
    for &(party, stance) in known {
        let Some(Acceptable::Range(lo, hi)) = acceptable(stance) else {
            continue;
        };
        if highest_min.is_none_or(|(v, _)| lo > v) {
            highest_min = Some((lo, party));
        }
        if lowest_max.is_none_or(|(v, _)| hi < v) {
            lowest_max = Some((hi, party));
        }
    }
    let (Some((lo, low)), Some((hi, high))) = (highest_min, lowest_max) else {
        return;
    };
    ground.shared = Some(if lo <= hi {
        Shared::Range { min: (lo > f64::NEG_INFINITY).then_some(lo), max: (hi < f64::INFINITY).then_some(hi) }
    } else {
        ground.range_blockers.push(low);
        if high != low {
            ground.range_blockers.push(high);
        }
        Shared::Outcomes(Vec::new())
    });
}
