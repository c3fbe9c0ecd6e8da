//! The deal builder: a package of picks, one per issue, with every party's verdict on it,
//! suggestions for the open issues, the single changes that would bring a party on board, and
//! how it differs from each document. Every control is a link, so every package is a permalink.

use crate::analysis::{compare, evaluate, fill, single_changes, suggest, take, Package, Take};
use crate::model::{Dataset, IssueIx, IssueKind, Outcome, PartyIx, Stance};
use crate::present::node::{el, El};
use crate::present::parts::{badge, link, party_name, section, summary};
use crate::present::protocol::GO;
use crate::present::words::{
    amount, change_words, deal_summary, deal_verdict, describe_outcome, plan_diff_words, standing_badge,
    suggestion_words,
};
use crate::present::Cx;
use crate::url::{pick_token, to_query, View, ViewState};

/// The URL of `package`, written as its differences from `base`, in the dataset's issue order.
// The screen is written with plain loops and `add`, not iterator chains and `add_all`: each chain
// is its own generic code in the wasm, and the bundle is near its budget.
fn to(cx: &Cx, base: &Package, package: &Package) -> ViewState {
    let mut pick = Vec::new();
    for (i, issue) in cx.ds.issues.iter().enumerate() {
        let mine = package.pick(IssueIx(i));
        if mine != base.pick(IssueIx(i)) {
            pick.push((issue.id.clone(), pick_token(issue, mine)));
        }
    }
    // The base as resolved: an unknown id in the URL is not carried into the next link.
    let base = cx.view.base.and_then(|b| cx.ds.frameworks.get(b)).map(|f| f.id.clone());
    ViewState { view: View::Deal, base, pick, ..cx.state.clone() }
}

/// A link to `package` with one pick changed.
fn change(cx: &Cx, base: &Package, package: &Package, issue: IssueIx, outcome: Option<Outcome>) -> ViewState {
    let mut p = package.clone();
    p.set(issue, outcome);
    to(cx, base, &p)
}

/// Adds `v` to the sorted `list` unless it is there. (A sort of floats would bring another sort
/// routine into the wasm.)
fn insert_sorted(list: &mut Vec<f64>, v: f64) {
    let at = list.partition_point(|y| *y < v);
    if list.get(at) != Some(&v) {
        list.insert(at, v);
    }
}

/// The figures worth offering on a quantity issue: every one a party's position at the date or a
/// document names, the current pick and the suggestion, in ascending order.
fn figures(cx: &Cx, issue: IssueIx, extra: [Option<&Outcome>; 2]) -> Vec<f64> {
    let ds = cx.ds;
    let mut list = Vec::new();
    for p in 0..ds.parties.len() {
        if let Some(Stance::Quantity { preferred, min, max }) =
            cx.snap.position(ds, PartyIx(p), issue).map(|x| &x.stance)
        {
            for v in [preferred, min, max].into_iter().flatten() {
                insert_sorted(&mut list, *v);
            }
        }
    }
    let mut outcomes: Vec<&Outcome> = extra.into_iter().flatten().collect();
    for prov in ds.frameworks.iter().flat_map(|f| &f.provisions) {
        if prov.issue == issue {
            outcomes.extend(prov.outcome.iter());
            for a in &prov.alternatives {
                outcomes.push(&a.outcome);
            }
        }
    }
    for o in outcomes {
        if let Outcome::Quantity(v) = o {
            insert_sorted(&mut list, *v);
        }
    }
    list
}

