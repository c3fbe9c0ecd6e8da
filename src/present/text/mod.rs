//! The text layer: the words, sentences, numbers and dates a reader sees, for one language.
//!
//! A message is a whole sentence with named arguments (`{file}`), never joined from pieces,
//! because word order differs between languages. A message that counts has a form for each of
//! CLDR's plural categories (one, few, many, other), chosen from the number by the language's
//! own rule (`PluralRule`), never by `n == 1`: Ukrainian and Russian need three forms where
//! English needs two. Messages are keyed by meaning (`Key::DataEmpty`, written `data.empty`), so
//! a correction in English orphans no translation.
//!
//! English is the catalogue the keys are declared with (`en.rs`); another language is another
//! catalogue of the same keys, plus the dataset's own texts in that language.

mod en;
mod message;
mod plural;

pub use en::Key;
pub use message::{fill, form, rich, Catalogue};
pub use plural::{Plural, PluralRule};

use super::node::{El, Node};
use crate::model::{fmt_num, Date};

/// A language the app is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// How this language chooses a plural form.
    pub fn plural_rule(self) -> PluralRule {
        match self {
            Lang::En => PluralRule::English,
        }
    }
}

/// The words of one language: its catalogue, and how it writes numbers and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    lang: Lang,
    messages: &'static Catalogue,
}

impl Text {
    pub fn new(lang: Lang) -> Text {
        match lang {
            Lang::En => Text { lang, messages: &en::EN },
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message as written in the catalogue, every form of it.
    fn msg(&self, key: Key) -> &'static str {
        self.messages.get(key as usize)
    }

    /// A message without arguments (for a message that counts, its last form).
    pub fn get(&self, key: Key) -> &'static str {
        form(self.msg(key), 0, 0)
    }

    /// A message with elements among its arguments, appended to `el` (see `rich`).
    pub fn rich(&self, el: El, key: Key, args: &mut [(&str, Node)]) -> El {
        rich(el, self.get(key), args)
    }

    /// A message with its named arguments filled in.
    pub fn fill(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.get(key), args)
    }

    /// A message that counts `n`, in the form the language takes for `n`, with `{n}` written as
    /// the language writes numbers and the other arguments filled in.
    pub fn count(&self, key: Key, n: usize, args: &[(&str, &str)]) -> String {
        let rule = self.lang.plural_rule();
        let template = form(self.msg(key), rule.form(n as u64), rule.categories());
        let counted = fill(template, &[("n", &self.number(n as f64))]);
        if args.is_empty() {
            counted
        } else {
            fill(&counted, args)
        }
    }

    /// A number as the language writes it: "250,000", "0.5".
    pub fn number(&self, v: f64) -> String {
        match self.lang {
            Lang::En => fmt_num(v),
        }
    }

    /// A date as the language writes it in running text: "3 October 2022".
    pub fn date(&self, d: Date) -> String {
        match self.lang {
            Lang::En => d.to_long(),
        }
    }
}

#[cfg(test)]
mod tests;
