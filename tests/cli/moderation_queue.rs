//! The moderation queue lists near misses (a phrase that almost made a point) and a report's
//! decision its text contradicts, with the other flags; the teacher's override judges them.

use crate::common;

use std::path::Path;
use std::process::Output;

use common::process::Reaped;

fn classwork(args: &[&str], dir: &Path) -> Output {
    Reaped::spawn(
        std::process::Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped()),
    )
    .wait_with_output()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A unit of the starter `short` (point `why/second-point`: "keyword two") and `report`
/// (a decision between "Go ahead" and "Hold back", argued in `advice`), and Ada's hand-in.
fn class(root: &Path, why: &str, decision: &str, advice: &str) {
    let unit = root.join("activities").join("practice");
    std::fs::create_dir_all(&unit).expect("mkdir");
    std::fs::write(
        unit.join("unit.toml"),
        "schema_version = 1\nid = \"practice\"\ntitle = \"Practice\"\nactivities = [\n]\n",
    )
    .expect("write");
    for kind in ["short", "report"] {
        let out = classwork(&["new", kind, "--unit", "activities/practice"], root);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let dir = root.join("class").join("ada");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let sheet = |activity: &str, responses: &str| {
        format!(
            "schema_version = 1\nstudent = \"Ada\"\nactivity = \"{activity}\"\nactivity_hash = \"x\"\n\n{responses}"
        )
    };
    let files = [
        ("handin.toml", "schema_version = 1\nstudent = \"Ada\"\nunit = \"practice\"\nexported_at = \"2026-11-21T10:00:00Z\"\nclasswork = \"0.1.0\"\n".to_string()),
        ("short.toml", sheet("short", &format!("[responses.answers]\nwho = \"Right answer\"\nwhy = \"{why}\"\n"))),
        ("report.toml", sheet("report", &format!("[responses]\ndecision = \"{decision}\"\n\n[responses.sections]\nadvice = \"{advice}\"\n"))),
    ];
    for (name, body) in files {
        std::fs::write(dir.join(name), body).expect("write");
    }
}

fn queue(root: &Path) -> String {
    let out = classwork(
        &["class", "class", "--unit", "activities/practice", "--queue"],
        root,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn near_misses_and_a_contradicted_decision_are_queued_until_judged() {
    let root = tempfile::tempdir().expect("tempdir");
    let root = root.path();
    class(
        root,
        "The keyword is said here and then two.",
        "yes",
        "We must hold back, because holding back will keep us safe.",
    );
    let listed = queue(root);
    assert!(
        listed.starts_with("2 answers flagged by the marker."),
        "{listed}"
    );
    assert!(
        listed.contains(
            "\nAda (ada) — short why/second-point: near miss: “keyword is said here and then two” \
             has the words of “keyword two”, but too far apart\n"
        ),
        "{listed}"
    );
    assert!(
        listed.contains(
            "\nAda (ada) — report decision: the decision contradicts the text: decided “Go ahead”, \
             but “Advice” argues for “Hold back”\n"
        ),
        "{listed}"
    );
    assert!(listed.ends_with('\n'), "{listed:?}");

    // Judged by the teacher (accepted and rejected), both leave the queue.
    let out = classwork(
        &[
            "mark",
            "class/ada",
            "--unit",
            "activities/practice",
            "short:why/second-point=1",
            "report:decision=0",
        ],
        root,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(queue(root), "Nothing flagged: the marker had no doubts.\n");
}

#[test]
fn a_phrase_written_whole_is_no_near_miss_and_a_decision_argued_for_is_not_flagged() {
    let root = tempfile::tempdir().expect("tempdir");
    let root = root.path();
    class(
        root,
        "The keyword two is here.",
        "no",
        "We must hold back, because holding back will keep us safe.",
    );
    assert_eq!(queue(root), "Nothing flagged: the marker had no doubts.\n");
}

#[cfg(feature = "tui")]
#[test]
fn in_the_class_results_the_flags_come_first_with_the_answer_and_one_key_judges_each() {
    use common::pty::Terminal;

    let root = tempfile::tempdir().expect("tempdir");
    let root = root.path();
    class(
        root,
        "The keyword is said here and then two.",
        "yes",
        "We must hold back, because holding back will keep us safe.",
    );
    let args = ["class", "class", "--unit", "activities/practice"];
    let mut term = Terminal::spawn_in(root, &args, &[("NO_COLOR", "1")], 110, 30);
    term.wait_for("Gradebook", 20);
    term.send("6");
    let screen = term.wait_for("2 flagged", 10);
    assert!(
        screen.contains("⚑ Ada              short          why/second-point"),
        "{screen}"
    );
    assert!(
        screen.contains("⚑ Ada              report         decision"),
        "{screen}"
    );
    term.send("a");
    let screen = term.wait_for("1 flagged", 10);
    // The decision is shown with the section that must argue it.
    assert!(
        screen.contains("Decided: Go ahead. We must hold back, because holding back"),
        "{screen}"
    );
    term.send("r");
    term.wait_for("0 flagged", 10);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
    let marks = std::fs::read_to_string(root.join("class/marks.toml")).expect("marks");
    let marks: toml::Table = toml::from_str(&marks).expect("TOML");
    let ada = &marks["students"]["Ada"];
    assert_eq!(
        ada["short"]["overrides"]["why/second-point"].as_integer(),
        Some(1)
    );
    assert_eq!(ada["report"]["overrides"]["decision"].as_integer(), Some(0));
}
