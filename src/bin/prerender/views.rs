//! The first screen of each permalink the build prerenders, for the boot script to put in the
//! page before the app runs, and the whole default view for readers without JavaScript.
//!
//! A permalink is a query string, and a static host serves the same `index.html` for every one,
//! so each prerendered view is a file of its own, named by its query: `v/view=pair&a=ru&b=ua.html`
//! holds the `<title>` and the inside of `#page-root` for `?view=pair&a=ru&b=ua`, cut to its first
//! screen like the default view (`present::first_paint`). The boot script (`boot.js`) asks for the
//! file named by the page's own query (without `utm_` tags), shows it in place of the loading
//! note, and only then lets the app's downloads start; where there is no such file (a 404), the
//! page goes on as before: the placeholder, then the app's own drawing from the first file.
//!
//! The set is every view one click from the default view at the newest date: each view's own
//! default, every pair of parties both ways, every issue, every document, every step of every tour
//! (on its own and in presentation mode), and each of those but the tours' steps as an embed, in
//! each language (`lang=uk`, with that language's default view; drawn from the dataset read in
//! it). A
//! view at another date, a comparison of two documents, a deal with picks, a filtered matrix or a
//! colour scheme named in the URL is not in it, and is drawn by the app (README, "First paint,
//! measured", says what that costs).

use std::path::Path;

use common_ground::model::Loaded;
use common_ground::present::{first_paint, page, tour};
use common_ground::text::Lang;
use common_ground::url::{to_query, View, ViewState};

/// Where the prerendered views are, beside `index.html`; `boot.js` has the same (`{views}`).
pub const FOLDER: &str = "v/";

/// The page for readers without JavaScript, which `index.html` sends them to (`<noscript>`).
pub const FULL_PAGE: &str = "full.html";

/// The queries (without `?`) of the views the build prerenders in `lang`, in a fixed order.
pub fn permalinks(loaded: &Loaded, lang: Lang) -> Vec<String> {
    let ds = &loaded.dataset;
    let none = ViewState { lang, ..ViewState::default() };
    let mut states = Vec::new();
    for view in [View::Pair, View::Framework, View::Issue, View::Changes, View::Deal] {
        states.push(ViewState { view, ..none.clone() });
    }
    for a in &ds.parties {
        for b in ds.parties.iter().filter(|b| b.id != a.id) {
            let (a, b) = (Some(a.id.clone()), Some(b.id.clone()));
            states.push(ViewState { view: View::Pair, a, b, ..none.clone() });
        }
    }
    for issue in &ds.issues {
        states.push(ViewState { view: View::Issue, issue: Some(issue.id.clone()), ..none.clone() });
    }
    for doc in &ds.frameworks {
        states.push(ViewState { view: View::Framework, doc: Some(doc.id.clone()), ..none.clone() });
    }
    let mut out = vec![to_query(&ViewState { embed: true, ..none.clone() })];
    // In English the default view is `index.html` itself.
    if lang != Lang::En {
        out.push(to_query(&none));
    }
    for state in states {
        out.push(to_query(&state));
        out.push(to_query(&ViewState { embed: true, ..state }));
    }
    for t in &ds.tours {
        for n in 1..=t.steps.len() {
            for present in [false, true] {
                out.push(tour::href(t, n, &none, present));
            }
        }
    }
    out.iter().map(|q| q.trim_start_matches('?').to_string()).collect()
}

/// The file that holds the view of `query` (without `?`), or `None` when the query has characters
/// outside those `boot.js` accepts in a file name.
pub fn file_name(query: &str) -> Option<String> {
    let plain = |b: u8| b.is_ascii_alphanumeric() || b"_=&,-".contains(&b);
    (!query.is_empty() && query.bytes().all(plain)).then(|| format!("{FOLDER}{query}.html"))
}

