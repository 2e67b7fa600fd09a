//! The class results in the terminal, driven by actions, on a small class written into a
//! temporary folder `7B`: five students of a unit of a sort, a rank, a timeline, a choice
//! quiz and a report; an older duplicate hand-in, a stray file and a broken sheet.
//!
//! - Ada Lovelace and Ben Carter answer everything as the key says, except the quiz's
//!   `founded`, which both get wrong (so it looks keyed wrongly); Ada's report is marked,
//!   Ben's waits for the teacher;
//! - Cleo Diaz sorts partly, ranks backwards, gets `founded` right, hands in no report;
//! - Dev Patel sorts nothing, swaps two events, hands in an empty report;
//! - Eve Moreau answers everything as the key says; her report waits for the teacher.
//!
//! Every screen is drawn at 80×24 in the plain theme as text snapshots.

#![cfg(feature = "tui")]

use crate::common;
use crate::writer_fixtures;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::tui_fixtures;
use classwork::activity::{Activity, Body, Unit};
use classwork::answer::{Answer, Response};
use classwork::scoring::perfect_answer_with_sources;
use classwork::teacher::read_class;
use classwork::tui::class::action::ClassAction::{self, *};
use classwork::tui::class::action::Tab;
use classwork::tui::class::save::perform;
use classwork::tui::class::{ClassApp, update};
use classwork::tui::theme::Theme;
use common::class::{choice, hand_in};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Position of the report in [`unit`].
const REPORT_AT: usize = 4;

fn unit() -> Unit {
    Unit {
        id: "class-unit".into(),
        title: "Soviet foreign policy".into(),
        description: None,
        activities: [
            tui_fixtures::SORT,
            tui_fixtures::RANK,
            tui_fixtures::TIMELINE,
            tui_fixtures::CHOICE,
            writer_fixtures::REPORT,
        ]
        .iter()
        .map(|t| tui_fixtures::activity(t))
        .collect(),
        sources: tui_fixtures::sources(),
        exam: None,
    }
}

fn comintern(founded: &str, aims: &[&str]) -> Answer {
    let mut answer = choice(&[("founded", founded)]);
    if let Response::Choice(picks) = &mut answer.response {
        picks.insert(
            "aims".into(),
            aims.iter().map(|a| a.to_string()).collect::<BTreeSet<_>>(),
        );
    }
    answer
}

/// The key's answer with the ticks of the sort's rows replaced: `rows[i]` for row `i`.
fn sorted(a: &Activity, unit: &Unit, rows: &[&[&str]]) -> Answer {
    let mut answer = perfect_answer_with_sources(a, &unit.sources);
    if let (Body::Sort(s), Response::Sort { ticks, .. }) = (&a.body, &mut answer.response) {
        for (row, cols) in s.rows.iter().zip(rows) {
            ticks.insert(
                row.id.to_string(),
                cols.iter().map(|c| c.to_string()).collect(),
            );
        }
    }
    answer
}

/// The key's order with the items at `i` and `j` swapped.
fn swapped(a: &Activity, unit: &Unit, i: usize, j: usize) -> Answer {
    let mut answer = perfect_answer_with_sources(a, &unit.sources);
    if let Response::Order { order, .. } = &mut answer.response {
        order.swap(i, j);
    }
    answer
}

fn answer(unit: &Unit, who: &str, a: &Activity) -> Option<Answer> {
    let perfect = perfect_answer_with_sources(a, &unit.sources);
    let unmarked = || Answer {
        teacher: BTreeMap::new(),
        ..perfect.clone()
    };
    Some(match (who, a.id.as_str()) {
        ("Ada" | "Ben", "comintern") => comintern("b", &["revolution", "parties"]),
        ("Cleo" | "Eve", "comintern") => comintern("a", &["revolution", "parties"]),
        ("Dev", "comintern") => comintern("a", &["trade"]),
        ("Ben" | "Eve", "report") => unmarked(),
        ("Cleo", "aims") => sorted(a, unit, &[&["revolution", "relations"], &[], &["defence"]]),
        ("Cleo", "factors") => {
            let mut answer = perfect.clone();
            if let Response::Order { order, .. } = &mut answer.response {
                order.reverse();
            }
            answer
        }
        ("Cleo", "report") => return None,
        ("Dev", "aims") => sorted(a, unit, &[&[], &[], &[]]),
        ("Dev", "road") => swapped(a, unit, 0, 1),
        ("Dev", "report") => Answer {
            response: Response::empty_for(a),
            ..Answer::default()
        },
        _ => perfect,
    })
}

