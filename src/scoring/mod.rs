//! Scoring: a fair mark for every answer, with a reason for every point.
//!
//! Pure functions of an activity and an answer; no terminal and no I/O. [`score()`] and
//! [`score_with_sources`] give the same [`Score`] for the same input, every time.
//!
//! Each kind has its own rules, set out in its module: `sort` (OU-matrix partial credit or
//! all or nothing per row, and evidence), `categorize` and `match` (right ÷ total, optional
//! penalty), `rank` and `timeline` (seven ways to compare an order with its key, or
//! completeness and a justification), `choice` (option weights clamped to 0–1), and written
//! answers — `short`, follow-ups, `grid` cells, `essay` and `report` — by accepted answers,
//! [`keywords`] and word limits, with rubric criteria, unkeyed questions and unkeyed
//! justifications marked by a teacher (the score is provisional until then).
//!
//! **Chance earns nothing.** An order earns only what is beyond a random order's marks, a
//! categorize or match only what is beyond putting everything in one place, and each wrong
//! option ticked takes off its share, so guessing expects about 0 (see `chance`).
//!
//! **The total** is the sum of the main task and the follow-up questions, capped at the
//! activity's `points` (a last line of the explanation says so when the cap bites);
//! [`Score::max`] is the activity's `points`.
//!
//! **The explanation.** Every mark given or taken is a line ([`Entry`]) of the score: the
//! lines add up to [`Score::marks`] (to within a billionth of a mark), and read as sentences
//! a student can follow, naming columns, buckets and options by their labels.

mod chance;
mod choice;
mod clauses;
mod context;
mod contradiction;
mod copying;
mod decision;
mod evidence;
mod grid;
pub mod keywords;
mod limits;
mod long_form;
mod order;
mod perfect;
mod placement;
mod prose;
mod score;
mod sort;
mod tally;
mod teacher;
mod topic;
mod written;

pub use evidence::MIN_QUOTE_WORDS;
pub use order::{Movement, compare_rankings};
pub use perfect::{perfect_answer, perfect_answer_with_sources};
pub use score::{Entry, Found, Highlight, Outcome, PointScore, Score, TaskScore};

use std::sync::Arc;

use crate::activity::{Activity, Body, Source};
use crate::answer::Answer;
use context::Context;
use tally::tidy;

/// Scores an answer without the unit's sources: sort evidence is then checked only
/// against the evidence each row lists (see [`score_with_sources`]).
pub fn score(activity: &Activity, answer: &Answer) -> Score {
    score_with_sources(activity, answer, &[])
}

/// How much of its explanation a score carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every line's reason, the highlights, the feedback and the model answers.
    Explained,
    /// The marks, tasks (with their labels), outcomes, points and flags, but no words:
    /// for holding many scores at once (a class). Score a sheet again to explain it.
    MarksOnly,
}

/// Scores an answer, checking sort evidence against the text of the unit's `sources`:
/// a quote must be words of the row's source. Sources are looked up by id; a source not
/// among them is not checked against. Everything but sort evidence scores the same as
/// [`score()`].
pub fn score_with_sources(activity: &Activity, answer: &Answer, sources: &[Source]) -> Score {
    score_with_detail(activity, answer, sources, Detail::Explained)
}

/// Scores an answer as [`score_with_sources`] does, with as much of the explanation as
/// `detail` asks for; the marks are the same either way.
pub fn score_with_detail(
    activity: &Activity,
    answer: &Answer,
    sources: &[Source],
    detail: Detail,
) -> Score {
    let ctx = Context {
        activity,
        answer,
        sources,
        explain: detail == Detail::Explained,
    };
    let mut tally = match &activity.body {
        Body::Sort(s) => sort::score_sort(&ctx, s),
        Body::Categorize(c) => placement::score_categorize(&ctx, c),
        Body::Match(m) => placement::score_match(&ctx, m),
        Body::Rank(r) => order::score_rank(&ctx, r),
        Body::Timeline(t) => order::score_timeline(&ctx, t),
        Body::Grid(g) => grid::score_grid(&ctx, g),
        Body::Choice(q) => choice::score_choices(&ctx, &q.questions),
        Body::Short(q) => written::score_short(&ctx, &q.questions),
        Body::Essay(e) => long_form::score_essay(&ctx, e),
        Body::Report(r) => long_form::score_report(&ctx, r),
    };
    tally.append(written::score_follow_ups(&ctx));
    tally.cap(
        &activity.id,
        activity.points,
        format!(
            "capped at the activity's {}",
            context::marks(activity.points)
        ),
    );
    let score = Score {
        marks: tidy(tally.marks()),
        max: activity.points,
        tasks: tally.tasks,
        entries: tally.entries,
        feedback: activity.feedback.as_deref().map(Arc::from),
        awaiting_teacher: tidy(tally.awaiting_teacher),
    };
    match detail {
        Detail::Explained => score,
        Detail::MarksOnly => score.marks_only(),
    }
}
