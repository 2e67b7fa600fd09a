//! The lines of the pane beside the section being written: its guidance, the notes from the
//! earlier activities it links, or the activity's instructions, hints and sources.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::App;
use crate::tui::screen::writer::notes::notes;
use crate::tui::screen::writer::page::{self, Entry};
use crate::tui::screen::writer::{SidePane, WriterState};
use crate::tui::wrap::{hang, wrap};

/// The side pane's lines at width `w`.
pub fn side_lines(app: &App, st: &WriterState, w: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let bullet = |out: &mut Vec<Line<'static>>, text: &str, style: Style| {
        out.extend(hang(Span::raw("• "), &[(text, style)], w));
    };
    let mut out = Vec::new();
    let section = match st.current(app) {
        Some(Entry::Section(k)) => page::page(a, k),
        _ => None,
    };
    match st.pane {
        SidePane::Guidance => match (st.current(app), &section) {
            (_, Some(p)) => {
                for g in p.guidance {
                    bullet(&mut out, g, Style::new());
                }
                if let Some(l) = page::limits_text(p.words) {
                    out.push(Line::default());
                    out.push(Line::styled(l, t.muted));
                }
                if !p.notes_from.is_empty() {
                    let n = p.notes_from.len();
                    let what = if n == 1 { "activity" } else { "activities" };
                    let text = format!("n: your notes from {n} earlier {what}");
                    out.push(Line::default());
                    out.extend(wrap(&text, w).into_iter().map(|l| Line::styled(l, t.muted)));
                }
            }
            (Some(Entry::Cover(k)), None) => {
                let hint = page::cover_field(a, k).and_then(|c| c.placeholder.clone());
                out.extend(
                    wrap(&hint.unwrap_or_default(), w)
                        .into_iter()
                        .map(Line::raw),
                );
            }
            _ => {
                let text = "Choose with ←→ or a number, then argue your choice in its section.";
                out.extend(wrap(text, w).into_iter().map(Line::raw));
            }
        },
        SidePane::Notes => {
            let links = section.as_ref().map_or(&[][..], |p| p.notes_from);
            if links.is_empty() {
                let text = "This section links no earlier work.";
                out.extend(wrap(text, w).into_iter().map(|l| Line::styled(l, t.muted)));
            }
            for n in notes(app, links) {
                out.extend(
                    wrap(&n.title, w)
                        .into_iter()
                        .map(|l| Line::styled(l, t.heading)),
                );
                if n.parts.is_empty() {
                    out.push(Line::styled("  Nothing done yet.", t.muted));
                }
                for part in &n.parts {
                    out.extend(hang(Span::raw(" "), &[(&part.heading, t.key)], w));
                    for line in &part.lines {
                        out.extend(hang(Span::raw("  "), &[(line, Style::new())], w));
                    }
                }
                out.push(Line::default());
            }
        }
        SidePane::Instructions => {
            out.extend(wrap(&a.instructions, w).into_iter().map(Line::raw));
            for h in &a.hints {
                out.push(Line::default());
                bullet(&mut out, h, t.muted);
            }
            for s in a.sources.iter().filter_map(|id| app.unit.source(id)) {
                out.push(Line::default());
                out.extend(
                    wrap(&s.heading(), w)
                        .into_iter()
                        .map(|l| Line::styled(l, t.heading)),
                );
                out.extend(wrap(s.body(), w).into_iter().map(Line::raw));
            }
        }
    }
    out
}
