//! A deterministic synthetic dataset of any size, for benchmarks and property tests.

use crate::model::*;

/// A small deterministic generator (SplitMix64), so the dataset is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn date(i: usize) -> Date {
    Date { year: 2022 + (i / 12) as u16, month: (i % 12) as u8 + 1, day: 1 }
}

fn source() -> Source {
    Source {
        title: "Synthetic".into(),
        publisher: "Generator".into(),
        url: "https://example.org/".into(),
        date: date(0),
        quote: None,
        note: None,
    }
}

/// `parties` × `issues` with `dates` positions per cell (some cells empty), and `frameworks`
/// frameworks of 15 provisions each. Every fifth issue is a quantity, every seventh a set.
pub fn dataset(parties: usize, issues: usize, frameworks: usize, dates: usize) -> Dataset {
    let mut rng = Rng(42);
    let parties: Vec<Party> = (0..parties)
        .map(|i| Party {
            id: format!("p{i}"),
            name: Text::new(format!("Party {i}")),
            short: Text::new(format!("P{i}")),
            kind: PartyKind::Other,
            colour_light: "#333333".into(),
            colour_dark: "#cccccc".into(),
            note: None,
            sources: Vec::new(),
        })
        .collect();
    let issues: Vec<Issue> = (0..issues)
        .map(|i| {
            let kind = if i % 5 == 0 {
                IssueKind::Quantity
            } else if i % 7 == 0 {
                IssueKind::Set
            } else {
                IssueKind::Options
            };
            let options = if kind == IssueKind::Quantity {
                Vec::new()
            } else {
                (0..6)
                    .map(|o| OptionDef {
                        id: format!("o{o}"),
                        label: Text::new(format!("Outcome {o}")),
                        description: None,
                    })
                    .collect()
            };
            Issue {
                id: format!("i{i}"),
                topic: 0,
                name: Text::new(format!("Issue {i}")),
                question: None,
                kind,
                options,
                unit: Some(Unit { one: Text::new("unit"), other: Text::new("units") }),
                unlimited: None,
            }
        })
        .collect();
    let mut positions = Vec::new();
    for (ii, issue) in issues.iter().enumerate() {
        for pi in 0..parties.len() {
            for d in 0..dates {
                if rng.below(10) == 0 {
                    continue;
                }
                let stance = match issue.kind {
                    IssueKind::Quantity => {
                        let p = (rng.below(100) * 1000) as f64;
                        Stance::Quantity { preferred: Some(p), min: Some(p - 20_000.0), max: Some(p + 20_000.0) }
                    }
                    _ => {
                        let pref = rng.below(6);
                        let mut acceptable = vec![pref, (pref + 1) % 6];
                        acceptable.sort_unstable();
                        acceptable.dedup();
                        let rejected = vec![(pref + 3) % 6];
                        if issue.kind == IssueKind::Set {
                            Stance::Set { preferred: vec![pref], acceptable, rejected }
                        } else {
                            Stance::Options { preferred: Some(pref), acceptable, rejected }
                        }
                    }
                };
                positions.push(Position {
                    party: PartyIx(pi),
                    issue: IssueIx(ii),
                    as_of: date(d * 3),
                    status: Status::Reported,
                    summary: Text::new("synthetic"),
                    detail: None,
                    stance,
                    sources: vec![source()],
                    contested: None,
                });
            }
        }
    }
    let frameworks = (0..frameworks)
        .map(|f| Framework {
            id: format!("f{f}"),
            name: Text::new(format!("Framework {f}")),
            date: date(f),
            proposers: vec![],
            proposer_note: None,
            status: FrameworkStatus::Proposal,
            summary: Text::new("synthetic"),
            context: None,
            sources: vec![source()],
            provisions: (0..15)
                .map(|k| {
                    let ii = rng.below(issues.len());
                    let outcome = match issues[ii].kind {
                        IssueKind::Quantity => Outcome::Quantity((rng.below(100) * 1000) as f64),
                        IssueKind::Set => Outcome::Items(vec![rng.below(6)]),
                        IssueKind::Options => Outcome::Option(rng.below(6)),
                    };
                    Provision {
                        label: k.to_string(),
                        issue: IssueIx(ii),
                        outcome: Some(outcome),
                        summary: Text::new("synthetic"),
                        status: Status::Reported,
                        sources: vec![source()],
                        alternatives: vec![],
                        contested: None,
                    }
                })
                .collect(),
        })
        .collect();
    positions.sort_by_key(|p: &Position| (p.issue, p.party, p.as_of));
    Dataset {
        meta: Meta {
            title: Text::new("Synthetic"),
            description: None,
            version: "0".into(),
            reviewed: date(0),
            editors: vec![],
            licence: "CC0".into(),
            notes: vec![],
            revisions: vec![],
        },
        parties,
        topics: vec![Topic { id: "t".into(), name: Text::new("Topic") }],
        issues,
        positions,
        frameworks,
        tours: Vec::new(),
    }
}
