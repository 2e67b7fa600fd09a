//! A sort: rows × columns with a checkbox in each cell, and the row's evidence.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::geometry::{geometry, sort_of};
use crate::activity::Body;
use crate::activity::Sort;
use crate::answer::Response;
use crate::tui::app::{App, TaskState};
use crate::tui::view::{marker, sel, status_line};
use crate::tui::wrap::{pad, pad_apart, truncate, wrap_clipped, wrap_styled};

/// Draws the table, the focused column's description, the evidence and the progress.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let Some(s) = sort_of(app, st) else { return };
    let t = &app.theme;
    let w = &app.work[st.activity];
    let g = geometry(s, st, area);
    let (ticks, evidence) = match &w.answer.response {
        Response::Sort { ticks, evidence } => (Some(ticks), Some(evidence)),
        _ => (None, None),
    };
    buf.set_string(
        g.header.x + 2,
        g.header.y,
        pad("Source", g.label_w as usize - 2),
        t.muted,
    );
    for (c, col) in s.columns.iter().enumerate() {
        let x = g.header.x + g.label_w + c as u16 * g.col_w;
        let style = if c == st.col { t.heading } else { t.muted };
        let lines = wrap_clipped(&col.label, g.col_w.saturating_sub(1) as usize, 2);
        for (k, l) in lines.iter().take(g.header.height as usize).enumerate() {
            buf.set_string(x, g.header.y + k as u16, l, style);
        }
    }
    let labels: Vec<&str> = s.rows.iter().map(|r| &*r.label).collect();
    for (k, pos) in (g.first..s.rows.len())
        .take(g.rows.height as usize)
        .enumerate()
    {
        let y = g.rows.y + k as u16;
        let row = &s.rows[w.order[pos]];
        let here = pos == st.row;
        let quoted = evidence.is_some_and(|e| e.contains_key(&*row.id));
        let label = format!(
            "{}{}",
            marker(here),
            pad_apart(&row.label, &labels, g.label_w.saturating_sub(3) as usize)
        );
        let style = if here { t.heading } else { Style::new() };
        buf.set_string(g.rows.x, y, &label, style);
        if s.require_evidence && quoted {
            buf.set_string(g.rows.x + g.label_w - 1, y, "“", t.right);
        }
        for (c, col) in s.columns.iter().enumerate() {
            let ticked = ticks
                .and_then(|m| m.get(&*row.id))
                .is_some_and(|set| set.contains(&col.id));
            let x = g.rows.x + g.label_w + c as u16 * g.col_w + g.col_w.saturating_sub(3) / 2;
            let boxed = if ticked { "[x]" } else { "[ ]" };
            buf.set_string(x, y, boxed, sel(t, here && c == st.col, Style::new()));
        }
    }
    info(app, s, st, g.info, buf);
}

fn info(app: &App, s: &Sort, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let w = &app.work[st.activity];
    let mut lines: Vec<Line> = Vec::new();
    if let Some(col) = s.columns.get(st.col) {
        let desc = col.description.as_deref().unwrap_or("");
        let mut l = wrap_styled(
            &[
                (&format!("{}. {}", st.col + 1, col.label), t.heading),
                (&format!("  {desc}"), t.muted),
            ],
            area.width as usize,
        );
        let room = (area.height as usize).saturating_sub(1 + usize::from(s.require_evidence));
        l.truncate(room.max(1));
        lines.extend(l);
    }
    if s.require_evidence {
        let row_id = w.order.get(st.row).map(|&r| &*s.rows[r].id);
        let quote = match (&w.answer.response, row_id) {
            (Response::Sort { evidence, .. }, Some(id)) => evidence.get(id),
            _ => None,
        };
        let line = match quote {
            Some(q) => Line::from(vec![
                Span::styled("Evidence: ", t.heading),
                Span::styled(
                    truncate(&format!("“{q}”"), area.width as usize - 10),
                    t.right,
                ),
            ]),
            None => Line::from(vec![
                Span::styled("Evidence: ", t.heading),
                Span::styled("none yet (e/E pick, m marks)", t.muted),
            ]),
        };
        lines.push(line);
    }
    Paragraph::new(lines).render(area, buf);
    let y = area.bottom().saturating_sub(1);
    buf.set_string(area.x, y, status_line(app, st.activity), t.muted);
}

/// "7 of 10 …": how much of the activity at `i` has an answer.
pub fn status(app: &App, i: usize) -> String {
    let (a, w) = (&app.unit.activities[i], &app.work[i]);
    if let (Body::Sort(s), Response::Sort { ticks, .. }) = (&a.body, &w.answer.response) {
        return format!("{} of {} rows answered.", ticks.len(), s.rows.len());
    }
    crate::tui::screen::questions::view::status(app, i)
}
