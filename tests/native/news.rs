//! Newsroom (issue 9): the prerender's HTML, the embed and share texts, and the `data=` checks.

use common_ground::load::load;
use common_ground::present::{self, el, page, read_file, share_texts, Node};
use common_ground::text::{Lang, Text};
use common_ground::url::{check_data_source, parse};

fn bundled() -> common_ground::model::Loaded {
    load(include_str!("../../data/positions.json")).expect("the bundled dataset loads")
}

#[test]
fn to_html_escapes_hostile_text_and_attribute_values() {
    let node: Node = el("p")
        .attr("title", "\"><script>alert(1)</script>")
        .add("<script>alert('x') & </script>")
        .add(el("a").attr("href", "").add("home"))
        .add(el("input").attr("value", "a\"b"))
        .into();
    assert_eq!(
        node.to_html(),
        "<p title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&lt;script&gt;alert(&#39;x&#39;) &amp; &lt;/script&gt;\
         <a href=\"./\">home</a><input value=\"a&quot;b\"></p>"
    );
}

#[test]
fn the_prerendered_default_view_has_no_markup_from_the_dataset() {
    let html = page(&bundled(), "").body.to_html();
    assert!(html.starts_with("<div class=\"page\"><header class=\"top\">"), "{}", &html[..80]);
    assert!(html.contains("id=\"view-h\""));
    assert!(!html.contains("<script") && !html.contains("javascript:"));
    // Every tag in the output is one the screens build.
    for tag in html.split('<').skip(1).map(|t| t.trim_start_matches('/').split([' ', '>']).next().unwrap_or("")) {
        assert!(tag.chars().all(|c| c.is_ascii_alphanumeric()), "odd tag {tag:?}");
    }
}

#[test]
fn embed_drops_the_views_navigation_for_a_header_that_opens_the_full_page() {
    let loaded = bundled();
    let full = page(&loaded, "?view=pair&a=ru&b=ua");
    let embedded = page(&loaded, "?view=pair&a=ru&b=ua&embed=1&controls=0");
    let navs = |p: &present::Page| p.body.elements().iter().filter(|e| e.tag == "nav").count();
    // The views and the language switch.
    assert_eq!(navs(&full), 2);
    assert_eq!(navs(&embedded), 0);
    let open = embedded.body.elements().into_iter().find(|e| e.attr_value("class") == Some("embed-open")).cloned();
    let open = open.expect("an open-in-Common-Ground link");
    assert_eq!(open.attr_value("href"), Some("?view=pair&a=ru&b=ua"));
    assert_eq!(open.attr_value("target"), Some("_blank"));
    assert!(
        embedded.body.to_text().contains("Russia and Ukraine · data to 23 June 2026"),
        "{}",
        embedded.body.to_text()
    );
    let page_el = embedded.body.elements().into_iter().next().cloned().expect("the page");
    assert_eq!(page_el.attr_value("class"), Some("page embedded no-controls"));
}

#[test]
fn the_share_texts_are_this_views_permalink_and_an_escaped_iframe() {
    let (state, _) = parse("?view=pair&a=ru&b=ua&date=2024-01-01");
    let (link, snippet) =
        share_texts(&state, "Russia \"and\" <Ukraine>", "https://news.example/cg/index.html", Text::new(Lang::En));
    assert_eq!(link, "https://news.example/cg/index.html?view=pair&a=ru&b=ua&date=2024-01-01");
    assert!(snippet.starts_with(
        "<iframe src=\"https://news.example/cg/index.html?view=pair&amp;a=ru&amp;b=ua&amp;date=2024-01-01&amp;embed=1\" \
         title=\"Russia &quot;and&quot; &lt;Ukraine&gt; (Common Ground)\""
    ), "{snippet}");
    assert!(snippet.contains("loading=\"lazy\""));
    assert!(snippet.ends_with("<script src=\"https://news.example/cg/embed/resize.js\" async></script>"), "{snippet}");
}