/// Writes every prerendered view in `lang` into `dir` (`loaded` read in that language), and says
/// how many there are and their size.
pub fn write(dir: &Path, loaded: &Loaded, lang: Lang) -> Result<(usize, usize), String> {
    let folder = dir.join(FOLDER);
    std::fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let (mut count, mut bytes) = (0, 0);
    for query in permalinks(loaded, lang) {
        let name = file_name(&query).ok_or_else(|| format!("no file name for the permalink ?{query}"))?;
        let page = first_paint(loaded, &query);
        let text = format!("<title>{}</title>{}", crate::page::escape(&page.title), page.body.to_html());
        let path = dir.join(&name);
        if path.exists() {
            return Err(format!("two permalinks share the file {name}"));
        }
        std::fs::write(&path, &text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        count += 1;
        bytes += text.len();
    }
    Ok((count, bytes))
}

/// The whole default view, with its footnotes and every disclosure's content, as a page without
/// scripts: `index.html` without its scripts, its loading note and its redirect, and the full tree
/// in `#page-root`. Its links lead back to the app's page (`./?…`), which sends a reader without
/// JavaScript here again.
pub fn full_page(index: &str, loaded: &Loaded) -> Result<String, String> {
    let mut html = index.replace(&redirect(), "");
    let note = html.find("<p class=\"boot cg-wait-note\"").ok_or("index.html has no loading note")?;
    let note_end = html[note..].find("</p>").map(|i| note + i + 4).ok_or("an unclosed loading note")?;
    html.replace_range(note..note_end, "");
    let root = html.find("<div id=\"page-root\"").ok_or("index.html has no #page-root")?;
    let end = html.rfind("</div></div>").filter(|&e| e > root).ok_or("#app is not closed")?;
    let body = page(loaded, "").body.to_html().replace("href=\"?", "href=\"./?");
    html.replace_range(root..end, &format!("<div id=\"page-root\">{body}"));
    while let Some(start) = html.find("<script") {
        let end = html[start..].find("</script>").map(|i| start + i + 9).ok_or("an unclosed script")?;
        html.replace_range(start..end, "");
    }
    Ok(html)
}

/// What `index.html`'s head holds for a reader without JavaScript: the way to the full page.
pub fn redirect() -> String {
    format!("<noscript><meta http-equiv=\"refresh\" content=\"0; url={FULL_PAGE}\"></noscript>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::tests::{example, settings, TEMPLATE};

    fn real() -> Loaded {
        let text = include_str!("../../../data/positions.json");
        common_ground::load::load(text).expect("the bundled dataset loads")
    }

    #[test]
    fn every_permalink_of_the_set_has_a_file_of_its_own() {
        for loaded in [real(), example()] {
            let queries: Vec<String> = Lang::ALL.into_iter().flat_map(|l| permalinks(&loaded, l)).collect();
            let mut names: Vec<String> = queries.iter().map(|q| file_name(q).expect(q)).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), queries.len(), "one file a permalink");
        }
        // Each language's set is English's with `lang`, and its default view.
        let uk = permalinks(&real(), Lang::Uk);
        assert_eq!(uk.len(), permalinks(&real(), Lang::En).len() + 1);
        for q in
            ["lang=uk", "embed=1&lang=uk", "view=pair&a=ru&b=ua&lang=uk", "present=1&lang=uk&tour=territory&step=3"]
        {
            assert!(uk.iter().any(|x| x == q), "{q}");
        }
        let queries = permalinks(&real(), Lang::En);
        // 1 default embed, 5 views, 90 pairs, 28 issues and 18 documents, each also as an embed,
        // and 18 tour steps on their own and in presentation mode.
        assert_eq!(queries.len(), 1 + 2 * (5 + 90 + 28 + 18) + 2 * 18);
        for q in ["view=pair&a=ru&b=ua", "view=issue&issue=nato", "view=deal", "view=changes", "embed=1"] {
            assert!(queries.iter().any(|x| x == q), "{q}");
        }
        assert!(queries.iter().any(|x| x == "present=1&tour=territory&step=3"));
    }

    #[test]
    fn file_names_are_plain() {
        assert_eq!(file_name("view=issue&issue=nato").as_deref(), Some("v/view=issue&issue=nato.html"));
        for bad in ["", "view=deal&pick=nato:2", "data=../x.json", "view=pair&a=ru%2C", "a=<b>"] {
            assert_eq!(file_name(bad), None, "{bad}");
        }
        // boot.js asks only for queries of the set's shapes (checked against the built files by
        // tests/e2e/build.spec.js, which runs its pattern): the subjects are ids.
        assert!(crate::page::BOOT.contains("tour=[a-z0-9-]+&step=[0-9]+"));
    }

    #[test]
    fn the_full_page_has_no_script_and_every_source_and_leads_back_to_the_app() {
        let loaded = example();
        let index = crate::page::render(TEMPLATE, &loaded, "1".into(), &settings()).expect("renders");
        assert!(index.contains(&redirect()), "index.html sends a reader without JavaScript to the full page");
        let full = full_page(&index, &loaded).expect("the full page");
        assert!(
            !full.contains("<script") && !full.contains("cg-wait-note") && !full.contains("http-equiv=\"refresh\"")
        );
        assert!(full.contains("class=\"footnotes\""), "print's footnotes");
        assert!(full.contains("<div id=\"page-root\"><div class=\"page\">"));
        let sources = loaded.dataset.positions.iter().flat_map(|p| &p.sources).count();
        assert!(sources > 0 && full.matches("<li data-src=").count() >= sources.min(5));
        assert!(!full.contains("href=\"?") && full.contains("href=\"./?view="));
        assert!(full.len() > index.len(), "more than the first screen");
    }
}
