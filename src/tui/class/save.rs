//! The runner's side of the class results: doing what the effects ask.

use super::action::Effect;
use super::app::ClassApp;
use crate::load::io_message;
use crate::teacher::ScoredSheet;
use crate::teacher::mark::{MarkError, Marked, mark_answer};

/// Does what the queued effects ask: each mark is written into the class's marks file, and
/// the gradebook, item analysis and charts are worked out again. A mark that cannot be
/// written is said in the footer, and the marks shown go back to those kept.
pub fn perform(app: &mut ClassApp) {
    for effect in std::mem::take(&mut app.effects) {
        let Effect::SaveMark {
            hand_in,
            activity,
            key,
            mark,
        } = effect;
        let (Some(a), Some(h)) = (
            app.unit.activities.get(activity),
            app.class.hand_ins.get_mut(hand_in),
        ) else {
            continue;
        };
        let student = h.manifest.student.clone();
        let Some(old) = h.sheets.iter_mut().find(|s| s.sheet.activity == a.id) else {
            continue;
        };
        let marked = mark_answer(
            &app.class.marks,
            &student,
            &old.sheet,
            a,
            &app.unit.sources,
            &[(key, mark)],
        );
        match marked {
            Ok(Marked { sheet, score }) => {
                *old = ScoredSheet {
                    path: old.path.clone(),
                    sheet,
                    score,
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
}
