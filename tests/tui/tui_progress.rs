//! Progress that lasts, driven by actions with the runner's side (`Persistence`) writing
//! to a real progress database: the profile prompt, drafts saved and restored, history on
//! the home screen, retrying what was wrong and the review queue across runs, rankings
//! revisited, reproducible shuffles, and a locked or damaged database.

#![cfg(feature = "tui")]

use crate::tui_fixtures;

use std::path::Path;
use std::time::{Duration, Instant};

use classwork::activity::Body;
use classwork::answer::Response;
use classwork::scoring::score_with_sources;
use classwork::store::{self, DATABASE_FILE, Store};
use classwork::tui::action::Action::{self, *};
use classwork::tui::action::Effect;
use classwork::tui::app::{App, Overlay, Screen, Status};
use classwork::tui::keymap::{Mode, action_for};
use classwork::tui::persist::{Persistence, RETRY_AFTER};
use classwork::tui::progress::{AUTOSAVE_AFTER, SavedWork};
use classwork::tui::screen::profile::ProfileState;
use insta::assert_snapshot;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_fixtures::*;

/// The UI on the test unit (scored for real when `scored`), opened for `student` on the
/// progress database in `dir`, as the runner opens it.
fn session(dir: &Path, student: &str, scored: bool) -> (App, Persistence) {
    let mut app = if scored { scored_app() } else { app() };
    let mut persist = Persistence::open(Some(dir));
    app.progress.problem = persist.problem();
    persist.choose(&mut app, student);
    (app, persist)
}

/// Applies each action, then performs the effects it asked for, as the runner does.
fn drive(app: &mut App, persist: &mut Persistence, actions: &[Action]) {
    for &a in actions {
        apply(app, &[a]);
        let now = Instant::now();
        for effect in std::mem::take(&mut app.effects) {
            persist.perform(app, &effect, now);
        }
    }
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Char).collect()
}

fn placed(app: &App) -> Vec<(String, String)> {
    match &app.work[CATEGORIZE_AT].answer.response {
        Response::Categorize(m) => m.clone().into_iter().collect(),
        r => panic!("not a categorize: {r:?}"),
    }
}

fn order(app: &App, i: usize) -> Vec<String> {
    match &app.work[i].answer.response {
        Response::Order { order, .. } => order.clone(),
        r => panic!("not an order: {r:?}"),
    }
}

#[test]
fn the_first_run_asks_a_name_and_remembers_it() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut app = app();
    let mut persist = Persistence::open(Some(dir.path()));
    assert_eq!(persist.last_profile(), None);
    app.screen = Screen::Profile(ProfileState::new(&app));
    assert_eq!(app.mode(), Mode::Profile);
    let shown = draw(&mut app, 80, 24);
    assert!(shown.contains("What is your name?"), "{shown}");
    // Letters are the name here, q included; Enter without one asks for it.
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(action_for(q, &Mode::Profile), Some(Char('q')));
    drive(&mut app, &mut persist, &[Activate]);
    assert!(matches!(app.screen, Screen::Profile(_)));
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("name")));
    let mut keys = typed("Adaq");
    keys.extend([Backspace, Activate]);
    drive(&mut app, &mut persist, &keys);
    assert!(matches!(app.screen, Screen::Home));
    assert_eq!(app.progress.student.as_deref(), Some("Ada"));
    assert_eq!(persist.last_profile().as_deref(), Some("Ada"));
    assert!(
        draw(&mut app, 80, 24)
            .lines()
            .next()
            .unwrap()
            .contains(" Ada ")
    );
}

