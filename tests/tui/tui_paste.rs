//! Pasted text: one insertion into the box it was made in, and no answer past the limit
//! of characters, whether typed or pasted.

#![cfg(feature = "tui")]

use crate::writer_fixtures;

use crate::tui_fixtures::{self, RANK_AT};
use classwork::activity::validate::MAX_ANSWER_CHARS;
use classwork::answer::Response;
use classwork::tui::action::Action::{self, *};
use classwork::tui::action::Edit;
use classwork::tui::app::App;
use classwork::tui::editor::at_the_limit;
use classwork::tui::keymap::Mode;
use classwork::tui::paste::paste;
use writer_fixtures::*;

/// The text of the report's first section, the essay or the ranking's justification.
fn written(app: &App, at: usize) -> String {
    match &app.work[at].answer.response {
        Response::Report { sections, .. } => sections.values().next().cloned().unwrap_or_default(),
        Response::Essay(text) => text.clone(),
        Response::Order { justification, .. } => justification.clone(),
        other => panic!("no text here: {other:?}"),
    }
}

#[test]
fn a_paste_goes_in_whole_as_typing_would_give_it_and_undoes_in_one_step() {
    let mut app = app();
    apply(&mut app, &[Open(REPORT_AT), Activate]);
    apply(&mut app, &typed("Litvinov. "));
    paste(&mut app, "Paper pacts\r\nand\ttalk\ronly\u{7}\u{1b}.");
    assert_eq!(
        written(&app, REPORT_AT),
        "Litvinov. Paper pacts\nand talk\nonly."
    );
    apply(&mut app, &[Undo]);
    assert_eq!(written(&app, REPORT_AT), "Litvinov. ");
}

#[test]
fn a_paste_outside_a_text_box_does_nothing() {
    let mut app = app();
    apply(&mut app, &[Open(REPORT_AT)]);
    let before = app.work[REPORT_AT].answer.clone();
    paste(&mut app, "qsx\n");
    assert_eq!(app.mode(), Mode::Writer);
    assert_eq!(app.work[REPORT_AT].answer, before);
    assert!(!app.quit);
}

#[test]
fn text_past_the_limit_is_not_added_and_the_student_is_told() {
    let over = "a".repeat(MAX_ANSWER_CHARS + 10);
    let report: &[Action] = &[Open(REPORT_AT), Activate];
    let essay: &[Action] = &[Open(ESSAY_AT), Activate];
    for (at, open) in [(REPORT_AT, report), (ESSAY_AT, essay)] {
        let mut app = app();
        apply(&mut app, open);
        apply(&mut app, &typed("é\n"));
        paste(&mut app, &over);
        assert_eq!(written(&app, at).chars().count(), MAX_ANSWER_CHARS, "{at}");
        assert_eq!(app.notice, Some(at_the_limit()), "{at}");
        assert!(at_the_limit().contains("100,000 characters"));
        // At the limit, keys add nothing either; deleting makes room for one more.
        apply(&mut app, &[Char('b'), Newline]);
        assert_eq!(written(&app, at).chars().count(), MAX_ANSWER_CHARS, "{at}");
        assert_eq!(app.notice, Some(at_the_limit()), "{at}");
        apply(&mut app, &[Backspace, Char('b')]);
        assert!(written(&app, at).ends_with("ab"), "{at}");
        assert_eq!(app.notice, None, "{at}");
        // What was cut and pasted back is held to the limit too.
        apply(&mut app, &[Edit(Edit::SelectWordLeft), Edit(Edit::Copy)]);
        apply(&mut app, &[Right, Edit(Edit::Paste)]);
        assert_eq!(written(&app, at).chars().count(), MAX_ANSWER_CHARS, "{at}");
        assert_eq!(app.notice, Some(at_the_limit()), "{at}");
    }
}

#[test]
fn a_justification_is_held_to_the_limit() {
    let mut app = tui_fixtures::app();
    apply(&mut app, &[Open(RANK_AT), Down, Down, Down, Down, Activate]);
    assert_eq!(app.mode(), Mode::Editing);
    paste(&mut app, &"b".repeat(MAX_ANSWER_CHARS - 1));
    assert_eq!(app.notice, None);
    paste(&mut app, "cd");
    assert_eq!(written(&app, RANK_AT).chars().count(), MAX_ANSWER_CHARS);
    assert!(written(&app, RANK_AT).ends_with("bc"));
    assert_eq!(app.notice, Some(at_the_limit()));
}

#[test]
fn a_name_pasted_on_the_profile_screen_stays_on_one_line_and_within_its_length() {
    use classwork::tui::app::Screen;
    use classwork::tui::screen::profile::{MAX_NAME, ProfileState};
    let mut app = app();
    app.screen = Screen::Profile(ProfileState::new(&app));
    paste(&mut app, &format!("Ada\r\nLovelace{}", "e".repeat(100)));
    let Screen::Profile(st) = &app.screen else {
        panic!("the profile screen")
    };
    assert!(st.name.starts_with("Ada Lovelace"), "{}", st.name);
    assert_eq!(st.name.chars().count(), MAX_NAME);
}
