//! The screen of a categorize: its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)), where its parts are ([`geometry`](mod@geometry)), the lines
//! both measure ([`content`]) and how it is drawn ([`view`]).

pub mod content;
pub mod geometry;
pub mod update;
pub mod view;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode::{Backspace, Char, Delete};
use ratatui::layout::Rect;

use super::{RowShown, TaskScreen};
use crate::activity::Body;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::Target;
use crate::tui::keymap::{KeyBinding, LEFT_RIGHT, N, PICK, Scope, TOGGLE};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("1–9", &[PICK], "to bucket N", Scope::Categorize, true),
    kb("←→", LEFT_RIGHT, "previous/next bucket", Scope::Categorize, false),
    kb("⌫/0", &[Is(Backspace, N, Do::ReturnToPool), Is(Char('0'), N, Do::ReturnToPool), Is(Delete, N, Do::ReturnToPool)], "back to the pool", Scope::Categorize, false),
    kb("Space", TOGGLE, "next bucket", Scope::Categorize, false),
];

/// The screen of a categorize.
#[derive(Debug, Clone, Copy)]
pub struct CategorizeScreen;

impl TaskScreen for CategorizeScreen {
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

    /// A categorize's cursor is the card's place in the activity, not in the pool.
    fn row_shown<'a>(&self, app: &'a App, st: &TaskState) -> Option<RowShown<'a>> {
        let Body::Categorize(c) = &app.unit.activities[st.activity].body else {
            return None;
        };
        let card = c.cards.get(st.row)?;
        Some(RowShown::of(&card.source, &card.text, None))
    }

    fn go_to(&self, app: &App, st: &mut TaskState, task: &str) {
        let Body::Categorize(c) = &app.unit.activities[st.activity].body else {
            return;
        };
        st.row = c.cards.iter().position(|c| *c.id == *task).unwrap_or(0);
    }
}
