//! The screen of questions: its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)), where its parts are ([`geometry`](mod@geometry)), the lines
//! both measure ([`content`]) and how it is drawn ([`view`]). Questions: choice, short
//! answers, an essay or report outside the writer, and follow-up questions.

pub mod content;
pub mod geometry;
pub mod update;
pub mod view;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode::{Char, Enter};
use ratatui::layout::Rect;

use super::TaskScreen;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::cursor::question_stop;
use crate::tui::form::Part;
use crate::tui::geometry::Target;
use crate::tui::keymap::{KeyBinding, LEFT_RIGHT, N, Scope};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("Space", &[Is(Char(' '), N, Do::Toggle)], "choose", Scope::Questions, false),
    kb("Enter", &[Is(Enter, N, Do::Activate)], "answer", Scope::Questions, true),
    kb("←→", LEFT_RIGHT, "previous/next question", Scope::Questions, false),
];

/// The screen of questions.
#[derive(Debug, Clone, Copy)]
pub struct QuestionsScreen;

impl TaskScreen for QuestionsScreen {
    fn update(&self, app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
        update::update(app, st, action)
    }

    fn render(&self, app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) -> Option<Rect> {
        view::render(app, st, area, buf)
    }

    fn status(&self, app: &App, i: usize) -> String {
        view::status(app, i)
    }

    fn targets(&self, app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
        geometry::targets(app, st, area, out);
    }
    fn anchor(&self, app: &App, st: &TaskState, area: Rect) -> Option<Rect> {
        geometry::anchor(app, st, area)
    }

    fn go_to(&self, app: &App, st: &mut TaskState, task: &str) {
        st.row = question_stop(app, st.activity, Part::Main, task).unwrap_or(0);
    }
}
