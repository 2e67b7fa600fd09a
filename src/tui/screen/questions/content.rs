//! The lines of questions: each prompt, its options or its text box, and where the
//! cursor can stop.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::app::{App, TaskState};
use crate::tui::form::{self, Field, Input};
use crate::tui::wrap::{hang, wrap};

/// Most lines a text box shows.
const BOX_LINES: usize = 4;

/// A line of the questions.
pub struct QLine {
    /// What it shows.
    pub line: Line<'static>,
    /// The place the cursor can stop it belongs to, if any.
    pub stop: Option<usize>,
    /// The question it belongs to.
    pub field: usize,
}

/// The questions' lines at a width.
pub fn lines(app: &App, st: &TaskState, fields: &[Field], width: usize) -> Vec<QLine> {
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
