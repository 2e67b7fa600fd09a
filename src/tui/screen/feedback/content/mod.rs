//! The lines of the marks of a submission: the total, then each task with its sign, marks,
//! reasons, the author's feedback and the model answer. The feedback screen draws them and
//! its scroll limit counts them.

pub mod written;

use std::ops::Range;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::answer::Answer;
use crate::scoring::{Found, Highlight, Outcome, Score, TaskScore};
use crate::text::fmt_marks;
use crate::tui::app::App;
use crate::tui::content::pct;
use crate::tui::theme::Theme;
use crate::tui::wrap::wrap_styled;

/// The colour of an outcome (its sign says it without colour).
fn outcome_style(t: &Theme, o: Outcome) -> Style {
    match o {
        Outcome::Right => t.right,
        Outcome::Partial => t.partial,
        Outcome::Wrong => t.wrong,
        Outcome::Unanswered | Outcome::AwaitingTeacher | Outcome::Unmarked => t.muted,
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

/// The student's own words for a task, the phrase that earned each point underlined (✓)
/// and a phrase that earned nothing struck through (✗), with why (a point made again once
/// it had counted is left plain). With `whole`, the whole
/// text (a short answer, a cell); else only the sentences where points were looked for
/// (an essay, a report section).
pub fn your_words(
    out: &mut Vec<Line<'static>>,
    t: &Theme,
    (text, whole): (&str, bool),
    marks: &[Highlight],
    w: usize,
) {
    let fits = |h: &&Highlight| h.range.end <= text.len() && h.sentence.end <= text.len();
    let all = 0..text.len();
    let mut sentences: Vec<&Range<usize>> = if whole {
        vec![&all]
    } else {
        marks.iter().filter(fits).map(|h| &h.sentence).collect()
    };
    sentences.sort_by_key(|r| (r.start, r.end));
    sentences.dedup();
    if sentences.is_empty() || text.trim().is_empty() {
        return;
    }
    let heading = if whole { "Your answer:" } else { "Your words:" };
    out.push(Line::styled(format!("     {heading}"), t.muted));
    let earned = t.right.add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
    let missed = t.wrong.add_modifier(Modifier::CROSSED_OUT);
    for sentence in sentences {
        let inside: Vec<&Highlight> = marks
            .iter()
            .filter(fits)
            .filter(|h| h.range.start >= sentence.start && h.range.end <= sentence.end)
            .collect();
        let mut pieces: Vec<(String, Style)> = Vec::new();
        let mut at = sentence.start;
        for h in &inside {
            if h.range.start < at {
                continue;
            }
            pieces.push((text[at..h.range.start].to_string(), Style::new()));
            let (style, sign) = match h.found {
                Found::Earned => (earned, Some(("✓", t.right))),
                // Made again once it had counted: no fault, so neither ticked nor crossed.
                Found::Again => (Style::new(), None),
                Found::Refused => (missed, Some(("✗", t.wrong))),
            };
            pieces.push((text[h.range.clone()].to_string(), style));
            if let Some((sign, style)) = sign {
                pieces.push((sign.to_string(), style));
            }
            at = h.range.end;
        }
        pieces.push((text[at..sentence.end].to_string(), Style::new()));
        let borrowed: Vec<(&str, Style)> = pieces.iter().map(|(p, s)| (p.as_str(), *s)).collect();
        indented(out, &borrowed, w, 7);
        for h in inside.iter().filter(|h| h.found == Found::Refused) {
            let why = format!("✗ “{}”: {}", &text[h.range.clone()], h.reason);
            indented(out, &[(&why, t.warning)], w, 9);
        }
    }
}

/// A task's heading: its sign, marks and outcome, then its label in full, wrapped under
/// itself.
fn task_heading(out: &mut Vec<Line<'static>>, t: &Theme, task: &TaskScore, width: usize) {
    let style = outcome_style(t, task.outcome);
    let lead = format!(
        "{} {}/{} {}  ",
        task.outcome.sign(),
        fmt_marks(task.marks),
        fmt_marks(task.max),
        task.outcome.word()
    );
    let hang = if width >= 50 {
        crate::tui::wrap::width(&lead)
    } else {
        2
    };
    let first_w = width.saturating_sub(crate::tui::wrap::width(&lead)).max(10);
    let label: &str = &task.label;
    let first = wrap_styled(&[(label, t.heading)], first_w);
    let Some((head, rest)) = first.split_first() else {
        out.push(Line::styled(lead, style));
        return;
    };
    let mut spans = vec![Span::styled(lead, style)];
    spans.extend(head.spans.iter().cloned());
    out.push(Line::from(spans));
    let rest_text: String = rest
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ");
    if !rest_text.is_empty() {
        indented(out, &[(&rest_text, t.heading)], width, hang);
    }
}

/// The lines of the feedback of a score, at a width: every task, or with `missed_only`
/// those not fully right. Each task's heading, the student's own words where written,
/// its reasons, the author's feedback (unless a reason says it already) and the model
/// answer.
pub fn score_lines(
    t: &Theme,
    (score, answer): (&Score, &Answer),
    missed_only: bool,
    width: usize,
) -> Vec<Line<'static>> {
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
    let shown: Vec<&TaskScore> = score
        .tasks
        .iter()
        .filter(|x| !missed_only || x.outcome != Outcome::Right)
        .collect();
    if missed_only {
        let hidden = score.tasks.len() - shown.len();
        let note = match hidden {
            0 => "Only what you missed: every task is shown (none was fully right).".to_string(),
            n => format!("Only what you missed: {n} fully right hidden (Space shows all)."),
        };
        indented(&mut out, &[(&note, t.muted)], width, 0);
    }
    for task in shown {
        out.push(Line::default());
        task_heading(&mut out, t, task, width);
        if let Some(text) = answer.text_of(&task.id) {
            let whole = text.len() <= WHOLE_TEXT;
            your_words(&mut out, t, (text, whole), &task.highlights, width);
        }
        let mut said: Vec<&str> = Vec::new();
        for e in score.entries.iter().filter(|e| e.task == task.id) {
            reason(&mut out, t, e.marks, &e.reason, width);
            said.push(&e.reason);
        }
        for f in task.feedback.iter().filter(|f| !said.contains(&&***f)) {
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

/// The longest text shown whole beside its mark; a longer one shows only the sentences
/// where points were looked for.
const WHOLE_TEXT: usize = 600;

/// The lines of the feedback of activity `i`'s `score`: by section for a report or essay;
/// with `missed_only`, only what was not fully right.
pub fn lines_for(
    app: &App,
    i: usize,
    (score, missed_only): (&Score, bool),
    width: usize,
) -> Vec<Line<'static>> {
    let a = &app.unit.activities[i];
    let w = &app.work[i];
    let answer = &w.answer;
    if let Some(lines) = w
        .reviewed
        .as_deref()
        .and_then(|task| reviewed_lines(&app.theme, (score, answer), task, width))
    {
        return lines;
    }
    written::lines(&app.theme, a, (answer, score), missed_only, width)
        .unwrap_or_else(|| score_lines(&app.theme, (score, answer), missed_only, width))
}

/// The marks of the one task a review checked, under a heading that says so: the
/// activity's total would only repeat the marks of the tasks not reviewed. `None` when the
/// score has no such task.
fn reviewed_lines(
    t: &Theme,
    (score, answer): (&Score, &Answer),
    task: &str,
    width: usize,
) -> Option<Vec<Line<'static>>> {
    let one = score.tasks.iter().find(|x| *x.id == *task)?;
    let only = Score {
        marks: one.marks,
        max: one.max,
        tasks: vec![one.clone()],
        entries: score
            .entries
            .iter()
            .filter(|e| e.task == one.id)
            .cloned()
            .collect(),
        feedback: None,
        awaiting_teacher: 0.0,
    };
    let mut lines = score_lines(t, (&only, answer), false, width);
    let heading = format!(
        "Review of one task: {} of {} (the rest of the activity is as you left it)",
        fmt_marks(one.marks),
        fmt_marks(one.max)
    );
    let mut head = Vec::new();
    indented(&mut head, &[(&heading, t.heading)], width, 0);
    lines.splice(0..1, head);
    Some(lines)
}

/// Lines of the total, kept in view while the tasks scroll under it.
pub fn head_len(lines: &[Line<'_>]) -> usize {
    lines.iter().position(|l| l.width() == 0).unwrap_or(0)
}
