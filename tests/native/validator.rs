//! The `validate` binary: what it prints and its exit codes (0 clean or warnings only,
//! 1 errors, or warnings with `--strict`, 2 a file that cannot load).

use std::path::PathBuf;
use std::process::Command;

use crate::read_repo_file;

/// A dataset file in the temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, text: &str) -> TempFile {
        let path = std::env::temp_dir().join(format!("common-ground-{}-{name}.json", std::process::id()));
        std::fs::write(&path, text).expect("write a temporary file");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Runs `validate` with `args`; returns its exit code and what it printed.
fn validate(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate")).args(args).output().expect("run validate");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The example with one change made to it.
fn example_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut doc: serde_json::Value =
        serde_json::from_str(&read_repo_file("tests/fixtures/example.json")).expect("JSON");
    change(&mut doc);
    doc.to_string()
}

#[test]
fn a_clean_file_passes_with_a_summary_line() {
    let (code, out) = validate(&[&format!("{}/tests/fixtures/example.json", env!("CARGO_MANIFEST_DIR"))]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.trim_end().ends_with("0 errors, 0 warnings (2 parties, 2 issues, 4 positions, 1 frameworks, 2 provisions)"),
        "{out}"
    );
}

#[test]
fn warnings_are_printed_and_pass_unless_strict() {
    let file = TempFile::new("warning", &example_with(|d| d["positions"][0]["status"] = "rumoured".into()));
    let path = file.0.to_string_lossy().into_owned();
    let (code, out) = validate(&[&path]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "{path}: warning: positions[0].status (north · alliance · 2025-01-01): unknown status \"rumoured\""
        )),
        "{out}"
    );
    assert!(out.contains("0 errors, 1 warning ("), "{out}");
    let (code, out) = validate(&["--strict", &path]);
    assert_eq!(code, 1, "--strict makes warnings fail: {out}");
}

#[test]
fn errors_fail() {
    let file = TempFile::new("error", &example_with(|d| d["positions"][0]["party"] = "east".into()));
    let path = file.0.to_string_lossy().into_owned();
    let (code, out) = validate(&[&path]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error: positions[0].party (east · alliance · 2025-01-01): unknown party \"east\""), "{out}");
    assert!(out.contains("1 error, 0 warnings ("), "{out}");
}

#[test]
fn a_file_that_cannot_load_exits_2() {
    let file = TempFile::new("broken", "{\"schema\": 1,");
    let path = file.0.to_string_lossy().into_owned();
    let (code, out) = validate(&[&path]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains(&format!("{path}: cannot load: not valid JSON")), "{out}");
    let (code, _) = validate(&["/nonexistent/positions.json"]);
    assert_eq!(code, 2);
    let (code, _) = validate(&[]);
    assert_eq!(code, 2, "no file is a usage error");
}
