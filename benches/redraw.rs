//! How long one full redraw of each screen of the terminal UI takes.
//!
//! Each screen is set up on the bundled unit (the busiest content classwork ships), then
//! drawn on ratatui's `TestBackend` at 80×24 and at 200×60. Target: the busiest screen
//! under 0.5 ms at 200×60.
//!
//! Run with `cargo bench --bench redraw`; figures are recorded in BENCHMARKS.md.

use classwork::activity::Kind;
use classwork::scoring::score_with_sources;
use classwork::tui::action::Action::{self, *};
use classwork::tui::app::{App, update};
use classwork::tui::theme::Theme;
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

const SCREENS: &[&str] = &[
    "home",
    "sort",
    "categorize",
    "match",
    "rank",
    "timeline",
    "grid",
    "choice",
    "short",
    "essay",
    "report",
    "viewer",
    "help",
    "feedback",
];

/// The app on the bundled unit, showing `screen`.
fn app(screen: &str, width: u16, height: u16) -> App {
    let loaded = classwork::bundled::default_unit();
    let unit = loaded.into_unit("bundled").expect("the bundled unit loads");
    let find = |k: Kind| {
        unit.activities
            .iter()
            .position(|a| a.kind() == k)
            .unwrap_or(0)
    };
    let open = |k: Kind| vec![Open(find(k)), Down, Toggle, Right, Toggle];
    let actions: Vec<Action> = match screen {
        "home" => vec![Down],
        "sort" => open(Kind::Sort),
        "categorize" => vec![Open(find(Kind::Categorize)), Pick(1), Pick(2), Down],
        "match" => open(Kind::Match),
        "rank" => vec![Open(find(Kind::Rank)), MoveItemDown],
        "timeline" => vec![Open(find(Kind::Timeline)), MoveItemDown, Down],
        "grid" => open(Kind::Grid),
        "choice" => open(Kind::Choice),
        "short" => open(Kind::Short),
        "essay" => vec![Open(find(Kind::Essay))],
        "report" => vec![Open(find(Kind::Report)), Down],
        "viewer" => vec![Open(find(Kind::Sort)), NextPane, Down],
        "help" => vec![Open(find(Kind::Sort)), Help],
        _ => vec![Open(find(Kind::Sort)), Toggle, Down, Toggle, SubmitNow],
    };
    let mut app = App::new(unit, score_with_sources, Some(1));
    app.theme = Theme::dark();
    let mut all = vec![Resize { width, height }];
    all.extend(actions);
    for a in all {
        let mut next = Some(a);
        while let Some(a) = next {
            next = update(&mut app, a);
        }
    }
    app
}

fn redraw(bencher: Bencher, screen: &str, width: u16, height: u16) {
    let app = app(screen, width, height);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    bencher.bench_local(|| {
        terminal
            .draw(|f| f.render_widget(&app, f.area()))
            .expect("drawing on a test terminal");
    });
}

#[divan::bench(args = SCREENS)]
fn at_80x24(bencher: Bencher, screen: &str) {
    redraw(bencher, screen, 80, 24);
}

#[divan::bench(args = SCREENS)]
fn at_200x60(bencher: Bencher, screen: &str) {
    redraw(bencher, screen, 200, 60);
}
