//! Answer sheets: one student's answer to one activity, as a TOML file.
//!
//! A sheet names the activity it answers and the content hash of the version answered, and
//! holds the response in the shape of the activity's kind (`docs/answer-sheets.md` has an
//! example of each):
//!
//! ```toml
//! schema_version = 1
//! student = "Ada Lovelace"
//! activity = "aims"
//! activity_hash = "3f2a9c0d1e4b5a67"
//! submitted = "2026-11-21T10:20:00Z"
//!
//! [responses.ticks]
//! source_1 = ["revolution"]
//!
//! [follow_up]
//! changes = "The aims moved from revolution to security."
//! ```
//!
//! Loading has two layers, as for activities: a raw serde mirror that denies unknown keys
//! and keeps every span, then a check against the activity that collects every problem —
//! unknown ids (with "did you mean"), keys that do not fit the kind, a `[teacher]` table (a
//! warning: a teacher's marks are kept in the teacher's marks file, see
//! [`crate::teacher::marks`]), and a hash that shows the activity has changed since (a
//! warning). [`write_sheet`] writes a sheet that [`load_sheet`] reads back to the same
//! [`Answer`].

mod check;
mod raw;
mod responses;
mod restore;
mod write;

use std::sync::Arc;

pub use check::in_the_future;
pub use raw::Entries;
pub use restore::{Restored, restore};
pub use write::{sheet_text, write_sheet};

use crate::activity::Activity;
use crate::answer::Answer;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::parse;
use raw::RawSheet;

/// An answer sheet: who answered which version of which activity, when, and the answer.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerSheet {
    /// The student's name, if given.
    pub student: Option<String>,
    /// Id of the activity answered.
    pub activity: String,
    /// [`Activity::content_hash`] of the version answered.
    pub activity_hash: String,
    /// When the student started (RFC 3339 text).
    pub started: Option<String>,
    /// When the student handed in (RFC 3339 text).
    pub submitted: Option<String>,
    /// The answer.
    pub answer: Answer,
}

impl AnswerSheet {
    /// A sheet for an answer to `activity` as it is now, with no name or times.
    pub fn new(activity: &Activity, answer: Answer) -> Self {
        Self {
            student: None,
            activity: activity.id.clone(),
            activity_hash: activity.content_hash.clone(),
            started: None,
            submitted: None,
            answer,
        }
    }
}

/// Reads a sheet's text and checks it against the activity it names among `activities`,
/// pushing every problem (errors and warnings) into `diagnostics`. `None` when an error
/// makes the sheet unusable.
pub fn load_sheet(
    file: &Arc<SourceFile>,
    activities: &[&Activity],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<AnswerSheet> {
    match parse::<RawSheet>(file) {
        Ok(raw) => check::check_sheet(raw, file, activities, diagnostics),
        Err(d) => {
            diagnostics.push(d);
            None
        }
    }
}
