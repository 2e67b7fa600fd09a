//! Answers the teacher is asked to look at: written in sentences, of the length asked and
//! on the subject, setting off no rule, yet earning under a third of their keyword points.
//! They may make their points in words the key does not have ("the wall blocks the valley
//! so a big lake fills up behind it"), which no list of alternatives can foresee. The mark
//! stands; the flag puts the answer in the teacher's queue (`classwork class`).

use super::TaskMarks;
use crate::activity::{KeywordGroup, WordLimits};

/// Why such an answer is flagged.
const OTHER_WORDS: &str = "earned little for an answer of its length on the subject, with \
     nothing flagged: it may make its points in words the key does not have";

/// The fewest words of an answer with no minimum asked for it to be flagged.
const LENGTH: usize = 40;

/// The share of its keyword points below which such an answer is flagged.
const SHARE: f64 = 1.0 / 3.0;

/// Flags `task` (an answer on the subject, to be written in sentences) if its text of
/// `length` words is as long as `words` asks (or [`LENGTH`] words without a minimum), earned
/// less than [`SHARE`] of its `keywords`' points (`earned`), and no phrase of a point was
/// found and refused or nearly made it (those are flagged already).
pub(super) fn flag(
    task: &mut TaskMarks,
    keywords: &[KeywordGroup],
    words: Option<&WordLimits>,
    length: usize,
    earned: f64,
) {
    let keyed: f64 = keywords.iter().map(KeywordGroup::max_points).sum();
    let long_enough = words
        .and_then(|w| w.min)
        .map_or(length >= LENGTH, |min| length >= min as usize);
    if long_enough && earned < keyed * SHARE && !task.points_flagged() {
        task.flag(OTHER_WORDS);
    }
}
