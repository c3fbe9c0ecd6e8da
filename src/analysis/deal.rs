//! The deal builder: a package of picks (one outcome, or none, per issue), how each party stands
//! on it, what would fill its open issues, which single change would bring a party on board,
//! and where it differs from the documents in the dataset.
//!
//! Each pick is judged with the framework view's own per-outcome `fit`, so a pick's accept, red
//! line or unknown is exactly the framework fit cell for that outcome. The rule for who could
//! sign is written out in `docs/DATA_FORMAT.md` ("Deal builder").

use super::{acceptable, common_ground, fit, not_ruled_out, reach, Acceptable, Fit, Reach, Shared, Snapshot};
use crate::model::{Dataset, Framework, IssueIx, IssueKind, Outcome, PartyIx, Stance};

/// One outcome or nothing per issue, in the dataset's issue order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Package {
    pub picks: Vec<Option<Outcome>>,
}

impl Package {
    /// A package with every issue open.
    pub fn empty(ds: &Dataset) -> Package {
        Package { picks: vec![None; ds.issues.len()] }
    }

    /// A framework's outcomes as a package: the first provision with an outcome on each issue.
    /// A disputed provision (only each side's version) leaves its issue open.
    pub fn from_framework(ds: &Dataset, framework: &Framework) -> Package {
        let mut package = Package::empty(ds);
        for provision in &framework.provisions {
            if let (Some(slot @ None), Some(o)) = (package.picks.get_mut(provision.issue.0), &provision.outcome) {
                *slot = Some(o.clone());
            }
        }
        package
    }

    pub fn pick(&self, issue: IssueIx) -> Option<&Outcome> {
        self.picks.get(issue.0).and_then(Option::as_ref)
    }

    pub fn set(&mut self, issue: IssueIx, outcome: Option<Outcome>) {
        if let Some(slot) = self.picks.get_mut(issue.0) {
            *slot = outcome;
        }
    }

    /// The issues with a pick, in issue order.
    pub fn picked(&self) -> impl Iterator<Item = (IssueIx, &Outcome)> {
        self.picks.iter().enumerate().filter_map(|(i, o)| o.as_ref().map(|o| (IssueIx(i), o)))
    }
}

/// What one party's position says of one pick.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Take {
    /// The fit is compatible: the party accepts it.
    Accepts,
    /// The fit is a conflict: a red line, or a value outside its range.
    RedLine,
    /// The fit is unknown, but the party names what it accepts on the issue and this is not
    /// among it: ruled out, though not a red line.
    LeftOut,
    /// The fit is unknown and nothing rules it out: no position, or only red lines and not this one.
    Unknown,
}

/// What `stance` says of `outcome`, and what that means for signing.
pub fn take(outcome: &Outcome, stance: Option<&Stance>) -> (Fit, Take) {
    let f = fit(outcome, stance);
    let t = match f {
        Fit::Compatible => Take::Accepts,
        Fit::RedLine | Fit::OutsideRange(_) => Take::RedLine,
        Fit::Unknown if stance.is_some_and(|s| reach(s) == Reach::Accepts) => Take::LeftOut,
        Fit::Unknown => Take::Unknown,
    };
    (f, t)
}

/// Whether a party could sign a package, from what it says of the picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// It accepts every pick.
    Signs,
    /// It accepts some picks and rules out none, but has said nothing on others.
    Gaps,
    /// No red line is crossed, but a pick is not among what it accepts.
    LeftOut,
    /// A pick crosses one of its red lines.
    RedLines,
    /// It has said nothing on any pick.
    Unknown,
}

impl Standing {
    /// Signs as it stands, or with gaps.
    pub fn could_sign(self) -> bool {
        matches!(self, Standing::Signs | Standing::Gaps)
    }

    fn of(accepted: usize, crossed: usize, left_out: usize, unknown: usize) -> Standing {
        if crossed > 0 {
            Standing::RedLines
        } else if left_out > 0 {
            Standing::LeftOut
        } else if accepted == 0 {
            Standing::Unknown
        } else if unknown > 0 {
            Standing::Gaps
        } else {
            Standing::Signs
        }
    }
}

