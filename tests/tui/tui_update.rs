//! The terminal UI's state changes, driven by actions, and its pure key map.

#![cfg(feature = "tui")]

use crate::tui_fixtures;

use std::collections::BTreeSet;

use classwork::answer::Response;
use classwork::tui::action::Action::{self, *};
use classwork::tui::action::Effect;
use classwork::tui::app::{App, Overlay, Screen, Status};
use classwork::tui::geometry::{self, Target};
use classwork::tui::keymap::{Mode, TaskKeys, action_for};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_fixtures::*;

fn response(app: &App, i: usize) -> &Response {
    &app.work[i].answer.response
}

fn ticks(app: &App, row: &str) -> BTreeSet<String> {
    match response(app, SORT_AT) {
        Response::Sort { ticks, .. } => ticks.get(row).cloned().unwrap_or_default(),
        r => panic!("not a sort: {r:?}"),
    }
}

fn placed(app: &App) -> Vec<(String, String)> {
    match response(app, CATEGORIZE_AT) {
        Response::Categorize(m) => m.clone().into_iter().collect(),
        r => panic!("not a categorize: {r:?}"),
    }
}

fn order(app: &App, i: usize) -> Vec<String> {
    match response(app, i) {
        Response::Order { order, .. } => order.clone(),
        r => panic!("not an order: {r:?}"),
    }
}

fn click(app: &mut App, target: Target) {
    let (rect, _) = geometry::targets(app)
        .into_iter()
        .find(|(_, t)| *t == target)
        .unwrap_or_else(|| panic!("{target:?} is not on screen"));
    apply(
        app,
        &[Click {
            col: rect.x + rect.width / 2,
            row: rect.y,
        }],
    );
}

#[test]
fn toggling_cells_ticks_and_unticks() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle]);
    assert_eq!(
        ticks(&app, "s1"),
        BTreeSet::from(["revolution".to_string()])
    );
    apply(&mut app, &[Right, Activate]);
    assert_eq!(ticks(&app, "s1").len(), 2);
    apply(&mut app, &[Toggle, Left, Toggle]);
    assert!(ticks(&app, "s1").is_empty());
    assert_eq!(
        app.work[SORT_AT].status(),
        Status::InProgress,
        "changed and back is still worked on"
    );
}

#[test]
fn evidence_is_a_sentence_of_the_source() {
    let mut app = app();
    apply(
        &mut app,
        &[Open(SORT_AT), NextSentence, NextSentence, MarkEvidence],
    );
    let Response::Sort { evidence, .. } = response(&app, SORT_AT) else {
        panic!()
    };
    assert_eq!(
        evidence.get("s1").map(String::as_str),
        Some("Without it we cannot win.")
    );
    apply(&mut app, &[MarkEvidence]);
    let Response::Sort { evidence, .. } = response(&app, SORT_AT) else {
        panic!()
    };
    assert!(
        evidence.is_empty(),
        "marking the same sentence again unmarks it"
    );
}

#[test]
fn cards_move_into_buckets_and_back() {
    let mut app = app();
    apply(&mut app, &[Open(CATEGORIZE_AT), Pick(1)]);
    assert_eq!(
        placed(&app),
        [("rapallo".to_string(), "better".to_string())]
    );
    // The next card of the pool is selected: put it in bucket 2, then move it left to 1.
    apply(&mut app, &[Pick(2)]);
    assert!(placed(&app).contains(&("berlin".to_string(), "worse".to_string())));
    apply(&mut app, &[Pick(9)]);
    assert_eq!(placed(&app).len(), 2, "there is no bucket 9");
    apply(&mut app, &[Pick(1)]);
    assert!(placed(&app).contains(&("trials".to_string(), "better".to_string())));
    // The pool holds only `hitler` now, selected; the next card down is `rapallo`.
    apply(&mut app, &[Down, ReturnToPool]);
    assert!(!placed(&app).iter().any(|(c, _)| c == "rapallo"));
    apply(&mut app, &[Right, Right, Left]);
    assert!(placed(&app).contains(&("rapallo".to_string(), "better".to_string())));
}

