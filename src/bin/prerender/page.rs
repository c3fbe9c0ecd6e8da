//! The page: trunk's `index.html` with the default view drawn into it, its tags, its Content-Security-Policy and
//! its boot script (`boot.js`), and trunk's loader deferred until the first paint.

use base64::Engine;
use sha2::{Digest, Sha256};

/// Runs before anything is drawn. It must stay one line: its hash is in the CSP, computed from the exact text
/// (`render`).
/// It starts the bundled dataset's fetch unless `?data=` names another file (the app's fetch then reuses it), applies
/// `dark=` at once, and on any query naming something other than the colour scheme hides the prerendered default
/// view behind a placeholder (`cg-wait`), so a permalink never shows the wrong view first.
/// The downloads (the dataset here, the app in `LOADER`, both through `cgAfterPaint`) start once the browser has
/// reported the first screen's largest paint, not before it: measured with Lighthouse, 300 KB of wasm and data
/// sharing the link with the page and its stylesheet doubled the first screen's paint time, and a start on the next
/// animation frame still came 20 ms before Chromium's first paint, which left the largest paint 1.6 times the static
/// page's; now it is 1.0 times (see README, "First paint, measured"). Where the browser has no largest-paint entries
/// they start on the next frame, and a timer starts them anyway after 5 s in a frame that never paints (hidden; long
/// enough that a slow first paint on a busy machine still comes first). On a permalink to another view the first
/// paint is only the placeholder, so there they start at once, and the dataset's is for the first file (`{first}`,
/// `data/first.json` when the build wrote one, see `first_file`), which the app reads there; a permalink to a view
/// other than the default one, and a page in another language, also needs the words the wasm does not carry
/// (`{texts}`: `text/en.txt`, or the page's language's `text/uk.txt`), which start with it. The app calls
/// `cgAfterPaint(f, true)` to wait, even behind the placeholder, for a largest paint reported after the call: the
/// paint of the view it is about to show, before it fetches the full file (`ui::after_paint`).
/// The script is `boot.js`, byte for byte; a final line break an editor may add is not part of it.
pub const BOOT: &str = include_str!("boot.js").trim_ascii_end();

/// On a permalink's wait, the prerendered view is hidden from the first layout on, not only once the
/// stylesheet has come: measured under a 4× slower CPU, Chromium laid out the whole hidden page
/// (4,600 boxes, 380–700 ms) while the stylesheet was still on its way. Its hash is in the CSP.
pub const WAIT_STYLE: &str = ".cg-wait #page-root{display:none}";

/// Trunk's module loader, started after the first paint like the dataset's fetch in `BOOT`. `{js}` and `{wasm}`
/// are trunk's file names; the rest does what trunk's own loader does. The wasm's preload starts with the JS rather
/// than once the JS has run, so the two do not come one after the other: measured with Lighthouse, that chain
/// added about 200 ms to the pair permalink's largest paint (2,930 against 2,740 ms, medians of 5 runs).
const LOADER: &str = "cgAfterPaint(function(){cgPreload('./{wasm}');import('./{js}').then(async function(b){var wasm=await b.default({module_or_path:'./{wasm}'});window.wasmBindings=b;dispatchEvent(new CustomEvent('TrunkApplicationStarted',{detail:{wasm:wasm}}))})})";

/// Replaces trunk's eager loader (a module script with a static import, and preloads of the JS and the wasm) by
/// `LOADER`. Fails when trunk's output no longer looks as expected, rather than shipping a page that never starts.
fn defer_loader(html: &str) -> Result<String, String> {
    let mut out = html.to_string();
    for kind in ["<link rel=\"modulepreload\"", "<link rel=\"preload\" href=\"./common-ground-"] {
        let start = out.find(kind).ok_or_else(|| format!("trunk's output has no {kind}"))?;
        let end = out[start..].find('>').map(|i| start + i + 1).ok_or("an unclosed link")?;
        out.replace_range(start..end, "");
    }
    let start = out.find("<script type=\"module\">").ok_or("trunk's output has no module script")?;
    let end = out[start..].find("</script>").map(|i| start + i + 9).ok_or("an unclosed script")?;
    let script = &out[start..end];
    let name = |prefix: &str, suffix: &str| -> Result<String, String> {
        let i = script.find(prefix).ok_or_else(|| format!("trunk's loader names no {prefix}"))? + prefix.len();
        let j = script[i..].find(suffix).ok_or("an unterminated name")? + i;
        Ok(script[i..j].to_string())
    };
    let js = name("from './", "'")?;
    let wasm = name("module_or_path: './", "'")?;
    let loader = LOADER.replace("{js}", &js).replace("{wasm}", &wasm);
    out.replace_range(start..end, &format!("<script>{loader}</script>"));
    Ok(out)
}

pub fn escape(text: &str) -> String {
    common_ground::present::Node::Text(text.to_string()).to_html()
}

