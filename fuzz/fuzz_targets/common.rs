//! What every loader's diagnostics must satisfy, whatever the input.

use classwork::diagnostic::{Diagnostic, Style, render_all, to_json};
use classwork::text::is_unsafe;

/// Panics (a finding) when a span leaves its file or splits a character, or when the
/// rendering holds a character that could drive a terminal.
pub fn check(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        if let Some(span) = &d.span {
            let text = &d.file.as_ref().expect("a span has a file").text;
            assert!(span.start <= span.end, "backwards span: {d:?}");
            assert!(span.end <= text.len(), "span past the end: {d:?}");
            assert!(
                text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                "span inside a character: {d:?}"
            );
        }
    }
    let rendered = render_all(diagnostics, Style::Plain);
    assert!(
        !rendered.chars().any(|c| is_unsafe(c) || c == '\r'),
        "unsafe character rendered: {rendered:?}"
    );
    let json = to_json(diagnostics).to_string();
    assert!(
        !json.chars().any(is_unsafe),
        "unsafe character in JSON: {json}"
    );
}
