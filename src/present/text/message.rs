//! A message: its forms, and how its named arguments are filled in, as text or as elements.

use crate::present::node::{El, Node};

/// One message of a catalogue: a sentence, or one sentence per plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Text(&'static str),
    /// The forms for one, few, many and other.
    Count([&'static str; 4]),
}

/// An English message that counts: English has only one and other.
pub(super) const fn count(one: &'static str, other: &'static str) -> Msg {
    Msg::Count([one, other, other, other])
}

/// Appends `template` to `el`: its words as text, and each `{name}` as the node given for it, for
/// a sentence with a link, a date or a mark inside it, whose words and their order are the
/// language's. A name without a node is kept as written.
pub fn rich(mut el: El, template: &str, mut args: Vec<(&str, Node)>) -> El {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        el = el.add(&rest[..open]);
        let after = &rest[open + 1..];
        let slot = after.find('}').and_then(|close| {
            let name = &after[..close];
            Some((args.iter_mut().find(|(k, _)| *k == name)?, close))
        });
        match slot {
            Some(((_, node), close)) => {
                el = el.add(std::mem::replace(node, Node::Text(String::new())));
                rest = &after[close + 1..];
            }
            None => {
                el = el.add("{");
                rest = after;
            }
        }
    }
    el.add(rest)
}

/// `template` with each `{name}` replaced by its value in `args`. A name without a value is left
/// as written, so a missing argument shows instead of vanishing; `{` without a name is kept.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
