//! CLDR's plural categories, and the rules that choose one from a number.

/// CLDR's plural categories, in the order a message lists its forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

/// The plural rules of the languages the app is written in or is being written in, from CLDR's
/// tables for whole numbers (the app counts things).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralRule {
    /// English: one for 1, other for the rest.
    English,
    /// Ukrainian and Russian: one for 1, 21, 31, …, 101 (but not 11); few for 2–4, 22–24, …
    /// (but not 12–14); many for the rest (0, 5–20, 25–30, …, 111–114).
    EastSlavic,
}

impl PluralRule {
    /// How many forms a message that counts has in a language with this rule. CLDR's "other"
    /// of Ukrainian and Russian is for fractions, which the app never counts.
    pub fn categories(self) -> usize {
        match self {
            PluralRule::English => 2,
            PluralRule::EastSlavic => 3,
        }
    }

    /// Which of a message's forms `n` takes: the place of its category among the rule's
    /// categories (English: one, other; Ukrainian and Russian: one, few, many).
    pub fn form(self, n: u64) -> usize {
        match self.category(n) {
            Plural::One => 0,
            Plural::Few | Plural::Other => 1,
            Plural::Many => 2,
        }
    }

    /// The CLDR category of `n`.
    pub fn category(self, n: u64) -> Plural {
        match self {
            PluralRule::English if n == 1 => Plural::One,
            PluralRule::English => Plural::Other,
            PluralRule::EastSlavic => match (n % 10, n % 100) {
                (1, m) if m != 11 => Plural::One,
                (2..=4, m) if !(12..=14).contains(&m) => Plural::Few,
                _ => Plural::Many,
            },
        }
    }
}
