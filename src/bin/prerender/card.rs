//! The social card image (`./x build` makes `og.png` with tools/og.mjs, then runs `prerender --card-image`): its
//! tags in the page.

use std::path::Path;

use crate::page::meta_tag;

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
pub fn add_card_image(dir: &Path) -> Result<String, String> {
    let (index, image) = (dir.join("index.html"), dir.join("og.png"));
    let bytes = std::fs::read(&image).map_err(|e| format!("cannot read {}: {e}", image.display()))?;
    let size = png_size(&bytes).ok_or_else(|| format!("{} is not a PNG image", image.display()))?;
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let data_path = Path::new(crate::data::AUTHORS_FILE);
    let text = std::fs::read_to_string(data_path).map_err(|e| format!("cannot read {}: {e}", data_path.display()))?;
    let loaded = common_ground::load::load(&text).map_err(|e| format!("{}: {e}", data_path.display()))?;
    let base = crate::public_url().unwrap_or_default();
    let html = with_card_image(&html, loaded.dataset.meta.title.shown(), &base, size)?;
    std::fs::write(&index, &html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    Ok(format!("{} names {} ({} × {})", index.display(), image.display(), size.0, size.1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::tests::{example, settings, TEMPLATE};
    use crate::page::{render, Settings};

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
}
