//! The teacher's marking screen: each criterion with the mark given, and the levels of
//! the one under the cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{MarkState, steps};
use crate::teacher::mark::parts;
use crate::text::fmt_marks;
use crate::tui::app::App;
use crate::tui::view::{marker, pane};
use crate::tui::wrap::{hang, pad, width};

/// Draws the marking screen.
pub fn render(app: &App, st: &MarkState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let w = &app.work[st.activity];
    let block = pane(
        Span::styled(format!(" Marking · {} ", a.title), t.heading),
        true,
        t,
    )
    .title_bottom(Line::styled(" ←→ level · ↑↓ criterion · Esc done ", t.muted).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let width_all = inner.width as usize;
    let mut out: Vec<Line<'static>> = Vec::new();
    if let Some(score) = w.scores.last() {
        let p = parts(a, score);
        let mut text = format!(
            "Marked so far: {} automatic + {} from the teacher = {} of {}",
            fmt_marks(p.automatic),
            fmt_marks(p.teacher),
            fmt_marks(p.total),
            fmt_marks(score.max)
        );
        if st.changed {
            text.push_str(" (worked out again when you are done)");
        }
        out.extend(hang(Span::raw(""), &[(&text, t.muted)], width_all));
        out.push(Line::default());
    }
    let mut cursor_line = 0;
    for (k, m) in a.markable().iter().enumerate() {
        let here = k == st.row;
        let given = w.answer.teacher.get(&m.key);
        let mark = match given {
            Some(v) => format!("{} of {}", fmt_marks(*v), fmt_marks(m.max)),
            None => format!("– of {}", fmt_marks(m.max)),
        };
        let style = if here { t.cursor } else { t.heading };
        let label_w = width_all.saturating_sub(width(&mark) + 3);
        if here {
            cursor_line = out.len();
        }
        out.push(Line::from(vec![
            Span::raw(marker(here)),
            Span::styled(pad(&m.label, label_w), style),
            Span::raw(" "),
            Span::styled(mark, t.key),
        ]));
        if !here {
            continue;
        }
        let levels = &m.levels;
        for (n, points) in steps(m).into_iter().enumerate() {
            let chosen = given == Some(&points);
            let lead = format!(
                "    {} {:>3}  ",
                if chosen { "▶" } else { " " },
                fmt_marks(points)
            );
            let text = levels.get(n).map_or("", |l| l.description.as_str());
            let style = if chosen { t.cursor } else { Style::new() };
            out.extend(hang(Span::styled(lead, t.key), &[(text, style)], width_all));
        }
    }
    let first = cursor_line.saturating_sub(inner.height as usize / 3);
    Paragraph::new(out)
        .scroll((first as u16, 0))
        .render(inner, buf);
}