#[test]
fn switching_profile_keeps_each_students_work_apart() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", false);
    drive(&mut app, &mut persist, &[Open(SORT_AT), Toggle, Back]);
    drive(&mut app, &mut persist, &[SwitchProfile]);
    let shown = draw(&mut app, 80, 24);
    assert!(shown.contains("Who is working?"), "{shown}");
    assert!(shown.contains("Ada  (in use)"), "{shown}");
    let mut keys = typed("Bob");
    keys.push(Activate);
    drive(&mut app, &mut persist, &keys);
    assert_eq!(app.progress.student.as_deref(), Some("Bob"));
    assert_eq!(app.work[SORT_AT].status(), Status::NotStarted);
    assert_eq!(app.progress.profiles, ["Ada", "Bob"]);
    // Back to Ada: the cursor starts on Bob, the one in use.
    drive(&mut app, &mut persist, &[SwitchProfile, Up, Activate]);
    assert_eq!(app.progress.student.as_deref(), Some("Ada"));
    assert_eq!(app.work[SORT_AT].status(), Status::InProgress);
    // Ada → Bob → Ada: the next start opens Ada, the one chosen last, even after Bob's work
    // and Ada's are saved again.
    drive(&mut app, &mut persist, &[Open(SORT_AT), Toggle, Back]);
    assert_eq!(persist.last_profile().as_deref(), Some("Ada"));
}

#[test]
fn a_profile_is_renamed_and_deleted_from_the_profile_screen() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", false);
    drive(&mut app, &mut persist, &[Open(SORT_AT), Toggle, Back]);
    drive(&mut app, &mut persist, &[SwitchProfile]);
    let mut keys = typed("Bbo");
    keys.push(Activate);
    drive(&mut app, &mut persist, &keys);
    assert_eq!(app.progress.profiles, ["Ada", "Bbo"]);
    // Bbo was a slip: renamed to Bob (the profile in use, its name follows).
    drive(&mut app, &mut persist, &[SwitchProfile, Rename]);
    assert!(draw(&mut app, 80, 24).contains("New name for Bbo"));
    let mut keys = typed("Bob");
    keys.push(Activate);
    drive(&mut app, &mut persist, &keys);
    assert_eq!(app.progress.profiles, ["Ada", "Bob"]);
    assert_eq!(app.progress.student.as_deref(), Some("Bob"));
    // Ada is deleted only when her name is typed again; the profile in use cannot be.
    drive(&mut app, &mut persist, &[Delete]);
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("in use")));
    drive(&mut app, &mut persist, &[Up, Delete]);
    let shown = draw(&mut app, 80, 24);
    assert!(shown.contains("Type Ada again to delete it"), "{shown}");
    let mut keys = typed("Adx");
    keys.push(Activate);
    drive(&mut app, &mut persist, &keys);
    assert_eq!(
        app.progress.profiles,
        ["Ada", "Bob"],
        "a wrong name deletes nothing"
    );
    drive(&mut app, &mut persist, &[Backspace, Char('a'), Activate]);
    assert_eq!(app.progress.profiles, ["Bob"]);
    // Her draft was kept, as the prompt said, in a folder the notice names.
    let kept = dir.path().join("deleted-profiles").join("ada");
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.contains("a copy of its work is in"), "{notice}");
    assert!(notice.contains("deleted-profiles"), "{notice}");
    let drafts: Vec<_> = std::fs::read_dir(kept.join("test-unit-drafts"))
        .expect("the drafts kept")
        .collect();
    assert_eq!(drafts.len(), 1);
    // Esc leaves a rename or delete without doing it.
    drive(&mut app, &mut persist, &[Rename, Char('Z'), Back]);
    assert_eq!(app.progress.profiles, ["Bob"]);
    assert!(matches!(app.screen, Screen::Profile(_)));
    // Tab says not to keep a copy: Cy's work goes with the profile.
    let mut keys = vec![SwitchProfile];
    keys.extend(typed("Cy"));
    keys.extend([Activate, Open(SORT_AT), Toggle, Back, SwitchProfile, Up, Up]);
    drive(&mut app, &mut persist, &keys);
    drive(
        &mut app,
        &mut persist,
        &[Activate, SwitchProfile, Down, Delete, Toggle],
    );
    assert!(draw(&mut app, 80, 24).contains("Its work is deleted too"));
    let mut keys = typed("cy");
    keys.push(Activate);
    drive(&mut app, &mut persist, &keys);
    assert_eq!(app.progress.profiles, ["Bob"]);
    assert!(!dir.path().join("deleted-profiles").join("cy").exists());
}

