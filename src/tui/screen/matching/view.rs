//! A match: each item with the option chosen for it, and the options with their
//! descriptions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::content::{chosen, option_positions, shown_at};
use super::geometry::{geometry, match_of, visible_options};
use crate::activity::Body;
use crate::answer::Response;
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::scroll_to;
use crate::tui::view::{marker, sel, status_line};
use crate::tui::wrap::{pad, truncate};

/// Draws the items and the options.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let Some(m) = match_of(app, st) else { return };
    let t = &app.theme;
    let w = &app.work[st.activity];
    let g = geometry(m, area);
    let first = scroll_to(st.row, g.items.height as usize, m.items.len());
    let right_w = (g.items.width / 3).clamp(8, 26) as usize;
    let order = option_positions(app, m, st);
    let left_w = (g.items.width as usize).saturating_sub(right_w + 1);
    for (y, pos) in (first..m.items.len())
        .take(g.items.height as usize)
        .enumerate()
    {
        let item = &m.items[w.order[pos]];
        let here = pos == st.row;
        let choice = chosen(app, st, &item.id).and_then(|o| shown_at(m, &order, o));
        let right = match choice.and_then(|p| Some((p, m.options.get(*order.get(p)?)?))) {
            Some((p, o)) => format!("→ {} {}", p + 1, o.label),
            None => "→ ·".to_string(),
        };
        let line = format!(
            "{}{} {}",
            marker(here),
            pad(&item.text, left_w.saturating_sub(2)),
            pad(&right, right_w)
        );
        let style = sel(t, here, Style::new());
        buf.set_string(
            g.items.x,
            g.items.y + y as u16,
            truncate(&line, g.items.width as usize),
            style,
        );
    }
    let heading = "Options (←→ or 1–9 to choose)";
    buf.set_string(
        g.heading.x,
        g.heading.y,
        truncate(heading, g.heading.width as usize),
        t.heading,
    );
    for (r, line, _) in visible_options(app, m, st, &g) {
        buf.set_line(r.x, r.y, &line, r.width);
    }
    buf.set_string(
        g.status.x,
        g.status.y,
        status_line(app, st.activity),
        t.muted,
    );
}

/// "7 of 10 …": how much of the activity at `i` has an answer.
pub fn status(app: &App, i: usize) -> String {
    let (a, w) = (&app.unit.activities[i], &app.work[i]);
    if let (Body::Match(m), Response::Match(x)) = (&a.body, &w.answer.response) {
        return format!("{} of {} items matched.", x.len(), m.items.len());
    }
    crate::tui::screen::questions::view::status(app, i)
}
