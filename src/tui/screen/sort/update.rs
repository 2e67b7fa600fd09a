//! A sort's keys: move through the table, tick a row's columns, and pick the sentence of
//! its source that is the evidence.

use crate::activity::Body;
use crate::answer::Response;
use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::query::evidence_text;
use crate::tui::query::sentences;
use crate::tui::task::vertical;

/// Applies an action to the task on screen, whose state is `st`.
pub fn update(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let Body::Sort(s) = &app.unit.activities[st.activity].body else {
        return None;
    };
    let w = &mut app.work[st.activity];
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            vertical(st, action, s.rows.len())
        }
        Action::Left => st.col = st.col.saturating_sub(1),
        Action::Right => st.col = (st.col + 1).min(s.columns.len().saturating_sub(1)),
        Action::Toggle | Action::Activate => {
            let (Some(&r), Some(c)) = (w.order.get(st.row), s.columns.get(st.col)) else {
                return None;
            };
            if let Response::Sort { ticks, .. } = &mut w.answer.response {
                let row = &*s.rows[r].id;
                let set = ticks.entry(row.to_string()).or_default();
                if !set.remove(&*c.id) {
                    set.insert(c.id.clone());
                }
                if set.is_empty() {
                    ticks.remove(row);
                }
            }
        }
        _ => {}
    }
    None
}

/// Moves through the sentences of the row's source, or marks the one picked as its evidence
/// (again: unmarks it).
pub fn mark_evidence(app: &mut App, st: &mut TaskState, action: Action) {
    let a = &app.unit.activities[st.activity];
    let w = &mut app.work[st.activity];
    let Some(text) = evidence_text(&app.unit, a, w, st.row) else {
        return;
    };
    let spans = sentences(text);
    if spans.is_empty() {
        return;
    }
    let n = spans.len();
    st.instructions = false;
    match (action, st.sentence) {
        (Action::NextSentence | Action::MarkEvidence, None) => st.sentence = Some(0),
        (Action::PrevSentence, None) => st.sentence = Some(n - 1),
        (Action::NextSentence, Some(k)) => st.sentence = Some((k + 1) % n),
        (Action::PrevSentence, Some(k)) => st.sentence = Some((k + n - 1) % n),
        (Action::MarkEvidence, Some(k)) => {
            let quote = text[spans[k.min(n - 1)].clone()].to_string();
            let Body::Sort(s) = &a.body else { return };
            let Some(&r) = w.order.get(st.row) else {
                return;
            };
            if let Response::Sort { evidence, .. } = &mut w.answer.response {
                let row = s.rows[r].id.to_string();
                if evidence.get(&row) == Some(&quote) {
                    evidence.remove(&row);
                } else {
                    evidence.insert(row, quote);
                }
            }
        }
        _ => {}
    }
    if action != Action::MarkEvidence {
        st.scroll = crate::tui::geometry::sources::sentence_scroll(app, st);
    }
}
