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
    let typed = st.typed.take();
    match action {
        Action::Pick(d) if st.row < n => st.typed = Some(typed_position(typed, d, n)),
        Action::Backspace => st.typed = typed.map(|p| p / 10).filter(|&p| p > 0),
        Action::Activate | Action::Toggle if st.row < n => {
            if let Some(to) = typed {
                let to = to.clamp(1, n) - 1;
                let id = order.remove(st.row);
                order.insert(to, id);
                st.row = to;
            }
        }
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
            let asked = match &a.body {
                Body::Rank(r) => r.justification.as_ref(),
                _ => None,
            };
            let prompt = asked.and_then(|j| j.prompt.clone());
            let text = form::text(&w.answer, &TextTarget::Justification);
            let mut editor = Editor::open(
                TextTarget::Justification,
                prompt.unwrap_or_else(|| "Why this order?".into()),
                text,
                &app.theme,
            );
            editor.least = asked.map_or(0, |j| j.min_words);
            app.editor = Some(editor);
        }
        _ => {}
    }
    None
}

/// The position typed so far after digit `d`: its digits run on while the number can still
/// be a position of the `n`, and start again when it cannot.
fn typed_position(typed: Option<usize>, d: usize, n: usize) -> usize {
    match typed.map(|p| p * 10 + d) {
        Some(p) if p <= n => p,
        _ => d,
    }
}

#[cfg(test)]
mod tests {
    use super::typed_position;

    #[test]
    fn digits_run_on_while_they_can_name_a_position() {
        assert_eq!(typed_position(None, 1, 19), 1);
        assert_eq!(typed_position(Some(1), 2, 19), 12);
        assert_eq!(typed_position(Some(1), 9, 19), 19);
        assert_eq!(
            typed_position(Some(2), 5, 19),
            5,
            "25 is past the end: start again"
        );
        assert_eq!(typed_position(Some(12), 3, 19), 3);
    }
}
