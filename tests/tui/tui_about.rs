//! The unit's description and the selected activity's title, read in full at any size: the
//! home screen cuts the description where it must and says so; `i` shows all of it in a box
//! that scrolls when the window is short, and any other key closes.

#![cfg(feature = "tui")]

use crate::tui_fixtures::{apply, draw};

use classwork::tui::action::Action;
use classwork::tui::app::{App, Overlay};
use classwork::tui::theme::Theme;
use insta::assert_snapshot;

fn bundled_app() -> App {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let mut app = App::new(unit, classwork::scoring::score_with_sources, Some(1));
    app.theme = Theme::plain();
    app
}

/// The screen's text as one line per row, spaces squeezed, for searching across wraps.
fn words(screen: &str) -> String {
    screen
        .split(|c: char| c.is_whitespace() || c == '║' || c == '"')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_cut_description_says_where_the_rest_is_and_the_box_shows_it_all() {
    let mut app = bundled_app();
    let description = app.unit.description.clone().expect("the unit has one");
    let home = draw(&mut app, 60, 16);
    assert!(home.contains("… (i: all)"), "{home}");
    apply(&mut app, &[Action::Down, Action::About]);
    let first = draw(&mut app, 60, 16);
    assert_snapshot!(first);
    // Scrolled to the end, every word of the description has been on screen, and the
    // selected activity's whole title.
    let mut seen = words(&first);
    for _ in 0..30 {
        apply(&mut app, &[Action::Down]);
        seen.push(' ');
        seen.push_str(&words(&draw(&mut app, 60, 16)));
    }
    for word in description.split_whitespace() {
        assert!(seen.contains(word), "{word} never shown:\n{seen}");
    }
    let title = app.unit.activities[1].title.clone();
    let last = draw(&mut app, 60, 16);
    assert!(words(&last).contains(&format!("2. {title}")), "{last}");
    // Past the end the box stays put: one step up shows the line above again.
    apply(&mut app, &[Action::Up]);
    assert_ne!(draw(&mut app, 60, 16), last);
    // Any other key closes it, and acts on nothing else.
    apply(&mut app, &[Action::Back]);
    assert_eq!(app.overlay, None);
    assert_eq!(app.home.selected, 1);
}

#[test]
fn where_the_description_fits_nothing_is_cut_and_the_box_does_not_scroll() {
    let mut app = bundled_app();
    let home = draw(&mut app, 200, 60);
    assert!(!home.contains("(i: all)"), "{home}");
    apply(&mut app, &[Action::About]);
    let screen = draw(&mut app, 200, 60);
    assert!(screen.contains("any key closes"), "{screen}");
    assert!(!screen.contains("scroll · any key closes"), "{screen}");
    apply(&mut app, &[Action::Down]);
    assert_eq!(app.overlay, Some(Overlay::About(0)));
}