const STUDENTS: [(&str, &str); 5] = [
    ("Ada", "Ada Lovelace"),
    ("Ben", "Ben Carter"),
    ("Cleo", "Cleo Diaz"),
    ("Dev", "Dev Patel"),
    ("Eve", "Eve Moreau"),
];

/// Writes the class into `root/7B` and returns that folder.
fn generate(root: &Path, unit: &Unit) -> PathBuf {
    let folder = root.join("7B");
    for (who, name) in STUDENTS {
        let dir = folder.join(who.to_lowercase());
        hand_in(&dir, unit, name, "2026-11-21T10:00:00Z", |a| {
            answer(unit, who, a)
        });
    }
    hand_in(
        &folder.join("ada-first-try"),
        unit,
        "ada lovelace",
        "2026-11-21T09:00:00Z",
        |_| None,
    );
    // The teacher chose Ada's second hand-in.
    let marks = folder.join("marks.toml");
    let mut text = std::fs::read_to_string(&marks).expect("the reports marked");
    text.push_str(CHOICE);
    std::fs::write(&marks, text).expect("write");
    std::fs::write(folder.join("notes.txt"), "mark the reports").expect("write");
    std::fs::write(folder.join("cleo").join("junk.toml"), "this is = not [toml").expect("write");
    folder
}

/// The teacher's choice between Ada's two hand-ins, in the marks file.
const CHOICE: &str = "\n[hand_ins.\"Ada Lovelace\"]\nfolder = \"ada\"\n";

/// The teacher's marks of Ben's report, as the marks file has them.
fn bens_marks(dir: &Path) -> toml::Table {
    let text = std::fs::read_to_string(dir.join("7B").join("marks.toml")).expect("marks");
    let marks: toml::Table = toml::from_str(&text).expect("still TOML");
    marks["students"]["Ben Carter"]["report"]["marks"]
        .as_table()
        .cloned()
        .unwrap_or_else(|| panic!("{text}"))
}

/// The class results of a freshly written class, in the plain theme, at 80×24.
fn class_app(root: &Path) -> ClassApp {
    let unit = unit();
    let folder = generate(root, &unit);
    let class = read_class(&folder, &unit);
    let mut app = ClassApp::new(unit, folder, class);
    app.theme = Theme::plain();
    update(
        &mut app,
        Resize {
            width: 80,
            height: 24,
        },
    );
    app
}

/// Applies actions as the runner does: each one, then the effects it asked for.
fn apply(app: &mut ClassApp, actions: &[ClassAction]) {
    for &a in actions {
        update(app, a);
        perform(app);
    }
}

fn draw(app: &ClassApp) -> String {
    draw_at(app, 80, 24)
}

/// The app resized to `width`×`height` (as the terminal tells it), then `actions`.
fn sized(app: &mut ClassApp, (width, height): (u16, u16), actions: &[ClassAction]) {
    apply(app, &[Resize { width, height }]);
    apply(app, actions);
}

fn draw_at(app: &ClassApp, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("drawing on a test terminal");
    terminal.backend().to_string()
}

fn screen(actions: &[ClassAction]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    apply(&mut app, actions);
    draw(&app)
}

#[test]
fn gradebook() {
    assert_snapshot!(screen(&[Down, Right, Right, Right, Right]));
}

#[test]
fn gradebook_by_total() {
    assert_snapshot!(screen(&[Sort, Down]));
}

#[test]
fn item_analysis_flags_a_question_to_check() {
    let text = screen(&[Show(Tab::Items), Right, Right, Right]);
    assert!(text.contains("check key"), "{text}");
    assert_snapshot!(text);
}

