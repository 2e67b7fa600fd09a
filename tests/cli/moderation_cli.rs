//! The teacher's last word from the command line: `classwork mark` overrides any task or
//! keyword point, up or down, with comments per task and per hand-in; the final mark shows
//! its parts and what changed; overrides survive a changed key and wait when the answer
//! changes; the class's gradebook follows.

use crate::common;

use std::path::{Path, PathBuf};
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

/// A practice unit holding the starter `short` activity: `who` (an accepted answer, 1
/// mark) and `why` (keyword points `first-point` and `second-point`, 1 mark each).
fn practice(root: &Path) -> PathBuf {
    let unit = root.join("activities").join("practice");
    std::fs::create_dir_all(&unit).expect("mkdir");
    std::fs::write(
        unit.join("unit.toml"),
        "schema_version = 1\nid = \"practice\"\ntitle = \"Practice\"\nactivities = [\n]\n",
    )
    .expect("write");
    let out = classwork(&["new", "short", "--unit", "activities/practice"], root);
    assert!(out.status.success(), "{}", text(&out.stderr));
    unit
}

/// `student`'s hand-in in `class/folder`, answering `who` and `why`.
fn hand_in(class: &Path, folder: &str, student: &str, who: &str, why: &str) {
    let dir = class.join(folder);
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("handin.toml"),
        format!("schema_version = 1\nstudent = \"{student}\"\nunit = \"practice\"\nexported_at = \"2026-11-21T10:00:00Z\"\nclasswork = \"0.1.0\"\n"),
    )
    .expect("write");
    std::fs::write(
        dir.join("short.toml"),
        format!("schema_version = 1\nstudent = \"{student}\"\nactivity = \"short\"\nactivity_hash = \"x\"\n\n[responses.answers]\nwho = \"{who}\"\nwhy = \"{why}\"\n"),
    )
    .expect("write");
}

fn mark(root: &Path, args: &[&str]) -> Output {
    let mut all = vec!["mark", "class/ada", "--unit", "activities/practice"];
    all.extend_from_slice(args);
    classwork(&all, root)
}

fn csv(root: &Path) -> String {
    let out = classwork(
        &[
            "class",
            "class",
            "--unit",
            "activities/practice",
            "--format",
            "csv",
        ],
        root,
    );
    text(&out.stdout)
}

