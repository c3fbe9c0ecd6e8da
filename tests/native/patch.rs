//! The re-render patch: applied to a model of the DOM, it yields the new tree, and the nodes it
//! keeps are the ones a reader would expect to keep (keys win over places).
//!
//! `Dom` below carries out a patch the way `ui::dom` does in the browser, on an arena whose
//! indices stand for node identity, so "the same DOM node" can be asserted natively.

use common_ground::load::load;
use common_ground::model::Loaded;
use common_ground::present::patch::{diff_children, Attr, Child, Children, Patch};
use common_ground::present::{el, page, El, Node};
use proptest::prelude::*;

use crate::read_repo_file;

#[derive(Debug, Clone)]
enum Sim {
    Text(String),
    El { tag: &'static str, attrs: Vec<(&'static str, String)>, children: Vec<usize> },
}

/// A DOM: nodes in an arena (a node's index is its identity), and the root's children.
#[derive(Debug, Default)]
struct Dom {
    nodes: Vec<Sim>,
    root: Vec<usize>,
    built: usize,
    moved: usize,
}

impl Dom {
    fn new(tree: &Node) -> Dom {
        let mut dom = Dom::default();
        dom.patch(None, tree);
        dom.built = 0;
        dom
    }

    fn build(&mut self, node: &Node) -> usize {
        self.built += 1;
        let sim = match node {
            Node::Text(t) => Sim::Text(t.clone()),
            Node::El(e) => {
                let children = e.children.iter().map(|c| self.build(c)).collect();
                Sim::El { tag: e.tag, attrs: e.attrs.clone(), children }
            }
        };
        self.nodes.push(sim);
        self.nodes.len() - 1
    }

    fn patch(&mut self, old: Option<&Node>, new: &Node) {
        let changes = diff_children(old.map(std::slice::from_ref).unwrap_or_default(), std::slice::from_ref(new));
        self.root = self.children_after(self.root.clone(), &changes);
    }

    fn apply(&mut self, id: usize, patch: &Patch) {
        match patch {
            Patch::Same => {}
            Patch::Text(t) => {
                if let Sim::Text(s) = &mut self.nodes[id] {
                    *s = t.to_string();
                }
            }
            Patch::El { attrs, children } => {
                let Sim::El { attrs: have, .. } = &mut self.nodes[id] else { panic!("attributes on text") };
                for a in attrs {
                    match *a {
                        Attr::Set(name, value) => match have.iter_mut().find(|(n, _)| *n == name) {
                            Some(slot) => slot.1 = value.to_string(),
                            None => have.push((name, value.to_string())),
                        },
                        Attr::Remove(name) => have.retain(|(n, _)| *n != name),
                    }
                }
                if let Some(children) = children {
                    let Sim::El { children: old, .. } = &self.nodes[id] else { unreachable!() };
                    let after = self.children_after(old.clone(), children);
                    let Sim::El { children: slot, .. } = &mut self.nodes[id] else { unreachable!() };
                    *slot = after;
                }
            }
        }
    }

    /// The children list after a patch, by the browser applier's steps: remove, then walk the
    /// new children with a cursor, inserting each before the cursor unless it is already there.
    fn children_after(&mut self, old: Vec<usize>, changes: &Children) -> Vec<usize> {
        let mut list: Vec<usize> =
            old.iter().enumerate().filter(|(j, _)| !changes.removed.contains(j)).map(|(_, &id)| id).collect();
        let mut next = 0;
        for child in &changes.items {
            let id = match child {
                Child::Old(j, p) => {
                    let id = old[*j];
                    self.apply(id, p);
                    id
                }
                Child::New(n) => self.build(n),
            };
            if list.get(next) == Some(&id) {
                next += 1;
                continue;
            }
            if let Some(at) = list.iter().position(|&x| x == id) {
                list.remove(at);
                self.moved += 1;
                if at < next {
                    next -= 1;
                }
            }
            list.insert(next, id);
            next += 1;
        }
        list
    }

