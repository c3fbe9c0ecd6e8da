//! The wasm and its glue, rewritten after wasm-bindgen: the glue's stream classes cut out, the table's slots for the
//! stream futures repointed, wasm-opt run (it removes the exports nothing calls), the imports given short names in
//! both files, and the glue's functions for imports that went cut out too.
//!
//! Each rewrite depends on how wasm-bindgen, Leptos and rustc lay out their output, so each checks that it found
//! what it expects and fails the build otherwise, naming what it did not find: after an upgrade, a rewrite that
//! silently did nothing would cost bytes, and one that half worked could break the start-up. A last check
//! (`check_glue`) holds the two files to each other: the glue offers exactly the functions the wasm imports, and
//! calls only what the wasm exports. Each rewrite says what it did in the build's log.

use std::collections::BTreeSet;
use std::path::Path;

use crate::binary::{custom_section, exports, function_names, import_desc_end, imports, leb, push_leb, sections};

/// The exports wasm-opt removes (`--remove-exports`; `*` stands for any run of characters): those the glue never
/// calls, among them the ones for wasm-streams' three stream classes (Leptos's `server_fn` depends on wasm-streams;
/// nothing here makes a stream, see `drop_stream_classes`). Each pattern must match an export of wasm-bindgen's
/// output, and none an export of wasm-opt's (`check_removed_exports`).
const REMOVED_EXPORTS: &str =
    "*intounderlying*,main,__abort_handler,__instance_terminated,_WASM_SPLIT_MARKER_*,__wbindgen_free";

/// wasm-opt's options: size first (`-Os`), repeated while it still finds something (`--converge`).
/// `--low-memory-unused` lets it fold constant offsets into loads and stores, which is only wrong for
/// an access to the lowest KB of memory, where Rust's wasm keeps the far end of its 1 MB stack.
/// Then the exports of `REMOVED_EXPORTS` go, and the producers and target features sections.
fn wasm_opt_args() -> [String; 7] {
    [
        "-Os".into(),
        "--converge".into(),
        "--low-memory-unused".into(),
        "--remove-exports".into(),
        format!("--pass-arg=remove-exports@{REMOVED_EXPORTS}"),
        "--strip-producers".into(),
        "--strip-target-features".into(),
    ]
}

/// The classes wasm-bindgen writes into the glue for wasm-streams (`drop_stream_classes`).
const STREAM_CLASSES: [&str; 3] = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/// Runs the rewrites on the wasm at `path` and its glue `js`: writes the wasm, and returns the glue.
///
/// As in trunk, a debug build (`trunk serve` without `--release`, `TRUNK_PROFILE=debug`) is left unoptimised: it
/// gets no wasm-opt and so no table rewrite, and since nothing is removed from its wasm, none of its imports goes
/// and the glue keeps all its functions.
pub fn rewrite(path: &Path, js: &str) -> Result<String, String> {
    let release = !std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "debug");
    let (js, classes) = drop_stream_classes(js)?;
    note(&format!("the glue's stream classes cut out: {}", classes.join(", ")));
    if release {
        optimise_wasm(path)?;
    }
    let wasm = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (wasm, js, renamed) = short_import_names(&wasm, &js)?;
    note(&format!("{renamed} imports given short names in the wasm and the glue"));
    let imported: Vec<String> =
        imports(&wasm).ok_or("the renamed wasm cannot be read")?.into_iter().map(|i| i.0).collect();
    let (js, dropped) = drop_unimported(&js, &imported)?;
    if release && dropped.is_empty() {
        return Err("the glue offers no function the optimised wasm no longer imports: wasm-opt used to remove the \
             stream classes' `new Promise`, and with it the import of it; if it no longer does, remove \
             `drop_unimported`"
            .into());
    }
    note(&format!("{} functions the wasm no longer imports cut out of the glue", dropped.len()));
    check_glue(&wasm, &js)?;
    std::fs::write(path, wasm).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(js)
}

/// A line in the build's log.
fn note(what: &str) {
    eprintln!("prerender: {what}");
}

