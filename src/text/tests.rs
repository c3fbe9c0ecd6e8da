//! The text layer's rules, worked by hand.

use super::*;

#[test]
fn english_has_one_and_other() {
    let forms: Vec<Plural> = [0, 1, 2, 5, 11, 21, 101].iter().map(|&n| PluralRule::English.category(n)).collect();
    use Plural::*;
    assert_eq!(forms, [Other, One, Other, Other, Other, Other, Other]);
}

#[test]
fn ukrainian_and_russian_have_one_few_and_many() {
    use Plural::*;
    // CLDR: one 1, 21, 31, 101; few 2–4, 22–24, 102; many 0, 5–20, 25, 111–114.
    let cases = [
        (0, Many),
        (1, One),
        (2, Few),
        (4, Few),
        (5, Many),
        (11, Many),
        (12, Many),
        (14, Many),
        (20, Many),
        (21, One),
        (22, Few),
        (25, Many),
        (101, One),
        (102, Few),
        (111, Many),
        (112, Many),
        (114, Many),
        (121, One),
    ];
    for (n, want) in cases {
        assert_eq!(PluralRule::EastSlavic.category(n), want, "{n}");
    }
}

#[test]
fn a_message_that_counts_takes_the_form_of_its_number() {
    assert_eq!(form("{n} error|{n} errors", PluralRule::English.form(1), 2), "{n} error");
    assert_eq!(form("{n} error|{n} errors", PluralRule::English.form(21), 2), "{n} errors");
    let uk = "{n} помилка|{n} помилки|{n} помилок";
    assert_eq!(form(uk, PluralRule::EastSlavic.form(21), 3), "{n} помилка");
    assert_eq!(form(uk, PluralRule::EastSlavic.form(3), 3), "{n} помилки");
    assert_eq!(form(uk, PluralRule::EastSlavic.form(11), 3), "{n} помилок");
    // One form serves every number; a catalogue with too few forms falls back to its last.
    assert_eq!(form("{n} MB", 2, 3), "{n} MB");
    assert_eq!(form("a|b", 2, 3), "b");
    let en = Text::new(Lang::En);
    assert_eq!(en.count(Key::ProblemsErrors, 1, &[]), "1 error");
    assert_eq!(en.count(Key::ProblemsWarnings, 1200, &[]), "1,200 warnings");
}

#[test]
fn fill_puts_each_argument_in_its_place_and_leaves_the_rest() {
    assert_eq!(fill("{a} and {b}", &[("b", "2"), ("a", "1")]), "1 and 2");
    assert_eq!(fill("{a} and {c}", &[("a", "1")]), "1 and {c}");
    assert_eq!(fill("a { b", &[]), "a { b");
    assert_eq!(fill("a } {b", &[("b", "2")]), "a } {b");
    assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
    // A value that looks like an argument is not filled again.
    assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "B")]), "{b} B");
}

#[test]
fn every_key_has_an_english_message_and_a_unique_name() {
    let en = Text::new(Lang::En);
    for (i, name) in Key::NAMES.iter().enumerate() {
        assert!(!name.is_empty() && Key::NAMES[..i].iter().all(|n| n != name), "{name}");
        let key_message = if i < Key::ON_DEMAND { en.messages.get(i) } else { on_demand(i - Key::ON_DEMAND) };
        assert!(!key_message.is_empty(), "{name} has no English");
    }
    assert_eq!(Key::ON_DEMAND, en.messages.len());
    assert_eq!(Key::NAMES.len() - Key::ON_DEMAND, en::EN_ON_DEMAND.len());
    // The catalogue's text is cut where each message ends: the first and the last come out whole.
    assert_eq!(en.get(Key::AppName), "Common Ground");
    assert_eq!(en.get(Key::DataNothingToShow), "The dataset {file} has no valid parties or issues to show.");
    assert_eq!(en.get(Key::DiagStepView), "{value} is not a view this dataset can open: {notice}");
    assert_eq!(en.messages.get(Key::NAMES.len()), "");
}

#[test]
fn the_english_file_reads_back_as_the_same_messages() {
    let file = english_file();
    let read = parse_catalogue(&file).expect("the English file reads");
    let en = Text::new(Lang::En);
    for i in 0..Key::NAMES.len() {
        let want = if i < Key::ON_DEMAND { en.messages.get(i) } else { on_demand(i - Key::ON_DEMAND) };
        assert_eq!(read.get(i), want, "{}", Key::NAMES[i]);
    }
    // Notes and blank lines are skipped; the order of the lines does not matter.
    let reordered: String = file.lines().rev().map(|l| l.to_string() + "\n\n# a note\n").collect();
    assert_eq!(parse_catalogue(&reordered).map(|c| c.get(0)), Ok(en.messages.get(0)));
}

#[test]
fn a_broken_catalogue_file_says_which_line() {
    let file = english_file();
    let unknown = file.clone() + "no.such-key = x\n";
    let n = file.lines().count() + 1;
    assert_eq!(
        parse_catalogue(&unknown).map(|_| ()),
        Err(format!("line {n}: not `key = message` with a key the app knows"))
    );
    let twice = file.clone() + "app.name = Again\n";
    assert_eq!(parse_catalogue(&twice).map(|_| ()), Err(format!("line {n}: a second message for the same key")));
    let missing: String = file.lines().skip(1).map(|l| l.to_string() + "\n").collect();
    assert_eq!(parse_catalogue(&missing).map(|_| ()), Err(format!("no message for {}", Key::NAMES[0])));
}

#[test]
fn a_message_whose_catalogue_is_not_loaded_reads_as_its_number_and_arguments_and_says_so() {
    // Natively every catalogue is compiled in, so the fallback is checked on a key compiled into
    // the app, through an empty catalogue.
    static EMPTY: Catalogue = Catalogue::new("");
    let text = Text { lang: Lang::En, messages: &EMPTY };
    let _ = missed_a_message();
    let m = Message::new(Key::DataFetch).arg("file", "x.json").number("n", 2500.0);
    assert_eq!(text.say(&m), format!("#{}: x.json, 2,500", Key::DataFetch as usize));
    assert!(missed_a_message(), "a missing message is reported, for the page to load them");
    assert!(!missed_a_message(), "once");
    assert_eq!(Text::new(Lang::En).get(Key::DataFetch), "The dataset {file} could not be fetched: {error}.");
    assert!(!missed_a_message());
}

#[test]
fn the_browser_installs_the_file_the_build_writes_and_nothing_else() {
    assert_eq!(install(Lang::En, &english_file()), Ok(()));
    let short: String = english_file().lines().skip(1).map(|l| l.to_string() + "\n").collect();
    assert_eq!(install(Lang::En, &short), Err(()));
    assert_eq!(install(Lang::En, "no equals sign"), Err(()));
}
