//! The writer of reports and essays, driven by actions: screens at 80×24 as snapshots, and
//! what each action does to the answer.

#![cfg(feature = "tui")]

use crate::writer_fixtures;

use classwork::answer::Response;
use classwork::tui::action::Action::{self, *};
use classwork::tui::action::{Edit, Effect};
use classwork::tui::app::{Screen, update};
use classwork::tui::geometry::{Target, targets};
use classwork::tui::keymap::{Mode, action_for};
use insta::assert_snapshot;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use writer_fixtures::*;

/// Thirteen words on collective security: within its 10–40.
const SECURITY: &str = "Collective security gave us a seat in the League of Nations, \
with Litvinov its face.";

fn with(first: &[Action], text: &str, then: &[Action]) -> Vec<Action> {
    let mut all = first.to_vec();
    all.extend(typed(text));
    all.extend_from_slice(then);
    all
}

fn section_text(app: &classwork::tui::app::App, id: &str) -> String {
    match &app.work[REPORT_AT].answer.response {
        Response::Report { sections, .. } => sections.get(id).cloned().unwrap_or_default(),
        other => panic!("not a report: {other:?}"),
    }
}

#[test]
fn empty() {
    let mut app = app();
    assert_snapshot!(screen(&mut app, &[Open(REPORT_AT)]));
}

#[test]
fn half_written() {
    let mut app = app();
    let actions = with(&[Open(REPORT_AT), Activate], SECURITY, &[Back, Down]);
    let actions = with(&actions, "", &[Activate]);
    let actions = with(&actions, "Munich: we were not", &[Back]);
    assert_snapshot!(screen(&mut app, &actions));
}

#[test]
fn over_the_word_limit() {
    let mut app = app();
    let long = "Britain and France gave Hitler the Sudetenland and never asked us. ".repeat(3);
    let actions = with(&[Open(REPORT_AT), Down, Activate], long.trim_end(), &[]);
    let shown = screen(&mut app, &actions);
    assert!(shown.contains("! 33 words (≤30) · too long"), "{shown}");
    assert_snapshot!(shown);
}

#[test]
fn notes_pane() {
    let mut app = app();
    // Earlier work: a cell of the grid and two cards of the categorize.
    let grid = with(
        &[Open(GRID_AT), Down, Activate],
        "Lived in London for years.",
        &[Back],
    );
    apply(&mut app, &grid);
    apply(&mut app, &[Open(CATEGORIZE_AT), Pick(1), Pick(2)]);
    assert_snapshot!(screen(&mut app, &[Open(REPORT_AT), Notes]));
}

#[test]
fn report_feedback_is_provisional_and_asks_the_missed_points() {
    let mut app = app();
    let actions = with(
        &[Open(REPORT_AT), Activate],
        "The League was a seat at the table, little more.",
        &[Back, Down, Activate],
    );
    let actions = with(&actions, "Munich showed we were left out.", &[Back]);
    apply(&mut app, &actions);
    let shown = screen(&mut app, &[Submit, Yes]);
    assert!(shown.contains("Provisional"), "{shown}");
    assert!(
        shown.contains("     ? Which Commissar was the face of collective security?"),
        "{shown}"
    );
    assert_snapshot!(shown);
}

#[test]
fn the_essay_is_one_section_with_its_guidance() {
    let mut app = app();
    let actions = with(&[Open(ESSAY_AT), Activate], "Neutrality first.", &[]);
    let shown = screen(&mut app, &actions);
    assert!(shown.contains("Security: how did"), "{shown}");
    assert!(shown.contains("… 2 words (20–80) · too short"), "{shown}");
    assert!(!shown.contains("Sections"), "{shown}");
}

