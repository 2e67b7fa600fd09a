//! How far the source viewer scrolls.

use ratatui::layout::Rect;

use super::inner;
use crate::tui::app::{App, TaskState};
use crate::tui::content::sources::lines;

fn viewer(app: &App) -> Option<Rect> {
    super::regions(app).viewer.map(inner)
}

/// The furthest the viewer can scroll.
pub fn max_scroll(app: &App, st: &TaskState) -> u16 {
    let Some(area) = viewer(app) else { return 0 };
    let (_, l) = lines(app, st, area.width as usize);
    l.len().saturating_sub(area.height as usize) as u16
}

/// The scroll that shows the highlighted sentence near the top.
pub fn sentence_scroll(app: &App, st: &TaskState) -> u16 {
    let Some(area) = viewer(app) else { return 0 };
    let (_, l) = lines(app, st, area.width as usize);
    let at = l
        .iter()
        .position(|line| line.spans.iter().any(|s| s.style == app.theme.sentence))
        .unwrap_or(0);
    let max = l.len().saturating_sub(area.height as usize);
    at.saturating_sub(2).min(max) as u16
}