#[test]
fn match_options_cycle_and_clear() {
    let mut app = app();
    apply(&mut app, &[Open(MATCH_AT), Right, Right]);
    let Response::Match(m) = response(&app, MATCH_AT) else {
        panic!()
    };
    assert_eq!(m.get("haslam").map(String::as_str), Some("german"));
    apply(&mut app, &[Left, Left]);
    let Response::Match(m) = response(&app, MATCH_AT) else {
        panic!()
    };
    assert_eq!(
        m.get("haslam").map(String::as_str),
        Some("internal"),
        "left wraps around"
    );
    apply(&mut app, &[Pick(1), Down, Pick(3), Up, ReturnToPool]);
    let Response::Match(m) = response(&app, MATCH_AT) else {
        panic!()
    };
    assert_eq!(m.len(), 1);
    assert_eq!(m.get("tucker").map(String::as_str), Some("internal"));
}

#[test]
fn items_reorder_with_the_cursor() {
    let mut app = app();
    apply(&mut app, &[Open(RANK_AT)]);
    let before = order(&app, RANK_AT);
    apply(&mut app, &[MoveItemUp]);
    assert_eq!(
        order(&app, RANK_AT),
        before,
        "the first item cannot go higher"
    );
    apply(&mut app, &[MoveItemDown, MoveItemDown]);
    let after = order(&app, RANK_AT);
    assert_eq!(after[2], before[0]);
    assert_eq!(after[0], before[1]);
    let Screen::Task(st) = &app.screen else {
        panic!()
    };
    assert_eq!(st.row, 2, "the cursor follows the item");
}

#[test]
fn dragging_moves_an_item() {
    let mut app = app();
    apply(
        &mut app,
        &[
            Open(TIMELINE_AT),
            Resize {
                width: 80,
                height: 24,
            },
        ],
    );
    let before = order(&app, TIMELINE_AT);
    click(&mut app, Target::OrderRow(0));
    let (rect, _) = geometry::targets(&app)
        .into_iter()
        .find(|(_, t)| *t == Target::OrderRow(2))
        .expect("row 2 on screen");
    apply(
        &mut app,
        &[
            Drag {
                col: rect.x + 3,
                row: rect.y,
            },
            Drag {
                col: rect.x + 3,
                row: rect.y,
            },
        ],
    );
    assert_eq!(order(&app, TIMELINE_AT)[2], before[0]);
}

#[test]
fn justification_is_written_in_a_text_box() {
    let mut app = app();
    apply(&mut app, &[Open(RANK_AT), Down, Down, Down, Down, Activate]);
    assert_eq!(app.mode(), Mode::Editing);
    apply(
        &mut app,
        &[Char('B'), Char('e'), Newline, Char('c'), Backspace, Back],
    );
    let Response::Order { justification, .. } = response(&app, RANK_AT) else {
        panic!()
    };
    assert_eq!(justification, "Be\n");
    assert!(app.editor.is_none());
}

#[test]
fn answers_are_kept_while_moving_between_activities() {
    let mut app = app();
    apply(
        &mut app,
        &[
            Open(GRID_AT),
            Down,
            Activate,
            Char('L'),
            Char('o'),
            Char('n'),
            Back,
            Back,
        ],
    );
    assert_eq!(app.screen, Screen::Home);
    apply(
        &mut app,
        &[
            Open(SHORT_AT),
            Activate,
            Char('x'),
            Back,
            Back,
            Open(GRID_AT),
        ],
    );
    let Response::Grid(cells) = response(&app, GRID_AT) else {
        panic!()
    };
    assert_eq!(
        cells.get("litvinov.background").map(String::as_str),
        Some("Lon")
    );
    let Response::Short(answers) = response(&app, SHORT_AT) else {
        panic!()
    };
    assert_eq!(answers.get("why").map(String::as_str), Some("x"));
}

#[test]
fn a_given_grid_cell_cannot_be_edited() {
    let mut app = app();
    apply(&mut app, &[Open(GRID_AT), Activate]);
    assert!(app.editor.is_none());
}

#[test]
fn choices_are_radio_buttons_or_checkboxes() {
    let mut app = app();
    apply(&mut app, &[Open(CHOICE_AT), Toggle, Down, Toggle]);
    let Response::Choice(c) = response(&app, CHOICE_AT) else {
        panic!()
    };
    assert_eq!(
        c.get("founded"),
        Some(&BTreeSet::from(["b".to_string()])),
        "single choice replaces"
    );
    apply(&mut app, &[Down, Toggle, Down, Down, Toggle, Toggle]);
    let Response::Choice(c) = response(&app, CHOICE_AT) else {
        panic!()
    };
    assert_eq!(
        c.get("aims"),
        Some(&BTreeSet::from(["revolution".to_string()]))
    );
}

