//! The footer: the main keys of the current screen, from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::keymap::bindings;
use crate::tui::wrap::{truncate, width};

/// The hints shown for the current mode: (keys, what they do), the most specific first.
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

fn cells((keys, does): (&str, &str)) -> usize {
    width(keys) + 1 + width(does) + 2
}

/// Draws as many hints as fit; help and quit always have a place.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    if let Some(n) = &app.notice {
        let text = truncate(n, (area.width as usize).saturating_sub(1));
        buf.set_string(area.x + 1, area.y, text, t.warning);
        return;
    }
    let all = hints(app);
    let pinned: Vec<_> = all
        .iter()
        .copied()
        .filter(|(k, _)| *k == "?" || *k == "q")
        .collect();
    let mut room =
        (area.width as usize).saturating_sub(1 + pinned.iter().map(|&h| cells(h)).sum::<usize>());
    let mut shown = Vec::new();
    for h in all {
        if pinned.contains(&h) {
            shown.push(h);
        } else if cells(h) <= room {
            room -= cells(h);
            shown.push(h);
        }
    }
    let mut spans = vec![Span::raw(" ")];
    for (keys, does) in shown {
        spans.push(Span::styled(keys, t.key));
        spans.push(Span::styled(format!(" {does}  "), t.muted));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
