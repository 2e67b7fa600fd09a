//! Terminal injection through the terminal UI: every screen drawn with a unit whose texts
//! try to set the window title, clear the screen or hide text holds no character that
//! could drive a terminal; and the real binary, run in a pseudo-terminal on that unit,
//! writes none of the injected sequences.

#![cfg(feature = "tui")]

use crate::common;

use classwork::text::is_unsafe;
use classwork::tui::action::Action::{self, *};
use classwork::tui::{App, update};
use common::hostile::unit_files;
use common::pty::{Terminal, key};
use ratatui::Terminal as Screen;
use ratatui::backend::TestBackend;

fn app(dir: &std::path::Path) -> App {
    unit_files(dir);
    let unit = classwork::load::load_path(dir)
        .into_unit("evil")
        .expect("the unit loads");
    App::new(unit, classwork::scoring::score_with_sources, Some(1))
}

fn apply(app: &mut App, actions: &[Action]) {
    for &a in actions {
        let mut next = Some(a);
        while let Some(a) = next {
            next = update(app, a);
        }
    }
}

/// Draws the app and fails on any cell that holds a character that could drive a terminal;
/// returns the screen's text.
fn draw_clean(app: &mut App, width: u16, height: u16, what: &str) -> String {
    apply(app, &[Resize { width, height }]);
    let mut screen = Screen::new(TestBackend::new(width, height)).expect("a test terminal");
    screen
        .draw(|f| f.render_widget(&*app, f.area()))
        .expect("drawing on a test terminal");
    let buffer = screen.backend().buffer().clone();
    for cell in buffer.content() {
        let bad: Vec<String> = cell
            .symbol()
            .chars()
            .filter(|c| is_unsafe(*c) || *c == '\n' || *c == '\t')
            .map(|c| format!("U+{:04X}", u32::from(c)))
            .collect();
        assert!(
            bad.is_empty(),
            "{what} at {width}×{height} drew {bad:?}:\n{}",
            screen.backend()
        );
    }
    screen.backend().to_string()
}

#[test]
fn no_screen_draws_a_control_character_from_a_file() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let mut app = app(temp.path());
    let steps: Vec<(&str, Vec<Action>)> = vec![
        ("home", vec![]),
        ("help", vec![Help]),
        ("choice", vec![Back, Open(0)]),
        ("choice answered", vec![Down, Toggle]),
        ("instructions", vec![Instructions]),
        ("home again", vec![Back, Back, Back]),
        ("essay", vec![Open(1)]),
        (
            "essay written",
            vec![
                Activate,
                Char('t'),
                Char('r'),
                Char('a'),
                Char('d'),
                Char('e'),
                Back,
            ],
        ),
        ("submit", vec![Submit]),
        ("marks", vec![Yes]),
    ];
    let mut shown = String::new();
    for (what, actions) in steps {
        apply(&mut app, &actions);
        for (w, h) in [(80, 24), (120, 40)] {
            shown.push_str(&draw_clean(&mut app, w, h, what));
        }
    }
    assert!(shown.contains("pwned"), "the hostile text was never drawn");
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn the_binary_writes_no_injected_sequence() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let unit = temp.path().join("unit");
    unit_files(&unit);
    let data = temp.path().join("data");
    let mut term = Terminal::spawn(
        &[&unit.to_string_lossy(), "--profile", "Ada"],
        &[("CLASSWORK_DATA_DIR", &data.to_string_lossy())],
        100,
        30,
    );
    term.wait_for("pwned", 20);
    term.send(key::ENTER);
    term.wait_for("Which?", 10);
    term.send("?");
    term.send(key::ESC);
    term.send(key::ESC);
    term.send("q");
    term.wait_exit(10);
    let out = term.output();
    for (name, injected) in [
        ("the window title", &b"\x1b]0;"[..]),
        ("a bell", b"\x07"),
        ("hidden text", b"\x1b[8m"),
        ("a C1 control sequence", "\u{9b}".as_bytes()),
        ("a right-to-left override", "\u{202E}".as_bytes()),
        ("a directional isolate", "\u{2066}".as_bytes()),
    ] {
        assert!(!contains(&out, injected), "the output sets {name}");
    }
    assert!(contains(&out, b"pwned"), "the hostile text was drawn");
}
