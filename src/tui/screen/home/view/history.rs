//! The home screen's look back: the selected activity's scores over time, as a bar
//! chart, and the line that offers the tasks due for review.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Widget};

use crate::store::DAILY_LIMIT;
use crate::tui::app::App;
use crate::tui::content::pct;
use crate::tui::view::pane;
use crate::tui::wrap::truncate;

/// Cells each bar takes ("100%" fits), and between bars.
const BAR: u16 = 4;
const GAP: u16 = 1;

/// Draws the selected activity's scores, oldest on the left, as many of the latest as fit.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let Some(a) = app.unit.activities.get(app.home.selected) else {
        return;
    };
    let summary = app.progress.summary.get(&a.id);
    let history = summary.map_or(&[][..], |s| s.history.as_slice());
    let about = match (history.len(), summary.and_then(|s| s.best)) {
        (0, _) | (_, None) => String::new(),
        (1, Some(best)) => format!("1 attempt, {} ", pct(best)),
        (n, Some(best)) => format!("{n} attempts, best {} ", pct(best)),
    };
    let room = area.width.saturating_sub(4) as usize;
    let title = truncate(&format!("Scores over time · {}", a.title), room);
    let block = pane(Span::styled(format!(" {title} "), t.heading), false, t)
        .title_bottom(Line::styled(about, t.muted).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    if history.is_empty() {
        buf.set_string(
            inner.x + 1,
            inner.y + inner.height / 2,
            truncate("No attempts yet.", inner.width as usize),
            t.muted,
        );
        return;
    }
    let fit = ((inner.width + GAP) / (BAR + GAP)).max(1) as usize;
    let bars: Vec<Bar> = history
        .iter()
        .skip(history.len().saturating_sub(fit))
        .map(|&share| {
            // A sliver even for nothing right, so every attempt shows; the share is
            // written under its bar, never over it.
            let value = ((share.clamp(0.0, 1.0) * 100.0).round() as u64).max(1);
            Bar::new(value)
                .text_value(String::new())
                .label(Line::styled(pct(share), t.title))
        })
        .collect();
    BarChart::vertical(bars)
        .bar_width(BAR)
        .bar_gap(GAP)
        .max(100)
        .bar_style(t.key)
        .render(inner, buf);
}

/// Draws "Review: 7 of 20 today, N due", which `v` (or a click) opens.
pub fn review_line(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let n = app.progress.due.len();
    let done = app.progress.done_today.min(DAILY_LIMIT);
    let text = format!(
        " ↻ Review: {done} of {DAILY_LIMIT} today, {n} due · press v for the next task you missed"
    );
    buf.set_string(
        area.x,
        area.y,
        truncate(&text, area.width as usize),
        t.warning,
    );
}
