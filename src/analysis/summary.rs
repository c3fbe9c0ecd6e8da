//! Plain-language descriptions of outcomes, stances, relations and whole views, generated from
//! the model so that the words always match the numbers.

use super::{relate, Gap, Relation, RelationKind, Shared, Snapshot};
use crate::model::{fmt_num, Dataset, Issue, IssueIx, Outcome, PartyIx, Stance};

fn label(issue: &Issue, ix: usize) -> &str {
    issue.options.get(ix).map(|o| o.label.en()).unwrap_or("?")
}

fn labels(issue: &Issue, ixs: &[usize]) -> String {
    ixs.iter().map(|&i| label(issue, i)).collect::<Vec<_>>().join("; ")
}

fn amount(issue: &Issue, v: f64) -> String {
    if v == f64::INFINITY {
        return issue.unlimited_en().to_string();
    }
    match &issue.unit {
        Some(unit) => format!("{} {}", fmt_num(v), unit.en_for(v)),
        None => fmt_num(v),
    }
}

/// "Permanent neutrality with guarantees", "85,000 troops", "United States; China".
pub fn describe_outcome(issue: &Issue, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Option(o) => label(issue, *o).to_string(),
        Outcome::Quantity(v) => amount(issue, *v),
        Outcome::Items(items) if items.is_empty() => "none".to_string(),
        Outcome::Items(items) => labels(issue, items),
    }
}

/// What parties share, in words: "Neutrality; Ban written into law", "between 250,000 and 600,000 troops".
pub fn describe_shared(issue: &Issue, shared: &Shared) -> String {
    match shared {
        Shared::Outcomes(o) if o.is_empty() => "nothing".to_string(),
        Shared::Outcomes(o) => labels(issue, o),
        Shared::Range { min: Some(lo), max: Some(hi) } if lo == hi => amount(issue, *lo),
        Shared::Range { min: Some(lo), max: None } if *lo == f64::INFINITY => issue.unlimited_en().to_string(),
        Shared::Range { min: Some(lo), max: Some(hi) } => {
            format!("between {} and {}", fmt_num(*lo), amount(issue, *hi))
        }
        Shared::Range { min: Some(lo), max: None } => format!("at least {}", amount(issue, *lo)),
        Shared::Range { min: None, max: Some(hi) } => format!("at most {}", amount(issue, *hi)),
        Shared::Range { min: None, max: None } => "any value".to_string(),
    }
}

/// The gap of a conflict, in words: "2 steps apart on the scale", "a gap of 165,000 troops".
pub fn describe_gap(issue: &Issue, gap: Gap) -> String {
    match gap {
        Gap::Steps(1) => "1 step apart on the scale".to_string(),
        Gap::Steps(n) => format!("{n} steps apart on the scale"),
        Gap::Amount(v) if v == f64::INFINITY => "one side accepts no limit at all".to_string(),
        Gap::Amount(v) => format!("a gap of {}", amount(issue, v)),
        Gap::Disjoint => "no item both accept".to_string(),
    }
}

/// A relation in one short phrase: "conflict: a gap of 165,000 troops", "overlap on Neutrality".
pub fn describe_relation(issue: &Issue, relation: &Relation) -> String {
    match relation {
        Relation::Agree(_) => "agree".to_string(),
        Relation::Overlap(s) => format!("overlap on {}", describe_shared(issue, s)),
        Relation::Conflict(g) => format!("conflict: {}", describe_gap(issue, *g)),
        Relation::Unknown => "unknown".to_string(),
    }
}

/// A stance in a few words: "prefers X; also accepts Y; rejects Z", "at most 85,000 troops".
pub fn describe_stance(issue: &Issue, stance: &Stance) -> String {
    let mut parts = Vec::new();
    match stance {
        Stance::Options { preferred, acceptable, rejected } => {
            if let Some(p) = preferred {
                parts.push(format!("prefers {}", label(issue, *p)));
            }
            let others: Vec<usize> = acceptable.iter().copied().filter(|a| Some(*a) != *preferred).collect();
            if !others.is_empty() {
                parts.push(format!(
                    "{}accepts {}",
                    if preferred.is_some() { "also " } else { "" },
                    labels(issue, &others)
                ));
            }
            if !rejected.is_empty() {
                parts.push(format!("rejects {}", labels(issue, rejected)));
            }
        }
        Stance::Set { preferred, acceptable, rejected } => {
            if !preferred.is_empty() {
                parts.push(format!("prefers {}", labels(issue, preferred)));
            }
            let others: Vec<usize> = acceptable.iter().copied().filter(|a| !preferred.contains(a)).collect();
            if !others.is_empty() {
                parts.push(format!("also accepts {}", labels(issue, &others)));
            }
            if !rejected.is_empty() {
                parts.push(format!("rejects {}", labels(issue, rejected)));
            }
        }
        Stance::Quantity { preferred, min, max } => {
            if let Some(p) = preferred {
                parts.push(format!("prefers {}", amount(issue, *p)));
            }
            let range = Shared::Range { min: *min, max: *max };
            if min.is_some() || max.is_some() {
                parts.push(format!("accepts {}", describe_shared(issue, &range)));
            }
        }
    }
    if parts.is_empty() {
        "no comparable position".to_string()
    } else {
        parts.join("; ")
    }
}

