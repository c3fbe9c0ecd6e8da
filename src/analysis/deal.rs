//! The deal builder: a package of picks (one outcome, or none, per issue), how each party stands
//! on it, what would fill its open issues, which single change would bring a party on board,
//! and where it differs from the documents in the dataset.
//!
//! Each pick is judged with the framework view's own per-outcome `fit`, so a pick's accept, red
//! line or unknown is exactly the framework fit cell for that outcome; suggestions start from
//! `common_ground`, the matrix's own. The rule for who could sign is written out in
//! `docs/DATA_FORMAT.md` ("Deal builder").
//!
//! Written with plain loops over small `Vec`s and one enum per kind of answer, because every
//! iterator chain and sort is its own code in the wasm, and the bundle has a fixed budget.

use super::common::{common_ground, CommonGround};
use super::fit::{fit, Fit};
use super::relation::Shared;
use super::snapshot::Snapshot;
use super::verdict::{reach, Reach};
use crate::model::{Dataset, Framework, IssueIx, IssueKind, Outcome, PartyIx, Stance};

/// One outcome or nothing per issue, in the dataset's issue order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Package {
    pub picks: Vec<Option<Outcome>>,
}

impl Package {
    /// A package with every issue open.
    pub fn empty(ds: &Dataset) -> Package {
        let mut picks = Vec::new();
        for _ in &ds.issues {
            picks.push(None);
        }
        Package { picks }
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

    /// How many issues have a pick.
    pub fn picked(&self) -> usize {
        let mut n = 0;
        for p in &self.picks {
            n += usize::from(p.is_some());
        }
        n
    }
}

/// What one party's position says of one pick. The order is the order a verdict names them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    /// The fit is a conflict: a red line, or a value outside its range.
    RedLine,
    /// The fit is unknown, but the party names what it accepts on the issue and this is not
    /// among it: ruled out, though not a red line.
    LeftOut,
    /// The fit is compatible: the party accepts it.
    Accepts,
    /// The fit is unknown and nothing rules it out: no position, or only red lines and not this one.
    Unknown,
}

/// What `stance` says of `outcome`, from the framework view's fit.
pub fn take(outcome: &Outcome, stance: Option<&Stance>) -> Take {
    match fit(outcome, stance) {
        Fit::Compatible => Take::Accepts,
        Fit::RedLine | Fit::OutsideRange(_) => Take::RedLine,
        Fit::Unknown if stance.is_some_and(|s| reach(s) == Reach::Accepts) => Take::LeftOut,
        Fit::Unknown => Take::Unknown,
    }
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
}

/// One party and a package: what it says of every pick, in issue order, and so its standing.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyDeal {
    pub party: PartyIx,
    pub takes: Vec<(IssueIx, Take)>,
    pub standing: Standing,
}

impl PartyDeal {
    /// The picks it takes as `t`, in issue order.
    pub fn issues(&self, t: Take) -> Vec<IssueIx> {
        let mut out = Vec::new();
        for &(i, x) in &self.takes {
            if x == t {
                out.push(i);
            }
        }
        out
    }
}

/// How each of `parties` stands on `package` at the snapshot's date.
pub fn evaluate(ds: &Dataset, snap: &Snapshot, package: &Package, parties: &[PartyIx]) -> Vec<PartyDeal> {
    let mut out = Vec::new();
    for &party in parties {
        let mut takes = Vec::new();
        // Counts by `Take`, in its declared order.
        let mut n = [0usize; 4];
        for (i, pick) in package.picks.iter().enumerate() {
            if let Some(o) = pick {
                let t = take(o, snap.stance(ds, party, IssueIx(i)));
                n[t as usize] += 1;
                takes.push((IssueIx(i), t));
            }
        }
        let [red, left, accepted, unknown] = n;
        let standing = if red > 0 {
            Standing::RedLines
        } else if left > 0 {
            Standing::LeftOut
        } else if accepted == 0 {
            Standing::Unknown
        } else if unknown > 0 {
            Standing::Gaps
        } else {
            Standing::Signs
        };
        out.push(PartyDeal { party, takes, standing });
    }
    out
}

/// Why a suggestion is the one it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Common ground: every party with a position accepts it (for a set, every item they all accept).
    Common,
    /// Possible common ground: no party rules it out, but one that names only red lines has not
    /// said it accepts it.
    Possible,
    /// No common ground: of the choices, the one the most parties accept and the fewest rule out.
    Most,
}

/// An outcome proposed for an open issue, and what every party says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub issue: IssueIx,
    pub outcome: Outcome,
    pub basis: Basis,
    /// Parties with a comparable position on the issue.
    pub known: usize,
    /// What each party says of the outcome, in the order asked.
    pub takes: Vec<(PartyIx, Take)>,
}