#[test]
fn on_a_short_screen_the_item_table_takes_the_charts_room() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    sized(&mut app, (60, 16), &[Show(Tab::Items)]);
    let short = draw_at(&app, 60, 16);
    assert!(!short.contains("Facility of each task"), "{short}");
    let tasks = app.items_of(0).len();
    let rows = (1..=tasks)
        .filter(|n| short.contains(&format!("│    {n} ")) || short.contains(&format!("│▶   {n} ")))
        .count();
    assert_eq!(rows, tasks, "every task in the table:\n{short}");
    assert!(
        short.contains("no spread)."),
        "the words about the task in full:\n{short}"
    );
    sized(&mut app, (80, 24), &[]);
    let tall = draw_at(&app, 80, 24);
    assert!(tall.contains("Facility of each task"), "{tall}");
}

#[test]
fn heat_map_of_a_sort() {
    assert_snapshot!(screen(&[Show(Tab::HeatMap)]));
}

#[test]
fn average_places_of_a_rank() {
    assert_snapshot!(screen(&[Show(Tab::HeatMap), Right]));
}

#[test]
fn marking_a_report() {
    assert_snapshot!(screen(&[
        Down, Right, Right, Right, Right, Open, Down, Right, Right
    ]));
}

#[test]
fn problems() {
    assert_snapshot!(screen(&[Show(Tab::Problems)]));
}

#[test]
fn two_hand_ins_by_one_student_wait_for_the_teachers_choice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let unit = unit();
    let folder = generate(dir.path(), &unit);
    let marks = folder.join("marks.toml");
    let text = std::fs::read_to_string(&marks).expect("marks");
    std::fs::write(&marks, text.replace(CHOICE, "")).expect("write");
    // Ada's first try claims to be from the future: its date settles nothing.
    let manifest = folder.join("ada-first-try").join("handin.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    std::fs::write(
        &manifest,
        text.replace("2026-11-21T09:00:00Z", "2099-01-01T00:00:00Z"),
    )
    .expect("write");
    let class = read_class(&folder, &unit);
    assert!(
        class
            .hand_ins
            .iter()
            .all(|h| h.manifest.student != "Ada Lovelace"),
        "neither of Ada's hand-ins counts"
    );
    let mut app = ClassApp::new(unit, folder, class);
    app.theme = Theme::plain();
    update(
        &mut app,
        Resize {
            width: 100,
            height: 30,
        },
    );
    apply(&mut app, &[Show(Tab::Problems)]);
    let shown = draw_at(&app, 100, 30);
    assert!(shown.contains("conflicting-hand-ins"), "{shown}");
    assert!(
        shown.contains("`ada`") && shown.contains("`ada-first-try`"),
        "{shown}"
    );
    assert!(shown.contains("future-date"), "{shown}");
    assert!(app.book.rows.iter().all(|r| r.student != "Ada Lovelace"));
}

#[test]
fn help() {
    assert_snapshot!(screen(&[Show(Tab::Marking), Help]));
}

#[test]
fn a_help_longer_than_the_window_scrolls_and_any_other_key_closes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    sized(&mut app, (60, 16), &[Help]);
    let top = draw_at(&app, 60, 16);
    assert!(top.contains("↑↓ scroll"), "{top}");
    assert!(
        !top.contains("quit"),
        "the help's last line is below: {top}"
    );
    apply(&mut app, &[PageDown, PageDown, PageDown]);
    let bottom = draw_at(&app, 60, 16);
    assert!(bottom.contains("quit"), "{bottom}");
    assert!(app.help.is_some(), "scrolling keeps the help open");
    apply(&mut app, &[Right]);
    assert_eq!(app.help, None, "any other key closes it");
    // Where the help fits, the footer offers no scrolling.
    sized(&mut app, (120, 40), &[Help]);
    let tall = draw_at(&app, 120, 40);
    let footer = tall.lines().last().unwrap_or_default();
    assert!(!footer.contains("scroll"), "{footer}");
}

