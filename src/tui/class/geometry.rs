//! Where things are in the class results: the tab's area, the tab bar's labels, the
//! marking tab's panes and how far its writing scrolls. Both `update` (clicks, paging) and
//! the views use it; it uses neither.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Block;

use super::action::Tab;
use super::app::ClassApp;
use super::keymap::{Mode, Scope, bindings};
use super::writing::writing;
use crate::tui::keys::help_lines;
use crate::tui::wrap::width;

/// The key help over `area`: its box (at most 54 columns wide, as tall as its lines need
/// and the screen allows) and its lines, the keys of the tab underneath.
pub fn help(app: &ClassApp, area: Rect) -> (Rect, Vec<Line<'static>>) {
    let w = 54.min(area.width.saturating_sub(2));
    let lines = help_lines(
        &bindings(Mode::Tab(app.tab)),
        Scope::heading,
        &app.theme,
        (w as usize).saturating_sub(2),
    );
    let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + area.height.saturating_sub(h) / 2,
        w,
        h,
    );
    (popup, lines)
}

/// The furthest the key help scrolls: its last line at the bottom of its box.
pub fn help_max_scroll(app: &ClassApp) -> u16 {
    let (popup, lines) = help(app, app.area);
    (lines.len() as u16).saturating_sub(popup.height.saturating_sub(2))
}

/// The smallest screen the class results are drawn on.
pub const MIN_WIDTH: u16 = 60;
/// The smallest screen height.
pub const MIN_HEIGHT: u16 = 16;

/// Where a tab is drawn: below the title and the tabs, above the footer.
pub fn body(area: Rect) -> Rect {
    Rect::new(
        area.x,
        area.y + 2,
        area.width,
        area.height.saturating_sub(3),
    )
}

/// Each tab's label and the columns it takes on the tab bar: named in full where they all
/// fit, else in short, else (on the narrowest screens) in short without room around the
/// names.
pub fn tab_labels(app: &ClassApp) -> Vec<(Tab, String, u16, u16)> {
    let fits = |labels: &[(Tab, String, u16, u16)]| {
        labels
            .last()
            .is_none_or(|&(_, _, x, w)| x + w <= app.area.width)
    };
    let full = labels(app, " ", Tab::title);
    if fits(&full) {
        return full;
    }
    let short = labels(app, " ", Tab::short);
    if fits(&short) {
        return short;
    }
    labels(app, "", Tab::short)
}

/// The tab bar's labels with each tab named as `name` says, `pad` on either side of each.
fn labels(
    app: &ClassApp,
    pad: &str,
    name: impl Fn(Tab) -> &'static str,
) -> Vec<(Tab, String, u16, u16)> {
    let mut x = 1;
    Tab::ALL
        .into_iter()
        .enumerate()
        .map(|(i, tab)| {
            let (number, name) = (i + 1, name(tab));
            let label = match tab {
                Tab::Problems => {
                    let problems = app.class.diagnostics.len();
                    format!("{pad}{number} {name} ({problems}){pad}")
                }
                _ => format!("{pad}{number} {name}{pad}"),
            };
            let w = width(&label) as u16;
            let at = x;
            x += w + 1;
            (tab, label, at, w)
        })
        .collect()
}

/// The tab whose label is at a cell, if any.
pub fn tab_at(app: &ClassApp, col: u16, row: u16) -> Option<Tab> {
    if row != app.area.y + 1 {
        return None;
    }
    tab_labels(app)
        .into_iter()
        .find(|(_, _, x, w)| col >= app.area.x + x && col < app.area.x + x + w)
        .map(|(tab, ..)| tab)
}

/// The criteria's pane and the writing's pane of a tab's area.
pub fn panes(area: Rect) -> [Rect; 2] {
    let left = (area.width * 9 / 20).max(34).min(area.width);
    Layout::horizontal([Constraint::Length(left), Constraint::Min(0)]).areas(area)
}

/// How many lines the writing being marked takes, and how many its pane shows.
pub fn writing_size(app: &ClassApp) -> (usize, usize) {
    let [_, right] = panes(body(app.area));
    let inner = Block::bordered().inner(right);
    let lines = app
        .marking
        .as_ref()
        .map_or(0, |m| writing(app, m, inner.width as usize).len());
    (lines, inner.height as usize)
}
