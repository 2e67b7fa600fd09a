//! Hostile files: injection attempts, path escapes, huge counts, deep nesting, duplicate
//! keys, odd encodings, odd numbers and dates. Each file in `tests/fixtures/hostile/` must
//! produce a diagnostic, never panic, and render with nothing that could drive a terminal;
//! its plain rendering is compared with `tests/snapshots/` (review changes with
//! `INSTA_UPDATE=always cargo test --test domain hostile` and `git diff`).
//!
//! - `activities/*.toml`: activity files, loaded on their own;
//! - `units/*/`: unit folders;
//! - `sheets/*.toml`: answer sheets, checked against the bundled unit;
//! - `handins/*/`: class folders of hand-ins, read against the bundled unit;
//! - `marks/*.toml`: teacher's marks files, checked against the bundled unit.

use std::path::{Path, PathBuf};

use classwork::activity::{Activity, Unit};
use classwork::answer::sheet::load_sheet;
use classwork::diagnostic::{Diagnostic, Style, render_all, to_json};
use classwork::load::{Disk, Files, load_path};
use classwork::teacher::read_class;
use classwork::text::is_unsafe;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn corpus(category: &str) -> Vec<PathBuf> {
    let dir = root().join("tests/fixtures/hostile").join(category);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a readable entry").path())
        .collect();
    entries.sort();
    entries
}

fn bundled() -> Unit {
    classwork::bundled::default_unit()
        .into_unit("bundled")
        .expect("the bundled unit loads")
}

/// The plain rendering with the checkout's path (and any temporary folder) taken out.
fn rendered(diagnostics: &[Diagnostic], temp: Option<&Path>) -> String {
    let mut text = render_all(diagnostics, Style::Plain)
        .replace(&format!("{}/", root().display()), "")
        .replace(env!("CARGO_PKG_VERSION"), "<version>");
    if let Some(temp) = temp {
        text = text.replace(&format!("{}/", temp.display()), "<temp>/");
    }
    text
}

/// Checks what every hostile file must give, then the snapshot.
fn check(category: &str, path: &Path, diagnostics: &[Diagnostic]) {
    let name = path
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .trim_end_matches(".toml")
        .to_string();
    let text = rendered(diagnostics, None);
    assert!(
        !diagnostics.is_empty(),
        "{category}/{name} produced no diagnostic"
    );
    assert_clean(&format!("{category}/{name}"), &text);
    assert_clean(
        &format!("{category}/{name} as JSON"),
        &to_json(diagnostics).to_string(),
    );
    insta::assert_snapshot!(format!("{category}-{name}"), text);
}

/// Fails when `text` holds a character that could drive a terminal.
fn assert_clean(what: &str, text: &str) {
    let bad: Vec<String> = text
        .chars()
        .filter(|c| is_unsafe(*c))
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    assert!(bad.is_empty(), "{what} printed {bad:?}:\n{text}");
}

#[test]
fn the_corpus_is_large() {
    let count: usize = ["activities", "units", "sheets", "handins", "marks"]
        .iter()
        .map(|c| corpus(c).len())
        .sum();
    assert!(count >= 40, "only {count} hostile files");
}

#[test]
fn hostile_activity_files() {
    for path in corpus("activities") {
        check("activities", &path, &load_path(&path).diagnostics);
    }
}

#[test]
fn hostile_units() {
    for path in corpus("units") {
        check("units", &path, &load_path(&path).diagnostics);
    }
}

#[test]
fn hostile_answer_sheets() {
    let unit = bundled();
    let activities: Vec<&Activity> = unit.activities.iter().collect();
    for path in corpus("sheets") {
        let mut diagnostics = Vec::new();
        match Disk.read(&path) {
            Ok(file) => {
                let sheet = load_sheet(&file, &activities, &mut diagnostics);
                assert!(sheet.is_none(), "{} loaded", path.display());
            }
            Err(d) => diagnostics.push(d),
        }
        check("sheets", &path, &diagnostics);
    }
}

