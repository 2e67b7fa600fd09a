//! Every diagnostic of the activity format, from a fixture that triggers it, as `classwork
//! validate` prints it.
//!
//! Each fixture in `tests/fixtures/invalid/` is named after the code it must produce: a file
//! (`unknown-key.toml`) or a unit folder (`missing-file/`). Its plain rendering is compared
//! with `tests/snapshots/`; after a deliberate change to a message, review the new snapshots
//! with `INSTA_UPDATE=always cargo test --test domain diagnostics` and `git diff`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use classwork::diagnostic::{Diagnostic, Style, render_all};
use classwork::load::{MAX_FILE_BYTES, load_path};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/invalid")
}

/// The plain rendering, with the folder `prefix/` (the checkout, or a temporary folder)
/// replaced in paths by `replacement`.
fn rendered(diagnostics: &[Diagnostic], prefix: &Path, replacement: &str) -> String {
    render_all(diagnostics, Style::Plain).replace(&format!("{}/", prefix.display()), replacement)
}

/// Loads the fixture `name`, checks it produces its code, and compares the rendering.
fn check(name: &str) {
    let code = name.strip_suffix(".toml").unwrap_or(name);
    let loaded = load_path(&fixtures().join(name));
    // The version is named in `newer-version`; keep the snapshot across releases.
    let text =
        rendered(&loaded.diagnostics, root(), "").replace(env!("CARGO_PKG_VERSION"), "<version>");
    assert!(
        loaded.diagnostics.iter().any(|d| d.code == code),
        "{name} should produce a `{code}` diagnostic, but produced:\n{text}"
    );
    insta::assert_snapshot!(code, text);
}

macro_rules! fixtures {
    ($($test:ident: $name:literal,)*) => {
        /// Every fixture with a test of its own.
        const FIXTURES: &[&str] = &[$($name),*];
        $(
            #[test]
            fn $test() {
                check($name);
            }
        )*
    };
}

fixtures! {
    ambiguous_date: "ambiguous-date.toml",
    bad_date: "bad-date.toml",
    bad_id: "bad-id.toml",
    bad_key: "bad-key.toml",
    bad_number: "bad-number.toml",
    bad_order: "bad-order.toml",
    bad_version: "bad-version.toml",
    duplicate_id: "duplicate-id.toml",
    duplicate_key: "duplicate-key.toml",
    duplicate_level: "duplicate-level.toml",
    empty_file: "empty-file.toml",
    empty_alternative: "empty-alternative.toml",
    wordless_alternative: "wordless-alternative.toml",
    empty_prompt: "empty-prompt.toml",
    empty_unit: "empty-unit",
    invalid_exam: "invalid-exam",
    evidence_not_in_source: "evidence-not-in-source",
    full_marks_unreachable: "full-marks-unreachable.toml",
    io: "io",
    key_not_for_kind: "key-not-for-kind.toml",
    key_overlap: "key-overlap.toml",
    min_above_max: "min-above-max.toml",
    justification_points: "justification-points.toml",
    missing_file: "missing-file",
    missing_key: "missing-key.toml",
    missing_version: "missing-version.toml",
    newer_version: "newer-version.toml",
    no_key: "no-key.toml",
    no_marks: "no-marks.toml",
    not_utf8: "not-utf8.toml",
    path_outside_unit: "path-outside-unit",
    revisit_with_key: "revisit-with-key.toml",
    single_choice: "single-choice.toml",
    sources_not_checked: "sources-not-checked",
    syntax: "syntax.toml",
    too_deep: "too-deep.toml",
    too_deep_key: "too-deep-key.toml",
    too_few: "too-few.toml",
    too_many: "too-many.toml",
    too_many_problems: "too-many-problems.toml",
    unexplained_row: "unexplained-row.toml",
    unknown_key: "unknown-key.toml",
    unknown_reference: "unknown-reference.toml",
    unknown_value: "unknown-value.toml",
    unlisted_file: "unlisted-file",
    unused_source: "unused-source",
    wrong_type: "wrong-type.toml",
}

/// Too large to commit: written for the test, a little over the limit.
#[test]
fn file_too_large() {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("file-too-large.toml");
    let line = "# padding to make the file larger than classwork reads\n";
    let mut text = String::from("schema_version = 1\n");
    while (text.len() as u64) < MAX_FILE_BYTES + MAX_FILE_BYTES / 4 {
        text.push_str(line);
    }
    std::fs::write(&path, text).unwrap();
    let loaded = load_path(&path);
    assert!(
        loaded
            .diagnostics
            .iter()
            .any(|d| d.code == "file-too-large")
    );
    insta::assert_snapshot!(
        "file-too-large",
        rendered(&loaded.diagnostics, temp.path(), "<temp>/")
    );
}

