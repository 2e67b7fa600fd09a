//! Scoring is a pure function of an activity and an answer: no state kept between calls.
//! No module of `src/scoring` keeps a `thread_local!` (a cache, kept room or a flag that
//! changes what a score holds); `unsafe` is forbidden crate-wide in Cargo.toml.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, at any depth.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable source folder") {
        let path = entry.expect("a readable entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn scoring_keeps_no_thread_local_state() {
    let scoring = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/scoring");
    let files = rust_files(&scoring);
    assert!(files.len() > 10, "the scoring modules are found");
    let offenders: Vec<String> = files
        .iter()
        .filter(|path| {
            std::fs::read_to_string(path)
                .expect("a readable source file")
                .contains("thread_local!")
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "scoring keeps state between calls in: {offenders:?}"
    );
}
