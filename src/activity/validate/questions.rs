//! Questions (`choice`, `short`, follow-ups) and the pieces of written answers: keyword
//! groups, word limits and rubrics.

use super::Ctx;
use super::tables::required;
use crate::activity::model::{ChoiceOption, Question, QuestionAnswer, Quiz};
use crate::activity::raw::{
    RawActivity, RawCriterion, RawKeywordGroup, RawQuestion, RawWords, Spanned,
};
use crate::activity::writing::{Criterion, KeywordGroup, Level, WordLimits};
use crate::diagnostic::Diagnostic;
use crate::words::split_words;

/// The questions of a `choice` (`choice = true`) or `short` activity.
pub(super) fn validate_quiz(ctx: &mut Ctx<'_>, raw: &RawActivity, choice: bool) -> Option<Quiz> {
    let raw_questions = required(ctx, raw, "questions", raw.questions.as_ref())?;
    ctx.unique_ids("question", raw_questions.iter().map(|q| &q.id));
    let questions = raw_questions
        .iter()
        .filter_map(|q| {
            if choice && q.options.is_empty() {
                ctx.push(
                    Diagnostic::error(
                        "missing-key",
                        format!("choice question `{}` has no options", q.id.get()),
                    )
                    .at(q.id.span())
                    .help("add `[[questions.options]]` tables"),
                );
                return None;
            }
            if !choice && !q.options.is_empty() {
                ctx.push(
                    Diagnostic::error("key-not-for-kind", "a `short` question has no options")
                        .at(q.id.span())
                        .help("use `kind = \"choice\"` for questions with options"),
                );
            }
            validate_question(ctx, q)
        })
        .collect();
    Some(Quiz { questions })
}

/// Follow-up questions of any activity.
pub(super) fn validate_follow_up(ctx: &mut Ctx<'_>, raw: &[RawQuestion]) -> Vec<Question> {
    ctx.unique_ids("follow-up question", raw.iter().map(|q| &q.id));
    raw.iter()
        .filter_map(|q| validate_question(ctx, q))
        .collect()
}

fn validate_question(ctx: &mut Ctx<'_>, q: &RawQuestion) -> Option<Question> {
    ctx.not_blank("question prompt", &q.prompt);
    let points = ctx.points(q.points.as_ref(), 1.0);
    let answer = if q.options.is_empty() {
        for a in &q.accept {
            ctx.not_blank("accepted answer", a);
        }
        let keywords = validate_keywords(ctx, &q.keywords);
        let words = q.words.as_ref().map(|w| validate_words(ctx, w.get()));
        if q.accept.is_empty() && keywords.is_empty() && q.model_answer.is_none() {
            ctx.push(
                Diagnostic::warning(
                    "no-key",
                    format!(
                        "question `{}` has no accepted answers, keywords or model answer",
                        q.id.get()
                    ),
                )
                .at(q.id.span())
                .help("add `accept = [...]`, `[[keywords]]` or a `model_answer`"),
            );
        }
        let reachable = if q.accept.is_empty() {
            keywords.iter().map(KeywordGroup::max_points).sum::<f64>()
                + words.as_ref().map_or(0.0, WordLimits::max_points)
        } else {
            points
        };
        if reachable + 1e-9 < points && !(q.accept.is_empty() && keywords.is_empty()) {
            ctx.push(
                Diagnostic::error(
                    "full-marks-unreachable",
                    format!(
                        "question `{}` cannot earn its {} marks",
                        q.id.get(),
                        crate::text::fmt_marks(points)
                    ),
                )
                .at(q.points.as_ref().map_or(q.id.span(), Spanned::span))
                .label(format!(
                    "its keywords give at most {}",
                    crate::text::fmt_marks(reachable)
                )),
            );
        }
        QuestionAnswer::Written {
            accept: q.accept.iter().map(|a| a.get().clone()).collect(),
            keywords,
            words,
        }
    } else {
        if !q.accept.is_empty() || !q.keywords.is_empty() {
            ctx.push(
                Diagnostic::error(
                    "key-not-for-kind",
                    "a choice question is keyed by its options",
                )
                .at(q.id.span())
                .help("remove `accept` and `keywords`, or the options"),
            );
        }
        let multiple = q.multiple.as_ref().is_some_and(|m| *m.get());
        QuestionAnswer::Choice {
            multiple,
            options: validate_options(ctx, q, multiple),
        }
    };
    Some(Question {
        id: q.id.get().as_str().into(),
        prompt: q.prompt.get().as_str().into(),
        points,
        answer,
        model_answer: q.model_answer.as_ref().map(|m| m.get().clone()),
        feedback: q.feedback.as_ref().map(|f| f.get().clone()),
        prompt_stems: Default::default(),
    })
}