#[test]
fn a_draft_is_saved_a_second_after_a_change_and_on_every_move() {
    let mut app = app();
    app.progress.student = Some("Ada".into());
    apply(&mut app, &[Open(SORT_AT), Toggle]);
    assert!(app.effects.is_empty(), "not at once");
    let t0 = Instant::now();
    apply(&mut app, &[Tick(t0), Tick(t0 + AUTOSAVE_AFTER / 2)]);
    assert!(app.effects.is_empty(), "not before its time");
    assert_eq!(app.next_save(), Some(t0 + AUTOSAVE_AFTER));
    apply(&mut app, &[Tick(t0 + AUTOSAVE_AFTER)]);
    assert_eq!(app.effects, [Effect::SaveDraft { activity: SORT_AT }]);
    app.effects.clear();
    apply(&mut app, &[Tick(t0 + 10 * AUTOSAVE_AFTER)]);
    assert!(app.effects.is_empty(), "saved once");
    assert_eq!(app.next_save(), None);
    // Moving to the follow-up questions saves at once, and so does going home.
    apply(&mut app, &[Down, Toggle, NextPart]);
    assert_eq!(app.effects, [Effect::SaveDraft { activity: SORT_AT }]);
    app.effects.clear();
    apply(&mut app, &[Activate, Char('x'), Back]);
    assert!(app.effects.is_empty());
    apply(&mut app, &[Back]);
    assert_eq!(app.effects, [Effect::SaveDraft { activity: SORT_AT }]);
    // Moving without a change saves nothing.
    app.effects.clear();
    apply(&mut app, &[Open(SORT_AT), NextPart, PrevPart, Back]);
    assert!(app.effects.is_empty());
}

#[test]
fn drafts_of_every_kind_come_back_exactly_in_the_next_run() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", false);
    let mut actions = vec![
        Open(SORT_AT),
        Toggle,
        Down,
        Right,
        Toggle,
        NextSentence,
        Back,
        Open(CATEGORIZE_AT),
        Pick(1),
        Pick(2),
        Back,
        Open(RANK_AT),
        MoveItemDown,
        Back,
        Open(GRID_AT),
        Down,
        Activate,
    ];
    actions.extend(typed("Old Bolshevik"));
    actions.extend([Back, Back, Open(CHOICE_AT), Toggle, Quit]);
    drive(&mut app, &mut persist, &actions);
    assert!(app.quit && persist.all_saved());
    let (again, _) = session(dir.path(), "Ada", false);
    for i in [SORT_AT, CATEGORIZE_AT, RANK_AT, GRID_AT, CHOICE_AT] {
        assert_eq!(again.work[i].answer, app.work[i].answer, "activity {i}");
        assert_eq!(again.work[i].status(), Status::InProgress, "activity {i}");
    }
    assert_eq!(again.work[MATCH_AT].status(), Status::NotStarted);
}

#[test]
fn a_draft_of_a_changed_activity_keeps_what_fits_and_says_so() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", false);
    drive(
        &mut app,
        &mut persist,
        &[Open(CATEGORIZE_AT), Pick(1), Pick(2), Back],
    );
    assert_eq!(placed(&app).len(), 2);
    // The teacher renamed a card since.
    let mut unit = unit();
    let a = &mut unit.activities[CATEGORIZE_AT];
    a.content_hash = "changed".into();
    let Body::Categorize(c) = &mut a.body else {
        panic!("a categorize")
    };
    let renamed = placed(&app)[0].0.clone();
    c.cards
        .iter_mut()
        .filter(|card| *card.id == *renamed)
        .for_each(|card| card.id = "renamed".into());
    let mut changed = App::new(unit, fixed_score, Some(1));
    let mut persist = Persistence::open(Some(dir.path()));
    persist.choose(&mut changed, "Ada");
    assert_eq!(changed.work[CATEGORIZE_AT].status(), Status::InProgress);
    apply(&mut changed, &[Open(CATEGORIZE_AT)]);
    let notice = changed.notice.clone().unwrap_or_default();
    assert!(notice.contains("has changed"), "{notice}");
    assert_eq!(placed(&changed), placed(&app)[1..]);
}