/// Runs wasm-opt (`wasm_opt_args`) on wasm-bindgen's output here rather than in trunk (index.html turns
/// trunk's run off), because first the table has to lose the stream classes' futures
/// (`drop_dead_futures`), which only the function names wasm-bindgen leaves in tell apart.
fn optimise_wasm(path: &Path) -> Result<(), String> {
    let wasm = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let exported = exports(&wasm).ok_or("wasm-bindgen's wasm has an export section that cannot be read")?;
    let (kept, repointed, slots) = drop_dead_futures(&wasm)?;
    note(&format!("{repointed} of the table's {slots} slots, the stream futures', pointed at another function"));
    let input = path.with_extension("in.wasm");
    std::fs::write(&input, kept).map_err(|e| format!("cannot write {}: {e}", input.display()))?;
    let status = std::process::Command::new("wasm-opt")
        .args(wasm_opt_args())
        .arg(&input)
        .arg("-o")
        .arg(path)
        .status()
        .map_err(|e| format!("cannot run wasm-opt (./x installs it): {e}"))?;
    let _ = std::fs::remove_file(&input);
    if !status.success() {
        return Err(format!("wasm-opt failed on {}: {status}", path.display()));
    }
    let optimised = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let left = exports(&optimised).ok_or("wasm-opt's output has an export section that cannot be read")?;
    let removed = check_removed_exports(&exported, &left)?;
    note(&format!("wasm-opt: {} → {} bytes, {removed} exports removed", wasm.len(), optimised.len()));
    Ok(())
}

/// How many of `before` (wasm-bindgen's exports) match `REMOVED_EXPORTS`; an error when a pattern matches none of
/// them (it would remove nothing: the export has been renamed or is gone), or one of `after` (wasm-opt's).
fn check_removed_exports(before: &[String], after: &[String]) -> Result<usize, String> {
    let mut removed = 0;
    for pattern in REMOVED_EXPORTS.split(',') {
        let matched = before.iter().filter(|name| glob(pattern, name)).count();
        if matched == 0 {
            return Err(format!("wasm-bindgen's wasm has no export matching `{pattern}`, which wasm-opt is to remove"));
        }
        if let Some(name) = after.iter().find(|name| glob(pattern, name)) {
            return Err(format!("wasm-opt kept the export `{name}`, which matches `{pattern}`"));
        }
        removed += matched;
    }
    Ok(removed)
}

