//! The teacher commands end to end: `new` then `validate` is clean for every kind, `new`
//! never writes over a file, and `class --format markdown` on a small fixed class.

use std::path::Path;
use std::process::{Command, Output};

use classwork::activity::Kind;

fn classwork(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const UNIT_TOML: &str = "\
#:schema ../../assets/unit.schema.json
# The teacher's own comment, kept by `new`.
schema_version = 1
id = \"practice\"
title = \"Practice unit\"
activities = [
]
";

fn practice_unit(root: &Path) -> std::path::PathBuf {
    let unit = root.join("activities").join("practice");
    std::fs::create_dir_all(&unit).expect("mkdir");
    std::fs::write(unit.join("unit.toml"), UNIT_TOML).expect("write");
    unit
}

#[test]
fn new_then_validate_is_clean_for_every_kind() {
    let root = tempfile::tempdir().expect("tempdir");
    let unit = practice_unit(root.path());
    for kind in Kind::ALL {
        // From the folder above `activities/`: the first unit is found by itself.
        let out = classwork(&["new", kind.name()], root.path());
        assert!(out.status.success(), "{}", text(&out.stderr));
        let alone = classwork(&["validate", &format!("{}.toml", kind.name())], &unit);
        assert!(
            alone.status.success() && text(&alone.stdout).contains("no problems"),
            "{}: {}",
            kind.name(),
            text(&alone.stdout)
        );
    }
    let out = classwork(&["validate", "activities/practice"], root.path());
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("10 activities loaded, no problems"),
        "{stdout}"
    );
    let unit_toml = std::fs::read_to_string(unit.join("unit.toml")).expect("read");
    assert!(unit_toml.contains("# The teacher's own comment, kept by `new`."));
    assert!(unit_toml.contains("\"sort.toml\""), "{unit_toml}");
    let check = classwork(&["check", "activities/practice"], root.path());
    assert!(check.status.success(), "{}", text(&check.stdout));
    assert_eq!(
        text(&check.stdout).matches("full marks reachable").count(),
        10
    );
}

#[test]
fn new_never_writes_over_a_file() {
    let root = tempfile::tempdir().expect("tempdir");
    let unit = practice_unit(root.path());
    std::fs::write(unit.join("essay.toml"), "mine").expect("write");
    let out = classwork(
        &["new", "essay", "--unit", "activities/practice"],
        root.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("exists already"));
    assert_eq!(
        std::fs::read_to_string(unit.join("essay.toml")).expect("read"),
        "mine"
    );
    assert_eq!(
        std::fs::read_to_string(unit.join("unit.toml")).expect("read"),
        UNIT_TOML
    );
    let bad = classwork(
        &[
            "new",
            "essay",
            "--unit",
            "activities/practice",
            "--id",
            "Bad Id",
        ],
        root.path(),
    );
    assert_eq!(bad.status.code(), Some(2));
    let kind = classwork(
        &["new", "poem", "--unit", "activities/practice"],
        root.path(),
    );
    assert_eq!(kind.status.code(), Some(2));
}

/// Writes a hand-in of the practice unit (sort, rank, choice, essay) for one student.
fn hand_in(class: &Path, folder: &str, student: &str, sheets: &[(&str, &str)]) {
    let dir = class.join(folder);
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("handin.toml"),
        format!(
            "schema_version = 1\nstudent = \"{student}\"\nunit = \"practice\"\nexported_at = \"2026-11-21T10:00:00Z\"\nclasswork = \"0.1.0\"\n"
        ),
    )
    .expect("write");
    for (activity, responses) in sheets {
        std::fs::write(
            dir.join(format!("{activity}.toml")),
            format!(
                "schema_version = 1\nstudent = \"{student}\"\nactivity = \"{activity}\"\nactivity_hash = \"old\"\n{responses}"
            ),
        )
        .expect("write");
    }
}