/// One party and a package.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyDeal {
    pub party: PartyIx,
    /// Every pick's fit, in issue order: the framework view's cell for that outcome.
    pub fits: Vec<(IssueIx, Fit)>,
    pub accepted: Vec<IssueIx>,
    /// Picks that cross its red lines.
    pub crossed: Vec<IssueIx>,
    /// Picks outside what it names as acceptable, though no red line.
    pub left_out: Vec<IssueIx>,
    /// Picks it has said nothing of.
    pub unknown: Vec<IssueIx>,
    pub standing: Standing,
}

fn stance<'a>(ds: &'a Dataset, snap: &Snapshot, party: PartyIx, issue: IssueIx) -> Option<&'a Stance> {
    snap.position(ds, party, issue).map(|p| &p.stance)
}

/// How each of `parties` stands on `package` at the snapshot's date.
pub fn evaluate(ds: &Dataset, snap: &Snapshot, package: &Package, parties: &[PartyIx]) -> Vec<PartyDeal> {
    parties
        .iter()
        .map(|&party| {
            let mut d = PartyDeal {
                party,
                fits: Vec::new(),
                accepted: Vec::new(),
                crossed: Vec::new(),
                left_out: Vec::new(),
                unknown: Vec::new(),
                standing: Standing::Unknown,
            };
            for (issue, outcome) in package.picked() {
                let (f, t) = take(outcome, stance(ds, snap, party, issue));
                d.fits.push((issue, f));
                match t {
                    Take::Accepts => d.accepted.push(issue),
                    Take::RedLine => d.crossed.push(issue),
                    Take::LeftOut => d.left_out.push(issue),
                    Take::Unknown => d.unknown.push(issue),
                }
            }
            d.standing = Standing::of(d.accepted.len(), d.crossed.len(), d.left_out.len(), d.unknown.len());
            d
        })
        .collect()
}

/// Why a suggestion is the one it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Common ground: every party with a position accepts it (the one nearest the middle of the
    /// scale when several are; for a set, every item they all accept).
    Common,
    /// Possible common ground: no party rules it out, but one that names only red lines has not
    /// said it accepts it.
    Possible,
    /// No common ground: the engine's closest outcome, the one the fewest parties stand in the way of.
    Closest,
    /// A quantity: the middle of the range every party with a figure accepts.
    Middle,
    /// A quantity: the one end of the shared range that is a figure (the other is open).
    Bound,
    /// A quantity with no shared range: of the figures the parties name (or "no limit"), the one
    /// most of them accept.
    MostAccept,
}

/// An outcome proposed for an open issue, and where every party stands on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub issue: IssueIx,
    pub outcome: Outcome,
    pub basis: Basis,
    /// Parties with a comparable position on the issue.
    pub known: usize,
    pub accepted_by: Vec<PartyIx>,
    pub red_line_for: Vec<PartyIx>,
    pub left_out_by: Vec<PartyIx>,
}

/// Of `candidates`, the one nearest the middle of a scale of `outcomes`; the lower among equals.
fn middlemost(candidates: &[usize], outcomes: usize) -> Option<usize> {
    candidates.iter().copied().min_by_key(|&o| ((2 * o).abs_diff(outcomes.saturating_sub(1)), o))
}

/// The outcome and its basis for one open issue among `parties`, or `None` when no party has a
/// position or every value would do.
fn suggestion_for(ds: &Dataset, snap: &Snapshot, issue: IssueIx, parties: &[PartyIx]) -> Option<(Outcome, Basis)> {
    let ground = common_ground(ds, snap, issue, parties);
    if ground.known.is_empty() {
        return None;
    }
    let set = ds.issue(issue).kind == IssueKind::Set;
    let choose = |o: &[usize], basis| -> Option<(Outcome, Basis)> {
        if set {
            (!o.is_empty()).then(|| (Outcome::Items(o.to_vec()), basis))
        } else {
            middlemost(o, ground.outcomes).map(|o| (Outcome::Option(o), basis))
        }
    };
    if ds.issue(issue).kind == IssueKind::Quantity {
        return match ground.shared {
            Some(Shared::Range { min: Some(lo), max: Some(hi) }) => {
                Some((Outcome::Quantity((lo + hi) / 2.0), Basis::Middle))
            }
            Some(Shared::Range { min: Some(v), max: None } | Shared::Range { min: None, max: Some(v) }) => {
                Some((Outcome::Quantity(v), Basis::Bound))
            }
            Some(Shared::Range { .. }) => None,
            _ => {
                most_accepted_figure(ds, snap, issue, &ground.known).map(|v| (Outcome::Quantity(v), Basis::MostAccept))
            }
        };
    }
    match &ground.shared {
        Some(Shared::Outcomes(o)) if !o.is_empty() => choose(o, Basis::Common),
        _ if !ground.possible.is_empty() => choose(&ground.possible, Basis::Possible),
        _ => ground.closest().and_then(|(o, _)| choose(&[o], Basis::Closest)),
    }
}

