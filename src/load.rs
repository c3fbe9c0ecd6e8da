//! A dataset file, from its text to a `Loaded` dataset: the checks before parsing (its size, an
//! empty file, an HTML page in place of JSON), the model's reader and checker, and each tour
//! step's view checked against the URL grammar as the app will open it. This layer sits above
//! `model` and `url` so that neither knows the other.
//! Every way a file can fail is a `DataProblem`, which `present::data_failure` words for readers.

use crate::model::{self, Dataset, LoadError, Loaded};
use crate::text::{Lang, Message};
use crate::url::{parse, resolve, to_query};

/// Parses and validates a dataset. Never panics, whatever the input.
pub fn load(text: &str) -> Result<Loaded, LoadError> {
    load_value(model::parse(text)?, false)
}

/// `load`, with the dataset's texts shown in `lang` where they have a translation (`Text::shown`).
pub fn load_in(text: &str, lang: Lang) -> Result<Loaded, LoadError> {
    model::load_value(model::parse(text)?, false, lang, &step_view)
}

/// Loads a first file: a dataset in which any list of sources may be given as its length
/// instead (`"sources": 3`), read as that many placeholders (`Source::pending`). The build writes
/// one beside the bundled dataset, 1.8 times smaller gzipped, so that a permalink can be drawn
/// before the sources have come (docs/DATA_FORMAT.md, "The first file").
pub fn load_first(text: &str) -> Result<Loaded, LoadError> {
    load_value(model::parse(text)?, true)
}

/// Validates a parsed dataset file (a first file when `first`), its tours' steps included.
pub fn load_value(value: serde_json::Value, first: bool) -> Result<Loaded, LoadError> {
    model::load_value(value, first, Lang::En, &step_view)
}

/// A tour step's view as its canonical query, without presentation mode (the URL of the tour
/// gives that), or the first notice the app would show opening it: the URL's own, then the
/// dataset's (an unknown id).
fn step_view(raw: &str, ds: &Dataset) -> Result<String, Message> {
    let (mut state, mut notices) = parse(raw);
    notices.extend(resolve(&state, ds).map(|r| r.1).unwrap_or_default());
    if let Some(notice) = notices.first() {
        return Err(notice.0.clone());
    }
    state.present = false;
    Ok(to_query(&state))
}

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
    Load(LoadError),
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
    model::parse(text).map_err(DataProblem::Load)
}

/// Reads and checks a parsed dataset file (`load_value`; a first file when `first`).
pub fn read_data(value: serde_json::Value, first: bool) -> Result<Loaded, DataProblem> {
    check_data(read_shapes(value, first)?, Lang::En)
}

/// Reads a parsed dataset file's shapes: the first half of `read_data`, in a task of its own in
/// the browser.
pub fn read_shapes(value: serde_json::Value, first: bool) -> Result<model::Found, DataProblem> {
    model::read_value(value, first).map_err(DataProblem::Load)
}

/// Checks what `read_shapes` found, its texts shown in `lang`: the second half of `read_data`.
pub fn check_data(found: model::Found, lang: Lang) -> Result<Loaded, DataProblem> {
    match model::check(found, lang, &step_view) {
        l if l.dataset.parties.is_empty() || l.dataset.issues.is_empty() => Err(DataProblem::NothingToShow),
        l => Ok(l),
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
