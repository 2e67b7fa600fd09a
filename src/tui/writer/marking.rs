//! A teacher marking in the terminal: each rubric criterion (and unkeyed question) of a
//! submitted activity is given one of its levels; when the teacher is done the mark is
//! worked out again and the answer sheet written with the teacher's marks.

use super::super::action::Action;
use super::super::app::{App, Screen};
use crate::teacher::mark::{Markable, markable};

/// Where the teacher is in the criteria.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkState {
    /// Position of the activity in the unit.
    pub activity: usize,
    /// The criterion under the cursor.
    pub row: usize,
    /// Whether a mark was changed.
    pub changed: bool,
}

/// Opens marking on activity `i`, or says why it cannot be marked.
pub fn start(app: &mut App, i: usize) {
    let Some(a) = app.unit.activities.get(i) else {
        return;
    };
    if markable(a).is_empty() {
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

/// The marks a criterion can be given: its levels, or whole marks up to its most.
pub fn steps(m: &Markable) -> Vec<f64> {
    if m.levels.is_empty() {
        let top = m.max.floor() as u32;
        let mut out: Vec<f64> = (0..=top).map(f64::from).collect();
        if m.max > f64::from(top) {
            out.push(m.max);
        }
        out
    } else {
        m.levels.iter().map(|l| l.points).collect()
    }
}

/// Applies an action to the marking screen.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let Screen::Mark(st) = &app.screen else {
        return None;
    };
    let mut st = st.clone();
    let i = st.activity;
    let all = markable(&app.unit.activities[i]);
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
            app.screen = Screen::Feedback {
                activity: i,
                scroll: 0,
            };
            return None;
        }
        _ => {}
    }
    app.screen = Screen::Mark(st);
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::Level;

    #[test]
    fn steps_are_the_levels_or_whole_marks() {
        let level = |points| Level {
            points,
            description: String::new(),
        };
        let m = Markable {
            key: "k".into(),
            label: "K".into(),
            max: 4.0,
            levels: vec![level(0.0), level(2.0), level(4.0)],
        };
        assert_eq!(steps(&m), [0.0, 2.0, 4.0]);
        let q = Markable {
            levels: Vec::new(),
            max: 2.5,
            ..m
        };
        assert_eq!(steps(&q), [0.0, 1.0, 2.0, 2.5]);
    }
}
