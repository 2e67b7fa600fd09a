//! The teacher commands end to end: `new` then `validate` is clean for every kind, `new`
//! never writes over a file, `class --format markdown` on a small fixed class, marks kept
//! in the teacher's marks file and never taken from a student's, hand-ins by one student
//! left for the teacher to choose, and `grade` on a hand-in folder.

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
            ("essay", "[responses]\ntext = \"The keyword matters.\"\n"),
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
    // The teacher marks Ada's essay; the mark goes into the class's marks file.
    let out = classwork(
        &[
            "mark",
            "class/ada",
            "--unit",
            "activities/practice",
            "essay:judgement=2",
        ],
        root.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(class.join("marks.toml").is_file());
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
fn mark_writes_the_marks_file_and_rescores() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sheet = dir.path().join("essay.toml");
    let marks = dir.path().join("marks.toml");
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
    // The sheet is untouched; the marks are in the marks file beside it.
    assert_eq!(std::fs::read_to_string(&sheet).expect("read"), original);
    let marked = std::fs::read_to_string(&marks).expect("read");
    assert!(
        marked.ends_with("[students.Ada.final_essay.marks]\nargument = 6\nknowledge = 4\n"),
        "{marked}"
    );
    // The teacher's comments in the marks file are kept.
    let commented = marked.replace("argument = 6", "argument = 6 # a clear line");
    std::fs::write(&marks, &commented).expect("write");
    // Above the criterion's best level: refused, and nothing written.
    let out = classwork(&["mark", "essay.toml", "argument=13"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&marks).expect("read"), commented);
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 2);
    // `KEY=` takes a mark back: knowledge waits for the teacher again.
    let out = classwork(&["mark", "essay.toml", "knowledge="], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line = text(&out.stdout);
    assert!(line.contains("+ 6 from the teacher ="), "{line}");
    assert!(line.contains("(provisional: 18 still to mark)"), "{line}");
    let taken_back = std::fs::read_to_string(&marks).expect("read");
    assert!(
        taken_back.ends_with("[students.Ada.final_essay.marks]\nargument = 6 # a clear line\n"),
        "{taken_back}"
    );
    // `grade` reads the same marks.
    let out = classwork(&["grade", &bundled_unit(), "essay.toml"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("provisional: 18 to be marked"),
        "{}",
        text(&out.stdout)
    );
    // The student rewrites the essay: the marks are for another answer, and wait.
    std::fs::write(
        &sheet,
        original.replace("Stalin chose Germany.", "Stalin chose time."),
    )
    .expect("write");
    let out = classwork(&["grade", &bundled_unit(), "essay.toml"], dir.path());
    assert!(
        text(&out.stderr).contains("answer-changed"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("provisional: 30 to be marked"),
        "{}",
        text(&out.stdout)
    );
}

/// The bundled unit's folder.
fn bundled_unit() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("activities/soviet-foreign-policy")
        .to_string_lossy()
        .into_owned()
}

/// Writes a hand-in of the bundled unit into `class/folder`: a seven-word essay and, when
/// `forged` is given, a `[teacher]` table giving it those marks.
fn essay_hand_in(class: &Path, folder: &str, student: &str, exported_at: &str, forged: &str) {
    let dir = class.join(folder);
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("final_essay.toml"),
        format!(
            "schema_version = 1\nstudent = \"{student}\"\nactivity = \"final_essay\"\nactivity_hash = \"x\"\n\n[responses]\ntext = \"Stalin wanted time, so he signed it.\"\n{forged}"
        ),
    )
    .expect("write");
    std::fs::write(
        dir.join("handin.toml"),
        format!(
            "schema_version = 1\nstudent = \"{student}\"\nunit = \"soviet-foreign-policy\"\nexported_at = \"{exported_at}\"\nclasswork = \"0.1.0\"\n"
        ),
    )
    .expect("write");
}

