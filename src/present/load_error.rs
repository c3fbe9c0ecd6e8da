//! Why a dataset file could not be used, in words that name it.

use crate::load::DataProblem;
use crate::model::{LoadError, Loaded, SyntaxProblem};
use crate::text::{Key, Lang, Message, Text};

/// Why a dataset file could not be used, naming it. Every way a fetched file can fail ends here:
/// the fetch, the server's answer, the checks before parsing (size, an HTML page in place of
/// JSON) and `model::load`, in `lang`. Sizes are in whole megabytes: float formatting costs 7.5 KB
/// of wasm.
pub fn data_failure(file: &str, problem: DataProblem, lang: Lang) -> String {
    let text = Text::new(lang);
    let (key, detail) = match problem {
        DataProblem::Fetch(e) => (Key::DataFetch, e),
        DataProblem::Http(status) => (Key::DataHttp, status),
        DataProblem::TooBig(bytes) => (Key::DataTooBig, text.number((bytes / 1_000_000) as f64)),
        DataProblem::Html => (Key::DataHtml, String::new()),
        DataProblem::Empty => (Key::DataEmpty, String::new()),
        DataProblem::Load(e) => {
            let deep = matches!(e, LoadError::Syntax { problem: SyntaxProblem::TooDeep, .. });
            (if deep { Key::DataTooDeep } else { Key::DataUnreadable }, text.say(&e.message()))
        }
        DataProblem::NothingToShow => (Key::DataNothingToShow, String::new()),
    };
    // Each message names what it needs; the others are not in its words.
    text.fill(key, &[("file", file), ("error", &detail), ("status", &detail), ("megabytes", &detail)])
}

/// Reads a fetched dataset file as the browser does (`load::read_file`), with any failure in words.
/// Why a dataset file was not even asked for (`url::check_data_source`), in words of `lang`.
pub fn data_refused(why: &Message, lang: Lang) -> String {
    Text::new(lang).say(why)
}

pub fn read_file(file: &str, text: &str, content_type: &str) -> Result<Loaded, String> {
    crate::load::read_file(text, content_type).map_err(|p| data_failure(file, p, Lang::En))
}
