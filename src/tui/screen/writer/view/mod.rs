//! The writer: cover fields along the top, the sections at the side with their word
//! counts and marks (`✓` within the limits, `!` over, `…` short, `·` empty), the section
//! being written, and beside it its guidance, the notes from earlier work, or the
//! instructions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::tui::view::pane;
use side::render_side;

mod side;
use crate::tui::app::App;
use crate::tui::screen::writer::WriterState;
use crate::tui::screen::writer::geometry::{areas, cover_cells, visible_list};
use crate::tui::screen::writer::page::{self, Entry};
use crate::tui::wrap::{pad, truncate, width, wrap};

fn render_cover(app: &App, st: &WriterState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let answer = &app.work[st.activity].answer;
    let label_w = page::report(a).map_or(0, |r| {
        r.cover.iter().map(|c| width(&c.label)).max().unwrap_or(0)
    });
    for (rect, k, entry) in cover_cells(app, st, area) {
        let Some(field) = page::cover_field(a, k) else {
            continue;
        };
        let here = entry.is_some_and(|e| e == st.entry);
        let target = crate::tui::form::TextTarget::Cover(field.id.clone());
        let written = crate::tui::form::text(answer, &target);
        let (value, style) = match (&field.value, written.trim()) {
            (Some(v), _) => (v.clone(), Style::new()),
            (None, "") => (
                field.placeholder.clone().unwrap_or_else(|| "…".into()),
                t.muted,
            ),
            (None, w) => (w.to_string(), Style::new()),
        };
        let style = if here { t.cursor } else { style };
        let room = (rect.width as usize).saturating_sub(label_w + 4);
        let line = Line::from(vec![
            Span::raw(if here { "▶" } else { " " }),
            Span::styled(pad(&field.label, label_w), t.heading),
            Span::raw("  "),
            Span::styled(truncate(&crate::tui::wrap::one_line(&value), room), style),
        ]);
        buf.set_line(rect.x, rect.y, &line, rect.width);
    }
}

fn render_list(app: &App, st: &WriterState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let answer = &app.work[st.activity].answer;
    let (written, sections) = page::sections_written(a, answer);
    let block = pane(Span::styled(" Sections ", t.heading), false, t).title_bottom(
        Line::styled(format!(" {written}/{sections} written "), t.muted).right_aligned(),
    );
    let inner = block.inner(area);
    block.render(area, buf);
    for (rect, _, line) in visible_list(app, st, inner) {
        buf.set_line(rect.x, rect.y, &line, rect.width);
    }
}

/// "! Argue for “Germany” here": when the decision is made and this section, where it
/// must be argued, does not mention it yet.
fn decision_hint(app: &App, st: &WriterState, k: usize) -> Option<String> {
    let a = &app.unit.activities[st.activity];
    let answer = &app.work[st.activity].answer;
    if page::decision_section(a) != Some(k) || st.argued != Some(false) {
        return None;
    }
    let (asked, chosen) = page::decision(a, answer)?;
    let label = &asked.options[chosen?].label;
    Some(format!(
        "! Argue for “{label}” here: this section does not mention it yet."
    ))
}

fn decision_lines(app: &App, st: &WriterState, w: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let answer = &app.work[st.activity].answer;
    let Some((asked, chosen)) = page::decision(a, answer) else {
        return Vec::new();
    };
    let mut out: Vec<Line> = wrap(&asked.prompt, w)
        .into_iter()
        .map(|l| Line::styled(l, t.heading))
        .collect();
    out.push(Line::default());
    for (k, o) in asked.options.iter().enumerate() {
        let mark = if chosen == Some(k) { "(•)" } else { "( )" };
        out.push(Line::raw(format!(" {mark} {} {}", k + 1, o.label)));
    }
    out.push(Line::default());
    let section = page::decision_section(a)
        .and_then(|k| page::page(a, k))
        .map_or(asked.section.clone(), |p| p.heading.to_string());
    let argued = match st.argued {
        Some(true) => "✓ That section argues for it.",
        Some(false) => "! That section does not mention it yet.",
        None => "",
    };
    let note = format!("Argue your decision in “{section}”. {argued}");
    out.extend(wrap(&note, w).into_iter().map(|l| Line::styled(l, t.muted)));
    out
}

