//! The state a validation pass carries: the file, the known source ids and the problems found.

use std::collections::HashSet;
use std::sync::Arc;

use super::SourceIds;
use crate::activity::raw::{Spanned, Text};
use crate::diagnostic::{Diagnostic, SourceFile, closest};
use crate::text;

/// Most problems reported in one file; past them, one diagnostic says how many more there
/// are, so a damaged file cannot flood the screen.
pub const MAX_PROBLEMS_PER_FILE: usize = 50;

/// Collects the diagnostics of one file while its raw values are checked.
pub struct Ctx<'a> {
    file: &'a Arc<SourceFile>,
    sources: &'a SourceIds,
    diagnostics: Vec<Diagnostic>,
    /// Problems past [`MAX_PROBLEMS_PER_FILE`]: how many, and whether one was an error.
    unshown: (usize, bool),
}

impl<'a> Ctx<'a> {
    /// A pass over `file`, whose activities may refer to `sources`.
    pub fn new(file: &'a Arc<SourceFile>, sources: &'a SourceIds) -> Self {
        Self {
            file,
            sources,
            diagnostics: Vec::new(),
            unshown: (0, false),
        }
    }

    /// Records a problem in this file (only counted past [`MAX_PROBLEMS_PER_FILE`]).
    pub fn push(&mut self, diagnostic: Diagnostic) {
        if self.diagnostics.len() < MAX_PROBLEMS_PER_FILE {
            self.diagnostics.push(diagnostic.in_file(self.file));
        } else {
            self.unshown.0 += 1;
            self.unshown.1 |= diagnostic.is_error();
        }
    }

    /// Whether any error was recorded.
    pub fn failed(&self) -> bool {
        self.unshown.1 || self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The problems found, and one saying how many more were not shown.
    pub fn finish(mut self) -> Vec<Diagnostic> {
        let (count, error) = self.unshown;
        if count > 0 {
            let message = format!(
                "{} in this file not shown",
                text::count(count, "more problem")
            );
            let more = if error {
                Diagnostic::error("too-many-problems", message)
            } else {
                Diagnostic::warning("too-many-problems", message)
            };
            self.diagnostics.push(
                more.in_file(self.file)
                    .help("fix the problems shown, then check the file again"),
            );
        }
        self.diagnostics
    }

    /// Narrows a span to where `needle` is quoted inside it, for precise carets.
    pub fn find_in(&self, span: std::ops::Range<usize>, needle: &str) -> std::ops::Range<usize> {
        let span = span.start.min(self.file.text.len())..span.end.min(self.file.text.len());
        let text = self.file.text.get(span.clone()).unwrap_or_default();
        let quoted = format!("\"{needle}\"");
        text.find(&quoted)
            .or_else(|| text.find(&format!("'{needle}'")))
            .map_or(span.clone(), |i| {
                span.start + i..span.start + i + quoted.len()
            })
    }

    /// Checks an id's spelling: lowercase letters, digits, `_` and `-`, starting with a letter.
    pub fn id(&mut self, what: &str, id: &Text) -> bool {
        let value = id.get();
        let ok = value.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !ok {
            let suggestion: String = value
                .trim()
                .to_lowercase()
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            self.push(
                Diagnostic::error("bad-id", format!("`{value}` is not a valid {what} id"))
                    .at(id.span())
                    .label("ids are lowercase letters, digits, `_` and `-`, starting with a letter")
                    .maybe_help(
                        (!suggestion.is_empty() && suggestion != *value)
                            .then(|| format!("try `{suggestion}`")),
                    ),
            );
        }
        ok
    }

    /// Checks that a text is not empty or only spaces.
    pub fn not_blank(&mut self, what: &str, text: &Text) -> bool {
        let blank = text.get().trim().is_empty();
        if blank {
            self.push(
                Diagnostic::error("empty-prompt", format!("the {what} is empty"))
                    .at(text.span())
                    .help(format!("write the {what}, or remove the key")),
            );
        }
        !blank
    }

    /// Checks a list of ids: each well formed and none repeated. Returns the ids.
    pub fn unique_ids<'t>(
        &mut self,
        what: &str,
        ids: impl IntoIterator<Item = &'t Text>,
    ) -> Vec<String> {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut out = Vec::new();
        for id in ids {
            self.id(what, id);
            if !seen.insert(id.get()) {
                self.push(
                    Diagnostic::error(
                        "duplicate-id",
                        format!("duplicate {what} id `{}`", id.get()),
                    )
                    .at(id.span())
                    .label("used already above")
                    .help(format!("each {what} needs its own id")),
                );
            }
            out.push(id.get().clone());
        }
        out
    }

    /// Checks a reference to one of `known`; suggests the closest on a miss.
    pub fn reference<S: AsRef<str>>(&mut self, what: &str, reference: &Text, known: &[S]) -> bool {
        let value = reference.get();
        if known.iter().any(|k| k.as_ref() == value) {
            return true;
        }
        let suggestion = closest(value, known.iter().map(AsRef::as_ref));
        let help = match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None if known.is_empty() => format!("there are no {} to refer to", text::plural(what)),
            None => format!("the {} are: {}", text::plural(what), list(known)),
        };
        self.push(
            Diagnostic::error("unknown-reference", format!("unknown {what} `{value}`"))
                .at(reference.span())
                .label(format!("no {what} has this id"))
                .help(help),
        );
        false
    }

    /// Checks a reference to a source of the unit; returns its id when it exists.
    pub fn source(&mut self, reference: &Text) -> Option<String> {
        if self.sources.is_unread() {
            return Some(reference.get().clone());
        }
        let known: Vec<&str> = self.sources.ids().collect();
        self.reference("source", reference, &known)
            .then(|| reference.get().clone())
    }

    /// A sort row's label: its source's label when it is only the source's id.
    pub fn source_label(&self, source: Option<&str>, label: String) -> String {
        self.sources.label(source, label)
    }

    /// A card's or item's text: its source's heading when it is only the source's id.
    pub fn source_heading(&self, source: Option<&str>, text: String) -> String {
        self.sources.heading(source, text)
    }

    /// Checks an optional number of marks; returns it, or `default`.
    pub fn points(&mut self, points: Option<&Spanned<f64>>, default: f64) -> f64 {
        match points {
            None => default,
            Some(p) if p.get().is_finite() && *p.get() >= 0.0 => *p.get(),
            Some(p) => {
                self.push(
                    Diagnostic::error("bad-number", "marks must be a number of 0 or more")
                        .at(p.span()),
                );
                default
            }
        }
    }
}

/// `a`, `b`, `c` — at most eight, then "…".
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    let mut shown: Vec<String> = items
        .iter()
        .take(8)
        .map(|i| format!("`{}`", i.as_ref()))
        .collect();
    if items.len() > 8 {
        shown.push("…".into());
    }
    shown.join(", ")
}
