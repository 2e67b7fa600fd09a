//! Doing part of an answer again: clearing the tasks a retry or a review asks again,
//! keeping every word written so it can be improved.

use super::Answer;

/// Clears the parts of an answer that belong to the given tasks (rows, cards, items,
/// questions, cells, sections), so only they are asked again.
fn clear_tasks(answer: &mut Answer, ids: &[&str]) {
    for &id in ids {
        answer.follow_up.remove(id);
        answer.response.clear_task(id);
    }
}

/// Clears the choices of the given tasks to be tried again, keeping every word written
/// (cells, short answers, evidence, justifications, follow-up answers, report text), so
/// it can be improved rather than typed again.
pub fn clear_to_retry(answer: &mut Answer, ids: &[&str]) {
    let kept = answer.clone();
    clear_tasks(answer, ids);
    answer.follow_up = kept.follow_up;
    answer.response.keep_words_from(kept.response);
}