/// Of every figure (minimum, maximum, preferred value, or "no limit") the `known` parties name on
/// a quantity issue, the one the most of them accept; the lower among equals.
fn most_accepted_figure(ds: &Dataset, snap: &Snapshot, issue: IssueIx, known: &[PartyIx]) -> Option<f64> {
    let stances: Vec<&Stance> = known.iter().filter_map(|&p| stance(ds, snap, p, issue)).collect();
    let mut figures: Vec<f64> = Vec::new();
    for s in &stances {
        if let Stance::Quantity { preferred, min, max } = s {
            figures.extend(
                [preferred, min, max].into_iter().flatten().copied().filter(|v| v.is_finite() || *v == f64::INFINITY),
            );
        }
    }
    let accepts = |v: f64| {
        stances
            .iter()
            .filter(|s| matches!(acceptable(s), Some(Acceptable::Range(lo, hi)) if lo <= v && v <= hi))
            .count()
    };
    let mut best: Option<(usize, f64)> = None;
    for v in figures {
        let n = accepts(v);
        if best.is_none_or(|(bn, bv)| n > bn || (n == bn && v < bv)) {
            best = Some((n, v));
        }
    }
    best.map(|(_, v)| v)
}

/// A suggestion for every open issue on which some of `parties` has a position, in issue order.
pub fn suggest(ds: &Dataset, snap: &Snapshot, package: &Package, parties: &[PartyIx]) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for issue in (0..ds.issues.len()).map(IssueIx) {
        if package.pick(issue).is_some() {
            continue;
        }
        let Some((outcome, basis)) = suggestion_for(ds, snap, issue, parties) else {
            continue;
        };
        let mut s = Suggestion {
            issue,
            outcome,
            basis,
            known: 0,
            accepted_by: Vec::new(),
            red_line_for: Vec::new(),
            left_out_by: Vec::new(),
        };
        for &party in parties {
            let st = stance(ds, snap, party, issue);
            if st.is_some_and(|x| reach(x) != Reach::Silent) {
                s.known += 1;
            }
            match take(&s.outcome, st).1 {
                Take::Accepts => s.accepted_by.push(party),
                Take::RedLine => s.red_line_for.push(party),
                Take::LeftOut => s.left_out_by.push(party),
                Take::Unknown => {}
            }
        }
        out.push(s);
    }
    out
}

/// A package with every open issue filled by its suggestion.
pub fn fill(package: &Package, suggestions: &[Suggestion]) -> Package {
    let mut out = package.clone();
    for s in suggestions {
        out.set(s.issue, Some(s.outcome.clone()));
    }
    out
}

/// One pick changed so that a party that cannot sign could, and no party that could sign is lost.
#[derive(Debug, Clone, PartialEq)]
pub struct PickChange {
    /// The party the change is for.
    pub party: PartyIx,
    pub issue: IssueIx,
    pub outcome: Outcome,
    /// Every party that could not sign before and could after, `party` among them, in the order asked.
    pub gains: Vec<PartyIx>,
}