#[test]
fn every_tab_is_named_on_the_tab_bar_at_every_width_and_a_click_finds_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    for width in [60, 64, 70, 80, 120] {
        for tab in Tab::ALL {
            sized(&mut app, (width, 24), &[Show(tab)]);
            let shown = draw_at(&app, width, 24);
            let bar = shown.lines().nth(1).unwrap_or_default();
            for named in Tab::ALL {
                let shown = bar.contains(named.title()) || bar.contains(named.short());
                assert!(shown, "{width}: {named:?} named: {bar}");
            }
            for (n, other) in Tab::ALL.into_iter().enumerate() {
                let number = format!("{}", n + 1);
                let at = bar
                    .find(&format!(" {number} "))
                    .or_else(|| bar.find(&format!("│{number} ")))
                    .unwrap_or_else(|| panic!("{width}: tab {number} on the bar: {bar:?}"));
                // The test backend puts each line in quotes: the digit's column is the
                // number of characters before the space or bar in front of it.
                let col = bar[..at].chars().count() as u16;
                apply(&mut app, &[Click { col, row: 1 }]);
                assert_eq!(app.tab, other, "{width}: a click on {number}: {bar:?}");
                apply(&mut app, &[Show(tab)]);
            }
        }
    }
}

/// Position of Ben Carter in the class (by name).
const BEN: usize = 1;

/// To Ben's report in the gradebook, then marking it.
const OPEN_BENS_REPORT: [ClassAction; 6] = [Down, Right, Right, Right, Right, Open];

#[test]
fn marking_from_the_tui_writes_the_teacher_marks_and_changes_the_total() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    let before = app.book.rows[BEN].total;
    assert_eq!(app.book.rows[BEN].provisional, ["report"]);
    apply(&mut app, &OPEN_BENS_REPORT);
    assert_eq!(app.tab, Tab::Marking);
    let m = app.marking.as_ref().expect("marking");
    assert_eq!((m.hand_in, m.activity), (BEN, REPORT_AT));
    // The section's criterion (levels 0 and 2): → gives 0, → again 2. The report's
    // (levels 0, 2 and 4): ← from no mark gives the top level.
    apply(&mut app, &[Right, Right, Down, Left]);
    assert!(app.effects.is_empty());
    assert_eq!(app.notice, None);
    let sheet = dir.path().join("7B").join("ben").join("report.toml");
    let text = std::fs::read_to_string(&sheet).expect("the sheet");
    assert!(!text.contains("[teacher]"), "{text}");
    let marks = bens_marks(dir.path());
    assert_eq!(marks["munich.lesson"].as_integer(), Some(2), "{marks:?}");
    assert_eq!(marks["judgement"].as_integer(), Some(4), "{marks:?}");
    let row = &app.book.rows[BEN];
    assert_eq!(row.total, before + 6.0);
    assert!(row.provisional.is_empty(), "{row:?}");
    // The marks are on disk: the class read again agrees.
    let again = read_class(&dir.path().join("7B"), &app.unit);
    let book = classwork::teacher::gradebook(&again, &app.unit);
    assert_eq!(book.rows[BEN].total, before + 6.0);
    assert!(draw(&app).contains("final."));
}

#[test]
fn a_mark_taken_back_waits_for_the_teacher_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    let before = app.book.rows[BEN].total;
    apply(&mut app, &OPEN_BENS_REPORT);
    // Both criteria marked (2 and 4), then the report's own taken back.
    apply(&mut app, &[Right, Right, Down, Left, ClearMark]);
    assert_eq!(app.notice, None);
    let marks = bens_marks(dir.path());
    assert_eq!(marks["munich.lesson"].as_integer(), Some(2));
    assert!(marks.get("judgement").is_none(), "{marks:?}");
    let row = &app.book.rows[BEN];
    assert_eq!(row.total, before + 2.0);
    assert_eq!(row.provisional, ["report"]);
    // Taking back what is not marked does nothing; the last mark taken back leaves no
    // marks for the report.
    apply(&mut app, &[ClearMark]);
    assert!(app.effects.is_empty());
    apply(&mut app, &[Up, ClearMark]);
    assert!(bens_marks(dir.path()).is_empty());
    assert_eq!(app.book.rows[BEN].total, before);
    assert!(draw(&app).contains("– of 2"));
}

