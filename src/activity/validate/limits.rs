//! How big an activity, a unit or an answer may be.
//!
//! The limits are far above what a lesson needs, and low enough that a damaged or hostile
//! file cannot make classwork slow, flood the screen with diagnostics, or draw a list no
//! terminal can show. A list over its limit is reported once and the activity is not
//! checked further.

use std::ops::Range;

use super::Ctx;
use crate::activity::raw::{RawActivity, RawQuestion, RawSources, RawUnit, Spanned};
use crate::diagnostic::Diagnostic;

/// Most rows, cards, items, events, questions, cells, sections, keyword groups, rubric
/// criteria, follow-up questions or hints in one activity; most activities in a unit and
/// sources in a `sources.toml`.
pub const MAX_ITEMS: usize = 200;

/// Most columns of a sort or grid, buckets of a categorize activity, options of a question
/// and options of a decision.
pub const MAX_COLUMNS: usize = 20;

/// Most characters in one answer (a written answer, an essay, a report section): about
/// 15,000 words.
pub const MAX_ANSWER_CHARS: usize = 100_000;

/// Reports a list longer than `max`; `true` when it is within the limit.
fn within(ctx: &mut Ctx<'_>, what: &str, count: usize, max: usize, at: Range<usize>) -> bool {
    if count <= max {
        return true;
    }
    ctx.push(
        Diagnostic::error(
            "too-many",
            format!("{count} {what}; classwork takes at most {max}"),
        )
        .at(at)
        .label(format!("more than {max} {what}"))
        .help("split it into smaller activities: no lesson needs this many"),
    );
    false
}

/// The length and span of an optional spanned list.
fn list<T>(value: &Option<Spanned<Vec<T>>>) -> Option<(usize, Range<usize>)> {
    value.as_ref().map(|v| (v.get().len(), v.span()))
}

/// Checks the options of each question against [`MAX_COLUMNS`].
fn questions_within(ctx: &mut Ctx<'_>, questions: &[RawQuestion]) -> bool {
    let mut ok = true;
    for q in questions {
        ok &= within(ctx, "options", q.options.len(), MAX_COLUMNS, q.id.span());
    }
    ok
}

/// Checks every list of an activity against its limit; `false` when one is over.
pub fn activity_within_limits(ctx: &mut Ctx<'_>, raw: &RawActivity) -> bool {
    let wide = [
        ("columns", list(&raw.columns)),
        ("buckets", list(&raw.buckets)),
    ];
    let long = [
        ("rows", list(&raw.rows)),
        ("cells", list(&raw.cells)),
        ("cards", list(&raw.cards)),
        ("options", list(&raw.options)),
        ("items", list(&raw.items)),
        ("key entries", list(&raw.key)),
        ("events", list(&raw.events)),
        ("questions", list(&raw.questions)),
        ("guidance notes", list(&raw.guidance)),
        ("keyword groups", list(&raw.keywords)),
        ("rubric criteria", list(&raw.rubric)),
        ("cover fields", list(&raw.cover)),
        ("sections", list(&raw.sections)),
    ];
    let mut ok = true;
    for (what, found, max) in wide
        .into_iter()
        .map(|(w, f)| (w, f, MAX_COLUMNS))
        .chain(long.into_iter().map(|(w, f)| (w, f, MAX_ITEMS)))
    {
        if let Some((count, at)) = found {
            ok &= within(ctx, what, count, max, at);
        }
    }
    let title = raw.title.span();
    ok &= within(ctx, "hints", raw.hints.len(), MAX_ITEMS, title.clone());
    ok &= within(ctx, "sources", raw.sources.len(), MAX_ITEMS, title.clone());
    ok &= within(
        ctx,
        "follow-up questions",
        raw.follow_up.len(),
        MAX_ITEMS,
        title,
    );
    ok &= questions_within(ctx, &raw.follow_up);
    if let Some(questions) = &raw.questions {
        ok &= questions_within(ctx, questions.get());
    }
    if let Some(decision) = &raw.decision {
        let d = decision.get();
        ok &= within(
            ctx,
            "options",
            d.options.len(),
            MAX_COLUMNS,
            decision.span(),
        );
    }
    ok
}

/// Checks the number of activities a unit lists; `false` when it is over [`MAX_ITEMS`] (and
/// only the first are loaded).
pub fn unit_within_limits(ctx: &mut Ctx<'_>, raw: &RawUnit) -> bool {
    let count = raw.activities.get().len();
    if count <= MAX_ITEMS {
        return true;
    }
    ctx.push(
        Diagnostic::error(
            "too-many",
            format!("{count} activities; a unit lists at most {MAX_ITEMS}"),
        )
        .at(raw.activities.span())
        .label(format!("only the first {MAX_ITEMS} are loaded"))
        .help("split the unit into smaller units: no course needs this many activities in one"),
    );
    false
}

/// Checks the number of sources; `false` when it is over [`MAX_ITEMS`].
pub fn sources_within_limits(ctx: &mut Ctx<'_>, raw: &RawSources) -> bool {
    match raw.source.get(MAX_ITEMS) {
        Some(first_over) => within(
            ctx,
            "sources",
            raw.source.len(),
            MAX_ITEMS,
            first_over.id.span(),
        ),
        None => true,
    }
}