#[test]
fn switching_sections_keeps_every_word_and_marks_the_answer_changed() {
    let mut app = app();
    apply(
        &mut app,
        &with(&[Open(REPORT_AT), Activate], "One.", &[NextSection]),
    );
    assert!(app.editor.is_some(), "still writing, in the next section");
    apply(&mut app, &typed("Two."));
    apply(&mut app, &[PrevSection]);
    apply(&mut app, &typed(" More."));
    assert_eq!(section_text(&app, "collective_security"), "One. More.");
    assert_eq!(section_text(&app, "munich"), "Two.");
    assert!(app.work[REPORT_AT].dirty);
    // Up from the first section: the cover's fields, filled in on one line each.
    apply(&mut app, &[Back, Up, Activate]);
    apply(&mut app, &typed("A. Adviser"));
    apply(&mut app, &[Newline]);
    let Response::Report { cover, .. } = &app.work[REPORT_AT].answer.response else {
        panic!("a report")
    };
    assert_eq!(cover.get("from").map(String::as_str), Some("A. Adviser"));
    let Screen::Writer(st) = &app.screen else {
        panic!("the writer")
    };
    assert_eq!(st.entry, 2, "Enter moved on from From to the first section");
}

#[test]
fn the_decision_asks_to_be_argued_in_its_section_until_it_is() {
    let mut app = app();
    // The decision is the last entry: Title, From, three sections, Decision.
    apply(&mut app, &[Open(REPORT_AT), Down, Down, Down, Right]);
    let Response::Report { decision, .. } = &app.work[REPORT_AT].answer.response else {
        panic!("a report")
    };
    assert_eq!(decision.as_deref(), Some("germany"));
    let shown = screen(&mut app, &[Up, Activate]);
    assert!(shown.contains("Argue for “Germany” here"), "{shown}");
    let shown = screen(
        &mut app,
        &typed("Keep talking to London; sign with Berlin."),
    );
    assert!(!shown.contains("Argue for"), "{shown}");
    assert!(shown.contains("✓ Decision"), "{shown}");
    assert!(shown.contains("   Germany "), "{shown}");
    apply(&mut app, &[Back, Down, Pick(2)]);
    let shown = screen(&mut app, &[]);
    assert!(shown.contains("   Britain and Fran…"), "{shown}");
    assert!(shown.contains("(•) 2 Britain and France"), "{shown}");
}

#[test]
fn whether_the_decision_is_argued_is_found_when_the_answer_changes_not_when_drawn() {
    let mut app = app();
    apply(&mut app, &[Open(REPORT_AT), Down, Down, Down, Right]);
    let argued = |app: &classwork::tui::app::App| match &app.screen {
        Screen::Writer(st) => st.argued,
        _ => panic!("the writer"),
    };
    assert_eq!(argued(&app), Some(false), "chosen, not yet argued");
    apply(&mut app, &[Up, Activate]);
    apply(&mut app, &typed("Sign with Berlin."));
    assert_eq!(
        argued(&app),
        Some(true),
        "found again as the section changed"
    );
    // The screen shows what the state holds: drawing does not mark the writing again.
    if let Screen::Writer(st) = &mut app.screen {
        st.argued = Some(false);
    }
    let shown = screen(&mut app, &[]);
    assert!(shown.contains("! Decision"), "{shown}");
    assert!(shown.contains("Argue for “Germany” here"), "{shown}");
}

#[test]
fn export_and_submit_are_asked_of_the_runner() {
    let mut app = app();
    apply(&mut app, &[Open(REPORT_AT), Export]);
    assert_eq!(
        app.effects,
        [Effect::ExportReport {
            activity: REPORT_AT
        }]
    );
    apply(&mut app, &[SubmitNow]);
    assert!(matches!(app.screen, Screen::Feedback { .. }));
    assert_eq!(
        app.effects.last(),
        Some(&Effect::SaveAnswer {
            activity: REPORT_AT
        })
    );
}