/// A named pipe cannot be committed: made for the test.
#[test]
fn the_exam_date_is_read_and_anything_but_a_date_points_at_it() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    std::fs::write(dir.join("01-first.toml"), QUIZ.replace("ID", "first")).unwrap();
    let unit = |exam: &str| {
        let text = format!(
            "schema_version = 1\nid = \"unit\"\ntitle = \"Unit\"\n{exam}\nactivities = [\"01-first.toml\"]\n"
        );
        std::fs::write(dir.join("unit.toml"), &text).unwrap();
        (load_path(dir), text)
    };
    let (loaded, _) = unit("exam = 2027-05-14");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(
        loaded.units[0].exam,
        classwork::time::day_start(2027, 5, 14)
    );
    assert_eq!(unit("").0.units[0].exam, None);
    for bad in [
        "exam = \"2027-05-14\"",
        "exam = 2027-05-14T09:00:00",
        "exam = 2027",
    ] {
        let (loaded, text) = unit(bad);
        let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["invalid-exam"], "{bad}");
        let span = loaded.diagnostics[0].span.clone().expect("located");
        assert_eq!(&text[span], &bad["exam = ".len()..], "{bad}");
        assert_eq!(loaded.units[0].exam, None);
    }
}

#[cfg(unix)]
#[test]
fn not_a_file() {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("not-a-file.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    let loaded = load_path(&path);
    assert!(loaded.diagnostics.iter().any(|d| d.code == "not-a-file"));
    insta::assert_snapshot!(
        "not-a-file",
        rendered(&loaded.diagnostics, temp.path(), "<temp>/")
    );
}

/// A table header of too many parts is located at its key in JSON too, as every error
/// from the TOML parser is, even one it gives no place for.
#[test]
fn a_deep_table_header_has_a_line_and_column() {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("deep-header.toml");
    let key = vec!["part"; 90].join(".");
    std::fs::write(
        &path,
        format!("schema_version = 1\n\n  [{key}]\nid = \"x\"\n"),
    )
    .unwrap();
    let loaded = load_path(&path);
    let json = classwork::diagnostic::to_json(&loaded.diagnostics);
    let first = &json["diagnostics"][0];
    assert_eq!(first["code"], "too-deep-key", "{json:#}");
    assert_eq!((&first["line"], &first["column"]), (&3.into(), &4.into()));
    assert_eq!(first["end_column"].as_u64(), Some(4 + key.len() as u64));
}

#[test]
fn the_not_utf8_fixture_is_not_utf8() {
    let bytes = std::fs::read(fixtures().join("not-utf8.toml")).unwrap();
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture was re-encoded"
    );
}

#[test]
fn every_fixture_has_a_test() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let tested: BTreeSet<String> = FIXTURES.iter().map(|f| f.to_string()).collect();
    assert_eq!(
        on_disk, tested,
        "add the fixture to `fixtures!` (or remove it)"
    );
}

/// Codes written as `Diagnostic::error("code"` or `Diagnostic::warning("code"` in `dir`.
fn codes_in(dir: &Path, codes: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ is readable").path();
        if path.is_dir() {
            codes_in(&path, codes);
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source files are UTF-8");
        for call in ["Diagnostic::error(", "Diagnostic::warning("] {
            for (at, _) in text.match_indices(call) {
                let rest = text[at + call.len()..].trim_start();
                if let Some(literal) = rest.strip_prefix('"')
                    && let Some(end) = literal.find('"')
                {
                    codes.insert(literal[..end].to_string());
                }
            }
        }
    }
}

#[test]
fn every_code_has_a_fixture() {
    // The activity format's loader and checks; answer files have diagnostics of their own.
    let mut codes = BTreeSet::new();
    for dir in ["src/activity", "src/load"] {
        codes_in(&root().join(dir), &mut codes);
    }
    assert!(codes.len() > 20, "the scan found too few codes");
    let covered: BTreeSet<String> = FIXTURES
        .iter()
        .map(|f| f.trim_end_matches(".toml").to_string())
        .chain(["file-too-large".to_string(), "not-a-file".to_string()])
        .collect();
    let missing: Vec<&String> = codes.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "these codes have no fixture in tests/fixtures/invalid/: {missing:?}"
    );
}

const QUIZ: &str = r#"schema_version = 1
id = "ID"
kind = "choice"
title = "Railway facts"

[[questions]]
id = "first-line"
prompt = "Which was the first public railway to use steam locomotives?"

