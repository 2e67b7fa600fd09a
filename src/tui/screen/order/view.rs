//! A rank or a timeline: a list put in order, with a justification box for a rank that
//! asks for one and, for a rank asked again, the order given last time.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::geometry::{geometry, last_order, visible};
use crate::activity::Body;
use crate::answer::Response;
use crate::scoring::compare_rankings;
use crate::text::{word_count, word_target};
use crate::tui::app::{App, Focus, TaskState};
use crate::tui::query::{order_items, order_rows};
use crate::tui::screen::compare::view::moved;
use crate::tui::view::{marker, pane, sel};
use crate::tui::wrap::{pad, truncate, wrap, wrap_clipped};

/// Draws the list, the earlier order and the justification.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let w = &app.work[st.activity];
    let g = geometry(app, st, area);
    let all = order_items(a);
    let find = |id: &str| all.iter().find(|i| *i.id == *id);
    let hint = match (&a.body, st.typed) {
        (_, Some(p)) => format!("Move to position {p}_ · Enter moves it, ⌫ deletes a digit"),
        (Body::Timeline(_), None) => "Earliest first · J/K or number + Enter".into(),
        (_, None) => "Most important first · J/K or number + Enter".into(),
    };
    let style = if st.typed.is_some() {
        t.warning
    } else {
        t.muted
    };
    buf.set_string(
        g.hint.x,
        g.hint.y,
        truncate(&hint, g.hint.width as usize),
        style,
    );
    let Response::Order {
        order,
        justification,
    } = &w.answer.response
    else {
        return;
    };
    for (r, p) in visible(app, st, &g) {
        let here = p == st.row;
        let text = order.get(p).and_then(|id| find(id)).map_or("", |i| &i.text);
        let line = format!("{}{:>2}. {}", marker(here), p + 1, text);
        buf.set_string(
            r.x,
            r.y,
            pad(&line, r.width as usize),
            sel(t, here, Style::new()),
        );
    }
    if let (Some(e), Some(earlier)) = (g.earlier, last_order(w)) {
        buf.set_string(e.x + 1, e.y.saturating_sub(1), "Last time", t.heading);
        let movements = compare_rankings(earlier, order);
        for (y, id) in earlier.iter().take(e.height as usize).enumerate() {
            let moved = movements
                .iter()
                .find(|m| &m.item == id)
                .map_or_else(String::new, moved);
            let text = find(id).map_or("", |i| &i.text);
            let line = format!("│{:>2}. {} ", y + 1, text);
            let room = (e.width as usize).saturating_sub(4);
            buf.set_string(e.x, e.y + y as u16, pad(&line, room), t.muted);
            buf.set_string(
                e.x + room as u16,
                e.y + y as u16,
                format!("{moved:>3}"),
                t.key,
            );
        }
    }
    if let (Some(j), Body::Rank(rank)) = (g.justification, &a.body) {
        let asked = rank.justification.as_ref();
        let here = st.row >= all.len() && st.focus == Focus::Task;
        let min = asked.map_or(0, |x| x.min_words);
        let count = word_count(justification);
        let target = format!("{} ", word_target(count, min));
        let marker = if here { "▶ " } else { "" };
        // A narrow box drops its name before the count, which says what is still needed.
        let label = if (marker.chars().count() + 14 + target.chars().count()) < j.width as usize {
            "Justification "
        } else {
            ""
        };
        let title = Line::from(vec![
            Span::styled(format!("{marker}{label}"), t.heading),
            Span::styled(target, t.muted),
        ]);
        let block = pane(title, here, t);
        let inner = block.inner(j);
        block.render(j, buf);
        let (text, style) = if justification.is_empty() {
            let prompt = asked
                .and_then(|x| x.prompt.clone())
                .unwrap_or_else(|| "Why this order?".into());
            (prompt, t.muted)
        } else {
            (justification.clone(), Style::new())
        };
        let lines = wrap(&text, inner.width as usize);
        let skip = if justification.is_empty() {
            0
        } else {
            lines.len().saturating_sub(inner.height as usize)
        };
        Paragraph::new(lines[skip..].join("\n"))
            .style(style)
            .render(inner, buf);
    }
    if let Some(item) = order.get(st.row).and_then(|id| find(id)) {
        let text = &item.text;
        for (k, l) in wrap_clipped(text, g.info.width as usize, 2)
            .iter()
            .enumerate()
        {
            buf.set_string(g.info.x, g.info.y + k as u16, l, Style::new());
        }
    }
    let status = if order_rows(a) > all.len() {
        format!("{} items · Enter on the box below to write", all.len())
    } else {
        format!("{} items.", all.len())
    };
    buf.set_string(
        g.status.x,
        g.status.y,
        truncate(&status, g.status.width as usize),
        t.muted,
    );
}

/// What the status line says of a list to put in order.
pub fn status(_app: &App, _i: usize) -> String {
    "Put the list in order.".into()
}
