//! Checks dataset files and prints their diagnostics: `cargo run --bin validate -- data/positions.json`.
//!
//! Exits 0 when every file loads without errors (warnings are printed but pass), 1 when one
//! has errors (or warnings, with `--strict`), 2 when one cannot be read or loaded at all.
//! `validate --schema` prints the JSON Schema of the format instead (the source of
//! `data/positions.schema.json`, which a test keeps in step with the Rust types).

use std::process::ExitCode;

use common_ground::model::Severity;
use common_ground::text::{Key, Lang, Text};

const USAGE: &str = "usage: validate [--strict] FILE [FILE…] | validate --schema

Prints each problem as `error: path (record): message` or `warning: …`, then a summary line.
Exits 0 with warnings only, 1 on errors (or on warnings with --strict), 2 when a file cannot load.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    #[cfg(not(target_arch = "wasm32"))]
    if args.first().map(String::as_str) == Some("--schema") {
        println!("{}", common_ground::model::json_schema());
        return ExitCode::SUCCESS;
    }
    let strict = args.iter().any(|a| a == "--strict");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--strict").collect();
    if files.is_empty() || files.iter().any(|a| *a == "-h" || *a == "--help" || a.starts_with("--")) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    // Diagnostics and counts come from the text layer, in English; the usage and the summary's
    // other words are the command line's own, for a dataset's authors, and cost the app no bytes here.
    let en = Text::new(Lang::En);
    let mut worst = 0u8;
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                println!("{path}: cannot read: {e}");
                worst = 2;
                continue;
            }
        };
        match common_ground::load::load(&text) {
            Err(e) => {
                println!("{path}: cannot load: {e}");
                worst = 2;
            }
            Ok(loaded) => {
                let d = &loaded.dataset;
                for diag in &loaded.diagnostics {
                    println!("{path}: {diag}");
                }
                let of = |s: Severity| loaded.diagnostics.iter().filter(|d| d.severity == s).count();
                let (errors, warnings) = (of(Severity::Error), of(Severity::Warning));
                println!(
                    "{path}: {}, {} ({} parties, {} issues, {} positions, {} frameworks, {} provisions)",
                    en.count(Key::ProblemsErrors, errors, &[]),
                    en.count(Key::ProblemsWarnings, warnings, &[]),
                    d.parties.len(),
                    d.issues.len(),
                    d.positions.len(),
                    d.frameworks.len(),
                    d.frameworks.iter().map(|f| f.provisions.len()).sum::<usize>(),
                );
                if errors > 0 || (strict && warnings > 0) {
                    worst = worst.max(1);
                }
            }
        }
    }
    ExitCode::from(worst)
}
