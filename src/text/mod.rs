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
mod number;
mod plural;

pub use en::Key;
pub use message::{fill, form, next_argument, Catalogue};
pub use plural::{Plural, PluralRule};

pub use number::grouped;

use std::cell::Cell;

/// A language the app is written in. English is compiled into the app; another language's
/// catalogue is a file (`text/uk.txt`) that the browser loads for a page in that language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Uk,
    Ru,
}

impl Lang {
    /// Every language, in the order the language switch lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Uk, Lang::Ru];

    /// How this language chooses a plural form.
    pub fn plural_rule(self) -> PluralRule {
        match self {
            Lang::En => PluralRule::English,
            Lang::Uk | Lang::Ru => PluralRule::EastSlavic,
        }
    }

    /// Its BCP 47 code, as `lang=` and `<html lang>` write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
        }
    }

    /// The language a code names, if the app has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name for itself, as the language switch shows it in every language.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
        }
    }

    /// Where the build writes the language's catalogue file, relative to the page.
    pub fn file(self) -> &'static str {
        match self {
            Lang::En => ENGLISH_FILE,
            Lang::Uk => "text/uk.txt",
            Lang::Ru => "text/ru.txt",
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
        let messages = match lang {
            Lang::En => &en::EN,
            other => translated(other),
        };
        Text { lang, messages }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message as written in the catalogue, every form of it; empty when the catalogue that
    /// holds it has not been loaded (the messages loaded on demand, in the browser, before
    /// `install`), which `missed_a_message` then says.
    fn msg(&self, key: Key) -> &'static str {
        let m = self.msg_at(key as usize);
        if m.is_empty() {
            MISSED.set(true);
        }
        m
    }

    /// Message `i` in `Key`'s order, every form of it; empty when it is not loaded.
    fn msg_at(&self, i: usize) -> &'static str {
        match (self.lang, i.checked_sub(Key::ON_DEMAND)) {
            (Lang::En, Some(j)) => on_demand(j),
            _ => self.messages.get(i),
        }
    }

    /// A message without arguments (for a message that counts, its last form).
    pub fn get(&self, key: Key) -> &'static str {
        form(self.msg(key), 0, 0)
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

    /// A number as the language writes it: "250,000", "0.5"; "no limit" for infinity.
    pub fn number(&self, v: f64) -> String {
        // Ukrainian and Russian group thousands with a space that does not break ("200 000").
        let (group, decimal) = match self.lang {
            Lang::En => (",", '.'),
            Lang::Uk | Lang::Ru => ("\u{a0}", ','),
        };
        match grouped(v, group, decimal) {
            Some(s) => s,
            None if v == f64::INFINITY => self.get(Key::NumberNoLimit).to_string(),
            None if v.is_nan() => "?".to_string(),
            None => self.get(Key::NumberTooLarge).to_string(),
        }
    }

    /// A date as the language writes it in running text: "3 October 2022".
    pub fn date(&self, d: impl CalendarDate) -> String {
        let (year, month, day) = d.ymd();
        let month = Key::MONTHS.get(usize::from(month).wrapping_sub(1)).map_or("?", |&k| self.get(k));
        self.fill(Key::DateLong, &[("day", &day.to_string()), ("month", month), ("year", &year.to_string())])
    }

    /// A month and year, as in "February 2025 has 28 days".
    pub fn month_year(&self, year: i32, month: u8) -> String {
        let name = Key::MONTHS_ALONE.get(usize::from(month).wrapping_sub(1)).map_or("?", |&k| self.get(k));
        self.fill(Key::DateMonthYear, &[("month", name), ("year", &year.to_string())])
    }

    /// A message built by a layer below this one (a diagnostic, a notice), in this language. A
    /// message whose catalogue is not loaded reads as its key's number and its arguments
    /// (`#212: "nato"`), which with the diagnostic's path still says what and where.
    pub fn say(&self, m: &Message) -> String {
        if self.msg(m.key).is_empty() {
            let mut out = ["#", &(m.key as usize).to_string()].concat();
            for (i, (_, a)) in m.args.iter().enumerate() {
                out.push_str(if i == 0 { ": " } else { ", " });
                out.push_str(&self.arg(a));
            }
            return out;
        }
        let written: Vec<String> = m.args.iter().map(|(_, a)| self.arg(a)).collect();
        let mut args: Vec<(&str, &str)> = Vec::new();
        for ((name, _), value) in m.args.iter().zip(&written) {
            args.push((*name, value.as_str()));
        }
        match m.count {
            Some(n) => self.count(m.key, n, &args),
            None => self.fill(m.key, &args),
        }
    }

    fn arg(&self, a: &Arg) -> String {
        match a {
            Arg::Text(s) => s.clone(),
            Arg::Number(v) => self.number(*v),
            Arg::MonthYear(year, month) => self.month_year(*year, *month),
            Arg::Message(m) => self.say(m),
        }
    }
}

