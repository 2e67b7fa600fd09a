//! The most marks each part of an activity can give.

use super::writing::Criterion;
use super::{KeywordGroup, WordLimits};

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
