//! How long a long paste takes to land in a text box: the text inserted into the open
//! editor (a report's section of the bundled unit), then the screen drawn once at 200×60,
//! the whole text wrapped. Target: 100,000 characters under 100 ms.
//!
//! Run with `cargo bench --bench paste`; figures are recorded in BENCHMARKS.md.

use classwork::activity::Kind;
use classwork::scoring::score_with_sources;
use classwork::tui::action::Action::{Activate, Open, Resize};
use classwork::tui::app::{App, update};
use classwork::tui::paste::paste;
use classwork::tui::theme::Theme;
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

/// The app on the bundled unit, writing the first section of its report.
fn writing() -> App {
    let unit = classwork::bundled::default_unit()
        .into_unit("bundled")
        .expect("the bundled unit loads");
    let report = unit
        .activities
        .iter()
        .position(|a| a.kind() == Kind::Report)
        .expect("the bundled report");
    let mut app = App::new(unit, score_with_sources, Some(1));
    app.theme = Theme::dark();
    for action in [
        Resize {
            width: 200,
            height: 60,
        },
        Open(report),
        Activate,
    ] {
        let mut next = Some(action);
        while let Some(a) = next {
            next = update(&mut app, a);
        }
    }
    assert!(app.editor.is_some(), "the section is open for writing");
    app
}

/// Words and line breaks, as a student's draft pasted from elsewhere looks.
fn text(chars: usize) -> String {
    let line = "The pact buys time, and Poland's east, at the price of trusting Hitler.\n";
    line.chars().cycle().take(chars).collect()
}

#[divan::bench(args = [3_000, 30_000, 100_000])]
fn paste_and_draw(bencher: Bencher, chars: usize) {
    let text = text(chars);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");
    bencher.with_inputs(writing).bench_local_values(|mut app| {
        paste(&mut app, &text);
        terminal
            .draw(|f| f.render_widget(&app, f.area()))
            .expect("drawing on a test terminal");
        app
    });
}
