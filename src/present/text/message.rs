//! A message: its forms, and how its named arguments are filled in, as text or as elements.

use crate::present::node::{El, Node};

/// The form of a message at place `category` among the language's plural forms. A message that
/// counts lists its forms separated by `|`, in the order of the language's categories
/// (`PluralRule::form`): "one|other" in English, "one|few|many" in Ukrainian and Russian. A message
/// with one form has it for every number. (One string a message, rather than an array of four,
/// keeps a catalogue a quarter of the size in the wasm.)
pub fn form(message: &str, category: usize, categories: usize) -> &str {
    let mut forms = message.split('|');
    let count = message.matches('|').count() + 1;
    let at = if count == categories { category } else { count - 1 };
    forms.nth(at).unwrap_or(message)
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
