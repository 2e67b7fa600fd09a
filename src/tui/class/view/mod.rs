//! Drawing the class results: `impl Widget for &ClassApp`, one module per tab, no side
//! effects.

pub mod gradebook;
pub mod heatmap;
pub mod items;
pub mod keys;
pub mod marking;
pub mod problems;
pub mod queue;

use super::geometry::{MIN_HEIGHT, MIN_WIDTH};

use std::path::Path;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::action::Tab;
use super::app::ClassApp;
use super::geometry::{body, tab_labels};
use crate::text::{clean, count};
use crate::tui::wrap::{truncate, width};

impl Widget for &ClassApp {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let text = format!(
                "Make the window at least {MIN_WIDTH}×{MIN_HEIGHT} to see the class results."
            );
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let body = body(area);
        title_bar(self, Rect { height: 1, ..area }, buf);
        tab_bar(self, Rect::new(area.x, area.y + 1, area.width, 1), buf);
        match self.tab {
            Tab::Gradebook => gradebook::render(self, body, buf),
            Tab::Items => items::render(self, body, buf),
            Tab::HeatMap => heatmap::render(self, body, buf),
            Tab::Marking => marking::render(self, body, buf),
            Tab::Problems => problems::render(self, body, buf),
            Tab::Queue => queue::render(self, body, buf),
        }
        keys::footer(
            self,
            Rect::new(area.x, area.bottom() - 1, area.width, 1),
            buf,
        );
        if let Some(scroll) = self.help {
            keys::help(self, area, scroll, buf);
        }
        queue::prompt(self, area, buf);
        queue::preview(self, area, buf);
    }
}

fn title_bar(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    buf.set_style(area, t.title);
    let n = app.book.rows.len();
    let folder = folder_name(app);
    let right = format!(" {} · {} ", count(n, "student"), truncate(&folder, 20));
    let rw = width(&right) as u16;
    buf.set_string(area.right().saturating_sub(rw), area.y, &right, t.title);
    let title = format!(" classwork │ Class results: {}", app.unit.title);
    let room = area.width.saturating_sub(rw + 1) as usize;
    buf.set_string(area.x, area.y, truncate(&title, room), t.title);
}

fn tab_bar(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let mut spans = vec![Span::raw(" ")];
    for (tab, label, _, _) in tab_labels(app) {
        let style = if tab == app.tab { t.cursor } else { t.heading };
        spans.push(Span::styled(label, style));
        spans.push(Span::styled("│", t.border));
    }
    spans.pop();
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// The class folder's name (its last part).
pub fn folder_name(app: &ClassApp) -> String {
    let name = app.folder.file_name().unwrap_or(app.folder.as_os_str());
    clean(&name.to_string_lossy()).into_owned()
}

/// A path as the teacher should see it: from the class folder when it is inside it.
pub fn shown(app: &ClassApp, path: &Path) -> String {
    let path = path.strip_prefix(&app.folder).unwrap_or(path);
    clean(&path.display().to_string()).into_owned()
}

/// A message with the class folder taken off the paths in it.
pub fn unrooted(app: &ClassApp, message: &str) -> String {
    let root = clean(&app.folder.display().to_string()).into_owned();
    let sep = std::path::MAIN_SEPARATOR;
    clean(&message.replace(&format!("{root}{sep}"), "")).into_owned()
}

/// "45%".
pub fn percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round())
}

/// `0.32`, or `—` when undefined.
pub fn signed(value: Option<f64>) -> String {
    value.map_or_else(|| "—".into(), |v| format!("{:.2}", v + 0.0))
}
