//! Every screen of the terminal UI at 80×24, driven by actions, as text snapshots.

#![cfg(feature = "tui")]

use crate::tui_fixtures;

use classwork::tui::action::Action::{self, *};
use insta::assert_snapshot;
use tui_fixtures::*;

fn screen(actions: &[Action]) -> String {
    let mut app = app();
    apply(&mut app, actions);
    draw(&mut app, 80, 24)
}

#[test]
fn home() {
    assert_snapshot!(screen(&[Down]));
}

/// At 60×16 the list gives the titles the room of the tries column.
#[test]
fn home_small() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle, SubmitNow, Back]);
    let shown = draw(&mut app, 60, 16);
    assert!(!shown.contains("Tries"), "{shown}");
    assert_snapshot!(shown);
}

#[test]
fn sort() {
    assert_snapshot!(screen(&[
        Open(SORT_AT),
        Toggle,
        Down,
        Right,
        Toggle,
        Right,
        Toggle
    ]));
}

#[test]
fn sort_evidence() {
    assert_snapshot!(screen(&[
        Open(SORT_AT),
        Toggle,
        NextSentence,
        MarkEvidence,
        NextSentence
    ]));
}

#[test]
fn sort_statement_row() {
    assert_snapshot!(screen(&[Open(SORT_AT), Down, Down, Right, Toggle]));
}

#[test]
fn source_viewer() {
    assert_snapshot!(screen(&[Open(SORT_AT), Down, NextPane]));
}

#[test]
fn follow_up() {
    assert_snapshot!(screen(&[
        Open(SORT_AT),
        NextPart,
        Activate,
        Char('I'),
        Char('t'),
        Back
    ]));
}

#[test]
fn categorize() {
    assert_snapshot!(screen(&[Open(CATEGORIZE_AT), Pick(1), Pick(2)]));
}

#[test]
fn matching() {
    assert_snapshot!(screen(&[Open(MATCH_AT), Right, Down, Pick(3)]));
}

#[test]
fn rank() {
    assert_snapshot!(screen(&[Open(RANK_AT), Down, MoveItemUp, Down, Down, Down]));
}

#[test]
fn rank_revisited() {
    assert_snapshot!(screen(&[
        Open(RANK_AT),
        MoveItemDown,
        SubmitNow,
        Retry,
        Down,
        Down,
        MoveItemUp
    ]));
}

#[test]
fn timeline() {
    assert_snapshot!(screen(&[Open(TIMELINE_AT), MoveItemDown, Down]));
}

#[test]
fn grid() {
    assert_snapshot!(screen(&[Open(GRID_AT), Down, Right]));
}

#[test]
fn grid_editing() {
    let typed: Vec<Action> = "Old Bolshevik".chars().map(Char).collect();
    let mut actions = vec![Open(GRID_AT), Down, Activate];
    actions.extend(typed);
    actions.extend([Newline, Char('x')]);
    assert_snapshot!(screen(&actions));
}

#[test]
fn choice() {
    assert_snapshot!(screen(&[
        Open(CHOICE_AT),
        Toggle,
        Down,
        Down,
        Toggle,
        Down,
        Down,
        Toggle
    ]));
}

#[test]
fn short() {
    let mut actions = vec![Open(SHORT_AT), Activate];
    actions.extend("To fight fascism in Spain.".chars().map(Char));
    actions.extend([Back, Down]);
    assert_snapshot!(screen(&actions));
}

#[test]
fn help_overlay() {
    assert_snapshot!(screen(&[Open(SORT_AT), Help]));
}

#[test]
fn quit_confirm() {
    // Asked only when the work could not be saved: the banner says why.
    let mut app = app();
    app.progress.problem = Some(
        "the progress database /data/progress.db is in use by another classwork; close it \
         and try again, or use another folder with --data-dir"
            .into(),
    );
    apply(&mut app, &[Open(CATEGORIZE_AT), Pick(1), Quit]);
    app.confirm_quit_unsaved();
    assert_snapshot!(draw(&mut app, 80, 24));
}

#[test]
fn submit_confirm() {
    assert_snapshot!(screen(&[Open(CATEGORIZE_AT), Pick(1), Submit]));
}

#[test]
fn feedback() {
    assert_snapshot!(screen(&[Open(SORT_AT), Toggle, Submit, Yes]));
}

#[test]
fn home_after_work() {
    assert_snapshot!(screen(&[
        Open(SORT_AT),
        Toggle,
        SubmitNow,
        Back,
        Open(MATCH_AT),
        Right,
        Back
    ]));
}

#[test]
fn too_small() {
    let mut app = app();
    assert_snapshot!(draw(&mut app, 50, 12));
}

#[test]
fn larger_screen() {
    let mut app = app();
    apply(&mut app, &[Open(SORT_AT), Toggle, Down]);
    assert_snapshot!(draw(&mut app, 120, 32));
}
