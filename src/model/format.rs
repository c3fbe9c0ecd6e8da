//! Numbers as readers see them, shared by the loader's messages and the screens.

/// Formats a number with thousands separators and at most two decimals: `250,000`, `0.5`.
/// Written out by hand: `f64`'s own formatting costs several kilobytes of wasm.
pub fn fmt_num(v: f64) -> String {
    if v == f64::INFINITY {
        return "no limit".to_string();
    }
    if !v.is_finite() || v.abs() >= 1e15 {
        return if v.is_nan() { "?".to_string() } else { "a very large number".to_string() };
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
            out.push(',');
        }
        out.push(ch);
    }
    if frac > 0 {
        out.push('.');
        if frac % 10 == 0 {
            out.push_str(&(frac / 10).to_string());
        } else {
            out.push_str(&format!("{frac:02}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fmt_num;

    #[test]
    fn numbers_have_separators_and_at_most_two_decimals() {
        let shown: Vec<String> = [250_000.0, 0.5, 1.25, -1_000.0, 1e16, f64::INFINITY].map(fmt_num).to_vec();
        assert_eq!(shown, ["250,000", "0.5", "1.25", "-1,000", "a very large number", "no limit"]);
    }
}
