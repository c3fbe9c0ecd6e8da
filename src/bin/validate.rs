//! Checks a dataset file and prints its diagnostics: `cargo run --bin validate -- data/positions.json`.
//!
//! Exits 0 when the file loads with no diagnostics, 1 when it loads with some, 2 when it cannot load.
//! `validate --schema` prints the JSON Schema of the format instead (the source of
//! `data/positions.schema.json`, which a test keeps in step with the Rust types).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    #[cfg(not(target_arch = "wasm32"))]
    if args.first().map(String::as_str) == Some("--schema") {
        println!("{}", common_ground::model::json_schema());
        return ExitCode::SUCCESS;
    }
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("usage: validate FILE [FILE…] | validate --schema\n\nPrints each problem as `path: message`.");
        return ExitCode::from(2);
    }
    let mut worst = 0u8;
    for path in &args {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                println!("{path}: cannot read: {e}");
                worst = 2;
                continue;
            }
        };
        match common_ground::model::load(&text) {
            Err(e) => {
                println!("{path}: cannot load: {e}");
                worst = 2;
            }
            Ok(loaded) => {
                let d = &loaded.dataset;
                for diag in &loaded.diagnostics {
                    println!("{path}: {diag}");
                }
                println!(
                    "{path}: {} parties, {} issues, {} positions, {} frameworks, {} provisions; {} problem(s)",
                    d.parties.len(),
                    d.issues.len(),
                    d.positions.len(),
                    d.frameworks.len(),
                    d.frameworks.iter().map(|f| f.provisions.len()).sum::<usize>(),
                    loaded.diagnostics.len()
                );
                if !loaded.diagnostics.is_empty() {
                    worst = worst.max(1);
                }
            }
        }
    }
    ExitCode::from(worst)
}