#[test]
fn a_teacher_marks_the_criteria_and_both_parts_show() {
    let mut app = app();
    let actions = with(
        &[Open(REPORT_AT), Down, Activate],
        "We were left out at Munich.",
        &[],
    );
    apply(&mut app, &actions);
    apply(&mut app, &[SubmitNow]);
    let before = app.work[REPORT_AT].scores.last().expect("scored").clone();
    assert!(before.is_provisional());
    apply(&mut app, &[MarkMode]);
    assert!(matches!(app.base_mode(), Mode::Marking));
    // The Munich section's criterion comes first: its best level (2); then the report's
    // own criterion: its second level (2).
    apply(&mut app, &[Right, Right, Down, Right, Right]);
    let teacher = &app.work[REPORT_AT].answer.teacher;
    assert_eq!(teacher.get("munich.lesson"), Some(&2.0));
    assert_eq!(teacher.get("judgement"), Some(&2.0));
    app.effects.clear();
    let shown = screen(&mut app, &[Back]);
    let after = app.work[REPORT_AT].scores.last().expect("scored");
    assert_eq!(after.marks, before.marks + 4.0);
    assert!(!after.is_provisional());
    assert_eq!(
        app.work[REPORT_AT].scores.len(),
        1,
        "the same submission, marked"
    );
    assert_eq!(
        app.effects,
        [Effect::SaveAnswer {
            activity: REPORT_AT
        }]
    );
    assert!(shown.contains("+ 4 from your teacher"), "{shown}");
}

#[test]
fn keys_for_writing() {
    let key = |code, m| action_for(KeyEvent::new(code, m), &Mode::Writing);
    let (alt, ctrl, shift) = (
        KeyModifiers::ALT,
        KeyModifiers::CONTROL,
        KeyModifiers::SHIFT,
    );
    assert_eq!(key(KeyCode::Down, alt), Some(NextSection));
    assert_eq!(key(KeyCode::PageUp, ctrl), Some(PrevSection));
    assert_eq!(key(KeyCode::Char('n'), ctrl), Some(Notes));
    assert_eq!(key(KeyCode::Char('n'), KeyModifiers::NONE), Some(Char('n')));
    assert_eq!(key(KeyCode::Left, ctrl), Some(Edit(Edit::WordLeft)));
    assert_eq!(key(KeyCode::Right, shift), Some(Edit(Edit::SelectRight)));
    assert_eq!(key(KeyCode::Char('V'), shift), Some(Char('V')));
    let writer = |code| action_for(KeyEvent::new(code, KeyModifiers::NONE), &Mode::Writer);
    assert_eq!(writer(KeyCode::Char('x')), Some(Export));
    assert_eq!(writer(KeyCode::Char('n')), Some(Notes));
    assert_eq!(writer(KeyCode::Char('2')), Some(Pick(2)));
}

#[test]
fn word_motion_selection_and_paste_edit_the_text() {
    let mut app = app();
    apply(
        &mut app,
        &with(&[Open(REPORT_AT), Activate], "Hitler needs us", &[]),
    );
    let word_left = Edit(Edit::WordLeft);
    let select = Edit(Edit::SelectWordRight);
    apply(&mut app, &[word_left, select, Edit(Edit::Cut)]);
    assert_eq!(section_text(&app, "collective_security"), "Hitler needs ");
    apply(&mut app, &[word_left, word_left, Edit(Edit::Paste)]);
    apply(&mut app, &typed(" "));
    assert_eq!(
        section_text(&app, "collective_security"),
        "us Hitler needs "
    );
    apply(&mut app, &[Undo, Undo]);
    assert_eq!(section_text(&app, "collective_security"), "Hitler needs ");
}

#[test]
fn nothing_to_mark_says_so() {
    let mut app = app();
    let _ = update(&mut app, Open(CATEGORIZE_AT));
    apply(&mut app, &[Pick(1), SubmitNow, MarkMode]);
    assert!(matches!(app.screen, Screen::Feedback { .. }));
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("marked by a teacher"))
    );
}

