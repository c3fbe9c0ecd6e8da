//! Enums whose values are words in a file or a URL, each declared as one table.
//!
//! `keywords!` declares the enum and its words together, so that the parser, the word written
//! back (`as_str`) and the JSON Schema's `enum` list all come from the same lines and cannot
//! drift apart. The messages that list the words are whole sentences in the text layer; the tests
//! check each list against the table with `expected`.

/// Words as an English message lists them: `a`, `a or b`, `a, b or c`; for the tests that check
/// the text layer's lists against the tables (the app writes no list this way).
pub fn one_of(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [only] => (*only).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Declares an enum from a table of `Variant = "word"` lines and gives it:
/// `ALL` (every value, in table order), `WORDS` (their words, in the same order),
/// `as_str`, `parse` and `expected` (the words as "a, b or c", which tests compare the messages with).
macro_rules! keywords {
    (
        $(#[$attr:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_attr:meta])* $variant:ident = $word:literal,)+
        }
    ) => {
        $(#[$attr])*
        $vis enum $name {
            $($(#[$variant_attr])* $variant,)+
        }

        impl $name {
            /// Every value, in the order of the table.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word for each value, in the order of the table.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            /// The word for this value.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }

            /// The value for a word, if it is one of the table's.
            pub fn parse(word: &str) -> Option<$name> {
                match word {
                    $($word => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The words as "a, b or c", for a message that says what was expected.
            pub fn expected() -> String {
                $crate::model::keyword::one_of(Self::WORDS)
            }
        }
    };
}

pub(crate) use keywords;

#[cfg(test)]
mod tests {
    use super::one_of;

    #[test]
    fn lists_read_as_a_sentence() {
        assert_eq!(one_of(&[]), "");
        assert_eq!(one_of(&["a"]), "a");
        assert_eq!(one_of(&["a", "b"]), "a or b");
        assert_eq!(one_of(&["a", "b", "c"]), "a, b or c");
    }
}