/// The control for one issue: a `<select>` of links for a scale or a figure, links that add or
/// remove each item for a set.
fn control(cx: &Cx, base: &Package, package: &Package, issue: IssueIx, suggested: Option<&Outcome>) -> El {
    let i = cx.ds.issue(issue);
    let current = package.pick(issue);
    let id = format!("pick-{}", i.id);
    if i.kind == IssueKind::Set {
        let chosen: &[usize] = match current {
            Some(Outcome::Items(items)) => items,
            _ => &[],
        };
        let mut list = el("ul").attr("aria-labelledby", &id);
        for (ix, o) in i.options.iter().enumerate() {
            let on = chosen.contains(&ix);
            let next: Vec<usize> = (0..i.options.len()).filter(|x| (*x == ix) != chosen.contains(x)).collect();
            let next = (!next.is_empty()).then_some(Outcome::Items(next));
            let (mark, class, state) = if on {
                ("☑ ", "chip on", " (in the package; select to take it out)")
            } else {
                ("☐ ", "chip", " (not in the package; select to add it)")
            };
            let chip = link(&change(cx, base, package, issue, next), el("span").attr("aria-hidden", "true").add(mark))
                .cls(class)
                .id(&format!("{id}-{}", o.id))
                .add(o.label.en())
                .add(el("span").cls("sr-only").add(state));
            list = list.add(el("li").add(chip));
        }
        return el("div").cls("items").add(el("span").cls("items-label").id(&id).add(i.name.en())).add(list);
    }
    let mut choices: Vec<(Option<Outcome>, String)> = vec![(None, "(open)".to_string())];
    if i.kind == IssueKind::Quantity {
        for v in figures(cx, issue, [current, suggested]) {
            choices.push((Some(Outcome::Quantity(v)), amount(i, v)));
        }
    } else {
        for (ix, o) in i.options.iter().enumerate() {
            choices.push((Some(Outcome::Option(ix)), o.label.en().to_string()));
        }
    }
    let mut select = el("select").id(&id).attr(GO, "");
    for (o, text) in choices {
        let selected = o.as_ref() == current;
        let mut opt = el("option").attr("value", to_query(&change(cx, base, package, issue, o))).add(text);
        if selected {
            opt = opt.attr("selected", "");
        }
        select = select.add(opt);
    }
    el("label").cls("pick").attr("for", &id).add(i.name.en()).add(select)
}

/// What the parties say of one pick, in a line: how many accept it, whose red line it is, and
/// who leaves it out.
fn pick_line(cx: &Cx, issue: IssueIx, outcome: &Outcome) -> El {
    let ds = cx.ds;
    let mut yes = 0;
    let mut red = el("span");
    let mut out = el("span");
    for p in (0..ds.parties.len()).map(PartyIx) {
        let slot = match take(outcome, cx.snap.position(ds, p, issue).map(|x| &x.stance)).1 {
            Take::Accepts => {
                yes += 1;
                continue;
            }
            Take::RedLine => &mut red,
            Take::LeftOut => &mut out,
            Take::Unknown => continue,
        };
        let first = slot.children.is_empty();
        *slot = std::mem::replace(slot, el("span")).add(if first { "" } else { ", " }).add(party_name(ds, p, true));
    }
    let verb = if yes == 1 { "party accepts" } else { "parties accept" };
    let mut line = el("p").cls("pick-fits").add(format!("✓ {yes} {verb} it"));
    for (list, words) in [(red, "; ✗ red line for "), (out, "; not among what these accept: ")] {
        if !list.children.is_empty() {
            line = line.add(words).add(list);
        }
    }
    line
}

