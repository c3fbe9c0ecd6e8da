//! Draws `present::Node` trees into the page, and routes the page's clicks and changes.
//!
//! The first tree is built; every later one is patched in: `present::patch` says which nodes
//! stay and what changes on them, and this file only carries that out, so the elements that stay
//! keep the reader's open `<details>`, scroll positions and focus. Text goes in with
//! `createTextNode` and attribute values with `setAttribute`, so nothing from the dataset or the
//! URL is ever parsed as HTML.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use super::route::{location_path, Route};
use crate::model::Date;
use crate::present::patch::{diff_children, Attr, Child, Children, Patch};
use crate::present::protocol::{AS_OF, AS_OF_DATE, COPY, DATES, GO, SHARE_LINK, VIEW_HEADING};
use crate::present::Node;
use crate::text::{Key, Lang, Text};
use crate::url::{parse, to_query};

/// The namespace of `<svg>` and everything inside it: an element made by `createElement` there
/// would be an unknown HTML element, and would not draw.
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Builds a node; `svg` says its parent is in the SVG namespace.
fn build(doc: &Document, node: &Node, path: &str, svg: bool) -> Option<web_sys::Node> {
    let (made, svg) = make(doc, node, path, svg)?;
    if let Node::El(e) = node {
        for child in &e.children {
            if let Some(n) = build(doc, child, path, svg) {
                let _ = made.append_child(&n);
            }
        }
    }
    Some(made)
}

/// Makes a node without its children, and says whether they are in the SVG namespace.
fn make(doc: &Document, node: &Node, path: &str, svg: bool) -> Option<(web_sys::Node, bool)> {
    match node {
        Node::Text(t) => Some((doc.create_text_node(t).into(), svg)),
        Node::El(e) => {
            let svg = svg || e.tag == "svg";
            let elem = if svg { doc.create_element_ns(Some(SVG_NS), e.tag) } else { doc.create_element(e.tag) }.ok()?;
            for (name, value) in &e.attrs {
                let _ = elem.set_attribute(name, href_or(name, value, path));
            }
            Some((elem.into(), svg))
        }
    }
}

/// How many nodes `fill_in_parts` makes in one task. Measured in Chromium without throttling on the
/// default view, a thousand took 40–50 ms, which Lighthouse's 4× slower CPU counts as 150 ms of
/// blocking each; a task blocks a reader only for what it takes over 50 ms there.
const PART: usize = 250;

/// How many nodes `node` is, itself and everything under it.
fn size(node: &Node) -> usize {
    let mut n = 1;
    if let Node::El(e) = node {
        for child in &e.children {
            n += size(child);
        }
    }
    n
}

/// Makes the DOM under `root` the one drawn from `tree`, where it was drawn from `tree` with some
/// nodes left out (the prerendered first screen, `present::first_screen`, or everything: an empty
/// `root`), about `PART` nodes in each task so that no task blocks a reader for long. Each missing
/// node goes in whole where it is small, so nothing shows half drawn; a larger one goes in bare and
/// is filled like the rest. With `check`, it changes nothing and only says whether the DOM is such
/// a page: its nodes, tags and text are the tree's, in order, with some left out.
pub async fn fill_in_parts(root: &Element, tree: &Node, check: bool) -> bool {
    let doc = document();
    let path = location_path();
    // Each DOM node still to fill, with the children the tree gives it and whether they are SVG.
    let mut todo: Vec<(web_sys::Node, &[Node], bool)> = vec![(root.clone().into(), std::slice::from_ref(tree), false)];
    let mut made = 0;
    while let Some((parent, children, svg)) = todo.pop() {
        let mut cursor = parent.first_child();
        for child in children {
            let here = cursor.clone().filter(|n| match child {
                Node::El(e) => n.node_name().eq_ignore_ascii_case(e.tag),
                Node::Text(t) => n.node_value().as_deref() == Some(t.as_str()),
            });
            let (node, in_svg) = match here {
                Some(node) => {
                    cursor = node.next_sibling();
                    (node, svg || matches!(child, Node::El(e) if e.tag == "svg"))
                }
                None if check => continue,
                None => {
                    let whole = size(child);
                    if whole > PART {
                        let Some((node, in_svg)) = make(&doc, child, &path, svg) else { continue };
                        let _ = parent.insert_before(&node, cursor.as_ref());
                        made += 1;
                        (node, in_svg)
                    } else {
                        if let Some(node) = build(&doc, child, &path, svg) {
                            let _ = parent.insert_before(&node, cursor.as_ref());
                        }
                        made += whole;
                        if made >= PART {
                            made = 0;
                            super::task::next_task().await;
                        }
                        continue;
                    }
                }
            };
            if let Node::El(e) = child {
                todo.push((node, &e.children, in_svg));
            }
        }
        if check && cursor.is_some() {
            return false;
        }
    }
    true
}

