//! Where a match's items and options go, and what a click lands on.

use ratatui::layout::Rect;
use ratatui::text::Line;

use super::content::{chosen, option_lines, option_positions, shown_at};
use crate::activity::{Body, Match};
use crate::tui::app::{App, TaskState};
use crate::tui::geometry::{Target, scroll_to};

/// Where a match's parts go.
pub struct Geometry {
    /// The items, each with its choice.
    pub items: Rect,
    /// The options' heading.
    pub heading: Rect,
    /// The options.
    pub options: Rect,
    /// The progress line.
    pub status: Rect,
}

/// The match of the activity being done.
pub fn match_of<'a>(app: &'a App, st: &TaskState) -> Option<&'a Match> {
    match &app.unit.activities[st.activity].body {
        Body::Match(m) => Some(m),
        _ => None,
    }
}

/// The match's parts in `area`.
pub fn geometry(m: &Match, area: Rect) -> Geometry {
    let body = area.height.saturating_sub(2);
    let items_h = (m.items.len() as u16).min(body / 2).max(3.min(body));
    let items = Rect {
        height: items_h,
        ..area
    };
    let heading = Rect::new(
        area.x,
        items.bottom(),
        area.width,
        1.min(body.saturating_sub(items_h)),
    );
    let options = Rect::new(
        area.x,
        heading.bottom(),
        area.width,
        body.saturating_sub(items_h + heading.height),
    );
    let status = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    Geometry {
        items,
        heading,
        options,
        status,
    }
}

/// The option lines shown: (line rect, line, option's place as shown).
pub fn visible_options(
    app: &App,
    m: &Match,
    st: &TaskState,
    g: &Geometry,
) -> Vec<(Rect, Line<'static>, usize)> {
    let lines = option_lines(
        app,
        m,
        st,
        (g.options.width as usize, g.options.height as usize),
    );
    let w = &app.work[st.activity];
    let current = w
        .order
        .get(st.row)
        .and_then(|&r| chosen(app, st, &m.items[r].id))
        .and_then(|o| shown_at(m, &option_positions(app, m, st), o));
    let cursor = current
        .and_then(|c| lines.iter().position(|(_, k)| *k == c))
        .unwrap_or(0);
    let first = scroll_to(cursor, g.options.height as usize, lines.len());
    lines
        .into_iter()
        .skip(first)
        .take(g.options.height as usize)
        .enumerate()
        .map(|(y, (l, k))| {
            (
                Rect::new(g.options.x, g.options.y + y as u16, g.options.width, 1),
                l,
                k,
            )
        })
        .collect()
}

/// The clickable items and options.
pub fn targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let Some(m) = match_of(app, st) else { return };
    let g = geometry(m, area);
    let first = scroll_to(st.row, g.items.height as usize, m.items.len());
    for (y, pos) in (first..m.items.len())
        .take(g.items.height as usize)
        .enumerate()
    {
        out.push((
            Rect::new(g.items.x, g.items.y + y as u16, g.items.width, 1),
            Target::Row(pos),
        ));
    }
    out.extend(
        visible_options(app, m, st, &g)
            .into_iter()
            .map(|(r, _, k)| (r, Target::MatchOption(k))),
    );
}
