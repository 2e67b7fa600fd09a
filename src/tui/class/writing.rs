//! The student's writing in the marking tab, as lines: what the tab draws and how far it
//! scrolls are both measured from it.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::activity::Activity;
use crate::answer::{Answer, Response};
use crate::export::report::report_doc;
use crate::teacher::doc::Block as DocBlock;
use crate::tui::class::app::ClassApp;
use crate::tui::class::marking::Marking;
use crate::tui::theme::Theme;
use crate::tui::wrap::{hang, wrap_styled};

/// The student's writing, as lines `width` cells wide: a report or essay laid out as the
/// export lays it out, else each answer the teacher marks under its question.
pub fn writing(app: &ClassApp, m: &Marking, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let a = &app.unit.activities[m.activity];
    let Some(sheet) = app.class.hand_ins[m.hand_in].sheet(&a.id) else {
        return Vec::new();
    };
    let answer = &sheet.sheet.answer;
    match report_doc(a, answer) {
        Some(doc) => {
            let mut out = wrap_styled(&[(&doc.title, t.heading)], width);
            out.push(Line::default());
            for block in &doc.blocks {
                out.extend(doc_block(block, width, t));
            }
            out
        }
        None => answers(a, answer, width, t),
    }
}

fn doc_block(block: &DocBlock, width: usize, t: &Theme) -> Vec<Line<'static>> {
    let mut out = match block {
        DocBlock::Heading { text, .. } => wrap_styled(&[(text, t.heading)], width),
        DocBlock::Paragraph(text) => wrap_styled(&[(text, Style::new())], width),
        DocBlock::Note(text) => wrap_styled(&[(text, t.muted)], width),
        DocBlock::Quote { heading, text } => {
            let mut out = wrap_styled(&[(heading, t.heading)], width);
            out.extend(hang(Span::raw("  "), &[(text, t.muted)], width));
            out
        }
        DocBlock::List(items) => items
            .iter()
            .flat_map(|i| hang(Span::raw("• "), &[(i, Style::new())], width))
            .collect(),
        DocBlock::Table { header, rows } => std::iter::once(header)
            .chain(rows)
            .flat_map(|r| wrap_styled(&[(&r.join(" | "), Style::new())], width))
            .collect(),
        DocBlock::Lines(_) => Vec::new(),
    };
    out.push(Line::default());
    out
}

/// Each unkeyed question the teacher marks, with the student's answer under it.
fn answers(a: &Activity, answer: &Answer, width: usize, t: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for c in a.markable() {
        out.extend(wrap_styled(&[(&c.label, t.heading)], width));
        let text = match &answer.response {
            Response::Short(map) => map.get(&c.key),
            _ => None,
        }
        .or_else(|| answer.follow_up.get(&c.key))
        .filter(|s| !s.trim().is_empty());
        match text {
            Some(s) => out.extend(wrap_styled(&[(s, Style::new())], width)),
            None => out.extend(wrap_styled(&[("Not answered.", t.muted)], width)),
        }
        out.push(Line::default());
    }
    out
}
