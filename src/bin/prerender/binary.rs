//! The few pieces of the wasm binary format the rewrites read and write: sections, LEB128 numbers, imports, exports
//! and function names. Each reader gives `None` for bytes that are not laid out as it expects.

use std::collections::HashMap;

/// A wasm module's sections after its 8-byte header: each one's id, where it starts (at its id),
/// where it ends, and its body; `None` when a size runs past the end.
pub fn sections(wasm: &[u8]) -> Option<Vec<(u8, usize, usize, &[u8])>> {
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

/// The body of the custom section called `name`, after its name.
pub fn custom_section<'a>(wasm: &'a [u8], name: &str) -> Option<&'a [u8]> {
    sections(wasm)?.into_iter().find_map(|(id, _, _, body)| {
        let (len, name_at) = leb(body, 0)?;
        let end = name_at.checked_add(len)?;
        (id == 0 && body.get(name_at..end)? == name.as_bytes()).then(|| body.get(end..)).flatten()
    })
}

/// The function names of a `name` section's subsections (after the section's own name).
pub fn function_names(mut body: &[u8]) -> Option<HashMap<usize, String>> {
    let mut names = HashMap::new();
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
    Some(names)
}

/// The names of a module's imports, in order, each with its kind (0 a function, 1 a table, 2 a memory, 3 a global);
/// empty when it has no import section.
pub fn imports(wasm: &[u8]) -> Option<Vec<(String, u8)>> {
    let mut out = Vec::new();
    for (id, _, _, body) in sections(wasm)? {
        if id == 2 {
            let (count, mut i) = leb(body, 0)?;
            for _ in 0..count {
                let (module_len, module_at) = leb(body, i)?;
                let (name_len, name_at) = leb(body, module_at + module_len)?;
                let name = std::str::from_utf8(body.get(name_at..name_at + name_len)?).ok()?;
                let desc_at = name_at + name_len;
                out.push((name.to_string(), *body.get(desc_at)?));
                i = import_desc_end(body, desc_at)?;
            }
        }
    }
    Some(out)
}

/// The names of a module's exports, in order; empty when it has no export section.
pub fn exports(wasm: &[u8]) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for (id, _, _, body) in sections(wasm)? {
        if id == 7 {
            let (count, mut i) = leb(body, 0)?;
            for _ in 0..count {
                let (name_len, name_at) = leb(body, i)?;
                let name = std::str::from_utf8(body.get(name_at..name_at + name_len)?).ok()?;
                out.push(name.to_string());
                // The kind (one byte), then the index.
                i = leb(body, name_at + name_len + 1)?.1;
            }
        }
    }
    Some(out)
}

/// Where the import description at `at` ends: a function's type, a table, a memory or a global.
pub fn import_desc_end(body: &[u8], at: usize) -> Option<usize> {
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
pub fn leb(bytes: &[u8], mut at: usize) -> Option<(usize, usize)> {
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

pub fn push_leb(out: &mut Vec<u8>, mut value: usize) {
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

#[cfg(test)]
mod tests {
    use super::{exports, imports};

    #[test]
    fn imports_and_exports_are_read_by_name_and_kind() {
        // An import section (a function `f` of type 3 and a memory `mem` from module `m`), then an export section
        // (`memory`, memory 0, and `run`, function 300).
        let mut wasm = b"\0asm\x01\0\0\0\x02\x10\x02\x01m\x01f\x00\x03\x01m\x03mem\x02\x00\x01".to_vec();
        wasm.extend_from_slice(b"\x07\x11\x02\x06memory\x02\x00\x03run\x00\xac\x02");
        assert_eq!(imports(&wasm), Some(vec![("f".to_string(), 0), ("mem".to_string(), 2)]));
        assert_eq!(exports(&wasm), Some(vec!["memory".to_string(), "run".to_string()]));
        assert_eq!(exports(&wasm[..wasm.len() - 2]), None);
        assert_eq!(imports(b"\0asm\x01\0\0\0"), Some(vec![]));
    }
}
