//! The most marks each part of an activity can give.

use super::writing::Criterion;
use super::{Body, KeywordGroup, WordLimits};

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
