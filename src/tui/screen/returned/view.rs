//! The marked-work screen: the path of a returned file asked for, or the marked work it
//! holds, scrolled.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::ReturnedState;
use super::content::lines;
use crate::text::clean;
use crate::tui::app::App;
use crate::tui::view::pane;
use crate::tui::wrap::{truncate, wrap_styled};

/// Draws the marked-work screen.
pub fn render(app: &App, st: &ReturnedState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    match st {
        ReturnedState::Asking { path } => {
            let block = pane(Span::styled(" Open marked work ", t.heading), true, t);
            let inner = block.inner(area);
            block.render(area, buf);
            let w = inner.width as usize;
            let mut text = wrap_styled(
                &[(
                    "Your teacher returns your marked work as a file. Type its path and press \
                     Enter, or drop the file onto this window.",
                    t.muted,
                )],
                w,
            );
            text.push(Line::default());
            let shown = clean(path);
            // The end of a long path, where its name is, stays in sight.
            let room = w.saturating_sub(3);
            let skip = shown.chars().count().saturating_sub(room);
            let tail: String = shown.chars().skip(skip).collect();
            text.push(Line::from(vec![
                Span::styled("> ", t.key),
                Span::raw(tail),
                Span::styled("▏", t.cursor),
            ]));
            Paragraph::new(text).render(inner, buf);
        }
        ReturnedState::Showing { work, scroll } => {
            let title = format!(" Marked work · {} ", clean(&work.unit));
            let title = truncate(&title, area.width.saturating_sub(4) as usize);
            let block = pane(Span::styled(title, t.heading), true, t)
                .title_bottom(Line::styled(" Esc back ", t.muted).right_aligned());
            let inner = block.inner(area);
            block.render(area, buf);
            let shown = lines(work, t, inner.width as usize);
            let max = shown.len().saturating_sub(inner.height as usize);
            let max = u16::try_from(max).unwrap_or(u16::MAX);
            Paragraph::new(shown)
                .scroll(((*scroll).min(max), 0))
                .render(inner, buf);
        }
    }
}
