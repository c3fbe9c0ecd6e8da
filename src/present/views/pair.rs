//! Two parties side by side: each issue's relation, conflicts first, with counts at the top.

use crate::analysis::{pair_relations, PairCounts, RelationKind};
use crate::model::{IssueIx, PartyIx};
use crate::present::charts;
use crate::present::cx::Cx;
use crate::present::node::{el, El};
use crate::present::parts::{
    issue_state, link, option, party_name, picker, position_card, position_mark, relation_badge, relation_words,
    section, summary, view_state,
};
use crate::present::rich::RichText;
use crate::present::words::{describe_pair_relation, pair_summary};
use crate::text::Key;
use crate::url::View;

pub fn pair(cx: &Cx) -> (String, El) {
    let ds = cx.ds;
    let (a, b) = (cx.view.a, cx.view.b);
    let relations = pair_relations(ds, cx.snap, a, b);
    let counts = PairCounts::of(&relations);
    let text = pair_summary(&cx.text, ds, cx.view.date, a, b, &relations);
    let stance = |p: PartyIx, i: IssueIx| cx.snap.stance(ds, p, i);

    let pick = |id: &'static str, label: Key, current: PartyIx, second: bool| {
        let mut options = Vec::new();
        for p in 0..ds.parties.len() {
            let p = PartyIx(p);
            let pid = Some(ds.party(p).id.clone());
            let mut to = view_state(cx.state, View::Pair);
            if second {
                to.b = pid;
            } else {
                to.a = pid;
            }
            options.push(option(&to, ds.party(p).name.shown(), p == current));
        }
        picker(id, cx.text.get(label), options)
    };
    let mut swap = view_state(cx.state, View::Pair);
    swap.a = Some(ds.party(b).id.clone());
    swap.b = Some(ds.party(a).id.clone());
    let pickers = el("div")
        .cls("pickers")
        .add(pick("pick-a", Key::PairFirst, a, false))
        .add(pick("pick-b", Key::PairSecond, b, true))
        .add(link(&swap, cx.text.get(Key::PairSwap)).cls("swap").id("swap"));

    let mut counts_list = el("ul").cls("counts").attr("aria-label", cx.text.get(Key::PairCountsLabel));
    for k in RelationKind::ALL {
        // "Possible" arises only from a position that names nothing but red lines, so its count
        // is shown only when some issue is possible, rather than as a standing zero.
        if k == RelationKind::Possible && counts.possible == 0 {
            continue;
        }
        let (icon, word) = relation_words(&cx.text, k);
        counts_list = counts_list.add(
            el("li")
                .cls(&format!("count rel-{}", k.as_str()))
                .add(el("span").cls("n").add(cx.text.number(counts.get(k) as f64)))
                .add(el("span").cls("w").add(el("span").attr("aria-hidden", "true").add(icon)).add(format!(" {word}"))),
        );
    }

    // Plain loops rather than iterator chains: each chain's closures get their own copy of the
    // adapters' code in the wasm.
    let side = |p: PartyIx, i: IssueIx, issue| match cx.snap.position(ds, p, i) {
        Some(pos) => position_card(&cx.text, ds, pos, issue, true).add_opt(position_mark(&cx.text, cx.repaired, pos)),
        None => cx.text.rich(
            el("p").cls("position none"),
            Key::PairNoPosition,
            &mut [("party", party_name(ds, p, false).into())],
        ),
    };
    let mut names = [("a", party_name(ds, a, false).into()), ("b", party_name(ds, b, false).into())];
    let heading = cx.text.rich(el("span"), Key::ViewsAnd, &mut names);
    // Another pair of parties is another view: nothing opened for one pair opens for the next.
    let mut body = section("pair", heading)
        .key(&format!("pair {} {}", ds.party(a).id, ds.party(b).id))
        .add(pickers)
        .add(summary(text))
        .add(counts_list)
        .add(charts::pair_chart(cx, &relations, &counts));
    for k in RelationKind::ALL {
        let mut list = el("ul").cls("pair-list");
        for (i, relation) in &relations {
            if relation.kind() != k {
                continue;
            }
            let i = *i;
            let issue = ds.issue(i);
            let words = describe_pair_relation(&cx.text, ds, issue, relation, (a, stance(a, i)), (b, stance(b, i)));
            let to = issue_state(cx.state, &issue.id);
            list = list.add(
                el("li")
                    .key(&issue.id)
                    .cls("pair-issue")
                    .add(el("h4").add(link(&to, issue.name.shown())))
                    .add(
                        el("p")
                            .cls("relation")
                            .add(relation_badge(&cx.text, k))
                            .add(" ")
                            .add(el("span").cls("rel-words").add(words)),
                    )
                    .add(el("div").cls("sides").add(side(a, i, issue)).add(side(b, i, issue))),
            );
        }
        if list.children.is_empty() {
            continue;
        }
        let (_, word) = relation_words(&cx.text, k);
        body = body.add(
            el("section")
                .key(k.as_str())
                .cls(&format!("pair-group rel-group-{}", k.as_str()))
                .add(el("h3").add(cx.text.count(Key::PairGroup, list.children.len(), &[("relation", word)])))
                .add(list),
        );
    }
    (cx.text.fill(Key::ViewsAnd, &[("a", ds.party(a).name.shown()), ("b", ds.party(b).name.shown())]), body)
}
