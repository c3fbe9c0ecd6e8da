//! Build step: draws the default view of the bundled dataset into `index.html`, so the first paint needs no wasm.
//!
//! `prerender [DIR]` rewrites `DIR/index.html` (default: trunk's `TRUNK_STAGING_DIR`, else `dist`), which trunk has
//! just written, from `data/positions.json`. It runs as trunk's `post_build` hook (`Trunk.toml`), so
//! `trunk build --release`, `./x build`, `./x serve` and `./x test` all produce the same page.
//! The page gets: the default view's HTML inside `#page-root` (the same `present::page` tree the app draws, so the app
//! adopts it without touching the DOM); the title, description and Open Graph and Twitter tags from the dataset's
//! `meta`; a Content-Security-Policy with the hash of every inline script; a referrer policy; and a tiny inline script
//! that starts the dataset's fetch with the page and, on a permalink to another view, shows a light placeholder
//! instead of the wrong view until the app has drawn the right one. The dataset copy in `DIR/data/` is rewritten
//! without its blanks (the page fetches that copy; `data/positions.json` stays the file authors edit).
//!
//! Build-time settings (environment variables, read here and, for the origins, compiled into the app):
//! - `PUBLIC_URL`: the deployment's absolute base URL (ending in `/`), used for `og:image` and `og:url`;
//!   without it `og:image` is the relative path `og.png`, which some link-preview services do not follow.
//! - `CG_DATA_ORIGINS`: space-separated origins other than the page's own that `?data=` may load from.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use base64::Engine;
use sha2::{Digest, Sha256};

/// Runs before anything is drawn. It must stay one line: its hash is in the CSP, computed below from the exact text.
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
/// `data/first.json` when the build wrote one, see `first_file`), which the app reads there. The app calls
/// `cgAfterPaint(f, true)` to wait, even behind the placeholder, for a largest paint reported after the call: the
/// paint of the view it is about to show, before it fetches the full file (`ui::after_paint`).
const BOOT: &str = "(function(d,q,w){var h=d.documentElement,m=/[?&]dark=(true|1|false|0)(&|$)/.exec(q);if(m)h.setAttribute('data-theme',/t|1/.test(m[1])?'dark':'light');if(q.replace(/[?&](dark|utm_[a-z]+)=[^&]*/g,'').replace(/^[?&]+/,''))h.classList.add('cg-wait');w.cgAfterPaint=function(f,k){var t=performance.now(),g=function(){if(f){setTimeout(f);f=null}},P=w.PerformanceObserver;if(!k&&h.classList.contains('cg-wait'))return f();if(P&&(P.supportedEntryTypes||[]).indexOf('largest-contentful-paint')>=0)new P(function(l,o){if(l.getEntries().some(function(e){return e.startTime>=t})){o.disconnect();g()}}).observe({type:'largest-contentful-paint',buffered:true});else requestAnimationFrame(g);setTimeout(g,5000)};w.cgPreload=function(u){var l=d.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=u;d.head.appendChild(l)};if(!/[?&]data=/.test(q))w.cgAfterPaint(function(){cgPreload(h.classList.contains('cg-wait')?'{first}':'data/positions.json')})})(document,location.search,window)";

