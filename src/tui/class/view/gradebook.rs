//! The gradebook tab: students × activities with their totals, as many activities as fit
//! around the selected one; below it, the selected student's mark and what still needs
//! marking.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{
    Block, Cell, HighlightSpacing, Paragraph, Row, StatefulWidget, Table, TableState, Widget,
};

use crate::teacher::gradebook::Cell as Mark;
use crate::teacher::gradebook::Listed;
use crate::text::{count, fmt_marks};
use crate::tui::class::app::{ClassApp, SortBy};
use crate::tui::theme::Theme;
use crate::tui::wrap::{hang, one_line, truncate, width};

/// Width of the total's column.
const TOTAL_W: u16 = 7;

/// Draws the gradebook tab.
pub fn render(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    if app.book.rows.is_empty() {
        let block = Block::bordered()
            .border_style(t.border)
            .title(" Gradebook ");
        let text = "No hand-ins were found in this folder. A hand-in is a folder with \
                    handin.toml and the student's answer sheets (classwork export answers).";
        Paragraph::new(text)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .block(block)
            .render(area, buf);
        return;
    }
    // The rows, two lines of header, the class mean and the borders; the rest for the
    // selected student.
    let wanted = app.book.rows.len() as u16 + 5;
    let [table, detail] =
        Layout::vertical([Constraint::Max(wanted), Constraint::Min(5)]).areas(area);
    draw_table(app, table, buf);
    draw_detail(app, detail, buf, t);
}

/// What a cell of the gradebook says: `—` nothing handed in, `*` provisional.
pub fn mark_text(cell: Option<&Mark>) -> String {
    match cell {
        None => "—".into(),
        Some(c) if c.is_provisional() => format!("{}*", fmt_marks(c.marks)),
        Some(c) => fmt_marks(c.marks),
    }
}

fn right(text: String) -> Cell<'static> {
    Cell::from(Line::from(text).right_aligned())
}

fn draw_table(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let book = &app.book;
    let names = book
        .rows
        .iter()
        .map(|r| width(&r.student))
        .max()
        .unwrap_or(0);
    let name_w = names.clamp(10, 18) as u16;
    let widths: Vec<u16> = book
        .columns
        .iter()
        .map(|c| width(&c.id).clamp(5, 10) as u16)
        .collect();
    // The inner width, less the cursor's column, the name, the total and their gaps.
    let room = area.width.saturating_sub(2 + 2 + name_w + 1 + TOTAL_W) as usize;
    let fits = |from: usize, to: usize| {
        widths[from..=to]
            .iter()
            .map(|w| *w as usize + 1)
            .sum::<usize>()
            <= room
    };
    let column = app.column.min(widths.len().saturating_sub(1));
    let mut first = 0;
    while first < column && !fits(first, column) {
        first += 1;
    }
    let mut last = first;
    while last + 1 < widths.len() && fits(first, last + 1) {
        last += 1;
    }
    let shown = first..(last + 1).min(widths.len());
    let order = app.order();
    let sorted = match app.sort {
        SortBy::Name => "by name",
        SortBy::Total => "by total",
    };
    let mut title = format!(
        " Gradebook · {} {sorted} ",
        count(book.rows.len(), "student")
    );
    if shown.len() < widths.len() {
        title.push_str(&format!(
            "· activities {}–{} of {} ←→ ",
            shown.start + 1,
            shown.end,
            widths.len()
        ));
    }
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(title, t.heading))
        .title_bottom(
            Line::styled(" — not handed in · * part waits for the teacher ", t.muted)
                .right_aligned(),
        );
    let mut header = vec![Cell::from("Student")];
    for c in &book.columns[shown.clone()] {
        header.push(Cell::from(Text::from(vec![
            Line::from(truncate(&c.id, 10)).right_aligned(),
            Line::styled(format!("of {}", fmt_marks(c.max)), t.muted).right_aligned(),
        ])));
    }
    header.push(Cell::from(Text::from(vec![
        Line::from("Total").right_aligned(),
        Line::styled(format!("of {}", fmt_marks(book.max)), t.muted).right_aligned(),
    ])));
    let rows = order.iter().map(|&i| {
        let r = &book.rows[i];
        let name = match r.listed {
            Listed::HandedIn => r.student.clone(),
            listed => format!("{} ({})", r.student, listed.word()),
        };
        let mut cells = vec![Cell::from(truncate(&name, name_w as usize))];
        cells.extend(
            r.cells[shown.clone()]
                .iter()
                .map(|c| right(mark_text(c.as_ref()))),
        );
        let star = if r.provisional.is_empty() { "" } else { "*" };
        cells.push(right(format!("{}{star}", fmt_marks(r.total))));
        Row::new(cells)
    });
    let means = book.column_means();
    let mut mean_cells = vec![Cell::from("Class mean")];
    mean_cells.extend(
        means[shown.clone()]
            .iter()
            .map(|m| right(m.map_or_else(|| "—".into(), fmt_marks))),
    );
    let total_mean = book.rows.iter().map(|r| r.total).sum::<f64>() / book.rows.len() as f64;
    mean_cells.push(right(fmt_marks(total_mean)));
    let mut constraints = vec![Constraint::Length(name_w)];
    constraints.extend(widths[shown.clone()].iter().map(|w| Constraint::Length(*w)));
    constraints.push(Constraint::Length(TOTAL_W));
    let table = Table::new(rows, constraints)
        .header(Row::new(header).height(2).style(t.heading))
        .footer(Row::new(mean_cells).style(t.muted))
        .block(block)
        .highlight_symbol("▶ ")
        .highlight_spacing(HighlightSpacing::Always)
        .row_highlight_style(ratatui::style::Style::new().add_modifier(Modifier::BOLD))
        .cell_highlight_style(t.cursor);
    let selected = order.iter().position(|&i| i == app.student);
    let selected_column = (shown.contains(&column)).then(|| column - shown.start + 1);
    let mut state = TableState::new()
        .with_selected(selected)
        .with_selected_column(selected_column);
    StatefulWidget::render(table, area, buf, &mut state);
}

