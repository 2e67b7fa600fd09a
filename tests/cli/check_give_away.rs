//! `classwork check` warns when an activity's list shows its own answer: events written in
//! date order, ranked items in key order, or the right option in the same place in every
//! question, none of them shuffled.

use std::path::Path;
use std::process::Command;

fn check(dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["check", "."])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("classwork runs");
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    // Only the warnings, without the dry runs that follow them.
    said.lines()
        .take_while(|l| !l.starts_with("check `"))
        .collect::<Vec<_>>()
        .join("\n")
}

const TIMELINE: &str = r#"schema_version = 1
id = "road"
kind = "timeline"
title = "The road to the pact"
instructions = "Put the events in order."
shuffle = SHUFFLE

[[events]]
id = "a"
text = "Munich"
date = "1938-09-29"

[[events]]
id = "b"
text = "Prague occupied"
date = "1939-03-15"

[[events]]
id = "c"
text = "The pact"
date = "1939-08-23"
"#;

const CHOICE: &str = r#"schema_version = 1
id = "quiz"
kind = "choice"
title = "Quiz"
instructions = "Choose."

[[questions]]
id = "one"
prompt = "Who replaced Litvinov?"
options = [{ id = "a", text = "Molotov", correct = true }, { id = "b", text = "Trotsky" }]

[[questions]]
id = "two"
prompt = "When was the pact signed?"
options = [{ id = "a", text = "August 1939", correct = true }, { id = "b", text = "May 1940" }]

[[questions]]
id = "three"
prompt = "Where was Rapallo signed?"
options = [{ id = "a", text = "Italy", correct = true }, { id = "b", text = "Poland" }]
"#;

#[test]
fn a_timeline_written_in_date_order_and_not_shuffled_is_warned_about() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("road.toml");
    std::fs::write(&file, TIMELINE.replace("SHUFFLE", "false")).expect("written");
    insta::assert_snapshot!("timeline-in-date-order", check(dir.path()));
    std::fs::write(&file, TIMELINE.replace("SHUFFLE", "true")).expect("written");
    assert!(!check(dir.path()).contains("gives-answer-away"));
}

#[test]
fn the_right_option_always_first_is_warned_about() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("quiz.toml"), CHOICE).expect("written");
    let said = check(dir.path());
    assert!(
        said.contains("warning[gives-answer-away]: the right option is option 1 in every question"),
        "{said}"
    );
    assert!(said.contains("quiz.toml:7:1"), "{said}");
    // Moved in one question, the answer is not given away.
    let moved = CHOICE.replace(
        r#"[{ id = "a", text = "Italy", correct = true }, { id = "b", text = "Poland" }]"#,
        r#"[{ id = "b", text = "Poland" }, { id = "a", text = "Italy", correct = true }]"#,
    );
    std::fs::write(dir.path().join("quiz.toml"), moved).expect("written");
    assert!(!check(dir.path()).contains("gives-answer-away"));
}

#[test]
fn the_bundled_unit_gives_no_answer_away() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(!check(&root.join("activities")).contains("gives-answer-away"));
}

/// `check` ends with one summary line that counts what it found.
#[test]
fn check_ends_with_one_summary_line() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(
        dir.path().join("road.toml"),
        TIMELINE.replace("SHUFFLE", "false"),
    )
    .expect("written");
    let out = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["check", "."])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("classwork runs");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Vec<&str> = said
        .lines()
        .filter(|l| l.starts_with("ok:") || l.starts_with("failed:"))
        .collect();
    insta::assert_snapshot!("check-summary", summary.join("\n"));
}

/// A kind misspelt for `classwork new` is met with the kind meant.
#[test]
fn new_with_a_misspelt_kind_says_the_kind_meant() {
    let dir = tempfile::tempdir().expect("a folder");
    let out = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["new", "sorting"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("classwork runs");
    assert!(!out.status.success());
    insta::assert_snapshot!("new-sorting", String::from_utf8_lossy(&out.stderr));
}

const SOURCES: &str = r#"schema_version = 1

[[source]]
id = "speech"
label = "Source 1"
who = "Stalin, to the Party Congress"
when = "March 1939"
kind = "speech"
text = "We stand for peace."

[[source]]
id = "memoir"
label = "Source 2"
who = "A diplomat, remembering"
when = "1962"
kind = "memoir"
text = "Nobody in Moscow expected it."
"#;

#[test]
fn a_timeline_event_whose_source_shows_its_date_is_warned_about() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(
        dir.path().join("unit.toml"),
        "schema_version = 1\nid = \"u\"\ntitle = \"U\"\nactivities = [\"road.toml\"]\n",
    )
    .expect("written");
    std::fs::write(dir.path().join("sources.toml"), SOURCES).expect("written");
    // Shuffled, so only the sources can give the dates away.
    let timeline = TIMELINE
        .replace("SHUFFLE", "true")
        .replace(
            "date = \"1939-03-15\"",
            "date = \"1939-03-15\"\nsource = \"speech\"",
        )
        .replace(
            "date = \"1939-08-23\"",
            "date = \"1939-08-23\"\nsource = \"memoir\"",
        );
    std::fs::write(dir.path().join("road.toml"), timeline).expect("written");
    let said = check(dir.path());
    assert!(
        said.contains("event `b` has a source dated \"March 1939\""),
        "{said}"
    );
    // A source dated in another year (written long after) says nothing of the event's.
    assert!(!said.contains("event `c`"), "{said}");
    assert_eq!(said.matches("gives-answer-away").count(), 1, "{said}");
}
