//! Scoring: a fair mark for every answer, with a reason for every point.
//!
//! Pure functions of an activity and an answer; no terminal and no I/O.

mod max;
mod score;

pub use max::{body_max, fmt_marks, keywords_max, rubric_max, words_max};
pub use score::{Entry, Outcome, Score, TaskScore};
