//! What the keys do on any task (the panes, the parts, submitting) and the clicks on its
//! pane; each kind's own keys are its screen's (`super::screen`).

use super::action::Action;
use super::app::{App, Focus, Overlay, Screen, TaskState};
use super::form::Part;
use super::geometry::Target;
use super::query::order_rows;
use crate::activity::Body;

/// Applies an action to the activity on screen.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let Screen::Task(st) = &app.screen else {
        return None;
    };
    let mut st = st.clone();
    let i = st.activity;
    let before = app.work[i].answer.clone();
    let next = step(app, &mut st, action);
    if let Screen::Task(cur) = &mut app.screen
        && cur.activity == i
    {
        *cur = st;
    }
    if app.work[i].answer != before {
        app.touch(i);
    }
    next
}

/// Moves the cursor to `row`; on another row the viewer shows that row's source from the top.
pub fn moved(st: &mut TaskState, row: usize) {
    if row != st.row {
        st.row = row;
        st.instructions = false;
        st.scroll = 0;
        st.sentence = None;
    }
}

fn step(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let a = &app.unit.activities[st.activity];
    match action {
        Action::Back => {
            if st.focus == Focus::Viewer {
                st.focus = Focus::Task;
            } else {
                app.go_home(st.activity);
            }
            return None;
        }
        Action::NextPane => {
            st.focus = match st.focus {
                Focus::Task => Focus::Viewer,
                Focus::Viewer => Focus::Task,
            };
            return None;
        }
        Action::Submit => {
            app.overlay = Some(Overlay::ConfirmSubmit);
            return None;
        }
        Action::SubmitNow => return Some(Action::Score),
        Action::Instructions => {
            st.instructions = !st.instructions;
            st.scroll = 0;
            return None;
        }
        Action::NextPart | Action::PrevPart => {
            let part = if action == Action::NextPart && !a.follow_up.is_empty() {
                Part::FollowUp
            } else {
                Part::Main
            };
            if part == Part::Main
                && let Some(writer) = super::screen::writer::update::screen_for(app, st.activity)
            {
                app.screen = writer;
                return None;
            }
            if part != st.part {
                st.part = part;
                st.row = 0;
                st.col = 0;
                st.focus = Focus::Task;
            }
            return None;
        }
        _ => {}
    }
    let evidence = matches!(&a.body, Body::Sort(s) if s.require_evidence) && st.part == Part::Main;
    if evidence
        && matches!(
            action,
            Action::NextSentence | Action::PrevSentence | Action::MarkEvidence
        )
    {
        super::screen::sort::update::mark_evidence(app, st, action);
        return None;
    }
    if st.focus == Focus::Viewer {
        let max = super::geometry::sources::max_scroll(app, st);
        match action {
            Action::Up => st.scroll = st.scroll.saturating_sub(1),
            Action::Down => st.scroll = st.scroll.saturating_add(1).min(max),
            Action::PageUp => st.scroll = st.scroll.saturating_sub(10),
            Action::PageDown => st.scroll = st.scroll.saturating_add(10).min(max),
            _ => {}
        }
        return None;
    }
    let keys = super::screen::task_keys(a, st.part);
    super::screen::of(keys).update(app, st, action)
}

/// Moves a cursor up or down a list of `n`.
pub fn vertical(st: &mut TaskState, action: Action, n: usize) {
    let last = n.saturating_sub(1);
    let row = match action {
        Action::Up => st.row.saturating_sub(1),
        Action::Down => (st.row + 1).min(last),
        Action::PageUp => st.row.saturating_sub(5),
        Action::PageDown => (st.row + 5).min(last),
        _ => st.row,
    };
    moved(st, row);
}

/// What a click on a part of a task does.
pub fn click(app: &mut App, target: Target, drag: bool) -> Option<Action> {
    let Screen::Task(st) = &mut app.screen else {
        return None;
    };
    if target == Target::ViewerPane {
        st.focus = Focus::Viewer;
        return None;
    }
    st.focus = Focus::Task;
    let act = (!drag).then_some(Action::Activate);
    match target {
        Target::SortCell { row, col } => {
            moved(st, row);
            st.col = col;
            act
        }
        Target::Row(row) => {
            moved(st, row);
            None
        }
        Target::Bucket(b) => (!drag).then_some(Action::Pick(b + 1)),
        Target::Pool => (!drag).then_some(Action::ReturnToPool),
        Target::MatchOption(o) => (!drag).then_some(Action::Pick(o + 1)),
        Target::OrderRow(p) => {
            if drag && p != st.row {
                let a = &app.unit.activities[st.activity];
                let items = order_rows(a)
                    - usize::from(matches!(&a.body, Body::Rank(r) if r.justification.is_some()));
                if p < items && st.row < items {
                    return Some(if p < st.row {
                        Action::MoveItemUp
                    } else {
                        Action::MoveItemDown
                    });
                }
                return None;
            }
            moved(st, p);
            act
        }
        Target::GridCell { row, col } => {
            moved(st, row);
            st.col = col;
            act
        }
        Target::Stop(s) => {
            moved(st, s);
            act
        }
        _ => None,
    }
}
