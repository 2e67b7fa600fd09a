//! The screen of a grid: its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)), where its parts are ([`geometry`](mod@geometry)) and
//! how it is drawn ([`view`]).

pub mod geometry;
pub mod update;
pub mod view;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{RowShown, TaskScreen};
use crate::activity::Body;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::Target;
use crate::tui::keymap::{KeyBinding, LEFT_RIGHT, Scope, TOGGLE};
use crate::tui::keys::kb;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("←→", LEFT_RIGHT, "column", Scope::Grid, false),
    kb("Enter", TOGGLE, "write", Scope::Grid, true),
];

/// The screen of a grid.
#[derive(Debug, Clone, Copy)]
pub struct GridScreen;

impl TaskScreen for GridScreen {
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
        let Body::Grid(g) = &app.unit.activities[st.activity].body else {
            return None;
        };
        view::cell_shown(g, &app.work[st.activity].answer, st)
    }

    fn go_to(&self, app: &App, st: &mut TaskState, task: &str) {
        let Body::Grid(g) = &app.unit.activities[st.activity].body else {
            return;
        };
        let Some((row, column)) = task.split_once('.') else {
            return;
        };
        if let (Some(r), Some(c)) = (
            g.rows.iter().position(|r| r.id == row),
            g.columns.iter().position(|c| c.id == column),
        ) {
            (st.row, st.col, st.instructions) = (r, c, false);
        }
    }
}
