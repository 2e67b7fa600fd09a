//! The notes a section can open beside the editor: the student's own answers to the
//! earlier activities the section links (`notes_from`), in words.

use crate::answer::Answer;
use crate::answer::summary::{SummaryPart, summarise};
use crate::tui::app::{App, Status};

/// The notes from one earlier activity.
#[derive(Debug, Clone, PartialEq)]
pub struct Notes {
    /// The activity's title (or its id, when the unit does not have it).
    pub title: String,
    /// What the student gave, part by part; empty when nothing yet.
    pub parts: Vec<SummaryPart>,
}

/// The student's answer to the activity with id `id`, if they have worked on it.
///
/// The one place the writer looks earlier work up: the answers held in memory (started in
/// this run, or loaded into it).
pub fn earlier_answer(app: &App, id: &str) -> Option<Answer> {
    let i = app.unit.activities.iter().position(|a| a.id == id)?;
    let work = app.work.get(i)?;
    (work.status() != Status::NotStarted).then(|| work.answer.clone())
}

/// The notes from each activity in `links`, in order.
pub fn notes(app: &App, links: &[String]) -> Vec<Notes> {
    links
        .iter()
        .map(|id| {
            let activity = app.unit.activity(id);
            let parts = match (activity, earlier_answer(app, id)) {
                (Some(a), Some(answer)) => summarise(a, &answer),
                _ => Vec::new(),
            };
            Notes {
                title: activity.map_or_else(|| id.clone(), |a| a.title.clone()),
                parts,
            }
        })
        .collect()
}