/// How many issues two parties agree, overlap, conflict or are unknown on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PairCounts {
    pub agree: usize,
    pub overlap: usize,
    pub conflict: usize,
    pub unknown: usize,
}

impl PairCounts {
    pub fn get(&self, kind: RelationKind) -> usize {
        match kind {
            RelationKind::Agree => self.agree,
            RelationKind::Overlap => self.overlap,
            RelationKind::Conflict => self.conflict,
            RelationKind::Unknown => self.unknown,
        }
    }

    pub fn known(&self) -> usize {
        self.agree + self.overlap + self.conflict
    }
}

fn name_list(names: &[&str], limit: usize) -> String {
    let shown: Vec<&str> = names.iter().take(limit).copied().collect();
    let rest = names.len().saturating_sub(limit);
    let mut text = match shown.len() {
        0 => String::new(),
        1 => shown[0].to_string(),
        n => format!("{} and {}", shown[..n - 1].join(", "), shown[n - 1]),
    };
    if rest > 0 {
        text = format!("{}, and {rest} more", shown.join(", "));
    }
    text
}

/// Counts and a one-paragraph summary of two parties' relations over every issue.
pub fn pair_summary(ds: &Dataset, snapshot: &Snapshot, a: PartyIx, b: PartyIx) -> (PairCounts, String) {
    let mut counts = PairCounts::default();
    let mut by_kind: [Vec<&str>; 4] = Default::default();
    for issue in (0..ds.issues.len()).map(IssueIx) {
        let stance = |p| snapshot.position(ds, p, issue).map(|x| &x.stance);
        let kind = relate(stance(a), stance(b)).kind();
        let slot = match kind {
            RelationKind::Agree => {
                counts.agree += 1;
                0
            }
            RelationKind::Overlap => {
                counts.overlap += 1;
                1
            }
            RelationKind::Conflict => {
                counts.conflict += 1;
                2
            }
            RelationKind::Unknown => {
                counts.unknown += 1;
                3
            }
        };
        by_kind[slot].push(ds.issue(issue).name.en());
    }
    let (na, nb) = (ds.party(a).name.en(), ds.party(b).name.en());
    let known = counts.known();
    let mut text = if known == 0 {
        format!("The dataset has no comparable positions of both {na} and {nb} as of {}.", snapshot.date.to_long())
    } else {
        let mut s = format!(
            "As of {}, {na} and {nb} conflict on {} of the {known} issues where both positions are known",
            snapshot.date.to_long(),
            counts.conflict
        );
        if counts.agree > 0 {
            s.push_str(&format!("; they agree on {}", name_list(&by_kind[0], 3)));
        }
        if counts.overlap > 0 {
            s.push_str(&format!("; they overlap on {}", name_list(&by_kind[1], 3)));
        }
        s.push('.');
        s
    };
    if counts.unknown > 0 {
        text.push_str(&format!(
            " On {} issue{} the position of one or both is not known.",
            counts.unknown,
            if counts.unknown == 1 { "" } else { "s" }
        ));
    }
    (counts, text)
}

fn party_names(ds: &Dataset, parties: &[PartyIx]) -> Vec<String> {
    parties.iter().map(|&p| ds.party(p).name.en().to_string()).collect()
}

fn join_names(names: &[String], limit: usize) -> String {
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    name_list(&refs, limit)
}

