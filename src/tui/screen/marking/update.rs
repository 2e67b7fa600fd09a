//! What the keys do while a teacher marks: open marking, give each criterion a level, and
//! score the activity again when done.

use super::{MarkState, steps};
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};

/// Opens marking on activity `i`, or says why it cannot be marked.
pub fn start(app: &mut App, i: usize) {
    let Some(a) = app.unit.activities.get(i) else {
        return;
    };
    if a.markable().is_empty() {
        app.notice = Some(format!("Nothing in “{}” is marked by a teacher.", a.title));
    } else if app.work[i].scores.is_empty() {
        app.notice = Some("Submit it first: only submitted work is marked.".into());
    } else {
        app.screen = Screen::Mark(MarkState {
            activity: i,
            row: 0,
            changed: false,
        });
    }
}

/// Applies an action to the marking screen.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let Screen::Mark(st) = &app.screen else {
        return None;
    };
    let mut st = st.clone();
    let i = st.activity;
    let all = app.unit.activities[i].markable();
    let teacher = &mut app.work[i].answer.teacher;
    match (action, all.get(st.row)) {
        (Action::Up, _) => st.row = st.row.saturating_sub(1),
        (Action::Down, _) => st.row = (st.row + 1).min(all.len().saturating_sub(1)),
        (Action::Left | Action::Right, Some(m)) => {
            let steps = steps(m);
            let now = teacher
                .get(&m.key)
                .and_then(|v| steps.iter().position(|s| s == v));
            let to = match (now, action == Action::Right) {
                (None, true) => 0,
                (None, false) => steps.len().saturating_sub(1),
                (Some(k), true) => (k + 1).min(steps.len().saturating_sub(1)),
                (Some(k), false) => k.saturating_sub(1),
            };
            if let Some(&v) = steps.get(to) {
                teacher.insert(m.key.clone(), v);
                st.changed = true;
            }
        }
        (Action::Backspace | Action::ReturnToPool, Some(m)) => {
            st.changed |= teacher.remove(&m.key).is_some();
        }
        (Action::Back | Action::Activate, _) => {
            if st.changed {
                app.rescore(i);
            }
            app.screen = Screen::marks_of(i);
            return None;
        }
        _ => {}
    }
    app.screen = Screen::Mark(st);
    None
}