thread_local!(static MISSED: Cell<bool> = const { Cell::new(false) });

/// Whether a page drawn since the last call asked for a message that is not loaded yet (and so
/// shows its number in its place): the browser then loads them (`install`) and draws it again.
pub fn missed_a_message() -> bool {
    MISSED.replace(false)
}

/// The message `j` of those loaded on demand (counted from `Key::ON_DEMAND`): compiled in,
/// outside the browser.
#[cfg(not(target_arch = "wasm32"))]
fn on_demand(j: usize) -> &'static str {
    if BEFORE_LOADING.get() {
        ""
    } else {
        en::EN_ON_DEMAND.get(j)
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local!(static BEFORE_LOADING: Cell<bool> = const { Cell::new(false) });

/// Runs `f` with only the messages compiled into the app, as the browser has them before it
/// loads the rest: a test draws a page in it to see whether the page needs more
/// (`missed_a_message`).
#[cfg(not(target_arch = "wasm32"))]
pub fn before_loading<R>(f: impl FnOnce() -> R) -> R {
    BEFORE_LOADING.set(true);
    let r = f();
    BEFORE_LOADING.set(false);
    r
}

/// The message `j` of those loaded on demand, in the browser: from the catalogue file loaded by
/// `install` once something is wrong; they are not in the app's wasm, which every reader downloads.
#[cfg(target_arch = "wasm32")]
fn on_demand(j: usize) -> &'static str {
    translated(Lang::En).get(Key::ON_DEMAND + j)
}

/// The catalogue of a language other than English: compiled in outside the browser.
#[cfg(not(target_arch = "wasm32"))]
fn translated(lang: Lang) -> &'static Catalogue {
    use std::sync::LazyLock;
    static EMPTY: Catalogue = Catalogue::new("");
    static UK: LazyLock<Result<Catalogue, String>> = LazyLock::new(|| parse_catalogue(include_str!("uk.txt")));
    static RU: LazyLock<Result<Catalogue, String>> = LazyLock::new(|| parse_catalogue(include_str!("ru.txt")));
    let found = match lang {
        Lang::Uk => &*UK,
        Lang::Ru => &*RU,
        Lang::En => return &EMPTY,
    };
    if BEFORE_LOADING.get() {
        return &EMPTY;
    }
    found.as_ref().unwrap_or(&EMPTY)
}

/// The catalogue the browser loaded (`install`): the page's language's, or English's messages
/// loaded on demand; empty until it is in.
#[cfg(target_arch = "wasm32")]
fn translated(lang: Lang) -> &'static Catalogue {
    static EMPTY: Catalogue = Catalogue::new("");
    INSTALLED.get().filter(|(l, _)| *l == lang).map_or(&EMPTY, |(_, c)| c)
}

#[cfg(target_arch = "wasm32")]
static INSTALLED: std::sync::OnceLock<(Lang, Catalogue)> = std::sync::OnceLock::new();

/// Installs a catalogue file as the build writes it (every key, in `Key`'s order): the messages
/// of `lang` that the app does not hold, in the browser (for English, those loaded on demand).
/// The first one installed stays: a page is in one language. The names are not read: the build
/// wrote them, and the app's wasm does not carry them (a table of every name would cost more than
/// the messages it saves).
pub fn install(lang: Lang, file: &str) -> Result<(), ()> {
    let mut text = String::new();
    for line in file.lines() {
        let (_, message) = line.split_once(" = ").ok_or(())?;
        text.push_str(message);
        text.push('\n');
    }
    let catalogue = Catalogue::new(String::leak(text));
    if catalogue.len() != Key::NAMES.len() {
        return Err(());
    }
    #[cfg(target_arch = "wasm32")]
    let _ = INSTALLED.set((lang, catalogue));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, catalogue);
    Ok(())
}