#[test]
fn hostile_marks_files() {
    let unit = bundled();
    for path in corpus("marks") {
        let (marks, mut diagnostics) = classwork::teacher::marks::read(&path);
        marks.check(&unit, &mut diagnostics);
        assert!(
            diagnostics.iter().any(Diagnostic::is_error),
            "{} gave no error",
            path.display()
        );
        check("marks", &path, &diagnostics);
    }
}

#[test]
fn hostile_hand_ins() {
    let unit = bundled();
    for path in corpus("handins") {
        let class = read_class(&path, &unit);
        check("handins", &path, &class.diagnostics);
    }
}

/// Too large to commit: an answer of a megabyte.
#[test]
fn a_megabyte_answer_is_refused() {
    let unit = bundled();
    let activities: Vec<&Activity> = unit.activities.iter().collect();
    let text = format!(
        "schema_version = 1\nstudent = \"Ada\"\nactivity = \"final_essay\"\nactivity_hash = \"0\"\n\n[responses]\ntext = \"{}\"\n",
        "word ".repeat(200_000)
    );
    let file = classwork::diagnostic::SourceFile::new("essay.toml", text);
    let mut diagnostics = Vec::new();
    assert!(load_sheet(&file, &activities, &mut diagnostics).is_none());
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"answer-too-long"), "{codes:?}");
    let text = rendered(&diagnostics, None);
    assert!(text.len() < 2_000, "the answer is not printed whole");
    insta::assert_snapshot!("sheets-megabyte-answer", text);
}

/// A unit over the limit of activities is reported once, and the files it lists past the
/// limit are not called unlisted.
#[test]
fn a_unit_over_the_limit_is_reported_once() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let count = classwork::activity::validate::MAX_ITEMS + 5;
    let names: Vec<String> = (0..count).map(|i| format!("a{i:03}.toml")).collect();
    for (i, name) in names.iter().enumerate() {
        let activity = format!(
            "schema_version = 1\nid = \"a{i}\"\nkind = \"choice\"\ntitle = \"A{i}\"\n\n\
             [[questions]]\nid = \"q\"\nprompt = \"Which?\"\n\n\
             [[questions.options]]\nid = \"a\"\ntext = \"Right\"\ncorrect = true\n\n\
             [[questions.options]]\nid = \"b\"\ntext = \"Wrong\"\n"
        );
        std::fs::write(temp.path().join(name), activity).expect("written");
    }
    let listed: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    std::fs::write(
        temp.path().join("unit.toml"),
        format!(
            "schema_version = 1\nid = \"big\"\ntitle = \"Big\"\nactivities = [{}]\n",
            listed.join(", ")
        ),
    )
    .expect("written");
    let loaded = load_path(temp.path());
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        ["too-many"],
        "{}",
        rendered(&loaded.diagnostics, None)
    );
    assert!(loaded.diagnostics[0].message.contains(&count.to_string()));
    assert_eq!(
        loaded.units[0].activities.len(),
        classwork::activity::validate::MAX_ITEMS
    );
}

#[cfg(unix)]
mod links {
    use std::os::unix::fs::symlink;

    use super::*;