/// Whether `name` matches `pattern`, in which `*` stands for any run of characters (as in wasm-opt's
/// `--remove-exports`).
fn glob(pattern: &str, name: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = name.strip_prefix(first) else { return false };
    let mut middle: Vec<&str> = parts.collect();
    let Some(last) = middle.pop() else { return rest.is_empty() };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// Whether the table slot holding `name` is one of the stream classes' futures: wasm-streams' own
/// functions and the promises of the futures their methods return (`future_to_promise`, which
/// nothing else here calls).
fn stream_future(name: &str) -> bool {
    name.contains("wasm_streams") || name.contains("future_to_promise")
}

/// The wasm with the table slots of the stream classes' futures pointing at another function of the
/// table, how many slots were repointed, and how many the table has. wasm-opt removes the exports that make those
/// futures, but it keeps every function the table holds, as a call through the table might reach it, and with them
/// about 10 KB of code they alone use (3.5 KB gzipped). Nothing calls through those slots once the exports are gone:
/// the vtables holding them are only read by the removed code. A slot goes when its function's name is a
/// stream future's, or when it is the `FnOnce` shim right after one, in the same vtable. A function
/// that also sits in a slot that stays keeps all its slots. An error when the wasm has no function names, its table
/// is not laid out as expected, or no slot holds a stream future.
fn drop_dead_futures(wasm: &[u8]) -> Result<(Vec<u8>, usize, usize), String> {
    let unreadable = "the wasm's sections cannot be read";
    let names = custom_section(wasm, "name")
        .ok_or("the wasm has no `name` section, whose function names tell the table's stream futures apart")?;
    let names = function_names(names).ok_or("the wasm's `name` section cannot be read")?;
    if names.is_empty() {
        return Err("the wasm's `name` section names no function, so the table's stream futures cannot be found".into());
    }
    let (section_at, section_end, body) = sections(wasm)
        .ok_or(unreadable)?
        .into_iter()
        .find(|s| s.0 == 9)
        .map(|(_, start, end, body)| (start, end, body))
        .ok_or("the wasm has no element section, the table the stream futures are in")?;
    // One active segment at a constant offset, as wasm-ld writes it: flags 0, `i32.const n`, `end`.
    let layout = "the wasm's element section is not one active segment at a constant offset, as wasm-ld writes it";
    let (1, i) = leb(body, 0).ok_or(layout)? else { return Err(layout.into()) };
    let (0, i) = leb(body, i).ok_or(layout)? else { return Err(layout.into()) };
    let expr_end = leb(body, i + 1).ok_or(layout)?.1 + 1;
    if body.get(i) != Some(&0x41) || body.get(expr_end - 1) != Some(&0x0b) {
        return Err(layout.into());
    }
    let (count, mut i) = leb(body, expr_end).ok_or(layout)?;
    let mut slots = Vec::with_capacity(count);
    for _ in 0..count {
        let (function, next) = leb(body, i).ok_or(layout)?;
        slots.push(function);
        i = next;
    }
    if i != body.len() {
        return Err(layout.into());
    }
    let mut dead = vec![false; count];
    for s in 0..count {
        let name: &str = names.get(&slots[s]).map_or("", |n: &String| n);
        dead[s] = stream_future(name) || (s > 0 && dead[s - 1] && name.contains("vtable.shim"));
    }
    if !dead.contains(&true) {
        return Err("no slot of the wasm's table holds a stream future (a function named after `wasm_streams` or \
             `future_to_promise`); if the stream classes are gone, remove `drop_dead_futures`"
            .into());
    }
    // Legitimately kept: a function that is also in a live slot may be called through it.
    for s in 0..count {
        if dead[s] && (0..count).any(|t| !dead[t] && slots[t] == slots[s]) {
            dead[s] = false;
        }
    }
    let stand_in = (0..count)
        .find(|&s| !dead[s])
        .map(|s| slots[s])
        .ok_or("every slot of the wasm's table holds a stream future, and none is left to point them at")?;
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
    out.extend_from_slice(wasm.get(section_end..).ok_or(unreadable)?);
    Ok((out, dead.iter().filter(|&&d| d).count(), count))
}

/// Whether `name` ends in `_` and 16 hex digits, as wasm-bindgen names the functions the glue gives the wasm.
fn hashed(name: &str) -> bool {
    let Some(hash_at) = name.len().checked_sub(17) else { return false };
    let hash = &name.as_bytes()[hash_at..];
    hash[0] == b'_' && hash[1..].iter().all(|b| b.is_ascii_hexdigit())
}

/// wasm-bindgen names each function the glue gives the wasm after what it calls and a 16-digit
/// hash (`__wbg_set_id_861bcd7afe9f86ad`), and writes each name twice: in the wasm's import section
/// and as a key of the glue's imports object. Hashes do not compress, so about 4.9 KB of the gzipped
/// bundle was these names. Here each import whose name is a key exactly once in the glue, and is
/// nowhere else in it, gets a short name (`a` … `Z`, then `ba` …) in both files, and how many did is counted.
/// The wasm is loaded by path, with no hash to renew. An error when the wasm cannot be read, has no import section,
/// or has an import named after a hash that cannot be renamed; an import that is not (a memory, say) may keep its
/// name, as it costs little.
fn short_import_names(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String, usize), String> {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let unreadable = "the wasm's import section cannot be read";
    let mut out = wasm.get(..8).ok_or(unreadable)?.to_vec();
    let mut js = js.to_string();
    let mut renamed = 0;
    let mut kept_long = Vec::new();
    let mut found = false;
    for (id, _, _, body) in sections(wasm).ok_or("the wasm's sections cannot be read")? {
        if id != 2 {
            out.push(id);
            push_leb(&mut out, body.len());
            out.extend_from_slice(body);
            continue;
        }
        found = true;
        let (count, mut i) = leb(body, 0).ok_or(unreadable)?;
        let mut section = Vec::with_capacity(body.len());
        push_leb(&mut section, count);
        for _ in 0..count {
            let (module_len, module_at) = leb(body, i).ok_or(unreadable)?;
            let (name_len, name_at) = leb(body, module_at + module_len).ok_or(unreadable)?;
            let name = body.get(name_at..name_at + name_len).and_then(|n| std::str::from_utf8(n).ok());
            let name = name.ok_or(unreadable)?;
            let desc_at = name_at + name_len;
            let desc_end = import_desc_end(body, desc_at).ok_or(unreadable)?;
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
                if hashed(name) {
                    kept_long.push(format!("{name} (named {} times in the glue)", js.matches(name).count()));
                }
                name.to_string()
            };
            section.extend_from_slice(body.get(i..module_at + module_len).ok_or(unreadable)?);
            push_leb(&mut section, short.len());
            section.extend_from_slice(short.as_bytes());
            section.extend_from_slice(body.get(desc_at..desc_end).ok_or(unreadable)?);
            i = desc_end;
        }
        out.push(id);
        push_leb(&mut out, section.len());
        out.extend_from_slice(&section);
    }
    if !found {
        return Err("the wasm has no import section, whose names were to be made short".into());
    }
    if !kept_long.is_empty() {
        return Err(format!(
            "imports named after a hash that are not a key of the glue's imports object exactly once, and nowhere \
             else in it, so they cannot be renamed: {}",
            kept_long.join(", ")
        ));
    }
    if renamed == 0 {
        return Err("the wasm imports no function named after a hash, as wasm-bindgen names them; if it no longer \
             does, remove `short_import_names`"
            .into());
    }
    Ok((out, js, renamed))
}