#[test]
fn retrying_what_was_wrong_works_after_reopening() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", true);
    drive(
        &mut app,
        &mut persist,
        &[
            Open(CATEGORIZE_AT),
            Pick(1),
            Pick(1),
            Pick(1),
            Pick(2),
            SubmitNow,
        ],
    );
    let score = app.work[CATEGORIZE_AT]
        .scores
        .last()
        .expect("scored")
        .clone();
    assert!(score.marks > 0.0 && score.marks < score.max, "{score:#?}");
    drop((app, persist));
    // The next run: submitted, its marks there to see, and w keeps what was right.
    let (mut app, mut persist) = session(dir.path(), "Ada", true);
    assert_eq!(app.work[CATEGORIZE_AT].status(), Status::Submitted);
    assert_eq!(app.progress.summary["relations"].attempts, 1);
    app.home.selected = CATEGORIZE_AT;
    drive(&mut app, &mut persist, &[ShowMarks]);
    assert!(matches!(app.screen, Screen::Feedback { activity, .. } if activity == CATEGORIZE_AT));
    drive(&mut app, &mut persist, &[RetryWrong]);
    let kept = placed(&app);
    for t in &score.tasks {
        let still = kept.iter().any(|(card, _)| **card == *t.id);
        assert_eq!(still, !t.outcome.needs_retry(), "{}: {:?}", t.id, t.outcome);
    }
    // The retry is a draft of its own, and submitting it is a second attempt.
    drive(
        &mut app,
        &mut persist,
        &[Back, Open(CATEGORIZE_AT), SubmitNow],
    );
    let store = Store::open_in(dir.path()).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let attempts = store
        .attempts(&ada, "test-unit", "relations")
        .expect("attempts");
    assert_eq!(attempts.len(), 2);
    assert_eq!(app.progress.summary["relations"].attempts, 2);
}

#[test]
fn review_opens_what_is_most_often_missed_with_only_those_tasks_to_redo() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", true);
    // The categorize: "trials" wrong twice. The match: one item wrong once.
    let picks = [Pick(1), Pick(1), Pick(1), Pick(2), SubmitNow];
    drive(&mut app, &mut persist, &[Open(CATEGORIZE_AT)]);
    drive(&mut app, &mut persist, &picks);
    drive(&mut app, &mut persist, &[Retry]);
    drive(&mut app, &mut persist, &picks);
    drive(&mut app, &mut persist, &[Back]);
    drive(
        &mut app,
        &mut persist,
        &[
            Open(MATCH_AT),
            Pick(1),
            Down,
            Pick(1),
            Down,
            Pick(3),
            SubmitNow,
            Back,
        ],
    );
    let first = app.progress.due.first().expect("something is due").clone();
    assert_eq!(
        (
            first.activity_id.as_str(),
            first.task_id.as_str(),
            first.lapses
        ),
        ("relations", "trials", 2)
    );
    assert!(
        app.progress
            .due
            .iter()
            .any(|d| d.activity_id == "historians")
    );
    let shown = draw(&mut app, 80, 24);
    let n = app.progress.due.len();
    assert!(
        shown.contains(&format!("Review: 0 of 20 today, {n} due")),
        "{shown}"
    );
    // The next run has the same queue; v opens the categorize with only "trials" cleared.
    let (mut app, mut persist) = session(dir.path(), "Ada", true);
    assert_eq!(app.progress.due.len(), n);
    drive(&mut app, &mut persist, &[Review]);
    assert!(matches!(&app.screen, Screen::Task(st) if st.activity == CATEGORIZE_AT));
    // The cursor is on the card reviewed, wherever it stands.
    let Body::Categorize(c) = &app.unit.activities[CATEGORIZE_AT].body else {
        panic!("a categorize")
    };
    let trials = c.cards.iter().position(|c| &*c.id == "trials");
    assert!(matches!(&app.screen, Screen::Task(st) if Some(st.row) == trials));
    let placed = placed(&app);
    assert_eq!(placed.len(), 3, "{placed:?}");
    assert!(!placed.iter().any(|(card, _)| card == "trials"));
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|t| t.starts_with("Review 1 of")),
        "{:?}",
        app.notice
    );
    // Checked at once: the marks are those of the one task, not the activity's total.
    drive(&mut app, &mut persist, &[SubmitNow]);
    let shown = draw(&mut app, 80, 24);
    assert!(shown.contains("Review of one task: 0 of 1"), "{shown}");
    assert!(!shown.contains("Total:"), "{shown}");
    assert_eq!(shown.matches("/1 ").count(), 1, "one task shown:\n{shown}");
}

