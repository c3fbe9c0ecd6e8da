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
//!
//! The steps, each in its module: `data` (the dataset copy the page fetches and the first file), `page` (the page,
//! its tags, its policy and its boot script, `boot.js`), `assets` (the stylesheet and the glue made smaller),
//! `wasm` (the wasm and its glue rewritten, and wasm-opt; `binary` reads the wasm's format) and `card` (the social
//! card image's tags); and the English catalogue file, `text/en.txt`, for the browser to load a dataset's diagnostics.

mod assets;
mod binary;
mod card;
mod data;
mod page;
mod views;
mod wasm;

use common_ground::text::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
    let result = if card_image { card::add_card_image(&dir) } else { run(&dir) };
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
    let shipped = data::write_copies(dir)?;
    write_catalogues(dir)?;
    let settings = page::Settings {
        public_url: public_url(),
        data_origins: std::env::var("CG_DATA_ORIGINS").unwrap_or_default(),
        first_file: shipped.first_file,
    };
    let fingerprint = common_ground::load::fingerprint(&shipped.text);
    let html = page::render(&template, &shipped.loaded, fingerprint, &settings)?;
    let html = assets::shrink_assets(dir, &html)?;
    std::fs::write(&index, &html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    let full = dir.join(views::FULL_PAGE);
    std::fs::write(&full, views::full_page(&html, &shipped.loaded)?)
        .map_err(|e| format!("cannot write {}: {e}", full.display()))?;
    // Each language's views, from the dataset read in it.
    let (mut views, mut bytes) = views::write(dir, &shipped.loaded, Lang::En)?;
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let loaded = common_ground::load::load_in(&shipped.text, lang).map_err(|e| e.to_string())?;
        let (n, b) = views::write(dir, &loaded, lang)?;
        (views, bytes) = (views + n, bytes + b);
    }
    let summary = format!(
        "wrote {} ({} bytes) from {}, {}, and {views} prerendered views ({bytes} bytes) in {}",
        index.display(),
        html.len(),
        data::AUTHORS_FILE,
        views::FULL_PAGE,
        views::FOLDER
    );
    // An image already in the staging folder (none in a plain trunk build) gets its tags at once.
    if dir.join("og.png").is_file() {
        card::add_card_image(dir)?;
    }
    Ok(summary)
}

/// The catalogue files the app loads (`text::install`), in `DIR/text/`: English, whose authors'
/// messages (a dataset's diagnostics) are not in the wasm, and each other language, whose every
/// message the browser loads for a page in it. Each is written in `Key`'s order from the checked
/// catalogue, which is how the browser reads it.
fn write_catalogues(dir: &Path) -> Result<(), String> {
    let folder = dir.join("text");
    std::fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    for lang in Lang::ALL {
        let path = dir.join(lang.file());
        std::fs::write(&path, common_ground::text::catalogue_file(lang))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// `PUBLIC_URL`, the deployment's absolute base URL, when set.
fn public_url() -> Option<String> {
    std::env::var("PUBLIC_URL").ok().filter(|u| !u.is_empty())
}