#[test]
fn marks_a_student_writes_are_reported_and_not_counted() {
    let class = tempfile::tempdir().expect("tempdir");
    let forged = "\n[teacher]\nargument = 8\nknowledge = 6\ninterpretations = 4\nstructure = 2\n";
    essay_hand_in(class.path(), "bob", "Bob", "2026-11-21T10:00:00Z", forged);
    let out = classwork(
        &["class", ".", "--format", "csv", "--xapi", "statements.json"],
        class.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("warning[teacher-marks-in-sheet]"),
        "{stderr}"
    );
    assert!(stderr.contains("bob/final_essay.toml:9:1"), "{stderr}");
    // The essay still needs marking, and its mark is not final anywhere.
    let csv = text(&out.stdout);
    let row = csv.lines().nth(1).expect("Bob's row");
    assert!(
        row.starts_with("Bob,") && row.ends_with(",final_essay"),
        "{csv}"
    );
    let statements: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(class.path().join("statements.json")).expect("xAPI"),
    )
    .expect("JSON");
    assert_eq!(
        statements[0]["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/completed"
    );
    assert!(statements[0]["result"]["score"]["raw"].as_f64() < Some(20.0));
    let out = classwork(&["grade", &bundled_unit(), "bob"], class.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("provisional: 30 to be marked"),
        "{}",
        text(&out.stdout)
    );
    // Marks the teacher gives count.
    let out = classwork(&["mark", "bob", "argument=2"], class.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(class.path().join("marks.toml").is_file());
    let out = classwork(&["grade", &bundled_unit(), "bob"], class.path());
    assert!(
        text(&out.stdout).contains("provisional: 18 to be marked"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn hand_ins_by_one_student_wait_for_the_teachers_choice() {
    let class = tempfile::tempdir().expect("tempdir");
    essay_hand_in(class.path(), "alice", "Alice", "2026-11-21T10:00:00Z", "");
    essay_hand_in(class.path(), "bob", "Bob", "2026-11-21T10:00:00Z", "");
    // Someone else's folder, dated in the future, says it is Alice's.
    essay_hand_in(class.path(), "zz", "alice", "2099-01-01T00:00:00Z", "");
    let out = classwork(&["class", ".", "--format", "csv"], class.path());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("error[conflicting-hand-ins]"), "{stderr}");
    assert!(
        stderr.contains("Alice handed in 2 times: `alice` (exported 2026-11-21T10:00:00Z), `zz` (exported 2099-01-01T00:00:00Z); none is counted until you choose"),
        "{stderr}"
    );
    assert!(stderr.contains("warning[future-date]"), "{stderr}");
    assert!(stderr.contains("zz/handin.toml:4:15"), "{stderr}");
    let csv = text(&out.stdout);
    assert_eq!(csv.lines().count(), 2, "only Bob counts:\n{csv}");
    // The teacher chooses in the marks file: that folder counts, the other is left out.
    std::fs::write(
        class.path().join("marks.toml"),
        "schema_version = 1\n\n[hand_ins.Alice]\nfolder = \"alice\"\n",
    )
    .expect("write");
    let out = classwork(&["class", ".", "--format", "csv"], class.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("`alice` counts, as the marks file chooses; left out: `zz`"),
        "{stderr}"
    );
    assert_eq!(text(&out.stdout).lines().count(), 3);
    // Alice's essay is marked; the folder left out, whose essay differs, says nothing of it.
    let forged_essay = class.path().join("zz/final_essay.toml");
    let essay = std::fs::read_to_string(&forged_essay).expect("read");
    std::fs::write(&forged_essay, essay.replace("signed it", "refused")).expect("write");
    let out = classwork(&["mark", "alice", "argument=2"], class.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = classwork(&["class", ".", "--format", "csv"], class.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !text(&out.stderr).contains("answer-changed"),
        "{}",
        text(&out.stderr)
    );
    // Alice's essay and Bob's are the same: hers has the teacher's 2 marks more.
    let csv = text(&out.stdout);
    let total = |who: &str| -> f64 {
        let row = csv.lines().find(|l| l.starts_with(who)).expect("a row");
        let fields: Vec<&str> = row.split(',').collect();
        fields[fields.len() - 2].parse().expect("a total")
    };
    assert_eq!(total("Alice,"), total("Bob,") + 2.0, "{csv}");
    // A choice of a folder that is none of hers: none counts, and the choice is pointed at.
    std::fs::write(
        class.path().join("marks.toml"),
        "schema_version = 1\n\n[hand_ins.Alice]\nfolder = \"bob\"\n",
    )
    .expect("write");
    let out = classwork(&["class", ".", "--format", "csv"], class.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("marks.toml:4:10"),
        "{}",
        text(&out.stderr)
    );
    // Removing the folder that is not hers settles it too.
    std::fs::remove_file(class.path().join("marks.toml")).expect("rm");
    std::fs::remove_dir_all(class.path().join("zz")).expect("rm");
    let out = classwork(&["class", ".", "--format", "csv"], class.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 3);
}

/// A progress database in `data` where `student` submitted a perfect answer to each of
/// `activities` of `unit` (by id, in turn), kept under the unit id `unit_id`.
fn submitted(
    data: &Path,
    student: &str,
    unit: &classwork::activity::Unit,
    unit_id: &str,
    activities: &[&str],
) {
    use classwork::answer::sheet::{AnswerSheet, write_sheet};
    use classwork::scoring::{perfect_answer_with_sources, score_with_sources};
    let store = classwork::store::Store::open_in(data).expect("store");
    let profile = store.profile(student).expect("profile");
    for id in activities {
        let activity = unit.activity(id).expect("activity");
        let answer = perfect_answer_with_sources(activity, &unit.sources);
        let score = score_with_sources(activity, &answer, &unit.sources);
        let sheet = write_sheet(&AnswerSheet::new(activity, answer));
        store
            .record_attempt(
                &profile,
                unit_id,
                id,
                &activity.content_hash,
                &sheet,
                &score,
            )
            .expect("recorded");
    }
}

#[test]
fn export_writes_a_hand_in_the_class_command_reads() {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let data = tempfile::tempdir().expect("tempdir");
    submitted(
        data.path(),
        "Ada Lovelace",
        &unit,
        &unit.id,
        &["aims", "factors", "aims"],
    );
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
            .starts_with("Ada Lovelace,16,,1,"),
        "{csv}"
    );
    // `grade` on the hand-in folder grades its sheets: `handin.toml` is its manifest.
    let out = classwork(&["grade", &bundled_unit(), "ada"], class.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let graded = text(&out.stdout);
    assert!(graded.contains("2 sheets graded\n"), "{graded}");
    assert!(graded.contains("Ada Lovelace  aims"), "{graded}");
    assert!(
        !text(&out.stderr).contains("handin.toml"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn export_of_a_unit_with_no_work_names_the_units_that_have_it() {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let data = tempfile::tempdir().expect("tempdir");
    // Work done on an activity file opened on its own is kept under `activities`.
    submitted(data.path(), "Ann", &unit, "activities", &["factors"]);
    let class = tempfile::tempdir().expect("tempdir");
    let data_dir = data.path().to_string_lossy().into_owned();
    let export = |extra: &[&str]| {
        let mut args = vec!["export", "answers", "--data-dir", &data_dir, "--out", "ann"];
        args.extend(extra);
        classwork(&args, class.path())
    };
    let out = export(&[]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(
        said.contains("Ann has submitted nothing in `soviet-foreign-policy` yet; their work is in `activities`: add `--unit activities`"),
        "{said}"
    );
    let out = export(&["--unit", "activities"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("exported 1 sheet by Ann"));
}

#[test]
fn a_class_works_on_activity_files_outside_a_unit() {
    // A teacher's quiz file with its sources, in a folder with no unit.toml.
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("activities")
        .join("soviet-foreign-policy");
    let quizzes = tempfile::tempdir().expect("tempdir");
    for file in ["05-comintern.toml", "sources.toml"] {
        std::fs::copy(bundled.join(file), quizzes.path().join(file)).expect("copy");
    }
    let quiz = quizzes.path().join("05-comintern.toml");
    let loaded = classwork::load::load_path(&quiz);
    let unit = loaded.into_unit("Activities").expect("the quiz loads");
    let activity = &unit.activities[0];
    let data = tempfile::tempdir().expect("tempdir");
    submitted(data.path(), "Ann", &unit, &unit.id, &[activity.id.as_str()]);
    let class = tempfile::tempdir().expect("tempdir");
    let data_dir = data.path().to_string_lossy().into_owned();
    let out = classwork(
        &[
            "export",
            "answers",
            "--data-dir",
            &data_dir,
            "--out",
            "ann",
            "--unit",
            &unit.id,
        ],
        class.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let quiz = quiz.to_string_lossy().into_owned();
    let out = classwork(
        &["class", ".", "--unit", &quiz, "--format", "csv"],
        class.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let row = format!("Ann,{},", classwork::text::fmt_marks(activity.points));
    assert!(
        csv.lines().nth(1).is_some_and(|l| l.starts_with(&row)),
        "{csv}"
    );
    // A phrasing accepted for everyone is written into the quiz file.
    let out = classwork(
        &[
            "rekey",
            ".",
            "--unit",
            &quiz,
            "comintern:lenin_aims/brest",
            "--accept",
            "a breathing space",
            "--yes",
        ],
        class.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let edited = std::fs::read_to_string(&quiz).expect("read");
    assert!(edited.contains("a breathing space"), "{edited}");
}

#[test]
fn each_command_offers_only_the_options_that_act_there() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let offered = |args: &[&str]| -> Vec<&'static str> {
        let mut args = args.to_vec();
        args.push("--help");
        let help = text(&classwork(&args, dir.path()).stdout);
        ["--seed <", "--profile <", "--data-dir <"]
            .into_iter()
            .filter(|o| help.contains(o))
            .collect()
    };
    for command in [
        &["validate"][..],
        &["new"],
        &["check"],
        &["grade"],
        &["list"],
        &["schema"],
        &["import"],
        &["mark"],
        &["rekey"],
    ] {
        assert!(
            offered(command).is_empty(),
            "{command:?}: {:?}",
            offered(command)
        );
    }
    assert_eq!(offered(&["print"]), ["--seed <"]);
    assert_eq!(offered(&["review"]), ["--profile <", "--data-dir <"]);
    assert_eq!(
        offered(&["export", "answers"]),
        ["--profile <", "--data-dir <"]
    );
    assert_eq!(offered(&["store"]), ["--data-dir <"]);
    assert_eq!(offered(&["profile", "list"]), ["--data-dir <"]);
    assert_eq!(offered(&["class"]), ["--data-dir <"]);
    assert_eq!(
        offered(&["open"]),
        ["--seed <", "--profile <", "--data-dir <"]
    );
    assert_eq!(offered(&[]), ["--seed <", "--profile <", "--data-dir <"]);
    // Given before the command or after it, the folder is the same.
    let data = dir.path().join("data");
    let data = data.to_string_lossy();
    let before = text(&classwork(&["--data-dir", &data, "store"], dir.path()).stdout);
    let after = text(&classwork(&["store", "--data-dir", &data], dir.path()).stdout);
    assert!(before.contains(&*data), "{before}");
    assert_eq!(before, after);
    // An option where it does nothing is refused, not silently ignored.
    let refused = classwork(&["validate", "--seed", "3"], dir.path());
    assert!(!refused.status.success());
}
