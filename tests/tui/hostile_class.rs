//! Terminal injection through the class results: a student whose name in their hand-in
//! holds a bidirectional override, an escape sequence and a bell. Nothing the class UI
//! draws holds a character that could drive a terminal, and the real binary, run in a
//! pseudo-terminal on that class, writes none of them.

#![cfg(feature = "tui")]

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;

use classwork::activity::Unit;
use classwork::answer::{Answer, Response};
use classwork::scoring::perfect_answer_with_sources;
use classwork::teacher::read_class;
use classwork::text::is_unsafe;
use classwork::tui::class::action::ClassAction::{self, *};
use classwork::tui::class::action::Tab;
use classwork::tui::class::{ClassApp, update};
use common::class::hand_in;
use common::pty::Terminal;
use ratatui::Terminal as Screen;
use ratatui::backend::TestBackend;

/// A name that reverses what follows it, sets the window title and rings the bell.
const NAME: &str = "Eve \u{202E}evil\u{1b}]0;pwned\u{7} Moreau";

fn unit() -> Unit {
    classwork::bundled::default_unit().units.remove(0)
}

/// A class of one: everything answered as the key says, the essay (which holds the name
/// too) waiting for the teacher.
fn generate(root: &Path, unit: &Unit) {
    hand_in(&root.join("eve"), unit, NAME, "2026-11-21T10:00:00Z", |a| {
        let perfect = perfect_answer_with_sources(a, &unit.sources);
        Some(if a.id == "final_essay" {
            let Response::Essay(text) = &perfect.response else {
                panic!("the final essay is an essay")
            };
            Answer {
                teacher: BTreeMap::new(),
                response: Response::Essay(format!("{NAME} wrote: {text}")),
                ..perfect
            }
        } else {
            perfect
        })
    });
}

/// Draws the class UI after `actions` and fails on any cell holding a character that could
/// drive a terminal; returns the screen's text.
fn draw_clean(app: &mut ClassApp, actions: &[ClassAction], what: &str) -> String {
    for &a in actions {
        update(app, a);
    }
    let mut screen = Screen::new(TestBackend::new(120, 40)).expect("a test terminal");
    screen
        .draw(|f| f.render_widget(&*app, f.area()))
        .expect("drawing on a test terminal");
    let buffer = screen.backend().buffer();
    for cell in &buffer.content {
        assert!(
            !cell.symbol().chars().any(is_unsafe),
            "{what}: a cell holds {:?}",
            cell.symbol()
        );
    }
    screen.backend().to_string()
}

#[test]
fn every_tab_of_the_class_results_draws_a_hostile_name_harmlessly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let unit = unit();
    generate(dir.path(), &unit);
    let class = read_class(dir.path(), &unit);
    let mut app = ClassApp::new(unit, dir.path().to_path_buf(), class);
    update(
        &mut app,
        Resize {
            width: 120,
            height: 40,
        },
    );
    let gradebook = draw_clean(&mut app, &[], "gradebook");
    assert!(
        gradebook.contains("Eve �evil�]0;pwned� Moreau"),
        "{gradebook}"
    );
    let marking = draw_clean(&mut app, &[Show(Tab::Marking)], "marking");
    assert!(marking.contains("Eve �evil"), "{marking}");
    for tab in [Tab::Items, Tab::HeatMap, Tab::Problems, Tab::Gradebook] {
        draw_clean(&mut app, &[Show(tab)], &format!("{tab:?}"));
    }
    draw_clean(&mut app, &[Help], "help");
}

#[test]
fn the_real_binary_writes_no_character_of_a_hostile_name_that_drives_a_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    generate(dir.path(), &unit());
    let class = dir.path().to_string_lossy().to_string();
    let mut term = Terminal::spawn(&["class", &class], &[], 120, 40);
    term.wait_for("Gradebook", 20);
    term.wait_for("evil", 5);
    term.send("4");
    term.wait_for("still to mark", 10);
    term.send("q");
    assert!(term.wait_exit(10).is_some());
    let out = term.output();
    let has = |needle: &[u8]| out.windows(needle.len()).any(|w| w == needle);
    assert!(
        !has("\u{202E}".as_bytes()),
        "a raw U+202E reached the terminal"
    );
    assert!(
        !has(b"\x1b]0;"),
        "the title-setting sequence reached the terminal"
    );
    assert!(!has(b"\x07"), "a bell reached the terminal");
}
