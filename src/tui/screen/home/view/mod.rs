//! The home screen: the unit's activities in order with their status, attempts and best
//! share of the marks (from the progress database, loaded once), the selected activity's
//! scores over time, the tasks due for review, and the unit's progress.

pub mod history;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Widget};

use crate::tui::app::{App, Status};
use crate::tui::content::pct;
use crate::tui::screen::home::geometry::{geometry, rows};
use crate::tui::view::{marker, pane, sel};
use crate::tui::wrap::{pad, truncate, wrap};

/// The width of the tries and best-score columns of the list.
const COUNT_W: usize = 6;
/// The fewest characters of a title the list keeps before it drops those columns.
const MIN_TITLE: usize = 20;
/// What ends a description cut to fit: the key that shows all of it.
const MORE: &str = " (i: all)";

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
                // Cut where it must be, saying where the rest is.
                let text: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
                let room = (g.description.width as usize).saturating_sub(1 + MORE.len());
                *last = Line::from(format!("{}{MORE}", truncate(&format!("{text}…"), room)));
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
    // A narrow list gives the titles the room of the number of tries first, then of the
    // best score.
    let fixed = 5 + kind_w + status_w + 1 + MIN_TITLE;
    let (tries_w, best_w) = match w {
        w if w >= fixed + 2 * COUNT_W => (COUNT_W, COUNT_W),
        w if w >= fixed + COUNT_W => (0, COUNT_W),
        _ => (0, 0),
    };
    let title_w = w.saturating_sub(5 + kind_w + status_w + tries_w + best_w + 1);
    let counted = |tries: &str, best: &str| {
        let tries = if tries_w > 0 { tries } else { "" };
        let best = if best_w > 0 { best } else { "" };
        format!("{tries:>tries_w$}{best:>best_w$}")
    };
    let header = format!(
        "   # {} {}{}{}",
        pad("Activity", title_w),
        pad("Kind", kind_w),
        pad("Status", status_w),
        counted("Tries", "Best")
    );
    buf.set_string(inner.x, inner.y, truncate(&header, w), t.heading);
    for (rect, i) in rows(app, g.list) {
        let a = &app.unit.activities[i];
        let work = &app.work[i];
        let selected = i == app.home.selected;
        let status = work.status();
        let summary = app.progress.summary.get(&a.id);
        let tries = summary.map_or(0, |s| s.attempts);
        let tries = if tries == 0 {
            "–".to_string()
        } else {
            tries.to_string()
        };
        let best = summary.and_then(|s| s.best).map_or("–".to_string(), pct);
        let (sign, word) = match status {
            _ if app.closed.contains(&i) => ("×", "closed"),
            // Saved work not read yet may hold something: never said to be "not started".
            Status::NotStarted if app.progress.unread => ("?", "not read yet"),
            Status::NotStarted => (" ", status.word()),
            Status::InProgress => ("…", status.word()),
            Status::Submitted => ("✓", status.word()),
        };
        let line = format!(
            "{}{:>2} {} {}{}{}",
            marker(selected),
            i + 1,
            pad(&a.title, title_w),
            pad(a.kind().name(), kind_w),
            pad(&format!("{sign} {word}"), status_w),
            counted(&tries, &best),
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
    if g.review.height > 0 {
        history::review_line(app, g.review, buf);
    }
    if g.chart.height > 0 {
        history::render(app, g.chart, buf);
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
