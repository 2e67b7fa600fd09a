//! From raw TOML to the domain model, collecting every problem on the way.
//!
//! Each `validate_*` function reads a raw value, pushes a [`Diagnostic`] for each problem it
//! finds (it never stops at the first) and returns the domain value when it is usable.

mod context;
mod limits;
mod order;
mod questions;
mod report;
mod tables;
mod unit;

use std::collections::BTreeSet;
use std::sync::Arc;

pub use context::{Ctx, MAX_PROBLEMS_PER_FILE};
pub use limits::{MAX_ANSWER_CHARS, MAX_COLUMNS, MAX_ITEMS};
pub use unit::{validate_sources, validate_unit_header};

use super::model::{Activity, Body};
use super::raw::{Kind, RawActivity, Spanned};
use crate::diagnostic::{Diagnostic, SourceFile};

/// Ids of the sources an activity may refer to.
pub type SourceIds = BTreeSet<String>;

/// Builds an [`Activity`] from its raw form, pushing every problem found into `diagnostics`.
/// Returns `None` when an error makes the activity unusable.
pub fn validate_activity(
    raw: RawActivity,
    file: &Arc<SourceFile>,
    sources: &SourceIds,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Activity> {
    let mut ctx = Ctx::new(file, sources);
    let kind = *raw.kind.get();
    check_keys_fit_kind(&mut ctx, &raw, kind);
    if !limits::activity_within_limits(&mut ctx, &raw) {
        diagnostics.extend(ctx.finish());
        return None;
    }
    ctx.id("activity", &raw.id);
    ctx.not_blank("title", &raw.title);
    if let Some(instructions) = &raw.instructions {
        ctx.not_blank("instructions", instructions);
    } else if !matches!(kind, Kind::Choice | Kind::Short) {
        ctx.push(
            Diagnostic::warning("empty-prompt", "the activity has no `instructions`")
                .at(raw.title.span())
                .label("students will see only this title")
                .help("add `instructions = \"…\"` saying what to do"),
        );
    }
    for hint in &raw.hints {
        ctx.not_blank("hint", hint);
    }
    let sources_shown: Vec<String> = raw.sources.iter().filter_map(|s| ctx.source(s)).collect();
    let follow_up = questions::validate_follow_up(&mut ctx, &raw.follow_up);
    let body = match kind {
        Kind::Sort => tables::validate_sort(&mut ctx, &raw).map(Body::Sort),
        Kind::Categorize => tables::validate_categorize(&mut ctx, &raw).map(Body::Categorize),
        Kind::Match => tables::validate_match(&mut ctx, &raw).map(Body::Match),
        Kind::Grid => tables::validate_grid(&mut ctx, &raw).map(Body::Grid),
        Kind::Rank => order::validate_rank(&mut ctx, &raw).map(Body::Rank),
        Kind::Timeline => order::validate_timeline(&mut ctx, &raw).map(Body::Timeline),
        Kind::Choice => questions::validate_quiz(&mut ctx, &raw, true).map(Body::Choice),
        Kind::Short => questions::validate_quiz(&mut ctx, &raw, false).map(Body::Short),
        Kind::Essay => report::validate_essay(&mut ctx, &raw).map(Body::Essay),
        Kind::Report => report::validate_report(&mut ctx, &raw).map(Body::Report),
    };
    // Marks are checked only when the task itself is usable: a broken task gives nothing,
    // and saying so again as `no-marks` or `full-marks-unreachable` would only mislead.
    let points = body.as_ref().map_or(0.0, |body| {
        let reachable =
            crate::activity::body_max(body) + follow_up.iter().map(|q| q.points).sum::<f64>();
        check_points(&mut ctx, raw.points.as_ref(), reachable, &raw.kind)
    });
    let failed = ctx.failed();
    diagnostics.extend(ctx.finish());
    if failed {
        return None;
    }
    Some(Activity {
        id: raw.id.into_inner(),
        title: raw.title.into_inner(),
        instructions: raw
            .instructions
            .map(Spanned::into_inner)
            .unwrap_or_default(),
        points,
        hints: raw.hints.into_iter().map(Spanned::into_inner).collect(),
        sources: sources_shown,
        feedback: raw.feedback.map(Spanned::into_inner),
        show_model_answer: raw.show_model_answer.is_none_or(Spanned::into_inner),
        shuffle: raw.shuffle.is_some_and(Spanned::into_inner),
        follow_up,
        body: body?,
        content_hash: content_hash(file.text.as_bytes()),
        copy_runs: Default::default(),
    })
}

/// The declared total, checked against what the tasks can give.
fn check_points(
    ctx: &mut Ctx<'_>,
    declared: Option<&Spanned<f64>>,
    reachable: f64,
    kind: &Spanned<Kind>,
) -> f64 {
    let Some(declared) = declared else {
        if reachable <= 0.0 {
            ctx.push(
                Diagnostic::warning("no-marks", "nothing in this activity can earn a mark")
                    .at(kind.span())
                    .help("add keyword groups, word-limit points or rubric criteria"),
            );
        }
        return reachable;
    };
    let value = *declared.get();
    if !value.is_finite() || value <= 0.0 {
        ctx.push(
            Diagnostic::error("bad-number", "`points` must be a positive number")
                .at(declared.span()),
        );
        return reachable;
    }
    if value > reachable + 1e-9 {
        ctx.push(
            Diagnostic::error("full-marks-unreachable", "full marks are not reachable")
                .at(declared.span())
                .label(format!(
                    "the tasks give at most {}",
                    crate::text::fmt_marks(reachable)
                ))
                .help(format!(
                    "lower `points` to {} or add marks to the tasks",
                    crate::text::fmt_marks(reachable)
                )),
        );
    }
    value
}

/// A key, where it is (if present), and the kinds that use it.
type KeyUse<'a> = (&'a str, Option<std::ops::Range<usize>>, &'a [Kind]);

/// A [`KeyUse`] for an optional spanned key.
fn key_use<'a, T>(name: &'a str, value: &Option<Spanned<T>>, kinds: &'a [Kind]) -> KeyUse<'a> {
    (name, value.as_ref().map(Spanned::span), kinds)
}

/// Which top-level and `[scoring]` keys each kind reads; any other kind's key is reported.
fn check_keys_fit_kind(ctx: &mut Ctx<'_>, raw: &RawActivity, kind: Kind) {
    use Kind::*;
    let top = [
        key_use("columns", &raw.columns, &[Sort, Grid]),
        key_use("rows", &raw.rows, &[Sort, Grid]),
        key_use("require_evidence", &raw.require_evidence, &[Sort]),
        key_use("cells", &raw.cells, &[Grid]),
        key_use("buckets", &raw.buckets, &[Categorize]),
        key_use("cards", &raw.cards, &[Categorize]),
        key_use("options", &raw.options, &[Match]),
        key_use("option_use", &raw.option_use, &[Match]),
        key_use("items", &raw.items, &[Match, Rank]),
        key_use("key", &raw.key, &[Rank]),
        key_use("justification", &raw.justification, &[Rank]),
        key_use("revisit", &raw.revisit, &[Rank]),
        key_use("events", &raw.events, &[Timeline]),
        key_use("questions", &raw.questions, &[Choice, Short]),
        key_use("guidance", &raw.guidance, &[Essay]),
        key_use("words", &raw.words, &[Essay]),
        key_use("keywords", &raw.keywords, &[Essay]),
        key_use("rubric", &raw.rubric, &[Essay, Report]),
        key_use("model_answer", &raw.model_answer, &[Essay]),
        key_use("cover", &raw.cover, &[Report]),
        key_use("sections", &raw.sections, &[Report]),
        key_use("decision", &raw.decision, &[Report]),
    ];
    report_keys_not_for_kind(ctx, kind, "", &top);
    if let Some(scoring) = &raw.scoring {
        let s = scoring.get();
        let scoring_keys = [
            key_use("rule", &s.rule, &[Sort]),
            key_use("evidence_points", &s.evidence_points, &[Sort]),
            key_use("wrong_penalty", &s.wrong_penalty, &[Categorize, Match]),
            key_use("method", &s.method, &[Rank, Timeline]),
        ];
        report_keys_not_for_kind(ctx, kind, "scoring.", &scoring_keys);
    }
}

fn report_keys_not_for_kind(ctx: &mut Ctx<'_>, kind: Kind, prefix: &str, uses: &[KeyUse<'_>]) {
    for (key, span, kinds) in uses {
        if let Some(span) = span
            && !kinds.contains(&kind)
        {
            let names: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
            ctx.push(
                Diagnostic::error(
                    "key-not-for-kind",
                    format!(
                        "`{prefix}{key}` is not used by a `{}` activity",
                        kind.name()
                    ),
                )
                .at(span.clone())
                .label("this would be ignored")
                .help(format!(
                    "`{prefix}{key}` belongs to {}; remove it or change `kind`",
                    names.join(", ")
                )),
            );
        }
    }
}

/// A short, stable hash of a file's bytes (FNV-1a, 64 bits, as hex).
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
