//! The stylesheet and the wasm-bindgen glue made smaller, and the wasm's rewrites run (`wasm`).

use std::path::Path;

use base64::Engine;
use sha2::Digest;

/// Trunk's own minifier can't be used: it minifies the HTML too, and the steps above edit trunk's
/// HTML by its exact text. So the two text assets that count against the bundle budget are made
/// smaller here, in ways that cannot change their meaning: the stylesheet loses its comments and
/// the blanks around punctuation (its `integrity` hash is written anew), and the wasm-bindgen
/// glue loses indentation, blank lines and whole-line `//` comments (it is loaded by `import()`,
/// which checks no hash). Then the wasm and the glue are rewritten (`wasm::rewrite`).
pub fn shrink_assets(dir: &Path, html: &str) -> Result<String, String> {
    let mut html = html.to_string();
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let write =
        |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| format!("cannot write {name}: {e}"));
    let css_at = html.find("<link rel=\"stylesheet\" href=\"./").ok_or("trunk's output has no stylesheet link")?;
    let href = css_at + "<link rel=\"stylesheet\" href=\"./".len();
    let css_name = html[href..].split('"').next().unwrap_or_default().to_string();
    let css = minify_css(&read(&css_name)?);
    write(&css_name, &css)?;
    // The stylesheet goes inside the page, its hash in the policy: a stylesheet of its own holds up
    // the first paint for a request more (measured with Lighthouse on the default view, about 90 ms
    // of LCP; README, "First paint, measured"). The file stays, for the bundle's budget to count.
    let link_end = html[css_at..].find('>').map(|i| css_at + i + 1).ok_or("an unclosed stylesheet link")?;
    html.replace_range(css_at..link_end, &format!("<style>{css}</style>"));
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(css.as_bytes()));
    let policy = html.find("style-src 'self'").ok_or("the page's policy has no style-src")? + "style-src 'self'".len();
    html.insert_str(policy, &format!(" 'sha256-{hash}'"));
    let js_at = html.find("import('./").ok_or("the loader imports no script")? + "import('./".len();
    let js_name = html[js_at..].split('\'').next().unwrap_or_default().to_string();
    let wasm_at = html.find("module_or_path:'./").ok_or("the loader loads no wasm")? + "module_or_path:'./".len();
    let wasm_name = html[wasm_at..].split('\'').next().unwrap_or_default().to_string();
    let js = crate::wasm::rewrite(&dir.join(&wasm_name), &squeeze_js(&read(&js_name)?))?;
    write(&js_name, &js)?;
    Ok(html)
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

#[cfg(test)]
mod tests {
    use super::{minify_css, squeeze_js};

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
}