#[test]
fn class_report_in_markdown() {
    let root = tempfile::tempdir().expect("tempdir");
    let unit = practice_unit(root.path());
    for kind in ["sort", "rank", "choice", "essay"] {
        let out = classwork(&["new", kind, "--unit", "activities/practice"], root.path());
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let class = root.path().join("class");
    hand_in(
        &class,
        "ada",
        "Ada",
        &[
            (
                "sort",
                "[responses.ticks]\nstatement-a = [\"first\"]\nstatement-b = [\"second\"]\n",
            ),
            (
                "rank",
                "[responses]\norder = [\"factor-a\", \"factor-b\", \"factor-c\"]\njustification = \"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty\"\n",
            ),
            (
                "choice",
                "[responses.chosen]\nquestion-1 = [\"right\"]\nquestion-2 = [\"right-a\", \"right-b\"]\n",
            ),
            (
                "essay",
                "[responses]\ntext = \"A keyword here.\"\n\n[teacher]\njudgement = 2\n",
            ),
        ],
    );
    hand_in(
        &class,
        "ben",
        "Ben",
        &[
            (
                "sort",
                "[responses.ticks]\nstatement-a = [\"first\", \"second\"]\nstatement-b = [\"first\"]\n",
            ),
            (
                "rank",
                "[responses]\norder = [\"factor-c\", \"factor-b\", \"factor-a\"]\n",
            ),
            (
                "choice",
                "[responses.chosen]\nquestion-1 = [\"wrong\"]\nquestion-2 = [\"right-a\"]\n",
            ),
            ("essay", "[responses]\ntext = \"Some words.\"\n"),
        ],
    );
    hand_in(
        &class,
        "cy",
        "Cy",
        &[
            ("sort", "[responses.ticks]\nstatement-a = [\"second\"]\n"),
            ("choice", "[responses.chosen]\nquestion-1 = [\"right\"]\n"),
        ],
    );
    let out = classwork(
        &[
            "class",
            "class",
            "--unit",
            "activities/practice",
            "--format",
            "markdown",
        ],
        root.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(unit.join("essay.toml").is_file());
    insta::assert_snapshot!(text(&out.stdout));
}

#[test]
fn mark_writes_the_teacher_table_and_rescores() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sheet = dir.path().join("essay.toml");
    let original = "schema_version = 1\n# Ada's essay\nstudent = \"Ada\"\nactivity = \"final_essay\"\nactivity_hash = \"x\"\n\n[responses]\ntext = \"Stalin chose Germany.\"\n";
    std::fs::write(&sheet, original).expect("write");
    let out = classwork(
        &["mark", "essay.toml", "argument=6", "knowledge=4"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // The essay's rubric: argument 12, knowledge 9, interpretations 6, structure 3. Two are
    // marked (6 + 4 = 10); the other two (6 + 3 = 9) still wait for the teacher.
    let line = text(&out.stdout);
    assert!(line.contains("+ 10 from the teacher ="), "{line}");
    assert!(
        line.contains("/42 (provisional: 9 still to mark)"),
        "{line}"
    );
    let marked = std::fs::read_to_string(&sheet).expect("read");
    assert!(marked.starts_with(&original[..original.find("[responses]").expect("responses")]));
    assert!(
        marked.ends_with("[teacher]\nargument = 6\nknowledge = 4\n"),
        "{marked}"
    );
    // Above the criterion's best level: refused, and nothing written.
    let out = classwork(&["mark", "essay.toml", "argument=13"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&sheet).expect("read"), marked);
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
    // `KEY=` takes a mark back: argument waits for the teacher again.
    let out = classwork(&["mark", "essay.toml", "argument="], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line = text(&out.stdout);
    assert!(line.contains("+ 4 from the teacher ="), "{line}");
    assert!(line.contains("(provisional: 21 still to mark)"), "{line}");
    let taken_back = std::fs::read_to_string(&sheet).expect("read");
    assert!(
        taken_back.ends_with("[teacher]\nknowledge = 4\n"),
        "{taken_back}"
    );
}

#[test]
fn export_writes_a_hand_in_the_class_command_reads() {
    use classwork::answer::sheet::{AnswerSheet, write_sheet};
    use classwork::scoring::{perfect_answer_with_sources, score_with_sources};
    let unit = classwork::bundled::default_unit().units.remove(0);
    let data = tempfile::tempdir().expect("tempdir");
    let store = classwork::store::Store::open_in(data.path()).expect("store");
    let profile = store.profile("Ada Lovelace").expect("profile");
    for id in ["aims", "factors", "aims"] {
        let activity = unit.activity(id).expect("activity");
        let answer = perfect_answer_with_sources(activity, &unit.sources);
        let score = score_with_sources(activity, &answer, &unit.sources);
        let sheet = write_sheet(&AnswerSheet::new(activity, answer));
        store
            .record_attempt(
                &profile,
                &unit.id,
                id,
                &activity.content_hash,
                &sheet,
                &score,
            )
            .expect("recorded");
    }
    drop(store);
    let class = tempfile::tempdir().expect("tempdir");
    let data_dir = data.path().to_string_lossy().into_owned();
    let out = classwork(
        &["export", "answers", "--data-dir", &data_dir, "--out", "ada"],
        class.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("exported 2 sheets by Ada Lovelace"));
    let manifest = std::fs::read_to_string(class.path().join("ada/handin.toml")).expect("read");
    assert!(manifest.contains("student = \"Ada Lovelace\"\nunit = \"soviet-foreign-policy\""));
    let aims = std::fs::read_to_string(class.path().join("ada/aims.toml")).expect("read");
    assert!(aims.contains("student = \"Ada Lovelace\"") && aims.contains("submitted = \""));
    // Again into the same folder: refused.
    let again = classwork(
        &["export", "answers", "--data-dir", &data_dir, "--out", "ada"],
        class.path(),
    );
    assert_eq!(again.status.code(), Some(2));
    let out = classwork(&["class", ".", "--format", "csv"], class.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    assert!(
        csv.lines()
            .nth(1)
            .expect("a row")
            .starts_with("Ada Lovelace,16,,4,"),
        "{csv}"
    );
}