/// A `<meta>` tag. Its value is in double quotes, so single quotes (the CSP is full of them) stay as they are.
pub fn meta_tag(out: &mut String, attr: &str, name: &str, content: &str) {
    let value = escape(content).replace("&#39;", "'");
    out.push_str(&format!("<meta {attr}=\"{name}\" content=\"{value}\">"));
}

/// The `sha256-…` source of each inline `<script>` in `html`, for the CSP.
fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(open_end) = rest.find('>') else { break };
        let open = &rest[..open_end];
        let body_start = open_end + 1;
        let Some(close) = rest[body_start..].find("</script>") else { break };
        let body = &rest[body_start..body_start + close];
        if !open.contains(" src=") {
            let digest = Sha256::digest(body.as_bytes());
            out.push(format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        rest = &rest[body_start + close..];
    }
    out
}

/// What the page depends on besides trunk's output and the dataset.
pub struct Settings {
    pub public_url: Option<String>,
    pub data_origins: String,
    /// Whether the build wrote the first file, which the boot script then preloads on a permalink.
    pub first_file: bool,
}

/// The page: `template` (trunk's `index.html`) with the prerendered view, its tags and its policy.
pub fn render(
    template: &str,
    loaded: &common_ground::model::Loaded,
    fingerprint: String,
    settings: &Settings,
) -> Result<String, String> {
    let page = common_ground::present::first_paint(loaded, "");
    let meta = &loaded.dataset.meta;
    let description =
        meta.description.as_ref().map(|d| d.shown().to_string()).unwrap_or_else(|| meta.title.shown().to_string());

    // The view, in place of the "loading" note (whose text says JavaScript is needed).
    let app_start = template.find("<div id=\"app\">").ok_or("index.html has no <div id=\"app\">")?;
    let app_end = template[app_start..].find("</div>").map(|i| app_start + i + 6).ok_or("#app is not closed")?;
    let mut app = String::from("<div id=\"app\">");
    app.push_str("<p class=\"boot cg-wait-note\" role=\"status\">Loading this view…</p>");
    app.push_str("<noscript><p class=\"boot\">Without JavaScript only this first view is shown; its links open the page again.</p></noscript>");
    // `data-first`: a permalink reads the first file (`first_file`) before the full one.
    let first = if settings.first_file { " data-first" } else { "" };
    app.push_str(&format!("<div id=\"page-root\" data-prerendered=\"{fingerprint}\"{first}>"));
    app.push_str(&page.body.to_html());
    app.push_str("</div></div>");
    let mut html = defer_loader(&format!("{}{}{}", &template[..app_start], app, &template[app_end..]))?;

    // The title from the view, as the app sets it.
    let title_start = html.find("<title>").ok_or("index.html has no <title>")?;
    let title_end = html[title_start..].find("</title>").map(|i| title_start + i + 8).ok_or("<title> is not closed")?;
    html.replace_range(title_start..title_end, &format!("<title>{}</title>", escape(&page.title)));

    // The hashes cover trunk's inline module loader and the boot script; nothing else inline may run.
    let first_url = if settings.first_file { common_ground::FIRST_URL } else { common_ground::DATA_URL };
    let boot = format!(
        "<script>{}</script>",
        BOOT.replace("{first}", first_url)
            .replace("{texts}", common_ground::text::TEXT_FOLDER)
            .replace("{views}", crate::views::FOLDER)
    );
    let mut hashes = inline_script_hashes(&html);
    hashes.extend(inline_script_hashes(&boot));
    let mut connect = String::from("'self'");
    for origin in settings.data_origins.split_whitespace() {
        connect.push(' ');
        connect.push_str(origin);
    }
    let wait_style = format!("<style>{WAIT_STYLE}</style>");
    let style_hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(WAIT_STYLE.as_bytes()));
    let csp = format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' 'sha256-{style_hash}'; \
         style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src {connect}; base-uri 'none'; form-action 'none'",
        hashes.join(" ")
    );
    let mut head = String::new();
    meta_tag(&mut head, "http-equiv", "Content-Security-Policy", &csp);
    meta_tag(&mut head, "name", "referrer", "strict-origin-when-cross-origin");
    head.push_str(&boot);
    head.push_str(&wait_style);
    head.push_str(&crate::views::redirect());
    meta_tag(&mut head, "name", "description", &description);
    meta_tag(&mut head, "property", "og:type", "website");
    meta_tag(&mut head, "property", "og:site_name", "Common Ground");
    meta_tag(&mut head, "property", "og:title", meta.title.shown());
    meta_tag(&mut head, "property", "og:description", &description);
    if let Some(url) = &settings.public_url {
        meta_tag(&mut head, "property", "og:url", url);
    }
    // The large card and the image's tags come with the image (`with_card_image`).
    meta_tag(&mut head, "name", "twitter:card", "summary");
    meta_tag(&mut head, "name", "twitter:title", meta.title.shown());
    meta_tag(&mut head, "name", "twitter:description", &description);

    // Right after the charset, so the policy governs every script and link that follows.
    let charset = html.find("<meta charset=\"utf-8\">").ok_or("index.html has no <meta charset=\"utf-8\">")?;
    let at = charset + "<meta charset=\"utf-8\">".len();
    html.insert_str(at, &head);
    // Any description written into the template is replaced by the dataset's.
    if let Some(old) = html.find("<meta name=\"description\" content=\"Common Ground") {
        if let Some(len) = html[old..].find('>') {
            html.replace_range(old..old + len + 1, "");
        }
    }
    Ok(html)
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub const TEMPLATE: &str = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Common Ground</title>\
        <link rel=\"modulepreload\" href=\"./common-ground-1.js\"><link rel=\"preload\" href=\"./common-ground-1_bg.wasm\" as=\"fetch\">\
        <script type=\"module\">\nimport init, * as bindings from './common-ground-1.js';\n\
        const wasm = await init({ module_or_path: './common-ground-1_bg.wasm' });\n</script></head>\
        <body><div id=\"app\"><p class=\"boot\">Loading</p></div></body></html>";

    pub fn example() -> common_ground::model::Loaded {
        let text = include_str!("../../../tests/fixtures/example.json");
        common_ground::load::load(text).expect("the example fixture loads")
    }

    pub fn settings() -> Settings {
        Settings { public_url: None, data_origins: String::new(), first_file: true }
    }

    #[test]
    fn the_boot_script_is_one_line_of_boot_js() {
        assert!(BOOT.starts_with("(function(d,q,w){") && BOOT.ends_with("})(document,location.search,window)"));
        assert!(!BOOT.contains('\n'), "one line, so the page's text and its hash stay as they are");
        assert_eq!(BOOT.matches("{first}").count(), 1, "the one place the first file's URL goes");
    }

    #[test]
    fn every_inline_script_is_hashed_in_the_policy() {
        let html = render(TEMPLATE, &example(), "1".into(), &settings()).expect("renders");
        let scripts = inline_script_hashes(&html);
        assert_eq!(scripts.len(), 2, "trunk's loader and the boot script");
        let csp_start = html.find("Content-Security-Policy\" content=\"").expect("a CSP meta");
        let csp = &html[csp_start..csp_start + html[csp_start..].find("\">").expect("closed")];
        for h in &scripts {
            assert!(csp.contains(h.as_str()), "{h} missing from {csp}");
        }
        let style = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(WAIT_STYLE.as_bytes()));
        assert!(csp.contains(&format!("style-src 'self' 'sha256-{style}';")), "{csp}");
        assert!(html.contains(&format!("<style>{WAIT_STYLE}</style>")));
        assert!(
            csp.contains("default-src 'none'")
                && !csp.contains(" 'unsafe-eval'")
                && !csp.contains("script-src 'unsafe-inline'"),
            "{csp}"
        );
    }

    #[test]
    fn trunks_loader_starts_after_the_first_paint_and_nothing_preloads_before_it() {
        let html = render(TEMPLATE, &example(), "1".into(), &settings()).expect("renders");
        assert!(!html.contains("modulepreload") && !html.contains("rel=\"preload\""), "{html}");
        assert!(!html.contains("<script type=\"module\">"));
        assert!(
            html.contains("import('./common-ground-1.js')")
                && html.contains("module_or_path:'./common-ground-1_bg.wasm'")
        );
        assert!(defer_loader("<html></html>").is_err());
    }

    #[test]
    fn a_permalink_preloads_the_first_file_only_when_the_build_wrote_one() {
        let html = render(TEMPLATE, &example(), "abc".into(), &settings()).expect("renders");
        assert!(html.contains("cgPreload(h.classList.contains('cg-wait')?'data/first.json':'data/positions.json')"));
        assert!(html.contains(" data-first>"));
        let without = Settings { first_file: false, ..settings() };
        let html = render(TEMPLATE, &example(), "abc".into(), &without).expect("renders");
        assert!(html.contains("cgPreload(h.classList.contains('cg-wait')?'data/positions.json':'data/positions.json')"));
        assert!(!html.contains("data-first") && !html.contains("first.json"));
    }

    #[test]
    fn the_view_replaces_the_loading_note_and_the_tags_come_from_the_dataset() {
        let loaded = example();
        let html = render(TEMPLATE, &loaded, "abc".into(), &settings()).expect("renders");
        assert!(!html.contains("<p class=\"boot\">Loading</p>"));
        assert!(html.contains("<div id=\"page-root\" data-prerendered=\"abc\" data-first><div class=\"page\">"));
        let title = escape(loaded.dataset.meta.title.shown());
        assert!(html.contains(&format!("<meta property=\"og:title\" content=\"{title}\">")), "{html}");
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(!html.contains("og:image"), "no image tag before the image is made");
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn allowed_data_origins_are_allowed_to_connect() {
        let s = Settings { data_origins: "https://data.example".into(), ..settings() };
        let html = render(TEMPLATE, &example(), "1".into(), &s).expect("renders");
        assert!(html.contains("connect-src 'self' https://data.example;"));
    }
}
