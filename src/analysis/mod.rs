//! Pure computations over a `Dataset`: who stands where at a date, how two parties relate,
//! what a set of parties can all accept, how a framework fits each party, and what changed.
//!
//! Nothing here touches the DOM or does IO, and nothing panics on a validated dataset.
//! Nothing here writes a sentence either: the words a reader sees live in `present`.
//!
//! Every rule follows one table, written out in `docs/DATA_FORMAT.md` ("What the app computes"):
//! a position says of each outcome that the party accepts it, rejects it, or nothing (`Verdict`).

mod common;
mod deal;
mod fit;
mod relation;
mod snapshot;
pub mod synthetic;
mod time;
mod verdict;

pub use common::{common_ground, Blocker, CommonGround};
pub use deal::{
    choices, compare, evaluate, fill, single_changes, suggest, take, Basis, Package, PartyDeal, PickChange, PlanDiff,
    Standing, Suggestion, Take, Versus,
};
pub use fit::{fit, framework_fit, Fit, FitCounts, FrameworkFit, Outside, ProvisionFit};
pub use relation::{pair_relations, relate, Gap, PairCounts, Relation, RelationKind, Shared};
pub use snapshot::Snapshot;
pub use time::{changes, relation_changes, Change, Movement, RelationChange};
pub use verdict::{verdict, verdict_on_value, Verdict};
