//! What word limits do to the points a text makes.
//!
//! - **Past the maximum** the rest is not read for points: keyword groups are looked for in
//!   the first `max` words only, and a line says so.
//! - **Well under the minimum** a text cannot earn full marks: its keyword marks are scaled
//!   by `words ÷ (0.9 × min)` when that is below 1, so a text within a tenth of its minimum
//!   loses nothing, one of half the minimum keeps 5/9 of its keyword marks, and one of a
//!   tenth keeps a ninth. (With `hard_min`, a text under `min` earns nothing at all.)
//! - **Within the limits**, or past a band's length, a text earns the marks the limits give
//!   for length (see [`mark_length`]).
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

/// Marks a length against word limits: within `[min, max]`, or the band reached.
pub(crate) fn mark_length(task: &mut TaskMarks, limits: &WordLimits, length: usize) {
    let over = limits.max.is_some_and(|m| length > m as usize);
    let band = limits
        .bands
        .iter()
        .rev()
        .find(|b| !over && length >= b.0 as usize);
    let within = if limits.within(length) {
        limits.points
    } else {
        0.0
    };
    let band_marks = band.map_or(0.0, |b| b.1);
    let words = count(length, "word");
    let reason = || match (limits.min, limits.max) {
        (_, Some(max)) if over => format!("{words}, more than the {max} allowed"),
        (Some(min), _) if length < min as usize && band_marks <= within => {
            format!("{words}, fewer than the {min} asked")
        }
        _ => match band {
            Some(b) if band_marks > within => format!("{words}: the band from {} words", b.0),
            _ => format!("{words}, within the limits"),
        },
    };
    let earned = within.max(band_marks);
    if earned > 0.0 {
        task.give(earned, reason);
    } else if limits.max_points() > 0.0 || !limits.within(length) {
        task.note(reason);
    }
}