#[test]
fn follow_up_answers_are_kept_apart() {
    let mut app = app();
    apply(
        &mut app,
        &[Open(SORT_AT), NextPart, Activate, Char('S'), Back, PrevPart],
    );
    assert_eq!(
        app.work[SORT_AT]
            .answer
            .follow_up
            .get("change")
            .map(String::as_str),
        Some("S")
    );
}

#[test]
fn submitting_asks_then_scores_and_saves() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle, Submit]);
    assert_eq!(app.overlay, Some(Overlay::ConfirmSubmit));
    apply(&mut app, &[No]);
    assert!(app.overlay.is_none() && app.work[SORT_AT].scores.is_empty());
    apply(&mut app, &[Submit, Yes]);
    assert!(matches!(
        app.screen,
        Screen::Feedback {
            activity: SORT_AT,
            ..
        }
    ));
    assert_eq!(app.work[SORT_AT].scores.len(), 1);
    assert_eq!(app.effects, [Effect::SaveAnswer { activity: SORT_AT }]);
    assert_eq!(app.work[SORT_AT].status(), Status::Submitted);
}

#[test]
fn retry_only_what_was_wrong_keeps_the_right_tasks() {
    // The fixed score marks s1 right, s2 wrong and the statement partly right.
    let mut app = app();
    apply(
        &mut app,
        &[
            Open(SORT_AT),
            Toggle,
            Down,
            Toggle,
            Down,
            Toggle,
            SubmitNow,
            RetryWrong,
        ],
    );
    assert!(matches!(app.screen, Screen::Task(_)));
    assert_eq!(ticks(&app, "s1").len(), 1, "right: kept");
    assert!(ticks(&app, "s2").is_empty(), "wrong: cleared");
    assert_eq!(
        ticks(&app, "trade").len(),
        1,
        "partly right: kept, to be improved"
    );
}

#[test]
fn retry_only_what_was_wrong_with_the_real_scoring() {
    let mut app = scored_app();
    apply(
        &mut app,
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
    apply(&mut app, &[RetryWrong]);
    let kept = placed(&app);
    for t in &score.tasks {
        let still = kept.iter().any(|(c, _)| **c == *t.id);
        assert_eq!(still, !t.outcome.needs_retry(), "{}: {:?}", t.id, t.outcome);
    }
}

#[test]
fn retry_what_was_wrong_after_full_marks_says_so_and_stays_on_the_marks() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle, SubmitNow]);
    let score = app.work[SORT_AT].scores.last_mut().expect("scored");
    for task in &mut score.tasks {
        task.outcome = classwork::scoring::Outcome::Right;
        task.marks = task.max;
    }
    apply(&mut app, &[RetryWrong]);
    assert!(matches!(app.screen, Screen::Feedback { .. }));
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.contains("nothing to retry"), "{notice}");
    assert_eq!(ticks(&app, "s1").len(), 1, "the answer untouched");
}

#[test]
fn retry_starts_again_from_nothing() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle, SubmitNow, Retry]);
    assert!(ticks(&app, "s1").is_empty());
    assert_eq!(
        app.work[SORT_AT].status(),
        Status::Submitted,
        "the score is kept"
    );
}

#[test]
fn quitting_saves_drafts_and_asks_only_when_saving_failed() {
    let mut app = app();
    apply(&mut app, &[Quit]);
    assert!(app.quit, "nothing to lose");
    assert!(app.effects.is_empty());
    let mut app = app_with_work();
    apply(&mut app, &[Quit]);
    assert!(app.quit, "the work is saved, so nothing is asked");
    assert_eq!(app.effects, [Effect::SaveDraft { activity: SORT_AT }]);
    // The runner could not save it: the student is asked before it is lost.
    app.confirm_quit_unsaved();
    assert!(!app.quit);
    assert_eq!(app.overlay, Some(Overlay::ConfirmQuit));
    apply(&mut app, &[Back]);
    assert!(!app.quit && app.overlay.is_none());
    apply(&mut app, &[Quit]);
    app.confirm_quit_unsaved();
    apply(&mut app, &[Yes]);
    assert!(app.quit);
    app.confirm_quit_unsaved();
    assert!(app.quit, "asked once, answered yes");
}

fn app_with_work() -> App {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle]);
    app
}

