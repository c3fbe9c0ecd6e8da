//! The difference between the tree drawn last and the next one, as the few DOM changes that
//! turn the one into the other.
//!
//! `ui::dom` applies a `Children` patch to the nodes it drew from the old tree, so every node
//! that stays is the same DOM node afterwards and keeps what the reader did to it: a `<details>`
//! opened, a box scrolled, a control focused. An old child is kept for a new one when both are
//! text, or both are elements with the same tag; which old child is tried depends on keys:
//!
//! - a new child with a key (`El::key`, the `data-key` attribute) takes the unused old child
//!   with the same key, wherever it was, so removing a column or a list item hands no state to
//!   its neighbour;
//! - a new child without a key takes the old child in the same place among the unkeyed ones.
//!
//! Everything else is built anew, and old children nobody took are removed. Attribute changes
//! are listed one by one; the applier also sets the matching DOM property for `value`,
//! `checked` and `selected`, whose attributes are only defaults once a reader used the control.
//! An attribute the old tree did not have is never removed, which is what keeps a `<details>`
//! the reader opened open: its `open` is in the DOM, not in either tree.

use super::node::{El, Node};
use super::protocol::KEY;

/// What to do to a node that stays.
#[derive(Debug, Clone, PartialEq)]
pub enum Patch<'n> {
    /// Nothing in it or under it changed.
    Same,
    /// A text node's new text.
    Text(&'n str),
    /// An element's changed attributes, and its children when any of them changed.
    El { attrs: Vec<Attr<'n>>, children: Option<Children<'n>> },
}

/// One attribute change on an element that stays.
#[derive(Debug, Clone, PartialEq)]
pub enum Attr<'n> {
    Set(&'static str, &'n str),
    Remove(&'static str),
}

/// How a node's new children are made from its old ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Children<'n> {
    /// The old children that go, by their index among the old children, in increasing order.
    pub removed: Vec<usize>,
    /// The new children in order.
    pub items: Vec<Child<'n>>,
}

/// One new child: an old child kept (by its old index) and patched, or a node to build.
#[derive(Debug, Clone, PartialEq)]
pub enum Child<'n> {
    Old(usize, Patch<'n>),
    New(&'n Node),
}

impl Children<'_> {
    /// True when the children are the old ones, unchanged and in their old order.
    pub fn is_unchanged(&self, old_len: usize) -> bool {
        if !self.removed.is_empty() || self.items.len() != old_len {
            return false;
        }
        // A plain loop in place of an `enumerate().all(..)` chain, for less wasm.
        for (i, c) in self.items.iter().enumerate() {
            if !matches!(c, Child::Old(j, Patch::Same) if *j == i) {
                return false;
            }
        }
        true
    }
}

fn key(node: &Node) -> Option<&str> {
    match node {
        Node::El(e) => e.attr_value(KEY),
        Node::Text(_) => None,
    }
}

/// The patch turning `old` into `new`, or `None` when `old` cannot become `new` and a new node
/// must be built: text and element, or elements of different tags.
fn patch<'n>(old: &Node, new: &'n Node) -> Option<Patch<'n>> {
    match (old, new) {
        (Node::Text(a), Node::Text(b)) => Some(if a == b { Patch::Same } else { Patch::Text(b) }),
        (Node::El(a), Node::El(b)) if a.tag == b.tag => {
            let attrs = attrs(a, b);
            let children = diff_children(&a.children, &b.children);
            let children = (!children.is_unchanged(a.children.len())).then_some(children);
            Some(if attrs.is_empty() && children.is_none() { Patch::Same } else { Patch::El { attrs, children } })
        }
        _ => None,
    }
}

/// The attributes `new` sets that `old` did not set to the same value, then those only `old` had.
fn attrs<'n>(old: &El, new: &'n El) -> Vec<Attr<'n>> {
    // Plain loops: the `filter`/`map`/`collect` and `extend` chains cost their own iterator code in wasm.
    let mut out = Vec::new();
    for (name, value) in &new.attrs {
        if old.attr_value(name) != Some(value.as_str()) {
            out.push(Attr::Set(name, value.as_str()));
        }
    }
    for (name, _) in &old.attrs {
        if new.attr_value(name).is_none() {
            out.push(Attr::Remove(name));
        }
    }
    out
}

/// The unused old child with key `k`. Keys usually keep their order, so the search starts just
/// after the last one found, which makes the usual case one step per child.
fn find_key(old: &[Node], used: &[bool], k: &str, from: &mut usize) -> Option<usize> {
    let start = (*from).min(old.len());
    // One loop over the indices from `start`, wrapping round, in place of a `chain(..).find(..)`.
    for step in 0..old.len() {
        let j = (start + step) % old.len();
        if !used.get(j).copied().unwrap_or(true) && old.get(j).and_then(key) == Some(k) {
            *from = j + 1;
            return Some(j);
        }
    }
    None
}

/// How to turn the children `old` into the children `new` (see the module documentation).
pub fn diff_children<'n>(old: &[Node], new: &'n [Node]) -> Children<'n> {
    let mut used = vec![false; old.len()];
    // The next old child without a key is found by moving a cursor, not by a `filter` iterator.
    let mut unkeyed = 0;
    let mut from = 0;
    let mut items = Vec::with_capacity(new.len());
    for n in new {
        let candidate = match key(n) {
            Some(k) => find_key(old, &used, k, &mut from),
            None => {
                while old.get(unkeyed).is_some_and(|o| key(o).is_some()) {
                    unkeyed += 1;
                }
                let next = (unkeyed < old.len()).then_some(unkeyed);
                unkeyed += 1;
                next
            }
        };
        let kept = candidate.and_then(|j| Some((j, patch(old.get(j)?, n)?)));
        match kept {
            Some((j, p)) => {
                if let Some(u) = used.get_mut(j) {
                    *u = true;
                }
                items.push(Child::Old(j, p));
            }
            None => items.push(Child::New(n)),
        }
    }
    let mut removed = Vec::new();
    for (j, u) in used.iter().enumerate() {
        if !u {
            removed.push(j);
        }
    }
    Children { removed, items }
}
