//! The marks of a submission: the total, then each task with its sign, marks, reasons,
//! the author's feedback and the model answer.

use crate::text::clean;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::content::{head_len, lines_for};
use crate::tui::app::App;
use crate::tui::view::{draw_lines, pane};

/// Draws the feedback of the last submission of activity `i`, scrolled by `scroll`, every
/// task or with `missed_only` those not fully right.
pub fn render(
    app: &App,
    i: usize,
    (scroll, missed_only): (u16, bool),
    area: Rect,
    buf: &mut Buffer,
) {
    let t = &app.theme;
    let a = &app.unit.activities[i];
    let only = if missed_only {
        " · only what you missed"
    } else {
        ""
    };
    let title = Span::styled(format!(" Marks · {}{only} ", clean(&a.title)), t.heading);
    let block = pane(title, true, t).title_bottom(
        Line::styled(" r retry · w retry what was wrong · Esc back ", t.muted).right_aligned(),
    );
    let inner = block.inner(area);
    block.render(area, buf);
    let Some(score) = app.work[i].scores.last() else {
        buf.set_string(inner.x, inner.y, "Not submitted yet.", t.muted);
        return;
    };
    let mut head = lines_for(app, i, (score, missed_only), inner.width as usize);
    let body = head.split_off(head_len(&head));
    let head_h = (head.len() as u16).min(inner.height);
    let head_area = Rect {
        height: head_h,
        ..inner
    };
    draw_lines(&head, 0, head_area, buf);
    let rest = Rect {
        y: inner.y + head_h,
        height: inner.height - head_h,
        ..inner
    };
    let max = body.len().saturating_sub(rest.height as usize) as u16;
    draw_lines(&body, scroll.min(max) as usize, rest, buf);
}
