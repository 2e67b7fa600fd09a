//! The home screen: the unit's activities in order, their status and best marks, and the
//! unit's progress.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Widget};

use super::{marker, pane, sel};
use crate::scoring::fmt_marks;
use crate::tui::app::{App, Status};
use crate::tui::layout::{Target, scroll_to};
use crate::tui::wrap::{pad, truncate, wrap};

struct Geometry {
    description: Rect,
    list: Rect,
    gauge: Rect,
    problems: Rect,
}

fn geometry(app: &App, area: Rect) -> Geometry {
    let desc_lines = app.unit.description.as_deref().map_or(0, |d| {
        wrap(d, area.width.saturating_sub(2) as usize).len().min(4) as u16
    });
    let problems = u16::from(app.problems > 0);
    let [description, list, gauge, problems] = Layout::vertical([
        Constraint::Length(desc_lines),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(problems),
    ])
    .areas(area);
    Geometry {
        description,
        list,
        gauge,
        problems,
    }
}

/// Rows of the list: (line rect, activity position).
fn rows(app: &App, list: Rect) -> Vec<(Rect, usize)> {
    let inner = super::inner(list);
    let body = Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    };
    let n = app.unit.activities.len();
    let first = scroll_to(app.home_cursor, body.height as usize, n);
    (first..n)
        .take(body.height as usize)
        .enumerate()
        .map(|(k, i)| (Rect::new(body.x, body.y + k as u16, body.width, 1), i))
        .collect()
}

/// The clickable activities.
pub fn targets(app: &App, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let g = geometry(app, area);
    out.extend(
        rows(app, g.list)
            .into_iter()
            .map(|(r, i)| (r, Target::Activity(i))),
    );
}

/// Draws the home screen.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let g = geometry(app, area);
    if let Some(d) = &app.unit.description {
        let lines: Vec<Line> = wrap(d, g.description.width.saturating_sub(2) as usize)
            .into_iter()
            .take(g.description.height as usize)
            .map(|l| Line::from(format!(" {l}")))
            .collect();
        let lines = if wrap(d, g.description.width.saturating_sub(2) as usize).len() > lines.len() {
            let mut lines = lines;
            if let Some(last) = lines.last_mut() {
                let text: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
                *last = Line::from(truncate(
                    &format!("{text}…"),
                    g.description.width as usize - 1,
                ));
            }
            lines
        } else {
            lines
        };
        Paragraph::new(lines)
            .style(t.muted)
            .render(g.description, buf);
    }
    let block = pane(Span::styled(" Activities ", t.heading), true, t);
    let inner = block.inner(g.list);
    block.render(g.list, buf);
    let w = inner.width as usize;
    let kind_w = 11;
    let status_w = 14;
    let best_w = 11;
    let title_w = w.saturating_sub(5 + kind_w + status_w + best_w + 1);
    let header = format!(
        "   # {} {}{}{:>best_w$}",
        pad("Activity", title_w),
        pad("Kind", kind_w),
        pad("Status", status_w),
        "Best"
    );
    buf.set_string(inner.x, inner.y, truncate(&header, w), t.heading);
    for (rect, i) in rows(app, g.list) {
        let a = &app.unit.activities[i];
        let work = &app.work[i];
        let selected = i == app.home_cursor;
        let status = work.status();
        let best = work.best().map_or("–".to_string(), |s| {
            format!(
                "{}/{} {}",
                fmt_marks(s.marks),
                fmt_marks(s.max),
                pct(s.fraction())
            )
        });
        let sign = match status {
            Status::NotStarted => " ",
            Status::InProgress => "…",
            Status::Submitted => "✓",
        };
        let line = format!(
            "{}{:>2} {} {}{}{best:>best_w$}",
            marker(selected),
            i + 1,
            pad(&a.title, title_w),
            pad(a.kind().name(), kind_w),
            pad(&format!("{sign} {}", status.word()), status_w),
        );
        let style = sel(t, selected, ratatui::style::Style::new());
        buf.set_string(rect.x, rect.y, pad(&line, rect.width as usize), style);
    }
    if app.unit.activities.is_empty() {
        buf.set_string(
            inner.x + 2,
            inner.y + 2,
            "No activity of this unit could be loaded.",
            t.warning,
        );
    }
    let n = app.unit.activities.len();
    let done = app.work.iter().filter(|w| !w.scores.is_empty()).count();
    let label = format!("{done} of {n} activities submitted");
    let [name, bar] =
        Layout::horizontal([Constraint::Length(16), Constraint::Min(1)]).areas(g.gauge);
    buf.set_string(name.x + 1, name.y, "Unit progress", t.heading);
    Gauge::default()
        .gauge_style(t.gauge)
        .ratio(if n == 0 { 0.0 } else { done as f64 / n as f64 })
        .label(label)
        .use_unicode(true)
        .render(bar, buf);
    if app.problems > 0 {
        let files = if app.problems == 1 {
            "problem"
        } else {
            "problems"
        };
        buf.set_string(
            g.problems.x + 1,
            g.problems.y,
            truncate(
                &format!(
                    "⚠ {} {files} in the unit's files: some activities may be missing (see `classwork validate`).",
                    app.problems
                ),
                g.problems.width.saturating_sub(1) as usize,
            ),
            t.warning,
        );
    }
}

/// "75%".
pub fn pct(f: f64) -> String {
    format!("{:.0}%", (f * 100.0).clamp(0.0, 100.0))
}
