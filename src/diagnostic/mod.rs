//! Problems found in files, with where they are and how to fix them.
//!
//! A [`Diagnostic`] carries its [`SourceFile`] so it can be rendered on its own, the way rustc
//! and cargo render theirs ([`render()`]), or as JSON ([`to_json`]).

mod render;
mod suggest;

use std::ops::Range;
use std::sync::Arc;

pub use render::{Style, render, render_all, to_json};
pub use suggest::{closest, edit_distance};

/// A file's name and text, shared by the diagnostics that point into it.
#[derive(Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as the user should see it.
    pub name: String,
    /// The text (lossily decoded if the file was not UTF-8).
    pub text: String,
}

impl SourceFile {
    /// A new shared source file.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Arc<Self> {
        Arc::new(Self {
            name: name.into(),
            text: text.into(),
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Not a problem in itself: what an earlier error kept from being checked.
    Note,
    /// The file still loads; worth fixing.
    Warning,
    /// The file (or the part named) cannot be used.
    Error,
}

impl Severity {
    /// `error` or `warning`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// One problem, located in a file where it has a place.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable short name for the kind of problem (`unknown-reference`).
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The file it is in, if any.
    pub file: Option<Arc<SourceFile>>,
    /// The byte range it is about, within `file`.
    pub span: Option<Range<usize>>,
    /// A short label under the caret.
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with no place yet.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code,
            message: message.into(),
            file: None,
            span: None,
            label: None,
            help: None,
        }
    }

    /// A note with no place yet.
    pub fn note(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Note,
            ..Self::error(code, message)
        }
    }

    /// A warning with no place yet.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, message)
        }
    }

    /// Places the problem in a file.
    pub fn in_file(mut self, file: &Arc<SourceFile>) -> Self {
        self.file = Some(Arc::clone(file));
        self
    }

    /// Places the problem at a byte range of its file.
    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    /// Adds the label shown under the caret.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a help line.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a help line only when there is one.
    pub fn maybe_help(mut self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col` (or just the file) for one-line summaries.
    pub fn location(&self) -> Option<String> {
        let file = self.file.as_ref()?;
        Some(match &self.span {
            Some(span) => {
                let (line, col) = file.line_col(span.start);
                format!("{}:{line}:{col}", file.name)
            }
            None => file.name.clone(),
        })
    }
}

/// Counts of errors and warnings.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
}

impl Tally {
    /// Counts a list of diagnostics.
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
        Self {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_from_one() {
        let file = SourceFile::new("a.toml", "ab\ncé = 1\n");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(3), (2, 1));
        // `=` is after the two-byte `é`.
        assert_eq!(file.line_col(7), (2, 4));
        assert_eq!(file.line_col(1000), (3, 1));
    }
}
