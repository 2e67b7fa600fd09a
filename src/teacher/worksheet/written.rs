//! Questions and written work: choice and short questions, follow-ups, essays and reports.

use super::BOX;
use crate::activity::{
    Criterion, Essay, KeywordGroup, Question, QuestionAnswer, Report, WordLimits,
};
use crate::teacher::doc::{Block, Doc};
use crate::text::fmt_marks;

/// "trade / market* / goods — 1 mark" (× occurrences when more than one).
pub(super) fn keyword_text(group: &KeywordGroup) -> String {
    let times = if group.occurrences > 1 {
        format!(", up to {} times", group.occurrences)
    } else {
        String::new()
    };
    format!(
        "{} — {}{times}",
        group.alternatives.join(" / "),
        super::marks(group.points)
    )
}

/// The word limits as a student reads them: "200–600 words".
pub fn words_text(words: &WordLimits) -> Option<String> {
    match (words.min, words.max) {
        (Some(min), Some(max)) => Some(format!("{min}–{max} words")),
        (Some(min), None) => Some(format!("at least {min} words")),
        (None, Some(max)) => Some(format!("at most {max} words")),
        (None, None) => None,
    }
}

/// The marks for length, for the key.
fn length_marks(words: &WordLimits) -> Option<String> {
    if !words.bands.is_empty() {
        let bands: Vec<String> = words
            .bands
            .iter()
            .map(|(min, points)| format!("{min}+ words: {}", fmt_marks(*points)))
            .collect();
        return Some(format!("Length: {}", bands.join("; ")));
    }
    (words.points > 0.0).then(|| format!("Length within the limits: {}", fmt_marks(words.points)))
}

/// Lines enough for an answer of this length.
fn lines_for(words: Option<&WordLimits>, default: usize) -> usize {
    let target = words
        .and_then(|w| w.max.or(w.min))
        .map_or(default * 12, |n| n as usize);
    (target / 12).clamp(2, 30)
}

fn word_note(doc: &mut Doc, words: Option<&WordLimits>, answers: bool) {
    let Some(words) = words else {
        return;
    };
    let mut parts: Vec<String> = words_text(words).into_iter().collect();
    if words.hard_min {
        parts.push("below the minimum earns nothing".into());
    }
    if answers {
        parts.extend(length_marks(words));
    }
    doc.note(parts.join("; "));
}

fn keywords(doc: &mut Doc, groups: &[KeywordGroup]) {
    if !groups.is_empty() {
        doc.paragraph("Points to make:");
        doc.list(groups.iter().map(keyword_text).collect());
    }
}

fn model(doc: &mut Doc, text: Option<&String>) {
    if let Some(text) = text {
        doc.push(Block::Quote {
            heading: "Model answer".into(),
            text: text.clone(),
        });
    }
}

/// A rubric as a table of levels.
fn rubric(doc: &mut Doc, criteria: &[Criterion], prefix: &str) {
    if criteria.is_empty() {
        return;
    }
    let mut rows = Vec::new();
    for c in criteria {
        for level in &c.levels {
            rows.push(vec![
                format!("{} (`{prefix}{}`)", c.criterion, c.id),
                fmt_marks(level.points),
                level.description.clone(),
            ]);
        }
    }
    doc.paragraph("Rubric (marked by the teacher):");
    doc.table(
        vec!["Criterion".into(), "Marks".into(), "Level".into()],
        rows,
    );
}

