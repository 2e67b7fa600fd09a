//! The profile screen: the student's name on first use, else the profiles to switch to
//! and a new one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Pending, ProfileState};
use crate::tui::app::App;
use crate::tui::view::{marker, pane, sel};
use crate::tui::wrap::{pad, truncate, wrap};

/// Draws the profile screen.
pub fn render(app: &App, st: &ProfileState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let names = &app.progress.profiles;
    let first = names.is_empty();
    let width = 64.min(area.width);
    let about = if first {
        "classwork keeps your work under your name, so you can carry on where you left \
         off, even after closing it."
    } else {
        "Each student's work is kept under their name. Choose yours, or type a new one."
    };
    let about_lines = wrap(about, width.saturating_sub(4) as usize).len() as u16;
    // The new name (or the rename asked) and a blank line; deleting asks a line more.
    let asked = match st.pending {
        Some(Pending::Delete { .. }) => 3,
        Some(Pending::Rename(_)) | None => 2,
    };
    let rows = names.len() as u16 + asked;
    let height = (about_lines + rows + 3).min(area.height);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + area.height.saturating_sub(height) / 3,
        width,
        height,
    );
    let title = if first {
        " What is your name? "
    } else {
        " Who is working? "
    };
    let block = pane(Line::styled(title, t.heading), true, t);
    let inner = block.inner(popup);
    block.render(popup, buf);
    let text = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        height: about_lines.min(inner.height),
        ..inner
    };
    Paragraph::new(about)
        .style(t.muted)
        .wrap(Wrap { trim: true })
        .render(text, buf);
    let w = inner.width as usize;
    let mut y = text.bottom() + 1;
    let current = app.progress.student.as_ref();
    for (k, name) in names.iter().enumerate() {
        if y >= inner.bottom() {
            return;
        }
        let here = st.cursor == k;
        let note = if current == Some(name) {
            "  (in use)"
        } else {
            ""
        };
        let line = format!("{}{name}{note}", marker(here));
        buf.set_string(
            inner.x,
            y,
            pad(&truncate(&line, w), w),
            sel(t, here, Style::new()),
        );
        y += 1;
    }
    if y >= inner.bottom() {
        return;
    }
    if let Some(pending) = &st.pending {
        let ask = match pending {
            Pending::Rename(name) => format!("New name for {name}: {}▏", st.name),
            Pending::Delete { name, .. } => {
                format!("Type {name} again to delete it: {}▏", st.name)
            }
        };
        let style = match pending {
            Pending::Rename(_) => t.heading,
            Pending::Delete { .. } => t.warning,
        };
        let help = match pending {
            Pending::Rename(_) => None,
            Pending::Delete { keep: true, .. } => {
                Some("  A copy of its work is kept in a folder (Tab: delete it all)")
            }
            Pending::Delete { keep: false, .. } => {
                Some("  Its work is deleted too (Tab: keep a copy in a folder)")
            }
        };
        let lines = [Some(format!("  {ask}")), help.map(str::to_string)]
            .into_iter()
            .flatten()
            .chain(std::iter::once(
                "  Enter to do it, Esc to leave it".to_string(),
            ));
        for (n, line) in lines.enumerate() {
            let at = y + n as u16;
            if at >= inner.bottom() {
                break;
            }
            let style = if n == 0 { style } else { t.muted };
            buf.set_string(inner.x, at, pad(&truncate(&line, w), w), style);
        }
        return;
    }
    let here = st.cursor == names.len();
    let label = if first { "Your name: " } else { "New: " };
    let typed = if st.name.is_empty() && !here {
        "type a name".to_string()
    } else {
        format!("{}▏", st.name)
    };
    let line = format!("{}{label}{typed}", marker(here));
    let style = if st.name.is_empty() && !here {
        t.muted
    } else {
        sel(t, here, Style::new())
    };
    buf.set_string(inner.x, y, pad(&truncate(&line, w), w), style);
}
