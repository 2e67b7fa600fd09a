//! A rank's or a timeline's keys: move through the list, move an item, write the
//! justification.

use crate::activity::Body;
use crate::answer::Response;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::editor::Editor;
use crate::tui::form;
use crate::tui::form::TextTarget;
use crate::tui::query::order_rows;
use crate::tui::task::vertical;

/// Applies an action to the task on screen, whose state is `st`.
pub fn update(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let a = &app.unit.activities[st.activity];
    let w = &mut app.work[st.activity];
    let rows = order_rows(a);
    let Response::Order { order, .. } = &mut w.answer.response else {
        return None;
    };
    let n = order.len();
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => vertical(st, action, rows),
        Action::MoveItemUp if st.row > 0 && st.row < n => {
            order.swap(st.row, st.row - 1);
            st.row -= 1;
        }
        Action::MoveItemDown if st.row + 1 < n => {
            order.swap(st.row, st.row + 1);
            st.row += 1;
        }
        Action::Activate | Action::Toggle if st.row >= n => {
            let prompt = match &a.body {
                Body::Rank(r) => r.justification.as_ref().and_then(|j| j.prompt.clone()),
                _ => None,
            };
            let text = form::text(&w.answer, &TextTarget::Justification);
            app.editor = Some(Editor::open(
                TextTarget::Justification,
                prompt.unwrap_or_else(|| "Why this order?".into()),
                text,
                &app.theme,
            ));
        }
        _ => {}
    }
    None
}
