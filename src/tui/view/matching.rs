//! A match: each item with the option chosen for it, and the options with their
//! descriptions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{marker, sel, status_line};
use crate::activity::{Body, Match};
use crate::answer::Response;
use crate::tui::app::{App, TaskState};
use crate::tui::layout::{Target, scroll_to};
use crate::tui::shuffle::option_order;
use crate::tui::wrap::{hang, pad, truncate};

struct Geometry {
    items: Rect,
    heading: Rect,
    options: Rect,
    status: Rect,
}

fn match_of<'a>(app: &'a App, st: &TaskState) -> Option<&'a Match> {
    match &app.unit.activities[st.activity].body {
        Body::Match(m) => Some(m),
        _ => None,
    }
}

fn geometry(m: &Match, area: Rect) -> Geometry {
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

fn chosen<'a>(app: &'a App, st: &TaskState, item: &str) -> Option<&'a String> {
    match &app.work[st.activity].answer.response {
        Response::Match(x) => x.get(item),
        _ => None,
    }
}

/// The options' positions in the activity, in the order they are shown.
fn option_positions(app: &App, m: &Match, st: &TaskState) -> Vec<usize> {
    option_order(&app.work[st.activity].options, 0, m.options.len())
}

/// Where option `id` is shown among the options.
fn shown_at(m: &Match, shown: &[usize], id: &str) -> Option<usize> {
    shown
        .iter()
        .position(|&k| m.options.get(k).is_some_and(|o| o.id == id))
}

/// Each option's lines, wrapped with its description, with its place as shown.
fn option_lines(app: &App, m: &Match, st: &TaskState, width: usize) -> Vec<(Line<'static>, usize)> {
    let t = &app.theme;
    let w = &app.work[st.activity];
    let current = w
        .order
        .get(st.row)
        .and_then(|&r| chosen(app, st, &m.items[r].id));
    let mut out = Vec::new();
    let options = option_positions(app, m, st)
        .into_iter()
        .filter_map(|k| m.options.get(k));
    for (k, o) in options.enumerate() {
        let here = current == Some(&o.id);
        let style = sel(t, here, t.key);
        let mark = if here { "●" } else { " " };
        let lead = Span::styled(format!("{mark}{:<2}", k + 1), style);
        let mut pieces = vec![(o.label.clone(), style)];
        if let Some(d) = &o.description {
            pieces.push((format!(" — {d}"), t.muted));
        }
        let refs: Vec<(&str, Style)> = pieces.iter().map(|(s, st)| (s.as_str(), *st)).collect();
        out.extend(hang(lead, &refs, width).into_iter().map(|l| (l, k)));
    }
    out
}

fn visible_options(
    app: &App,
    m: &Match,
    st: &TaskState,
    g: &Geometry,
) -> Vec<(Rect, Line<'static>, usize)> {
    let lines = option_lines(app, m, st, g.options.width as usize);
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

/// Draws the items and the options.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let Some(m) = match_of(app, st) else { return };
    let t = &app.theme;
    let w = &app.work[st.activity];
    let g = geometry(m, area);
    let first = scroll_to(st.row, g.items.height as usize, m.items.len());
    let right_w = (g.items.width / 3).clamp(8, 26) as usize;
    let order = option_positions(app, m, st);
    let left_w = (g.items.width as usize).saturating_sub(right_w + 1);
    for (y, pos) in (first..m.items.len())
        .take(g.items.height as usize)
        .enumerate()
    {
        let item = &m.items[w.order[pos]];
        let here = pos == st.row;
        let choice = chosen(app, st, &item.id).and_then(|o| shown_at(m, &order, o));
        let right = match choice.and_then(|p| Some((p, m.options.get(*order.get(p)?)?))) {
            Some((p, o)) => format!("→ {} {}", p + 1, o.label),
            None => "→ ·".to_string(),
        };
        let line = format!(
            "{}{} {}",
            marker(here),
            pad(&item.text, left_w.saturating_sub(2)),
            pad(&right, right_w)
        );
        let style = sel(t, here, Style::new());
        buf.set_string(
            g.items.x,
            g.items.y + y as u16,
            truncate(&line, g.items.width as usize),
            style,
        );
    }
    let heading = "Options (←→ or 1–9 to choose)";
    buf.set_string(
        g.heading.x,
        g.heading.y,
        truncate(heading, g.heading.width as usize),
        t.heading,
    );
    for (r, line, _) in visible_options(app, m, st, &g) {
        buf.set_line(r.x, r.y, &line, r.width);
    }
    buf.set_string(
        g.status.x,
        g.status.y,
        status_line(app, st.activity),
        t.muted,
    );
}
