//! The wasm and its glue rewritten: the table's dead futures, wasm-opt, short import names, and the glue's
//! unused classes and functions.

use std::path::Path;

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
pub fn optimise_wasm(path: &Path) -> Result<(), String> {
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
pub fn short_import_names(wasm: &[u8], js: &str) -> Option<(Vec<u8>, String)> {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = wasm.get(..8)?.to_vec();
    let mut js = js.to_string();
    let mut renamed = 0;
    let mut imported = Vec::new();
    for (id, _, _, body) in sections(wasm)? {
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

/// The glue without wasm-bindgen's classes for wasm-streams' `IntoUnderlyingSource`, `…Sink` and
/// `…ByteSource` (Leptos's server functions depend on wasm-streams). Nothing in this app makes one,
/// so `WASM_OPT` has wasm-opt remove their exports (`--remove-exports`), and with them their code;
/// here go their classes and `FinalizationRegistry`s. The cut follows wasm-bindgen's layout: a class
/// from its `export class` line to its `Symbol.dispose` line, a registry in three lines. Should
/// that layout change, a class with no end leaves the glue as it was.
pub fn drop_stream_classes(js: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::{drop_dead_futures, drop_stream_classes, drop_unimported, push_leb, short_import_names};

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
}