/// The matrix in one paragraph: on how many issues the parties shown share common ground.
pub fn matrix_summary(ds: &Dataset, date: crate::model::Date, grounds: &[(IssueIx, super::CommonGround)]) -> String {
    let comparable: Vec<&(IssueIx, super::CommonGround)> = grounds.iter().filter(|(_, g)| g.known.len() >= 2).collect();
    let with_ground: Vec<String> =
        comparable.iter().filter(|(_, g)| g.exists()).map(|(i, _)| ds.issue(*i).name.en().to_string()).collect();
    let without: Vec<String> =
        comparable.iter().filter(|(_, g)| !g.exists()).map(|(i, _)| ds.issue(*i).name.en().to_string()).collect();
    if comparable.is_empty() {
        return format!(
            "As of {}, no issue has known positions from two or more of the parties shown.",
            date.to_long()
        );
    }
    let mut s = format!(
        "As of {}, the parties with known positions share common ground on {} of the {} issues where at least two positions are known",
        date.to_long(),
        with_ground.len(),
        comparable.len()
    );
    if !without.is_empty() {
        s.push_str(&format!("; there is none on {}", join_names(&without, 4)));
    }
    s.push('.');
    s
}

/// A framework in one paragraph: how its provisions fit each party.
pub fn framework_summary(
    ds: &Dataset,
    framework: &crate::model::Framework,
    parties: &[PartyIx],
    fit: &super::FrameworkFit,
    date: crate::model::Date,
) -> String {
    let mut s = format!(
        "{} ({}) has {} provision{} mapped to issues.",
        framework.name.en(),
        framework.date.to_long(),
        framework.provisions.len(),
        if framework.provisions.len() == 1 { "" } else { "s" }
    );
    let mut parts = Vec::new();
    for (p, c) in parties.iter().zip(&fit.counts) {
        if c.compatible + c.conflict == 0 {
            continue;
        }
        parts.push(format!(
            "{} {} compatible, {} in conflict",
            ds.party(*p).name.en().to_string() + ":",
            c.compatible,
            c.conflict
        ));
    }
    if parts.is_empty() {
        s.push_str(&format!(" As of {}, no party's known positions bear on them.", date.to_long()));
    } else {
        s.push_str(&format!(" Against positions as of {}: {}.", date.to_long(), parts.join("; ")));
    }
    let disputed = fit.counts.first().map(|c| c.disputed).unwrap_or(0);
    if disputed > 0 {
        s.push_str(&format!(
            " {disputed} provision{} disputed, with each side's version shown.",
            if disputed == 1 { " is" } else { "s are" }
        ));
    }
    s
}

/// One issue in one paragraph: who is known, and what they all accept.
pub fn issue_summary(ds: &Dataset, issue: &Issue, date: crate::model::Date, ground: &super::CommonGround) -> String {
    let name = issue.name.en();
    if ground.known.is_empty() {
        return format!("As of {}, no party's position on {name} is known.", date.to_long());
    }
    let known = join_names(&party_names(ds, &ground.known), 8);
    let mut s = match &ground.shared {
        Some(shared) if ground.exists() && ground.known.len() > 1 => {
            format!("As of {}, {known} can all accept: {}.", date.to_long(), describe_shared(issue, shared))
        }
        _ if ground.known.len() == 1 => {
            format!("As of {}, only {known} has a known position on {name}.", date.to_long())
        }
        _ => format!("As of {}, {known} share no acceptable outcome on {name}.", date.to_long()),
    };
    if !ground.unknown.is_empty() {
        s.push_str(&format!(" Not known: {}.", join_names(&party_names(ds, &ground.unknown), 8)));
    }
    s
}

/// The changes view in one paragraph.
pub fn changes_summary(
    ds: &Dataset,
    from: crate::model::Date,
    to: crate::model::Date,
    changes: &[super::Change],
    relations: &[super::RelationChange],
) -> String {
    if changes.is_empty() {
        return format!("No position changed between {} and {}.", from.to_long(), to.to_long());
    }
    let movers: Vec<PartyIx> =
        (0..ds.parties.len()).map(PartyIx).filter(|p| changes.iter().any(|c| c.party == *p)).collect();
    let issues: Vec<IssueIx> =
        (0..ds.issues.len()).map(IssueIx).filter(|i| changes.iter().any(|c| c.issue == *i)).collect();
    format!(
        "Between {} and {}, {} position{} changed on {} issue{}, by {}; {} relation{} between parties changed as a result.",
        from.to_long(),
        to.to_long(),
        changes.len(),
        if changes.len() == 1 { "" } else { "s" },
        issues.len(),
        if issues.len() == 1 { "" } else { "s" },
        join_names(&party_names(ds, &movers), 6),
        relations.len(),
        if relations.len() == 1 { "" } else { "s" },
    )
}
