//! Why a dataset file could not be used, in words that name it.

use crate::load::DataProblem;
use crate::model::Loaded;

/// Why a dataset file could not be used, naming it. Every way a fetched file can fail ends here:
/// the fetch, the server's answer, the checks before parsing (size, an HTML page in place of
/// JSON) and `model::load`. Sizes are in whole megabytes: float formatting costs 7.5 KB of wasm.
pub fn data_failure(file: &str, problem: DataProblem) -> String {
    let detail = match problem {
        DataProblem::Fetch(e) => ["could not be fetched: ", &e, "."].concat(),
        DataProblem::Http(status) => ["could not be loaded: the server answered ", &status, "."].concat(),
        DataProblem::TooBig(bytes) => [
            "was not loaded: it is over ",
            &(bytes / 1_000_000).to_string(),
            " MB, and this page reads files of up to 8 MB.",
        ]
        .concat(),
        DataProblem::Html => {
            "is an HTML page, not a dataset: check the path (a missing file often gives a \"not found\" page).".into()
        }
        DataProblem::Empty => "is empty.".into(),
        DataProblem::Load(e) => {
            let text = e.to_string();
            let deep = if text.contains("recursion limit") { "it is nested too deeply to be a dataset: " } else { "" };
            ["could not be read: ", deep, &text, "."].concat()
        }
        DataProblem::NothingToShow => "has no valid parties or issues to show.".into(),
    };
    ["The dataset ", file, " ", &detail].concat()
}

/// Reads a fetched dataset file as the browser does (`load::read_file`), with any failure in words.
pub fn read_file(file: &str, text: &str, content_type: &str) -> Result<Loaded, String> {
    crate::load::read_file(text, content_type).map_err(|p| data_failure(file, p))
}
