//! The Aiken format: a question, its options as `A. …` or `A) …` lines, and an
//! `ANSWER: A` line; questions separated by blank lines.

use std::sync::Arc;

use super::{Answer, Choice, Imported, Question};
use crate::diagnostic::{Diagnostic, SourceFile};

/// The letter and text of an option line (`B) text`, `B. text`).
fn option_line(line: &str) -> Option<(char, &str)> {
    let mut chars = line.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str();
    let text = rest
        .strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))?;
    Some((letter, text.trim()))
}

/// A question being read: its first line's offset, prompt lines and options.
#[derive(Default)]
struct Open {
    start: usize,
    prompt: Vec<String>,
    options: Vec<(char, String)>,
}

/// Reads the Aiken questions of `file`.
pub fn read(file: &Arc<SourceFile>) -> Result<Imported, Vec<Diagnostic>> {
    let mut imported = Imported::default();
    let mut errors = Vec::new();
    let mut open: Option<Open> = None;
    let mut offset = 0;
    let error = |message: String, at: std::ops::Range<usize>| {
        Diagnostic::error("bad-aiken", message).in_file(file).at(at)
    };
    for raw in file.text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim();
        let lead = raw.len() - raw.trim_start().len();
        let span = start + lead..start + lead + line.len().max(1);
        if line.is_empty() {
            if let Some(q) = open.take() {
                errors.push(
                    error(
                        "this question has no `ANSWER:` line".into(),
                        q.start..q.start + 1,
                    )
                    .help("end each question with a line such as `ANSWER: B`"),
                );
            }
            continue;
        }
        let q = open.get_or_insert_with(|| Open {
            start: start + lead,
            ..Open::default()
        });
        if let Some(letters) = line.strip_prefix("ANSWER:") {
            let q = open.take().unwrap_or_default();
            let letter = letters.trim();
            let chosen = q.options.iter().position(|(l, _)| l.to_string() == letter);
            match chosen {
                _ if q.options.len() < 2 => errors.push(
                    error("a question needs at least two options".into(), span)
                        .help("write each option on its own line as `A. text`"),
                ),
                None => {
                    let known: Vec<String> = q.options.iter().map(|(l, _)| l.to_string()).collect();
                    errors.push(
                        error(format!("`{letter}` is not one of the options"), span)
                            .help(format!("the options are {}", known.join(", "))),
                    );
                }
                Some(right) => imported.questions.push(Question {
                    name: None,
                    prompt: q.prompt.join("\n"),
                    points: 1.0,
                    feedback: None,
                    answer: Answer::Choice {
                        multiple: false,
                        options: q
                            .options
                            .into_iter()
                            .enumerate()
                            .map(|(i, (_, text))| Choice {
                                text,
                                weight: if i == right { 1.0 } else { 0.0 },
                                feedback: None,
                            })
                            .collect(),
                    },
                }),
            }
        } else if let Some((letter, text)) = option_line(line) {
            if q.prompt.is_empty() {
                errors.push(error("an option before its question".into(), span));
            } else {
                q.options.push((letter, text.to_string()));
            }
        } else if q.options.is_empty() {
            q.prompt.push(line.to_string());
        } else {
            errors.push(
                error("expected an option (`C. text`) or `ANSWER:`".into(), span)
                    .help("options are a capital letter, then `.` or `)`, then a space"),
            );
        }
    }
    if let Some(q) = open {
        errors.push(
            error(
                "this question has no `ANSWER:` line".into(),
                q.start..q.start + 1,
            )
            .help("end each question with a line such as `ANSWER: B`"),
        );
    }
    if errors.is_empty() {
        Ok(imported)
    } else {
        Err(errors)
    }
}