#[test]
fn home_history() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", true);
    // Four attempts at the categorize: a quarter, half, all, then none right. Two buckets
    // of two cards: everything in one bucket puts half right, so a quarter and a half earn
    // nothing beyond chance.
    let mut actions = vec![Open(CATEGORIZE_AT), Pick(1), SubmitNow, Retry];
    actions.extend([Pick(1), Pick(1), SubmitNow, Retry]);
    actions.extend([Pick(1), Pick(1), Pick(2), Pick(2), SubmitNow, Retry]);
    actions.extend([Pick(2), SubmitNow, Back]);
    actions.extend([Open(SORT_AT), Toggle, Back, Up]);
    drive(&mut app, &mut persist, &actions);
    let history = &app.progress.summary["relations"].history;
    assert_eq!(history, &[0.0, 0.0, 1.0, 0.0]);
    apply(&mut app, &[Down]);
    assert_snapshot!(draw(&mut app, 80, 24));
    // The same from the database in the next run.
    let (mut again, _) = session(dir.path(), "Ada", true);
    again.home.selected = CATEGORIZE_AT;
    assert_eq!(draw(&mut again, 80, 24), draw(&mut app, 80, 24));
}

#[test]
fn revisit_compares_the_ranking_with_the_one_before() {
    let mut app = app();
    let mut first = vec![Open(RANK_AT), MoveItemDown, Down, Down, Down, Activate];
    first.extend(typed("Security mattered most."));
    first.extend([Back, SubmitNow, Back]);
    apply(&mut app, &first);
    assert!(matches!(app.screen, Screen::Home));
    let before = order(&app, RANK_AT);
    apply(&mut app, &[Revisit]);
    assert!(matches!(&app.screen, Screen::Task(st) if st.activity == RANK_AT));
    assert_eq!(
        order(&app, RANK_AT),
        before,
        "it starts from last time's order"
    );
    let mut again = vec![
        Down, Down, Down, MoveItemUp, MoveItemUp, Down, Down, Down, Activate,
    ];
    again.extend(typed("The leaders decided."));
    again.extend([Back, SubmitNow]);
    apply(&mut app, &again);
    assert!(matches!(app.screen, Screen::Compare { activity } if activity == RANK_AT));
    assert_snapshot!(draw(&mut app, 80, 24));
    apply(&mut app, &[Activate]);
    assert!(matches!(app.screen, Screen::Feedback { .. }));
}

#[test]
fn the_end_of_the_unit_offers_to_revisit_a_ranking() {
    let mut app = app();
    apply(&mut app, &[Open(RANK_AT), SubmitNow, Back]);
    assert!(app.overlay.is_none(), "not the end of the unit");
    let last = app.unit.activities.len() - 1;
    apply(&mut app, &[Open(last), SubmitNow, Back]);
    assert_eq!(app.overlay, Some(Overlay::ConfirmRevisit(RANK_AT)));
    assert!(draw(&mut app, 80, 24).contains("Revisit your ranking of"));
    apply(&mut app, &[Yes]);
    assert!(matches!(&app.screen, Screen::Task(st) if st.activity == RANK_AT));
    // Offered once a run.
    apply(&mut app, &[Back, Open(last), SubmitNow, Back]);
    assert!(app.overlay.is_none());
}

