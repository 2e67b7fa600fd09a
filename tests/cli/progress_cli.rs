//! The command line's side of the progress database: `--plain` keeps drafts and
//! submissions, `review` lists what is due lowest box first, `store --move-aside` moves a
//! damaged database aside, and `--profile` / `--data-dir` are global.

use crate::common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use classwork::scoring::{Entry, Outcome, Score, TaskScore};
use classwork::store::{DATABASE_FILE, Store};
use common::process::Reaped;

fn classwork(args: &[&str], data: &Path, input: &str) -> Output {
    Reaped::spawn(
        Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(args)
            .env("CLASSWORK_DATA_DIR", data)
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .output_with(input.as_bytes())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn score(tasks: &[(&str, Outcome)]) -> Score {
    let tasks: Vec<TaskScore> = tasks
        .iter()
        .map(|&(id, outcome)| TaskScore {
            id: id.into(),
            label: id.into(),
            marks: if outcome == Outcome::Right { 1.0 } else { 0.0 },
            max: 1.0,
            outcome,
            feedback: Vec::new(),
            model_answer: None,
            points: Vec::new(),
            highlights: Vec::new(),
            flagged: None,
        })
        .collect();
    Score {
        marks: tasks.iter().map(|t| t.marks).sum(),
        max: tasks.len() as f64,
        entries: tasks
            .iter()
            .map(|t| Entry {
                task: t.id.clone(),
                marks: t.marks,
                reason: "".into(),
            })
            .collect(),
        tasks,
        feedback: None,
        awaiting_teacher: 0.0,
    }
}

#[test]
fn plain_mode_asks_a_name_and_keeps_drafts_and_submissions() {
    let data = tempfile::tempdir().unwrap();
    // Ada starts the sort, ticks the first row, and input ends.
    let out = classwork(&["--plain"], data.path(), "Ada\n1\n1 2\n");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("What is your name?"), "{stdout}");
    assert!(stdout.contains("Your answers so far are saved"), "{stdout}");
    let store = Store::open_in(data.path()).unwrap();
    let ada = store.last_profile().unwrap().expect("Ada is remembered");
    assert_eq!(ada.name, "Ada");
    let draft = store
        .draft(&ada, "soviet-foreign-policy", "aims")
        .unwrap()
        .expect("a draft");
    assert!(draft.answer.contains("source_1"), "{}", draft.answer);
    assert!(
        draft.answer.contains("student = \"Ada\""),
        "{}",
        draft.answer
    );
    drop(store);
    // Next time Ada is not asked again (a script's first line is not taken for a name);
    // a short answer is submitted and recorded.
    let number = classwork::bundled::default_unit().units[0]
        .activities
        .iter()
        .position(|a| a.id == "stalin_parallels")
        .expect("the short-answer activity")
        + 1;
    let mut input = format!("{number}\n");
    // Each short answer is one line, ended by Enter.
    for _ in 0..8 {
        input.push_str("An answer.\n");
    }
    input.push_str("y\nq\n");
    let out = classwork(&["--plain"], data.path(), &input);
    let stdout = text(&out.stdout);
    assert!(!stdout.contains("What is your name?"), "{stdout}");
    assert!(stdout.contains("kept under the name Ada"), "{stdout}");
    // The list says which activity was left in progress.
    assert!(
        stdout.contains("1. What were the aims of Soviet foreign policy? (sort), in progress"),
        "{stdout}"
    );
    assert!(stdout.contains("(grid), not started"), "{stdout}");
    assert!(stdout.contains("Your answer is saved."), "{stdout}");
    let store = Store::open_in(data.path()).unwrap();
    let all = store.unit_attempts(&ada, "soviet-foreign-policy").unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].activity_id, "stalin_parallels");
    assert!(all[0].answer.contains("submitted = "), "{}", all[0].answer);
    // The sort's draft is still there: only the submitted activity's draft is cleared.
    assert!(
        store
            .draft(&ada, "soviet-foreign-policy", "aims")
            .unwrap()
            .is_some()
    );
}

#[test]
fn the_profile_flag_skips_the_question() {
    let data = tempfile::tempdir().unwrap();
    let out = classwork(&["--plain", "--profile", "Bob"], data.path(), "q\n");
    let stdout = text(&out.stdout);
    assert!(!stdout.contains("What is your name?"), "{stdout}");
    assert!(stdout.contains("kept under the name Bob"), "{stdout}");
    let store = Store::open_in(data.path()).unwrap();
    assert_eq!(store.last_profile().unwrap().unwrap().name, "Bob");
}

