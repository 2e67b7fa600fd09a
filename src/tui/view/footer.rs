//! The footer: the main keys of the current screen, from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::keymap::bindings;
use crate::tui::wrap::width;

/// The hints shown for the current mode: (keys, what they do).
pub fn hints(app: &App) -> Vec<(&'static str, &'static str)> {
    let mut seen: Vec<&str> = Vec::new();
    bindings(&app.mode())
        .into_iter()
        .filter(|b| b.footer)
        .filter(|b| {
            let new = !seen.contains(&b.keys);
            seen.push(b.keys);
            new
        })
        .map(|b| (b.keys, b.does))
        .collect()
}

/// Draws as many hints as fit.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    if let Some(n) = &app.notice {
        buf.set_string(
            area.x + 1,
            area.y,
            crate::tui::wrap::truncate(n, area.width as usize - 1),
            t.warning,
        );
        return;
    }
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (keys, does) in hints(app) {
        let w = width(keys) + 1 + width(does) + 2;
        if used + w > area.width as usize {
            break;
        }
        spans.push(Span::styled(keys, t.key));
        spans.push(Span::styled(format!(" {does}  "), t.muted));
        used += w;
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
