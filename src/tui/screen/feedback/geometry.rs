//! How far the marks of a submission scroll.

use super::content::{head_len, lines_for};
use crate::tui::app::App;
use crate::tui::geometry::inner;

/// The furthest the feedback of activity `i` can scroll.
pub fn max_scroll(app: &App, i: usize) -> u16 {
    let area = inner(crate::tui::geometry::regions(app).body);
    let Some(score) = app.work.get(i).and_then(|w| w.scores.last()) else {
        return 0;
    };
    let mut lines = lines_for(app, i, score, area.width as usize);
    let body = lines.split_off(head_len(&lines));
    body.len()
        .saturating_sub(area.height.saturating_sub(lines.len() as u16) as usize) as u16
}
