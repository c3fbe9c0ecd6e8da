//! A message: its forms, and how its named arguments are filled in; a catalogue of messages.

/// A language's messages, in `Key`'s order: all of them in one text, each ended by a line break
/// (no message holds one), and where each ends, found once at the first lookup. (A table of ends
/// written into the wasm cost 835 bytes gzipped; finding them takes one pass over the text.)
#[derive(Debug)]
pub struct Catalogue {
    pub(super) text: &'static str,
    ends: std::sync::OnceLock<Vec<u32>>,
}

impl PartialEq for Catalogue {
    fn eq(&self, other: &Catalogue) -> bool {
        self.text == other.text
    }
}

impl Eq for Catalogue {}

impl Catalogue {
    /// The catalogue of `text`, each message ended by `\n`.
    pub const fn new(text: &'static str) -> Catalogue {
        Catalogue { text, ends: std::sync::OnceLock::new() }
    }

    fn ends(&self) -> &[u32] {
        self.ends.get_or_init(|| {
            let mut ends = Vec::new();
            for (i, b) in self.text.bytes().enumerate() {
                if b == b'\n' {
                    ends.push(i as u32);
                }
            }
            ends
        })
    }

    /// Message `i`, or nothing when there is no such message.
    pub(super) fn get(&self, i: usize) -> &'static str {
        let ends = self.ends();
        let start = match i.checked_sub(1) {
            Some(j) => ends.get(j).map(|&e| e + 1),
            None => Some(0),
        };
        match (start, ends.get(i)) {
            (Some(start), Some(&end)) => self.text.get(start as usize..end as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// How many messages it has.
    pub fn len(&self) -> usize {
        self.ends().len()
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.ends().is_empty()
    }
}

/// The form of a message at place `category` among the language's plural forms. A message that
/// counts lists its forms separated by `|`, in the order of the language's categories
/// (`PluralRule::form`): "one|other" in English, "one|few|many" in Ukrainian and Russian. A message
/// with one form has it for every number, and one with another number of forms than the language
/// has categories gives its last. (One string a message, rather than an array of four, keeps a
/// catalogue a quarter of the size in the wasm.)
pub fn form(message: &str, category: usize, categories: usize) -> &str {
    let mut forms = 0;
    for _ in message.split('|') {
        forms += 1;
    }
    let at = if forms == categories { category } else { forms - 1 };
    for (i, f) in message.split('|').enumerate() {
        if i == at {
            return f;
        }
    }
    message
}

/// The text before the first `{name}` of `template`, the name, and what follows it; `None` when
/// there is none.
pub fn next_argument(template: &str) -> Option<(&str, &str, &str)> {
    let (before, rest) = template.split_once('{')?;
    let (name, after) = rest.split_once('}')?;
    Some((before, name, after))
}

/// `template` with each `{name}` replaced by its value in `args`. A name without a value is left
/// as written, so that it shows instead of vanishing; a value is not read again for names.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some((before, name, after)) = next_argument(rest) {
        out.push_str(before);
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => out.push_str(v),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = after;
    }
    out.push_str(rest);
    out
}
