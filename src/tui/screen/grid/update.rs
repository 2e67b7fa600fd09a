//! A grid's keys: move through the cells and write in one.

use crate::activity::Body;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::editor::Editor;
use crate::tui::form;
use crate::tui::form::TextTarget;
use crate::tui::task::vertical;

/// Applies an action to the task on screen, whose state is `st`.
pub fn update(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let Body::Grid(g) = &app.unit.activities[st.activity].body else {
        return None;
    };
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            let col = st.col;
            vertical(st, action, g.rows.len());
            st.col = col;
        }
        Action::Left | Action::Right => {
            let col = if action == Action::Left {
                st.col.saturating_sub(1)
            } else {
                (st.col + 1).min(g.columns.len().saturating_sub(1))
            };
            // On another cell the side panel shows that cell in full.
            if col != st.col {
                st.col = col;
                st.instructions = false;
                st.scroll = 0;
            }
        }
        Action::Activate | Action::Toggle => {
            let (Some(r), Some(c)) = (g.rows.get(st.row), g.columns.get(st.col)) else {
                return None;
            };
            if g.cell(&r.id, &c.id).is_some_and(|c| c.given.is_some()) {
                return None;
            }
            let target = TextTarget::Cell(format!("{}.{}", r.id, c.id));
            let text = form::text(&app.work[st.activity].answer, &target);
            let title = format!("{} — {}", r.label, c.label);
            app.editor = Some(Editor::open(target, title, text, &app.theme));
        }
        _ => {}
    }
    None
}
