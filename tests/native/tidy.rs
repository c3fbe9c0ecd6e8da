//! Tidy: the invariants ARCHITECTURE.md states as absences, checked on the source text.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn files_under(sub: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    rust_files(&root.join(sub), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            (p.strip_prefix(root).unwrap_or(&p).display().to_string(), text)
        })
        .collect()
}

/// The code of a file without its `#[cfg(test)]` module.
fn without_tests(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

#[test]
fn the_core_knows_nothing_of_the_dom() {
    for dir in ["src/model", "src/analysis", "src/present", "src/url.rs"] {
        for (path, text) in files_under(dir).into_iter().chain(single(dir)) {
            for banned in ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"] {
                assert!(!text.contains(banned), "{path} mentions {banned}: the core must stay pure");
            }
        }
    }
}

fn single(path: &str) -> Vec<(String, String)> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if full.is_file() {
        vec![(path.to_string(), std::fs::read_to_string(full).unwrap_or_default())]
    } else {
        Vec::new()
    }
}

#[test]
fn the_core_does_no_io() {
    for dir in ["src/model", "src/analysis", "src/present", "src/url.rs"] {
        for (path, text) in files_under(dir).into_iter().chain(single(dir)) {
            for banned in ["std::fs", "std::net", "std::io", "SystemTime", "println!"] {
                assert!(!without_tests(&text).contains(banned), "{path} uses {banned}");
            }
        }
    }
}

#[test]
fn every_source_file_starts_with_a_doc_line() {
    for (path, text) in files_under("src").into_iter().chain(files_under("tests")).chain(files_under("benches")) {
        assert!(text.starts_with("//!"), "{path} must start with a //! line saying what it is for");
    }
}

#[test]
fn nothing_on_a_data_path_unwraps_or_panics() {
    for dir in ["src/model", "src/analysis", "src/url.rs", "src/present"] {
        for (path, text) in files_under(dir).into_iter().chain(single(dir)) {
            let code = without_tests(&text);
            for banned in [".unwrap()", ".expect(", "panic!(", "unreachable!(", "todo!("] {
                assert!(!code.contains(banned), "{path} contains {banned}");
            }
        }
    }
}

#[test]
fn no_dataset_text_can_become_html() {
    for (path, text) in files_under("src") {
        for banned in ["inner_html", "set_inner_html", "innerHTML", "insertAdjacentHTML", "outer_html"] {
            assert!(!text.contains(banned), "{path} contains {banned}");
        }
    }
}