#[test]
fn shuffles_are_reproducible_with_a_seed_and_per_student_without() {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let orders = |seed: Option<u64>, student: Option<&str>| {
        let mut app = App::new(unit.clone(), score_with_sources, seed);
        if let Some(s) = student {
            app.load_progress(SavedWork {
                student: s.into(),
                ..SavedWork::default()
            });
        }
        app.work
            .iter()
            .map(|w| (w.order.clone(), w.options.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(orders(Some(7), None), orders(Some(7), None));
    assert_ne!(orders(Some(7), None), orders(Some(8), None));
    assert_eq!(orders(Some(7), Some("Ada")), orders(Some(7), Some("Bob")));
    assert_eq!(orders(None, Some("Ada")), orders(None, Some("Ada")));
    assert_ne!(orders(None, Some("Ada")), orders(None, Some("Bob")));
    let shuffled = orders(Some(7), None);
    let identity = |v: &Vec<usize>| v.iter().enumerate().all(|(k, &i)| k == i);
    for (a, (list, options)) in unit.activities.iter().zip(&shuffled) {
        let mut sorted = list.clone();
        sorted.sort_unstable();
        assert!(identity(&sorted), "{}: a permutation", a.id);
        if !a.shuffle {
            assert!(identity(list) && options.iter().all(identity), "{}", a.id);
        }
    }
    // Options of matches and choice questions are shuffled too, and a number picks the
    // option shown at that place.
    let is_match = |a: &classwork::activity::Activity| matches!(a.body, Body::Match(_));
    let at = unit.activities.iter().position(is_match).expect("a match");
    let moved = |kind: fn(&Body) -> bool| {
        unit.activities
            .iter()
            .zip(&shuffled)
            .any(|(a, (_, o))| kind(&a.body) && o.iter().any(|o| !identity(o)))
    };
    assert!(moved(|b| matches!(b, Body::Match(_))));
    assert!(moved(|b| matches!(b, Body::Choice(_))));
    let mut app = App::new(unit.clone(), score_with_sources, Some(7));
    apply(&mut app, &[Open(at), Pick(1)]);
    let Body::Match(m) = &unit.activities[at].body else {
        panic!("a match")
    };
    let first_shown = &m.options[app.work[at].options[0][0]];
    let Response::Match(chosen) = &app.work[at].answer.response else {
        panic!("a match's answer")
    };
    assert!(chosen.values().all(|o| *o == first_shown.id), "{chosen:?}");
    let shown = draw(&mut app, 100, 30);
    assert!(
        shown.contains(&format!("●1 {}", first_shown.label)),
        "{shown}"
    );
}

#[test]
fn a_damaged_database_shows_a_banner_and_the_work_is_saved_once_it_is_moved_aside() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join(DATABASE_FILE);
    std::fs::write(
        &path,
        b"these are not the pages you are looking for".repeat(200),
    )
    .expect("written");
    let (mut app, mut persist) = session(dir.path(), "Ada", false);
    assert!(matches!(app.screen, Screen::Home), "it carries on");
    let shown = draw(&mut app, 80, 24);
    assert!(
        shown.contains("Your saved work cannot be read yet") && shown.contains("damaged"),
        "{shown}"
    );
    assert!(
        shown.contains("not read yet"),
        "never “not started”: {shown}"
    );
    assert!(!shown.contains("not started"), "{shown}");
    drive(&mut app, &mut persist, &[Open(SORT_AT), Toggle, Back]);
    assert!(!persist.all_saved());
    let now = Instant::now();
    let retry = persist.next_retry().expect("a retry is due");
    assert!(retry > now && retry <= now + RETRY_AFTER);
    // The student moves it aside (as the banner says); the next retry saves the work.
    store::move_aside(&path).expect("moved aside");
    persist.tick(&mut app, now);
    assert!(!persist.all_saved(), "not before its time");
    persist.tick(&mut app, retry);
    assert!(persist.all_saved());
    assert_eq!(app.progress.problem, None);
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("works again"))
    );
    assert!(!draw(&mut app, 80, 24).contains("not saved"));
    let store = Store::open_in(dir.path()).expect("a new database");
    let ada = store.profile("Ada").expect("Ada");
    assert!(
        store
            .draft(&ada, "test-unit", "aims")
            .expect("read")
            .is_some()
    );
}