    fn to_node(&self, id: usize) -> Node {
        match &self.nodes[id] {
            Sim::Text(t) => Node::Text(t.clone()),
            Sim::El { tag, attrs, children } => Node::El(El {
                tag,
                attrs: attrs.clone(),
                children: children.iter().map(|&c| self.to_node(c)).collect(),
            }),
        }
    }

    fn tree(&self) -> Node {
        assert_eq!(self.root.len(), 1, "one root");
        self.to_node(self.root[0])
    }

    /// The first element, depth first, with attribute `name` = `value`.
    fn find(&self, name: &str, value: &str) -> usize {
        self.find_all(name, value).into_iter().next().unwrap_or_else(|| panic!("no element with {name}={value}"))
    }

    fn find_all(&self, name: &str, value: &str) -> Vec<usize> {
        self.elements(|_, attrs| attrs.iter().any(|(n, v)| *n == name && v == value))
    }

    /// Every element with tag `tag`, depth first.
    fn all(&self, tag: &str) -> Vec<usize> {
        self.elements(|t, _| t == tag)
    }

    fn elements(&self, wanted: impl Fn(&str, &[(&'static str, String)]) -> bool) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.root.iter().rev().copied().collect();
        while let Some(id) = stack.pop() {
            if let Sim::El { tag, attrs, children } = &self.nodes[id] {
                if wanted(tag, attrs) {
                    out.push(id);
                }
                stack.extend(children.iter().rev());
            }
        }
        out
    }

    /// The first element under `id` with tag `tag`.
    fn first(&self, id: usize, tag: &str) -> Option<usize> {
        let Sim::El { tag: t, children, .. } = &self.nodes[id] else { return None };
        if *t == tag {
            return Some(id);
        }
        children.iter().find_map(|&c| self.first(c, tag))
    }

    /// What a reader does: sets an attribute straight on the DOM (opening a `<details>`).
    fn set(&mut self, id: usize, name: &'static str) {
        let Sim::El { attrs, .. } = &mut self.nodes[id] else { panic!("not an element") };
        attrs.push((name, String::new()));
    }

    fn unset(&mut self, id: usize, name: &str) {
        let Sim::El { attrs, .. } = &mut self.nodes[id] else { panic!("not an element") };
        attrs.retain(|(n, _)| *n != name);
    }

    fn has(&self, id: usize, name: &str) -> bool {
        matches!(&self.nodes[id], Sim::El { attrs, .. } if attrs.iter().any(|(n, _)| *n == name))
    }
}

/// Applies the patch from `old` to `new` and checks that the DOM then shows `new` exactly.
fn check(old: &Node, new: &Node) -> Dom {
    let mut dom = Dom::new(old);
    dom.patch(Some(old), new);
    assert_eq!(&dom.tree(), new);
    dom
}

fn row(cells: &[(&str, &str)]) -> Node {
    el("tr")
        .add(el("th").add("Crimea"))
        .add_all(cells.iter().map(|(party, words)| {
            el("td").key(party).add(el("details").add(el("summary").add(*words)).add(el("p").add("card")))
        }))
        .add(el("td").attr("class", "ground").add("none"))
        .into()
}

#[test]
fn an_unchanged_tree_needs_no_change() {
    let tree = row(&[("ru", "a"), ("ua", "b")]);
    let changes = diff_children(std::slice::from_ref(&tree), std::slice::from_ref(&tree));
    assert!(changes.is_unchanged(1), "{changes:?}");
    let dom = check(&tree, &tree);
    assert_eq!((dom.built, dom.moved), (0, 0));
}

#[test]
fn a_details_the_reader_opened_stays_open_when_its_words_change() {
    let old = row(&[("ru", "as of March"), ("ua", "b")]);
    let new = row(&[("ru", "as of April"), ("ua", "b")]);
    let mut dom = Dom::new(&old);
    let ru = dom.find("data-key", "ru");
    let details = dom.first(ru, "details").expect("details");
    dom.set(details, "open");
    dom.patch(Some(&old), &new);
    assert_eq!(dom.built, 0, "only the text changes");
    assert_eq!(dom.first(dom.find("data-key", "ru"), "details"), Some(details));
    assert!(dom.has(details, "open"));
}

#[test]
fn removing_a_keyed_column_hands_no_open_state_to_its_neighbour() {
    let old = row(&[("ru", "a"), ("ua", "b"), ("us", "c")]);
    let new = row(&[("ua", "b"), ("us", "c")]);
    let mut dom = Dom::new(&old);
    let ua = dom.find("data-key", "ua");
    let open = dom.first(ua, "details").expect("details");
    dom.set(open, "open");
    dom.patch(Some(&old), &new);
    assert_eq!(dom.find("data-key", "ua"), ua, "the Ukraine cell is the same element");
    assert!(dom.has(open, "open"), "and still open");
    let us = dom.first(dom.find("data-key", "us"), "details").expect("details");
    assert!(!dom.has(us, "open"), "its new neighbour did not inherit the open state");
    assert_eq!((dom.built, dom.moved), (0, 0), "a removal, nothing else");
    let mut back = Dom::new(&new);
    back.patch(Some(&new), &old);
    assert_eq!(back.tree(), old);
}

#[test]
fn reordered_keys_keep_their_elements() {
    let old = row(&[("ru", "a"), ("ua", "b"), ("us", "c")]);
    let new = row(&[("us", "c"), ("ru", "a"), ("ua", "b")]);
    let mut dom = Dom::new(&old);
    let ids: Vec<usize> = ["ru", "ua", "us"].iter().map(|k| dom.find("data-key", k)).collect();
    dom.patch(Some(&old), &new);
    assert_eq!(dom.tree(), new);
    let after: Vec<usize> = ["ru", "ua", "us"].iter().map(|k| dom.find("data-key", k)).collect();
    assert_eq!(ids, after);
    assert_eq!(dom.built, 0);
    assert_eq!(dom.moved, 1, "one move: the last column to the front");
}

#[test]
fn an_element_of_another_tag_or_key_is_built_anew() {
    let old: Node = el("div").add(el("p").add("x")).add(el("ul").key("a").add(el("li").add("1"))).into();
    let new: Node = el("div").add(el("h2").add("x")).add(el("ul").key("b").add(el("li").add("1"))).into();
    let dom = check(&old, &new);
    // The h2 with its text, and the ul with its li and text.
    assert_eq!(dom.built, 5);
}

#[test]
fn attributes_only_the_old_tree_had_are_removed_and_the_readers_are_kept() {
    let old: Node = el("details").attr("class", "a").attr("title", "t").add("x").into();
    let new: Node = el("details").attr("class", "b").add("x").into();
    let changes = diff_children(std::slice::from_ref(&old), std::slice::from_ref(&new));
    assert_eq!(
        changes.items,
        [Child::Old(0, Patch::El { attrs: vec![Attr::Set("class", "b"), Attr::Remove("title")], children: None })]
    );
    let mut dom = Dom::new(&old);
    let details = dom.root[0];
    dom.set(details, "open");
    dom.patch(Some(&old), &new);
    assert!(dom.has(details, "open"));
    assert!(!dom.has(details, "title"));
}

#[test]
fn duplicate_keys_still_draw_the_new_tree() {
    let old: Node = el("ul").add(el("li").key("a").add("1")).add(el("li").key("a").add("2")).into();
    let new: Node =
        el("ul").add(el("li").key("a").add("2")).add(el("li").key("a").add("1")).add(el("li").key("a")).into();
    check(&old, &new);
    check(&new, &old);
}

fn tree() -> impl Strategy<Value = Node> {
    const TAGS: [&str; 3] = ["div", "p", "span"];
    let text = prop::sample::select(vec!["", "a", "b"]).prop_map(Node::from);
    text.prop_recursive(4, 40, 5, |inner| {
        (
            prop::sample::select(TAGS.to_vec()),
            prop::option::of(prop::sample::select(vec!["k1", "k2", "k3"])),
            prop::option::of(prop::sample::select(vec!["x", "y"])),
            prop::collection::vec(inner, 0..5),
        )
            .prop_map(|(tag, key, class, children)| {
                let mut e = el(tag);
                if let Some(k) = key {
                    e = e.key(k);
                }
                if let Some(c) = class {
                    e = e.attr("class", c);
                }
                e.add_all(children).into()
            })
    })
}

proptest! {
    #[test]
    fn any_patch_draws_exactly_the_new_tree(old in tree(), new in tree()) {
        let mut dom = Dom::new(&old);
        dom.patch(Some(&old), &new);
        prop_assert_eq!(dom.tree(), new);
    }
}

fn real() -> Loaded {
    load(&read_repo_file("data/positions.json")).expect("dataset")
}

/// Each matrix cell's `<details>`, by (issue, party).
fn matrix_details(dom: &Dom) -> Vec<((String, String), usize)> {
    let mut out = Vec::new();
    for row in dom.all("tr") {
        let Sim::El { attrs, children, .. } = &dom.nodes[row] else { continue };
        let issue = attrs.iter().find(|(n, _)| *n == "data-key").map(|(_, v)| v.clone()).unwrap_or_default();
        for &cell in children {
            let Sim::El { attrs, .. } = &dom.nodes[cell] else { continue };
            let Some((_, party)) = attrs.iter().find(|(n, _)| *n == "data-key") else { continue };
            if let Some(details) = dom.first(cell, "details") {
                out.push(((issue.clone(), party.clone()), details));
            }
        }
    }
    out
}

#[test]
fn a_date_step_keeps_every_matrix_cell_and_its_open_state() {
    let loaded = real();
    let (old, new) = (page(&loaded, "").body, page(&loaded, "?date=2025-04-23").body);
    assert_ne!(old, new, "the date changes what the matrix shows");
    let mut dom = Dom::new(&old);
    let before = matrix_details(&dom);
    let (_, opened) =
        before.iter().find(|(k, _)| k.0 == "crimea" && k.1 == "ua").expect("a Ukraine position on Crimea");
    dom.set(*opened, "open");
    dom.patch(Some(&old), &new);
    assert!(dom.has(*opened, "open"), "the cell the reader opened is still open");
    dom.unset(*opened, "open");
    assert!(dom.tree() == new, "the DOM shows the new tree");
    let after = matrix_details(&dom);
    let kept: Vec<_> = after.iter().filter(|(k, id)| before.iter().any(|(k2, id2)| k == k2 && id == id2)).collect();
    let in_both = after.iter().filter(|(k, _)| before.iter().any(|(k2, _)| k == k2)).count();
    assert!(in_both > 50, "{in_both} cells with a position at both dates");
    assert_eq!(kept.len(), in_both, "every cell with a position at both dates keeps its element");
    assert_eq!(dom.moved, 0, "nothing moves on a date step");
}

#[test]
fn hiding_a_party_keeps_the_other_parties_cells() {
    let loaded = real();
    let all = page(&loaded, "").body;
    let ids: Vec<&str> = loaded.dataset.parties.iter().map(|p| p.id.as_str()).collect();
    let fewer = page(&loaded, &format!("?parties={}", ids[1..].join(","))).body;
    let mut dom = Dom::new(&all);
    let before = matrix_details(&dom);
    let ua = dom.find_all("data-key", "ua");
    assert!(ua.len() > 20, "the heading and a cell per issue");
    dom.patch(Some(&all), &fewer);
    assert!(dom.tree() == fewer, "the DOM shows the new tree");
    assert_eq!(dom.find_all("data-key", "ua"), ua, "every Ukraine cell and heading is the same element");
    assert_eq!(dom.find_all("data-key", "ru"), Vec::<usize>::new(), "no Russia column is left");
    let after = matrix_details(&dom);
    let expected: Vec<_> = before.into_iter().filter(|(k, _)| k.1 != "ru").collect();
    assert_eq!(after, expected, "every other cell keeps its element");
    assert_eq!(dom.moved, 0);
}
