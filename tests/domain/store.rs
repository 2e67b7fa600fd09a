//! The progress database: profiles, drafts, attempts, the review schedule, and faults.

use crate::common;

use classwork::scoring::{Entry, Outcome, Score, TaskScore};
use classwork::store::{self, DATABASE_FILE, DraftWrite, NewAttempt, Store, StoreError};
use common::process::Reaped;

fn task(id: &str, outcome: Outcome, marks: f64) -> TaskScore {
    TaskScore {
        id: id.into(),
        label: id.into(),
        marks,
        max: 1.0,
        outcome,
        feedback: Vec::new(),
        model_answer: None,
        points: Vec::new(),
        highlights: Vec::new(),
        flagged: None,
    }
}

fn score(tasks: Vec<TaskScore>) -> Score {
    let marks = tasks.iter().map(|t| t.marks).sum();
    let entries = tasks
        .iter()
        .map(|t| Entry {
            task: t.id.clone(),
            marks: t.marks,
            reason: "because".into(),
        })
        .collect();
    Score {
        marks,
        max: tasks.len() as f64,
        tasks,
        entries,
        feedback: None,
        awaiting_teacher: 0.0,
    }
}

#[test]
fn profiles_are_created_once_and_remembered() {
    let store = Store::in_memory().unwrap();
    let ada = store.profile("Ada").unwrap();
    assert_eq!(store.profile(" Ada ").unwrap(), ada);
    let bob = store.profile("bob").unwrap();
    assert_eq!(store.profiles().unwrap(), vec![ada.clone(), bob.clone()]);
    assert_eq!(store.last_profile().unwrap(), None);
    store.set_last_profile(&bob).unwrap();
    assert_eq!(store.last_profile().unwrap(), Some(bob));
}

#[test]
fn a_draft_is_kept_until_the_attempt_is_submitted() {
    let store = Store::in_memory().unwrap();
    let ada = store.profile("Ada").unwrap();
    store.save_draft(&ada, "u", "aims", "h1", "first").unwrap();
    store.save_draft(&ada, "u", "aims", "h1", "second").unwrap();
    assert_eq!(
        store.draft(&ada, "u", "aims").unwrap().unwrap().answer,
        "second"
    );
    // Another profile does not see it.
    let bob = store.profile("Bob").unwrap();
    assert_eq!(store.draft(&bob, "u", "aims").unwrap(), None);
    let s = score(vec![
        task("r1", Outcome::Right, 1.0),
        task("r2", Outcome::Wrong, 0.0),
    ]);
    store
        .record_attempt(&ada, "u", "aims", "h1", "second", &s)
        .unwrap();
    assert_eq!(store.draft(&ada, "u", "aims").unwrap(), None);
    let attempts = store.attempts(&ada, "u", "aims").unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!((attempts[0].marks, attempts[0].max), (1.0, 2.0));
    assert!(attempts[0].explanation.contains("because"));
}

#[test]
fn the_unit_summary_has_best_scores_history_and_drafts() {
    let store = Store::in_memory().unwrap();
    let ada = store.profile("Ada").unwrap();
    let half = score(vec![
        task("a", Outcome::Right, 1.0),
        task("b", Outcome::Wrong, 0.0),
    ]);
    let full = score(vec![
        task("a", Outcome::Right, 1.0),
        task("b", Outcome::Right, 1.0),
    ]);
    store
        .record_attempt(&ada, "u", "one", "h", "x", &half)
        .unwrap();
    store
        .record_attempt(&ada, "u", "one", "h", "x", &full)
        .unwrap();
    store
        .record_attempt(&ada, "u", "one", "h", "x", &half)
        .unwrap();
    store.save_draft(&ada, "u", "two", "h", "draft").unwrap();
    let summary = store.unit_summary(&ada, "u").unwrap();
    let one = &summary["one"];
    assert_eq!(one.attempts, 3);
    assert_eq!(one.best, Some(1.0));
    assert_eq!(one.history, vec![0.5, 1.0, 0.5]);
    assert!(!one.has_draft);
    assert!(summary["two"].has_draft);
    assert_eq!(summary["two"].attempts, 0);
}