/// The glue without the functions it offers the wasm under a wasm-bindgen name (`__wbg_…: function`)
/// that the wasm no longer imports: wasm-opt removed the code that called them (the stream
/// classes' `new Promise`), and the names of those cut out. An entry goes from its key's line to the line that
/// closes its braces, and only when no quote in it could hold a brace; an error when one cannot be cut.
fn drop_unimported(js: &str, imported: &[String]) -> Result<(String, Vec<String>), String> {
    let lines: Vec<&str> = js.lines().collect();
    let mut out = String::with_capacity(js.len());
    let mut dropped = Vec::new();
    let mut stuck = Vec::new();
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
        match (dead, end) {
            (Some(key), Some(j)) if !quoted(j) => {
                dropped.push(key.to_string());
                i = j + 1;
            }
            (dead, _) => {
                stuck.extend(dead.map(|k| k.to_string()));
                out.push_str(line);
                out.push('\n');
                i += 1;
            }
        }
    }
    if !stuck.is_empty() {
        return Err(format!(
            "the glue's functions for {}, which the wasm no longer imports, cannot be cut out: a quote in them, or \
             no closing brace",
            stuck.join(", ")
        ));
    }
    Ok((out, dropped))
}

/// The names of the glue's imports object: each line `name: function(…`, as wasm-bindgen writes them, one a line
/// once `assets::squeeze_js` has trimmed them.
fn glue_imports(js: &str) -> BTreeSet<&str> {
    js.lines()
        .filter_map(|line| line.split_once(": function(").map(|(key, _)| key))
        .filter(|key| !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$'))
        .collect()
}

/// The exports the glue calls: each `wasm.name`, where `wasm` is not the end of a longer name.
fn glue_calls(js: &str) -> BTreeSet<&str> {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let mut out = BTreeSet::new();
    for (at, _) in js.match_indices("wasm.") {
        if at > 0 && word(js.as_bytes()[at - 1]) {
            continue;
        }
        let rest = &js[at + 5..];
        let len = rest.bytes().take_while(|&b| word(b)).count();
        if len > 0 {
            out.insert(&rest[..len]);
        }
    }
    out
}

/// Holds the rewritten files to each other: the glue offers a function for each of the wasm's imports and no other
/// (a missing one stops the start-up with a `LinkError`; one more is dead code a rewrite missed), and it calls no
/// export the wasm does not have (which would break whatever calls it).
fn check_glue(wasm: &[u8], js: &str) -> Result<(), String> {
    let imported = imports(wasm).ok_or("the rewritten wasm's imports cannot be read")?;
    let imported: BTreeSet<&str> = imported.iter().map(|i| i.0.as_str()).collect();
    let offered = glue_imports(js);
    let list = |names: Vec<&&str>| names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
    let missing: Vec<_> = imported.difference(&offered).collect();
    if !missing.is_empty() {
        return Err(format!("the wasm imports {}, which the glue does not offer", list(missing)));
    }
    let extra: Vec<_> = offered.difference(&imported).collect();
    if !extra.is_empty() {
        return Err(format!("the glue offers {}, which the wasm does not import", list(extra)));
    }
    let exported = exports(wasm).ok_or("the rewritten wasm's exports cannot be read")?;
    let exported: BTreeSet<&str> = exported.iter().map(String::as_str).collect();
    let calls = glue_calls(js);
    let absent: Vec<_> = calls.difference(&exported).collect();
    if !absent.is_empty() {
        return Err(format!("the glue calls {}, which the wasm does not export", list(absent)));
    }
    Ok(())
}

/// The glue without wasm-bindgen's classes for wasm-streams' `IntoUnderlyingSource`, `…Sink` and
/// `…ByteSource` (Leptos's server functions depend on wasm-streams), and the names of those cut out. Nothing in this
/// app makes one, so wasm-opt removes their exports (`REMOVED_EXPORTS`), and with them their code;
/// here go their classes and `FinalizationRegistry`s. The cut follows wasm-bindgen's layout: a class
/// from its `export class` line to its `Symbol.dispose` line, a registry in three lines. An error when a class of
/// `STREAM_CLASSES` or its registry is not found in that layout, when there is another such class, or when the
/// glue names one after the cut.
pub fn drop_stream_classes(js: &str) -> Result<(String, Vec<String>), String> {
    let mut out = String::with_capacity(js.len());
    let mut class: Option<&str> = None;
    let mut classes = BTreeSet::new();
    let mut registries = BTreeSet::new();
    let mut registry_lines = 0;
    for line in js.lines() {
        if let Some(name) = class {
            if line.strip_prefix("if (Symbol.dispose) ").is_some_and(|l| l.starts_with(&format!("{name}."))) {
                class = None;
            }
        } else if registry_lines > 0 {
            if !(line.starts_with('?') || line.starts_with(':')) {
                return Err(format!("a stream class's registry is not in three lines: `{line}` follows its start"));
            }
            registry_lines -= 1;
        } else if let Some(rest) = line.strip_prefix("export class IntoUnderlying") {
            let name =
                &line["export class ".len()..line.len() - rest.len() + rest.find([' ', '{']).unwrap_or(rest.len())];
            classes.insert(name);
            class = Some(name);
        } else if let Some(name) = line
            .strip_prefix("const ")
            .and_then(|l| l.strip_suffix("Finalization = (typeof FinalizationRegistry === 'undefined')"))
            .filter(|name| name.starts_with("IntoUnderlying"))
        {
            registries.insert(name);
            registry_lines = 2;
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if let Some(name) = class {
        return Err(format!("the glue's class {name} has no `if (Symbol.dispose) {name}.` line, where its cut ends"));
    }
    if registry_lines > 0 {
        return Err("the glue ends inside a stream class's registry".into());
    }
    let expected: BTreeSet<&str> = STREAM_CLASSES.into_iter().collect();
    for (what, found) in [("class", &classes), ("registry", &registries)] {
        if let Some(name) = expected.difference(found).next() {
            return Err(format!("the glue has no stream {what} {name} to cut out"));
        }
        if let Some(name) = found.difference(&expected).next() {
            return Err(format!("the glue has a stream {what} {name}, which is not one of {STREAM_CLASSES:?}"));
        }
    }
    if let Some(line) = out.lines().find(|l| l.contains("IntoUnderlying")) {
        return Err(format!("the glue still names a stream class after their cut: `{line}`"));
    }
    Ok((out, STREAM_CLASSES.iter().map(|c| c.to_string()).collect()))
}

#[cfg(test)]
mod tests {
    use super::{
        check_glue, check_removed_exports, drop_dead_futures, drop_stream_classes, drop_unimported, glob, hashed,
        short_import_names, STREAM_CLASSES,
    };
    use crate::binary::push_leb;

    /// The glue's classes and registries for `classes`, between two lines that stay.
    fn glue_with_classes(classes: &[&str]) -> String {
        let mut js = String::from("export class Kept {\n}\n");
        for c in classes {
            js.push_str(&format!(
                "export class {c} {{\nfree() {{\n}}\n}}\nif (Symbol.dispose) {c}.prototype[Symbol.dispose] = {c}.prototype.free;\n"
            ));
        }
        for c in classes {
            js.push_str(&format!(
                "const {c}Finalization = (typeof FinalizationRegistry === 'undefined')\n? {{ register: () => {{}}, unregister: () => {{}} }}\n: new FinalizationRegistry(ptr => wasm.__wbg_{}_free(ptr, 1));\n",
                c.to_lowercase()
            ));
        }
        js.push_str("function f() {\n}\n");
        js
    }

    #[test]
    fn js_loses_the_stream_classes_and_keeps_the_rest() {
        let js = "export class IntoUnderlyingSink {\nfree() {\n}\n}\nif (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;\nexport class Kept {\n}\nconst IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')\n? { register: () => {}, unregister: () => {} }\n: new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));\nfunction f() {\n}\n";
        let err = drop_stream_classes(js).expect_err("two classes are missing");
        assert_eq!(err, "the glue has no stream class IntoUnderlyingByteSource to cut out");
        let (out, cut) = drop_stream_classes(&glue_with_classes(&STREAM_CLASSES)).expect("all three");
        assert_eq!(out, "export class Kept {\n}\nfunction f() {\n}\n");
        assert_eq!(cut, STREAM_CLASSES);
        let unended = "export class IntoUnderlyingSink {\nfree() {\n}\n";
        assert_eq!(
            drop_stream_classes(unended),
            Err("the glue's class IntoUnderlyingSink has no `if (Symbol.dispose) IntoUnderlyingSink.` line, where \
                 its cut ends"
                .into())
        );
    }

    #[test]
    fn a_stream_class_more_or_a_mention_left_fails() {
        let four = glue_with_classes(&[
            "IntoUnderlyingByteSource",
            "IntoUnderlyingSink",
            "IntoUnderlyingSource",
            "IntoUnderlyingX",
        ]);
        assert!(drop_stream_classes(&four).expect_err("one more").contains("class IntoUnderlyingX, which is not"));
        let mention = glue_with_classes(&STREAM_CLASSES) + "new IntoUnderlyingSink();\n";
        assert_eq!(
            drop_stream_classes(&mention),
            Err("the glue still names a stream class after their cut: `new IntoUnderlyingSink();`".into())
        );
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
        let twice = "__wbg_new_typed";
        let memory: &[u8] = &[2, 0, 1];
        let wasm = wasm_importing(&[(long, &[0, 3]), ("memory", memory), (twice, &[0, 4]), ("__wbg_x_1", &[0, 5])]);
        let js = format!(
            "const i = {{\n{long}: function() {{}},\n{twice}: function() {{ {twice}; }},\n__wbg_x_1: f,\n}};\n"
        );
        let (short_wasm, short_js, renamed) = short_import_names(&wasm, &js).expect("a well-formed wasm");
        assert_eq!(short_wasm, wasm_importing(&[("a", &[0, 3]), ("memory", memory), (twice, &[0, 4]), ("b", &[0, 5])]));
        assert_eq!(
            short_js,
            format!("const i = {{\na: function() {{}},\n{twice}: function() {{ {twice}; }},\nb: f,\n}};\n")
        );
        assert_eq!(renamed, 2);
        assert_eq!(short_import_names(&wasm[..wasm.len() - 5], &js), Err("the wasm's sections cannot be read".into()));
    }

    #[test]
    fn an_import_named_after_a_hash_that_cannot_be_renamed_fails() {
        let twice = "__wbg_new_typed_e09da9dae6ee5935";
        let wasm = wasm_importing(&[("__wbg_x_1", &[0, 5]), (twice, &[0, 4])]);
        let js = format!("__wbg_x_1: function() {{}},\n{twice}: function() {{ {twice}; }},\n");
        let err = short_import_names(&wasm, &js).expect_err("named twice");
        assert!(err.ends_with(": __wbg_new_typed_e09da9dae6ee5935 (named 2 times in the glue)"), "{err}");
        let unhashed = wasm_importing(&[("memory", &[2, 0, 1])]);
        assert!(short_import_names(&unhashed, "").expect_err("nothing").contains("no function named after a hash"));
        assert!(short_import_names(b"\0asm\x01\0\0\0", "").expect_err("none").contains("no import section"));
        assert!(hashed(twice) && !hashed("__wbg_x_1") && !hashed("e09da9dae6ee5935") && !hashed("a_e09da9dae6ee593g"));
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

    const NAMES: [&str; 6] = [
        "any_spawner::no_op_poll",
        "core::ptr::drop_in_place<wasm_streams::Source::pull::{{closure}}>",
        "core::ops::function::FnOnce::call_once{{vtable.shim}}::h1",
        "js_sys::futures::future_to_promise::{{closure}}::h2",
        "core::ops::function::FnOnce::call_once{{vtable.shim}}::h3",
        "common_ground::main",
    ];

    #[test]
    fn the_stream_futures_leave_the_table_and_everything_else_stays() {
        let names = NAMES;
        let wasm = wasm_with_table(&[0, 1, 2, 3, 4, 5], &names);
        assert_eq!(drop_dead_futures(&wasm), Ok((wasm_with_table(&[0, 0, 0, 0, 0, 5], &names), 4, 6)));
        // A shim that does not follow a stream future, or a function also in a slot that stays, is kept.
        let wasm = wasm_with_table(&[4, 1, 5, 2, 3, 3, 0], &names);
        assert_eq!(drop_dead_futures(&wasm), Ok((wasm_with_table(&[4, 4, 5, 2, 4, 4, 0], &names), 3, 7)));
        let shared = wasm_with_table(&[1, 2, 5, 2], &names);
        assert_eq!(drop_dead_futures(&shared), Ok((wasm_with_table(&[2, 2, 5, 2], &names), 1, 4)));
        assert!(drop_dead_futures(&shared[..shared.len() - 3]).is_err());
    }

    #[test]
    fn a_table_without_stream_futures_or_names_fails() {
        let err = drop_dead_futures(&wasm_with_table(&[0, 5], &NAMES)).expect_err("no stream future");
        assert!(err.starts_with("no slot of the wasm's table holds a stream future"), "{err}");
        let err = drop_dead_futures(&wasm_with_table(&[1, 3], &NAMES)).expect_err("all dead");
        assert!(err.starts_with("every slot of the wasm's table holds a stream future"), "{err}");
        let nameless = wasm_with_table(&[0, 1], &NAMES);
        let err = drop_dead_futures(&nameless[..10 + nameless[9] as usize]).expect_err("no names");
        assert!(err.starts_with("the wasm has no `name` section"), "{err}");
        let err = drop_dead_futures(&wasm_with_table(&[0, 1], &[])).expect_err("no function named");
        assert!(err.contains("names no function"), "{err}");
        let mut passive = wasm_with_table(&[0, 1], &NAMES);
        passive[11] = 1;
        assert!(drop_dead_futures(&passive).expect_err("not active").contains("one active segment"));
    }

    #[test]
    fn glue_functions_the_wasm_does_not_import_go() {
        let js = "const import0 = {\n__wbg_kept_1: function(arg0) {\nf(arg0);\n},\n__wbg_gone_2: function(arg0, arg1) {\ntry {\nvar s = {a: arg0};\n} finally {\ns.a = 0;\n}\n},\n__wbg_quoted_3: function() {\nreturn '}';\n},\n};\n";
        let imported = ["__wbg_kept_1".to_string(), "__wbg_quoted_3".to_string()];
        assert_eq!(
            drop_unimported(js, &imported),
            Ok((
                "const import0 = {\n__wbg_kept_1: function(arg0) {\nf(arg0);\n},\n__wbg_quoted_3: function() {\nreturn '}';\n},\n};\n".into(),
                vec!["__wbg_gone_2".to_string()]
            ))
        );
        // One that cannot be cut safely fails the build rather than staying as dead code.
        assert_eq!(
            drop_unimported(js, &imported[..1]),
            Err("the glue's functions for __wbg_quoted_3, which the wasm no longer imports, cannot be cut out: a \
                 quote in them, or no closing brace"
                .into())
        );
    }

    #[test]
    fn the_exports_to_remove_are_there_before_wasm_opt_and_gone_after() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let before = names(&[
            "memory",
            "main",
            "__wbg_intounderlyingsink_free",
            "intounderlyingsource_pull",
            "__abort_handler",
            "__instance_terminated",
            "_WASM_SPLIT_MARKER_732e786d2a082da8version",
            "__wbindgen_free",
            "__wbindgen_malloc",
        ]);
        let after = names(&["memory", "__wbindgen_malloc"]);
        assert_eq!(check_removed_exports(&before, &after), Ok(7));
        assert_eq!(
            check_removed_exports(&before[..7], &after),
            Err("wasm-bindgen's wasm has no export matching `__wbindgen_free`, which wasm-opt is to remove".into())
        );
        assert_eq!(
            check_removed_exports(&before, &names(&["memory", "intounderlyingsource_pull"])),
            Err("wasm-opt kept the export `intounderlyingsource_pull`, which matches `*intounderlying*`".into())
        );
        assert!(
            glob("*a*", "a") && glob("a*b", "ab") && glob("a*b", "axxb") && !glob("a*b", "ba") && !glob("ab*b", "ab")
        );
        assert!(glob("main", "main") && !glob("main", "mainx") && glob("*", "") && !glob("x*", ""));
    }

    #[test]
    fn the_glue_offers_what_the_wasm_imports_and_calls_what_it_exports() {
        // Imports `a` and `b` (functions), exports `memory` and `run`.
        let mut wasm = wasm_importing(&[("a", &[0, 0]), ("b", &[0, 0])]);
        wasm.extend_from_slice(b"\x07\x10\x02\x06memory\x02\x00\x03run\x00\x01");
        let js = "const import0 = {\n__proto__: null,\na: function(arg0) {\nwasm.run(arg0);\n},\nb: function() {\n},\n};\nfunction g() { return wasm.memory; }\nlet notwasm.x;\n";
        assert_eq!(check_glue(&wasm, js), Ok(()));
        assert_eq!(
            check_glue(&wasm, &js.replace("\nb: function", "\nc: function")),
            Err("the wasm imports `b`, which the glue does not offer".into())
        );
        assert_eq!(
            check_glue(&wasm, &format!("{js}__wbg_gone_1: function() {{\n}},\n")),
            Err("the glue offers `__wbg_gone_1`, which the wasm does not import".into())
        );
        assert_eq!(
            check_glue(&wasm, &js.replace("wasm.run", "wasm.__wbindgen_free")),
            Err("the glue calls `__wbindgen_free`, which the wasm does not export".into())
        );
    }
}