#[test]
fn a_mark_that_cannot_be_saved_is_said_and_not_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    let before = app.book.rows[BEN].total;
    apply(&mut app, &OPEN_BENS_REPORT);
    // The marks file spoilt by hand: it no longer has its students in a table.
    let marks = dir.path().join("7B").join("marks.toml");
    std::fs::write(&marks, "schema_version = 1\nstudents = 3\n").expect("write");
    apply(&mut app, &[Right]);
    let notice = app.notice.clone().expect("a notice");
    assert!(notice.starts_with("Not saved:"), "{notice}");
    assert!(draw(&app).contains("Not saved:"));
    let m = app.marking.as_ref().expect("marking");
    assert_eq!(m.marks.get("munich.lesson"), None);
    assert_eq!(app.book.rows[BEN].total, before);
}

#[test]
fn marking_moves_to_the_students_who_handed_the_activity_in() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    apply(&mut app, &OPEN_BENS_REPORT);
    let marked = |app: &ClassApp| app.marking.as_ref().map(|m| (m.hand_in, m.activity));
    // Cleo handed in no report: from Ben the next is Dev, then Eve, then no one.
    apply(&mut app, &[NextStudent]);
    assert_eq!(marked(&app), Some((3, REPORT_AT)));
    apply(&mut app, &[NextStudent]);
    assert_eq!(marked(&app), Some((4, REPORT_AT)));
    assert_eq!(app.student, 4);
    apply(&mut app, &[NextStudent]);
    assert_eq!(marked(&app), Some((4, REPORT_AT)));
    let notice = app.notice.clone().expect("a notice");
    assert!(notice.contains("No student after Eve Moreau"), "{notice}");
    apply(&mut app, &[PrevStudent, PrevStudent]);
    assert_eq!(marked(&app), Some((BEN, REPORT_AT)));
    // Back in the gradebook, Ben is still the one selected.
    apply(&mut app, &[Back]);
    assert_eq!((app.tab, app.student), (Tab::Gradebook, BEN));
}

#[test]
fn the_marking_tab_opens_the_work_that_waits_for_the_teacher() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    // On the first column (the sort), Eve's report is what waits.
    apply(&mut app, &[Down, Down, Down, Down, Show(Tab::Marking)]);
    let m = app.marking.as_ref().expect("marking");
    assert_eq!((m.hand_in, m.activity), (4, REPORT_AT));
}

#[test]
fn sorting_keeps_the_student_selected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    apply(&mut app, &[Down, Sort]);
    assert_eq!(app.student, BEN);
    // By total: Ada 23, Eve 18, Ben 17, Cleo 8, Dev 6.
    assert_eq!(app.order(), [0, 4, 1, 2, 3]);
    apply(&mut app, &[Down]);
    assert_eq!(app.student, 2);
    apply(&mut app, &[Up, Up, Up, Up]);
    assert_eq!(app.student, 0);
}

#[test]
fn tabs_by_key_by_number_and_by_click() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    apply(&mut app, &[NextTab]);
    assert_eq!(app.tab, Tab::Items);
    apply(&mut app, &[PrevTab, PrevTab]);
    assert_eq!(app.tab, Tab::Queue);
    apply(&mut app, &[Show(Tab::Gradebook)]);
    // " 1 Gradebook │ 2 Items │ 3 Heat map …": column 27 of the second row.
    apply(&mut app, &[Click { col: 27, row: 1 }]);
    assert_eq!(app.tab, Tab::HeatMap);
    apply(&mut app, &[Click { col: 27, row: 5 }]);
    assert_eq!(app.tab, Tab::HeatMap);
    apply(&mut app, &[Help, Quit]);
    assert!(app.quit);
}

/// Types `text` into the prompt shown.
fn type_in(app: &mut ClassApp, text: &str) {
    let keys: Vec<ClassAction> = text.chars().map(Type).collect();
    apply(app, &keys);
}