/// " ! 33 words (≤30) · over the limit ": as much of it as fits in `room` cells.
fn word_count_title(
    words: usize,
    status: page::WordStatus,
    limits: Option<&crate::activity::WordLimits>,
    room: usize,
) -> String {
    let sign = status.sign();
    let limits = page::limits_short(limits).map_or_else(String::new, |l| format!(" ({l})"));
    [
        format!(" {sign} {words} words{limits} · {} ", status.word()),
        format!(" {sign} {words} words{limits} "),
        format!(" {sign} {words} words "),
        format!(" {sign} {words} "),
    ]
    .into_iter()
    .find(|t| width(t) <= room)
    .unwrap_or_default()
}

fn render_editor(app: &App, st: &WriterState, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let answer = &app.work[st.activity].answer;
    let entry = st.current(app);
    let writing = app.editor.is_some();
    let room = area.width.saturating_sub(4) as usize;
    let (title, bottom) = match entry {
        Some(Entry::Section(k)) => match page::page(a, k) {
            Some(p) => {
                let (words, status) = page::section_words(answer, &p);
                (
                    p.heading.to_string(),
                    word_count_title(words, status, p.words, room),
                )
            }
            None => (String::new(), String::new()),
        },
        Some(Entry::Cover(k)) => (
            page::cover_field(a, k).map_or_else(String::new, |c| c.label.clone()),
            String::new(),
        ),
        Some(Entry::Decision) => ("Decision".to_string(), String::new()),
        None => (String::new(), String::new()),
    };
    let block = pane(
        Span::styled(format!(" {} ", truncate(&title, room)), t.heading),
        writing,
        t,
    )
    .title_bottom(Line::styled(bottom, t.muted).right_aligned());
    let mut inner = block.inner(area);
    block.render(area, buf);
    let w = inner.width as usize;
    if let Some(Entry::Section(k)) = entry
        && let Some(hint) = decision_hint(app, st, k)
    {
        let lines: Vec<Line> = wrap(&hint, w)
            .into_iter()
            .map(|l| Line::styled(l, t.warning))
            .collect();
        let h = (lines.len() as u16).min(inner.height);
        Paragraph::new(lines).render(Rect { height: h, ..inner }, buf);
        inner.y += h;
        inner.height -= h;
    }
    if entry == Some(Entry::Decision) {
        Paragraph::new(decision_lines(app, st, w)).render(inner, buf);
        return;
    }
    if let Some(ed) = &app.editor {
        ed.area.render(inner, buf);
        return;
    }
    let text = match entry.map(|e| (e, a)) {
        Some((Entry::Section(k), a)) => page::page(a, k)
            .map(|p| page::text(answer, &p).to_string())
            .unwrap_or_default(),
        Some((Entry::Cover(k), a)) => page::cover_field(a, k)
            .map(|c| {
                crate::tui::form::text(answer, &crate::tui::form::TextTarget::Cover(c.id.clone()))
                    .to_string()
            })
            .unwrap_or_default(),
        _ => String::new(),
    };
    let lines: Vec<Line> = if text.trim().is_empty() {
        vec![Line::styled("Enter to write.", t.muted)]
    } else {
        wrap(&text, w).into_iter().map(Line::raw).collect()
    };
    Paragraph::new(lines).render(inner, buf);
}

/// Draws the writer in `area`.
pub fn render(app: &App, st: &WriterState, area: Rect, buf: &mut Buffer) {
    let parts = areas(app, st, area);
    render_cover(app, st, parts.cover, buf);
    if parts.list.width > 0 {
        render_list(app, st, parts.list, buf);
    }
    render_editor(app, st, parts.editor, buf);
    render_side(app, st, parts.side, buf);
}
