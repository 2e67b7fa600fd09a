//! How many rows the banner takes.

use crate::tui::app::App;
use crate::tui::content::banner::text;
use crate::tui::wrap::wrap;

/// Most rows the banner takes.
const MAX_ROWS: u16 = 3;

/// Rows the banner takes on a screen `width` wide (0 without a problem).
pub fn height(app: &App, width: u16) -> u16 {
    text(app).map_or(0, |t| {
        (wrap(&t, width.saturating_sub(2) as usize).len() as u16).clamp(1, MAX_ROWS)
    })
}
