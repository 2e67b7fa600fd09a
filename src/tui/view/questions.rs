//! Questions: choice (radio buttons or checkboxes) and written answers (a text box each).
//! Also draws essays, reports and every activity's follow-up questions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::status_line;
use crate::tui::app::{App, TaskState};
use crate::tui::form::{self, Field, Input, Part};
use crate::tui::layout::Target;
use crate::tui::shuffle::shown_fields;
use crate::tui::wrap::{hang, wrap};

/// Most lines a text box shows.
const BOX_LINES: usize = 4;

struct QLine {
    line: Line<'static>,
    stop: Option<usize>,
    field: usize,
}

fn lines(app: &App, st: &TaskState, fields: &[Field], width: usize) -> Vec<QLine> {
    let t = &app.theme;
    let answer = &app.work[st.activity].answer;
    let mut out = Vec::new();
    let mut stop = 0;
    for (i, f) in fields.iter().enumerate() {
        let mut push = |line: Line<'static>, s: Option<usize>| {
            out.push(QLine {
                line,
                stop: s,
                field: i,
            })
        };
        if i > 0 {
            push(Line::default(), None);
        }
        let number = Span::styled(format!("{:<3}", format!("{}.", i + 1)), t.heading);
        for l in hang(number, &[(&f.prompt, t.heading)], width) {
            push(l, None);
        }
        if !f.detail.is_empty() {
            for l in hang(Span::raw("   "), &[(&f.detail, t.muted)], width) {
                push(l, None);
            }
        }
        match &f.input {
            Input::Choice {
                target,
                multiple,
                options,
            } => {
                for (id, text) in options {
                    let here = st.row == stop;
                    let on = form::is_chosen(answer, target, id);
                    let mark = match (multiple, on) {
                        (true, true) => "[x]",
                        (true, false) => "[ ]",
                        (false, true) => "(•)",
                        (false, false) => "( )",
                    };
                    let style = if here { t.cursor } else { Style::new() };
                    for (k, l) in wrap(text, width.saturating_sub(8)).into_iter().enumerate() {
                        let prefix = match (k, here) {
                            (0, true) => format!(" ▶ {mark} "),
                            (0, false) => format!("   {mark} "),
                            _ => "       ".to_string(),
                        };
                        push(
                            Line::from(vec![Span::raw(prefix), Span::styled(l, style)]),
                            Some(stop),
                        );
                    }
                    stop += 1;
                }
            }
            Input::Text(target) => {
                let here = st.row == stop;
                let border = if here { t.focus } else { t.border };
                let inner = width.saturating_sub(7);
                let bar = "─".repeat(inner + 2);
                let lead = if here { " ▶ " } else { "   " };
                push(Line::styled(format!("{lead}┌{bar}┐"), border), Some(stop));
                let text = form::text(answer, target);
                let (body, style) = if text.is_empty() {
                    (vec!["Enter to write".to_string()], t.muted)
                } else {
                    let w = wrap(text, inner);
                    let skip = w.len().saturating_sub(BOX_LINES);
                    (w[skip..].to_vec(), Style::new())
                };
                for l in body {
                    let pad = inner.saturating_sub(crate::tui::wrap::width(&l));
                    push(
                        Line::from(vec![
                            Span::styled("   │ ", border),
                            Span::styled(l, style),
                            Span::raw(" ".repeat(pad)),
                            Span::styled(" │", border),
                        ]),
                        Some(stop),
                    );
                }
                push(Line::styled(format!("   └{bar}┘"), border), Some(stop));
                stop += 1;
            }
            Input::Fixed(v) => {
                for l in wrap(v, width.saturating_sub(3)) {
                    push(Line::styled(format!("   {l}"), t.muted), None);
                }
            }
        }
    }
    out
}

struct Geometry {
    list: Rect,
    status: Rect,
    first: usize,
    lines: Vec<QLine>,
}

fn geometry(app: &App, st: &TaskState, area: Rect) -> Geometry {
    let fields = shown_fields(
        &app.unit.activities[st.activity],
        st.part,
        &app.work[st.activity].options,
    );
    let list = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let status = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    let lines = lines(app, st, &fields, list.width as usize);
    let h = list.height as usize;
    let stop_at: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.stop == Some(st.row))
        .map(|(k, _)| k)
        .collect();
    let first = match (stop_at.first(), stop_at.last()) {
        (Some(&s), Some(&e)) => {
            let field = lines[s].field;
            let start = lines.iter().position(|l| l.field == field).unwrap_or(s);
            let top = if e + 1 - start > h { s } else { start };
            let mut first = top.min(lines.len().saturating_sub(h));
            if e >= first + h {
                first = e + 1 - h;
            }
            first
        }
        _ => 0,
    };
    Geometry {
        list,
        status,
        first,
        lines,
    }
}

fn visible(g: &Geometry) -> impl Iterator<Item = (Rect, &QLine)> {
    g.lines
        .iter()
        .skip(g.first)
        .take(g.list.height as usize)
        .enumerate()
        .map(|(y, l)| (Rect::new(g.list.x, g.list.y + y as u16, g.list.width, 1), l))
}

/// The text box under the cursor, for the editor to open over it.
pub fn anchor(app: &App, st: &TaskState, area: Rect) -> Option<Rect> {
    let g = geometry(app, st, area);
    let rows: Vec<Rect> = visible(&g)
        .filter(|(_, l)| l.stop == Some(st.row))
        .map(|(r, _)| r)
        .collect();
    let first = rows.first()?;
    Some(Rect {
        height: rows.len() as u16,
        ..*first
    })
}

/// The clickable options and text boxes.
pub fn targets(app: &App, st: &TaskState, area: Rect, out: &mut Vec<(Rect, Target)>) {
    let g = geometry(app, st, area);
    out.extend(visible(&g).filter_map(|(r, l)| l.stop.map(|s| (r, Target::Stop(s)))));
}

/// Draws the questions.
pub fn render(app: &App, st: &TaskState, area: Rect, buf: &mut Buffer) {
    let g = geometry(app, st, area);
    for (r, l) in visible(&g) {
        buf.set_line(r.x, r.y, &l.line, r.width);
    }
    let a = &app.unit.activities[st.activity];
    let status = match st.part {
        Part::Main => status_line(app, st.activity),
        Part::FollowUp => {
            let fields = form::fields(a, Part::FollowUp);
            let answer = &app.work[st.activity].answer;
            let done = fields.iter().filter(|f| form::answered(answer, f)).count();
            format!("{done} of {} follow-up questions answered.", fields.len())
        }
    };
    let more = if g.first + (g.list.height as usize) < g.lines.len() {
        "  ↓ more"
    } else {
        ""
    };
    buf.set_string(
        g.status.x,
        g.status.y,
        format!("{status}{more}"),
        app.theme.muted,
    );
}