#[test]
fn a_locked_database_shows_a_banner_and_the_work_waits_in_memory() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", true);
    let holder = rusqlite::Connection::open(dir.path().join(DATABASE_FILE)).expect("opened");
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .expect("the write lock");
    drive(
        &mut app,
        &mut persist,
        &[
            Open(SORT_AT),
            Toggle,
            SubmitNow,
            Back,
            Open(MATCH_AT),
            Pick(1),
            Back,
        ],
    );
    assert!(!persist.all_saved());
    let problem = app.progress.problem.clone().unwrap_or_default();
    assert!(problem.contains("in use by another classwork"), "{problem}");
    assert!(draw(&mut app, 80, 24).contains("in use by another"));
    // Quitting now asks first.
    apply(&mut app, &[Quit]);
    app.confirm_quit_unsaved();
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    apply(&mut app, &[No]);
    // The other classwork lets go; the retry writes the attempt, then the draft.
    drop(holder);
    let later = Instant::now() + RETRY_AFTER + Duration::from_millis(1);
    persist.tick(&mut app, later);
    assert!(persist.all_saved());
    assert_eq!(app.progress.problem, None);
    let store = Store::open_in(dir.path()).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    assert_eq!(
        store
            .attempts(&ada, "test-unit", "aims")
            .expect("attempts")
            .len(),
        1
    );
    assert!(
        store
            .draft(&ada, "test-unit", "historians")
            .expect("read")
            .is_some()
    );
    assert!(!app.progress.due.is_empty(), "the queue is read back");
}

#[test]
fn retrying_and_reviewing_keep_the_words_written_and_are_practice() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (mut app, mut persist) = session(dir.path(), "Ada", true);
    // One answer right, one wrong (it does not say "gold").
    let mut actions = vec![Open(SHORT_AT), Activate];
    actions.extend(typed("Stalin feared fascism"));
    actions.extend([Back, Down, Activate]);
    actions.extend(typed("He paid a lot"));
    actions.extend([Back, SubmitNow]);
    drive(&mut app, &mut persist, &actions);
    let written = app.work[SHORT_AT].answer.clone();
    let Response::Short(texts) = &written.response else {
        panic!("{written:?}")
    };
    assert_eq!(texts.len(), 2, "{texts:?}");
    let score = app.work[SHORT_AT].scores.last().expect("scored").clone();
    assert!(score.marks > 0.0 && score.marks < score.max, "{score:#?}");
    // w: what was written stays, to be improved; submitting it is practice.
    drive(&mut app, &mut persist, &[RetryWrong]);
    assert_eq!(app.work[SHORT_AT].answer, written);
    assert!(app.work[SHORT_AT].practice);
    drive(&mut app, &mut persist, &[SubmitNow, Back]);
    // v: the same.
    drive(&mut app, &mut persist, &[Review]);
    assert!(matches!(&app.screen, Screen::Task(st) if st.activity == SHORT_AT));
    assert_eq!(app.work[SHORT_AT].answer, written);
    assert!(app.work[SHORT_AT].practice);
    let store = Store::open_in(dir.path()).expect("the database");
    let ada = store.profile("Ada").expect("Ada");
    let attempts = store
        .attempts(&ada, "test-unit", &app.unit.activities[SHORT_AT].id)
        .expect("attempts");
    let practice: Vec<bool> = attempts.iter().map(|a| a.practice).collect();
    assert_eq!(practice, [false, true], "the first is the hand-in");
}
