//! Numbers written out by hand: `f64`'s own formatting costs several kilobytes of wasm.

/// `v` with its thousands separated by `group` and at most two decimals after `decimal`:
/// `grouped(250000.0, ",", '.') == "250,000"`, `"0.5"`; `None` for a number that is not finite or
/// is too large to write exactly (1e15 and over), which the language words itself.
pub fn grouped(v: f64, group: &str, decimal: char) -> Option<String> {
    if !v.is_finite() || v.abs() >= 1e15 {
        return None;
    }
    let hundredths = (v.abs() * 100.0).round() as u64;
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    let digits = whole.to_string();
    let mut out = String::new();
    if v < 0.0 && hundredths > 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(ch);
    }
    if frac > 0 {
        out.push(decimal);
        if frac % 10 == 0 {
            out.push_str(&(frac / 10).to_string());
        } else {
            out.push(char::from(b'0' + (frac / 10) as u8));
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    Some(out)
}
