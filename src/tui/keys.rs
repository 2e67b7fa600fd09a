//! What every key table has in common: a binding's shape, and the footer drawn from it.
//!
//! The student UI and the class results each have one key table (their `keymap` modules);
//! both feed their footer and their help from it through these pieces.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, width};

/// A key and its modifiers, as a table lists them.
pub type KeySpec = (KeyCode, KeyModifiers);

/// One line of a key table, for bindings that apply in a scope `S`.
#[derive(Debug)]
pub struct KeyBinding<S> {
    /// The keys as shown: `↑/k`.
    pub keys: &'static str,
    /// The keys as events (each table is tested against its `action_for` with these).
    pub codes: &'static [KeySpec],
    /// What the keys do, in a few words.
    pub does: &'static str,
    /// Where the binding applies.
    pub scope: S,
    /// Whether the footer shows it.
    pub footer: bool,
}

/// A binding, written compactly in a table.
pub const fn kb<S>(
    keys: &'static str,
    codes: &'static [KeySpec],
    does: &'static str,
    scope: S,
    footer: bool,
) -> KeyBinding<S> {
    KeyBinding {
        keys,
        codes,
        does,
        scope,
        footer,
    }
}

/// The footer hints of some bindings, most specific first: (keys, what they do), each keys
/// shown once.
pub fn hints<S>(bindings: &[&KeyBinding<S>]) -> Vec<(&'static str, &'static str)> {
    let mut seen: Vec<&str> = Vec::new();
    bindings
        .iter()
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

/// Draws a notice, or as many hints as fit on the line; help and quit always have a place.
pub fn draw_footer(
    hints: &[(&'static str, &'static str)],
    notice: Option<&str>,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    if let Some(n) = notice {
        let text = truncate(n, (area.width as usize).saturating_sub(1));
        buf.set_string(area.x + 1, area.y, text, theme.warning);
        return;
    }
    let pinned = |(k, _): (&str, &str)| k == "?" || k == "q";
    let mut room = (area.width as usize).saturating_sub(
        1 + hints
            .iter()
            .filter(|h| pinned(**h))
            .map(|&h| cells(h))
            .sum::<usize>(),
    );
    let mut spans = vec![Span::raw(" ")];
    for &h in hints {
        if !pinned(h) {
            if cells(h) > room {
                continue;
            }
            room -= cells(h);
        }
        spans.push(Span::styled(h.0, theme.key));
        spans.push(Span::styled(format!(" {}  ", h.1), theme.muted));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