/// On a permalink's wait, the prerendered view is hidden from the first layout on, not only once the
/// stylesheet has come: measured under a 4× slower CPU, Chromium laid out the whole hidden page
/// (4,600 boxes, 380–700 ms) while the stylesheet was still on its way. Its hash is in the CSP.
const WAIT_STYLE: &str = ".cg-wait #page-root{display:none}";

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

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let card_image = args.first().is_some_and(|a| a == "--card-image");
    if card_image {
        args.remove(0);
    }
    let dir = args
        .first()
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("dist"));
    let result = if card_image { add_card_image(&dir) } else { run(&dir) };
    match result {
        Ok(summary) => {
            eprintln!("prerender: {summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<String, String> {
    let index = dir.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let data_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/positions.json");
    let source =
        std::fs::read_to_string(&data_path).map_err(|e| format!("cannot read {}: {e}", data_path.display()))?;
    // The copy the page fetches is the same JSON without its blanks (13% fewer bytes to download and to scan) and
    // with its positions in date order (13% fewer gzipped, see `positions_by_date`). The prerendered page is drawn
    // from, and fingerprinted by, exactly that text.
    let text = minify_json(&source);
    let loaded = common_ground::load::load(&text).map_err(|e| format!("{}: {e}", data_path.display()))?;
    let text = match positions_by_date(&text) {
        Some(by_date) if common_ground::load::load(&by_date).as_ref() == Ok(&loaded) => by_date,
        // A dataset with diagnostics keeps its order, so that their paths name the authors' file.
        _ => text,
    };
    let shipped = dir.join("data/positions.json");
    std::fs::write(&shipped, &text).map_err(|e| format!("cannot write {}: {e}", shipped.display()))?;
    let first = first_file(&text, &loaded);
    let first_path = dir.join(common_ground::FIRST_URL);
    // A staging folder from an earlier build may hold one for other data.
    match &first {
        Some(first) => std::fs::write(&first_path, first),
        None if first_path.exists() => std::fs::remove_file(&first_path),
        None => Ok(()),
    }
    .map_err(|e| format!("cannot write {}: {e}", first_path.display()))?;
    let settings = Settings {
        public_url: public_url(),
        data_origins: std::env::var("CG_DATA_ORIGINS").unwrap_or_default(),
        first_file: first.is_some(),
    };
    let html = render(&template, &loaded, common_ground::load::fingerprint(&text), &settings)?;
    let html = shrink_assets(dir, &html)?;
    std::fs::write(&index, &html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    let summary = format!("wrote {} ({} bytes) from {}", index.display(), html.len(), data_path.display());
    // An image already in the staging folder (none in a plain trunk build) gets its tags at once.
    if dir.join("og.png").is_file() {
        add_card_image(dir)?;
    }
    Ok(summary)
}

struct Settings {
    public_url: Option<String>,
    data_origins: String,
    /// Whether the build wrote the first file, which the boot script then preloads on a permalink.
    first_file: bool,
}

/// `PUBLIC_URL`, the deployment's absolute base URL, when set.
fn public_url() -> Option<String> {
    std::env::var("PUBLIC_URL").ok().filter(|u| !u.is_empty())
}

// ---- The social card image (`./x build` makes `og.png` with tools/og.mjs, then runs `--card-image`) ----

/// The width and height of a PNG, from its header; `None` for anything else.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let header = bytes.get(..24)?;
    if &header[..8] != b"\x89PNG\r\n\x1a\n" || &header[12..16] != b"IHDR" {
        return None;
    }
    let word = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    Some((word(16), word(20)))
}

/// `html` with the card image's tags (`og:image`, its size and its text alternative) and the large
/// Twitter card; `base` is `PUBLIC_URL` or empty (the image then has the relative path `og.png`).
/// A page that already names an image is left as it is.
fn with_card_image(html: &str, title: &str, base: &str, (width, height): (u32, u32)) -> Result<String, String> {
    if html.contains("<meta property=\"og:image\"") {
        return Ok(html.to_string());
    }
    let small = "<meta name=\"twitter:card\" content=\"summary\">";
    let at = html.find(small).ok_or("the page has no small twitter:card to replace")?;
    let mut tags = String::new();
    meta_tag(&mut tags, "property", "og:image", &format!("{base}og.png"));
    meta_tag(&mut tags, "property", "og:image:width", &width.to_string());
    meta_tag(&mut tags, "property", "og:image:height", &height.to_string());
    meta_tag(&mut tags, "property", "og:image:alt", &format!("The matrix view of {title}"));
    meta_tag(&mut tags, "name", "twitter:card", "summary_large_image");
    let mut out = html.to_string();
    out.replace_range(at..at + small.len(), &tags);
    Ok(out)
}

/// Adds the tags of `DIR/og.png` to `DIR/index.html`.
fn add_card_image(dir: &Path) -> Result<String, String> {
    let (index, image) = (dir.join("index.html"), dir.join("og.png"));
    let bytes = std::fs::read(&image).map_err(|e| format!("cannot read {}: {e}", image.display()))?;
    let size = png_size(&bytes).ok_or_else(|| format!("{} is not a PNG image", image.display()))?;
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let data_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/positions.json");
    let text = std::fs::read_to_string(&data_path).map_err(|e| format!("cannot read {}: {e}", data_path.display()))?;
    let loaded = common_ground::load::load(&text).map_err(|e| format!("{}: {e}", data_path.display()))?;
    let base = public_url().unwrap_or_default();
    let html = with_card_image(&html, loaded.dataset.meta.title.en(), &base, size)?;
    std::fs::write(&index, &html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    Ok(format!("{} names {} ({} × {})", index.display(), image.display(), size.0, size.1))
}

fn escape(text: &str) -> String {
    common_ground::present::Node::Text(text.to_string()).to_html()
}

/// A `<meta>` tag. Its value is in double quotes, so single quotes (the CSP is full of them) stay as they are.
fn meta_tag(out: &mut String, attr: &str, name: &str, content: &str) {
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

/// The page: `template` (trunk's `index.html`) with the prerendered view, its tags and its policy.
fn render(
    template: &str,
    loaded: &common_ground::model::Loaded,
    fingerprint: String,
    settings: &Settings,
) -> Result<String, String> {
    let page = common_ground::present::first_paint(loaded);
    let meta = &loaded.dataset.meta;
    let description =
        meta.description.as_ref().map(|d| d.en().to_string()).unwrap_or_else(|| meta.title.en().to_string());

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
    let boot = format!("<script>{}</script>", BOOT.replace("{first}", first_url));
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
    meta_tag(&mut head, "name", "description", &description);
    meta_tag(&mut head, "property", "og:type", "website");
    meta_tag(&mut head, "property", "og:site_name", "Common Ground");
    meta_tag(&mut head, "property", "og:title", meta.title.en());
    meta_tag(&mut head, "property", "og:description", &description);
    if let Some(url) = &settings.public_url {
        meta_tag(&mut head, "property", "og:url", url);
    }
    // The large card and the image's tags come with the image (`with_card_image`).
    meta_tag(&mut head, "name", "twitter:card", "summary");
    meta_tag(&mut head, "name", "twitter:title", meta.title.en());
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
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Common Ground</title>\
        <link rel=\"modulepreload\" href=\"./common-ground-1.js\"><link rel=\"preload\" href=\"./common-ground-1_bg.wasm\" as=\"fetch\">\
        <script type=\"module\">\nimport init, * as bindings from './common-ground-1.js';\n\
        const wasm = await init({ module_or_path: './common-ground-1_bg.wasm' });\n</script></head>\
        <body><div id=\"app\"><p class=\"boot\">Loading</p></div></body></html>";

    fn example() -> common_ground::model::Loaded {
        let text = include_str!("../../tests/fixtures/example.json");
        common_ground::load::load(text).expect("the example fixture loads")
    }

    fn settings() -> Settings {
        Settings { public_url: None, data_origins: String::new(), first_file: true }
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
        let title = escape(loaded.dataset.meta.title.en());
        assert!(html.contains(&format!("<meta property=\"og:title\" content=\"{title}\">")), "{html}");
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(!html.contains("og:image"), "no image tag before the image is made");
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn the_card_image_brings_its_tags_and_the_large_card_once() {
        let html = render(TEMPLATE, &example(), "1".into(), &settings()).expect("renders");
        let with = with_card_image(&html, "Talks & <b>", "", (1200, 630)).expect("adds");
        assert!(with.contains("<meta property=\"og:image\" content=\"og.png\">"), "{with}");
        assert!(with.contains(
            "<meta property=\"og:image:width\" content=\"1200\"><meta property=\"og:image:height\" content=\"630\">"
        ));
        assert!(with.contains("content=\"The matrix view of Talks &amp; &lt;b&gt;\">"));
        assert!(with.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(!with.contains("content=\"summary\">"));
        assert_eq!(with_card_image(&with, "Talks", "", (1200, 630)).expect("again"), with, "a second run adds nothing");
    }

    #[test]
    fn public_url_makes_the_card_image_absolute() {
        let s = Settings { public_url: Some("https://news.example/cg/".into()), ..settings() };
        let html = render(TEMPLATE, &example(), "1".into(), &s).expect("renders");
        let with = with_card_image(&html, "T", "https://news.example/cg/", (1200, 630)).expect("adds");
        assert!(with.contains("<meta property=\"og:image\" content=\"https://news.example/cg/og.png\">"));
        assert!(with.contains("<meta property=\"og:url\" content=\"https://news.example/cg/\">"));
    }

    #[test]
    fn png_size_reads_the_header_and_refuses_other_files() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend_from_slice(&1200u32.to_be_bytes());
        png.extend_from_slice(&630u32.to_be_bytes());
        assert_eq!(png_size(&png), Some((1200, 630)));
        assert_eq!(png_size(b"<!doctype html><html></html>"), None);
        assert_eq!(png_size(&png[..20]), None);
    }

    #[test]
    fn allowed_data_origins_are_allowed_to_connect() {
        let s = Settings { data_origins: "https://data.example".into(), ..settings() };
        let html = render(TEMPLATE, &example(), "1".into(), &s).expect("renders");
        assert!(html.contains("connect-src 'self' https://data.example;"));
    }
}

/// Trunk's own minifier can't be used: it minifies the HTML too, and the steps above edit trunk's
/// HTML by its exact text. So the two text assets that count against the bundle budget are made
/// smaller here, in ways that cannot change their meaning: the stylesheet loses its comments and
/// the blanks around punctuation (its `integrity` hash is written anew), and the wasm-bindgen
/// glue loses indentation, blank lines and whole-line `//` comments (it is loaded by `import()`,
/// which checks no hash). Together about 1.3 KB gzipped. Then the glue loses the classes nothing
/// uses (`drop_stream_classes`), the wasm is optimised (`optimise_wasm`), and its imports get short names
/// (`short_import_names`).
fn shrink_assets(dir: &Path, html: &str) -> Result<String, String> {
    let mut html = html.to_string();
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let write =
        |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| format!("cannot write {name}: {e}"));
    let css_at = html.find("<link rel=\"stylesheet\" href=\"./").ok_or("trunk's output has no stylesheet link")?;
    let href = css_at + "<link rel=\"stylesheet\" href=\"./".len();
    let css_name = html[href..].split('"').next().unwrap_or_default().to_string();
    let css = minify_css(&read(&css_name)?);
    write(&css_name, &css)?;
    let link_end = html[css_at..].find('>').map(|i| css_at + i + 1).ok_or("an unclosed stylesheet link")?;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(css.as_bytes()));
    html.replace_range(
        css_at..link_end,
        &format!("<link rel=\"stylesheet\" href=\"./{css_name}\" integrity=\"sha384-{hash}\"/>"),
    );
    let js_at = html.find("import('./").ok_or("the loader imports no script")? + "import('./".len();
    let js_name = html[js_at..].split('\'').next().unwrap_or_default().to_string();
    let js = drop_stream_classes(&squeeze_js(&read(&js_name)?));
    let wasm_at = html.find("module_or_path:'./").ok_or("the loader loads no wasm")? + "module_or_path:'./".len();
    let wasm_name = html[wasm_at..].split('\'').next().unwrap_or_default().to_string();
    let wasm_path = dir.join(&wasm_name);
    optimise_wasm(&wasm_path)?;
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("cannot read {wasm_name}: {e}"))?;
    match short_import_names(&wasm, &js) {
        Some((wasm, js)) => {
            std::fs::write(&wasm_path, wasm).map_err(|e| format!("cannot write {wasm_name}: {e}"))?;
            write(&js_name, &js)?;
        }
        None => {
            eprintln!("prerender: {wasm_name}'s imports are not as expected; their names stay long");
            write(&js_name, &js)?;
        }
    }
    Ok(html)
}

/// wasm-opt's options: size first (`-Os`), repeated while it still finds something (`--converge`).
/// `--low-memory-unused` lets it fold constant offsets into loads and stores, which is only wrong for
/// an access to the lowest KB of memory, where Rust's wasm keeps the far end of its 1 MB stack. The
/// exports removed are those the glue never calls, among them wasm-streams' three stream classes
/// (Leptos's `server_fn` depends on wasm-streams; nothing here makes a stream).
const WASM_OPT: [&str; 7] = [
    "-Os",
    "--converge",
    "--low-memory-unused",
    "--remove-exports",
    "--pass-arg=remove-exports@*intounderlying*,main,__abort_handler,__instance_terminated,_WASM_SPLIT_MARKER_*,__wbindgen_free",
    "--strip-producers",
    "--strip-target-features",
];

/// Runs wasm-opt (`WASM_OPT`) on wasm-bindgen's output here rather than in trunk (index.html turns
/// trunk's run off), because first the table has to lose the stream classes' futures
/// (`drop_dead_futures`), which only the function names wasm-bindgen leaves in tell apart. As in
/// trunk, a debug build (`trunk serve` without `--release`) is left unoptimised.
fn optimise_wasm(path: &Path) -> Result<(), String> {
    if std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "debug") {
        return Ok(());
    }
    let wasm = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let input = path.with_extension("in.wasm");
    let kept = drop_dead_futures(&wasm).unwrap_or(wasm);
    std::fs::write(&input, kept).map_err(|e| format!("cannot write {}: {e}", input.display()))?;
    let status = std::process::Command::new("wasm-opt")
        .args(WASM_OPT)
        .arg(&input)
        .arg("-o")
        .arg(path)
        .status()
        .map_err(|e| format!("cannot run wasm-opt (./x installs it): {e}"))?;
    let _ = std::fs::remove_file(&input);
    if !status.success() {
        return Err(format!("wasm-opt failed on {}: {status}", path.display()));
    }
    Ok(())
}

/// Whether the table slot holding `name` is one of the stream classes' futures: wasm-streams' own
/// functions and the promises of the futures their methods return (`future_to_promise`, which
/// nothing else here calls).
fn stream_future(name: &str) -> bool {
    name.contains("wasm_streams") || name.contains("future_to_promise")
}

/// The wasm with the table slots of the stream classes' futures pointing at another function of the
/// table. wasm-opt removes the exports that make those futures, but it keeps every function the
/// table holds, as a call through the table might reach it, and with them about 10 KB of code they
/// alone use (3.5 KB gzipped). Nothing calls through those slots once the exports are gone: the
/// vtables holding them are only read by the removed code. A slot goes when its function's name is a
/// stream future's, or when it is the `FnOnce` shim right after one, in the same vtable. A function
/// that also sits in a slot that stays keeps all its slots. `None` when the wasm has no names or its
/// table is not laid out as expected: then it is left as it is, only bigger.
fn drop_dead_futures(wasm: &[u8]) -> Option<Vec<u8>> {
    let mut names = std::collections::HashMap::new();
    let mut elements = None;
    for (id, start, end, body) in sections(wasm)? {
        if id == 9 {
            elements = Some((start, end, body));
        } else if id == 0 {
            let (len, name_at) = leb(body, 0)?;
            if body.get(name_at..name_at + len)? == b"name" {
                function_names(body.get(name_at + len..)?, &mut names)?;
            }
        }
    }
    let (section_at, section_end, body) = elements?;
    // One active segment at a constant offset, as wasm-ld writes it: flags 0, `i32.const n`, `end`.
    let (1, i) = leb(body, 0)? else { return None };
    let (0, i) = leb(body, i)? else { return None };
    let expr_end = leb(body, i + 1)?.1 + 1;
    if body.get(i) != Some(&0x41) || body.get(expr_end - 1) != Some(&0x0b) {
        return None;
    }
    let (count, mut i) = leb(body, expr_end)?;
    let mut slots = Vec::with_capacity(count);
    for _ in 0..count {
        let (function, next) = leb(body, i)?;
        slots.push(function);
        i = next;
    }
    if i != body.len() {
        return None;
    }
    let mut dead = vec![false; count];
    for s in 0..count {
        let name: &str = names.get(&slots[s]).map_or("", |n: &String| n);
        dead[s] = stream_future(name) || (s > 0 && dead[s - 1] && name.contains("vtable.shim"));
    }
    for s in 0..count {
        if dead[s] && (0..count).any(|t| !dead[t] && slots[t] == slots[s]) {
            dead[s] = false;
        }
    }
    let stand_in = (0..count).find(|&s| !dead[s]).map(|s| slots[s])?;
    let mut section = Vec::with_capacity(body.len());
    section.extend_from_slice(&body[..expr_end]);
    push_leb(&mut section, count);
    for s in 0..count {
        push_leb(&mut section, if dead[s] { stand_in } else { slots[s] });
    }
    let mut out = wasm[..section_at].to_vec();
    out.push(9);
    push_leb(&mut out, section.len());
    out.extend_from_slice(&section);
    out.extend_from_slice(wasm.get(section_end..)?);
    Some(out)
}

/// A wasm module's sections after its 8-byte header: each one's id, where it starts (at its id),
/// where it ends, and its body; `None` when a size runs past the end.
fn sections(wasm: &[u8]) -> Option<Vec<(u8, usize, usize, &[u8])>> {
    let mut out = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let (size, body_at) = leb(wasm, at + 1)?;
        let end = body_at.checked_add(size)?;
        out.push((wasm[at], at, end, wasm.get(body_at..end)?));
        at = end;
    }
    Some(out)
}

