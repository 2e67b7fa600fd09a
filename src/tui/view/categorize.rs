//! A categorize: the pool of cards and the buckets they are put in, with the selected
//! card's full text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{marker, sel, status_line};
use crate::activity::{Body, Categorize};
use crate::tui::app::{App, TaskState};
use crate::tui::layout::{Target, scroll_to};
use crate::tui::task::card_groups;
use crate::tui::wrap::{pad, truncate, truncate_middle, wrap_clipped};

struct Geometry {
    chips: Vec<(Rect, String, Target)>,
    list: Rect,
    info: Rect,
}

fn categorize_of<'a>(app: &'a App, st: &TaskState) -> Option<&'a Categorize> {
    match &app.unit.activities[st.activity].body {
        Body::Categorize(c) => Some(c),
        _ => None,
    }
}

fn geometry(app: &App, c: &Categorize, st: &TaskState, area: Rect) -> Geometry {
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

/// The list's lines: a heading for the pool and each bucket, then their cards.
fn list_lines(
    app: &App,
    c: &Categorize,
    st: &TaskState,
    width: usize,
) -> Vec<(Line<'static>, Target)> {
    let t = &app.theme;
    let groups = card_groups(c, &app.work[st.activity]);
    let mut out = Vec::new();
    for (g, cards) in groups.iter().enumerate() {
        let (heading, target) = match g {
            0 => (
                format!("Pool · not placed yet ({})", cards.len()),
                Target::Pool,
            ),
            _ => (
                format!("{g} · {} ({})", c.buckets[g - 1].label, cards.len()),
                Target::Bucket(g - 1),
            ),
        };
        out.push((
            Line::styled(truncate_middle(&heading, width), t.heading),
            target,
        ));
        if cards.is_empty() {
            out.push((Line::styled("    (none)", t.muted), target));
        }
        for &i in cards {
            let here = i == st.row;
            let card = &c.cards[i];
            let text = format!("  {}{}", marker(here), &card.text);
            out.push((
                Line::styled(pad(&text, width), sel(t, here, Style::new())),
                Target::Row(i),
            ));
        }
    }
    out
}

fn visible(
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

/// Draws the buckets, the cards and the selected card.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let Some(c) = categorize_of(app, st) else {
        return;
    };
    let t = &app.theme;
    let g = geometry(app, c, st, area);
    let groups = card_groups(c, &app.work[st.activity]);
    let current = groups.iter().position(|g| g.contains(&st.row));
    for (k, (rect, text, _)) in g.chips.iter().enumerate() {
        let style = if Some(k) == current { t.heading } else { t.key };
        buf.set_string(rect.x, rect.y, truncate(text, rect.width as usize), style);
    }
    for (rect, line, _) in visible(app, c, st, &g) {
        buf.set_line(rect.x, rect.y, &line, rect.width);
    }
    let mut lines: Vec<Line> = Vec::new();
    if let Some(card) = c.cards.get(st.row) {
        let place = match current {
            Some(0) | None => "in the pool".to_string(),
            Some(b) => format!("in {}", c.buckets[b - 1].label),
        };
        let room = g.info.height.saturating_sub(1) as usize;
        let text = format!("{} ({place})", &card.text);
        lines.extend(
            wrap_clipped(&text, g.info.width as usize, room)
                .into_iter()
                .map(Line::from),
        );
        while lines.len() < room {
            lines.push(Line::default());
        }
    }
    lines.push(Line::styled(status_line(app, st.activity), t.muted));
    Paragraph::new(lines).render(g.info, buf);
}
