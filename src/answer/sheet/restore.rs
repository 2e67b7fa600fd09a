//! Reading a saved answer (a draft, or an earlier attempt) back against the activity as it
//! is now, keeping whatever still fits.

use super::check::{TeacherTable, read_sheet};
use super::raw::RawSheet;
use crate::activity::Activity;
use crate::answer::Answer;
use crate::diagnostic::SourceFile;
use crate::load::parse;

/// A saved answer, read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// What of the answer fits the activity as it is now.
    pub answer: Answer,
    /// Whether the activity changed since the answer was saved: another content hash, or
    /// parts of the answer that no longer fit and were left out.
    pub changed: bool,
}

/// Reads answer-sheet `text` saved for `activity` in the student's own progress, with the
/// marks given in their terminal UI (its `[teacher]` table). Ids the activity no longer has
/// are left out rather than refusing the whole answer. `None` when the text is not a sheet
/// or answers another activity.
pub fn restore(activity: &Activity, text: &str) -> Option<Restored> {
    let file = SourceFile::new(format!("{}.toml", activity.id), text);
    let raw = parse::<RawSheet>(&file).ok()?;
    let mut diagnostics = Vec::new();
    let (sheet, failed) = read_sheet(
        raw,
        &file,
        &[activity],
        TeacherTable::Kept,
        &mut diagnostics,
    )?;
    Some(Restored {
        changed: failed || sheet.activity_hash != activity.content_hash,
        answer: sheet.answer,
    })
}
