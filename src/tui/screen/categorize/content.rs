//! A categorize's list as lines: a heading for the pool and each bucket, then their cards.

use ratatui::style::Style;
use ratatui::text::Line;

use crate::activity::Categorize;
use crate::tui::app::{App, TaskState};
use crate::tui::content::{marker, sel};
use crate::tui::geometry::Target;
use crate::tui::query::card_groups;
use crate::tui::wrap::{pad, truncate_middle};

/// The list's lines: a heading for the pool and each bucket, then their cards.
pub fn list_lines(
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