#[test]
fn data_from_the_same_site_or_an_allowed_one_is_accepted_and_anything_else_refused() {
    let page = "https://news.example";
    for ok in ["data/other.json", "./x.json", "/files/a.json", "a/b:c.json", "https://news.example/d.json"] {
        assert_eq!(check_data_source(ok, page, ""), Ok(()), "{ok}");
    }
    assert_eq!(check_data_source("https://data.example/x.json", page, "https://data.example"), Ok(()));
    for bad in [
        "https://evil.example/x.json",
        "//evil.example/x.json",
        "https://news.example@evil.example/x.json",
        "https://news.example.evil.example/x.json",
        "javascript:alert(1)",
        "data:application/json,{}",
        "\\\\evil.example\\x.json",
    ] {
        let refusal = check_data_source(bad, page, "https://data.example").expect_err(bad).to_string();
        assert!(refusal.starts_with(&format!("The dataset \"{bad}\" was not loaded")), "{refusal}");
    }
}

#[test]
fn hostile_dataset_files_get_messages_that_name_them() {
    let file = "files/x.json";
    let cases: [(String, &str, &str); 6] = [
        (String::new(), "", "is empty"),
        ("<!doctype html><h1>404</h1>".into(), "text/html", "is an HTML page, not a dataset"),
        ("{\"schema\": 1,".into(), "", "could not be read"),
        (format!("{}{}", "[".repeat(200_000), "]".repeat(200_000)), "", "nested too deeply"),
        (format!("{{\"pad\":\"{}\"}}", "x".repeat(common_ground::load::MAX_DATA_BYTES)), "", "over 8 MB"),
        ("{\"schema\": 1, \"parties\": 5}".into(), "application/json", "parties: expected an array"),
    ];
    for (text, content_type, expected) in cases {
        let message = read_file(file, &text, content_type).err().expect("refused");
        assert!(message.starts_with("The dataset files/x.json "), "{message}");
        assert!(message.contains(expected), "{message}");
    }
}

#[test]
fn the_fingerprint_tells_files_apart() {
    assert_eq!(common_ground::load::fingerprint("").len(), 8);
    assert_ne!(common_ground::load::fingerprint("{\"a\":1}"), common_ground::load::fingerprint("{\"a\":2}"));
    assert_eq!(common_ground::load::fingerprint("abc"), common_ground::load::fingerprint("abc"));
}

/// The bundled dataset as its first file has it: every source a placeholder.
fn bundled_first() -> common_ground::model::Loaded {
    let mut first = bundled();
    first.dataset.for_each_source(|s| *s = common_ground::model::Source::pending());
    first
}

#[test]
fn a_view_drawn_from_a_first_file_keeps_every_source_list_and_its_count_and_says_they_are_loading() {
    let count = |html: &str, what: &str| html.matches(what).count();
    for query in
        ["view=pair&a=ru&b=ua", "view=issue&issue=nato", "view=framework&framework=istanbul-communique-2022", ""]
    {
        let full = page(&bundled(), query).body.to_html();
        let first = page(&bundled_first(), query).body.to_html();
        let lists = count(&full, "<details class=\"sources\">");
        assert!(lists > 3, "{query}: {lists} source lists");
        assert_eq!(count(&first, "<details class=\"sources\">"), lists, "{query}");
        assert_eq!(count(&first, "<p class=\"src-wait\">Loading the sources…</p>"), lists, "{query}");
        assert_eq!(count(&full, "src-wait"), 0, "{query}");
        // The same summaries, in the same order, with the same counts.
        let summaries = |html: &str| -> Vec<String> {
            html.split("<details class=\"sources\"><summary>")
                .skip(1)
                .map(|s| s[..s.find('<').unwrap_or(0)].to_string())
                .collect()
        };
        assert_eq!(summaries(&first), summaries(&full), "{query}");
        // No placeholder is a source: no link, no footnote, no address.
        assert_eq!(count(&first, "data-src"), 0, "{query}");
        assert!(first.contains("<section class=\"footnotes\" data-key=\"footnotes\"><h2>Sources</h2><p>The sources were still loading when this page was drawn: print again to list them.</p></section>"), "{query}");
        assert!(full.contains("<section class=\"footnotes\" data-key=\"footnotes\"><h2>Sources</h2><ol>"), "{query}");
        assert!(count(&full, "data-src") >= lists, "{query}");
    }
}
