//! The raw serde mirror of a marks file: every key denied unless known, every value and
//! table key with its span, so that each problem can be pointed at.

use serde::Deserialize;

use crate::activity::raw::{Spanned, Text};
use crate::answer::sheet::Entries;
use crate::load::Versioned;

/// A marks file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMarks {
    /// Format version; this classwork reads version 1.
    pub schema_version: Spanned<i64>,
    /// Student name → the folder chosen among their hand-ins.
    #[serde(default)]
    pub hand_ins: Option<Entries<RawChoice>>,
    /// Student name → activity id → the marks of their answer.
    #[serde(default)]
    pub students: Option<Entries<Entries<RawEntry>>>,
}

impl Versioned for RawMarks {
    fn schema_version(&self) -> &Spanned<i64> {
        &self.schema_version
    }
}

/// What the teacher says of a student's hand-in as a whole: which folder counts, and a
/// comment.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChoice {
    /// The folder that counts, as a path from the class folder.
    #[serde(default)]
    pub folder: Option<Text>,
    /// The teacher's comment on the whole hand-in.
    #[serde(default)]
    pub comment: Option<Text>,
}

/// The marks of one student's answer to one activity.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEntry {
    /// The digest of the answer marked.
    #[serde(default)]
    pub answer: Option<Text>,
    /// Criterion or question id → marks.
    #[serde(default)]
    pub marks: Option<Entries<Spanned<f64>>>,
    /// Task id, or `task/point` for a keyword point → the marks the teacher gives instead
    /// of the automatic marker's.
    #[serde(default)]
    pub overrides: Option<Entries<Spanned<f64>>>,
    /// Task id (or `task/point`) → the teacher's comment on it.
    #[serde(default)]
    pub comments: Option<Entries<Text>>,
}
