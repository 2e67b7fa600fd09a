//! The lines that both the views draw and the geometry measures (to know how far a pane
//! scrolls or how tall the banner is). Uses neither the views nor `update`.

pub mod banner;
pub mod sources;

use ratatui::style::Style;

use super::theme::Theme;

/// A fraction as a whole percentage, 0–100%.
pub fn pct(f: f64) -> String {
    format!("{:.0}%", (f * 100.0).clamp(0.0, 100.0))
}

/// `▶ ` before the line under the cursor, two spaces before the others.
pub fn marker(selected: bool) -> &'static str {
    if selected { "▶ " } else { "  " }
}

/// The cursor's style when selected, else `style`.
pub fn sel(theme: &Theme, selected: bool, style: Style) -> Style {
    if selected { theme.cursor } else { style }
}
