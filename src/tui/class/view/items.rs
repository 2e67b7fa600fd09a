//! The item analysis tab: each task of one activity with its facility and discrimination,
//! the tasks whose key should be checked said in words, and a bar chart of facility.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Bar, BarChart, BarGroup, Block, Cell, HighlightSpacing, Paragraph, Row, StatefulWidget, Table,
    TableState, Widget,
};

use super::{percent, signed};
use crate::teacher::ItemStats;
use crate::text::{count, fmt_marks};
use crate::tui::class::app::ClassApp;
use crate::tui::wrap::{hang, truncate};

/// What a flagged task's check column says.
pub const CHECK_KEY: &str = "check key";

/// The least height of the tab with the chart of facility below the table.
const CHART_FROM: u16 = 18;

/// Draws the item analysis tab.
pub fn render(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let Some(activity) = app.unit.activities.get(app.item_activity) else {
        return;
    };
    let items = app.items_of(app.item_activity);
    // On a short screen the table, which has the same figures, and the words about the task
    // selected take the chart's room.
    let chart_h = if area.height >= CHART_FROM { 6 } else { 0 };
    // Below the table: the heading above it, and three lines about the task or the chart.
    let below = if chart_h > 0 { 11 } else { 4 };
    let table_h = (items.len() as u16 + 3).min(area.height.saturating_sub(below).max(5));
    let (detail_h, chart_h) = if chart_h > 0 {
        (Constraint::Length(2), Constraint::Min(chart_h))
    } else {
        (Constraint::Min(2), Constraint::Length(0))
    };
    let [head, table, detail, chart] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(table_h),
        detail_h,
        chart_h,
    ])
    .areas(area);
    let head_text = format!(
        " ◀ {} of {} ▶  {} · {}",
        app.item_activity + 1,
        app.unit.activities.len(),
        activity.id,
        activity.title
    );
    buf.set_string(
        head.x,
        head.y,
        truncate(&head_text, head.width as usize),
        t.heading,
    );
    if items.is_empty() {
        Paragraph::new(" Nothing in this activity earns marks.").render(table, buf);
        return;
    }
    draw_table(app, &items, table, buf);
    let selected = items.get(app.item).copied();
    let mut lines = Vec::new();
    if let Some(i) = selected {
        let w = detail.width as usize;
        if i.flags.is_empty() {
            let text = format!(
                "{} “{}”: facility is the mean share of its marks earned; discrimination, how \
                 its marks follow the rest of the unit (— under 3 students or no spread).",
                i.what, i.label
            );
            lines.extend(hang(Span::raw(" "), &[(&text, t.muted)], w));
        } else {
            let why: Vec<&str> = i.flags.iter().map(|f| f.describe()).collect();
            let text = format!("{} “{}”: {}.", i.what, i.label, why.join("; "));
            lines.extend(hang(
                Span::styled(" Flagged: ", t.warning),
                &[(&text, t.warning)],
                w,
            ));
        }
    }
    Paragraph::new(lines).render(detail, buf);
    if chart.height > 0 {
        draw_chart(app, &items, chart, buf);
    }
}

fn draw_table(app: &ClassApp, items: &[&ItemStats], area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let n = app.book.rows.len();
    let block = Block::bordered().border_style(t.border).title(Span::styled(
        format!(" Tasks · {} · ↑↓ ", count(n, "student")),
        t.heading,
    ));
    let header = Row::new(
        ["#", "Task", "Max", "n", "Facility", "Discrim.", "Check"]
            .map(|h| Cell::from(Line::from(h))),
    )
    .style(t.heading);
    let rows = items.iter().enumerate().map(|(k, i)| {
        let check = if i.flags.is_empty() { "" } else { CHECK_KEY };
        let style = if i.flags.is_empty() {
            Style::new()
        } else {
            t.warning
        };
        Row::new(vec![
            Cell::from(Line::from((k + 1).to_string()).right_aligned()),
            Cell::from(i.label.clone()),
            Cell::from(Line::from(fmt_marks(i.max)).right_aligned()),
            Cell::from(Line::from(i.n.to_string()).right_aligned()),
            Cell::from(Line::from(i.facility.map_or_else(|| "—".into(), percent)).right_aligned()),
            Cell::from(Line::from(signed(i.discrimination)).right_aligned()),
            Cell::from(check),
        ])
        .style(style)
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(3),
            Constraint::Fill(1),
            Constraint::Length(4),
            Constraint::Length(3),
            Constraint::Length(8),
            Constraint::Length(8),
            Constraint::Length(9),
        ],
    )
    .header(header)
    .block(block)
    .highlight_symbol("▶ ")
    .highlight_spacing(HighlightSpacing::Always)
    .row_highlight_style(t.cursor);
    let mut state = TableState::new().with_selected(Some(app.item.min(items.len() - 1)));
    StatefulWidget::render(table, area, buf, &mut state);
}

fn draw_chart(app: &ClassApp, items: &[&ItemStats], area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(" Facility of each task, % (by #) ", t.heading));
    let inner_w = block.inner(area).width as usize;
    let slot = (inner_w / items.len().max(1)).max(1);
    let (bar_w, gap) = if slot >= 2 {
        ((slot - 1).min(6) as u16, 1)
    } else {
        (1, 0)
    };
    let bars: Vec<Bar> = items
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let value = i.facility.map_or(0, |f| (f * 100.0).round() as u64);
            let style = if k == app.item {
                t.cursor
            } else if i.flags.is_empty() {
                t.gauge
            } else {
                t.warning
            };
            Bar::new(value)
                .label(Line::from((k + 1).to_string()))
                .text_value(i.facility.map_or_else(|| "-".into(), |_| value.to_string()))
                .style(style)
                .value_style(t.cursor)
        })
        .collect();
    BarChart::default()
        .block(block)
        .data(BarGroup::new(bars))
        .max(100)
        .bar_width(bar_w)
        .bar_gap(gap)
        .render(area, buf);
}