/// A question (choice or written), numbered.
pub(super) fn question(doc: &mut Doc, n: usize, q: &Question, answers: bool) {
    doc.paragraph(format!("{n}. {} ({})", q.prompt, super::marks(q.points)));
    match &q.answer {
        QuestionAnswer::Choice { multiple, options } => {
            if !answers {
                doc.note(if *multiple {
                    "Tick every right answer."
                } else {
                    "Tick one answer."
                });
            }
            // As scored: in a single-answer question only the best option is the answer
            // (others may earn part of the marks), and a wrong one earns nothing, as a
            // question never scores below 0; in a multiple-answer one a wrong tick
            // takes off its share.
            let best = options.iter().map(|o| o.weight).fold(0.0, f64::max);
            doc.list(
                options
                    .iter()
                    .map(|o| match answers {
                        false => format!("{BOX} {}", o.text),
                        true if o.weight > 0.0 && (*multiple || o.weight >= best) => {
                            format!("✓ {} ({} of the marks)", o.text, share(o.weight))
                        }
                        true if o.weight > 0.0 => {
                            format!(
                                "~ {} (part credit: {} of the marks)",
                                o.text,
                                share(o.weight)
                            )
                        }
                        true if o.weight < 0.0 && *multiple => {
                            format!("✗ {} (takes off {} of the marks)", o.text, share(-o.weight))
                        }
                        true => format!("✗ {} (no marks)", o.text),
                    })
                    .collect(),
            );
        }
        QuestionAnswer::Written {
            accept,
            keywords: groups,
            words,
        } => {
            word_note(doc, words.as_ref(), answers);
            if answers {
                if !accept.is_empty() {
                    doc.paragraph(format!("Accepted answers: {}", accept.join(" / ")));
                }
                keywords(doc, groups);
                if accept.is_empty() && groups.is_empty() {
                    doc.note("No key: marked by the teacher.");
                }
            } else {
                doc.push(Block::Lines(lines_for(words.as_ref(), 3)));
            }
        }
    }
    if answers {
        model(doc, q.model_answer.as_ref());
        doc.note(q.feedback.clone().unwrap_or_default());
    }
}

/// A weight as a share: "all", "half", "0.3".
fn share(weight: f64) -> String {
    if (weight - 1.0).abs() < 1e-9 {
        "all".into()
    } else {
        format!("{}%", fmt_marks(weight * 100.0))
    }
}

pub(super) fn essay(doc: &mut Doc, essay: &Essay, answers: bool) {
    doc.list(essay.guidance.clone());
    word_note(doc, essay.words.as_ref(), answers);
    if answers {
        keywords(doc, &essay.keywords);
        rubric(doc, &essay.rubric, "");
        model(doc, essay.model_answer.as_ref());
    } else {
        doc.push(Block::Lines(lines_for(essay.words.as_ref(), 25)));
    }
}

pub(super) fn report(doc: &mut Doc, report: &Report, answers: bool) {
    if !report.cover.is_empty() {
        let rows = report
            .cover
            .iter()
            .map(|f| {
                let value = match (&f.value, answers) {
                    (Some(v), _) => v.clone(),
                    (None, true) => f.placeholder.clone().unwrap_or_default(),
                    (None, false) => String::new(),
                };
                vec![f.label.clone(), value]
            })
            .collect();
        doc.table(vec!["".into(), "".into()], rows);
    }
    if let Some(decision) = &report.decision {
        doc.paragraph(decision.prompt.clone());
        let section = report
            .sections
            .iter()
            .find(|s| *s.id == *decision.section)
            .map_or(decision.section.as_str(), |s| &*s.heading);
        if answers {
            doc.note(format!(
                "Any option, decided and argued in “{section}”, earns {}.",
                super::marks(decision.points)
            ));
            doc.list(
                decision
                    .options
                    .iter()
                    .map(|o| format!("{}: shown by {}", o.label, o.alternatives.join(" / ")))
                    .collect(),
            );
        } else {
            doc.list(
                decision
                    .options
                    .iter()
                    .map(|o| format!("{BOX} {}", o.label))
                    .collect(),
            );
            doc.note(format!("Argue your decision in “{section}”."));
        }
    }
    for section in &report.sections {
        let optional = if section.required { "" } else { " (optional)" };
        doc.heading(3, format!("{}{optional}", section.heading));
        doc.list(section.guidance.clone());
        word_note(doc, section.words.as_ref(), answers);
        if answers {
            keywords(doc, &section.keywords);
            rubric(doc, &section.rubric, &format!("{}.", section.id));
            model(doc, section.model_answer.as_ref());
        } else {
            doc.push(Block::Lines(lines_for(section.words.as_ref(), 8)));
        }
    }
    if answers {
        rubric(doc, &report.rubric, "");
    }
}
