//! The writer's list of sections as lines, each with its word count and mark.

pub mod side;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::screen::writer::WriterState;
use crate::tui::screen::writer::page::{self, Entry};
use crate::tui::wrap::{pad, truncate, truncate_middle};

/// The list's lines: (entry, line).
pub fn list_lines(app: &App, st: &WriterState, inner_w: usize) -> Vec<(usize, Line<'static>)> {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let answer = &app.work[st.activity].answer;
    let here = |n: usize| if n == st.entry { "▶" } else { " " };
    let mut out = Vec::new();
    for (n, entry) in page::entries(a).into_iter().enumerate() {
        let style = if n == st.entry {
            t.cursor
        } else {
            Style::new()
        };
        let (sign, text, count) = match entry {
            Entry::Cover(_) => continue,
            Entry::Section(k) => {
                let Some(p) = page::page(a, k) else { continue };
                let (words, status) = page::section_words(answer, &p);
                (status.sign(), p.heading.to_string(), words.to_string())
            }
            Entry::Decision => {
                let chosen = page::decision(a, answer)
                    .and_then(|(asked, c)| c.map(|c| asked.options[c].label.clone()));
                let sign = match st.argued {
                    Some(true) => "✓",
                    Some(false) => "!",
                    None => "·",
                };
                out.push((
                    n,
                    Line::styled(format!("{}{sign} Decision", here(n)), style),
                ));
                let chosen = chosen.as_deref().unwrap_or("not made yet");
                let line = format!("   {}", truncate(chosen, inner_w.saturating_sub(3)));
                out.push((n, Line::styled(line, style)));
                continue;
            }
        };
        let room = inner_w.saturating_sub(4 + count.len());
        let line = Line::from(vec![
            Span::styled(format!("{}{sign} ", here(n)), style),
            Span::styled(pad(&truncate_middle(&text, room), room), style),
            Span::styled(format!(" {count}"), style),
        ]);
        out.push((n, line));
    }
    out
}
