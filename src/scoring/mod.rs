//! Scoring: a fair mark for every answer, with a reason for every point.
//!
//! Pure functions of an activity and an answer; no terminal and no I/O.

mod max;

pub use max::{body_max, fmt_marks, keywords_max, rubric_max, words_max};