#[test]
fn help_opens_scrolls_and_any_other_key_closes_it() {
    let mut app = app();
    // On a window shorter than the help, the arrows scroll it, and no further than its end.
    draw(&mut app, 80, 16);
    apply(&mut app, &[Help]);
    assert_eq!(app.mode(), Mode::Help);
    apply(&mut app, &[Down]);
    assert_eq!(app.overlay, Some(Overlay::Help(1)));
    apply(
        &mut app,
        &[PageDown, PageDown, PageDown, PageDown, PageDown, PageDown],
    );
    let Some(Overlay::Help(end)) = app.overlay else {
        panic!("the help stays open while it scrolls");
    };
    assert!(
        end > 1 && end < 60,
        "scrolled to its end, {end}, and no further"
    );
    let bottom = draw(&mut app, 80, 16);
    // The last page ends with the help's longer column: the paragraph on written answers.
    assert!(bottom.contains("others (✗) did not."), "{bottom}");
    apply(&mut app, &[Toggle]);
    assert!(app.overlay.is_none());
    assert_eq!(app.home.selected, 0, "the key only closed the help");
}

#[test]
fn the_help_in_two_columns_keeps_every_line() {
    use classwork::tui::screen::help::{content::lines, geometry::geometry};
    use ratatui::layout::Rect;
    let app = app();
    let text = |l: &ratatui::text::Line<'_>| l.to_string();
    for (width, height) in [(80, 16), (80, 24), (100, 30), (200, 60)] {
        let shown = geometry(&app, Rect::new(0, 0, width, height));
        if !shown.two {
            continue;
        }
        let all: Vec<String> = lines(&app, shown.column as usize)
            .iter()
            .map(text)
            .filter(|l| !l.trim().is_empty())
            .collect();
        let split: Vec<String> = (shown.left.iter().chain(&shown.right))
            .map(text)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert_eq!(split, all, "{width}×{height}");
    }
}

#[test]
fn the_footer_offers_scrolling_only_when_the_box_scrolls() {
    let footer = |shown: &str| shown.lines().last().unwrap_or_default().to_string();
    for overlay in [Help, About] {
        let mut app = app();
        app.unit.description = Some("A unit described at length. ".repeat(40));
        draw(&mut app, 80, 16);
        apply(&mut app, &[overlay]);
        let short = footer(&draw(&mut app, 80, 16));
        assert!(short.contains("↑↓ scroll"), "{overlay:?} on 80×16: {short}");
        let tall = footer(&draw(&mut app, 200, 60));
        assert!(!tall.contains("scroll"), "{overlay:?} on 200×60: {tall}");
        assert!(tall.contains("any key"), "{overlay:?} on 200×60: {tall}");
    }
}

#[test]
fn clicks_land_on_what_is_drawn() {
    let mut app = app();
    click(&mut app, Target::Activity(SORT_AT));
    assert!(matches!(app.screen, Screen::Task(_)));
    click(&mut app, Target::SortCell { row: 1, col: 2 });
    assert_eq!(ticks(&app, "s2"), BTreeSet::from(["defence".to_string()]));
    click(&mut app, Target::ViewerPane);
    assert_eq!(app.mode(), Mode::Viewer(TaskKeys::Sort { evidence: true }));
    apply(&mut app, &[Back, Back, Open(CATEGORIZE_AT)]);
    click(&mut app, Target::Row(2));
    click(&mut app, Target::Bucket(1));
    assert_eq!(placed(&app), [("trials".to_string(), "worse".to_string())]);
}

#[test]
fn a_click_outside_the_text_box_closes_it() {
    let mut app = app();
    apply(&mut app, &[Open(SHORT_AT), Activate]);
    click(&mut app, Target::ViewerPane);
    assert!(app.editor.is_none());
}

