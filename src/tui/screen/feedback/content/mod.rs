//! The lines of the marks of a submission: the total, then each task with its sign, marks,
//! reasons, the author's feedback and the model answer. The feedback screen draws them and
//! its scroll limit counts them.

pub mod written;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::scoring::{Outcome, Score};
use crate::text::fmt_marks;
use crate::tui::app::App;
use crate::tui::content::pct;
use crate::tui::theme::Theme;
use crate::tui::wrap::{pad, width, wrap_styled};

fn outcome_style(t: &Theme, o: Outcome) -> Style {
    match o {
        Outcome::Right => t.right,
        Outcome::Partial => t.partial,
        Outcome::Wrong => t.wrong,
        _ => t.muted,
    }
}

fn signed(m: f64) -> String {
    if m > 0.0 {
        format!("+{}", fmt_marks(m))
    } else if m < 0.0 {
        format!("−{}", fmt_marks(-m))
    } else {
        "·".into()
    }
}

/// A reason: its signed marks, then its words wrapped under themselves.
pub fn reason(out: &mut Vec<Line<'static>>, t: &Theme, marks: f64, text: &str, width: usize) {
    for (k, l) in wrap_styled(&[(text, Style::new())], width.saturating_sub(7))
        .into_iter()
        .enumerate()
    {
        let lead = if k == 0 {
            format!("  {:>4} ", signed(marks))
        } else {
            " ".repeat(7)
        };
        let mut spans = vec![Span::styled(lead, t.key)];
        spans.extend(l.spans);
        out.push(Line::from(spans));
    }
}

/// Styled pieces wrapped to `width`, each line indented by `indent` spaces.
pub fn indented(
    out: &mut Vec<Line<'static>>,
    pieces: &[(&str, Style)],
    width: usize,
    indent: usize,
) {
    for l in wrap_styled(pieces, width.saturating_sub(indent)) {
        let mut spans = vec![Span::raw(" ".repeat(indent))];
        spans.extend(l.spans);
        out.push(Line::from(spans));
    }
}

/// The lines of the feedback of a score, at a width.
pub fn score_lines(t: &Theme, score: &Score, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let total = format!(
        "Total: {} of {} marks ({})",
        fmt_marks(score.marks),
        fmt_marks(score.max),
        pct(score.fraction())
    );
    out.push(Line::styled(total, t.heading));
    if score.is_provisional() {
        let note = format!(
            "Provisional: {} marks wait for your teacher.",
            fmt_marks(score.awaiting_teacher)
        );
        indented(&mut out, &[(&note, t.warning)], width, 0);
    }
    let marks_w = score
        .tasks
        .iter()
        .map(|x| width_of_marks(x.marks, x.max))
        .max()
        .unwrap_or(3);
    for task in &score.tasks {
        out.push(Line::default());
        let style = outcome_style(t, task.outcome);
        let marks = format!(
            "{:>marks_w$}",
            format!("{}/{}", fmt_marks(task.marks), fmt_marks(task.max))
        );
        let word = task.outcome.word();
        let label_w = width.saturating_sub(4 + marks_w + 2 + 20);
        out.push(Line::from(vec![
            Span::styled(format!("{} ", task.outcome.sign()), style),
            Span::styled(pad(&task.label, label_w), t.heading),
            Span::raw(" "),
            Span::styled(marks, style),
            Span::styled(format!("  {word}"), style),
        ]));
        for e in score.entries.iter().filter(|e| e.task == task.id) {
            reason(&mut out, t, e.marks, &e.reason, width);
        }
        for f in &task.feedback {
            indented(&mut out, &[(f, t.muted)], width, 7);
        }
        if let Some(m) = &task.model_answer {
            indented(
                &mut out,
                &[("Model answer: ", t.heading), (m, Style::new())],
                width,
                7,
            );
        }
    }
    let loose: Vec<_> = score
        .entries
        .iter()
        .filter(|e| !score.tasks.iter().any(|x| x.id == e.task))
        .collect();
    if !loose.is_empty() {
        out.push(Line::default());
        for e in loose {
            reason(&mut out, t, e.marks, &e.reason, width);
        }
    }
    if let Some(f) = &score.feedback {
        out.push(Line::default());
        out.push(Line::styled("Feedback", t.heading));
        indented(&mut out, &[(f, Style::new())], width, 0);
    }
    out
}

fn width_of_marks(m: f64, max: f64) -> usize {
    width(&format!("{}/{}", fmt_marks(m), fmt_marks(max)))
}

/// The lines of the feedback of activity `i`'s `score`: by section for a report or essay.
pub fn lines_for(app: &App, i: usize, score: &Score, width: usize) -> Vec<Line<'static>> {
    let a = &app.unit.activities[i];
    written::lines(&app.theme, a, &app.work[i].answer, score, width)
        .unwrap_or_else(|| score_lines(&app.theme, score, width))
}

/// Lines of the total, kept in view while the tasks scroll under it.
pub fn head_len(lines: &[Line<'_>]) -> usize {
    lines.iter().position(|l| l.width() == 0).unwrap_or(0)
}