/// The function names of a `name` section's subsections (after the section's own name).
fn function_names(mut body: &[u8], names: &mut std::collections::HashMap<usize, String>) -> Option<()> {
    while let Some(&id) = body.first() {
        let (size, at) = leb(body, 1)?;
        let sub = body.get(at..at.checked_add(size)?)?;
        if id == 1 {
            let (count, mut i) = leb(sub, 0)?;
            for _ in 0..count {
                let (index, len_at) = leb(sub, i)?;
                let (len, name_at) = leb(sub, len_at)?;
                names.insert(index, String::from_utf8_lossy(sub.get(name_at..name_at + len)?).into_owned());
                i = name_at + len;
            }
        }
        body = &body[at + size..];
    }
    Some(())
}

/// wasm-bindgen names each function the glue gives the wasm after what it calls and a 16-digit
/// hash (`__wbg_set_id_861bcd7afe9f86ad`), and writes each name twice: in the wasm's import section
/// and as a key of the glue's imports object. Hashes do not compress, so about 4 KB of the gzipped
/// bundle was these names. Here each import whose name is a key exactly once in the glue, and is
/// nowhere else in it, gets a short name (`a` … `Z`, then `ba` …) in both files. The wasm is loaded
/// by path, with no hash to renew. `None` when the wasm is not laid out as expected (then nothing
/// is renamed and the app still works, only bigger).
fn short_import_names(wasm: &[u8], js: &str) -> Option<(Vec<u8>, String)> {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = wasm.get(..8)?.to_vec();
    let mut js = js.to_string();
    let mut renamed = 0;
    let mut imported = Vec::new();
    for (id, _, _, body) in sections(wasm)? {
        if id == 7 {
            out.push(id);
            let section = short_export_names(body, &mut js)?;
            push_leb(&mut out, section.len());
            out.extend_from_slice(&section);
            continue;
        }
        if id != 2 {
            out.push(id);
            push_leb(&mut out, body.len());
            out.extend_from_slice(body);
            continue;
        }
        let (count, mut i) = leb(body, 0)?;
        let mut section = Vec::with_capacity(body.len());
        push_leb(&mut section, count);
        for _ in 0..count {
            let (module_len, module_at) = leb(body, i)?;
            let (name_len, name_at) = leb(body, module_at + module_len)?;
            let name = std::str::from_utf8(body.get(name_at..name_at + name_len)?).ok()?;
            let desc_at = name_at + name_len;
            let desc_end = import_desc_end(body, desc_at)?;
            let key = format!("{name}:");
            let short = if body[desc_at] == 0 && js.matches(name).count() == 1 && js.contains(&key) {
                let mut n = renamed;
                let mut short = String::new();
                loop {
                    short.push(LETTERS[n % LETTERS.len()] as char);
                    n /= LETTERS.len();
                    if n == 0 {
                        break;
                    }
                }
                renamed += 1;
                js = js.replacen(&key, &format!("{short}:"), 1);
                short
            } else {
                name.to_string()
            };
            imported.push(short.clone());
            section.extend_from_slice(body.get(i..module_at + module_len)?);
            push_leb(&mut section, short.len());
            section.extend_from_slice(short.as_bytes());
            section.extend_from_slice(body.get(desc_at..desc_end)?);
            i = desc_end;
        }
        out.push(id);
        push_leb(&mut out, section.len());
        out.extend_from_slice(&section);
    }
    Some((out, drop_unimported(&js, &imported)))
}

