//! How long classwork takes to load and validate activities.
//!
//! `library_1000_files` loads a library of ten units of a hundred activity files each, of
//! every kind, 2–6 KB a file (target: under 100 ms). The files are the authoring guide's
//! examples, each grown to its size with follow-up questions, written once to a temporary
//! folder before the benchmarks run. `bundled_unit` validates the unit built into the
//! binary, with no disk access.
//!
//! Run with `cargo bench --bench validate`; figures are recorded in BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use classwork::load::{Loaded, load_path};

/// The guide whose examples make up the library.
const GUIDE: &str = include_str!("../docs/authoring.md");
const UNITS: usize = 10;
const FILES_PER_UNIT: usize = 100;

/// Where the library was written.
static LIBRARY: OnceLock<PathBuf> = OnceLock::new();

/// The guide's TOML blocks: (info string, text).
fn guide_blocks() -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut lines = GUIDE.lines();
    while let Some(line) = lines.next() {
        if let Some(info) = line.strip_prefix("```toml") {
            let text: Vec<&str> = lines
                .by_ref()
                .take_while(|l| !l.starts_with("```"))
                .collect();
            blocks.push((info.trim().to_string(), text.join("\n") + "\n"));
        }
    }
    blocks
}

/// A follow-up question of about 400 bytes, to grow a file to a realistic size.
fn follow_up(n: usize) -> String {
    format!(
        "\n[[follow_up]]\nid = \"extra-{n}\"\n\
         prompt = \"Question {n}: what does this show about change and continuity in the \
         railway age? Answer in two or three sentences.\"\n\
         model_answer = \"It shows change: goods and people moved faster and more cheaply, \
         though many places were still far from a line.\"\n\n\
         [[follow_up.keywords]]\nalternatives = [\"change*\", \"faster\", \"cheap*\"]\n\
         missed = \"Did you say what changed?\"\n"
    )
}

/// Writes one unit of the library into `dir`.
fn write_unit(dir: &Path, unit: usize, examples: &[(String, String)], sources: &str) {
    std::fs::create_dir_all(dir).expect("the temporary folder is writable");
    std::fs::write(dir.join("sources.toml"), sources).expect("writable");
    let mut names = Vec::new();
    for n in 0..FILES_PER_UNIT {
        let (_, example) = &examples[n % examples.len()];
        let batch = n / examples.len();
        // Ids stay unique in the unit; the report's notes point at its batch's sort.
        let mut text = example
            .replacen("\nid = \"", &format!("\nid = \"b{batch}-"), 1)
            .replace("notes_from = [\"", &format!("notes_from = [\"b{batch}-"));
        let size = 2048 + (unit * FILES_PER_UNIT + n) * 409 % 4096;
        let mut extra = 0;
        while text.len() < size {
            text.push_str(&follow_up(extra));
            extra += 1;
        }
        let name = format!("{n:03}.toml");
        std::fs::write(dir.join(&name), text).expect("writable");
        names.push(format!("    \"{name}\","));
    }
    let unit_toml = format!(
        "schema_version = 1\nid = \"unit-{unit}\"\ntitle = \"Unit {unit}\"\n\
         activities = [\n{}\n]\n",
        names.join("\n")
    );
    std::fs::write(dir.join("unit.toml"), unit_toml).expect("writable");
}

/// Writes the library into `root` and checks that it loads cleanly.
fn write_library(root: &Path) {
    let blocks = guide_blocks();
    let sources = blocks
        .iter()
        .find(|(info, _)| info == "sources")
        .map(|(_, text)| text.clone())
        .expect("the guide has a sources block");
    let examples: Vec<(String, String)> = blocks
        .into_iter()
        .filter(|(info, _)| info.starts_with("activity"))
        .collect();
    for unit in 0..UNITS {
        write_unit(
            &root.join(format!("unit-{unit}")),
            unit,
            &examples,
            &sources,
        );
    }
    let loaded = load_path(root);
    let activities: usize = loaded.units.iter().map(|u| u.activities.len()).sum();
    assert!(
        loaded.diagnostics.is_empty(),
        "the library should load cleanly: {:?}",
        loaded.diagnostics.first()
    );
    assert_eq!(activities, UNITS * FILES_PER_UNIT);
}

fn main() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    write_library(temp.path());
    LIBRARY.get_or_init(|| temp.path().to_path_buf());
    divan::main();
}

/// Reads, parses and validates the whole 1,000-file library.
#[divan::bench(sample_count = 30)]
fn library_1000_files() -> Loaded {
    load_path(LIBRARY.get().expect("written in main"))
}

/// Parses and validates the bundled unit from the copy in the binary.
#[divan::bench]
fn bundled_unit() -> Loaded {
    classwork::bundled::default_unit()
}