[[questions.options]]
id = "stockton"
text = "The Stockton and Darlington Railway"
correct = true
"#;

#[test]
fn one_broken_file_does_not_stop_the_others() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    std::fs::write(
        dir.join("unit.toml"),
        "schema_version = 1\nid = \"early-railways\"\ntitle = \"Railways\"\n\
         activities = [\"01-first.toml\", \"02-broken.toml\", \"03-third.toml\"]\n",
    )
    .unwrap();
    std::fs::write(dir.join("01-first.toml"), QUIZ.replace("ID", "first")).unwrap();
    let broken = QUIZ.replace("ID", "broken").replace("title", "titel");
    std::fs::write(dir.join("02-broken.toml"), broken).unwrap();
    std::fs::write(dir.join("03-third.toml"), QUIZ.replace("ID", "third")).unwrap();

    let loaded = load_path(dir);
    let ids: Vec<&str> = loaded.units[0]
        .activities
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(ids, ["first", "third"]);
    assert!(!loaded.diagnostics.is_empty());
    for d in &loaded.diagnostics {
        let file = d.file.as_ref().map(|f| f.name.clone()).unwrap_or_default();
        assert!(file.ends_with("02-broken.toml"), "{d:?}");
    }
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_unit_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("unit");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        temp.path().join("outside.toml"),
        QUIZ.replace("ID", "outside"),
    )
    .unwrap();
    std::os::unix::fs::symlink(temp.path().join("outside.toml"), dir.join("01-link.toml")).unwrap();
    std::fs::write(
        dir.join("unit.toml"),
        "schema_version = 1\nid = \"unit\"\ntitle = \"Unit\"\nactivities = [\"01-link.toml\"]\n",
    )
    .unwrap();
    let loaded = load_path(&dir);
    assert!(loaded.units[0].activities.is_empty());
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["path-outside-unit"]);
}

/// A folder of many activities is parsed on every core; what loads and what is reported
/// still comes in file order, as from a small folder.
#[test]
fn a_large_folder_loads_in_file_order_with_every_problem() {
    let temp = tempfile::tempdir().expect("a temp dir");
    for n in 0..40 {
        let text = if n % 13 == 5 {
            format!("schema_version = 1\nid = \"q{n:02}\"\nkind = \"choice\"\ntitel = \"x\"\n")
        } else {
            format!(
                "schema_version = 1\nid = \"q{n:02}\"\nkind = \"choice\"\ntitle = \"Quiz {n}\"\n\n\
                 [[questions]]\nid = \"first\"\nprompt = \"Which?\"\n\n\
                 [[questions.options]]\nid = \"a\"\ntext = \"A\"\ncorrect = true\n\n\
                 [[questions.options]]\nid = \"b\"\ntext = \"B\"\n"
            )
        };
        std::fs::write(temp.path().join(format!("q{n:02}.toml")), text).expect("written");
    }
    let loaded = load_path(temp.path());
    let ids: Vec<&str> = loaded.activities.iter().map(|a| a.id.as_str()).collect();
    let expected: Vec<String> = (0..40)
        .filter(|n| n % 13 != 5)
        .map(|n| format!("q{n:02}"))
        .collect();
    assert_eq!(ids, expected);
    let broken: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| rendered(std::slice::from_ref(d), temp.path(), ""))
        .collect();
    // Each broken file: its unknown key, and never the follow-on "missing key `title`".
    let broken: Vec<&String> = broken.iter().filter(|d| d.contains("titel")).collect();
    assert_eq!(broken.len(), 3, "{broken:#?}");
    for (shown, n) in broken.iter().zip([5, 18, 31]) {
        let file = format!("q{n:02}.toml:");
        assert!(
            shown.contains("unknown key `titel`") && shown.contains(&file),
            "{shown}"
        );
    }
    let all = rendered(&loaded.diagnostics, temp.path(), "");
    assert!(!all.contains("missing key `title`"), "{all}");
}

/// A report section that links notes from an activity the unit does not have is warned
/// about in the report's own file, at the id, with the closest id the unit has.
#[test]
fn a_notes_link_to_no_activity_is_shown_where_it_is_written() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let unit = root().join("activities/soviet-foreign-policy");
    for entry in std::fs::read_dir(&unit).expect("the bundled unit") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let text = text.replace("notes_from = [\"spain\"]", "notes_from = [\"spian\"]");
        std::fs::write(temp.path().join(path.file_name().expect("a name")), text).expect("written");
    }
    let loaded = load_path(temp.path());
    assert_eq!(loaded.units[0].activities.len(), 15);
    let shown = rendered(&loaded.diagnostics, temp.path(), "");
    insta::assert_snapshot!("notes-link-to-no-activity", shown);
}