/// Whether the messages loaded on demand can be written, or must be loaded first (`install`).
pub fn has_on_demand_messages() -> bool {
    !on_demand(0).is_empty()
}

/// Reads a catalogue file as a translator writes it: a line a message, `key.name = message`, in
/// any order; blank lines and lines starting with `#` are notes. Every key must have a message
/// and each only one, and no other name may appear: the error names the line. (The build checks
/// files with it; the browser reads only what the build wrote, with `install`.)
pub fn parse_catalogue(file: &str) -> Result<Catalogue, String> {
    let mut found: Vec<Option<&str>> = vec![None; Key::NAMES.len()];
    for (n, line) in file.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = Key::NAMES.iter().position(|k| line.split_once(" = ").is_some_and(|(name, _)| name == *k));
        match (at, line.split_once(" = ")) {
            (Some(i), Some((_, message))) if found[i].is_none() => found[i] = Some(message),
            (Some(_), _) => return Err(format!("line {}: a second message for the same key", n + 1)),
            _ => return Err(format!("line {}: not `key = message` with a key the app knows", n + 1)),
        }
    }
    let mut text = String::new();
    for (i, message) in found.iter().enumerate() {
        let Some(message) = message else { return Err(format!("no message for {}", Key::NAMES[i])) };
        text.push_str(message);
        text.push('\n');
    }
    // Installed once per page and kept for its life.
    Ok(Catalogue::new(String::leak(text)))
}

/// Where the build writes the English catalogue file, relative to the page.
pub const ENGLISH_FILE: &str = "text/en.txt";

/// Where the build writes every language's catalogue file (`Lang::file`), relative to the page.
pub const TEXT_FOLDER: &str = "text/";

/// A language as a catalogue file, every key with its message in `Key`'s order
/// (`parse_catalogue` reads it): what the build writes as `text/en.txt` (English's, for the
/// browser to load on demand and for a translator to start from) and `text/uk.txt`.
pub fn catalogue_file(lang: Lang) -> String {
    let text = Text::new(lang);
    let mut out = String::new();
    for (i, name) in Key::NAMES.iter().enumerate() {
        out.push_str(name);
        out.push_str(" = ");
        out.push_str(text.msg_at(i));
        out.push('\n');
    }
    out
}

/// English as a catalogue file (`catalogue_file`).
pub fn english_file() -> String {
    catalogue_file(Lang::En)
}

/// A date the text layer can write: its year, month (1–12) and day.
pub trait CalendarDate {
    fn ymd(&self) -> (i32, u8, u8);
}

/// A message with its arguments, made where the words are not known (a dataset's diagnostics,
/// the URL's notices) and written in the reader's language by `Text::say`. Arguments are text
/// already written: ids, paths, quoted values, numbers written with `Text::number`'s English
/// separators where the layer below has no language.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
pub struct Message {
    pub key: Key,
    /// The number a message that counts is counted by (`{n}`).
    pub count: Option<usize>,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message in English, for the command line and the tests; the page writes it in its own
/// language with `Text::say`.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Text::new(Lang::En).say(self))
    }
}

/// An argument of a `Message`: text written already, or something each language writes itself.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
pub enum Arg {
    /// An id, a path, a quoted value: the same in every language.
    Text(String),
    Number(f64),
    /// A month (1–12) and its year.
    MonthYear(i32, u8),
    /// A message inside a message ("… is not a real date: {reason}").
    Message(Box<Message>),
}

impl Message {
    pub fn new(key: Key) -> Message {
        Message { key, count: None, args: Vec::new() }
    }

    /// The message with argument `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// The message with argument `name` set to a number, written as the language writes numbers.
    pub fn number(mut self, name: &'static str, v: f64) -> Message {
        self.args.push((name, Arg::Number(v)));
        self
    }

    /// The message with argument `name` set to another message.
    pub fn message(mut self, name: &'static str, m: Message) -> Message {
        self.args.push((name, Arg::Message(Box::new(m))));
        self
    }

    /// The message with argument `name` set to a month and year.
    pub fn month_year(mut self, name: &'static str, year: i32, month: u8) -> Message {
        self.args.push((name, Arg::MonthYear(year, month)));
        self
    }

    /// The message counted by `n`.
    pub fn counting(mut self, n: usize) -> Message {
        self.count = Some(n);
        self
    }
}

#[cfg(test)]
mod tests;