/// What each of `parties` says of `outcome` on `issue`.
fn takes_of(
    ds: &Dataset,
    snap: &Snapshot,
    issue: IssueIx,
    outcome: &Outcome,
    parties: &[PartyIx],
) -> Vec<(PartyIx, Take)> {
    let mut out = Vec::new();
    for &p in parties {
        out.push((p, take(outcome, snap.stance(ds, p, issue))));
    }
    out
}

/// The outcomes a reader can pick on `issue`, in the scale's order: every option, or for a
/// quantity every figure a party's position names (a minimum, a maximum, a preferred value, or no
/// limit) and `extra` (the current pick, a suggestion), ascending, each once. Empty for a set,
/// whose items are picked one by one.
pub fn choices(ds: &Dataset, snap: &Snapshot, issue: IssueIx, extra: &[Option<&Outcome>]) -> Vec<Outcome> {
    let mut out = Vec::new();
    match ds.issue(issue).kind {
        IssueKind::Options => {
            for o in 0..ds.issue(issue).options.len() {
                out.push(Outcome::Option(o));
            }
        }
        IssueKind::Set => {}
        IssueKind::Quantity => {
            let mut figures: Vec<f64> = Vec::new();
            let mut add = |v: f64| {
                // Kept in order by inserting, not sorting: a float sort is another sort routine in the wasm.
                let at = figures.partition_point(|y| *y < v);
                if figures.get(at) != Some(&v) {
                    figures.insert(at, v);
                }
            };
            for p in 0..ds.parties.len() {
                if let Some(Stance::Quantity { preferred, min, max }) = snap.stance(ds, PartyIx(p), issue) {
                    for v in [preferred, min, max].into_iter().flatten() {
                        add(*v);
                    }
                }
            }
            for o in extra.iter().flatten() {
                if let Outcome::Quantity(v) = o {
                    add(*v);
                }
            }
            for v in figures {
                out.push(Outcome::Quantity(v));
            }
        }
    }
    out
}

/// The outcomes Suggest and One change try on `issue`, in this order, each once and none empty:
/// the issue's `choices` (with `extra`), and for a set the common ground of `ground`, its
/// possible common ground and each item alone, in the issue's order.
fn tried(
    ds: &Dataset,
    snap: &Snapshot,
    issue: IssueIx,
    ground: &CommonGround,
    extra: &[Option<&Outcome>],
) -> Vec<Outcome> {
    let mut out = choices(ds, snap, issue, extra);
    if ds.issue(issue).kind == IssueKind::Set {
        let mut add = |items: Vec<usize>| {
            let o = Outcome::Items(items);
            if o != Outcome::Items(Vec::new()) && !out.contains(&o) {
                out.push(o);
            }
        };
        if let Some(Shared::Outcomes(o)) = &ground.shared {
            add(o.clone());
        }
        add(ground.possible.clone());
        for i in 0..ds.issue(issue).options.len() {
            add(vec![i]);
        }
    }
    out
}

/// The suggestion for one open issue among `parties`, or `None` when no party has a position or
/// every value would do. It takes, of the outcomes `tried`, the one the most parties accept and
/// the fewest rule out (a red line or left out), the first among equals. Common ground, where
/// there is some, is accepted by every party with a position, so it is what this finds: on a
/// quantity, the lowest figure named inside the shared range.
fn suggestion_for(ds: &Dataset, snap: &Snapshot, issue: IssueIx, parties: &[PartyIx]) -> Option<Suggestion> {
    let ground = common_ground(ds, snap, issue, parties);
    let known = ground.known.len();
    if known == 0 {
        return None;
    }
    let candidates = tried(ds, snap, issue, &ground, &[]);
    let mut best: Option<(usize, usize, Outcome, Vec<(PartyIx, Take)>)> = None;
    for o in candidates {
        let takes = takes_of(ds, snap, issue, &o, parties);
        let (mut yes, mut no) = (0, 0);
        for (_, t) in &takes {
            yes += usize::from(*t == Take::Accepts);
            no += usize::from(matches!(t, Take::RedLine | Take::LeftOut));
        }
        if yes > 0 && best.as_ref().is_none_or(|(y, n, ..)| yes > *y || (yes == *y && no < *n)) {
            best = Some((yes, no, o, takes));
        }
    }
    let (yes, no, outcome, takes) = best?;
    let basis = if yes == known {
        Basis::Common
    } else if no == 0 {
        Basis::Possible
    } else {
        Basis::Most
    };
    Some(Suggestion { issue, outcome, basis, known, takes })
}

