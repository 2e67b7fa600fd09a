//! The heat map tab: for a sort, how many students ticked each row × column beside the key
//! (`✓` right, `~` accepted either way); for a rank or timeline, the class's average place
//! of each item as a bar chart.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Cell, Paragraph, Row, Table, Widget};

use crate::teacher::heatmap::{KeyMark, Positions, SortHeatMap};
use crate::tui::class::app::{Chart, ClassApp};
use crate::tui::wrap::{truncate, wrap};

/// Draws the heat map tab.
pub fn render(app: &ClassApp, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let charts = app.charts();
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    let Some(chart) = charts.get(app.chart) else {
        Paragraph::new(" This unit has no sort, rank or timeline to chart.").render(body, buf);
        return;
    };
    let (id, title, kind, students) = match chart {
        Chart::Sort(m) => (&m.activity, &m.title, "sort", m.students),
        Chart::Order(p) => (&p.activity, &p.title, "order", p.students),
    };
    let head_text = format!(
        " ◀ {} of {} ▶  {id} · {title} — {kind}, handed in by {students}",
        app.chart + 1,
        charts.len()
    );
    buf.set_string(
        head.x,
        head.y,
        truncate(&head_text, head.width as usize),
        t.heading,
    );
    match chart {
        Chart::Sort(m) => sort(app, m, body, buf),
        Chart::Order(p) => order(app, p, body, buf),
    }
}

fn sort(app: &ClassApp, map: &SortHeatMap, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(" Students who ticked each cell ", t.heading))
        .title_bottom(
            Line::styled(" ✓ in the key · ~ accepted either way · ↑↓ ", t.muted).right_aligned(),
        );
    let inner = block.inner(area);
    let label_w = (inner.width / 3).clamp(12, 30);
    let n = map.columns.len().max(1) as u16;
    let col_w = (inner.width.saturating_sub(label_w + 1) / n)
        .saturating_sub(1)
        .clamp(5, 18);
    let mut header = vec![Cell::from("")];
    header.extend(map.columns.iter().map(|c| {
        let lines: Vec<Line> = two_lines(c, col_w as usize)
            .into_iter()
            .map(|l| Line::from(l).right_aligned())
            .collect();
        Cell::from(Text::from(lines))
    }));
    let rows = map.rows.iter().skip(app.scroll.into()).map(|r| {
        let mut cells = vec![Cell::from(truncate(&r.label, label_w as usize))];
        cells.extend(r.cells.iter().map(|c| {
            let (sign, style) = match c.key {
                KeyMark::Right => (" ✓", t.right),
                KeyMark::Accepted => (" ~", t.partial),
                KeyMark::Wrong if c.ticked > 0 => ("  ", t.wrong),
                KeyMark::Wrong => ("  ", Style::new()),
            };
            Cell::from(Line::styled(format!("{}{sign}", c.ticked), style).right_aligned())
        }));
        Row::new(cells)
    });
    let mut widths = vec![Constraint::Length(label_w)];
    widths.extend(map.columns.iter().map(|_| Constraint::Length(col_w)));
    Table::new(rows, widths)
        .header(Row::new(header).height(2).style(t.heading))
        .block(block)
        .render(area, buf);
}

/// A heading wrapped on at most two lines, the second cut with `…` if need be.
fn two_lines(text: &str, width: usize) -> Vec<String> {
    let lines = wrap(text, width);
    if lines.len() <= 2 {
        return lines;
    }
    vec![lines[0].clone(), truncate(&lines[1..].join(" "), width)]
}

/// "key 2", or "key 1-2": the places the key allows. (Bar values are kept to ASCII: the
/// bar chart cuts them by bytes where the bar ends.)
fn key_places(key: Option<(usize, usize)>) -> String {
    match key {
        Some((lo, hi)) if lo == hi => format!("key {lo}"),
        Some((lo, hi)) => format!("key {lo}-{hi}"),
        None => "no key".into(),
    }
}

fn order(app: &ClassApp, p: &Positions, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(
            " Average place of each item (1 = first) ",
            t.heading,
        ))
        .title_bottom(Line::styled(" longer bar: placed later · ↑↓ ", t.muted).right_aligned());
    let label_w = (block.inner(area).width / 2).min(34) as usize;
    let most = p.items.len().max(1) as u64 * 10;
    let bars: Vec<Bar> = p
        .items
        .iter()
        .skip(app.scroll.into())
        .map(|i| {
            let value = i.mean.map_or(0, |m| (m * 10.0).round() as u64);
            let off_key = match (i.mean, i.key) {
                (Some(m), Some((lo, hi))) => m < lo as f64 - 0.5 || m > hi as f64 + 0.5,
                _ => false,
            };
            let mean = i
                .mean
                .map_or_else(|| "not placed".into(), |m| format!("{m:.1}"));
            let mut text = format!("{mean} ({}", key_places(i.key));
            text.push_str(if off_key { ", off the key)" } else { ")" });
            Bar::new(value)
                .label(Line::from(truncate(&i.label, label_w)))
                .text_value(text)
                .style(if off_key { t.warning } else { t.gauge })
        })
        .collect();
    BarChart::default()
        .block(block)
        .direction(Direction::Horizontal)
        .data(BarGroup::new(bars))
        .max(most)
        .bar_width(1)
        .bar_gap(1)
        .value_style(t.cursor)
        .render(area, buf);
}