/// The glue without the functions it offers the wasm under a wasm-bindgen name (`__wbg_…: function`)
/// that the wasm no longer imports: wasm-opt removed the code that called them (the stream
/// classes' `new Promise`). An entry goes from its key's line to the line that closes its braces,
/// and only when no quote in it could hold a brace.
fn drop_unimported(js: &str, imported: &[String]) -> String {
    if imported.is_empty() {
        return js.to_string();
    }
    let lines: Vec<&str> = js.lines().collect();
    let mut out = String::with_capacity(js.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let key = line.strip_suffix('{').and_then(|l| l.split_once(": function(")).map(|(k, _)| k);
        let dead = key.filter(|k| k.starts_with("__wbg_") && !imported.iter().any(|name| name == k));
        let mut depth = 0i32;
        let end = dead.and_then(|_| {
            (i..lines.len()).find(|&j| {
                depth += lines[j].matches('{').count() as i32 - lines[j].matches('}').count() as i32;
                depth <= 0
            })
        });
        let quoted = |j: usize| lines[i..=j].iter().any(|l| l.contains(['\'', '"', '`']));
        match end {
            Some(j) if !quoted(j) => i = j + 1,
            _ => {
                out.push_str(line);
                out.push('\n');
                i += 1;
            }
        }
    }
    out
}

