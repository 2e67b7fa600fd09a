//! Where the home screen's parts go: the description, the list of activities, the review
//! line, the chart, the gauge and the problems line.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::tui::app::App;
use crate::tui::geometry::inner;
use crate::tui::geometry::{Target, scroll_to};
use crate::tui::wrap::wrap;

/// Rows the chart of scores over time takes, with its border.
pub const HISTORY_HEIGHT: u16 = 5;

/// Where the home screen's parts go.
pub struct Geometry {
    /// The description area.
    pub description: Rect,
    /// The list area.
    pub list: Rect,
    /// The review area.
    pub review: Rect,
    /// The chart area.
    pub chart: Rect,
    /// The gauge area.
    pub gauge: Rect,
    /// The problems area.
    pub problems: Rect,
}

/// The home screen's parts in `area`.
pub fn geometry(app: &App, area: Rect) -> Geometry {
    let problems = u16::from(app.problems > 0);
    let review = u16::from(!app.progress.due.is_empty());
    let chart = if area.height >= 18 { HISTORY_HEIGHT } else { 0 };
    // The description takes what the list, in full, leaves: at least 4 lines when it
    // has them, all of it when there is room.
    let list_rows = app.unit.activities.len() as u16 + 3;
    let spare = area
        .height
        .saturating_sub(list_rows + review + chart + 1 + problems);
    let desc_lines = app.unit.description.as_deref().map_or(0, |d| {
        let lines = wrap(d, area.width.saturating_sub(2) as usize).len() as u16;
        lines.min(spare.max(4))
    });
    let [description, list, review, chart, gauge, problems] = Layout::vertical([
        Constraint::Length(desc_lines),
        Constraint::Min(3),
        Constraint::Length(review),
        Constraint::Length(chart),
        Constraint::Length(1),
        Constraint::Length(problems),
    ])
    .areas(area);
    Geometry {
        description,
        list,
        review,
        chart,
        gauge,
        problems,
    }
}

/// Rows of the list: (line rect, activity position).
pub fn rows(app: &App, list: Rect) -> Vec<(Rect, usize)> {
    let inner = inner(list);
    let body = Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    };
    let n = app.unit.activities.len();
    let first = scroll_to(app.home.selected, body.height as usize, n);
    (first..n)
        .take(body.height as usize)
        .enumerate()
        .map(|(k, i)| (Rect::new(body.x, body.y + k as u16, body.width, 1), i))
        .collect()
}

/// The clickable activities, and the review line.
pub fn targets(app: &App, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let g = geometry(app, area);
    out.extend(
        rows(app, g.list)
            .into_iter()
            .map(|(r, i)| (r, Target::Activity(i))),
    );
    if g.review.height > 0 {
        out.push((g.review, Target::Review));
    }
}
