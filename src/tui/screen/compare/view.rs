//! A ranking asked again, beside the one before: each item's place then and now and how
//! far it moved ([`compare_rankings`]), then the justification given before and the new
//! one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::activity::{Body, OrderItem};
use crate::answer::{Answer, Response};
use crate::scoring::{Movement, compare_rankings};
use crate::text::clean;
use crate::tui::app::App;
use crate::tui::view::pane;
use crate::tui::wrap::{pad, truncate};

/// How far an item moved, in a few cells: `↑2`, `↓1`, `=`, or `new` / `gone`.
pub fn moved(m: &Movement) -> String {
    match (m.from, m.to) {
        (None, Some(_)) => "new".into(),
        (Some(_), None) => "gone".into(),
        _ if m.moved_by > 0 => format!("↑{}", m.moved_by),
        _ if m.moved_by < 0 => format!("↓{}", -m.moved_by),
        _ => "=".into(),
    }
}

/// An answer's order and justification.
fn ranking(answer: Option<&Answer>) -> (&[String], &str) {
    match answer.map(|a| &a.response) {
        Some(Response::Order {
            order,
            justification,
        }) => (order, justification),
        _ => (&[], ""),
    }
}

/// Draws the comparison of activity `i`'s last two rankings.
pub fn render(app: &App, i: usize, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let (Some(a), Some(w)) = (app.unit.activities.get(i), app.work.get(i)) else {
        return;
    };
    let items: &[OrderItem] = match &a.body {
        Body::Rank(r) => &r.items,
        _ => &[],
    };
    let text = |id: &str| {
        items
            .iter()
            .find(|x| *x.id == *id)
            .map_or(id.to_string(), |x| x.text.to_string())
    };
    let title = Span::styled(
        format!(" Your ranking, before and now · {} ", a.title),
        t.heading,
    );
    let block = pane(title, true, t)
        .title_bottom(Line::styled(" Enter see the marks · Esc back ", t.muted).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let (before, before_why) = ranking(w.previous.as_ref());
    let (now, now_why) = ranking(w.last.as_ref());
    let movements = compare_rankings(before, now);
    let width = inner.width as usize;
    let moved_w = 6;
    let col_w = width.saturating_sub(moved_w + 1) / 2;
    let mut y = inner.y;
    let header = format!(
        "{}{}{:>moved_w$}",
        pad(" Before", col_w),
        pad(" Now", col_w + 1),
        "Moved"
    );
    buf.set_string(inner.x, y, truncate(&header, width), t.heading);
    y += 1;
    let rows = before.len().max(now.len());
    for k in 0..rows.min(inner.height.saturating_sub(1) as usize) {
        let left = before
            .get(k)
            .map_or(String::new(), |id| format!("{:>2}. {}", k + 1, text(id)));
        let right = now
            .get(k)
            .map_or(String::new(), |id| format!("{:>2}. {}", k + 1, text(id)));
        let shift = now
            .get(k)
            .and_then(|id| movements.iter().find(|m| &m.item == id))
            .map_or_else(String::new, moved);
        let style = if shift.starts_with('↑') || shift.starts_with('↓') {
            t.key
        } else {
            t.muted
        };
        buf.set_string(inner.x, y, pad(&format!(" {left}"), col_w), t.muted);
        buf.set_string(
            inner.x + col_w as u16,
            y,
            pad(&format!(" {right}"), col_w + 1),
            Style::new(),
        );
        buf.set_string(
            inner.x + (2 * col_w + 1) as u16,
            y,
            format!("{shift:>moved_w$}"),
            style,
        );
        y += 1;
    }
    let rest = Rect::new(
        inner.x + 1,
        y + 1,
        inner.width.saturating_sub(2),
        inner.bottom().saturating_sub(y + 1),
    );
    let written = |why: &str| {
        if why.trim().is_empty() {
            "(none written)".to_string()
        } else {
            clean(why).into_owned()
        }
    };
    let lines = vec![
        Line::styled("Your justification before", t.heading),
        Line::styled(written(before_why), t.muted),
        Line::default(),
        Line::styled("Your justification now", t.heading),
        Line::raw(written(now_why)),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(rest, buf);
}