#[test]
fn wrong_tasks_come_back_on_the_fsrs_schedule_replayed_from_the_attempts() {
    const DAY: i64 = 86_400;
    let store = Store::in_memory().unwrap();
    let ada = store.profile("Ada").unwrap();
    let wrong_b = score(vec![
        task("a", Outcome::Right, 1.0),
        task("b", Outcome::Wrong, 0.0),
    ]);
    store
        .record_attempt(&ada, "u", "act", "h", "x", &wrong_b)
        .unwrap();
    let now = classwork::time::now();
    // Only the wrong task is queued, due at once.
    let due = store.due_reviews(&ada, now).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!((due[0].task_id.as_str(), due[0].lapses), ("b", 1));
    // Right once: due again some days later, so not due now.
    let right = score(vec![
        task("a", Outcome::Right, 1.0),
        task("b", Outcome::Right, 1.0),
    ]);
    store
        .record_attempt(&ada, "u", "act", "h", "x", &right)
        .unwrap();
    assert!(store.due_reviews(&ada, now).unwrap().is_empty());
    let later = store.due_reviews(&ada, now + 30 * DAY).unwrap();
    assert_eq!(later[0].task_id, "b");
    assert_eq!(
        later[0].recall_words,
        "probably forgotten: worth another go"
    );
    // Wrong again: two lapses, first in the queue.
    let also_a = score(vec![
        task("a", Outcome::Partial, 0.5),
        task("b", Outcome::Wrong, 0.0),
    ]);
    store
        .record_attempt(&ada, "u", "act", "h", "x", &also_a)
        .unwrap();
    let due = store.due_reviews(&ada, classwork::time::now()).unwrap();
    let order: Vec<(&str, i64)> = due.iter().map(|d| (d.task_id.as_str(), d.lapses)).collect();
    assert_eq!(order, vec![("b", 2), ("a", 1)]);
    // Once the unit's exam is over, nothing of it is due.
    let exam = |unit: &str| (unit == "u").then_some(now + DAY);
    let after = store.review_queue(&ada, now + 2 * DAY, &exam).unwrap();
    assert!(after.due.is_empty(), "{after:?}");
}

#[test]
fn a_review_counts_only_the_tasks_reviewed_and_the_day_is_counted() {
    let store = Store::in_memory().unwrap();
    let ada = store.profile("Ada").unwrap();
    let both_wrong = score(vec![
        task("a", Outcome::Wrong, 0.0),
        task("b", Outcome::Wrong, 0.0),
    ]);
    store
        .record_attempt(&ada, "u", "act", "h", "x", &both_wrong)
        .unwrap();
    let a_right = score(vec![
        task("a", Outcome::Right, 1.0),
        task("b", Outcome::Wrong, 0.0),
    ]);
    let reviewed = ["a".to_string()];
    store
        .record(
            &ada,
            &NewAttempt {
                unit: "u",
                activity: "act",
                activity_hash: "h",
                answer: "x",
                score: &a_right,
                practice: true,
                reviewed: Some(&reviewed),
                draft: None,
            },
        )
        .unwrap();
    let queue = store
        .review_queue(&ada, classwork::time::now(), &|_| None)
        .unwrap();
    let due: Vec<(&str, i64)> = queue
        .due
        .iter()
        .map(|d| (d.task_id.as_str(), d.lapses))
        .collect();
    assert_eq!(due, [("b", 1)], "b was not reviewed: still one lapse");
    assert_eq!(queue.done_today, 1);
    assert_eq!(queue.left_today(), 1);
}

#[test]
fn a_damaged_file_is_reported_and_can_be_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    std::fs::write(
        &path,
        b"this is not a database, it is a shopping list".repeat(100),
    )
    .unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert!(err.to_string().contains("--move-aside"), "{err}");
    let aside = store::move_aside(&path).unwrap();
    assert!(aside.exists());
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), store::LATEST_VERSION);
}

#[test]
fn a_database_locked_by_another_classwork_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let first = Store::open_in(dir.path()).unwrap();
    let ada = first.profile("Ada").unwrap();
    // Another connection holds the write lock.
    let holder = rusqlite_holder(&dir.path().join(DATABASE_FILE));
    let err = first.save_draft(&ada, "u", "a", "h", "x").unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(err.to_string().contains("in use by another classwork"));
    drop(holder);
    first.save_draft(&ada, "u", "a", "h", "x").unwrap();
}

#[test]
fn a_profile_is_read_while_another_classwork_holds_the_write_lock() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let ada = store.profile("Ada").unwrap();
    let _holder = rusqlite_holder(&dir.path().join(DATABASE_FILE));
    assert_eq!(store.profile("Ada").unwrap(), ada, "found without writing");
    assert_eq!(store.find_profile("Bob").unwrap(), None);
}

