//! Moodle's GIFT format: questions separated by blank lines, each `::name::` (optional),
//! a text and an answer block in braces: `{=right ~wrong}`, `{=a =b}` (short answer),
//! `{=item -> option …}` (matching), `{T}`/`{F}`, `{}` (essay), `{#…}` (numerical, not
//! carried over). `\` escapes `~ = # { } :`; `//` starts a comment line.

use std::ops::Range;
use std::sync::Arc;

use super::{Answer, Choice, Imported, Question, plain_text};
use crate::diagnostic::{Diagnostic, SourceFile};

/// Reads the GIFT questions of `file`.
pub fn read(file: &Arc<SourceFile>) -> Result<Imported, Vec<Diagnostic>> {
    let mut imported = Imported::default();
    let mut errors = Vec::new();
    for (start, chunk) in chunks(&file.text) {
        let located =
            |d: Diagnostic, at: Range<usize>| d.in_file(file).at(start + at.start..start + at.end);
        if chunk.starts_with("$CATEGORY:") {
            continue;
        }
        match question(chunk) {
            Ok(Parsed::Question(q, notes)) => {
                imported.questions.push(q);
                imported
                    .dropped
                    .extend(notes.into_iter().map(|(d, at)| located(d, at)));
            }
            Ok(Parsed::Dropped(d, at)) => imported.dropped.push(located(d, at)),
            Err((d, at)) => errors.push(located(d, at)),
        }
    }
    if errors.is_empty() {
        Ok(imported)
    } else {
        Err(errors)
    }
}

/// The questions' texts with their byte offsets: runs of lines between blank lines, comment
/// lines left out (a comment line inside a run stays out of it).
fn chunks(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let end = offset + line.len();
        if trimmed.is_empty() {
            if let Some((s, e)) = run.take() {
                out.push((s, text[s..e].trim_end()));
            }
        } else if !trimmed.starts_with("//") {
            let lead = line.len() - line.trim_start().len();
            run = Some(match run {
                Some((s, _)) => (s, end),
                None => (offset + lead, end),
            });
        }
        offset = end;
    }
    if let Some((s, e)) = run {
        out.push((s, text[s..e].trim_end()));
    }
    out
}

enum Parsed {
    Question(Question, Vec<Failure>),
    Dropped(Diagnostic, Range<usize>),
}

type Failure = (Diagnostic, Range<usize>);

