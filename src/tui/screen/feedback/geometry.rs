//! How far the marks of a submission scroll, and how far a page is.

use super::content::{head_len, lines_for};
use crate::tui::app::App;
use crate::tui::geometry::inner;

/// How the marks of activity `i` lie on screen (every task, or with `missed_only` those
/// not fully right): the furthest they scroll, and the lines a page scrolls by (those in
/// view under the total, less one kept for context).
pub fn scroll_limits(app: &App, i: usize, missed_only: bool) -> (u16, u16) {
    let area = inner(crate::tui::geometry::regions(app).body);
    let Some(score) = app.work.get(i).and_then(|w| w.scores.last()) else {
        return (0, 1);
    };
    let mut lines = lines_for(app, i, (score, missed_only), area.width as usize);
    let body = lines.split_off(head_len(&lines));
    let in_view = area.height.saturating_sub(lines.len() as u16);
    let max = body.len().saturating_sub(in_view as usize) as u16;
    (max, in_view.saturating_sub(1).max(1))
}
