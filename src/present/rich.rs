//! Sentences with elements inside them: a message of the text layer whose arguments are links,
//! dates or marks, appended to an element in the language's own word order.

use super::node::{El, Node};
use crate::text::{next_argument, Key, Text};

/// Appends `template` to `el`: its words as text, and each `{name}` as the node given for it, for
/// a sentence with a link, a date or a mark inside it, whose words and their order are the
/// language's. A name without a node is kept as written, so that it shows instead of vanishing.
pub fn rich(mut el: El, template: &str, args: &mut [(&str, Node)]) -> El {
    let mut rest = template;
    while let Some((before, name, after)) = next_argument(rest) {
        el = el.add(before);
        el = match args.iter_mut().find(|(k, _)| *k == name) {
            Some((_, node)) => el.add(std::mem::replace(node, Node::Text(String::new()))),
            None => el.add(["{", name, "}"].concat()),
        };
        rest = after;
    }
    el.add(rest)
}

/// `Text::rich`: a message of the text layer, with elements among its arguments, appended to `el`.
pub trait RichText {
    fn rich(&self, el: El, key: Key, args: &mut [(&str, Node)]) -> El;
}

impl RichText for Text {
    fn rich(&self, el: El, key: Key, args: &mut [(&str, Node)]) -> El {
        rich(el, self.get(key), args)
    }
}