#[test]
fn a_draft_is_saved_only_over_the_one_read_and_a_submission_ends_only_that_one() {
    let store = Store::in_memory().unwrap();
    let ada = store.profile("Ada").unwrap();
    let saved = |answer: &str, practice, expected| {
        store
            .save_draft_if(&ada, ["u", "a", "h", answer], practice, expected)
            .unwrap()
    };
    let DraftWrite::Saved(first) = saved("first", false, None) else {
        panic!("saved")
    };
    // A window that read no draft, or an older one, is refused and shown the draft there.
    for expected in [None, Some(first.wrapping_add(1))] {
        match saved("other", false, expected) {
            DraftWrite::Changed(d) => assert_eq!((d.answer.as_str(), d.revision), ("first", first)),
            w => panic!("{w:?}"),
        }
    }
    let DraftWrite::Saved(second) = saved("second", true, Some(first)) else {
        panic!("saved over the one read")
    };
    assert_ne!(first, second);
    let draft = store.draft(&ada, "u", "a").unwrap().unwrap();
    assert!(draft.practice && draft.revision == second, "{draft:?}");
    // A submission made from the first draft leaves the second; one from the second ends it.
    let s = score(vec![task("t", Outcome::Right, 1.0)]);
    let attempt = |practice, draft| NewAttempt {
        unit: "u",
        activity: "a",
        activity_hash: "h",
        answer: "x",
        score: &s,
        practice,
        reviewed: None,
        draft: Some(draft),
    };
    store.record(&ada, &attempt(true, Some(first))).unwrap();
    assert_eq!(
        store.draft(&ada, "u", "a").unwrap().unwrap().answer,
        "second"
    );
    store.record(&ada, &attempt(false, Some(second))).unwrap();
    assert_eq!(store.draft(&ada, "u", "a").unwrap(), None);
    let practice: Vec<bool> = store
        .attempts(&ada, "u", "a")
        .unwrap()
        .iter()
        .map(|a| a.practice)
        .collect();
    assert_eq!(practice, [true, false]);
}

/// Opens a second connection and takes the write lock, as a second classwork saving would.
fn rusqlite_holder(path: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).expect("a second connection");
    conn.execute_batch("BEGIN IMMEDIATE")
        .expect("the write lock");
    conn
}

/// Run only as the child of `killed_mid_save_keeps_the_last_committed_state`.
#[test]
#[ignore = "run by another test as a child process"]
fn child_saves_until_killed() {
    let Some(dir) = std::env::var_os("CLASSWORK_TEST_STORE_DIR") else {
        return;
    };
    let store = Store::open_in(std::path::Path::new(&dir)).unwrap();
    let ada = store.profile("Ada").unwrap();
    let s = score(vec![task("a", Outcome::Right, 1.0)]);
    for n in 0.. {
        let answer = format!("answer {n} {}", "x".repeat(4096));
        store.save_draft(&ada, "u", "a", "h", &answer).unwrap();
        store
            .record_attempt(&ada, "u", "a", "h", &answer, &s)
            .unwrap();
    }
}

#[test]
fn killed_mid_save_keeps_the_last_committed_state() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..3 {
        let mut child = Reaped::spawn(
            std::process::Command::new(std::env::current_exe().unwrap())
                .args([
                    "--ignored",
                    "--exact",
                    "store::child_saves_until_killed",
                    "--nocapture",
                ])
                .env("CLASSWORK_TEST_STORE_DIR", dir.path())
                .stdout(std::process::Stdio::null()),
        );
        std::thread::sleep(std::time::Duration::from_millis(300 + 150 * round));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        let ada = store.profile("Ada").unwrap();
        let attempts = store.attempts(&ada, "u", "a").unwrap();
        assert!(
            !attempts.is_empty(),
            "the child saved nothing in round {round}"
        );
        for a in &attempts {
            assert!(a.answer.starts_with("answer ") && a.answer.ends_with(&"x".repeat(4096)));
        }
    }
}

#[test]
fn drafts_and_latest_attempts_of_a_unit_come_in_one_query_each() {
    let store = Store::in_memory().unwrap();
    let ada = store.profile("Ada").unwrap();
    store
        .save_draft(&ada, "u", "one", "h", "draft one")
        .unwrap();
    store
        .save_draft(&ada, "u", "two", "h", "draft two")
        .unwrap();
    store
        .save_draft(&ada, "v", "one", "h", "other unit")
        .unwrap();
    let drafts = store.unit_drafts(&ada, "u").unwrap();
    assert_eq!(drafts.len(), 2);
    assert_eq!(drafts["two"].answer, "draft two");
    let s = score(vec![task("a", Outcome::Right, 1.0)]);
    for answer in ["first", "second"] {
        store
            .record_attempt(&ada, "u", "one", "h", answer, &s)
            .unwrap();
    }
    store
        .record_attempt(&ada, "u", "two", "h", "only", &s)
        .unwrap();
    let latest = store.latest_attempts(&ada, "u").unwrap();
    assert_eq!(latest.len(), 2);
    assert_eq!(latest["one"].answer, "second");
    assert_eq!(latest["two"].answer, "only");
    assert!(store.unit_drafts(&ada, "u").unwrap().is_empty());
}

#[test]
fn a_sound_database_passes_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    store.check().unwrap();
}

