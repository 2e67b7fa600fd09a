//! Where a categorize's chips, list and card text go, and what a click lands on.

use ratatui::layout::Rect;
use ratatui::text::Line;

use super::content::list_lines;
use crate::activity::{Body, Categorize};
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::{Target, scroll_to};
use crate::tui::query::card_groups;
use crate::tui::wrap::truncate_middle;

/// Where a categorize's parts go.
pub struct Geometry {
    /// A chip for the pool and each bucket: (rect, text, target).
    pub chips: Vec<(Rect, String, Target)>,
    /// The list of cards by where they are.
    pub list: Rect,
    /// The selected card's full text and the progress.
    pub info: Rect,
}

/// The categorize of the activity being done.
pub fn categorize_of<'a>(app: &'a App, st: &TaskState) -> Option<&'a Categorize> {
    match &app.unit.activities[st.activity].body {
        Body::Categorize(c) => Some(c),
        _ => None,
    }
}

/// The categorize's parts in `area`.
pub fn geometry(app: &App, c: &Categorize, st: &TaskState, area: Rect) -> Geometry {
    let groups = card_groups(c, &app.work[st.activity]);
    let mut chips = Vec::new();
    for (g, cards) in groups.iter().enumerate() {
        let (label, target) = match g {
            0 => ("Pool · not placed yet".to_string(), Target::Pool),
            _ => (c.buckets[g - 1].label.clone(), Target::Bucket(g - 1)),
        };
        let count = format!(" ({})", cards.len());
        let room = (area.width as usize).saturating_sub(4 + count.len());
        let text = format!("[{g}] {}{count}", truncate_middle(&label, room));
        chips.push((
            Rect::new(area.x, area.y + g as u16, area.width, 1),
            text,
            target,
        ));
    }
    let y = area.y + groups.len() as u16 - 1;
    let top = (y + 2 - area.y).min(area.height);
    let info_h = 4.min(area.height.saturating_sub(top));
    let list_h = area.height.saturating_sub(top + info_h);
    let list = Rect::new(area.x, area.y + top, area.width, list_h);
    let info = Rect::new(area.x, list.bottom(), area.width, info_h);
    Geometry { chips, list, info }
}

/// The list's lines shown: (line rect, line, target).
pub fn visible(
    app: &App,
    c: &Categorize,
    st: &TaskState,
    g: &Geometry,
) -> Vec<(Rect, Line<'static>, Target)> {
    let lines = list_lines(app, c, st, g.list.width as usize);
    let cursor = lines
        .iter()
        .position(|(_, t)| *t == Target::Row(st.row))
        .unwrap_or(0);
    let first = scroll_to(cursor, g.list.height as usize, lines.len());
    lines
        .into_iter()
        .skip(first)
        .take(g.list.height as usize)
        .enumerate()
        .map(|(k, (l, t))| {
            (
                Rect::new(g.list.x, g.list.y + k as u16, g.list.width, 1),
                l,
                t,
            )
        })
        .collect()
}

/// The clickable chips, headings and cards.
pub fn targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let Some(c) = categorize_of(app, st) else {
        return;
    };
    let g = geometry(app, c, st, area);
    out.extend(g.chips.iter().map(|(r, _, t)| (*r, *t)));
    out.extend(visible(app, c, st, &g).into_iter().map(|(r, _, t)| (r, t)));
}
