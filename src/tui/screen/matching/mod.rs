//! The screen of a match: its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)), where its parts are ([`geometry`](mod@geometry)), the lines
//! both measure ([`content`]) and how it is drawn ([`view`]).

pub mod content;
pub mod geometry;
pub mod update;
pub mod view;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode::{Backspace, Char, Delete, Enter, Left, Right};
use ratatui::layout::Rect;

use super::{RowShown, TaskScreen};
use crate::activity::Body;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::Target;
use crate::tui::keymap::{KeyBinding, N, PICK, Scope};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("←→", &[Is(Left, N, Do::Left), Is(Right, N, Do::Right), Is(Char('h'), N, Do::Left), Is(Char('l'), N, Do::Right), Is(Char(' '), N, Do::Toggle), Is(Enter, N, Do::Activate)], "choose", Scope::Match, true),
    kb("1–9", &[PICK], "choose option N", Scope::Match, false),
    kb("⌫", &[Is(Backspace, N, Do::ReturnToPool), Is(Char('0'), N, Do::ReturnToPool), Is(Delete, N, Do::ReturnToPool)], "clear the option", Scope::Match, false),
];

/// The screen of a match.
#[derive(Debug, Clone, Copy)]
pub struct MatchScreen;

impl TaskScreen for MatchScreen {
    fn update(&self, app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
        update::update(app, st, action)
    }

    fn render(&self, app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) -> Option<Rect> {
        view::render(app, st, area, buf);
        None
    }

    fn status(&self, app: &App, i: usize) -> String {
        view::status(app, i)
    }

    fn targets(&self, app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
        geometry::targets(app, st, area, out);
    }

    fn row_shown<'a>(&self, app: &'a App, st: &TaskState) -> Option<RowShown<'a>> {
        let Body::Match(m) = &app.unit.activities[st.activity].body else {
            return None;
        };
        let item = &m.items[*app.work[st.activity].order.get(st.row)?];
        Some(RowShown::of(
            &item.source,
            &item.text,
            item.description.as_deref(),
        ))
    }

    fn go_to(&self, app: &App, st: &mut TaskState, task: &str) {
        let Body::Match(m) = &app.unit.activities[st.activity].body else {
            return;
        };
        let order = &app.work[st.activity].order;
        let found = order
            .iter()
            .position(|&r| m.items.get(r).is_some_and(|x| *x.id == *task));
        st.row = found.unwrap_or(0);
    }
}