#[test]
fn the_viewer_scrolls_no_further_than_its_text() {
    let mut app = app();
    apply(
        &mut app,
        &[Open(SORT_AT), NextPane, Down, Down, Down, PageDown],
    );
    let Screen::Task(st) = &app.screen else {
        panic!()
    };
    assert_eq!(st.scroll, 0, "the instructions fit");
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn keys_mean_what_the_mode_says() {
    let order = Mode::Task(TaskKeys::Order);
    let cards = Mode::Task(TaskKeys::Categorize);
    assert_eq!(action_for(key(KeyCode::Char('j')), &Mode::Home), Some(Down));
    assert_eq!(action_for(key(KeyCode::Enter), &Mode::Home), Some(Activate));
    assert_eq!(
        action_for(
            KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT),
            &order
        ),
        Some(MoveItemDown)
    );
    assert_eq!(
        action_for(KeyEvent::new(KeyCode::Up, KeyModifiers::SHIFT), &order),
        Some(MoveItemUp)
    );
    assert_eq!(action_for(key(KeyCode::Char('j')), &order), Some(Down));
    assert_eq!(action_for(key(KeyCode::Char('3')), &cards), Some(Pick(3)));
    assert_eq!(
        action_for(key(KeyCode::Backspace), &cards),
        Some(ReturnToPool)
    );
    assert_eq!(action_for(key(KeyCode::Char('3')), &Mode::Home), None);
    assert_eq!(action_for(key(KeyCode::Char('s')), &cards), Some(Submit));
    assert_eq!(
        action_for(
            KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
            &cards
        ),
        Some(SubmitNow)
    );
    assert_eq!(action_for(key(KeyCode::Tab), &cards), Some(NextPane));
    assert_eq!(
        action_for(
            key(KeyCode::Char('e')),
            &Mode::Task(TaskKeys::Sort { evidence: true })
        ),
        Some(NextSentence)
    );
    assert_eq!(
        action_for(
            key(KeyCode::Char('e')),
            &Mode::Task(TaskKeys::Sort { evidence: false })
        ),
        None
    );
    assert_eq!(
        action_for(key(KeyCode::Char('r')), &Mode::Feedback),
        Some(Retry)
    );
    assert_eq!(
        action_for(key(KeyCode::Char('w')), &Mode::Feedback),
        Some(RetryWrong)
    );
}

#[test]
fn typing_goes_to_the_text_box() {
    let e = Mode::Editing;
    assert_eq!(action_for(key(KeyCode::Char('q')), &e), Some(Char('q')));
    assert_eq!(action_for(key(KeyCode::Char('?')), &e), Some(Char('?')));
    assert_eq!(action_for(key(KeyCode::Char('j')), &e), Some(Char('j')));
    assert_eq!(action_for(key(KeyCode::Enter), &e), Some(Newline));
    assert_eq!(action_for(key(KeyCode::Esc), &e), Some(Back));
    assert_eq!(action_for(key(KeyCode::Left), &e), Some(Left));
    assert_eq!(
        action_for(KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL), &e),
        Some(Undo)
    );
}

#[test]
fn questions_take_yes_or_no_and_quit_works_everywhere() {
    assert_eq!(
        action_for(key(KeyCode::Char('y')), &Mode::Confirm),
        Some(Yes)
    );
    assert_eq!(action_for(key(KeyCode::Esc), &Mode::Confirm), Some(No));
    assert_eq!(action_for(key(KeyCode::Char('x')), &Mode::Confirm), None);
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for mode in [
        Mode::Home,
        Mode::Editing,
        Mode::Confirm,
        Mode::Task(TaskKeys::Grid),
    ] {
        assert_eq!(action_for(ctrl_c, &mode), Some(Quit), "{mode:?}");
    }
    let mut release = key(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(release, &Mode::Home), None);
}

#[test]
fn resizing_below_the_minimum_shows_the_message_and_back() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT)]);
    let small = draw(&mut app, 59, 20);
    assert!(
        small.contains("make the window bigger (need 60×16, have 59×20)"),
        "{small}"
    );
    assert!(
        geometry::targets(&app).is_empty(),
        "nothing to click on a broken layout"
    );
    let big = draw(&mut app, 60, 16);
    assert!(big.contains("[ ]"), "{big}");
}

#[test]
fn every_screen_draws_at_every_size() {
    let mut app = app();
    let steps: Vec<Vec<Action>> = (0..app.unit.activities.len())
        .map(|i| {
            vec![
                Open(i),
                Down,
                Toggle,
                Right,
                NextPart,
                Activate,
                Char('x'),
                Back,
                PrevPart,
                SubmitNow,
            ]
        })
        .collect();
    for actions in steps {
        apply(&mut app, &actions);
        for (w, h) in [(60, 16), (80, 24), (200, 60), (61, 17), (300, 20)] {
            draw(&mut app, w, h);
        }
        apply(&mut app, &[Back]);
    }
}

