//! Scoring an `essay` or a `report`.
//!
//! An essay is one text marked by keyword groups and word limits (as in
//! [`super::written`]), plus its rubric criteria, which a teacher marks.
//!
//! A report is marked section by section: a required section left blank earns nothing and
//! the explanation says it is missing; a written section is marked by its own keyword groups
//! (found in that section only) and word limits, and its rubric criteria (keyed
//! `section.criterion`) by the teacher. A story told over the sections, each too short to
//! tell alone, earns nothing in any (see [`super::topic::across_answers`]). The decision is
//! marked as [`super::decision`] says. The report's own rubric criteria follow.

use std::collections::BTreeMap;

use super::clauses::ReadBefore;
use super::context::{Context, quoted};
use super::decision;
use super::prose::{Around, Reading, mark_text};
use super::tally::Tally;
use super::teacher::score_rubric;
use super::topic;
use crate::activity::{Essay, Report, keywords_max, words_max};
use crate::answer::Response;
use crate::scoring::Outcome;

/// Scores an essay: its text, then its rubric.
pub(crate) fn score_essay(ctx: &Context<'_>, essay: &Essay) -> Tally {
    let text = match &ctx.answer.response {
        Response::Essay(text) => text.as_str(),
        _ => "",
    };
    let max = keywords_max(&essay.keywords) + words_max(essay.words.as_ref());
    let mut task = ctx.task("essay", "Your essay", max);
    let model = essay.model_answer.as_deref();
    mark_text(
        ctx,
        &mut task,
        text,
        &essay.keywords,
        essay.words.as_ref(),
        Around {
            question: None,
            model,
        },
        Reading {
            prose: true,
            before: &mut ReadBefore::default(),
            whole_elsewhere: None,
            brief: false,
        },
    );
    task.model_answer(ctx.model(essay.model_answer.as_deref()));
    let mut tally = Tally::default();
    tally.push(task);
    tally.append(score_rubric(ctx, &essay.rubric, "", text));
    tally
}

/// Scores a report: each section and its rubric, the decision, then the report's rubric.
pub(crate) fn score_report(ctx: &Context<'_>, report: &Report) -> Tally {
    let empty = BTreeMap::new();
    let (sections, decision) = match &ctx.answer.response {
        Response::Report {
            sections, decision, ..
        } => (sections, decision.as_deref()),
        _ => (&empty, None),
    };
    let text_of = |id: &str| sections.get(id).map_or("", String::as_str);
    let mut tally = Tally::default();
    // A long sentence, and a sentence's frame, count once in the whole report, not once a
    // section.
    let mut before = ReadBefore::default();
    // A story told over the sections is told by all its words together, as over a grid's
    // cells.
    let whole_elsewhere = topic::across_answers(
        ctx,
        report
            .sections
            .iter()
            .map(|s| (text_of(&s.id), s.keywords.as_slice())),
    );
    for section in &report.sections {
        let text = text_of(&section.id);
        let max = keywords_max(&section.keywords) + words_max(section.words.as_ref());
        let mut task = ctx.task(&section.id, &section.heading, max);
        if section.required && text.trim().is_empty() {
            task.note(|| {
                format!(
                    "the required section {} is missing",
                    quoted(&section.heading)
                )
            });
            task.set_outcome(Outcome::Unanswered);
        } else {
            mark_text(
                ctx,
                &mut task,
                text,
                &section.keywords,
                section.words.as_ref(),
                Around {
                    question: None,
                    model: section.model_answer.as_deref(),
                },
                Reading {
                    prose: true,
                    before: &mut before,
                    whole_elsewhere,
                    brief: false,
                },
            );
        }
        task.model_answer(ctx.model(section.model_answer.as_deref()));
        tally.push(task);
        let prefix = format!("{}.", section.id);
        tally.append(score_rubric(ctx, &section.rubric, &prefix, text));
    }
    if let Some(asked) = &report.decision {
        let heading = report
            .sections
            .iter()
            .find(|s| *s.id == *asked.section)
            .map_or(asked.section.as_str(), |s| &*s.heading);
        tally.push(decision::decision_task(
            asked,
            decision,
            text_of(&asked.section),
            heading,
            ctx.explain,
        ));
    }
    let everything: Vec<&str> = report.sections.iter().map(|s| text_of(&s.id)).collect();
    tally.append(score_rubric(
        ctx,
        &report.rubric,
        "",
        &everything.join("\n"),
    ));
    tally
}
