//! A document's provisions, each with every party's fit; or two documents compared by issue.

use crate::analysis::{framework_fit, Fit};
use crate::model::{Dataset, Framework, FrameworkStatus, Issue, IssueIx, PartyIx, Provision};
use crate::present::cx::Cx;
use crate::present::node::{el, El};
use crate::present::parts::{
    contested_note, fit_badge, head_row, issue_state, link, option, party_name, picker, repaired_mark, scroll_box,
    section, source_list, status_mark, summary, time, view_state,
};
use crate::present::rich::RichText;
use crate::present::words::{describe_outcome, framework_summary};
use crate::text::{Key, Text};
use crate::url::View;
use std::fmt::Write;

/// What a document says on an issue, in words: its outcome, or each side's version.
pub fn outcome_words(cx: &Cx, p: &Provision) -> String {
    let ds = cx.ds;
    let issue = ds.issue(p.issue);
    match &p.outcome {
        Some(o) => describe_outcome(&cx.text, issue, o),
        None if p.alternatives.is_empty() => cx.text.get(Key::FrameworkNoOutcome).to_string(),
        None => p
            .alternatives
            .iter()
            .map(|a| format!("{}: {}", ds.party(a.party).short.shown(), describe_outcome(&cx.text, issue, &a.outcome)))
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

fn fit_row(t: &Text, ds: &Dataset, fits: &[Fit], parties: &[PartyIx], issue: &Issue) -> El {
    let mut list = el("ul").cls("fits");
    for (&p, &f) in parties.iter().zip(fits) {
        list = list.add(el("li").add(party_name(ds, p, true)).add(" ").add(fit_badge(t, f, issue)));
    }
    list
}

pub fn framework(cx: &Cx) -> (String, El) {
    let ds = cx.ds;
    let heading = cx.text.get(Key::FrameworkHeading);
    let Some(fw) = cx.view.doc.and_then(|d| ds.frameworks.get(d)) else {
        let none = summary(cx.text.get(Key::FrameworkNone).into());
        return (heading.into(), section("framework", heading).add(none));
    };
    let order = ds.frameworks_by_date();
    let choice = |f: &Framework| format!("{} — {}", f.date, f.name.shown());
    let (mut docs, mut others) = (Vec::new(), Vec::new());
    let mut to = view_state(cx.state, View::Framework);
    to.doc2 = None;
    others.push(option(&to, cx.text.get(Key::FrameworkNothing), cx.view.doc2.is_none()));
    for &i in &order {
        let Some(f) = ds.frameworks.get(i) else { continue };
        let mut to = view_state(cx.state, View::Framework);
        to.doc = Some(f.id.clone());
        docs.push(option(&to, &choice(f), cx.view.doc == Some(i)));
        if Some(i) != cx.view.doc {
            let mut to = view_state(cx.state, View::Framework);
            to.doc2 = Some(f.id.clone());
            others.push(option(&to, &choice(f), cx.view.doc2 == Some(i)));
        }
    }
    let docs = picker("pick-doc", cx.text.get(Key::FrameworkPick), docs);
    let compare = picker("pick-doc2", cx.text.get(Key::FrameworkPickOther), others);
    let body = section("framework", heading).key("framework").add(el("div").cls("pickers").add(docs).add(compare));
    match cx.view.doc2.and_then(|d| ds.frameworks.get(d)) {
        Some(other) => {
            let title = cx.text.fill(Key::ViewsAnd, &[("a", fw.name.shown()), ("b", other.name.shown())]);
            (title, body.add(comparison(cx, fw, other)))
        }
        None => (fw.name.shown().to_string(), body.add(one(cx, fw))),
    }
}

fn one(cx: &Cx, fw: &Framework) -> El {
    let ds = cx.ds;
    let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
    let fit = framework_fit(ds, cx.snap, fw, &parties);
    let text = framework_summary(&cx.text, ds, fw, &parties, &fit, cx.view.date);
    let mut by = el("span");
    if fw.proposers.is_empty() {
        by = by.add(fw.proposer_note.as_ref().map_or_else(|| cx.text.get(Key::FrameworkUnattributed), |n| n.shown()));
    } else {
        for (i, &p) in fw.proposers.iter().enumerate() {
            by = by.add(if i > 0 { ", " } else { "" }).add(party_name(ds, p, false));
        }
    }
    let mut counts = el("tbody");
    for (&p, c) in parties.iter().zip(&fit.counts) {
        counts = counts.add(
            el("tr")
                .add(el("th").attr("scope", "row").add(party_name(ds, p, false)))
                .add(el("td").add(cx.text.number(c.compatible as f64)))
                .add(el("td").add(cx.text.number(c.conflict as f64)))
                .add(el("td").add(cx.text.number(c.unknown as f64))),
        );
    }
    let table = el("table")
        .cls("fit-table")
        .add(el("caption").add(cx.text.fill(Key::FrameworkFitCaption, &[("date", &cx.text.date(cx.view.date))])))
        .add(head_row(&[
            cx.text.get(Key::FrameworkParty),
            cx.text.get(Key::FrameworkCompatible),
            cx.text.get(Key::FrameworkConflict),
            cx.text.get(Key::FrameworkUnknown),
        ]))
        .add(counts);
    let mut provisions = el("ol").cls("provisions");
    for (j, (prov, pf)) in fw.provisions.iter().zip(&fit.provisions).enumerate() {
        let issue = ds.issue(prov.issue);
        let to = issue_state(cx.state, &issue.id);
        let outcome = match &prov.outcome {
            Some(o) => describe_outcome(&cx.text, issue, o),
            None if prov.alternatives.is_empty() => cx.text.get(Key::FrameworkNoOutcome).into(),
            None => cx.text.get(Key::FrameworkDisputedProvision).into(),
        };
        let mut alternatives = el("div").cls("alternatives");
        for (alt, fits) in prov.alternatives.iter().zip(&pf.alternatives) {
            alternatives = alternatives.add(
                el("div")
                    .cls("alternative")
                    .add(
                        el("p")
                            .cls("alt-head")
                            // The name stands alone, before a colon: "Russia: 85,000 troops".
                            // A possessive ending ("the United States's") is English grammar
                            // the name may not take, and no other language can add one.
                            .add(party_name(ds, alt.party, false))
                            .add(": ")
                            .add(el("strong").add(describe_outcome(&cx.text, issue, &alt.outcome))),
                    )
                    .add(el("p").add(alt.summary.shown()))
                    .add(fit_row(&cx.text, ds, fits, &parties, issue)),
            );
        }
        let alternatives = (!prov.alternatives.is_empty()).then_some(alternatives);
        provisions = provisions.add(
            el("li")
                .key(&format!("{} {}", prov.label, issue.id))
                .cls("provision")
                .add(
                    el("p")
                        .cls("prov-head")
                        .add(el("span").cls("prov-label").add(prov.label.as_str()))
                        .add(" ")
                        .add(link(&to, issue.name.shown()))
                        .add(": ")
                        .add(el("strong").add(outcome))
                        .add_opt(cx.repaired.provision(&fw.id, j).then(|| repaired_mark(&cx.text))),
                )
                .add(el("p").add(status_mark(&cx.text, prov.status)).add(" ").add(prov.summary.shown()))
                .add_opt((!pf.fits.is_empty()).then(|| fit_row(&cx.text, ds, &pf.fits, &parties, issue)))
                .add_opt(alternatives)
                .add_opt(prov.contested.as_ref().map(|c| contested_note(&cx.text, c)))
                .add(source_list(&cx.text, &prov.sources)),
        );
    }
    let status = match fw.status {
        FrameworkStatus::Signed => Key::FrameworkSigned,
        FrameworkStatus::Agreed => Key::FrameworkAgreed,
        FrameworkStatus::Draft => Key::FrameworkDraft,
        FrameworkStatus::Proposal => Key::FrameworkProposal,
        FrameworkStatus::Leaked => Key::FrameworkLeaked,
        FrameworkStatus::Commentary => Key::FrameworkCommentary,
    };
    let mut meta = [("status", cx.text.get(status).into()), ("by", by.into())];
    // Another document is another article: nothing opened in one opens in the next.
    el("article")
        .key(&fw.id)
        .cls("doc")
        .add(el("h3").add(fw.name.shown()))
        .add(cx.text.rich(el("p").cls("doc-meta").add(time(&cx.text, fw.date)), Key::FrameworkMeta, &mut meta))
        .add(summary(text))
        .add(el("p").add(fw.summary.shown()))
        .add_opt(fw.context.as_ref().map(|c| el("p").cls("context").add(c.shown())))
        .add(source_list(&cx.text, &fw.sources))
        .add(scroll_box(cx.text.get(Key::FrameworkFitLabel), table))
        .add(provisions)
}

fn comparison(cx: &Cx, a: &Framework, b: &Framework) -> El {
    let ds = cx.ds;
    // Plain loops rather than iterator chains: each chain's closures get their own copy of the
    // adapters' code in the wasm.
    let says = |f: &Framework, i: IssueIx| -> String {
        let mut text = String::new();
        for p in &f.provisions {
            if p.issue == i {
                if !text.is_empty() {
                    text.push_str("; ");
                }
                let _ = write!(text, "{} {}", p.label, outcome_words(cx, p));
            }
        }
        if text.is_empty() {
            "—".into()
        } else {
            text
        }
    };
    let (mut same, mut issues) = (0, 0);
    let mut rows = el("tbody");
    for (n, issue) in ds.issues.iter().enumerate() {
        let i = IssueIx(n);
        if !a.provisions.iter().chain(&b.provisions).any(|p| p.issue == i) {
            continue;
        }
        issues += 1;
        let outcome = |f: &Framework| f.provisions.iter().find(|p| p.issue == i).and_then(|p| p.outcome.clone());
        let (class, verdict) = match (outcome(a), outcome(b)) {
            (Some(x), Some(y)) if x == y => {
                same += 1;
                ("cmp-same", Key::FrameworkSame)
            }
            (Some(_), Some(_)) => ("cmp-diff", Key::FrameworkDifferent),
            _ => ("cmp-one", Key::FrameworkOnlyOne),
        };
        let mut to = issue_state(cx.state, &issue.id);
        to.doc2 = None;
        rows = rows.add(
            el("tr")
                .add(el("th").attr("scope", "row").add(link(&to, issue.name.shown())))
                .add(el("td").add(says(a, i)))
                .add(el("td").add(says(b, i)))
                .add(el("td").cls(class).add(cx.text.get(verdict))),
        );
    }
    let (a_date, b_date, same) = (cx.text.date(a.date), cx.text.date(b.date), cx.text.number(same as f64));
    let text = cx.text.count(
        Key::FrameworkCompared,
        issues,
        &[("a", a.name.shown()), ("a-date", &a_date), ("b", b.name.shown()), ("b-date", &b_date), ("same", &same)],
    );
    let table = el("table")
        .cls("compare-table")
        .add(el("caption").add(cx.text.get(Key::FrameworkCompareCaption)))
        .add(
            el("thead").add(
                el("tr")
                    .add(el("th").attr("scope", "col").add(cx.text.get(Key::ViewsIssue)))
                    .add(el("th").attr("scope", "col").add(a.name.shown()))
                    .add(el("th").attr("scope", "col").add(b.name.shown()))
                    .add(el("th").attr("scope", "col").add(cx.text.get(Key::FrameworkVerdict))),
            ),
        )
        .add(rows);
    el("article").cls("doc compare").add(summary(text)).add(scroll_box(cx.text.get(Key::FrameworkCompareLabel), table))
}