/// Options with their weights: explicit, or from `correct` (right options share the marks;
/// in a multiple question a wrong one takes off as much as a right one gives).
fn validate_options(ctx: &mut Ctx<'_>, q: &RawQuestion, multiple: bool) -> Vec<ChoiceOption> {
    ctx.unique_ids("option", q.options.iter().map(|o| &o.id));
    let right = q
        .options
        .iter()
        .filter(|o| o.correct.as_ref().is_some_and(|c| *c.get()))
        .count();
    let share = if right == 0 { 0.0 } else { 1.0 / right as f64 };
    let options: Vec<ChoiceOption> = q
        .options
        .iter()
        .map(|o| {
            ctx.not_blank("option text", &o.text);
            let weight = match (&o.weight, &o.correct) {
                (Some(w), _) if (-1.0..=1.0).contains(w.get()) => *w.get(),
                (Some(w), _) => {
                    ctx.push(
                        Diagnostic::error(
                            "bad-number",
                            "a weight is a share of the marks, from -1 to 1",
                        )
                        .at(w.span())
                        .help("1 earns the question's marks, 0 nothing, -1 takes them all off"),
                    );
                    0.0
                }
                (None, Some(c)) if *c.get() => {
                    if multiple {
                        share
                    } else {
                        1.0
                    }
                }
                (None, _) if multiple => -share,
                (None, _) => 0.0,
            };
            ChoiceOption {
                id: o.id.get().clone(),
                text: o.text.get().clone(),
                weight,
                feedback: o.feedback.as_ref().map(|f| f.get().clone()),
            }
        })
        .collect();
    let best = if multiple {
        options.iter().map(|o| o.weight.max(0.0)).sum::<f64>()
    } else {
        options.iter().map(|o| o.weight).fold(0.0, f64::max)
    };
    if best + 1e-9 < 1.0 {
        ctx.push(
            Diagnostic::error(
                "full-marks-unreachable",
                format!("no answer to `{}` earns full marks", q.id.get()),
            )
            .at(q.id.span())
            .label(format!("the best answer earns {:.0}%", best * 100.0))
            .help("mark the right option(s) with `correct = true`, or give weights adding up to 1"),
        );
    }
    options
}

/// Keyword groups, with their defaults.
pub(super) fn validate_keywords(ctx: &mut Ctx<'_>, raw: &[RawKeywordGroup]) -> Vec<KeywordGroup> {
    let ids: Vec<_> = raw.iter().filter_map(|k| k.id.as_ref()).collect();
    ctx.unique_ids("keyword group", ids);
    raw.iter()
        .filter_map(|k| {
            if k.alternatives.is_empty() {
                ctx.push(
                    Diagnostic::error("missing-key", "a keyword group with no alternatives")
                        .at(k.id.as_ref().map_or(0..0, Spanned::span))
                        .help("add `alternatives = [\"word\", \"other phrase\"]`"),
                );
                return None;
            }
            for a in &k.alternatives {
                if a.get()
                    .trim_matches(|c: char| c == '*' || c.is_whitespace())
                    .is_empty()
                {
                    ctx.push(
                        Diagnostic::error(
                            "empty-alternative",
                            "an alternative with no letters would match anything",
                        )
                        .at(a.span())
                        .label("only `*` and spaces")
                        .help(
                            "a `*` stands for the end of a word (`industr*` matches \
                             \"industry\" and \"industrial\"): write letters before it, \
                             or remove the alternative",
                        ),
                    );
                } else if split_words(a.get()).next().is_none() {
                    ctx.push(
                        Diagnostic::error(
                            "wordless-alternative",
                            "an alternative with no letters or digits never matches",
                        )
                        .at(a.span())
                        .label("no word in it")
                        .help("write the word or phrase to accept, or remove the alternative"),
                    );
                }
            }
            let occurrences = k.occurrences.as_ref().map_or(1, |o| *o.get());
            if occurrences == 0 {
                ctx.push(
                    Diagnostic::error("bad-number", "`occurrences` must be at least 1")
                        .at(k.occurrences.as_ref().map_or(0..0, Spanned::span)),
                );
            }
            Some(KeywordGroup {
                id: k
                    .id
                    .as_ref()
                    .map_or_else(|| k.alternatives[0].get().as_str(), |i| i.get().as_str())
                    .into(),
                alternatives: k.alternatives.iter().map(|a| a.get().clone()).collect(),
                stem: k.stem.as_ref().is_none_or(|s| *s.get()),
                typos: k.typos.as_ref().map_or(1, |t| *t.get()),
                synonyms: k.synonyms.as_ref().is_none_or(|s| *s.get()),
                any_order: k.any_order.as_ref().is_some_and(|a| *a.get()),
                points: ctx.points(k.points.as_ref(), 1.0),
                occurrences: occurrences.max(1),
                found: k.found.as_ref().map(|f| f.get().clone()),
                missed: k.missed.as_ref().map(|m| m.get().clone()),
                model_reading: Default::default(),
                asked: Default::default(),
            })
        })
        .collect()
}