#[test]
fn overrides_up_and_down_with_comments_and_the_final_mark_in_parts() {
    let root = tempfile::tempdir().expect("tempdir");
    practice(root.path());
    let class = root.path().join("class");
    hand_in(
        &class,
        "ada",
        "Ada",
        "A wrong answer",
        "A keyword and some text.",
    );
    assert!(
        csv(root.path()).contains("\nAda,1,1,"),
        "{}",
        csv(root.path())
    );
    let out = mark(
        root.path(),
        &[
            "who=1",
            "why/second-point=1",
            "--comment",
            "why=Name the second point yourself.",
            "--hand-in-comment",
            "Good work.",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains(
            "Ada — short: 1 automatic + 0 from the teacher + 2 changed by the teacher = 3/3"
        ),
        "{said}"
    );
    assert!(said.contains("changed who: 0 → 1"), "{said}");
    assert!(said.contains("changed why/second-point: 0 → 1"), "{said}");
    assert!(
        said.contains("comment on why: “Name the second point yourself.”"),
        "{said}"
    );
    assert!(
        said.contains("the hand-in's comment is “Good work.”"),
        "{said}"
    );
    let kept = std::fs::read_to_string(class.join("marks.toml")).expect("read");
    assert!(
        kept.contains("[students.Ada.short.overrides]\nwho = 1\n\"why/second-point\" = 1\n"),
        "{kept}"
    );
    assert!(
        kept.contains("[hand_ins.Ada]\ncomment = \"Good work.\""),
        "{kept}"
    );
    assert!(
        csv(root.path()).contains("\nAda,3,3,"),
        "{}",
        csv(root.path())
    );
    // Down: the point the marker gave is taken away, the task's override taken back.
    let out = mark(root.path(), &["why/first-point=0", "who="]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Ada — short: 1 automatic + 0 from the teacher = 1/3"),
        "{said}"
    );
    assert!(said.contains("changed why/first-point: 1 → 0"), "{said}");
    assert!(
        csv(root.path()).contains("\nAda,1,1,"),
        "{}",
        csv(root.path())
    );
}

#[test]
fn an_override_of_nothing_or_out_of_range_is_refused_and_nothing_written() {
    let root = tempfile::tempdir().expect("tempdir");
    practice(root.path());
    let class = root.path().join("class");
    hand_in(
        &class,
        "ada",
        "Ada",
        "A wrong answer",
        "A keyword and some text.",
    );
    for (arg, why) in [
        ("why/third=1", "`third` is no keyword point of `why`"),
        ("who=4", "`who` takes a mark from 0 to 1"),
        ("nothing=1", "`nothing` is no task of this activity"),
    ] {
        let out = mark(root.path(), &[arg]);
        assert_eq!(out.status.code(), Some(2), "{arg}");
        assert!(
            text(&out.stderr).contains(why),
            "{arg}: {}",
            text(&out.stderr)
        );
    }
    let out = mark(root.path(), &["--comment", "nowhere=Hm."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!class.join("marks.toml").exists());
}

#[test]
fn overrides_survive_a_changed_key_and_wait_when_the_answer_changes() {
    let root = tempfile::tempdir().expect("tempdir");
    let unit = practice(root.path());
    let class = root.path().join("class");
    hand_in(&class, "ada", "Ada", "My answer", "Nothing here.");
    let out = mark(root.path(), &["who=0", "why=2"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(csv(root.path()).contains("\nAda,2,2,"));
    // The key now accepts Ada's answer: the marker gives her `who`, the teacher's 0 stands.
    let short = unit.join("short.toml");
    let key = std::fs::read_to_string(&short).expect("read");
    std::fs::write(&short, key.replace("\"Right answer\"", "\"My answer\"")).expect("write");
    assert!(
        csv(root.path()).contains("\nAda,2,2,"),
        "{}",
        csv(root.path())
    );
    // Ada hands in another answer: the overrides were for the one marked, and wait.
    hand_in(&class, "ada", "Ada", "My answer", "A keyword.");
    let out = classwork(
        &[
            "class",
            "class",
            "--unit",
            "activities/practice",
            "--format",
            "csv",
        ],
        root.path(),
    );
    assert!(
        text(&out.stdout).contains("\nAda,2,2,"),
        "{}",
        text(&out.stdout)
    );
    let stderr = text(&out.stderr);
    assert!(stderr.contains("warning[answer-changed]"), "{stderr}");
    assert!(stderr.contains("marks.toml:"), "{stderr}");
}

#[test]
fn a_class_list_from_a_school_csv_shows_missing_and_unknown_students_and_ids() {
    let root = tempfile::tempdir().expect("tempdir");
    practice(root.path());
    let class = root.path().join("class");
    hand_in(&class, "ada", "Ada Lovelace", "Right answer", "A keyword.");
    hand_in(&class, "zed", "Zed Stranger", "Right answer", "Nothing.");
    std::fs::write(
        root.path().join("export.csv"),
        "Student ID,Surname,First name\r\nS1001,Lovelace,Ada\r\nS1002,Babbage,Charles\r\n",
    )
    .expect("write");
    let out = classwork(
        &["class", "class", "--roster-import", "export.csv"],
        root.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("2 students (2 with ids) written to"));
    let list = std::fs::read_to_string(class.join("class.toml")).expect("read");
    assert!(
        list.contains("name = \"Charles Babbage\"\nid = \"S1002\""),
        "{list}"
    );
    // Not written over.
    let again = classwork(
        &["class", "class", "--roster-import", "export.csv"],
        root.path(),
    );
    assert_eq!(again.status.code(), Some(1));
    let out = classwork(
        &[
            "class",
            "class",
            "--unit",
            "activities/practice",
            "--format",
            "csv",
        ],
        root.path(),
    );
    let stdout = text(&out.stdout);
    assert_eq!(
        stdout,
        "Student,Student ID,short,Total,Needs marking,Status\n\
         Ada Lovelace,S1001,2,2,,\n\
         Zed Stranger,,1,1,,not on the class list\n\
         Charles Babbage,S1002,,0,,missing\n"
    );
    let stderr = text(&out.stderr);
    assert!(stderr.contains("warning[not-on-roster]"), "{stderr}");
    assert!(
        stderr.contains("Zed Stranger, who is not on the class list"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("class.toml` is not part of a hand-in"),
        "{stderr}"
    );
    let table = classwork(
        &[
            "class",
            "class",
            "--unit",
            "activities/practice",
            "--format",
            "table",
        ],
        root.path(),
    );
    let shown = text(&table.stdout);
    assert!(shown.contains("Charles Babbage (missing)"), "{shown}");
    assert!(
        shown.contains("Zed Stranger (not on the class list)"),
        "{shown}"
    );
}

#[test]
fn returned_work_opens_with_the_final_marks_the_changes_and_the_comments() {
    let root = tempfile::tempdir().expect("tempdir");
    practice(root.path());
    let class = root.path().join("class");
    hand_in(
        &class,
        "ada",
        "Ada Lovelace",
        "A wrong answer",
        "A keyword and some text.",
    );
    hand_in(&class, "bo", "Bo", "Right answer", "Nothing.");
    let out = mark(
        root.path(),
        &[
            "why/second-point=1",
            "--comment",
            "why=Name the second point yourself.",
            "--hand-in-comment",
            "Good work.",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = classwork(
        &[
            "class",
            "class",
            "--unit",
            "activities/practice",
            "--format",
            "csv",
            "--return",
            "back",
        ],
        root.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("marked work of 2 students returned into `back`"));
    let back = root.path().join("back");
    assert!(back.join("bo.toml").is_file());
    let out = classwork(&["open", "back/ada-lovelace.toml"], root.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(
        shown.contains("Marked work of Ada Lovelace — practice"),
        "{shown}"
    );
    assert!(shown.contains("Your teacher: “Good work.”"), "{shown}");
    assert!(
        shown.contains(
            "Short questions (short): 1 automatic + 0 from the teacher + 1 changed by the teacher = 2/3"
        ),
        "{shown}"
    );
    assert!(shown.contains("(second-point): 0 → 1"), "{shown}");
    assert!(
        shown.contains(": “Name the second point yourself.”"),
        "{shown}"
    );
    // A file that is not marked work is refused at its place.
    std::fs::write(
        root.path().join("bad.toml"),
        "schema_version = 1\nstudent = [\n",
    )
    .expect("write");
    let out = classwork(&["open", "bad.toml"], root.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("bad.toml:2:"),
        "{}",
        text(&out.stderr)
    );
}

/// Runs `classwork rekey` in `root` with `answer` on its input.
fn rekey(root: &Path, args: &[&str], answer: &str) -> Output {
    let mut all = vec!["rekey", "class", "--unit", "activities/practice"];
    all.extend_from_slice(args);
    let child = Reaped::spawn(
        std::process::Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(&all)
            .current_dir(root)
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped()),
    );
    child.output_with(answer.as_bytes())
}

#[test]
fn accepting_a_phrasing_for_everyone_previews_the_regrade_then_writes_keeping_comments() {
    let root = tempfile::tempdir().expect("tempdir");
    let unit = practice(root.path());
    let class = root.path().join("class");
    hand_in(
        &class,
        "ada",
        "Ada",
        "Right answer",
        "A keyword, and the other idea.",
    );
    hand_in(&class, "bo", "Bo", "Right answer", "Only the other idea.");
    hand_in(&class, "cy", "Cy", "Right answer", "Nothing at all.");
    let short = unit.join("short.toml");
    let before = std::fs::read_to_string(&short).expect("read");
    assert!(
        csv(root.path()).contains("\nAda,2,2,\nBo,1,1,\nCy,1,1,\n"),
        "{}",
        csv(root.path())
    );
    // The teacher says no: the preview is shown, nothing is written.
    let out = rekey(
        root.path(),
        &["short:why/second-point", "--accept", "other idea"],
        "n\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Accepting “other idea” for `why/second-point` of `short`:"),
        "{said}"
    );
    assert!(
        said.contains("  Ada: 2 → 3 (+1)\n  Bo: 1 → 2 (+1)\n2 of 3 students' marks change."),
        "{said}"
    );
    assert!(said.contains("Nothing written."), "{said}");
    assert_eq!(std::fs::read_to_string(&short).expect("read"), before);
    // Yes: written, the author's comments kept, and the gradebook follows.
    let out = rekey(
        root.path(),
        &["short:why/second-point", "--accept", "other idea"],
        "y\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let after = std::fs::read_to_string(&short).expect("read");
    assert!(
        after.contains("alternatives = [\"keyword two\", \"other idea\"]"),
        "{after}"
    );
    assert!(
        after.contains("# Short written answers, marked by accepted answers"),
        "{after}"
    );
    assert!(
        csv(root.path()).contains("\nAda,3,3,\nBo,2,2,\nCy,1,1,\n"),
        "{}",
        csv(root.path())
    );
    // A phrasing accepted already, or a point that is not there, is refused.
    let out = rekey(
        root.path(),
        &["short:why/second-point", "--accept", "other idea", "--yes"],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    let out = rekey(
        root.path(),
        &["short:why/third", "--accept", "x", "--yes"],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("`why` has no keyword point `third`"));
}

#[test]
fn a_choice_question_keyed_wrongly_is_keyed_again_after_a_preview() {
    let root = tempfile::tempdir().expect("tempdir");
    let unit = practice(root.path());
    let out = classwork(
        &["new", "choice", "--unit", "activities/practice"],
        root.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let class = root.path().join("class");
    for (who, pick) in [("Ada", "wrong"), ("Bo", "wrong"), ("Cy", "right")] {
        hand_in(&class, &who.to_lowercase(), who, "Right answer", "Nothing.");
        std::fs::write(
            class.join(who.to_lowercase()).join("choice.toml"),
            format!("schema_version = 1\nstudent = \"{who}\"\nactivity = \"choice\"\nactivity_hash = \"x\"\n\n[responses.chosen]\nquestion-1 = [\"{pick}\"]\n"),
        )
        .expect("write");
    }
    let out = rekey(
        root.path(),
        &["choice:question-1", "--key", "wrong", "--yes"],
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Keying `wrong` as the right option of `question-1` of `choice`:"),
        "{said}"
    );
    assert!(
        said.contains(
            "  Ada: 0 → 1 (+1)\n  Bo: 0 → 1 (+1)\n  Cy: 1 → 0 (−1)\n3 of 3 students' marks change."
        ),
        "{said}"
    );
    let keyed = std::fs::read_to_string(unit.join("choice.toml")).expect("read");
    assert!(keyed.contains("id = \"wrong\"\ntext = \"A wrong answer\"\nfeedback = \"Why it is wrong.\"\ncorrect = true"), "{keyed}");
}

#[test]
fn the_moderation_queue_lists_what_the_marker_flagged_until_the_teacher_judges_it() {
    let root = tempfile::tempdir().expect("tempdir");
    practice(root.path());
    let class = root.path().join("class");
    hand_in(&class, "ada", "Ada", "Right answer", "A keyword, and more.");
    hand_in(
        &class,
        "cy",
        "Cy",
        "Right answer",
        "It is not a keyword at all.",
    );
    let queue = |root: &Path| {
        let out = classwork(
            &["class", "class", "--unit", "activities/practice", "--queue"],
            root,
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let listed = queue(root.path());
    assert!(
        listed.starts_with("1 answer flagged by the marker."),
        "{listed}"
    );
    assert!(
        listed.contains("\nCy (cy) — short why/first-point: “keyword”: you said the opposite"),
        "{listed}"
    );
    // The teacher rejects it (keeps 0): judged, it leaves the queue.
    let out = classwork(
        &[
            "mark",
            "class/cy",
            "--unit",
            "activities/practice",
            "why/first-point=0",
        ],
        root.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        queue(root.path()),
        "Nothing flagged: the marker had no doubts.\n"
    );
}
