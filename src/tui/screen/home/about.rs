//! About this unit, over the home screen: its title and description in full (the home
//! screen shows as much of the description as it has room for), and the full title of the
//! activity selected, which the list may cut. Its bindings ([`KEYS`]), what they do
//! ([`update`]), where the box goes ([`popup`]) and how it is drawn ([`render`]): the
//! arrows and pages scroll a text longer than the window, any other key closes it.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode::Char;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use crate::text::fmt_marks;
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::keymap::{C, KeyBinding, PAGES, Scope, UP_DOWN};
use crate::tui::keys::Key::{Any, Is};
use crate::tui::keys::kb;
use crate::tui::wrap::wrap;
use Action as Do;

/// Its bindings in the key table: each key with the action it asks for.
#[rustfmt::skip]
pub static KEYS: &[KeyBinding] = &[
    kb("↑↓", UP_DOWN, "scroll", Scope::About, true),
    kb("PgUp/PgDn", PAGES, "scroll a page", Scope::About, false),
    kb("any key", &[Is(Char('c'), C, Do::Quit), Any(Do::Back)], "closes this", Scope::About, true),
];

/// The widest the box is, in columns.
const WIDEST: u16 = 76;

/// The lines of the box, `width` columns wide.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut out: Vec<Line> = wrap(&app.unit.title, width)
        .into_iter()
        .map(|l| Line::styled(l, t.heading))
        .collect();
    if let Some(description) = &app.unit.description {
        out.push(Line::default());
        out.extend(wrap(description, width).into_iter().map(Line::raw));
    }
    if let Some(a) = app.unit.activities.get(app.home.selected) {
        out.push(Line::default());
        out.push(Line::styled("Selected", t.heading));
        let about = format!(
            "{}. {} ({}, {} marks)",
            app.home.selected + 1,
            a.title,
            a.kind().name(),
            fmt_marks(a.points)
        );
        out.extend(wrap(&about, width).into_iter().map(Line::raw));
    }
    out
}

/// Where the box goes in `area`, and its lines.
pub fn popup(app: &App, area: Rect) -> (Rect, Vec<Line<'static>>) {
    let w = WIDEST.min(area.width.saturating_sub(2));
    let text = lines(app, w.saturating_sub(2) as usize);
    let h = (text.len() as u16 + 2).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    );
    (rect, text)
}

/// The furthest a box at `rect` with `text` scrolls: its last line at the bottom.
fn max_scroll(rect: Rect, text: &[Line]) -> u16 {
    (text.len() as u16).saturating_sub(rect.height.saturating_sub(2))
}

/// Whether the box has more lines than it shows, and so scrolls.
pub fn scrolls(app: &App) -> bool {
    let (rect, text) = popup(app, app.area);
    max_scroll(rect, &text) > 0
}

/// Applies a key to the box scrolled down `scroll` lines: what is shown over the home
/// screen next (nothing once it closes).
pub fn update(app: &App, scroll: u16, action: Action) -> Option<Overlay> {
    let (rect, text) = popup(app, app.area);
    let most = max_scroll(rect, &text);
    let scroll = action.scrolled(scroll, most, 10)?;
    Some(Overlay::About(scroll))
}

/// Draws the box over the screen, scrolled down `scroll` lines.
pub fn render(app: &App, scroll: u16, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let (rect, text) = popup(app, area);
    let closes = if max_scroll(rect, &text) > 0 {
        " ↑↓ scroll · any key closes "
    } else {
        " any key closes "
    };
    Clear.render(rect, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.focus)
        .title(Span::styled(" About this unit ", t.heading))
        .title_bottom(Line::styled(closes, t.muted).right_aligned());
    let inner = block.inner(rect);
    block.render(rect, buf);
    Paragraph::new(text).scroll((scroll, 0)).render(inner, buf);
}
