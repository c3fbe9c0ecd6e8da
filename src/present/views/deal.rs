//! The deal builder: a package of picks, one per issue, with every party's verdict on it,
//! suggestions for the open issues, the single changes that would bring a party on board, and
//! how it differs from each document. Every control is a link, so every package is a permalink.

// Written with plain loops and `add`, not iterator chains and `add_all`: each chain is its own
// generic code in the wasm, and the bundle has a fixed budget.

use crate::analysis::{choices, compare, evaluate, fill, single_changes, suggest, Package};
use crate::model::{IssueIx, IssueKind, Outcome, PartyIx};
use crate::present::cx::Cx;
use crate::present::node::{el, El};
use crate::present::parts::{badge, link, option, party_name, picker, section, summary, view_state};
use crate::present::words::{
    change_words, deal_summary, deal_verdict, describe_outcome, plan_diff_words, standing_badge, suggestion_words,
};
use crate::text::Key;
use crate::url::{push_pick, View, ViewState};

/// The URL of `package` with `issue` set to `outcome`, written as its differences from `base`
/// in the dataset's issue order; `None` for the issue keeps the package as it is.
fn to(cx: &Cx, base: &Package, package: &Package, issue: Option<IssueIx>, outcome: Option<&Outcome>) -> ViewState {
    let mut pick = String::new();
    for (i, iss) in cx.ds.issues.iter().enumerate() {
        let mine = if issue == Some(IssueIx(i)) { outcome } else { package.pick(IssueIx(i)) };
        if mine != base.pick(IssueIx(i)) {
            push_pick(&mut pick, iss, mine);
        }
    }
    // The base as resolved: an unknown id in the URL is not carried into the next link.
    let base = cx.view.base.and_then(|b| cx.ds.frameworks.get(b)).map(|f| f.id.clone());
    state(cx, base, (!pick.is_empty()).then_some(pick))
}

/// The deal builder's state with this base and these picks, keeping the rest of the URL.
fn state(cx: &Cx, base: Option<String>, pick: Option<String>) -> ViewState {
    let mut to = view_state(cx.state, View::Deal);
    to.base = base;
    to.pick = pick;
    to
}

/// The control for one issue: a `<select>` of links for a scale or a figure, links that add or
/// remove each item for a set.
fn control(cx: &Cx, base: &Package, package: &Package, issue: IssueIx, suggested: Option<&Outcome>) -> El {
    let i = cx.ds.issue(issue);
    let current = package.pick(issue);
    let id = "pick-".to_string() + &i.id;
    if i.kind == IssueKind::Set {
        let chosen: &[usize] = match current {
            Some(Outcome::Items(items)) => items,
            _ => &[],
        };
        let mut list = el("ul").attr("aria-labelledby", &id);
        for (ix, o) in i.options.iter().enumerate() {
            let on = chosen.contains(&ix);
            // The set with this item switched, in the issue's order; none left opens the issue.
            let mut next = Vec::new();
            for x in 0..i.options.len() {
                if (x == ix) != chosen.contains(&x) {
                    next.push(x);
                }
            }
            let next = (!next.is_empty()).then_some(Outcome::Items(next));
            let (mark, class, state) =
                if on { ("☑ ", "chip on", Key::DealInPackage) } else { ("☐ ", "chip", Key::DealNotInPackage) };
            let chip = link(
                &to(cx, base, package, Some(issue), next.as_ref()),
                el("span").attr("aria-hidden", "true").add(mark),
            )
            .cls(class)
            .id(&(id.clone() + "-" + &o.id))
            .add(o.label.shown())
            .add(el("span").cls("sr-only").add(cx.text.get(state)));
            list = list.add(el("li").add(chip));
        }
        return el("div").cls("items").add(el("span").id(&id).add(i.name.shown())).add(list);
    }
    let open = cx.text.get(Key::DealOpen);
    let mut options = vec![option(&to(cx, base, package, Some(issue), None), open, current.is_none())];
    for o in choices(cx.ds, cx.snap, issue, &[current, suggested]) {
        let go = to(cx, base, package, Some(issue), Some(&o));
        options.push(option(&go, &describe_outcome(&cx.text, i, &o), Some(&o) == current));
    }
    picker(&id, i.name.shown(), options)
}

