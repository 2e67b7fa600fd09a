//! `essay` and `report`: long writing.

use super::Ctx;
use super::questions::{validate_keywords, validate_rubric, validate_words};
use super::tables::required;
use crate::activity::model::{CoverField, Decision, DecisionOption, Essay, Report, Section};
use crate::activity::raw::RawActivity;
use crate::diagnostic::Diagnostic;

/// An `essay`.
pub(super) fn validate_essay(ctx: &mut Ctx<'_>, raw: &RawActivity) -> Option<Essay> {
    let guidance = raw
        .guidance
        .as_ref()
        .map(|g| g.get().as_slice())
        .unwrap_or_default();
    for g in guidance {
        ctx.not_blank("guidance", g);
    }
    let keywords = raw
        .keywords
        .as_ref()
        .map(|k| validate_keywords(ctx, k.get()))
        .unwrap_or_default();
    let rubric = raw
        .rubric
        .as_ref()
        .map(|r| validate_rubric(ctx, r.get()))
        .unwrap_or_default();
    let words = raw.words.as_ref().map(|w| validate_words(ctx, w.get()));
    if raw.instructions.is_none() {
        ctx.push(
            Diagnostic::error(
                "empty-prompt",
                "an essay needs `instructions`: the question to answer",
            )
            .at(raw.title.span()),
        );
    }
    Some(Essay {
        guidance: guidance.iter().map(|g| g.get().clone()).collect(),
        words,
        keywords,
        rubric,
        model_answer: raw.model_answer.as_ref().map(|m| m.get().clone()),
    })
}

/// A structured `report`.
pub(super) fn validate_report(ctx: &mut Ctx<'_>, raw: &RawActivity) -> Option<Report> {
    let raw_cover = raw
        .cover
        .as_ref()
        .map(|c| c.get().as_slice())
        .unwrap_or_default();
    ctx.unique_ids("cover field", raw_cover.iter().map(|c| &c.id));
    let cover = raw_cover
        .iter()
        .map(|c| {
            ctx.not_blank("cover label", &c.label);
            CoverField {
                id: c.id.get().clone(),
                label: c.label.get().clone(),
                value: c.value.as_ref().map(|v| v.get().clone()),
                placeholder: c.placeholder.as_ref().map(|p| p.get().clone()),
            }
        })
        .collect();
    let raw_sections = required(ctx, raw, "sections", raw.sections.as_ref())?;
    let section_ids = ctx.unique_ids("section", raw_sections.iter().map(|s| &s.id));
    let sections: Vec<Section> = raw_sections
        .iter()
        .map(|s| {
            ctx.not_blank("heading", &s.heading);
            for g in &s.guidance {
                ctx.not_blank("guidance", g);
            }
            for n in &s.notes_from {
                ctx.id("activity", n);
            }
            Section {
                id: s.id.get().as_str().into(),
                heading: s.heading.get().as_str().into(),
                guidance: s.guidance.iter().map(|g| g.get().clone()).collect(),
                required: s.required.as_ref().is_none_or(|r| *r.get()),
                words: s.words.as_ref().map(|w| validate_words(ctx, w)),
                keywords: validate_keywords(ctx, &s.keywords),
                rubric: validate_rubric(ctx, &s.rubric),
                model_answer: s.model_answer.as_ref().map(|m| m.get().clone()),
                notes_from: s.notes_from.iter().map(|n| n.get().clone()).collect(),
            }
        })
        .collect();
    let decision = raw.decision.as_ref().and_then(|d| {
        let d = d.get();
        ctx.not_blank("decision prompt", &d.prompt);
        let known = ctx.reference("section", &d.section, &section_ids);
        ctx.unique_ids("decision option", d.options.iter().map(|o| &o.id));
        if d.options.len() < 2 {
            ctx.push(
                Diagnostic::error("too-few", "a decision needs at least two options")
                    .at(d.prompt.span())
                    .help("add another `[[decision.options]]` table"),
            );
        }
        let options = d
            .options
            .iter()
            .map(|o| {
                ctx.not_blank("option label", &o.label);
                let mut alternatives: Vec<String> =
                    o.alternatives.iter().map(|a| a.get().clone()).collect();
                if alternatives.is_empty() {
                    alternatives.push(o.label.get().clone());
                }
                DecisionOption {
                    id: o.id.get().clone(),
                    label: o.label.get().clone(),
                    alternatives,
                }
            })
            .collect();
        known.then(|| Decision {
            prompt: d.prompt.get().clone(),
            options,
            section: d.section.get().clone(),
            points: ctx.points(d.points.as_ref(), 1.0),
        })
    });
    let rubric = raw
        .rubric
        .as_ref()
        .map(|r| validate_rubric(ctx, r.get()))
        .unwrap_or_default();
    if raw.decision.is_some() && decision.is_none() {
        return None;
    }
    Some(Report {
        cover,
        sections,
        decision,
        rubric,
    })
}