#[test]
fn answers_are_kept_as_sheets_and_read_back_keeping_what_still_fits() {
    use classwork::answer::sheet::restore;
    use classwork::answer::{Answer, Response};
    let unit = classwork::bundled::default_unit().units.remove(0);
    let aims = unit.activities.iter().find(|a| a.id == "aims").unwrap();
    let mut answer = Answer {
        response: Response::empty_for(aims),
        ..Answer::default()
    };
    if let Response::Sort { ticks, .. } = &mut answer.response {
        ticks.insert("source_1".into(), ["revolution".to_string()].into());
        ticks.insert("source_2".into(), ["defence".to_string()].into());
    }
    let store = Store::in_memory().unwrap();
    let ada = store.profile("Ada").unwrap();
    store
        .save_answer_draft(&ada, &unit.id, aims, &answer)
        .unwrap();
    let text = store.draft(&ada, &unit.id, "aims").unwrap().unwrap().answer;
    assert!(text.contains("student = \"Ada\""), "{text}");
    let back = restore(aims, &text).unwrap();
    assert_eq!(back.answer, answer);
    assert!(!back.changed);
    // The activity changed: a row was renamed. The rest comes back, and the change is told.
    let mut changed = aims.clone();
    changed.content_hash = "another".into();
    if let classwork::activity::Body::Sort(s) = &mut changed.body {
        s.rows[1].id = "renamed".into();
    }
    let back = restore(&changed, &text).unwrap();
    assert!(back.changed);
    let Response::Sort { ticks, .. } = &back.answer.response else {
        panic!("a sort")
    };
    assert_eq!(ticks.keys().collect::<Vec<_>>(), ["source_1"]);
    // Another activity's sheet, or no sheet at all, gives nothing.
    let factors = unit.activities.iter().find(|a| a.id != "aims").unwrap();
    assert!(restore(factors, &text).is_none());
    assert!(restore(aims, "not [a sheet").is_none());
}

#[test]
fn profile_names_are_compared_without_case() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let ada = store.profile("Ada").unwrap();
    assert_eq!(store.profile("ada").unwrap(), ada);
    assert_eq!(store.profile("ADA").unwrap(), ada);
    let eva = store.profile("Éva").unwrap();
    assert_eq!(store.find_profile("éVA").unwrap(), Some(eva));
    assert_eq!(store.profiles().unwrap().len(), 2);
}

#[test]
fn a_profile_is_renamed_with_its_work_and_deleted_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let ada = store.profile("Ada").unwrap();
    let bob = store.profile("Bob").unwrap();
    store.set_last_profile(&ada).unwrap();
    // Another's name, in any case, is refused.
    assert!(store.rename_profile(&ada, "bob").is_err());
    let renamed = store.rename_profile(&ada, "Ada Lovelace").unwrap();
    assert_eq!(renamed.id, ada.id);
    assert_eq!(store.last_profile().unwrap(), Some(renamed.clone()));
    assert_eq!(store.find_profile("ada").unwrap(), None);
    // A change of case only is allowed.
    let cased = store.rename_profile(&renamed, "ada lovelace").unwrap();
    assert_eq!(
        store.find_profile("ADA LOVELACE").unwrap(),
        Some(cased.clone())
    );
    store.delete_profile(&cased).unwrap();
    assert_eq!(store.profiles().unwrap(), vec![bob]);
    assert_eq!(store.last_profile().unwrap(), None);
}

#[test]
fn a_deleted_profiles_work_is_kept_as_a_hand_in_and_its_drafts() {
    use classwork::teacher::from_store::keep_work;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_memory().unwrap();
    let sam = store.profile("sam").unwrap();
    let nothing = keep_work(&store, &sam, dir.path(), 0).unwrap();
    assert_eq!(nothing, None, "a profile made by mistake leaves no folder");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    let sheet = "schema_version = 1\nactivity = \"aims\"\nactivity_hash = \"h\"\n";
    let s = score(vec![task("a", Outcome::Right, 1.0)]);
    store
        .record_attempt(&sam, "unit-one", "aims", "h", sheet, &s)
        .unwrap();
    store
        .save_draft(&sam, "unit-one", "essay", "h", "typed, not handed in")
        .unwrap();
    let kept = keep_work(&store, &sam, dir.path(), 0)
        .unwrap()
        .expect("kept");
    assert_eq!(kept, dir.path().join("sam"));
    let handed_in = std::fs::read_to_string(kept.join("unit-one/aims.toml")).unwrap();
    assert!(handed_in.contains("activity = \"aims\""), "{handed_in}");
    assert!(kept.join("unit-one/handin.toml").exists());
    let draft = std::fs::read_to_string(kept.join("unit-one-drafts/essay.toml")).unwrap();
    assert_eq!(draft, "typed, not handed in");
    let again = keep_work(&store, &sam, dir.path(), 0)
        .unwrap()
        .expect("kept");
    assert_eq!(
        again,
        dir.path().join("sam-2"),
        "an earlier copy is never written over"
    );
}