/// A link to the default view has an empty query: it points at the page itself.
fn href_or<'a>(name: &str, value: &'a str, path: &'a str) -> &'a str {
    if name == "href" && value.is_empty() {
        path
    } else {
        value
    }
}

/// Once a reader has used a form control, its attributes are only its defaults: the state the
/// page must show goes into the matching property too.
fn set_property(elem: &Element, name: &str, value: Option<&str>) {
    match name {
        "value" => {
            if let Some(input) = elem.dyn_ref::<HtmlInputElement>() {
                input.set_value(value.unwrap_or_default());
            }
        }
        "checked" => {
            if let Some(input) = elem.dyn_ref::<HtmlInputElement>() {
                input.set_checked(value.is_some());
            }
        }
        // Through `Reflect`, which needs no further web-sys feature for one property.
        "selected" if elem.tag_name() == "OPTION" => {
            let _ = js_sys::Reflect::set(elem, &"selected".into(), &value.is_some().into());
        }
        _ => {}
    }
}

fn apply(doc: &Document, node: &web_sys::Node, patch: &Patch, path: &str) {
    match patch {
        Patch::Same => {}
        Patch::Text(text) => node.set_node_value(Some(text)),
        Patch::El { attrs, children } => {
            let Some(elem) = node.dyn_ref::<Element>() else {
                return;
            };
            for attr in attrs {
                match *attr {
                    Attr::Set(name, value) => {
                        let value = href_or(name, value, path);
                        let _ = elem.set_attribute(name, value);
                        set_property(elem, name, Some(value));
                    }
                    Attr::Remove(name) => {
                        let _ = elem.remove_attribute(name);
                        set_property(elem, name, None);
                    }
                }
            }
            if let Some(children) = children {
                apply_children(doc, elem, children, path);
            }
        }
    }
}

/// Makes `parent`'s children the patched ones. Its DOM children are those drawn from the old
/// tree, one for one, so an old child's index finds its node.
fn apply_children(doc: &Document, parent: &Element, children: &Children, path: &str) {
    // Every element outside an `<svg>` here is an HTML element; this test needs no new binding.
    let svg = !parent.is_instance_of::<HtmlElement>();
    let mut old = Vec::new();
    let mut cursor = parent.first_child();
    while let Some(node) = cursor {
        cursor = node.next_sibling();
        old.push(node);
    }
    // A plain loop rather than a `filter_map` chain, which cost its own iterator code in wasm.
    for &j in &children.removed {
        if let Some(node) = old.get(j) {
            let _ = parent.remove_child(node);
        }
    }
    // `next` is the node the next child belongs in front of; a kept child already there stays.
    let mut next = parent.first_child();
    for child in &children.items {
        let node = match child {
            Child::Old(j, patch) => {
                let Some(node) = old.get(*j) else { continue };
                apply(doc, node, patch, path);
                node.clone()
            }
            Child::New(n) => {
                let Some(node) = build(doc, n, path, svg) else { continue };
                node
            }
        };
        if node.is_same_node(next.as_ref()) {
            next = node.next_sibling();
        } else {
            let _ = parent.insert_before(&node, next.as_ref());
        }
    }
}

fn focus_by_id(doc: &Document, id: &str) -> bool {
    match doc.get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        Some(e) => e.focus().is_ok(),
        None => false,
    }
}

/// Turns the content of `root`, drawn from `old` (nothing on the first call), into `new`,
/// keeping keyboard focus where the reader was: on the control with the same id, or on the new
/// view's heading after following a link. The first draw (`follow` false) leaves focus alone: a
/// reader may already have tabbed into the prerendered page, and followed nothing.
pub fn patch(root: &Element, old: Option<&Node>, new: &Node, follow: bool) {
    let doc = document();
    let active = doc.active_element();
    let was_inside = active.as_ref().is_some_and(|a| root.contains(Some(a)));
    let active_id = active.map(|a| a.id()).unwrap_or_default();
    let old = old.map(std::slice::from_ref).unwrap_or_default();
    let changes = diff_children(old, std::slice::from_ref(new));
    apply_children(&doc, root, &changes, &location_path());
    if was_inside && follow {
        let kept = !active_id.is_empty() && focus_by_id(&doc, &active_id);
        if !kept {
            focus_by_id(&doc, VIEW_HEADING);
        }
    }
}

