//! A dataset file, from the text a server sent to a `Loaded` dataset: the checks before parsing
//! (its size, an empty file, an HTML page in place of JSON), then the model's reader and checker.
//! Every way a file can fail is a `DataProblem`, which `present::data_failure` words for readers.

use crate::model::Loaded;

/// The largest dataset file the app reads (the bundled one is under 1 MB); `present::data_failure` says 8 MB.
pub const MAX_DATA_BYTES: usize = 8_000_000;

/// What is wrong with a dataset file that the app fetched.
pub enum DataProblem {
    Fetch(String),
    /// The server's status and its text, e.g. `404 Not Found`.
    Http(String),
    TooBig(usize),
    Html,
    Empty,
    Load(crate::model::LoadError),
    NothingToShow,
}

/// Parses a fetched dataset file, after the size cap and the HTML check: the first step of
/// `read_file`, in a task of its own in the browser.
pub fn parse_data(text: &str, content_type: &str) -> Result<serde_json::Value, DataProblem> {
    if text.len() > MAX_DATA_BYTES {
        return Err(DataProblem::TooBig(text.len()));
    }
    let start = text.trim_start();
    if start.is_empty() {
        return Err(DataProblem::Empty);
    }
    if content_type.contains("html") || start.starts_with('<') {
        return Err(DataProblem::Html);
    }
    crate::model::parse(text).map_err(DataProblem::Load)
}

/// Reads and checks a parsed dataset file (`model::load_value`; a first file when `first`).
pub fn read_data(value: serde_json::Value, first: bool) -> Result<Loaded, DataProblem> {
    match crate::model::load_value(value, first) {
        Err(e) => Err(DataProblem::Load(e)),
        Ok(l) if l.dataset.parties.is_empty() || l.dataset.issues.is_empty() => Err(DataProblem::NothingToShow),
        Ok(l) => Ok(l),
    }
}

/// Reads a fetched dataset file as the browser does: `parse_data`, then `read_data`.
pub fn read_file(text: &str, content_type: &str) -> Result<Loaded, DataProblem> {
    read_data(parse_data(text, content_type)?, false)
}

/// A short fingerprint of a dataset file's text (32-bit FNV-1a, in hex). The prerender writes it
/// on the page it drew from the bundled file, and the app adopts that page only when the file it
/// loaded has the same fingerprint, so a page drawn from other data is never patched as if it
/// were the tree the app would build.
pub fn fingerprint(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    // By hand: padded hex formatting would bring its own code into the wasm.
    (0..8).rev().map(|i| char::from(b"0123456789abcdef"[((h >> (i * 4)) & 15) as usize])).collect()
}
