//! Rendering diagnostics as rustc does (annotate-snippets) and as JSON.

use std::ops::Range;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde_json::{Value, json};

use super::{Diagnostic, Severity, Tally};

use crate::text::{clean, is_unsafe};

/// Whether rendered diagnostics use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// No escape codes (files, pipes, `NO_COLOR`).
    Plain,
    /// ANSI colours, for a terminal.
    Color,
}

/// Renders one diagnostic: header, `--> file:line:col`, the line with a caret, and help.
pub fn render(diagnostic: &Diagnostic, style: Style) -> String {
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let message = clean(&diagnostic.message);
    let mut title = level
        .clone()
        .primary_title(message.as_ref())
        .id(diagnostic.code);
    let excerpt;
    let label = diagnostic.label.as_deref().map(clean);
    let name = diagnostic
        .file
        .as_ref()
        .map(|f| clean(&f.name).into_owned());
    if let (Some(file), Some(span)) = (&diagnostic.file, &diagnostic.span) {
        let (first, last, start) = line_window(&file.text, span);
        let local = (span.start.max(first) - first)..(span.end.min(last).max(span.start) - first);
        let (text, local) = clean_excerpt(&file.text[first..last], local);
        excerpt = text;
        let mut annotation = AnnotationKind::Primary.span(local);
        if let Some(label) = &label {
            annotation = annotation.label(label.as_ref());
        }
        let snippet = Snippet::source(excerpt.as_str())
            .line_start(start)
            .path(name.as_deref().unwrap_or_default())
            .annotation(annotation);
        title = level.primary_title(message.as_ref()).id(diagnostic.code);
        let mut group = Group::with_title(title).element(snippet);
        if let Some(help) = &diagnostic.help {
            group = group.element(Level::HELP.message(clean(help)));
        }
        return renderer(style).render(&[group]);
    }
    let mut group = Group::with_title(title);
    if let Some(name) = &name {
        group = group.element(Origin::path(name.as_str()));
    }
    if let Some(help) = &diagnostic.help {
        group = group.element(Level::HELP.message(clean(help)));
    }
    let rendered = renderer(style).render(&[group]);
    // With no line there is no line-number gutter, and the renderer puts `-->` and
    // `= help` at its edge; indent them as under a one-digit line number, as every other
    // diagnostic is.
    let mut lines = rendered.lines();
    let mut out = lines.next().unwrap_or_default().to_string();
    for line in lines {
        out.push_str("\n ");
        out.push_str(line);
    }
    out
}

/// The lines shown under a diagnostic made safe for a terminal, with the span within them
/// moved to match: a carriage return before a line break (a CRLF file) is dropped, and any
/// other character that could drive a terminal becomes `�`.
fn clean_excerpt(text: &str, span: Range<usize>) -> (String, Range<usize>) {
    if !text.chars().any(is_unsafe) {
        return (text.to_string(), span);
    }
    let mut out = String::with_capacity(text.len());
    let (mut start, mut end) = (span.start, span.end);
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if at == span.start {
            start = out.len();
        }
        if at == span.end {
            end = out.len();
        }
        let crlf = c == '\r' && chars.peek().is_none_or(|(_, next)| *next == '\n');
        if crlf {
            continue;
        }
        out.push(if is_unsafe(c) { '\u{FFFD}' } else { c });
    }
    if span.start >= text.len() {
        start = out.len();
    }
    if span.end >= text.len() {
        end = out.len();
    }
    (out, start..end.max(start))
}

/// Renders many diagnostics, then a summary line; empty when there are none.
pub fn render_all(diagnostics: &[Diagnostic], style: Style) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&render(d, style));
        out.push_str("\n\n");
    }
    out
}

fn renderer(style: Style) -> Renderer {
    match style {
        Style::Plain => Renderer::plain(),
        Style::Color => Renderer::styled(),
    }
    .decor_style(DecorStyle::Ascii)
}

/// The byte range of the whole lines a span touches, and the 1-based number of the first.
fn line_window(text: &str, span: &Range<usize>) -> (usize, usize, usize) {
    let start = span.start.min(text.len());
    let start = (0..=start)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let end = span.end.clamp(start, text.len());
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let first = text[..start].rfind('\n').map_or(0, |i| i + 1);
    // Show at most a few lines of a long span (a whole table, say).
    let mut last = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let lines_shown: Vec<usize> = text[first..last]
        .match_indices('\n')
        .map(|(i, _)| i)
        .collect();
    if lines_shown.len() > 4 {
        last = first + lines_shown[3];
    }
    let line = text[..first].matches('\n').count() + 1;
    (first, last, line)
}

/// Diagnostics as a JSON document: `{"diagnostics": [...], "errors": n, "warnings": n}`.
/// Text from files is cleaned ([`clean`]): JSON escapes control characters, but not the
/// bidirectional controls a terminal or an editor would act on.
pub fn to_json(diagnostics: &[Diagnostic]) -> Value {
    let tally = Tally::of(diagnostics);
    let items: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let (line, column, end_line, end_column) = match (&d.file, &d.span) {
                (Some(f), Some(s)) => {
                    let (l, c) = f.line_col(s.start);
                    let (el, ec) = f.line_col(s.end);
                    (Some(l), Some(c), Some(el), Some(ec))
                }
                _ => (None, None, None, None),
            };
            json!({
                "severity": d.severity.name(),
                "code": d.code,
                "message": clean(&d.message),
                "file": d.file.as_ref().map(|f| clean(&f.name)),
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "label": d.label.as_deref().map(clean),
                "help": d.help.as_deref().map(clean),
            })
        })
        .collect();
    json!({ "diagnostics": items, "errors": tally.errors, "warnings": tally.warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_cleaned_and_the_span_follows() {
        let (text, span) = clean_excerpt("id = \"x\u{1b}[2J\"", 7..8);
        assert_eq!(text, "id = \"x\u{FFFD}[2J\"");
        assert_eq!(&text[span], "\u{FFFD}");
        let (text, span) = clean_excerpt("a = 1\r\nb\u{202E} = 2\r", 7..8);
        assert_eq!(text, "a = 1\nb\u{FFFD} = 2");
        assert_eq!(&text[span], "b");
        let (text, span) = clean_excerpt("clean", 1..3);
        assert_eq!((text.as_str(), span), ("clean", 1..3));
    }
}
