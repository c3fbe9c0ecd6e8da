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

// ---- Layers: imports run one way ----

/// The crate's top-level modules, lowest layer first. A module may import only from layers
/// below its own: `text` holds the words and knows nothing else; `analysis` and `url` share a layer and know nothing of each other; `load`
/// checks tour steps with `url`; `present` draws everything below it; `ui` is the browser shell.
const LAYERS: [&[&str]; 6] = [&["text"], &["model"], &["analysis", "url"], &["load"], &["present"], &["ui"]];

fn layer_of(top: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&top))
}

/// Every library source file with its module path: `src/present/views/deal.rs` is
/// `["present", "views", "deal"]`, a `mod.rs` is its folder's module, `src/lib.rs` the root.
fn library_modules() -> Vec<(Vec<String>, String, String)> {
    let mut out = Vec::new();
    for (path, text) in files_under("src") {
        let rel = path.trim_start_matches("src/").trim_end_matches(".rs");
        // Binaries stand on the library; a `tests.rs` is a file's own `#[cfg(test)]` module.
        if rel.starts_with("bin/") || rel == "main" || rel.ends_with("/tests") {
            continue;
        }
        let mut module: Vec<String> = rel.split('/').map(str::to_string).collect();
        if module.last().is_some_and(|m| m == "mod" || m == "lib") {
            module.pop();
        }
        out.push((module, path, text));
    }
    out
}

/// The paths a file's code names, from `crate::` or `super::`: each `use` tree flattened, and
/// every path written inline. Each comes out as segments from the crate root.
fn named_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    // `super` of `a::b` (a file) is `a`; of a folder's `mod.rs` for `a::b`, also `a`.
    let parent: Vec<String> = module[..module.len().saturating_sub(1)].to_vec();
    let mut out = Vec::new();
    let code: String = code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    // `use` statements, whose braces list several paths.
    let mut rest = code.as_str();
    while let Some(i) = rest.find("use ") {
        let after = &rest[i + 4..];
        let Some(end) = after.find(';') else { break };
        let tree: String = after[..end].chars().filter(|c| !c.is_whitespace()).collect();
        flatten_use(&tree, &mut Vec::new(), &mut out, module, &parent);
        rest = &after[end..];
    }
    // Inline paths, `crate::model::UNLIMITED` or `super::print::WAIT`.
    let bytes = code.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(start) {
            let at = from + i;
            from = at + start.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_' || bytes[at - 1] == b'$') {
                continue;
            }
            let tail: String =
                code[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            if tail.ends_with("::") {
                continue; // `super::{a, b}`: a `use` group, read above
            }
            let segs: Vec<&str> = tail.split("::").filter(|s| !s.is_empty()).collect();
            out.extend(resolve_segments(&segs, module, &parent));
        }
    }
    out
}

fn resolve_segments(segs: &[&str], module: &[String], parent: &[String]) -> Option<Vec<String>> {
    let (first, rest) = segs.split_first()?;
    let mut base: Vec<String> = match *first {
        "crate" => Vec::new(),
        "super" => parent.to_vec(),
        "self" => module.to_vec(),
        _ => return None,
    };
    base.extend(rest.iter().map(|s| s.to_string()));
    Some(base)
}

