//! The plain dialogue of the kinds that are written: grid, short, essay and report.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};

use super::{Dialogue, ask_one};
use crate::activity::{Essay, Grid, Quiz, Report};
use crate::text::clean;

/// Asks for each grid cell not given.
pub(super) fn grid<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    grid: &Grid,
    cells: &mut BTreeMap<String, String>,
) -> std::io::Result<bool> {
    for cell in grid.cells.iter().filter(|c| c.given.is_none()) {
        let row = grid
            .rows
            .iter()
            .find(|r| r.id == cell.row)
            .map_or("", |r| r.label.as_str());
        let column = grid
            .columns
            .iter()
            .find(|c| c.id == cell.column)
            .map_or("", |c| c.label.as_str());
        io.blank()?;
        io.say(&format!("{}: {}", clean(row), clean(column)))?;
        let kept = cells.get(&cell.id()).cloned().unwrap_or_default();
        let Some(text) = io.ask_line(&kept)? else {
            return Ok(false);
        };
        io.say(&format!(
            "{}, {}: recorded ({} words).",
            clean(row),
            clean(column),
            crate::text::word_count(&text)
        ))?;
        cells.insert(cell.id(), text);
    }
    Ok(true)
}

/// Asks each short-answer question.
pub(super) fn short<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    quiz: &Quiz,
    answers: &mut BTreeMap<String, String>,
) -> std::io::Result<bool> {
    for (n, q) in quiz.questions.iter().enumerate() {
        io.blank()?;
        io.say(&format!(
            "Question {} of {}: {}",
            n + 1,
            quiz.questions.len(),
            clean(&q.prompt)
        ))?;
        let kept = answers.get(&*q.id).cloned().unwrap_or_default();
        let Some(text) = io.ask_line(&kept)? else {
            return Ok(false);
        };
        io.say(&format!("Answer to question {} recorded.", n + 1))?;
        answers.insert(q.id.to_string(), text);
    }
    Ok(true)
}

/// Shows an essay's guidance and limits and asks for the essay.
pub(super) fn essay<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    essay: &Essay,
    text: &mut String,
) -> std::io::Result<bool> {
    for g in &essay.guidance {
        io.say(&format!("- {}", clean(g)))?;
    }
    if let Some(w) = &essay.words {
        io.say(&word_limits(w.min, w.max))?;
    }
    let Some(written) = io.ask_text(text)? else {
        return Ok(false);
    };
    io.say(&format!(
        "Essay recorded ({} words).",
        crate::text::word_count(&written)
    ))?;
    *text = written;
    Ok(true)
}

/// Asks a report's cover fields, its decision and each section.
pub(super) fn report<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    report: &Report,
    cover: &mut BTreeMap<String, String>,
    sections: &mut BTreeMap<String, String>,
    decision: &mut Option<String>,
) -> std::io::Result<bool> {
    for field in &report.cover {
        match &field.value {
            Some(v) => io.say(&format!("{}: {}", clean(&field.label), clean(v)))?,
            None => {
                io.say(&format!("{}:", clean(&field.label)))?;
                let kept = cover.get(&*field.id).cloned().unwrap_or_default();
                let Some(v) = io.ask_line(&kept)? else {
                    return Ok(false);
                };
                cover.insert(field.id.clone(), v);
            }
        }
    }
    if let Some(d) = &report.decision {
        io.blank()?;
        io.say(&clean(&d.prompt))?;
        for (i, o) in d.options.iter().enumerate() {
            io.say(&format!("  {}. {}", i + 1, clean(&o.label)))?;
        }
        let kept: Vec<usize> = decision
            .as_ref()
            .and_then(|id| d.options.iter().position(|o| &o.id == id))
            .map(|p| p + 1)
            .into_iter()
            .collect();
        let saved = kept
            .first()
            .map(|&p| format!("decided {}", clean(&d.options[p - 1].label)))
            .unwrap_or_default();
        let prompt = "Type the number of your decision.";
        let Some(pick) = ask_one(io, prompt, d.options.len(), (&kept, &saved))? else {
            return Ok(false);
        };
        match pick {
            Some(p) => {
                io.say(&format!("Decision: {}.", clean(&d.options[p - 1].label)))?;
                *decision = Some(d.options[p - 1].id.clone());
            }
            None => *decision = None,
        }
    }
    for (n, s) in report.sections.iter().enumerate() {
        io.blank()?;
        io.say(&format!(
            "Section {} of {}: {}",
            n + 1,
            report.sections.len(),
            clean(&s.heading)
        ))?;
        for g in &s.guidance {
            io.say(&format!("- {}", clean(g)))?;
        }
        if let Some(w) = &s.words {
            io.say(&word_limits(w.min, w.max))?;
        }
        let kept = sections.get(&*s.id).cloned().unwrap_or_default();
        let Some(text) = io.ask_text(&kept)? else {
            return Ok(false);
        };
        io.say(&format!(
            "Section {} recorded ({} words).",
            n + 1,
            crate::text::word_count(&text)
        ))?;
        sections.insert(s.id.to_string(), text);
    }
    Ok(true)
}

/// What to say of an answer's word limits.
fn word_limits(min: Option<u32>, max: Option<u32>) -> String {
    match (min, max) {
        (Some(lo), Some(hi)) => format!("Write {lo} to {hi} words."),
        (Some(lo), None) => format!("Write at least {lo} words."),
        (None, Some(hi)) => format!("Write at most {hi} words."),
        (None, None) => String::new(),
    }
}