/// The export section `body` with each export named after a Rust symbol's hash
/// (`wasm_bindgen__convert__closures_____invoke__h10c7cea53597491f`, the closures' entry points)
/// named by its place instead (`…invoke__5`), and the glue's uses of it renamed with it.
fn short_export_names(body: &[u8], js: &mut String) -> Option<Vec<u8>> {
    let (count, mut i) = leb(body, 0)?;
    let mut section = Vec::with_capacity(body.len());
    push_leb(&mut section, count);
    for place in 0..count {
        let (name_len, name_at) = leb(body, i)?;
        let name = std::str::from_utf8(body.get(name_at..name_at + name_len)?).ok()?;
        let desc_end = leb(body, name_at + name_len + 1)?.1;
        // A Rust symbol's hash: `__h` and 16 hex digits at the end.
        let hash_at = name.len().saturating_sub(17);
        let (prefix, hash) = (name.get(..hash_at).unwrap_or(""), name.get(hash_at..).unwrap_or(""));
        let hashed = prefix.ends_with("__")
            && hash.len() == 17
            && hash.starts_with('h')
            && hash[1..].bytes().all(|b| b.is_ascii_hexdigit());
        let short = format!("{prefix}{place}");
        let name = if hashed && !js.contains(&short) {
            *js = js.replace(name, &short);
            short
        } else {
            name.to_string()
        };
        push_leb(&mut section, name.len());
        section.extend_from_slice(name.as_bytes());
        section.extend_from_slice(body.get(name_at + name_len..desc_end)?);
        i = desc_end;
    }
    Some(section)
}

/// Where the import description at `at` ends: a function's type, a table, a memory or a global.
fn import_desc_end(body: &[u8], at: usize) -> Option<usize> {
    let limits_end = |at: usize| -> Option<usize> {
        let flags = *body.get(at)?;
        let (_, after_min) = leb(body, at + 1)?;
        if flags & 1 == 1 {
            Some(leb(body, after_min)?.1)
        } else {
            Some(after_min)
        }
    };
    match *body.get(at)? {
        0 => Some(leb(body, at + 1)?.1),
        1 => limits_end(at + 2),
        2 => limits_end(at + 1),
        3 => Some(at + 3),
        _ => None,
    }
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], mut at: usize) -> Option<(usize, usize)> {
    let mut value = 0usize;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(at)?;
        at += 1;
        value |= usize::from(byte & 0x7f).checked_shl(shift)?;
        if byte < 0x80 {
            return Some((value, at));
        }
        shift += 7;
    }
}

