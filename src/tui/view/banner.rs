//! The banner under the title bar while the progress database cannot be used: what is
//! wrong (the store's own message, with its way out), and that the work is kept meanwhile.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::text::clean;
use crate::tui::app::App;
use crate::tui::wrap::wrap;

/// Most rows the banner takes.
const MAX_ROWS: u16 = 3;

/// What the quit question says when work could not be saved.
pub const UNSAVED: &str = "Some of your work could not be saved. Quit anyway? It is written \
     to an answer sheet file, named as classwork closes.";

/// The banner's text, when there is a problem.
fn text(app: &App) -> Option<String> {
    app.progress.problem.as_ref().map(|p| {
        if app.progress.unread {
            format!(
                "⚠ Your saved work cannot be read yet: {}. classwork keeps trying; what you do \
                 meanwhile is kept and joined with it.",
                clean(p)
            )
        } else {
            format!(
                "⚠ Your work is kept here but not saved: {}. classwork keeps trying.",
                clean(p)
            )
        }
    })
}

/// Rows the banner takes on a screen `width` wide (0 without a problem).
pub fn height(app: &App, width: u16) -> u16 {
    text(app).map_or(0, |t| {
        (wrap(&t, width.saturating_sub(2) as usize).len() as u16).clamp(1, MAX_ROWS)
    })
}

/// Draws the banner.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(text) = text(app) else {
        return;
    };
    buf.set_style(area, app.theme.warning);
    let inner = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(2),
        ..area
    };
    Paragraph::new(text)
        .style(app.theme.warning)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}
