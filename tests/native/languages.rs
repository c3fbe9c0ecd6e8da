//! Ukrainian and Russian (issue 20): the catalogues' files, their grammar (plural forms, dates,
//! numbers), and pages written in them, with `lang` kept in every link.

use common_ground::load::load;
use common_ground::present::page;
use common_ground::text::{catalogue_file, parse_catalogue, Key, Lang, Text};

fn bundled() -> common_ground::model::Loaded {
    load(include_str!("../../data/positions.json")).expect("the bundled dataset loads")
}

const TRANSLATED: [(Lang, &str); 2] = [(Lang::Uk, "uk"), (Lang::Ru, "ru")];

/// The arguments a message names, in order of first appearance, without repeats.
fn arguments(message: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for part in message.split('{').skip(1) {
        if let Some((name, _)) = part.split_once('}') {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn each_catalogue_has_every_message_with_the_english_arguments_and_three_plural_forms() {
    let en = catalogue_file(Lang::En);
    for (lang, code) in TRANSLATED {
        // Where the build writes it, and the boot script asks for it.
        assert_eq!(lang.file(), format!("{}{code}.txt", common_ground::text::TEXT_FOLDER));
        let file = std::fs::read_to_string(format!("src/text/{code}.txt")).expect("the catalogue file");
        parse_catalogue(&file).unwrap_or_else(|e| panic!("{code}.txt: {e}"));
        let written = catalogue_file(lang);
        // The same in both: the app's name, formats such as "{day} {month} {year}", technical terms.
        let same: Vec<&str> = en.lines().zip(written.lines()).filter(|(a, b)| a == b).map(|(a, _)| a).collect();
        assert!(same.len() <= 20, "{code}: {} messages read as in English: {same:#?}", same.len());
        for ((name, english), (_, translated)) in
            en.lines().filter_map(|l| l.split_once(" = ")).zip(written.lines().filter_map(|l| l.split_once(" = ")))
        {
            assert_eq!(arguments(english), arguments(translated), "{code} {name}: the arguments differ");
            let forms = translated.split('|').count();
            let wanted = if english.contains('|') { 3 } else { 1 };
            assert_eq!(forms, wanted, "{code} {name}: {forms} forms");
            assert_eq!(english.starts_with(' '), translated.starts_with(' '), "{code} {name}: the leading space");
            // Letters only the other language uses.
            let foreign: &[char] = if lang == Lang::Uk { &['ы', 'э', 'ъ', 'ё'] } else { &['і', 'ї', 'є', 'ґ'] };
            assert!(!translated.to_lowercase().contains(foreign), "{code} {name}: {translated}");
        }
    }
}

#[test]
fn plural_forms_read_right_for_1_2_5_11_21_22_and_25() {
    let cases = [
        (Lang::Uk, ["1 крок", "2 кроки", "5 кроків", "11 кроків", "21 крок", "22 кроки", "25 кроків"]),
        (Lang::Ru, ["1 шаг ", "2 шага", "5 шагов", "11 шагов", "21 шаг ", "22 шага", "25 шагов"]),
        (Lang::En, ["1 step ", "2 steps", "5 steps", "11 steps", "21 steps", "22 steps", "25 steps"]),
    ];
    for (lang, wanted) in cases {
        let text = Text::new(lang);
        for (n, want) in [1, 2, 5, 11, 21, 22, 25].into_iter().zip(wanted) {
            let got = text.count(Key::GapSteps, n, &[]);
            assert!(got.contains(want), "{lang:?} {n}: {got:?} lacks {want:?}");
        }
    }
}

#[test]
fn dates_and_numbers_are_written_as_each_language_writes_them() {
    let date = common_ground::model::Date::parse("2026-06-23").expect("a date");
    assert_eq!(Text::new(Lang::Uk).date(date), "23 червня 2026");
    assert_eq!(Text::new(Lang::Ru).date(date), "23 июня 2026");
    assert_eq!(Text::new(Lang::En).date(date), "23 June 2026");
    assert_eq!(Text::new(Lang::Uk).number(200_000.0), "200\u{a0}000");
    assert_eq!(Text::new(Lang::Ru).number(2.5), "2,5");
    assert_eq!(Text::new(Lang::En).number(200_000.0), "200,000");
}

#[test]
fn a_page_in_ukrainian_or_russian_has_no_english_sentence_of_the_app_left() {
    let loaded = bundled();
    let english = Text::new(Lang::En);
    // The dataset's own texts are English until it is translated: a stretch it holds is not counted.
    let data = include_str!("../../data/positions.json").to_lowercase();
    for (lang, code) in TRANSLATED {
        let text = Text::new(lang);
        for query in [
            "",
            "?view=pair&a=ru&b=ua",
            "?view=issue&issue=nato",
            "?view=deal",
            "?view=changes",
            "?tour=territory&step=2",
        ] {
            let q = [query, if query.is_empty() { "?lang=" } else { "&lang=" }, code].concat();
            let p = page(&loaded, &q);
            assert_eq!(p.lang, lang);
            let shown = p.body.to_text();
            // Each stretch of an English message between its arguments, of two words or more,
            // that the translation does not share (names such as "JSON" are the same in each) and
            // the dataset does not hold.
            for i in 0..Key::NAMES.len() {
                let key = Key::ALL[i];
                let (en, translated) = (english.get(key), text.get(key));
                for piece in en.split(['{', '}', '|']).map(str::trim).filter(|p| p.split(' ').count() >= 2) {
                    if !translated.contains(piece) && !data.contains(&piece.to_lowercase()) {
                        assert!(!shown.contains(piece), "{q}: English left on the page: {piece:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_page_keeps_its_language_in_every_link_but_the_switch_to_another() {
    let loaded = bundled();
    for query in ["?view=pair&a=ru&b=ua&lang=uk", "?lang=ru", "?tour=territory&step=2&lang=uk", "?view=deal&lang=ru"] {
        let p = page(&loaded, query);
        let code = p.lang.code();
        let mut links = 0;
        for e in p.body.elements() {
            let Some(href) = e.attr_value("href").filter(|h| h.starts_with('?')) else { continue };
            links += 1;
            match e.attr_value("hreflang") {
                Some(other) if other != code => assert!(href.ends_with(&["lang=", other].concat()) || other == "en"),
                _ => assert!(href.contains(&["lang=", code].concat()), "{query}: {href}"),
            }
        }
        assert!(links > 5, "{query}: {links} links");
    }
    // Without `lang`, English, and no link writes it.
    let p = page(&loaded, "?view=pair&a=ru&b=ua");
    assert_eq!(p.lang, Lang::En);
    assert!(p.body.elements().iter().filter_map(|e| e.attr_value("href")).all(|h| !h.contains("lang=en")));
}