#[test]
fn trying_again_revises_the_writing_rather_than_losing_it() {
    let mut app = app();
    let actions = with(&[Open(REPORT_AT), Activate], SECURITY, &[Back, SubmitNow]);
    apply(&mut app, &actions);
    apply(&mut app, &[MarkMode, Right, Back]);
    assert!(!app.work[REPORT_AT].answer.teacher.is_empty());
    for again in [Retry, RetryWrong] {
        apply(&mut app, &[SubmitNow, again]);
        assert!(matches!(app.screen, Screen::Writer(_)), "{again:?}");
        assert_eq!(section_text(&app, "collective_security"), SECURITY);
        assert!(app.work[REPORT_AT].answer.teacher.is_empty(), "{again:?}");
    }
}

#[test]
fn clicks_choose_a_section_write_in_it_and_choose_the_decision() {
    let mut app = app();
    let _ = draw(&mut app, 80, 24);
    apply(&mut app, &[Open(REPORT_AT)]);
    let at = |app: &classwork::tui::app::App, want: Target| {
        let (rect, _) = targets(app)
            .into_iter()
            .find(|(_, t)| *t == want)
            .unwrap_or_else(|| panic!("{want:?} on screen"));
        Click {
            col: rect.x,
            row: rect.y,
        }
    };
    // The Munich section (entry 3): one click selects it, a second writes in it.
    let munich = at(&app, Target::Row(3));
    apply(&mut app, &[munich]);
    assert!(app.editor.is_none());
    apply(&mut app, &[munich]);
    assert!(app.editor.is_some());
    apply(&mut app, &typed("Left out."));
    assert_eq!(section_text(&app, "munich"), "Left out.");
    // A click outside the editor stops writing and lands: here, on the decision.
    let decision = at(&app, Target::Row(5));
    apply(&mut app, &[decision]);
    assert!(app.editor.is_none());
    let britain = at(&app, Target::MatchOption(1));
    apply(&mut app, &[britain]);
    let Response::Report { decision, .. } = &app.work[REPORT_AT].answer.response else {
        panic!("a report")
    };
    assert_eq!(decision.as_deref(), Some("allies"));
}

#[test]
fn a_reports_submit_question_counts_sections_as_its_sections_list_does() {
    use classwork::tui::view::submit_status;
    let mut app = app();
    let screen = screen(&mut app, &[Open(REPORT_AT)]);
    let (listed, sections) = screen
        .lines()
        .find_map(|l| {
            let (_, rest) = l.split_once(' ')?;
            let at = rest.find("/")?;
            let before = rest[..at].rsplit(' ').next()?.parse::<usize>().ok()?;
            let after = rest[at + 1..].split(' ').next()?.parse::<usize>().ok()?;
            rest.contains(" written").then_some((before, after))
        })
        .expect("the sections list says how many are written");
    let status = submit_status(&app, REPORT_AT);
    assert!(
        status.starts_with(&format!("{listed} of {sections} sections written")),
        "{status}\n{screen}"
    );
}

#[test]
fn a_review_of_a_section_opens_the_writer_on_that_section() {
    use classwork::activity::Body;
    use classwork::tui::screen::writer::page::{self, Entry};
    let mut app = app();
    let Body::Report(report) = app.unit.activities[REPORT_AT].body.clone() else {
        panic!("a report")
    };
    let last = report.sections.last().expect("sections").id.clone();
    let first = report.sections.first().expect("sections").id.clone();
    assert_ne!(first, last);
    for id in [last, first] {
        app.progress.reviewing = Some((REPORT_AT, id.to_string()));
        update(&mut app, Open(REPORT_AT));
        let Screen::Writer(st) = &app.screen else {
            panic!("the writer")
        };
        let Some(Entry::Section(k)) = st.current(&app) else {
            panic!("on a section")
        };
        let a = &app.unit.activities[REPORT_AT];
        let heading = page::page(a, k).expect("a page").heading.to_string();
        let named = report
            .sections
            .iter()
            .find(|s| *s.id == *id)
            .expect("a section");
        assert_eq!(*heading, *named.heading);
        update(&mut app, Back);
    }
}
