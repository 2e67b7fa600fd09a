//! The moderation queue tab: the flagged answers first, then every other automatically
//! marked point or task, the selected one's answer below; and the prompt and the regrade
//! preview drawn over the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use crate::text::{clean, fmt_marks, thousands};
use crate::tui::class::app::ClassApp;
use crate::tui::class::queue::{answer_text, rows};
use crate::tui::wrap::{hang, pad, truncate, wrap_styled};

/// Draws the queue tab, the selected row kept in sight.
pub fn render(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let rows = rows(app);
    let flagged = rows.iter().filter(|r| r.flagged.is_some()).count();
    let [list, detail] = Layout::vertical([Constraint::Min(3), Constraint::Length(7)]).areas(area);
    let title = format!(
        " {} flagged · {} points and tasks marked by the marker ",
        thousands(flagged),
        thousands(rows.len())
    );
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(title, t.heading));
    let inner = block.inner(list);
    block.render(list, buf);
    if rows.is_empty() {
        Paragraph::new(" Nothing here is marked by keywords or a key.").render(inner, buf);
        return;
    }
    let selected = app.queue.min(rows.len() - 1);
    let height = usize::from(inner.height.saturating_sub(1)).max(1);
    let from = selected.saturating_sub(height - 1);
    let w = inner.width as usize;
    let head = format!(
        "  {} {} {} {:>7}  Why flagged",
        pad("Student", 16),
        pad("Activity", 14),
        pad("Point", 22),
        "Marks"
    );
    let mut lines = vec![Line::styled(truncate(&head, w), t.heading)];
    for (i, r) in rows.iter().enumerate().skip(from).take(height) {
        let a = &app.unit.activities[r.activity];
        let text = format!(
            "{} {} {} {} {:>7}  {}",
            if r.flagged.is_some() { "⚑" } else { " " },
            pad(&truncate(app.name(r.hand_in), 16), 16),
            pad(&truncate(&a.id, 14), 14),
            pad(&truncate(&r.key, 22), 22),
            format!("{}/{}", fmt_marks(r.marks), fmt_marks(r.max)),
            r.flagged.as_deref().unwrap_or("")
        );
        let style = if i == selected {
            t.cursor
        } else if r.flagged.is_some() {
            t.warning
        } else {
            Style::new()
        };
        lines.push(Line::styled(pad(&truncate(&clean(&text), w), w), style));
    }
    Paragraph::new(lines).render(inner, buf);
    let r = &rows[selected];
    let block = Block::bordered().border_style(t.border).title(Span::styled(
        format!(" {}'s answer to {} ", app.name(r.hand_in), r.key),
        t.heading,
    ));
    let inner = block.inner(detail);
    block.render(detail, buf);
    let answer = answer_text(app, r).unwrap_or_else(|| "(nothing given)".into());
    let w = inner.width as usize;
    let mut lines = wrap_styled(&[(&answer, Style::new())], w);
    if let Some(why) = &r.flagged {
        lines.extend(wrap_styled(&[(&format!("Flagged: {why}"), t.warning)], w));
    }
    Paragraph::new(lines).render(inner, buf);
}

/// A box in the middle of `area`, `w` wide and `h` high, cleared and framed.
fn popup(app: &ClassApp, area: Rect, w: u16, h: u16, title: &str, buf: &mut Buffer) -> Rect {
    let t = &app.theme;
    let w = w.min(area.width.saturating_sub(2));
    let h = h.min(area.height.saturating_sub(2));
    let at = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + area.height.saturating_sub(h) / 2,
        w,
        h,
    );
    Clear.render(at, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.focus)
        .title(Span::styled(format!(" {title} "), t.heading));
    let inner = block.inner(at);
    block.render(at, buf);
    inner
}

/// Draws the prompt being typed, over the screen.
pub fn prompt(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let Some(p) = &app.prompt else {
        return;
    };
    let inner = popup(app, area, 70, 5, &p.question(), buf);
    let w = inner.width as usize;
    let shown = clean(&p.text);
    let lines = vec![
        Line::from(vec![
            Span::raw(truncate(&shown, w.saturating_sub(2))),
            Span::styled(" ", app.theme.cursor),
        ]),
        Line::default(),
        Line::styled("Enter: done · Esc: cancel", app.theme.muted),
    ];
    Paragraph::new(lines).render(inner, buf);
}

/// Draws the regrade preview waiting for the teacher's word, over the screen.
pub fn preview(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let Some(p) = &app.preview else {
        return;
    };
    let t = &app.theme;
    let h = p.lines.len() as u16 + 5;
    let inner = popup(app, area, 72, h, "Regrade preview", buf);
    let w = inner.width as usize;
    let mut lines = wrap_styled(&[(&format!("{}:", p.title), t.heading)], w);
    for l in &p.lines {
        lines.extend(hang(Span::raw("  "), &[(l, Style::new())], w));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        truncate(
            &format!("Write it into {}? y: write · n: nothing", file_name(p)),
            w,
        ),
        t.key,
    ));
    Paragraph::new(lines).render(inner, buf);
}

fn file_name(p: &crate::tui::class::queue::Preview) -> String {
    let name = p.file.file_name().unwrap_or(p.file.as_os_str());
    clean(&name.to_string_lossy()).into_owned()
}
