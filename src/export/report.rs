//! A report (or an essay) as a document: a title page — the title, then the other cover
//! fields (who it is from, who it is for, the date) — then each section under its heading,
//! in the author's order, then the decision.
//!
//! A section not yet written keeps its heading with a note, so the layout is always the
//! one the author asked for.

use std::path::{Path, PathBuf};

use crate::activity::{Activity, Document, Report};
use crate::answer::{Answer, Response};
use crate::teacher::doc::{Doc, markdown};
use crate::teacher::mark::write_atomically;

/// Id of the cover field that titles a report.
pub const TITLE_FIELD: &str = "title";

/// The answer to a report or essay as a document; `None` for other kinds.
pub fn report_doc(activity: &Activity, answer: &Answer) -> Option<Doc> {
    match activity.body.document()? {
        Document::Report(r) => matches!(answer.response, Response::Report { .. } | Response::Empty)
            .then(|| report(activity, r, answer)),
        Document::Essay(_) => {
            let mut doc = Doc::new(activity.title.clone());
            match &answer.response {
                Response::Essay(text) if !text.trim().is_empty() => paragraphs(&mut doc, text),
                _ => doc.note("Not written yet."),
            }
            Some(doc)
        }
    }
}

/// The answer to a report or essay as Markdown; `None` for other kinds.
pub fn report_markdown(activity: &Activity, answer: &Answer) -> Option<String> {
    report_doc(activity, answer).map(|doc| markdown::render(&doc))
}

/// Writes the answer as Markdown to `dir/<activity-id>.md`, atomically (a reader sees the
/// old file or the new one, never half of one), making `dir` if needed. Returns the path.
pub fn write_report(activity: &Activity, answer: &Answer, dir: &Path) -> std::io::Result<PathBuf> {
    let text = report_markdown(activity, answer).ok_or_else(|| {
        std::io::Error::other(format!("{} is not a report or an essay", activity.id))
    })?;
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{}.md", crate::text::file_name(&activity.id)));
    write_atomically(&path, &text)?;
    Ok(path)
}

fn report(activity: &Activity, r: &Report, answer: &Answer) -> Doc {
    let (cover, sections, decision) = match &answer.response {
        Response::Report {
            cover,
            sections,
            decision,
        } => (Some(cover), Some(sections), decision.as_deref()),
        _ => (None, None, None),
    };
    let value = |id: &str, fixed: Option<&String>| -> Option<String> {
        fixed
            .or_else(|| cover.and_then(|c| c.get(id)))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let title = r
        .cover
        .iter()
        .find(|c| c.id == TITLE_FIELD)
        .and_then(|c| value(&c.id, c.value.as_ref()))
        .unwrap_or_else(|| activity.title.clone());
    let mut doc = Doc::new(title);
    let title_page: Vec<String> = r
        .cover
        .iter()
        .filter(|c| c.id != TITLE_FIELD)
        .filter_map(|c| value(&c.id, c.value.as_ref()).map(|v| format!("{}: {v}", c.label)))
        .collect();
    doc.paragraph(title_page.join("\n"));
    for s in &r.sections {
        doc.heading(2, s.heading.to_string());
        match sections.and_then(|m| m.get(&*s.id)) {
            Some(text) if !text.trim().is_empty() => paragraphs(&mut doc, text),
            _ => doc.note("Not written yet."),
        }
    }
    if let Some(asked) = &r.decision {
        doc.heading(2, "Decision");
        doc.paragraph(asked.prompt.clone());
        let chosen = decision.and_then(|id| asked.options.iter().find(|o| o.id == id));
        match chosen {
            Some(option) => doc.paragraph(format!("Decision: {}", option.label)),
            None => doc.note("No decision made yet."),
        }
    }
    doc
}

/// Adds a text as paragraphs, split at blank lines.
fn paragraphs(doc: &mut Doc, text: &str) {
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            doc.paragraph(current.join("\n"));
            current.clear();
        } else {
            current.push(line.trim_end());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let mut doc = Doc::new("t");
        paragraphs(&mut doc, "one\ntwo\n\n  \nthree\n");
        assert_eq!(
            doc.blocks,
            [
                crate::teacher::doc::Block::Paragraph("one\ntwo".into()),
                crate::teacher::doc::Block::Paragraph("three".into())
            ]
        );
    }
}