/// A window too small to draw in takes no key but the ones that quit: Enter and `?` do not
/// act on the UI the student cannot see, and `q` quits even from an open text box, where it
/// would otherwise be typed.
#[test]
fn a_window_too_small_to_draw_in_only_quits() {
    let mut app = app();
    apply(&mut app, &[Open(SHORT_AT), Activate]);
    assert_eq!(app.mode(), Mode::Editing, "a text box is open");
    apply(
        &mut app,
        &[Resize {
            width: 30,
            height: 8,
        }],
    );
    assert_eq!(app.mode(), Mode::TooSmall);
    let press = |code| KeyEvent::new(code, KeyModifiers::NONE);
    assert_eq!(action_for(press(KeyCode::Enter), &app.mode()), None);
    assert_eq!(action_for(press(KeyCode::Char('?')), &app.mode()), None);
    assert_eq!(
        action_for(press(KeyCode::Char('q')), &app.mode()),
        Some(Quit)
    );
    apply(
        &mut app,
        &[Resize {
            width: 80,
            height: 24,
        }],
    );
    assert_eq!(app.mode(), Mode::Editing, "the text box is there again");
    // Ctrl+C quits from the open text box (it used to be swallowed by it), keeping the text.
    apply(&mut app, &[Char('x')]);
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let quit = action_for(ctrl_c, &app.mode()).expect("Ctrl+C means something");
    apply(&mut app, &[quit]);
    assert!(app.quit, "Ctrl+C in a text box quits");
}

#[test]
fn the_submit_question_counts_the_follow_up_questions_too() {
    use classwork::tui::view::submit_status;
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle, Submit]);
    let status = submit_status(&app, SORT_AT);
    let follow_ups = app.unit.activities[SORT_AT].follow_up.len();
    assert!(follow_ups > 0, "the fixture's sort has follow-up questions");
    assert!(
        status.ends_with(&format!(
            "0 of {follow_ups} follow-up question{} answered.",
            if follow_ups == 1 { "" } else { "s" }
        )),
        "{status}"
    );
    let screen = draw(&mut app, 100, 30);
    assert!(screen.contains("follow-up"), "{screen}");
}

#[test]
fn a_typed_position_and_enter_move_the_selected_item_there() {
    let mut app = app();
    apply(&mut app, &[Open(TIMELINE_AT)]);
    let order = |app: &App| match &app.work[TIMELINE_AT].answer.response {
        Response::Order { order, .. } => order.clone(),
        other => panic!("a timeline's answer is an order: {other:?}"),
    };
    let before = order(&app);
    let n = before.len();
    assert!(n >= 3, "the fixture's timeline has three events");
    // The first event to the last place.
    apply(&mut app, &[Pick(n), Activate]);
    let after = order(&app);
    assert_eq!(after[n - 1], before[0], "{before:?} → {after:?}");
    assert_eq!(after[..n - 1], before[1..]);
    // The cursor follows the item, and a position being typed shows on screen.
    apply(&mut app, &[Pick(1)]);
    assert!(draw(&mut app, 80, 24).contains("Move to position 1_"));
    // Any other key forgets the typed number: Enter then moves nothing.
    apply(&mut app, &[Up, Down, Activate]);
    assert_eq!(order(&app), after);
}

#[test]
fn a_student_served_over_ssh_is_not_offered_another_profile() {
    let mut local = app();
    assert!(draw(&mut local, 100, 30).contains("p switch profile"));
    let mut served = app();
    served.served = true;
    let screen = draw(&mut served, 100, 30);
    assert!(!screen.contains("switch profile"), "{screen}");
    assert_eq!(
        action_for(key(KeyCode::Char('p')), &served.mode()),
        None,
        "p means nothing there"
    );
}

#[test]
fn on_a_small_screen_the_sort_rows_still_tell_apart() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT)]);
    let screen = draw(&mut app, 60, 16);
    assert!(!screen.contains("Source…"), "{screen}");
}

#[test]
fn pens_down_hands_in_work_in_progress_and_a_closed_activity_does_not_open() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle, Back]);
    assert_eq!(app.work[SORT_AT].status(), Status::InProgress);
    assert_eq!(app.work[MATCH_AT].status(), Status::NotStarted);
    apply(&mut app, &[Open(CATEGORIZE_AT), PensDown]);
    assert!(matches!(app.screen, Screen::Home));
    assert_eq!(app.work[SORT_AT].status(), Status::Submitted);
    assert_eq!(
        app.work[MATCH_AT].status(),
        Status::NotStarted,
        "nothing started is handed in"
    );
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("Pens down"))
    );
    assert!(
        app.effects
            .contains(&Effect::SaveAnswer { activity: SORT_AT })
    );
    // Closed by the teacher: shown so, and not opened.
    app.closed.insert(MATCH_AT);
    apply(&mut app, &[Open(MATCH_AT)]);
    assert!(matches!(app.screen, Screen::Home));
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("closed")));
    assert!(draw(&mut app, 100, 30).contains("× closed"));
}