/// The byte index of the first unescaped `pat` at or after `from`.
fn find(text: &str, pat: &str, from: usize) -> Option<usize> {
    let mut i = from;
    while i < text.len() {
        if text[i..].starts_with('\\') {
            i += 1 + text[i + 1..].chars().next().map_or(0, char::len_utf8);
            continue;
        }
        if text[i..].starts_with(pat) {
            return Some(i);
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Text with GIFT's escapes undone, its `[html]`-style format tag dropped and its lines
/// joined as written; HTML becomes plain text.
fn text_of(raw: &str) -> String {
    let raw = raw.trim();
    let (html, raw) = match raw.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((tag, rest)) if matches!(tag, "html" | "moodle" | "plain" | "markdown") => {
            (tag == "html", rest)
        }
        _ => (false, raw),
    };
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('n')) => {
                out.push('\n');
                chars.next();
            }
            ('\\', Some(next)) => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    let out = if html { plain_text(&out) } else { out };
    out.lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn question(chunk: &str) -> Result<Parsed, Failure> {
    let (name, body_start) = if chunk.starts_with("::") {
        let end = find(chunk, "::", 2).ok_or_else(|| {
            (
                Diagnostic::error("bad-gift", "this question's name is never closed")
                    .label("`::` opens a name")
                    .help("end the name with `::`"),
                0..2,
            )
        })?;
        (Some(text_of(&chunk[2..end])), end + 2)
    } else {
        (None, 0)
    };
    let Some(open) = find(chunk, "{", body_start) else {
        return Err((
            Diagnostic::error("bad-gift", "this question has no answer block")
                .help("add the answers in braces, e.g. `{=right ~wrong}`, or `{}` for an essay"),
            body_start..chunk.len().min(body_start + 1).max(body_start),
        ));
    };
    let Some(close) = find(chunk, "}", open + 1) else {
        return Err((
            Diagnostic::error("bad-gift", "this answer block is never closed")
                .label("opened here")
                .help("end the answers with `}`; write `\\}` for a brace in a text"),
            open..open + 1,
        ));
    };
    if let Some(extra) = find(chunk, "{", close + 1) {
        return Err((
            Diagnostic::error("bad-gift", "a second answer block in one question")
                .help("leave a blank line between questions"),
            extra..extra + 1,
        ));
    }
    let before = text_of(&chunk[body_start..open]);
    let after = text_of(&chunk[close + 1..]);
    let prompt = if after.is_empty() {
        before
    } else {
        format!("{before} _____ {after}")
    };
    let block = &chunk[open + 1..close];
    let inner = open + 1;
    let mut notes = Vec::new();
    let (answer, feedback) = answer(block, inner, &mut notes)?;
    let Some(answer) = answer else {
        return Ok(Parsed::Dropped(
            Diagnostic::warning(
                "not-carried-over",
                "a numerical question is not carried over",
            )
            .help("classwork has no numerical questions: write it as a short answer"),
            open..close + 1,
        ));
    };
    if prompt.is_empty() {
        return Err((
            Diagnostic::error("bad-gift", "this question has no text"),
            open..open + 1,
        ));
    }
    Ok(Parsed::Question(
        Question {
            name,
            prompt,
            points: 1.0,
            feedback,
            answer,
        },
        notes,
    ))
}

/// One answer of a block: `=` or `~`, its weight, text and feedback.
struct Part {
    right: bool,
    weight: Option<f64>,
    text: String,
    feedback: Option<String>,
    at: Range<usize>,
}

/// The answer of a block (`None` for a numerical one) and its general feedback.
fn answer(
    block: &str,
    at: usize,
    notes: &mut Vec<Failure>,
) -> Result<(Option<Answer>, Option<String>), Failure> {
    let (block, general) = match find(block, "####", 0) {
        Some(i) => (&block[..i], Some(text_of(&block[i + 4..]))),
        None => (block, None),
    };
    let trimmed = block.trim();
    if trimmed.is_empty() {
        return Ok((Some(Answer::Essay), general));
    }
    if trimmed.starts_with('#') {
        return Ok((None, general));
    }
    let (head, tf_feedback) = match find(trimmed, "#", 0) {
        Some(i) => (trimmed[..i].trim(), Some(text_of(&trimmed[i + 1..]))),
        None => (trimmed, None),
    };
    if let Some(truth) = match head {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    } {
        let option = |text: &str, right: bool| Choice {
            text: text.to_string(),
            weight: if right { 1.0 } else { 0.0 },
            feedback: if right { None } else { tf_feedback.clone() },
        };
        let options = vec![option("True", truth), option("False", !truth)];
        return Ok((
            Some(Answer::Choice {
                multiple: false,
                options,
            }),
            general,
        ));
    }
    let parts = parts(block, at)?;
    let pairs: Vec<&Part> = parts.iter().filter(|p| p.text.contains("->")).collect();
    if !pairs.is_empty() {
        if let Some(p) = parts.iter().find(|p| !p.text.contains("->")) {
            return Err((
                Diagnostic::error("bad-gift", "a matching question's answer has no `->`")
                    .help("write each pair as `=item -> option`"),
                p.at.clone(),
            ));
        }
        let pairs = parts
            .iter()
            .map(|p| {
                let (item, option) = p.text.split_once("->").unwrap_or((&p.text, ""));
                (item.trim().to_string(), option.trim().to_string())
            })
            .collect();
        return Ok((Some(Answer::Matching { pairs }), general));
    }
    let whole = at..at + block.len();
    if parts.iter().all(|p| p.right) {
        let (accept, partial): (Vec<&Part>, Vec<&Part>) = parts
            .iter()
            .partition(|p| p.weight.is_none_or(|w| w >= 1.0));
        for p in partial {
            notes.push((
                Diagnostic::warning(
                    "not-carried-over",
                    "an answer worth part of the marks is not carried over",
                )
                .help("a short answer in classwork is accepted in full or not at all"),
                p.at.clone(),
            ));
        }
        if let Some(p) = accept.iter().find(|p| p.feedback.is_some()) {
            notes.push((
                Diagnostic::warning(
                    "not-carried-over",
                    "feedback on a short answer is not carried over",
                ),
                p.at.clone(),
            ));
        }
        if accept.is_empty() {
            return Err((
                Diagnostic::error("bad-gift", "no answer earns full marks"),
                whole,
            ));
        }
        let accept = accept.iter().map(|p| p.text.clone()).collect();
        return Ok((Some(Answer::Short { accept }), general));
    }
    let multiple = !parts.iter().any(|p| p.right);
    let options = parts
        .iter()
        .map(|p| Choice {
            text: p.text.clone(),
            weight: p.weight.unwrap_or(if p.right { 1.0 } else { 0.0 }),
            feedback: p.feedback.clone(),
        })
        .collect::<Vec<_>>();
    let best = if multiple {
        options.iter().map(|o| o.weight.max(0.0)).sum::<f64>()
    } else {
        options.iter().map(|o| o.weight).fold(0.0, f64::max)
    };
    if best + 1e-9 < 1.0 {
        return Err((
            Diagnostic::error("bad-gift", "no answer earns full marks")
                .label(format!("the best answer earns {:.0}%", best * 100.0))
                .help("mark a right answer with `=`, or give weights adding up to 100%"),
            whole,
        ));
    }
    Ok((Some(Answer::Choice { multiple, options }), general))
}

/// The `=`/`~` answers of a block, which starts at byte `at` of its question.
fn parts(block: &str, at: usize) -> Result<Vec<Part>, Failure> {
    let mut starts = Vec::new();
    let mut i = 0;
    while i < block.len() {
        let next = [find(block, "=", i), find(block, "~", i)]
            .into_iter()
            .flatten()
            .min();
        let Some(n) = next else { break };
        starts.push(n);
        i = n + 1;
    }
    // `->` in a matching pair is not a new answer, nor a `=` inside a `%…%`.
    let first = starts.first().copied().unwrap_or(block.len());
    if !block[..first].trim().is_empty() {
        return Err((
            Diagnostic::error("bad-gift", "an answer must start with `=` or `~`")
                .help("write `=` before a right answer and `~` before a wrong one"),
            at..at + first.max(1),
        ));
    }
    let mut parts = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(block.len());
        let raw = &block[s + 1..e];
        let span = at + s..at + e;
        let (weight, raw) = match raw.strip_prefix('%') {
            Some(rest) => {
                let end = rest.find('%').ok_or_else(|| {
                    (
                        Diagnostic::error("bad-gift", "a weight is never closed")
                            .help("write a weight as `%50%`"),
                        span.clone(),
                    )
                })?;
                let w: f64 = rest[..end].trim().parse().map_err(|_| {
                    (
                        Diagnostic::error("bad-gift", "a weight must be a percentage")
                            .help("write a weight as `%50%` or `%-100%`"),
                        span.clone(),
                    )
                })?;
                if !(-100.0..=100.0).contains(&w) {
                    return Err((
                        Diagnostic::error("bad-gift", "a weight is from -100% to 100%"),
                        span,
                    ));
                }
                (Some(w / 100.0), &rest[end + 1..])
            }
            None => (None, raw),
        };
        let (text, feedback) = match find(raw, "#", 0) {
            Some(h) => (text_of(&raw[..h]), Some(text_of(&raw[h + 1..]))),
            None => (text_of(raw), None),
        };
        if text.is_empty() {
            return Err((
                Diagnostic::error("bad-gift", "an answer with no text"),
                span,
            ));
        }
        parts.push(Part {
            right: block[s..].starts_with('='),
            weight,
            text,
            feedback,
            at: span,
        });
    }
    Ok(parts)
}
