//! The problems tab: every file or folder of the class that was left out or read with a
//! warning, with where it is and what to do.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::unrooted;
use crate::diagnostic::Severity;
use crate::text::count;
use crate::tui::class::app::ClassApp;
use crate::tui::wrap::hang;

/// Draws the problems tab, from the problem scrolled to.
pub fn render(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let all = &app.class.diagnostics;
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    let title = format!(
        " {}, {} · paths in {} · ↑↓ ",
        count(errors, "error"),
        count(warnings, "warning"),
        super::folder_name(app)
    );
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(title, t.heading));
    let inner = block.inner(area);
    block.render(area, buf);
    let w = inner.width as usize;
    if all.is_empty() {
        Paragraph::new(" Every file was read: nothing was left out.").render(inner, buf);
        return;
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    for d in all.iter().skip(app.scroll.into()) {
        let (word, style) = match d.severity {
            Severity::Error => ("error", t.wrong),
            Severity::Warning => ("warning", t.warning),
            Severity::Note => ("note", t.warning),
        };
        let lead = Span::styled(format!("{word} [{}] ", d.code), style);
        lines.extend(hang(
            lead,
            &[(&unrooted(app, &d.message), Default::default())],
            w,
        ));
        if let Some(place) = d.location() {
            let place = format!("in {}", unrooted(app, &place));
            lines.extend(hang(Span::raw("  "), &[(&place, t.muted)], w));
        }
        if let Some(help) = &d.help {
            let help = format!("help: {}", unrooted(app, help));
            lines.extend(hang(Span::raw("  "), &[(&help, t.muted)], w));
        }
        lines.push(Line::default());
    }
    Paragraph::new(lines).render(inner, buf);
}
