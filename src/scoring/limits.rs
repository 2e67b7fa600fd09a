//! What word limits do to the points a text makes.
//!
//! - **Past the maximum** the rest is not read for points: keyword groups are looked for in
//!   the first `max` words only, and a line says so.
//! - **Well under the minimum** a text cannot earn full marks: its keyword marks are scaled
//!   by `words ÷ (0.9 × min)` when that is below 1, so a text within a tenth of its minimum
//!   loses nothing, one of half the minimum keeps 5/9 of its keyword marks, and one of a
//!   tenth keeps a ninth. (With `hard_min`, a text under `min` earns nothing at all.)
//! - **Padding** does not count towards the length: words of sentences written again word
//!   for word are left out (see `mark_text` in [`super::prose`]).

use super::context::marks;
use super::tally::{EPSILON, TaskMarks};
use crate::activity::WordLimits;
use crate::text::count;
use crate::text::first_words;
use crate::text::fmt_marks;

/// Share of the minimum a text may fall short of and lose nothing.
const GRACE: f64 = 0.9;

/// The part of `text` read for points: its first `max` words when it has a maximum.
pub(crate) fn read_for_points<'a>(text: &'a str, limits: Option<&WordLimits>) -> &'a str {
    match limits.and_then(|l| l.max) {
        Some(max) => first_words(text, max as usize),
        None => text,
    }
}

/// Says that words past the maximum were not read, when there were some.
pub(crate) fn note_unread(task: &mut TaskMarks, limits: Option<&WordLimits>, length: usize) {
    if let Some(max) = limits.and_then(|l| l.max).filter(|&m| length > m as usize) {
        task.note(|| {
            format!(
                "only the first {max} words are read for points, not the {} after them",
                count(length - max as usize, "word")
            )
        });
    }
}

/// Scales the `made` keyword marks of a text of `length` words well under its minimum.
pub(crate) fn scale_short(
    task: &mut TaskMarks,
    limits: Option<&WordLimits>,
    length: usize,
    made: f64,
) {
    let Some(min) = limits.and_then(|l| l.min).filter(|&m| m > 0) else {
        return;
    };
    let share = (length as f64 / (GRACE * f64::from(min))).min(1.0);
    let lost = made * (1.0 - share);
    if lost > EPSILON {
        task.give(-lost, || {
            format!(
                "{} of the {min} asked: the points made count for {} of their {}",
                count(length, "word"),
                fmt_marks(made - lost),
                marks(made)
            )
        });
    }
}