#[test]
fn closing_the_activity_a_student_is_in_takes_them_out_with_the_work_kept() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle]);
    let answer = app.work[SORT_AT].answer.clone();
    // Another activity closed: nothing changes for this student.
    app.closed.insert(MATCH_AT);
    apply(&mut app, &[ClosedChanged]);
    assert!(matches!(app.screen, Screen::Task(_)));
    app.closed.insert(SORT_AT);
    apply(&mut app, &[ClosedChanged]);
    assert!(matches!(app.screen, Screen::Home));
    assert_eq!(app.home.selected, SORT_AT);
    assert!(app.notice.as_deref().is_some_and(|n| n.contains("closed")));
    assert_eq!(app.work[SORT_AT].answer, answer, "the work is kept");
    assert_eq!(
        app.work[SORT_AT].status(),
        Status::InProgress,
        "not handed in"
    );
}

#[test]
fn every_option_of_a_match_is_in_view_and_the_chosen_one_is_in_full_beside_it() {
    // The bundled unit's matches have long options: at 100×30 they do not fit in full.
    let unit = classwork::bundled::default_unit().units.remove(0);
    let at = unit
        .activities
        .iter()
        .position(|a| a.kind() == classwork::activity::Kind::Match)
        .expect("a match in the bundled unit");
    let classwork::activity::Body::Match(m) = &unit.activities[at].body else {
        unreachable!("a match")
    };
    let options: Vec<(String, String, Option<String>)> = m
        .options
        .iter()
        .map(|o| (o.id.clone(), o.label.clone(), o.description.clone()))
        .collect();
    let text_items: Vec<usize> = (0..m.items.len())
        .filter(|&i| m.items[i].source.is_none())
        .collect();
    let mut app = App::new(unit, classwork::scoring::score_with_sources, Some(1));
    app.theme = classwork::tui::theme::Theme::plain();
    apply(&mut app, &[Open(at)]);
    // To an item given as text (the side panel shows a source's words for the others).
    let row = app.work[at]
        .order
        .iter()
        .position(|i| text_items.contains(i))
        .expect("an item given as text");
    apply(&mut app, &vec![Down; row]);
    apply(&mut app, &[Right]);
    let screen = draw(&mut app, 100, 30);
    let options_part = &screen[screen.find("Options").expect("the options")..];
    for (_, label, _) in &options {
        let start: String = label.chars().take(15).collect();
        assert!(options_part.contains(&start), "{label}:\n{screen}");
    }
    // The side panel shows the option chosen in full: the end of its description too.
    assert!(screen.contains("Your choice"), "{screen}");
    let Response::Match(chosen) = &app.work[at].answer.response else {
        unreachable!("a match's answer")
    };
    let chosen = chosen.values().next().expect("one option chosen");
    let (_, _, description) = options.iter().find(|(id, ..)| id == chosen).expect("known");
    let description = description.as_deref().expect("a description");
    let last_word = description.split_whitespace().last().expect("words");
    let side = screen
        .lines()
        .map(|l| l.rsplit('│').nth(1).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(side.contains(last_word), "{last_word}:\n{screen}");
    // An item that is a source: its words, then the option chosen for it.
    let source_row = app.work[at]
        .order
        .iter()
        .position(|i| !text_items.contains(i))
        .expect("an item that is a source");
    let items = app.work[at].order.len();
    apply(&mut app, &vec![Up; items]);
    apply(&mut app, &vec![Down; source_row]);
    apply(&mut app, &[Right]);
    let screen = draw(&mut app, 100, 60);
    assert!(screen.contains("Your choice"), "{screen}");
}

#[test]
fn a_review_opens_with_the_cursor_on_the_task_reviewed() {
    use classwork::activity::Body;
    use classwork::tui::app::TaskState;
    use classwork::tui::form::{self, Part};
    let app = app();
    let at = |i: usize, task: &str| TaskState::on_task(&app, i, task);
    let w = |i: usize| &app.work[i];
    let Body::Sort(s) = &app.unit.activities[SORT_AT].body else {
        panic!("a sort")
    };
    for row in &s.rows {
        let st = at(SORT_AT, &row.id);
        assert_eq!(s.rows[w(SORT_AT).order[st.row]].id, row.id);
    }
    let Body::Categorize(c) = &app.unit.activities[CATEGORIZE_AT].body else {
        panic!("a categorize")
    };
    for card in &c.cards {
        assert_eq!(c.cards[at(CATEGORIZE_AT, &card.id).row].id, card.id);
    }
    let Body::Match(m) = &app.unit.activities[MATCH_AT].body else {
        panic!("a match")
    };
    for item in &m.items {
        let st = at(MATCH_AT, &item.id);
        assert_eq!(m.items[w(MATCH_AT).order[st.row]].id, item.id);
    }
    let Response::Order { order, .. } = response(&app, TIMELINE_AT) else {
        panic!("an order")
    };
    for (k, id) in order.iter().enumerate() {
        assert_eq!(at(TIMELINE_AT, id).row, k);
    }
    let Body::Grid(g) = &app.unit.activities[GRID_AT].body else {
        panic!("a grid")
    };
    for cell in &g.cells {
        let st = at(GRID_AT, &format!("{}.{}", cell.row, cell.column));
        assert_eq!(
            (&g.rows[st.row].id, &g.columns[st.col].id),
            (&cell.row, &cell.column)
        );
    }
    for i in [CHOICE_AT, SHORT_AT] {
        let (Body::Choice(q) | Body::Short(q)) = &app.unit.activities[i].body else {
            panic!("questions")
        };
        let fields = form::fields(&app.unit.activities[i], Part::Main);
        let stops = form::stops(&fields);
        for question in &q.questions {
            let st = at(i, &question.id);
            assert_eq!(*fields[stops[st.row].0].prompt, *question.prompt);
        }
    }
    let follow_up = &app.unit.activities[SORT_AT].follow_up;
    assert!(!follow_up.is_empty());
    for question in follow_up {
        let st = at(SORT_AT, &question.id);
        assert_eq!(st.part, Part::FollowUp);
        let fields = form::fields(&app.unit.activities[SORT_AT], Part::FollowUp);
        assert_eq!(
            *fields[form::stops(&fields)[st.row].0].prompt,
            *question.prompt
        );
    }
}

#[test]
fn an_activity_without_instructions_says_so_in_the_panel() {
    let mut app = app();
    app.unit.activities[CHOICE_AT].instructions.clear();
    app.unit.activities[CHOICE_AT].hints.clear();
    apply(&mut app, &[Open(CHOICE_AT)]);
    let shown = draw(&mut app, 100, 30);
    assert!(shown.contains("This activity has no"), "{shown}");
}

#[test]
fn a_categorize_opens_on_the_first_card_listed() {
    let mut app = app();
    // Cards shuffled for the student: the pool's first card is not the activity's.
    app.work[CATEGORIZE_AT].order.reverse();
    let first = app.work[CATEGORIZE_AT].order[0];
    apply(&mut app, &[Open(CATEGORIZE_AT)]);
    assert!(matches!(&app.screen, Screen::Task(st) if st.row == first));
    // Down goes to the second card listed, and Up comes back to the first.
    apply(&mut app, &[Down]);
    assert!(matches!(&app.screen, Screen::Task(st) if st.row == app.work[CATEGORIZE_AT].order[1]));
    apply(&mut app, &[Up]);
    assert!(matches!(&app.screen, Screen::Task(st) if st.row == first));
    // With the first card placed, the activity opens on the pool's first card again.
    apply(&mut app, &[Pick(1), Back, Open(CATEGORIZE_AT)]);
    let pool_first = app.work[CATEGORIZE_AT].order[1];
    assert!(matches!(&app.screen, Screen::Task(st) if st.row == pool_first));
}

#[test]
fn the_panel_shows_the_card_under_the_cursor_in_full() {
    use classwork::activity::Body;
    let mut app = app();
    // Cards shuffled for the student: the pool's order is not the activity's.
    app.work[CATEGORIZE_AT].order.reverse();
    apply(&mut app, &[Open(CATEGORIZE_AT), Down, Down]);
    if matches!(&app.screen, Screen::Task(st) if st.instructions) {
        apply(&mut app, &[Instructions]);
    }
    let Screen::Task(st) = &app.screen else {
        panic!("the categorize")
    };
    let Body::Categorize(c) = &app.unit.activities[CATEGORIZE_AT].body else {
        panic!("a categorize")
    };
    let card = c.cards[st.row].clone();
    let shown = draw(&mut app, 120, 40);
    let panel: String = shown
        .lines()
        .filter_map(|l| l.split('│').nth(1))
        .collect::<Vec<_>>()
        .join(" ");
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words(&panel).contains(&words(&card.text)),
        "{:?} not in the panel:\n{shown}",
        card.text
    );
}