/// A file with three shape errors, each independent of the others (a misspelt key, a value
/// of the wrong type, an unknown value), has all three reported in one run, and nothing that
/// only follows from them: no "missing key `title`" for the misspelt `titel`.
#[test]
fn three_independent_shape_errors_are_reported_in_one_run() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let path = temp.path().join("three.toml");
    let text = QUIZ
        .replace("ID", "three")
        .replace("title", "titel")
        .replace("correct = true", "correct = \"yes\"")
        .replace("[[questions]]", "[[questions]]\npoints = \"two\"");
    std::fs::write(&path, text).expect("written");
    let loaded = load_path(&path);
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
    let shown = rendered(&loaded.diagnostics, temp.path(), "");
    assert_eq!(
        codes,
        ["unknown-key", "wrong-type", "wrong-type"],
        "{shown}"
    );
    insta::assert_snapshot!("three-shape-errors", shown);
}

/// A date written without quotes is a TOML date, not text: the message says so and asks
/// for quotes, rather than "found a table".
#[test]
fn an_unquoted_date_is_named_as_a_date() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let path = temp.path().join("date.toml");
    let text = QUIZ
        .replace("ID", "date")
        .replace("title = \"Railway facts\"", "title = 1945-08-06");
    std::fs::write(&path, text).expect("written");
    let loaded = load_path(&path);
    let shown = rendered(&loaded.diagnostics, temp.path(), "");
    assert!(shown.contains("found a TOML date"), "{shown}");
    assert!(!shown.contains("missing key"), "{shown}");
    insta::assert_snapshot!("unquoted-date", shown);
}

/// Loads `text` as a file of its own and renders what it gives, the folder left out.
fn rendered_file(name: &str, text: &str) -> (Vec<Diagnostic>, String) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("the file is written");
    let loaded = load_path(&path);
    let shown = rendered(&loaded.diagnostics, dir.path(), "");
    (loaded.diagnostics, shown)
}

/// Cards written under a rank (a categorize's list) are one error that says to rename
/// them, not a demand for each card's `bucket`, nor a second error for the missing items.
#[test]
fn another_kinds_list_is_one_error_that_says_what_to_rename() {
    let (found, text) = rendered_file(
        "rank.toml",
        "schema_version = 1\nid = \"r\"\nkind = \"rank\"\ntitle = \"Rank\"\ninstructions = \"Rank.\"\n\n\
         [[cards]]\nid = \"a\"\ntext = \"A\"\n\n[[cards]]\nid = \"b\"\ntext = \"B\"\n",
    );
    assert_eq!(found.len(), 1, "{text}");
    assert_eq!(found[0].code, "key-not-for-kind");
    insta::assert_snapshot!("rank-with-cards", text);
}

/// A categorize's card with no bucket says which card, and which buckets there are.
#[test]
fn a_card_with_no_bucket_names_the_card_and_the_buckets() {
    let (found, text) = rendered_file(
        "cards.toml",
        "schema_version = 1\nid = \"c\"\nkind = \"categorize\"\ntitle = \"Sort the cards\"\ninstructions = \"Sort.\"\n\n\
         [[buckets]]\nid = \"good\"\nlabel = \"Good\"\n\n[[buckets]]\nid = \"bad\"\nlabel = \"Bad\"\n\n\
         [[cards]]\nid = \"a\"\ntext = \"A\"\nbucket = \"good\"\n\n[[cards]]\nid = \"b\"\ntext = \"B\"\n",
    );
    assert_eq!(found.len(), 1, "{text}");
    insta::assert_snapshot!("card-without-bucket", text);
}

/// Three shape errors of different sorts, none a follow-on of another, all in one run: an
/// unknown value with no close match, a misspelt table header and a missing key.
#[test]
fn independent_shape_errors_are_all_reported_in_one_run() {
    let (found, text) = rendered_file(
        "three.toml",
        "schema_version = 1\nid = \"three\"\nkind = \"sort\"\ninstructions = \"Sort.\"\n\n\
         [scoring]\nrule = \"zigzag\"\n\n[[columnz]]\nid = \"a\"\nlabel = \"A\"\n\n\
         [[rows]]\nid = \"r\"\nlabel = \"Row\"\ntext = \"A row\"\nright = [\"a\"]\n",
    );
    let codes: Vec<&str> = found.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        ["unknown-value", "unknown-key", "missing-key"],
        "{text}"
    );
    insta::assert_snapshot!("errors-with-no-close-match", text);
}