// ---- Newsroom: copy and share ----

/// Calls `navigator.share(arg)` or `navigator.clipboard.writeText(arg)` through `Reflect`, which
/// needs no web-sys feature; false when the browser has no such method.
fn call_navigator(object: &str, method: &str, arg: &wasm_bindgen::JsValue) -> bool {
    let mut target: wasm_bindgen::JsValue = window().navigator().into();
    if !object.is_empty() {
        target = js_sys::Reflect::get(&target, &object.into()).unwrap_or_default();
    }
    let f = js_sys::Reflect::get(&target, &method.into()).unwrap_or_default();
    f.dyn_ref::<js_sys::Function>().is_some_and(|f| f.call1(&target, arg).is_ok())
}

/// Shows the share box's "Share…" button where the browser has a system share sheet.
pub fn offer_share() {
    if js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false) {
        if let Ok(Some(button)) = document().query_selector("[data-share]") {
            let _ = button.remove_attribute("hidden");
        }
    }
}

/// The value of the share box's field `id`.
fn field_value(id: &str) -> wasm_bindgen::JsValue {
    let field = document().get_element_by_id(id);
    field.and_then(|f| js_sys::Reflect::get(&f, &"value".into()).ok()).unwrap_or_default()
}

/// A copy button: copies its field's value and says so on the button. (The fields are read-only
/// inputs, so a reader whose browser refuses the clipboard can still select and copy by hand.)
fn copy_from(button: &Element) {
    let value = field_value(&button.get_attribute(COPY).unwrap_or_default());
    if call_navigator("clipboard", "writeText", &value) {
        button.set_text_content(Some(Text::new(Lang::En).get(Key::ShareCopied)));
    }
}

/// The system share sheet, with the permalink.
fn share_link() {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &field_value(SHARE_LINK));
    call_navigator("", "share", &data);
}

fn target_element(ev: &web_sys::Event) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()
}

/// Plain clicks on `a[data-go]` stay in the page; clicks that open a new tab or window do not.
pub fn on_click(route: Route, ev: web_sys::MouseEvent) {
    if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let Some(target) = target_element(&ev) else { return };
    if let Ok(Some(button)) = target.closest("[data-copy]") {
        copy_from(&button);
        return;
    }
    if let Ok(Some(_)) = target.closest("[data-share]") {
        share_link();
        return;
    }
    let Some(link) = target.closest("a[data-go]").ok().flatten() else {
        return;
    };
    ev.prevent_default();
    route.go(&link.get_attribute("href").unwrap_or_default(), false);
}

/// The date slider's date, from its value and its `data-dates` attribute.
fn slider_date(input: &HtmlInputElement) -> Option<Date> {
    let ix: usize = input.value().parse().ok()?;
    let dates = input.get_attribute(DATES)?;
    dates.split(' ').nth(ix).and_then(Date::parse)
}

/// A picker (`select[data-go]`) opens the link in its chosen option; the date slider sets `date`.
pub fn on_change(route: Route, ev: web_sys::Event) {
    let Some(target) = target_element(&ev) else {
        return;
    };
    if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        if select.has_attribute(GO) {
            route.go(&select.value(), false);
        }
        return;
    }
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        if input.id() == AS_OF {
            let Some(date) = slider_date(input) else {
                return;
            };
            let last = input.max().parse::<usize>().ok() == input.value().parse::<usize>().ok();
            let (mut state, _) = parse(&window().location().search().unwrap_or_default());
            state.date = (!last).then_some(date);
            route.go(&to_query(&state), true);
        }
    }
}

/// While the slider moves, its label follows without re-drawing the page.
pub fn on_input(ev: web_sys::Event) {
    let Some(input) = target_element(&ev).and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
        return;
    };
    if input.id() != AS_OF {
        return;
    }
    if let Some(date) = slider_date(&input) {
        let words = Text::new(Lang::En).date(date);
        if let Some(label) = document().get_element_by_id(AS_OF_DATE) {
            label.set_text_content(Some(&words));
        }
        let _ = input.set_attribute("aria-valuetext", &words);
    }
}