pub fn deal(cx: &Cx) -> (String, El) {
    let ds: &Dataset = cx.ds;
    let heading = "Deal builder";
    let base = cx.view.base.and_then(|b| ds.frameworks.get(b));
    let base_package = base.map_or_else(|| Package::empty(ds), |f| Package::from_framework(ds, f));
    let mut package = base_package.clone();
    for (issue, outcome) in &cx.view.picks {
        package.set(*issue, outcome.clone());
    }
    let parties: Vec<PartyIx> = (0..ds.parties.len()).map(PartyIx).collect();
    let deals = evaluate(ds, cx.snap, &package, &parties);
    let suggestions = suggest(ds, cx.snap, &package, &parties);
    let changes = single_changes(ds, cx.snap, &package, &deals);
    let picked = package.picked().count();
    let start = |base: Option<&str>| ViewState {
        view: View::Deal,
        base: base.map(str::to_string),
        pick: Vec::new(),
        ..cx.state.clone()
    };

    let mut bases = el("select").id("deal-base").attr(GO, "");
    bases = bases.add(el("option").attr("value", to_query(&start(None))).add("(an empty package)"));
    for f in ds.frameworks_by_date() {
        let Some(fw) = ds.frameworks.get(f) else { continue };
        let mut o =
            el("option").attr("value", to_query(&start(Some(&fw.id)))).add(format!("{} — {}", fw.date, fw.name.en()));
        if cx.view.base == Some(f) {
            o = o.attr("selected", "");
        }
        bases = bases.add(o);
    }
    let mut tools =
        el("div").cls("pickers").add(el("label").cls("pick").attr("for", "deal-base").add("Start from ").add(bases));
    if !suggestions.is_empty() {
        let n = suggestions.len();
        let label = format!("Suggest: fill the {n} open issue{}", if n == 1 { "" } else { "s" });
        tools = tools
            .add(link(&to(cx, &base_package, &fill(&package, &suggestions)), label).id("deal-suggest").cls("button"));
    }
    if picked > 0 {
        tools = tools.add(link(&start(None), "Clear all").id("deal-clear").cls("button"));
    }

    let mut who = el("ul").cls("deal-parties");
    for d in &deals {
        let (class, icon, word) = standing_badge(d.standing);
        let mut li = el("li")
            .key(&ds.party(d.party).id)
            .add(badge(class, icon, word))
            .add(" ")
            .add(party_name(ds, d.party, false))
            .add(": ")
            .add(deal_verdict(ds, d));
        if let Some(c) = changes.iter().find(|c| c.party == d.party) {
            let to = change(cx, &base_package, &package, c.issue, Some(c.outcome.clone()));
            li = li.add(
                el("p")
                    .cls("deal-change")
                    .add("One change: ")
                    .add(change_words(ds, c))
                    .add(" ")
                    .add(link(&to, "Make this change")),
            );
        }
        who = who.add(li);
    }

    let mut issues = el("ol").cls("deal-issues");
    for i in 0..ds.issues.len() {
        let issue = IssueIx(i);
        let suggestion = suggestions.iter().find(|s| s.issue == issue);
        let mut li = el("li").key(&ds.issue(issue).id).add(control(
            cx,
            &base_package,
            &package,
            issue,
            suggestion.map(|s| &s.outcome),
        ));
        if let Some(o) = package.pick(issue) {
            li = li.add(pick_line(cx, issue, o));
        }
        if let Some(s) = suggestion {
            let to = change(cx, &base_package, &package, issue, Some(s.outcome.clone()));
            li = li.add(
                el("p")
                    .cls("suggestion")
                    .add("Suggested: ")
                    .add(el("strong").add(describe_outcome(ds.issue(issue), &s.outcome)))
                    .add(format!(" — {}. ", suggestion_words(ds, s)))
                    .add(link(&to, "Use it")),
            );
        }
        issues = issues.add(li);
    }

    let mut body = section("deal", heading)
        .key("deal")
        .add(summary(deal_summary(ds, cx.view.date, picked, &deals)))
        .add(tools)
        .add(el("h3").add("Who could sign it"))
        .add(who)
        .add(el("h3").add("The package, issue by issue"))
        .add(issues);
    if picked > 0 {
        let mut plans = el("ul").cls("deal-plans");
        for d in compare(ds, &package) {
            let Some(fw) = ds.frameworks.get(d.framework) else { continue };
            let open = ViewState { view: View::Framework, doc: Some(fw.id.clone()), ..cx.state.clone() };
            plans = plans.add(
                el("li")
                    .key(&fw.id)
                    .add(link(&open, fw.name.en()))
                    .add(format!(" ({}): {} ", fw.date.to_long(), plan_diff_words(ds, &d, picked)))
                    .add(link(&start(Some(&fw.id)), "Start from it")),
            );
        }
        body = body.add(el("h3").add("Compared with the documents")).add(plans);
    }
    (heading.to_string(), body)
}
