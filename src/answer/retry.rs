//! Doing part of an answer again: clearing the tasks a retry or a review asks again,
//! keeping every word written so it can be improved.

use super::{Answer, Response};

/// Clears the parts of an answer that belong to the given tasks (rows, cards, items,
/// questions, cells, sections), so only they are asked again.
fn clear_tasks(answer: &mut Answer, ids: &[&str]) {
    for &id in ids {
        answer.follow_up.remove(id);
        match &mut answer.response {
            Response::Sort { ticks, evidence } => {
                let row = id.strip_suffix(".evidence");
                if let Some(row) = row {
                    evidence.remove(row);
                } else {
                    ticks.remove(id);
                    evidence.remove(id);
                }
            }
            Response::Categorize(m)
            | Response::Match(m)
            | Response::Grid(m)
            | Response::Short(m) => {
                m.remove(id);
            }
            Response::Choice(m) => {
                m.remove(id);
            }
            Response::Order { justification, .. } => {
                if id == "justification" {
                    justification.clear();
                }
            }
            Response::Report {
                cover,
                sections,
                decision,
            } => {
                cover.remove(id);
                sections.remove(id);
                if id == "decision" {
                    *decision = None;
                }
            }
            Response::Essay(_) | Response::Empty => {}
        }
    }
}

/// Clears the choices of the given tasks to be tried again, keeping every word written
/// (cells, short answers, evidence, justifications, follow-up answers, report text), so
/// it can be improved rather than typed again.
pub fn clear_to_retry(answer: &mut Answer, ids: &[&str]) {
    let kept = answer.clone();
    clear_tasks(answer, ids);
    answer.follow_up = kept.follow_up;
    match (&mut answer.response, kept.response) {
        (Response::Sort { evidence, .. }, Response::Sort { evidence: e, .. }) => *evidence = e,
        (Response::Grid(m), Response::Grid(k)) | (Response::Short(m), Response::Short(k)) => {
            *m = k;
        }
        (
            Response::Order { justification, .. },
            Response::Order {
                justification: j, ..
            },
        ) => {
            *justification = j;
        }
        (
            Response::Report {
                cover, sections, ..
            },
            Response::Report {
                cover: c,
                sections: s,
                ..
            },
        ) => {
            *cover = c;
            *sections = s;
        }
        // Nothing else holds words a retry clears, and an answer of another kind keeps
        // nothing from this one.
        (
            Response::Empty
            | Response::Sort { .. }
            | Response::Categorize(_)
            | Response::Match(_)
            | Response::Order { .. }
            | Response::Grid(_)
            | Response::Choice(_)
            | Response::Short(_)
            | Response::Essay(_)
            | Response::Report { .. },
            _,
        ) => {}
    }
}
