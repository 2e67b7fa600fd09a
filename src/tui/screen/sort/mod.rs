//! The screen of a sort: its bindings in the key table ([`KEYS`]), what its keys do
//! ([`update`](mod@update)), where its parts are ([`geometry`](mod@geometry)) and
//! how it is drawn ([`view`]).

pub mod geometry;
pub mod update;
pub mod view;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode::Char;
use ratatui::layout::Rect;

use super::{RowShown, TaskScreen};
use crate::activity::Body;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::Target;
use crate::tui::keymap::{KeyBinding, LEFT_RIGHT, N, S, Scope, TOGGLE};
use crate::tui::keys::Key::Is;
use crate::tui::keys::kb;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("Space", TOGGLE, "tick", Scope::Sort, true),
    kb("←→", LEFT_RIGHT, "column", Scope::Sort, false),
    kb("e/E", &[Is(Char('e'), N, Do::NextSentence), Is(Char('E'), S, Do::PrevSentence)], "pick sentence", Scope::Evidence, false),
    kb("m", &[Is(Char('m'), N, Do::MarkEvidence)], "mark evidence", Scope::Evidence, false),
];

/// The screen of a sort.
#[derive(Debug, Clone, Copy)]
pub struct SortScreen;

impl TaskScreen for SortScreen {
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
        let Body::Sort(s) = &app.unit.activities[st.activity].body else {
            return None;
        };
        let row = &s.rows[*app.work[st.activity].order.get(st.row)?];
        match (&row.source, &row.text) {
            (None, None) => None,
            (source, text) => Some(RowShown::of(source, &row.label, text.as_deref())),
        }
    }

    fn go_to(&self, app: &App, st: &mut TaskState, task: &str) {
        let Body::Sort(s) = &app.unit.activities[st.activity].body else {
            return;
        };
        let order = &app.work[st.activity].order;
        let found = order
            .iter()
            .position(|&r| s.rows.get(r).is_some_and(|x| *x.id == *task));
        st.row = found.unwrap_or(0);
    }
}
