//! The most marks each part of an activity can give.

use crate::activity::writing::Criterion;
use crate::activity::{Body, KeywordGroup, WordLimits};

/// Marks reachable from keyword groups.
pub fn keywords_max(groups: &[KeywordGroup]) -> f64 {
    groups.iter().map(KeywordGroup::max_points).sum()
}

/// Marks reachable from rubric criteria.
pub fn rubric_max(criteria: &[Criterion]) -> f64 {
    criteria.iter().map(Criterion::max_points).sum()
}

/// Marks reachable from optional word limits.
pub fn words_max(words: Option<&WordLimits>) -> f64 {
    words.map_or(0.0, WordLimits::max_points)
}

/// The most marks the kind-specific part of an activity can give.
pub fn body_max(body: &Body) -> f64 {
    match body {
        Body::Sort(s) => s
            .rows
            .iter()
            .map(|r| {
                r.points
                    + if s.require_evidence && !r.right.is_empty() {
                        s.evidence_points
                    } else {
                        0.0
                    }
            })
            .sum(),
        Body::Categorize(c) => c.cards.len() as f64,
        Body::Match(m) => m.items.len() as f64,
        Body::Rank(r) => {
            let order = if r.key.is_some() {
                r.items.len() as f64
            } else {
                1.0
            };
            order + r.justification.as_ref().map_or(0.0, |j| j.points)
        }
        Body::Timeline(t) => t.events.len() as f64,
        Body::Grid(g) => g
            .cells
            .iter()
            .filter(|c| c.given.is_none())
            .map(|c| keywords_max(&c.keywords))
            .sum(),
        Body::Choice(q) | Body::Short(q) => q.questions.iter().map(|q| q.points).sum(),
        Body::Essay(e) => {
            keywords_max(&e.keywords) + words_max(e.words.as_ref()) + rubric_max(&e.rubric)
        }
        Body::Report(r) => {
            r.sections
                .iter()
                .map(|s| {
                    keywords_max(&s.keywords) + words_max(s.words.as_ref()) + rubric_max(&s.rubric)
                })
                .sum::<f64>()
                + r.decision.as_ref().map_or(0.0, |d| d.points)
                + rubric_max(&r.rubric)
        }
    }
}

/// Marks as people write them: `3`, `2.5`, `0.33`.
pub fn fmt_marks(marks: f64) -> String {
    // Adding 0.0 turns -0.0 into 0.0.
    let rounded = (marks * 100.0).round() / 100.0 + 0.0;
    if rounded == rounded.trunc() && rounded.abs() < 1e15 {
        // Whole marks (nearly all of them): as an integer, which is exact below 2^53 and
        // much quicker to write than a float.
        (rounded as i64).to_string()
    } else if rounded == rounded.trunc() {
        format!("{rounded:.0}")
    } else {
        let s = format!("{rounded:.2}");
        s.trim_end_matches('0').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::fmt_marks;

    #[test]
    fn marks_print_without_noise() {
        assert_eq!(fmt_marks(3.0), "3");
        assert_eq!(fmt_marks(2.5), "2.5");
        assert_eq!(fmt_marks(1.0 / 3.0), "0.33");
        assert_eq!(fmt_marks(-0.0), "0");
        assert_eq!(fmt_marks(-4.0), "-4");
        assert_eq!(fmt_marks(1e20), "100000000000000000000");
        assert_eq!(fmt_marks(f64::INFINITY), "inf");
    }

    proptest::proptest! {
        /// Whole marks are written as a float with no decimals would be.
        #[test]
        fn whole_marks_read_as_floats_do(n in -1e12f64..1e12) {
            let whole = n.trunc() + 0.0;
            proptest::prop_assert_eq!(fmt_marks(whole), format!("{whole:.0}"));
        }
    }
}