/// The outcomes on `issue` worth trying in place of `current` for a party with `stance`: on a
/// scale, every other outcome; for a set, the pick without the items the party rules out; for a
/// quantity, the pick moved to the nearest end of the party's range.
fn candidates(ds: &Dataset, issue: IssueIx, current: &Outcome, stance: Option<&Stance>) -> Vec<Outcome> {
    match (current, stance) {
        (Outcome::Option(cur), _) => {
            (0..ds.issue(issue).options.len()).filter(|o| o != cur).map(Outcome::Option).collect()
        }
        (Outcome::Items(items), Some(s)) => {
            let ok = not_ruled_out(s, ds.issue(issue).options.len());
            let kept: Vec<usize> = items.iter().copied().filter(|i| ok.contains(i)).collect();
            if kept.is_empty() || &kept == items {
                Vec::new()
            } else {
                vec![Outcome::Items(kept)]
            }
        }
        (Outcome::Quantity(v), Some(s)) => match acceptable(s) {
            Some(Acceptable::Range(lo, _)) if *v < lo => vec![Outcome::Quantity(lo)],
            Some(Acceptable::Range(_, hi)) if *v > hi => vec![Outcome::Quantity(hi)],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// For each party that cannot sign and whose one obstacle is a single pick, the best change to
/// that pick: the one after which the most parties could sign, and among equals (on a scale) the
/// fewest steps from the current pick, then the lower outcome. No party that could sign is lost.
pub fn single_changes(ds: &Dataset, snap: &Snapshot, package: &Package, deals: &[PartyDeal]) -> Vec<PickChange> {
    let mut out = Vec::new();
    for deal in deals.iter().filter(|d| matches!(d.standing, Standing::RedLines | Standing::LeftOut)) {
        let [issue] = [deal.crossed.as_slice(), deal.left_out.as_slice()].concat()[..] else {
            continue;
        };
        let Some(current) = package.pick(issue) else {
            continue;
        };
        let mut best: Option<(usize, usize, PickChange)> = None;
        for outcome in candidates(ds, issue, current, stance(ds, snap, deal.party, issue)) {
            let mut gains = Vec::new();
            let mut lost = false;
            for d in deals {
                let t = take(&outcome, stance(ds, snap, d.party, issue)).1;
                let old = take(current, stance(ds, snap, d.party, issue)).1;
                let count = |v: &[IssueIx], which| v.len() - usize::from(old == which) + usize::from(t == which);
                let after = Standing::of(
                    count(&d.accepted, Take::Accepts),
                    count(&d.crossed, Take::RedLine),
                    count(&d.left_out, Take::LeftOut),
                    count(&d.unknown, Take::Unknown),
                );
                match (d.standing.could_sign(), after.could_sign()) {
                    (true, false) => lost = true,
                    (false, true) => gains.push(d.party),
                    _ => {}
                }
            }
            if lost || !gains.contains(&deal.party) {
                continue;
            }
            let steps = match (current, &outcome) {
                (Outcome::Option(a), Outcome::Option(b)) => a.abs_diff(*b),
                _ => 0,
            };
            if best.as_ref().is_none_or(|(n, s, _)| gains.len() > *n || (gains.len() == *n && steps < *s)) {
                best = Some((gains.len(), steps, PickChange { party: deal.party, issue, outcome, gains }));
            }
        }
        out.extend(best.map(|(.., c)| c));
    }
    out
}

/// Where a package differs from one document.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanDiff {
    /// Index into `Dataset::frameworks`.
    pub framework: usize,
    /// Picks the document sets too.
    pub same: Vec<IssueIx>,
    /// Picks where the document sets another outcome, with that outcome.
    pub differs: Vec<(IssueIx, Outcome)>,
    /// Picks on issues where the document sets no outcome.
    pub silent: Vec<IssueIx>,
    /// Issues the document sets and the package leaves open.
    pub open: Vec<IssueIx>,
}

/// How the package compares with every document, in date order.
pub fn compare(ds: &Dataset, package: &Package) -> Vec<PlanDiff> {
    ds.frameworks_by_date()
        .into_iter()
        .filter_map(|f| {
            let plan = Package::from_framework(ds, ds.frameworks.get(f)?);
            let mut d =
                PlanDiff { framework: f, same: Vec::new(), differs: Vec::new(), silent: Vec::new(), open: Vec::new() };
            for (i, (mine, theirs)) in package.picks.iter().zip(&plan.picks).enumerate() {
                let issue = IssueIx(i);
                match (mine, theirs) {
                    (Some(a), Some(b)) if a == b => d.same.push(issue),
                    (Some(_), Some(b)) => d.differs.push((issue, b.clone())),
                    (Some(_), None) => d.silent.push(issue),
                    (None, Some(_)) => d.open.push(issue),
                    (None, None) => {}
                }
            }
            Some(d)
        })
        .collect()
}