/// A suggestion for every open issue on which some of `parties` has a position, in issue order.
pub fn suggest(ds: &Dataset, snap: &Snapshot, package: &Package, parties: &[PartyIx]) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for i in 0..ds.issues.len() {
        if package.pick(IssueIx(i)).is_none() {
            out.extend(suggestion_for(ds, snap, IssueIx(i), parties));
        }
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

/// For each party that cannot sign and whose one obstacle is a single pick, the best change to
/// that pick: the one after which the most parties could sign; among equals the nearest to the
/// current pick, then the earlier in the order tried. No party that could sign is lost.
/// The outcomes tried are Suggest's (`tried`: every option, every figure named and the current
/// one, or for a set its common ground, its possible common ground and each item alone) and, for
/// a set, the pick without the items the party rules out. "Nearest" is the fewest places along
/// the outcomes tried, where the current pick always stands, or for a set the fewest items added
/// or taken away, since the current pick of a set need not be among them.
pub fn single_changes(ds: &Dataset, snap: &Snapshot, package: &Package, deals: &[PartyDeal]) -> Vec<PickChange> {
    let mut parties = Vec::new();
    for d in deals {
        parties.push(d.party);
    }
    let mut out = Vec::new();
    for deal in deals {
        // The one pick in its way (a red line, or left out), if there is exactly one.
        let (mut issue, mut n) = (IssueIx(0), 0);
        for &(i, t) in &deal.takes {
            if matches!(t, Take::RedLine | Take::LeftOut) {
                (issue, n) = (i, n + 1);
            }
        }
        if n != 1 {
            continue;
        }
        let Some(current) = package.pick(issue) else {
            continue;
        };
        let ground = common_ground(ds, snap, issue, &parties);
        let mut candidates = tried(ds, snap, issue, &ground, &[Some(current)]);
        if let Outcome::Items(items) = current {
            let st = snap.stance(ds, deal.party, issue);
            let mut kept = Vec::new();
            for &i in items {
                if matches!(take(&Outcome::Items(vec![i]), st), Take::Accepts | Take::Unknown) {
                    kept.push(i);
                }
            }
            let kept = Outcome::Items(kept);
            if !candidates.contains(&kept) {
                candidates.push(kept);
            }
        }
        let mut here = 0;
        for (k, o) in candidates.iter().enumerate() {
            if o == current {
                here = k;
            }
        }
        let mut best: Option<(usize, usize, PickChange)> = None;
        for (k, outcome) in candidates.into_iter().enumerate() {
            if &outcome == current || outcome == Outcome::Items(Vec::new()) {
                continue;
            }
            let mut p = package.clone();
            p.set(issue, Some(outcome.clone()));
            let mut gains = Vec::new();
            let mut lost = false;
            let after = evaluate(ds, snap, &p, &parties);
            for (j, before) in deals.iter().enumerate() {
                match (before.standing.could_sign(), after.get(j).is_some_and(|a| a.standing.could_sign())) {
                    (true, false) => lost = true,
                    (false, true) => gains.push(before.party),
                    _ => {}
                }
            }
            let steps = match (current, &outcome) {
                (Outcome::Items(was), Outcome::Items(now)) => items_apart(was, now),
                _ => k.abs_diff(here),
            };
            if !lost
                && gains.contains(&deal.party)
                && best.as_ref().is_none_or(|(n, s, _)| gains.len() > *n || (gains.len() == *n && steps < *s))
            {
                best = Some((gains.len(), steps, PickChange { party: deal.party, issue, outcome, gains }));
            }
        }
        out.extend(best.map(|(.., c)| c));
    }
    out
}

/// How many items are in one of two sets and not the other: the items added or taken away.
fn items_apart(a: &[usize], b: &[usize]) -> usize {
    let mut n = 0;
    for i in a {
        n += usize::from(!b.contains(i));
    }
    for i in b {
        n += usize::from(!a.contains(i));
    }
    n
}

/// How a document's outcome on an issue compares with the package's. The order is the order the
/// comparison names them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Versus {
    /// The document sets another outcome than the pick.
    Differs,
    /// The document sets the same outcome as the pick.
    Same,
    /// The package picks an outcome and the document sets none (silent, or its text is disputed).
    Silent,
    /// The document sets an outcome where the package leaves the issue open.
    Open,
}

/// Where a package differs from one document, issue by issue.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanDiff {
    /// Index into `Dataset::frameworks`.
    pub framework: usize,
    pub issues: Vec<(IssueIx, Versus)>,
}

/// How the package compares with every document, in date order.
pub fn compare(ds: &Dataset, package: &Package) -> Vec<PlanDiff> {
    let mut out = Vec::new();
    for f in ds.frameworks_by_date() {
        let Some(fw) = ds.frameworks.get(f) else { continue };
        let plan = Package::from_framework(ds, fw);
        let mut issues = Vec::new();
        for (i, (mine, theirs)) in package.picks.iter().zip(&plan.picks).enumerate() {
            let v = match (mine, theirs) {
                (Some(a), Some(b)) if a == b => Versus::Same,
                (Some(_), Some(_)) => Versus::Differs,
                (Some(_), None) => Versus::Silent,
                (None, Some(_)) => Versus::Open,
                (None, None) => continue,
            };
            issues.push((IssueIx(i), v));
        }
        out.push(PlanDiff { framework: f, issues });
    }
    out
}
