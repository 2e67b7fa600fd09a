//! The marks of a report or essay, section by section: the total split into automatic and
//! teacher marks, how many sections are written and within their limits, then each
//! section with the student's own sentences (the phrase that earned each point underlined,
//! one that earned nothing struck through, with why), what it earned, the points it missed
//! asked as questions, the decision, and the criteria a teacher marks.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{indented, outcome_style, reason, your_words};
use crate::activity::Activity;
use crate::answer::Answer;
use crate::scoring::{Outcome, Score};
use crate::text::fmt_marks;
use crate::tui::content::pct;
use crate::tui::screen::feedback::written::{Group, MarkLine, arrange};
use crate::tui::theme::Theme;
use crate::tui::wrap::{pad, width, wrap_styled};

fn group_lines(
    out: &mut Vec<Line<'static>>,
    t: &Theme,
    answer: &Answer,
    g: &Group<'_>,
    w: usize,
    indent: usize,
) {
    let task = g.task;
    let style = outcome_style(t, task.outcome);
    let marks = if task.outcome == Outcome::AwaitingTeacher {
        format!("up to {}", fmt_marks(task.max))
    } else {
        format!("{}/{}", fmt_marks(task.marks), fmt_marks(task.max))
    };
    let label_w = w.saturating_sub(indent + 2 + width(&marks) + 1);
    out.push(Line::from(vec![
        Span::raw(" ".repeat(indent)),
        Span::styled(format!("{} ", task.outcome.sign()), style),
        Span::styled(pad(&task.label, label_w), t.heading),
        Span::raw(" "),
        Span::styled(marks, style),
    ]));
    if let Some(text) = answer.text_of(&task.id) {
        your_words(out, t, (text, false), &task.highlights, w);
    }
    for line in &g.lines {
        match line {
            MarkLine::Given(m, why) => reason(out, t, *m, why, w),
            MarkLine::Note(why) => reason(out, t, 0.0, why, w),
            MarkLine::Question(q) => {
                let lines = wrap_styled(&[(q, t.warning)], w.saturating_sub(7));
                for (k, l) in lines.into_iter().enumerate() {
                    let lead = if k == 0 { "     ? " } else { "       " };
                    let mut spans = vec![Span::styled(lead, t.key)];
                    spans.extend(l.spans);
                    out.push(Line::from(spans));
                }
            }
            MarkLine::Said(f) => indented(out, &[(f, t.muted)], w, 7),
            MarkLine::Model(m) => indented(
                out,
                &[("Model answer: ", t.heading), (m, Style::new())],
                w,
                7,
            ),
        }
    }
    for r in &g.rubric {
        group_lines(out, t, answer, r, w, indent + 2);
    }
}

/// The lines of the marks of a report or essay; `None` for other kinds. The total and
/// its parts come first, ended by a blank line (they stay in view while the rest scrolls).
/// With `missed_only`, the sections, decision and criteria fully right are left out.
pub fn lines(
    t: &Theme,
    a: &Activity,
    (answer, score): (&Answer, &Score),
    missed_only: bool,
    w: usize,
) -> Option<Vec<Line<'static>>> {
    let mut m = arrange(a, answer, score)?;
    if missed_only {
        let missed = |g: &Group<'_>| g.task.outcome != Outcome::Right;
        m.groups.retain(missed);
        m.decision = m.decision.filter(missed);
        m.teacher.retain(missed);
        m.other.retain(missed);
    }
    let mut out = Vec::new();
    out.push(Line::styled(
        format!(
            "Total: {} of {} marks ({})",
            fmt_marks(score.marks),
            fmt_marks(score.max),
            pct(score.fraction())
        ),
        t.heading,
    ));
    let mut split = format!(
        "{} automatic + {} from your teacher",
        fmt_marks(m.parts.automatic),
        fmt_marks(m.parts.teacher)
    );
    if m.parts.awaiting > 0.0 {
        split.push_str(&format!(
            ". Provisional: {} marks wait for your teacher.",
            fmt_marks(m.parts.awaiting)
        ));
    }
    indented(&mut out, &[(&split, t.warning)], w, 0);
    out.push(Line::default());
    if m.sections > 1 {
        let summary = format!(
            "{} of {} sections written, {} within their word limits.",
            m.written, m.sections, m.within
        );
        indented(&mut out, &[(&summary, Style::new())], w, 0);
        out.push(Line::default());
    }
    for g in &m.groups {
        group_lines(&mut out, t, answer, g, w, 0);
        out.push(Line::default());
    }
    if let Some(d) = &m.decision {
        group_lines(&mut out, t, answer, d, w, 0);
        out.push(Line::default());
    }
    if !m.teacher.is_empty() {
        out.push(Line::styled("Marked by your teacher", t.heading));
        for g in &m.teacher {
            group_lines(&mut out, t, answer, g, w, 0);
        }
        out.push(Line::default());
    }
    for g in &m.other {
        group_lines(&mut out, t, answer, g, w, 0);
        out.push(Line::default());
    }
    if let Some(f) = &score.feedback {
        out.push(Line::styled("Feedback", t.heading));
        indented(&mut out, &[(f, Style::new())], w, 0);
    }
    while out.last().is_some_and(|l| l.width() == 0) {
        out.pop();
    }
    Some(out)
}