fn push_leb(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Comments out, runs of blanks made one, and no blank around `{ } ; ,`, or around `:` inside a
/// declaration block (never in a selector, where `a :hover` differs from `a:hover`).
fn minify_css(css: &str) -> String {
    let mut text = String::new();
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        text.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    text.push_str(rest);
    let words: Vec<&str> = text.split_whitespace().collect();
    let text = words.join(" ");
    let mut out = String::with_capacity(text.len());
    let mut depth_decl = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '{' {
            // A block is a declaration block when no `{` comes before its `}`.
            let tail: String = chars[i + 1..].iter().collect();
            depth_decl = tail.find('}').is_some_and(|close| !tail[..close].contains('{'));
        } else if c == '}' {
            depth_decl = false;
        }
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',') || (depth_decl && c == ':');
        if c == ' ' {
            let prev = out.chars().last().unwrap_or(' ');
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            if tight(prev) || tight(next) || prev == ' ' {
                continue;
            }
        }
        out.push(c);
    }
    out.replace(";}", "}")
}

/// Each line trimmed; blank lines and lines that are only a `//` comment left out. Line breaks stay,
/// so automatic semicolons and the template strings (all on one line) are as before.
fn squeeze_js(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    for line in js.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The glue without wasm-bindgen's classes for wasm-streams' `IntoUnderlyingSource`, `…Sink` and
/// `…ByteSource` (Leptos's server functions depend on wasm-streams). Nothing in this app makes one,
/// so `WASM_OPT` has wasm-opt remove their exports (`--remove-exports`), and with them their code;
/// here go their classes and `FinalizationRegistry`s. The cut follows wasm-bindgen's layout: a class
/// from its `export class` line to its `Symbol.dispose` line, a registry in three lines. Should
/// that layout change, a class with no end leaves the glue as it was.
fn drop_stream_classes(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_class = false;
    let mut registry_lines = 0;
    for line in js.lines() {
        if in_class {
            in_class = !line.starts_with("if (Symbol.dispose) IntoUnderlying");
        } else if registry_lines > 0 && (line.starts_with('?') || line.starts_with(':')) {
            registry_lines -= 1;
        } else if line.starts_with("export class IntoUnderlying") {
            in_class = true;
        } else if line.starts_with("const IntoUnderlying")
            && line.ends_with("Finalization = (typeof FinalizationRegistry === 'undefined')")
        {
            registry_lines = 2;
        } else {
            registry_lines = 0;
            out.push_str(line);
            out.push('\n');
        }
    }
    if in_class {
        return js.to_string();
    }
    out
}

/// JSON without the blanks between its tokens; strings, escapes included, are copied as they are.
fn minify_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if matches!(c, ' ' | '\n' | '\r' | '\t') {
            continue;
        } else if c == '"' {
            in_string = true;
        }
        out.push(c);
    }
    out
}

/// Where each element of the array whose `[` is at `open` starts and ends, in JSON without blanks;
/// of an object (`{` at `open`), each member, from its key to the end of its value.
fn array_items(json: &str, open: usize) -> Option<Vec<(usize, usize)>> {
    let (mut depth, mut in_string, mut escaped, mut start) = (0usize, false, false, open + 1);
    let mut items = Vec::new();
    for (i, c) in json.bytes().enumerate().skip(open) {
        if in_string {
            (in_string, escaped) = (escaped || c != b'"', !escaped && c == b'\\');
            continue;
        }
        match c {
            b'"' => in_string = true,
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    if i > start {
                        items.push((start, i));
                    }
                    return Some(items);
                }
            }
            b',' if depth == 1 => {
                items.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    None
}

/// The first file of the dataset `json` (which loads as `loaded`): the same dataset with each list of sources
/// replaced by its length, or `None` when it would not load as exactly `loaded` with each source a placeholder.
///
/// A permalink draws from it and then from the full file (`ui`): the sources are 58% of the bundled dataset's
/// bytes gzipped (65,721 instead of 122,948 B, `gzip -6`), and on a slow link the wasm and the dataset share the
/// line until the first draw.
fn first_file(json: &str, loaded: &common_ground::model::Loaded) -> Option<String> {
    fn count_sources(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for (key, item) in m.iter_mut() {
                    match item {
                        serde_json::Value::Array(list) if key == "sources" => *item = list.len().into(),
                        _ => count_sources(item),
                    }
                }
            }
            serde_json::Value::Array(list) => list.iter_mut().for_each(count_sources),
            _ => {}
        }
    }
    let mut value: serde_json::Value = serde_json::from_str(json).ok()?;
    count_sources(&mut value);
    let first = serde_json::to_string(&value).ok()?;
    let mut expected = loaded.clone();
    expected.dataset.for_each_source(|s| *s = common_ground::model::Source::pending());
    (common_ground::load::load_first(&first).ok()? == expected).then_some(first)
}

/// The same JSON (without blanks) with its positions sorted by date, `None` if it has no such list.
///
/// The model sorts positions itself (by issue, party and date), so their order in the file only matters for the
/// paths of diagnostics, and the caller keeps it where there are any. Gzip finds repeats only within 32 KB, and a
/// source is usually cited by positions of the same days on several issues: in date order the bundled dataset's
/// copy is 123 KB gzipped instead of 141 KB (`gzip -6`), which a page on a slow link waits for before it can draw a
/// permalink.
fn positions_by_date(json: &str) -> Option<String> {
    // The top level's member `"positions":[…]`, found by the same scan as its elements.
    let key = "\"positions\":[";
    let member = array_items(json, 0)?.into_iter().find(|&(start, _)| json[start..].starts_with(key))?;
    let open = member.0 + key.len() - 1;
    let items = array_items(json, open)?;
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    let dates: Vec<&str> =
        value.get("positions")?.as_array()?.iter().map(|p| p["as_of"].as_str().unwrap_or("")).collect();
    if dates.len() != items.len() {
        return None;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&k| dates[k]);
    let mut out = String::with_capacity(json.len());
    out.push_str(&json[..open + 1]);
    for (n, &k) in order.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str(&json[items[k].0..items[k].1]);
    }
    let end = items.last().map_or(open + 1, |last| last.1);
    out.push_str(&json[end..]);
    Some(out)
}