/// Flattens one `use` tree (without blanks) into full paths, each from the crate root.
fn flatten_use(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>, module: &[String], parent: &[String]) {
    // Split at the top-level `{`, if any.
    let (head, group) = match tree.find('{') {
        Some(i) if tree.ends_with('}') => (&tree[..i], Some(&tree[i + 1..tree.len() - 1])),
        _ => (tree, None),
    };
    let mut path = prefix.clone();
    path.extend(head.split("::").filter(|s| !s.is_empty()).map(str::to_string));
    match group {
        None => {
            let segs: Vec<&str> = path.iter().map(String::as_str).collect();
            out.extend(resolve_segments(&segs, module, parent));
        }
        Some(items) => {
            let mut depth = 0;
            let mut start = 0;
            let mut pieces = Vec::new();
            for (i, c) in items.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        pieces.push(&items[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            pieces.push(&items[start..]);
            for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
                let piece = piece.split(" as ").next().unwrap_or(piece);
                if piece == "self" {
                    let segs: Vec<&str> = path.iter().map(String::as_str).collect();
                    out.extend(resolve_segments(&segs, module, parent));
                } else {
                    flatten_use(piece, &mut path.clone(), out, module, parent);
                }
            }
        }
    }
}

/// The module file a path lands in: the longest prefix of it that is a module.
fn module_of(path: &[String], modules: &[Vec<String>]) -> Option<Vec<String>> {
    (0..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| modules.contains(p))
}

/// Every import between two library files, as (from, to), with the reason it is kept: a folder's
/// `mod.rs` naming its own children (declarations and re-exports) is not an import.
fn imports() -> Vec<(Vec<String>, Vec<String>, String)> {
    let files = library_modules();
    let modules: Vec<Vec<String>> = files.iter().map(|f| f.0.clone()).collect();
    let mut edges = Vec::new();
    for (module, path, text) in &files {
        let is_mod = path.ends_with("mod.rs") || path.ends_with("lib.rs");
        for named in named_paths(module, without_tests(text)) {
            let Some(to) = module_of(&named, &modules) else { continue };
            if &to == module || (is_mod && to.starts_with(module)) {
                continue;
            }
            if !edges.iter().any(|(f, t, _): &(Vec<String>, Vec<String>, String)| f == module && *t == to) {
                edges.push((module.clone(), to, path.clone()));
            }
        }
    }
    edges
}

#[test]
fn layers_import_only_downward() {
    let edges = imports();
    assert!(edges.len() > 50, "the import scan found too little to be working: {edges:?}");
    let mut wrong = Vec::new();
    for (from, to, path) in &edges {
        let (Some(f), Some(t)) = (from.first(), to.first()) else { continue };
        if f == t {
            continue;
        }
        match (layer_of(f), layer_of(t)) {
            (Some(a), Some(b)) if b < a => {}
            _ => wrong.push(format!("{path} imports {}", to.join("::"))),
        }
    }
    assert!(wrong.is_empty(), "imports that run up or across the layers {LAYERS:?}:\n{}", wrong.join("\n"));
}

#[test]
fn no_file_imports_from_the_module_it_is_in() {
    // A file takes what it needs from its siblings by name, not from its folder's `mod.rs`
    // (which only lists and re-exports), so that imports inside a folder run one way too.
    let mut wrong = Vec::new();
    for (from, to, path) in imports() {
        if !to.is_empty() && from.starts_with(&to) {
            wrong.push(format!("{path} imports from {}", to.join("::")));
        }
    }
    assert!(wrong.is_empty(), "upward imports:\n{}", wrong.join("\n"));
}

#[test]
fn no_modules_import_each_other_even_through_others() {
    let edges = imports();
    let nodes: Vec<Vec<String>> = library_modules().into_iter().map(|m| m.0).collect();
    // Depth-first search for a cycle; reports the first one found.
    fn visit(
        n: &Vec<String>,
        edges: &[(Vec<String>, Vec<String>, String)],
        state: &mut Vec<(Vec<String>, u8)>,
        stack: &mut Vec<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        state.push((n.clone(), 1));
        stack.push(n.clone());
        for (_, to, _) in edges.iter().filter(|(f, _, _)| f == n) {
            match state.iter().find(|(m, _)| m == to).map(|s| s.1) {
                Some(1) => {
                    let at = stack.iter().position(|m| m == to).unwrap_or(0);
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(to.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(to, edges, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        if let Some(s) = state.iter_mut().find(|(m, _)| m == n) {
            s.1 = 2;
        }
        None
    }
    let mut state = Vec::new();
    for n in &nodes {
        if state.iter().any(|(m, _): &(Vec<String>, u8)| m == n) {
            continue;
        }
        if let Some(cycle) = visit(n, &edges, &mut state, &mut Vec::new()) {
            let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
            panic!("a circle of imports: {}", names.join(" → "));
        }
    }
}

// ---- Words are data: every sentence a reader sees comes from the text layer ----

/// The string literals of a line of code, outside comments.
fn literals(line: &str) -> Vec<&str> {
    let code = line.split("//").next().unwrap_or("");
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('"') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

/// Words a reader would read: a capitalised word followed by more text ("Loading the positions…",
/// "Copy" alone is caught by its capital too), or three words or more. Tag names, classes,
/// attribute names and ids are single lower-case tokens, or two at most ("cg cg-yes").
fn reads_as_words(literal: &str) -> bool {
    let words: Vec<&str> = literal.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect();
    let capital = words.iter().any(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.clone().count() >= 1
            && c.all(|x| x.is_lowercase() || !x.is_alphabetic())
    });
    capital || words.len() >= 3
}

#[test]
fn no_reader_facing_words_outside_the_text_layer() {
    let mut found = Vec::new();
    for (path, text) in files_under("src") {
        // The binaries' command-line words are theirs; the synthetic dataset's names are a dataset's text,
        // for benchmarks; the keyboard's key names (`ArrowRight`) are the browser's, not words.
        if path.starts_with("src/bin/")
            || path == "src/main.rs"
            || path == "src/analysis/synthetic.rs"
            || path.starts_with("src/text/")
            || path == "src/ui/keys.rs"
        {
            continue;
        }
        for (n, line) in without_tests(&text).lines().enumerate() {
            let trimmed = line.trim_start();
            // Attribute lines are not the app's words: the serde and schemars attributes of
            // `model/raw.rs` (with its doc comments) are the JSON Schema's text, the format's
            // reference for a dataset's authors like docs/DATA_FORMAT.md, written in English as
            // the format's keywords are, and never shown on a page.
            if trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            for lit in literals(line) {
                if reads_as_words(lit) {
                    found.push(format!("{path}:{}: \"{lit}\"", n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "words a reader sees, outside the text layer:\n{}", found.join("\n"));
}

#[test]
fn the_words_check_sees_words() {
    // It must catch what it is for, and let names through.
    assert!(reads_as_words("Loading the positions…"));
    assert!(reads_as_words("Copy"));
    assert!(reads_as_words("positions as of"));
    assert!(!reads_as_words("cg cg-yes"));
    assert!(!reads_as_words("aria-label"));
    assert!(!reads_as_words("data-go"));
    assert!(!reads_as_words("✓"));
}