/// Word limits: `min` not above `max`, bands in order.
pub(super) fn validate_words(ctx: &mut Ctx<'_>, raw: &RawWords) -> WordLimits {
    let min = raw.min.as_ref().map(|m| *m.get());
    let max = raw.max.as_ref().map(|m| *m.get());
    if let (Some(lo), Some(hi), Some(at)) = (min, max, raw.min.as_ref())
        && lo > hi
    {
        ctx.push(
            Diagnostic::error(
                "min-above-max",
                format!("the minimum ({lo} words) is above the maximum ({hi})"),
            )
            .at(at.span())
            .help("swap them, or raise `max`"),
        );
    }
    if raw.hard_min.as_ref().is_some_and(|h| *h.get()) && min.is_none() {
        ctx.push(
            Diagnostic::error("missing-key", "`hard_min` needs a `min`")
                .at(raw.hard_min.as_ref().map_or(0..0, Spanned::span)),
        );
    }
    let mut bands: Vec<(u32, f64)> = Vec::new();
    for band in &raw.bands {
        let points = ctx.points(Some(&band.points), 0.0);
        if let Some(last) = bands.last()
            && *band.min.get() <= last.0
        {
            ctx.push(
                Diagnostic::error("bad-order", "word bands must go from fewest words to most")
                    .at(band.min.span())
                    .label(format!(
                        "this band starts at or below the one above ({})",
                        last.0
                    ))
                    .help("list the `[[words.bands]]` tables with the smallest `min` first"),
            );
        }
        if let Some(hi) = max
            && *band.min.get() > hi
        {
            ctx.push(
                Diagnostic::error(
                    "full-marks-unreachable",
                    format!("this band starts above the maximum of {hi} words"),
                )
                .at(band.min.span()),
            );
        }
        bands.push((*band.min.get(), points));
    }
    WordLimits {
        min,
        max,
        hard_min: raw.hard_min.as_ref().is_some_and(|h| *h.get()),
        points: ctx.points(raw.points.as_ref(), 0.0),
        bands,
    }
}

/// Rubric criteria: ids unique, at least two levels, distinct marks.
pub(super) fn validate_rubric(ctx: &mut Ctx<'_>, raw: &[RawCriterion]) -> Vec<Criterion> {
    ctx.unique_ids("rubric criterion", raw.iter().map(|c| &c.id));
    raw.iter()
        .map(|c| {
            ctx.not_blank("criterion", &c.criterion);
            if c.levels.len() < 2 {
                ctx.push(
                    Diagnostic::error(
                        "too-few",
                        format!("criterion `{}` needs at least two levels", c.id.get()),
                    )
                    .at(c.id.span())
                    .help("add `[[rubric.levels]]` tables, lowest marks first"),
                );
            }
            let mut levels: Vec<Level> = Vec::new();
            for l in &c.levels {
                ctx.not_blank("level description", &l.description);
                let points = ctx.points(Some(&l.points), 0.0);
                if levels.iter().any(|k| k.points == points) {
                    let marks = if points == 1.0 { "mark" } else { "marks" };
                    ctx.push(
                        Diagnostic::error(
                            "duplicate-level",
                            format!("two levels of `{}` give {points} {marks}", c.id.get()),
                        )
                        .at(l.points.span())
                        .label("another level of this criterion gives these marks")
                        .help(
                            "each level of a criterion gives different marks, lowest first: \
                             merge the two descriptions, or change the marks of one",
                        ),
                    );
                }
                levels.push(Level {
                    points,
                    description: l.description.get().clone(),
                });
            }
            levels.sort_by(|a, b| a.points.total_cmp(&b.points));
            Criterion {
                id: c.id.get().clone(),
                criterion: c.criterion.get().clone(),
                levels,
            }
        })
        .collect()
}
