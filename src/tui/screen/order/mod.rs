//! The screen of a rank or timeline: its bindings in the key table ([`KEYS`]), what its
//! keys do ([`update`](mod@update)), where its parts are ([`geometry`](mod@geometry)) and
//! how it is drawn ([`view`]).

pub mod geometry;
pub mod update;
pub mod view;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode::{Backspace, Char, Down, Up};
use ratatui::layout::Rect;

use super::{RowShown, TaskScreen};
use crate::answer::Response;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::Target;
use crate::tui::keymap::{KeyBinding, N, S, Scope, TOGGLE};
use crate::tui::keys::Key::{Digit, Is};
use crate::tui::keys::kb;
use crate::tui::query::order_item;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("J/K", &[Is(Char('J'), S, Do::MoveItemDown), Is(Char('K'), S, Do::MoveItemUp), Is(Down, S, Do::MoveItemDown), Is(Up, S, Do::MoveItemUp)], "move item", Scope::Order, true),
    kb("Shift+↑↓", &[Is(Up, S, Do::MoveItemUp), Is(Down, S, Do::MoveItemDown)], "move item up/down", Scope::Order, false),
    kb("0–9", &[Digit('0', '9', Do::Pick), Is(Backspace, N, Do::Backspace)], "type a position, then Enter to move the item there", Scope::Order, false),
    kb("Enter", TOGGLE, "move to the typed position / write justification", Scope::Order, false),
];

/// The screen of a rank or timeline.
#[derive(Debug, Clone, Copy)]
pub struct OrderScreen;

impl TaskScreen for OrderScreen {
    fn update(&self, app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
        update::update(app, st, action)
    }

    fn render(&self, app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) -> Option<Rect> {
        view::render(app, st, area, buf);
        geometry::anchor(app, st, area)
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

    fn row_shown<'a>(&self, app: &'a App, st: &TaskState) -> Option<RowShown<'a>> {
        let a = &app.unit.activities[st.activity];
        let item = order_item(a, &app.work[st.activity], st.row)?;
        Some(RowShown::of(
            &item.source,
            &item.text,
            item.description.as_deref(),
        ))
    }

    fn go_to(&self, app: &App, st: &mut TaskState, task: &str) {
        let Response::Order { order, .. } = &app.work[st.activity].answer.response else {
            return;
        };
        let found = if task == "justification" {
            Some(order.len())
        } else {
            order.iter().position(|id| id == task)
        };
        st.row = found.unwrap_or(0);
    }
}