#[test]
fn a_task_is_accepted_overridden_with_a_comment_and_taken_back_from_the_queue() {
    use classwork::tui::class::queue::rows;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = class_app(dir.path());
    let before = app.book.rows[BEN].total;
    apply(&mut app, &[Show(Tab::Queue)]);
    assert!(draw(&app).contains("points and tasks marked by the marker"));
    let at = rows(&app)
        .iter()
        .position(|r| r.hand_in == BEN && r.key == "founded")
        .expect("Ben's `founded` is in the queue");
    apply(&mut app, &vec![Down; at]);
    assert!(draw(&app).contains("Ben Carter's answer to founded"));
    // Accepted: all its marks.
    apply(&mut app, &[Accept]);
    assert_eq!(app.notice, None);
    assert_eq!(app.book.rows[BEN].total, before + 1.0);
    // Overridden back down, with a comment; a mark above the task's is refused.
    apply(&mut app, &[Override]);
    type_in(&mut app, "9");
    apply(&mut app, &[Confirm]);
    let notice = app.notice.clone().expect("a notice");
    assert!(notice.contains("no mark"), "{notice}");
    assert!(app.prompt.is_some(), "the prompt stays to be put right");
    apply(&mut app, &[Erase]);
    type_in(&mut app, "0");
    apply(&mut app, &[Confirm]);
    type_in(&mut app, "London was the First International");
    apply(&mut app, &[Confirm]);
    assert!(app.prompt.is_none());
    let marks = std::fs::read_to_string(dir.path().join("7B").join("marks.toml")).expect("marks");
    let marks: toml::Table = toml::from_str(&marks).expect("TOML");
    let ben = &marks["students"]["Ben Carter"]["comintern"];
    assert_eq!(ben["overrides"]["founded"].as_integer(), Some(0), "{ben:?}");
    assert_eq!(
        ben["comments"]["founded"].as_str(),
        Some("London was the First International")
    );
    assert_eq!(app.book.rows[BEN].total, before);
    // Taken back: the marker's mark again; a prompt put away writes nothing.
    apply(&mut app, &[TakeBack, Comment, Cancel]);
    assert_eq!(app.book.rows[BEN].total, before);
    assert!(app.effects.is_empty());
    // The bundled unit's key is not changed from here.
    apply(&mut app, &[AcceptForAll]);
    assert!(app.prompt.is_none());
    assert!(app.notice.clone().expect("a notice").contains("--unit"));
}

#[test]
fn a_live_class_fills_in_as_hand_ins_arrive() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let unit = unit();
    let folder = dir.path().join("live");
    let arrive = |(who, name): (&str, &str), at: &str| {
        hand_in(&folder.join(who.to_lowercase()), &unit, name, at, |a| {
            answer(&unit, who, a)
        });
    };
    // One student has handed in so far: Cleo, selected.
    arrive(STUDENTS[2], "2026-11-21T10:00:00Z");
    let mut app = ClassApp::new(unit.clone(), folder.clone(), read_class(&folder, &unit));
    app.theme = Theme::plain();
    update(
        &mut app,
        Resize {
            width: 100,
            height: 30,
        },
    );
    assert_eq!(app.book.rows.len(), 1);
    let every = std::time::Duration::from_secs(5);
    let (reread, unit_again) = (folder.clone(), unit.clone());
    app.live = Some(classwork::tui::class::Live::every(every, move || {
        Some(read_class(&reread, &unit_again))
    }));
    // Ada hands in; nothing changes before it is time to look again.
    arrive(STUDENTS[0], "2026-11-21T10:05:00Z");
    let now = std::time::Instant::now();
    app.bring_up_to_date(now);
    assert_eq!(app.book.rows.len(), 1, "read again only when it is time");
    // Nor while the teacher is marking: the marking holds its hand-in by place.
    app.marking = Some(classwork::tui::class::marking::Marking {
        hand_in: 0,
        activity: 0,
        criterion: 0,
        marks: Default::default(),
        scroll: 0,
    });
    app.bring_up_to_date(now + every * 2);
    assert_eq!(app.book.rows.len(), 1, "not taken in while marking");
    app.marking = None;
    app.bring_up_to_date(now + every * 4);
    assert_eq!(app.book.rows.len(), 2);
    assert!(draw(&app).contains(STUDENTS[0].1), "{}", draw(&app));
    // Cleo stays selected, wherever Ada's row went.
    assert_eq!(app.book.rows[app.student].student, STUDENTS[2].1);
    let next = app.live.as_ref().expect("still live").next;
    assert!(next > now + every * 4, "the next look is later");
}
