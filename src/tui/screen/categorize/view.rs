//! A categorize: the pool of cards and the buckets they are put in, with the selected
//! card's full text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::geometry::{categorize_of, geometry, visible};
use crate::activity::Body;
use crate::answer::Response;
use crate::tui::app::{App, TaskState};
use crate::tui::query::card_groups;
use crate::tui::view::status_line;
use crate::tui::wrap::{truncate, wrap_clipped};

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

/// "7 of 10 …": how much of the activity at `i` has an answer.
pub fn status(app: &App, i: usize) -> String {
    let (a, w) = (&app.unit.activities[i], &app.work[i]);
    if let (Body::Categorize(c), Response::Categorize(m)) = (&a.body, &w.answer.response) {
        return format!("{} of {} cards placed.", m.len(), c.cards.len());
    }
    crate::tui::screen::questions::view::status(app, i)
}
