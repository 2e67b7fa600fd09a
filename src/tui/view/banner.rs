//! The banner under the title bar while the progress database cannot be used: what is
//! wrong (the store's own message, with its way out), and that the work is kept meanwhile.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::tui::app::App;
use crate::tui::content::banner::text;

/// What the quit question says when work could not be saved.
pub const UNSAVED: &str = "Some of your work could not be saved. Quit anyway? It is written \
     to an answer sheet file, named as classwork closes.";

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