#[cfg(test)]
mod shrink_tests {
    use super::{
        drop_dead_futures, drop_stream_classes, drop_unimported, first_file, minify_css, minify_json,
        positions_by_date, push_leb, short_export_names, short_import_names, squeeze_js,
    };

    #[test]
    fn json_loses_its_blanks_but_not_those_in_strings() {
        let json = "{\n  \"a b\": [ 1, \"x \\\" \\\\\" ],\r\n\t\"c\" : \" {} \"\n}\n";
        assert_eq!(minify_json(json), "{\"a b\":[1,\"x \\\" \\\\\"],\"c\":\" {} \"}");
    }

    #[test]
    fn the_shipped_dataset_reads_exactly_as_the_one_authors_edit() {
        let text = include_str!("../../data/positions.json");
        let pretty = common_ground::load::load(text).expect("the dataset loads");
        let small = minify_json(text);
        assert!(small.len() < text.len() * 9 / 10, "{} of {} bytes", small.len(), text.len());
        assert_eq!(common_ground::load::load(&small).expect("the shipped copy loads"), pretty);
    }

    #[test]
    fn positions_go_in_date_order_and_everything_else_stays() {
        let json = r#"{"note":"\"positions\":[","positions":[{"as_of":"2023-01-02","s":["a]",{"b":1}]},{"as_of":"2022-05-01"},{"as_of":"2023-01-02","x":2}],"z":[]}"#;
        assert_eq!(
            positions_by_date(json).as_deref(),
            Some(
                r#"{"note":"\"positions\":[","positions":[{"as_of":"2022-05-01"},{"as_of":"2023-01-02","s":["a]",{"b":1}]},{"as_of":"2023-01-02","x":2}],"z":[]}"#
            )
        );
        assert_eq!(positions_by_date(r#"{"positions":[]}"#).as_deref(), Some(r#"{"positions":[]}"#));
        assert_eq!(positions_by_date(r#"{"a":{"positions":[{"as_of":"2"},{"as_of":"1"}]}}"#), None);
        assert_eq!(positions_by_date(r#"{"parties":[]}"#), None);
    }

    #[test]
    fn the_bundled_copy_in_date_order_reads_exactly_as_the_file() {
        let text = minify_json(include_str!("../../data/positions.json"));
        let by_date = positions_by_date(&text).expect("the dataset has positions");
        assert_eq!(by_date.len(), text.len());
        assert_eq!(common_ground::load::load(&by_date), common_ground::load::load(&text));
    }

    #[test]
    fn the_bundled_first_file_is_the_dataset_with_each_source_list_a_count() {
        let text = minify_json(include_str!("../../data/positions.json"));
        let loaded = common_ground::load::load(&text).expect("the dataset loads");
        let first = first_file(&text, &loaded).expect("the bundled dataset has a first file");
        assert!(first.len() < text.len() / 2, "{} of {} bytes", first.len(), text.len());
        assert!(!first.contains("\"url\""), "no source is left in it");
        let mut read = common_ground::load::load_first(&first).expect("it loads as a first file");
        let mut sources = 0;
        read.dataset.for_each_source(|s| {
            assert!(s.is_pending());
            sources += 1;
        });
        assert!(sources > 1000, "{sources} placeholders");
        // Each placeholder stands where a source was, and the rest is the dataset as it is.
        let mut full = loaded.dataset.clone();
        let mut real = 0;
        full.for_each_source(|s| {
            assert!(!s.is_pending());
            real += 1;
            *s = common_ground::model::Source::pending();
        });
        assert_eq!(real, sources);
        assert_eq!(read.dataset, full);
        // As a dataset file, counts are no sources at all.
        assert!(common_ground::load::load(&first).expect("loads").diagnostics.len() > 100);
    }

    #[test]
    fn a_dataset_whose_sources_have_problems_gets_no_first_file() {
        let text = minify_json(include_str!("../../tests/fixtures/example.json"));
        let loaded = common_ground::load::load(&text).expect("loads");
        assert!(first_file(&text, &loaded).is_some());
        let broken = text.replacen("\"url\":\"https://", "\"url\":\"ftp://", 1);
        let loaded = common_ground::load::load(&broken).expect("loads, with an error");
        assert!(!loaded.diagnostics.is_empty());
        assert_eq!(first_file(&broken, &loaded), None);
    }

    #[test]
    fn css_loses_comments_and_blanks_but_keeps_selector_spaces() {
        let css = "/* a note */\n.a .b:hover, .c :focus {\n  color: red;\n  font: 10px sans-serif;\n}\n@media (width >= 48rem) {\n  .d { margin: 0 auto; }\n}\n";
        assert_eq!(
            minify_css(css),
            ".a .b:hover,.c :focus{color:red;font:10px sans-serif}@media (width >= 48rem){.d{margin:0 auto}}"
        );
    }

    #[test]
    fn js_keeps_its_lines_and_strings() {
        let js = "    // note\n    let s = `a  b`;\n\n    f(s) // trailing\n";
        assert_eq!(squeeze_js(js), "let s = `a  b`;\nf(s) // trailing\n");
    }

    #[test]
    fn js_loses_the_stream_classes_and_keeps_the_rest() {
        let js = "export class IntoUnderlyingSink {\nfree() {\n}\n}\nif (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;\nexport class Kept {\n}\nconst IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')\n? { register: () => {}, unregister: () => {} }\n: new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));\nfunction f() {\n}\n";
        assert_eq!(drop_stream_classes(js), "export class Kept {\n}\nfunction f() {\n}\n");
        let unended = "export class IntoUnderlyingSink {\nfree() {\n}\n";
        assert_eq!(drop_stream_classes(unended), unended);
    }

    /// A wasm header, then an import section of `imports` (module `m`), then a one-byte custom section.
    fn wasm_importing(imports: &[(&str, &[u8])]) -> Vec<u8> {
        let mut section = vec![imports.len() as u8];
        for (name, desc) in imports {
            section.extend_from_slice(&[1, b'm', name.len() as u8]);
            section.extend_from_slice(name.as_bytes());
            section.extend_from_slice(desc);
        }
        let mut wasm = b"\0asm\x01\0\0\0\x02".to_vec();
        wasm.push(section.len() as u8);
        wasm.extend_from_slice(&section);
        wasm.extend_from_slice(&[0, 1, 0]);
        wasm
    }

    #[test]
    fn wasm_imports_named_once_in_the_glue_get_short_names_in_both() {
        let long = "__wbg_set_id_861bcd7afe9f86ad";
        let twice = "__wbg_new_typed_e09da9dae6ee5935";
        let memory: &[u8] = &[2, 0, 1];
        let wasm = wasm_importing(&[(long, &[0, 3]), ("memory", memory), (twice, &[0, 4]), ("__wbg_x_1", &[0, 5])]);
        let js = format!(
            "const i = {{\n{long}: function() {{}},\n{twice}: function() {{ {twice}; }},\n__wbg_x_1: f,\n}};\n"
        );
        let (short_wasm, short_js) = short_import_names(&wasm, &js).expect("a well-formed wasm");
        assert_eq!(short_wasm, wasm_importing(&[("a", &[0, 3]), ("memory", memory), (twice, &[0, 4]), ("b", &[0, 5])]));
        assert_eq!(
            short_js,
            format!("const i = {{\na: function() {{}},\n{twice}: function() {{ {twice}; }},\nb: f,\n}};\n")
        );
        assert_eq!(short_import_names(&wasm[..wasm.len() - 5], &js), None);
    }

    /// A wasm header, an element section with one segment of `slots` at offset 1, and a name section
    /// naming functions 0, 1, 2 … by `names`.
    fn wasm_with_table(slots: &[u8], names: &[&str]) -> Vec<u8> {
        let mut elements = vec![1, 0, 0x41, 1, 0x0b, slots.len() as u8];
        elements.extend_from_slice(slots);
        let mut wasm = b"\0asm\x01\0\0\0\x09".to_vec();
        wasm.push(elements.len() as u8);
        wasm.extend_from_slice(&elements);
        let mut functions = vec![names.len() as u8];
        for (i, name) in names.iter().enumerate() {
            functions.extend_from_slice(&[i as u8, name.len() as u8]);
            functions.extend_from_slice(name.as_bytes());
        }
        let mut section = b"\x04name\x01".to_vec();
        push_leb(&mut section, functions.len());
        section.extend_from_slice(&functions);
        wasm.push(0);
        push_leb(&mut wasm, section.len());
        wasm.extend_from_slice(&section);
        wasm
    }

    #[test]
    fn the_stream_futures_leave_the_table_and_everything_else_stays() {
        let names = [
            "any_spawner::no_op_poll",
            "core::ptr::drop_in_place<wasm_streams::Source::pull::{{closure}}>",
            "core::ops::function::FnOnce::call_once{{vtable.shim}}::h1",
            "js_sys::futures::future_to_promise::{{closure}}::h2",
            "core::ops::function::FnOnce::call_once{{vtable.shim}}::h3",
            "common_ground::main",
        ];
        let wasm = wasm_with_table(&[0, 1, 2, 3, 4, 5], &names);
        assert_eq!(drop_dead_futures(&wasm), Some(wasm_with_table(&[0, 0, 0, 0, 0, 5], &names)));
        // A shim that does not follow a stream future, or a function also in a slot that stays, is kept.
        let wasm = wasm_with_table(&[4, 1, 5, 2, 3, 3, 0], &names);
        assert_eq!(drop_dead_futures(&wasm), Some(wasm_with_table(&[4, 4, 5, 2, 4, 4, 0], &names)));
        let shared = wasm_with_table(&[1, 2, 5, 2], &names);
        assert_eq!(drop_dead_futures(&shared), Some(wasm_with_table(&[2, 2, 5, 2], &names)));
        assert_eq!(drop_dead_futures(&shared[..shared.len() - 3]), None);
    }

    #[test]
    fn glue_functions_the_wasm_does_not_import_go() {
        let js = "const import0 = {\n__wbg_kept_1: function(arg0) {\nf(arg0);\n},\n__wbg_gone_2: function(arg0, arg1) {\ntry {\nvar s = {a: arg0};\n} finally {\ns.a = 0;\n}\n},\n__wbg_quoted_3: function() {\nreturn '}';\n},\n};\n";
        let imported = ["__wbg_kept_1".to_string()];
        assert_eq!(
            drop_unimported(js, &imported),
            "const import0 = {\n__wbg_kept_1: function(arg0) {\nf(arg0);\n},\n__wbg_quoted_3: function() {\nreturn '}';\n},\n};\n"
        );
    }

    #[test]
    fn exports_named_after_a_hash_are_named_by_their_place_in_both() {
        let hashed = "invoke__h10c7cea53597491f";
        let mut body = vec![2, 6];
        body.extend_from_slice(b"memory\x02\x00");
        body.push(hashed.len() as u8);
        body.extend_from_slice(hashed.as_bytes());
        body.extend_from_slice(&[0, 0x85, 0x01]);
        let mut js = format!("function {hashed}(a) {{\nwasm.{hashed}(a);\n}}\nwasm.memory;\n");
        let mut short = vec![2, 6];
        short.extend_from_slice(b"memory\x02\x00\x09invoke__1\x00\x85\x01");
        assert_eq!(short_export_names(&body, &mut js), Some(short));
        assert_eq!(js, "function invoke__1(a) {\nwasm.invoke__1(a);\n}\nwasm.memory;\n");
    }
}
