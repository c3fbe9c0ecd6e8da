//! Numbers as readers see them, shared by the loader's messages and the screens.

/// Formats a number with thousands separators and at most two decimals: `250,000`, `0.5`.
/// Written out by hand: `f64`'s own formatting costs several kilobytes of wasm.
pub fn fmt_num(v: f64) -> String {
    crate::text::Text::new(crate::text::Lang::En).number(v)
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
