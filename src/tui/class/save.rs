//! The runner's side of the class results: doing what the effects ask.

use super::action::Effect;
use super::app::ClassApp;
use super::rekey;
use crate::load::io_message;
use crate::teacher::ScoredSheet;
use crate::teacher::mark::{MarkError, moderate_answer};
use crate::teacher::marks::write::Edit;

/// Does what the queued effects ask: each mark, override or comment is written into the
/// class's marks file, and the gradebook, item analysis and charts are worked out again;
/// a change of key is previewed or written. What cannot be written is said in the footer,
/// and the marks shown go back to those kept.
pub fn perform(app: &mut ClassApp) {
    for effect in std::mem::take(&mut app.effects) {
        match effect {
            Effect::SaveMark {
                hand_in,
                activity,
                key,
                mark,
            } => moderate(app, hand_in, activity, &[Edit::Mark(key, mark)]),
            Effect::Moderate {
                hand_in,
                activity,
                edits,
            } => moderate(app, hand_in, activity, &edits),
            Effect::Preview { activity, change } => rekey::preview(app, activity, &change),
            Effect::WriteKey => rekey::write(app),
        }
    }
}

/// Writes `edits` of hand-in `hand_in`'s answer to the activity at `activity`.
fn moderate(app: &mut ClassApp, hand_in: usize, activity: usize, edits: &[Edit]) {
    let (Some(a), Some(h)) = (
        app.unit.activities.get(activity),
        app.class.hand_ins.get_mut(hand_in),
    ) else {
        return;
    };
    let student = h.manifest.student.clone();
    let Some(old) = h.sheets.iter_mut().find(|s| s.sheet.activity == a.id) else {
        return;
    };
    let written = moderate_answer(
        &app.class.marks,
        &student,
        &old.sheet,
        a,
        &app.unit.sources,
        edits,
    );
    match written {
        Ok((sheet, fin)) => {
            *old = ScoredSheet {
                path: old.path.clone(),
                sheet,
                score: fin.score,
            };
            app.refresh();
        }
        Err(e) => {
            let why = match e {
                MarkError::Refused(why) => why,
                MarkError::WouldNotLoad(d) => format!(
                    "the marks file would not read ({})",
                    d.first().map_or("", |d| d.message.as_str())
                ),
                MarkError::Io(e) => io_message(&e),
            };
            app.notice = Some(format!("Not saved: {why}"));
            let teacher = old.sheet.answer.teacher.clone();
            if let Some(m) = app
                .marking
                .as_mut()
                .filter(|m| m.hand_in == hand_in && m.activity == activity)
            {
                m.marks = teacher;
            }
        }
    }
}