fn draw_detail(app: &ClassApp, area: Rect, buf: &mut Buffer, t: &Theme) {
    let book = &app.book;
    let Some(row) = book.rows.get(app.student) else {
        return;
    };
    let block = Block::bordered().border_style(t.border).title(Span::styled(
        format!(" {} ", one_line(&row.student)),
        t.heading,
    ));
    let inner = block.inner(area);
    block.render(area, buf);
    let w = inner.width as usize;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut total = format!("Total: {} of {}", fmt_marks(row.total), fmt_marks(book.max));
    if !row.provisional.is_empty() {
        total.push_str(", provisional");
    }
    lines.push(Line::styled(format!("{total}."), t.heading));
    if let Some(c) = book.columns.get(app.column) {
        let cell = row.cells.get(app.column).copied().flatten();
        let text = match cell {
            None => format!("{}: nothing handed in.", c.title),
            Some(m) if m.is_provisional() => format!(
                "{}: {} of {} so far; {} wait for the teacher. Enter: mark.",
                c.title,
                fmt_marks(m.marks),
                fmt_marks(m.max),
                fmt_marks(m.awaiting_teacher)
            ),
            Some(m) => format!(
                "{}: {} of {}.",
                c.title,
                fmt_marks(m.marks),
                fmt_marks(m.max)
            ),
        };
        lines.extend(hang(
            Span::raw(""),
            &[(&text, ratatui::style::Style::new())],
            w,
        ));
    }
    let waiting: Vec<String> = app
        .order()
        .into_iter()
        .map(|i| &book.rows[i])
        .filter(|r| !r.provisional.is_empty())
        .map(|r| format!("{}: {}", r.student, r.provisional.join(", ")))
        .collect();
    if waiting.is_empty() {
        lines.push(Line::styled(
            "Needs marking: nothing; every mark is final.",
            t.muted,
        ));
    } else {
        lines.extend(hang(
            Span::styled(format!("Needs marking ({}): ", waiting.len()), t.key),
            &[(&waiting.join("; "), t.muted)],
            w,
        ));
    }
    Paragraph::new(lines).render(inner, buf);
}