pub fn deal(cx: &Cx) -> (String, El) {
    let ds = cx.ds;
    let heading = cx.text.get(Key::DealHeading);
    let base = cx.view.base.and_then(|b| ds.frameworks.get(b));
    let base_package = base.map_or_else(|| Package::empty(ds), |f| Package::from_framework(ds, f));
    let mut package = base_package.clone();
    for (issue, outcome) in &cx.view.picks {
        package.set(*issue, outcome.clone());
    }
    let mut parties = Vec::new();
    for p in 0..ds.parties.len() {
        parties.push(PartyIx(p));
    }
    let deals = evaluate(ds, cx.snap, &package, &parties);
    let suggestions = suggest(ds, cx.snap, &package, &parties);
    let changes = single_changes(ds, cx.snap, &package, &deals);
    let picked = package.picked();
    let start = |base: Option<&str>| state(cx, base.map(str::to_string), None);

    let mut bases = vec![option(&start(None), cx.text.get(Key::DealEmptyPackage), base.is_none())];
    for f in ds.frameworks_by_date() {
        let Some(fw) = ds.frameworks.get(f) else { continue };
        bases.push(option(
            &start(Some(&fw.id)),
            &format!("{} — {}", fw.date, fw.name.shown()),
            cx.view.base == Some(f),
        ));
    }
    let mut tools = el("div").cls("pickers").add(picker("deal-base", cx.text.get(Key::DealStartFrom), bases));
    if !suggestions.is_empty() {
        let label = cx.text.count(Key::DealSuggest, suggestions.len(), &[]);
        let filled = fill(&package, &suggestions);
        tools = tools.add(link(&to(cx, &base_package, &filled, None, None), label).id("deal-suggest").cls("chip"));
    }

    let make = cx.text.get(Key::DealMakeChange);
    let mut who = el("ul").cls("deal-list deal-parties");
    for d in &deals {
        let (class, icon, word) = standing_badge(&cx.text, d.standing);
        let mut li = el("li")
            .key(&ds.party(d.party).id)
            .add(badge(class, icon, word))
            .add(" ")
            .add(party_name(ds, d.party, false))
            .add(": ")
            .add(deal_verdict(&cx.text, ds, d));
        for c in &changes {
            if c.party == d.party {
                let go = to(cx, &base_package, &package, Some(c.issue), Some(&c.outcome));
                li = li.add(el("p").add(change_words(&cx.text, ds, c)).add(link(&go, make)));
            }
        }
        who = who.add(li);
    }

    let mut issues = el("ol").cls("deal-list deal-issues");
    for (i, iss) in ds.issues.iter().enumerate() {
        let issue = IssueIx(i);
        let suggestion = suggestions.iter().find(|s| s.issue == issue);
        let mut li =
            el("li").key(&iss.id).add(control(cx, &base_package, &package, issue, suggestion.map(|s| &s.outcome)));
        if let Some(s) = suggestion {
            li = li.add(el("p").add(suggestion_words(&cx.text, ds, s)));
        }
        issues = issues.add(li);
    }

    let mut body = section("deal", heading)
        .key("deal")
        .add(summary(deal_summary(&cx.text, ds, cx.view.date, picked, &deals)))
        .add(tools)
        .add(el("h3").add(cx.text.get(Key::DealWho)))
        .add(who)
        .add(el("h3").add(cx.text.get(Key::DealIssues)))
        .add(issues);
    if picked > 0 {
        let mut plans = el("ul").cls("deal-list deal-plans");
        for d in compare(ds, &package) {
            let Some(fw) = ds.frameworks.get(d.framework) else { continue };
            plans = plans.add(el("li").key(&fw.id).add(plan_diff_words(&cx.text, ds, fw, &d)));
        }
        body = body.add(el("h3").add(cx.text.get(Key::DealCompared))).add(plans);
    }
    (heading.to_string(), body)
}
