//! The marking tab: the criteria the teacher marks, with the levels of the one under the
//! cursor, beside the student's writing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use super::shown;
use crate::teacher::mark::parts;
use crate::text::fmt_marks;
use crate::tui::class::app::ClassApp;
use crate::tui::class::geometry::panes;
use crate::tui::class::marking::Marking;
use crate::tui::class::writing::writing;
use crate::tui::screen::marking::steps;
use crate::tui::wrap::{hang, one_line, pad, width};

/// Draws the marking tab.
pub fn render(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let Some(m) = &app.marking else {
        let text = format!(
            "Nothing {} handed in is marked by the teacher. Choose a student in the \
             gradebook (1), then Enter on a report or essay.",
            app.name(app.student)
        );
        Paragraph::new(one_line(&text))
            .wrap(Wrap { trim: true })
            .block(Block::bordered().border_style(t.border).title(" Marking "))
            .render(area, buf);
        return;
    };
    let [left, right] = panes(area);
    criteria(app, m, left, buf);
    let path = app.class.hand_ins[m.hand_in]
        .sheet(&app.unit.activities[m.activity].id)
        .map_or_else(String::new, |s| shown(app, &s.path));
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(format!(" {path} "), t.heading))
        .title_bottom(Line::styled(" PgUp/PgDn scroll ", t.muted).right_aligned());
    let inner = block.inner(right);
    block.render(right, buf);
    let lines = writing(app, m, inner.width as usize);
    let end = lines.len().saturating_sub(inner.height as usize);
    let first = usize::from(m.scroll).min(end);
    Paragraph::new(lines)
        .scroll((u16::try_from(first).unwrap_or(u16::MAX), 0))
        .render(inner, buf);
}

fn criteria(app: &ClassApp, m: &Marking, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let a = &app.unit.activities[m.activity];
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.focus)
        .title(Span::styled(
            one_line(&format!(" {} · {} ", app.name(m.hand_in), a.title)),
            t.heading,
        ))
        .title_bottom(Line::styled(" ←→ level, Del clears ", t.muted).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let w = inner.width as usize;
    let mut out: Vec<Line<'static>> = Vec::new();
    if let Some(sheet) = app.class.hand_ins[m.hand_in].sheet(&a.id) {
        let p = parts(a, &sheet.score);
        let mut text = format!(
            "{} automatic + {} from the teacher = {} of {}",
            fmt_marks(p.automatic),
            fmt_marks(p.teacher),
            fmt_marks(p.total),
            fmt_marks(sheet.score.max)
        );
        if p.awaiting > 0.0 {
            text.push_str(&format!("; {} still to mark.", fmt_marks(p.awaiting)));
        } else {
            text.push_str("; final.");
        }
        out.extend(hang(Span::raw(""), &[(&text, t.muted)], w));
        out.push(Line::default());
    }
    let mut cursor_line = 0;
    for (k, c) in a.markable().iter().enumerate() {
        let here = k == m.criterion;
        let given = m.marks.get(&c.key);
        let mark = match given {
            Some(v) => format!("{} of {}", fmt_marks(*v), fmt_marks(c.max)),
            None => format!("– of {}", fmt_marks(c.max)),
        };
        if here {
            cursor_line = out.len();
        }
        let label_w = w.saturating_sub(width(&mark) + 3);
        out.push(Line::from(vec![
            Span::raw(if here { "▶ " } else { "  " }),
            Span::styled(
                pad(&c.label, label_w),
                if here { t.cursor } else { t.heading },
            ),
            Span::raw(" "),
            Span::styled(mark, t.key),
        ]));
        if !here {
            continue;
        }
        if width(&c.label) > label_w {
            out.extend(hang(Span::raw("  "), &[(&c.label, t.muted)], w));
        }
        for (n, points) in steps(c).into_iter().enumerate() {
            let chosen = given == Some(&points);
            let lead = format!(
                "  {} {:>3}  ",
                if chosen { "▶" } else { " " },
                fmt_marks(points)
            );
            let text = c.levels.get(n).map_or("", |l| l.description.as_str());
            let style = if chosen { t.cursor } else { Style::new() };
            out.extend(hang(Span::styled(lead, t.key), &[(text, style)], w));
        }
    }
    let first = cursor_line.saturating_sub(inner.height as usize / 3);
    Paragraph::new(out)
        .scroll((u16::try_from(first).unwrap_or(u16::MAX), 0))
        .render(inner, buf);
}