#[test]
fn review_lists_due_tasks_least_known_first_with_labels_and_recall_in_words() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::open_in(data.path()).unwrap();
    let ada = store.profile("Ada").unwrap();
    let unit = "soviet-foreign-policy";
    // source_2 is missed twice, source_1 once, and source_3 was missed then got right
    // (not due again for days).
    store
        .record_attempt(
            &ada,
            unit,
            "aims",
            "h",
            "x",
            &score(&[
                ("source_1", Outcome::Right),
                ("source_2", Outcome::Wrong),
                ("source_3", Outcome::Wrong),
            ]),
        )
        .unwrap();
    store
        .record_attempt(
            &ada,
            unit,
            "aims",
            "h",
            "x",
            &score(&[
                ("source_1", Outcome::Wrong),
                ("source_2", Outcome::Partial),
                ("source_3", Outcome::Right),
            ]),
        )
        .unwrap();
    store.set_last_profile(&ada).unwrap();
    drop(store);
    let out = classwork(&["review"], data.path(), "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().filter(|l| l.contains(" › ")).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].contains("What were the aims of Soviet foreign policy? › Source 2")
            && lines[0].contains("(missed twice; not learnt yet: worth another go)"),
        "{stdout}"
    );
    assert!(
        lines[1].contains("› Source 1") && lines[1].contains("missed once"),
        "{stdout}"
    );
    assert!(!stdout.contains("Source 3"), "{stdout}");
    assert!(stdout.contains("Today: 0 of 20 reviewed."), "{stdout}");
    // Another profile has nothing due.
    let out = classwork(&["review", "--profile", "Ada"], data.path(), "");
    assert!(text(&out.stdout).contains("2 tasks due"));
    let out = classwork(&["review", "--profile", "Nobody"], data.path(), "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no profile `Nobody`"));
}

#[test]
fn a_damaged_database_is_moved_aside_by_the_store_command() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join(DATABASE_FILE);
    std::fs::write(&path, b"not a database at all, but a poem".repeat(200)).unwrap();
    // Plain mode carries on, telling the student how it is.
    let out = classwork(&["--plain", "--profile", "Ada"], data.path(), "q\n");
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("damaged") && stdout.contains("classwork store --move-aside"),
        "{stdout}"
    );
    assert_eq!(out.status.code(), Some(0));
    // `store` says what is wrong; `--move-aside` fixes it.
    let out = classwork(&["store"], data.path(), "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("damaged"));
    let out = classwork(&["store", "--move-aside"], data.path(), "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("moved the damaged progress database"));
    let kept: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("damaged"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(!path.exists());
    // A sound database is left where it is.
    Store::open_in(data.path()).unwrap();
    let out = classwork(&["store", "--move-aside"], data.path(), "");
    assert!(text(&out.stdout).contains("nothing was moved"));
    assert!(path.exists());
    // --data-dir, after the subcommand, wins over the environment.
    let other = tempfile::tempdir().unwrap();
    let out = classwork(
        &["store", "--data-dir", other.path().to_str().unwrap()],
        data.path(),
        "",
    );
    assert!(text(&out.stdout).contains("no progress database yet"));
}

#[test]
fn profiles_are_listed_renamed_and_deleted_only_when_confirmed() {
    let data = tempfile::tempdir().unwrap();
    {
        let store = Store::open_in(data.path()).unwrap();
        let ada = store.profile("Ada").unwrap();
        store.profile("Bob").unwrap();
        store.set_last_profile(&ada).unwrap();
    }
    let out = classwork(&["profile", "list"], data.path(), "");
    assert_eq!(text(&out.stdout), "Ada (opened next)\nBob\n");
    // Names are compared without case; another's name is refused.
    let out = classwork(&["profile", "rename", "ada", "BOB"], data.path(), "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("already a profile named `Bob`"));
    let out = classwork(&["profile", "rename", "ada", "Ada L"], data.path(), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    // A wrong confirmation keeps the profile; its name again deletes it.
    let out = classwork(&["profile", "delete", "ada l"], data.path(), "Bob\n");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("not deleted"),
        "{}",
        text(&out.stderr)
    );
    let out = classwork(&["profile", "list"], data.path(), "");
    assert_eq!(text(&out.stdout), "Ada L (opened next)\nBob\n");
    let out = classwork(&["profile", "delete", "ada l"], data.path(), "ADA L\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = classwork(&["profile", "list"], data.path(), "");
    assert_eq!(text(&out.stdout), "Bob\n");
}

#[test]
fn a_profile_deleted_with_keep_work_leaves_a_copy_of_its_work() {
    let data = tempfile::tempdir().unwrap();
    let kept = tempfile::tempdir().unwrap();
    {
        let store = Store::open_in(data.path()).unwrap();
        let sam = store.profile("sam").unwrap();
        store
            .save_draft(&sam, "soviet-foreign-policy", "aims", "h", "half written")
            .unwrap();
    }
    let folder = kept.path().to_str().unwrap();
    let out = classwork(
        &["profile", "delete", "Sam", "--keep-work", folder],
        data.path(),
        "sam\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("a copy is kept first"));
    assert!(text(&out.stdout).contains("a copy of its work is in"));
    let draft = kept
        .path()
        .join("sam/soviet-foreign-policy-drafts/aims.toml");
    assert_eq!(std::fs::read_to_string(draft).unwrap(), "half written");
    let out = classwork(&["profile", "list"], data.path(), "");
    assert_eq!(text(&out.stdout), "there is no profile yet\n");
}
