//! The positions in effect at a date: what every comparison of the engine reads.

use crate::model::{Dataset, Date, IssueIx, PartyIx, Position, Stance};

/// Each party's position on each issue in effect at one date.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub date: Date,
    parties: usize,
    /// Index into `Dataset::positions` for each (issue, party), row by issue.
    cells: Vec<Option<usize>>,
}

impl Snapshot {
    /// The latest position of each party on each issue whose `as_of` is on or before `date`.
    pub fn at(ds: &Dataset, date: Date) -> Snapshot {
        let parties = ds.parties.len();
        let mut cells = vec![None; parties * ds.issues.len()];
        // Positions are sorted by issue, party, then date, so a later one overwrites an earlier one.
        for (i, p) in ds.positions.iter().enumerate() {
            if p.as_of <= date {
                if let Some(cell) = cells.get_mut(p.issue.0 * parties + p.party.0) {
                    *cell = Some(i);
                }
            }
        }
        Snapshot { date, parties, cells }
    }

    pub fn position<'a>(&self, ds: &'a Dataset, party: PartyIx, issue: IssueIx) -> Option<&'a Position> {
        if party.0 >= self.parties {
            return None;
        }
        let ix = (*self.cells.get(issue.0 * self.parties + party.0)?)?;
        ds.positions.get(ix)
    }

    /// The stance of that position: what every comparison of the engine reads.
    pub fn stance<'a>(&self, ds: &'a Dataset, party: PartyIx, issue: IssueIx) -> Option<&'a Stance> {
        self.position(ds, party, issue).map(|p| &p.stance)
    }
}
