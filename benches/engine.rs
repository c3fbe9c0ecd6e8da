//! Benchmarks of the engine on a synthetic dataset of 50 parties × 300 issues × 20 frameworks:
//! `cargo bench --bench engine`.

use common_ground::analysis::{common_ground, framework_fit, relate, synthetic, Snapshot};
use common_ground::model::{Dataset, IssueIx, PartyIx};
use divan::Bencher;

fn main() {
    divan::main();
}

fn big() -> Dataset {
    synthetic::dataset(50, 300, 20, 3)
}

/// The positions in effect at the latest date.
#[divan::bench]
fn snapshot(bencher: Bencher) {
    let ds = big();
    bencher.bench(|| Snapshot::at(&ds, ds.latest_date()));
}

/// Every pair of the 50 parties on every one of the 300 issues: 367,500 relations.
#[divan::bench]
fn all_pairs_relations(bencher: Bencher) {
    let ds = big();
    let snap = Snapshot::at(&ds, ds.latest_date());
    bencher.bench(|| {
        let mut conflicts = 0usize;
        for i in (0..ds.issues.len()).map(IssueIx) {
            for a in 0..ds.parties.len() {
                for b in a + 1..ds.parties.len() {
                    let s = |p| snap.position(&ds, PartyIx(p), i).map(|x| &x.stance);
                    if relate(ds.issue(i), s(a), s(b)).kind() == common_ground::analysis::RelationKind::Conflict {
                        conflicts += 1;
                    }
                }
            }
        }
        conflicts
    });
}

/// The common ground of all 50 parties on each of the 300 issues.
#[divan::bench]
fn common_ground_all_issues(bencher: Bencher) {
    let ds = big();
    let snap = Snapshot::at(&ds, ds.latest_date());
    let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
    bencher.bench(|| {
        (0..ds.issues.len()).map(|i| common_ground(&ds, &snap, IssueIx(i), &parties)).filter(|g| g.exists()).count()
    });
}

/// Every provision of the 20 frameworks against all 50 parties.
#[divan::bench]
fn framework_fit_all(bencher: Bencher) {
    let ds = big();
    let snap = Snapshot::at(&ds, ds.latest_date());
    let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
    bencher.bench(|| ds.frameworks.iter().map(|f| framework_fit(&ds, &snap, f, &parties).counts.len()).sum::<usize>());
}

/// Loading the real dataset from its text: parse, read and validate.
#[divan::bench]
fn load_real_dataset(bencher: Bencher) {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/positions.json")).unwrap_or_default();
    bencher.bench(|| common_ground::load::load(&text).map(|l| l.dataset.positions.len()).unwrap_or(0));
}

/// Building the matrix page of the real dataset (what a view switch costs before the DOM).
#[divan::bench]
fn matrix_page_real_dataset(bencher: Bencher) {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/positions.json")).unwrap_or_default();
    let Ok(loaded) = common_ground::load::load(&text) else {
        return;
    };
    bencher.bench(|| common_ground::present::page(&loaded, "").title.len());
}
