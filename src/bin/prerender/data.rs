//! The dataset copies the page fetches: the bundled dataset without its blanks and in date order, and the first
//! file, the same dataset with each source list given as its length.

use std::path::Path;

/// The file authors edit, which the copies are made from.
pub const AUTHORS_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/positions.json");

/// The dataset as the page fetches it.
pub struct Shipped {
    /// The text of `DIR/data/positions.json`, which the prerendered page is drawn from and fingerprinted by.
    pub text: String,
    pub loaded: common_ground::model::Loaded,
    /// Whether the build wrote the first file.
    pub first_file: bool,
}

/// Reads the authors' file and writes the copy the page fetches and the first file into `dir`.
pub fn write_copies(dir: &Path) -> Result<Shipped, String> {
    let data_path = Path::new(AUTHORS_FILE);
    let source = std::fs::read_to_string(data_path).map_err(|e| format!("cannot read {}: {e}", data_path.display()))?;
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
    Ok(Shipped { text, loaded, first_file: first.is_some() })
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
mod tests {
    use super::{first_file, minify_json, positions_by_date};

    #[test]
    fn json_loses_its_blanks_but_not_those_in_strings() {
        let json = "{\n  \"a b\": [ 1, \"x \\\" \\\\\" ],\r\n\t\"c\" : \" {} \"\n}\n";
        assert_eq!(minify_json(json), "{\"a b\":[1,\"x \\\" \\\\\"],\"c\":\" {} \"}");
    }

    #[test]
    fn the_shipped_dataset_reads_exactly_as_the_one_authors_edit() {
        let text = include_str!("../../../data/positions.json");
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
        let text = minify_json(include_str!("../../../data/positions.json"));
        let by_date = positions_by_date(&text).expect("the dataset has positions");
        assert_eq!(by_date.len(), text.len());
        assert_eq!(common_ground::load::load(&by_date), common_ground::load::load(&text));
    }

    #[test]
    fn the_bundled_first_file_is_the_dataset_with_each_source_list_a_count() {
        let text = minify_json(include_str!("../../../data/positions.json"));
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
        let text = minify_json(include_str!("../../../tests/fixtures/example.json"));
        let loaded = common_ground::load::load(&text).expect("loads");
        assert!(first_file(&text, &loaded).is_some());
        let broken = text.replacen("\"url\":\"https://", "\"url\":\"ftp://", 1);
        let loaded = common_ground::load::load(&broken).expect("loads, with an error");
        assert!(!loaded.diagnostics.is_empty());
        assert_eq!(first_file(&broken, &loaded), None);
    }
}