    fn codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
        diagnostics.iter().map(|d| d.code).collect()
    }

    /// A secret file outside every folder the tests read.
    fn secret(temp: &Path) -> PathBuf {
        let path = temp.join("secret.toml");
        std::fs::write(&path, "schema_version = 1\nstudent = \"Eve\"\n").expect("written");
        path
    }

    #[test]
    fn a_unit_whose_sources_link_out_is_refused() {
        let temp = tempfile::tempdir().expect("a temp dir");
        let dir = temp.path().join("unit");
        std::fs::create_dir(&dir).expect("made");
        std::fs::write(
            dir.join("unit.toml"),
            "schema_version = 1\nid = \"unit\"\ntitle = \"Unit\"\nactivities = []\n",
        )
        .expect("written");
        symlink(secret(temp.path()), dir.join("sources.toml")).expect("linked");
        let loaded = load_path(&dir);
        assert!(codes(&loaded.diagnostics).contains(&"path-outside-unit"));
        assert!(loaded.units[0].sources.is_empty());
        insta::assert_snapshot!(
            "links-unit-sources",
            rendered(&loaded.diagnostics, Some(temp.path()))
        );
    }

    fn hand_in(dir: &Path) {
        std::fs::create_dir_all(dir).expect("made");
        std::fs::write(
            dir.join("handin.toml"),
            "schema_version = 1\nstudent = \"Ada\"\nunit = \"soviet-foreign-policy\"\nexported_at = \"2026-11-21T10:20:00Z\"\nclasswork = \"0.1.0\"\n",
        )
        .expect("written");
    }

    #[test]
    fn a_sheet_linking_out_of_its_hand_in_is_not_read() {
        let temp = tempfile::tempdir().expect("a temp dir");
        let class = temp.path().join("class");
        hand_in(&class.join("ada"));
        symlink(secret(temp.path()), class.join("ada/aims.toml")).expect("linked");
        let read = read_class(&class, &bundled());
        assert_eq!(codes(&read.diagnostics), ["path-outside-folder"]);
        assert_eq!(read.hand_ins.len(), 1);
        assert!(read.hand_ins[0].sheets.is_empty());
        insta::assert_snapshot!(
            "links-hand-in-sheet",
            rendered(&read.diagnostics, Some(temp.path()))
        );
    }

    #[test]
    fn a_manifest_or_folder_linking_out_of_the_class_is_not_read() {
        let temp = tempfile::tempdir().expect("a temp dir");
        let class = temp.path().join("class");
        let outside = temp.path().join("elsewhere");
        hand_in(&outside);
        std::fs::create_dir_all(class.join("bob")).expect("made");
        symlink(outside.join("handin.toml"), class.join("bob/handin.toml")).expect("linked");
        symlink(&outside, class.join("eve")).expect("linked");
        let read = read_class(&class, &bundled());
        assert_eq!(
            codes(&read.diagnostics),
            ["path-outside-folder", "path-outside-folder"]
        );
        assert!(read.hand_ins.is_empty());
        insta::assert_snapshot!(
            "links-class-folders",
            rendered(&read.diagnostics, Some(temp.path()))
        );
    }

    /// Each real folder is read once: a link back up to a folder holding it is not gone
    /// round, and a link to a hand-in elsewhere in the class does not read it again.
    #[test]
    fn links_to_folders_inside_the_class_are_not_followed() {
        let temp = tempfile::tempdir().expect("a temp dir");
        let root = temp.path().canonicalize().expect("a real path");
        let class = root.join("class");
        hand_in(&class.join("group/ada"));
        symlink(&class, class.join("group/loop")).expect("linked");
        symlink(class.join("group/ada"), class.join("alias")).expect("linked");
        let read = read_class(&class, &bundled());
        assert_eq!(codes(&read.diagnostics), ["linked-folder", "linked-folder"]);
        assert_eq!(read.hand_ins.len(), 1);
        assert_eq!(read.hand_ins[0].folder, class.join("group/ada"));
        insta::assert_snapshot!(
            "links-inside-the-class",
            rendered(&read.diagnostics, Some(&root))
        );
    }

    #[test]
    fn mark_does_not_follow_a_link_out_of_a_hand_in() {
        let temp = tempfile::tempdir().expect("a temp dir");
        let ada = temp.path().join("ada");
        hand_in(&ada);
        let secret = secret(temp.path());
        symlink(&secret, ada.join("report_to_stalin.toml")).expect("linked");
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(["mark", &ada.to_string_lossy(), "advice.argument=1"])
            .output()
            .expect("classwork runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("path-outside-folder"), "{stderr}");
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        let after = std::fs::read_to_string(&secret).expect("still there");
        assert_eq!(after, "schema_version = 1\nstudent = \"Eve\"\n");
    }
}
