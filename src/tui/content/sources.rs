//! The source viewer's lines: the source the cursor is on (who and when, then its words, or
//! what a picture shows), or the instructions and hints, wrapped to a width.

use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use std::borrow::Cow;

use crate::activity::{Body, Source};
use crate::answer::Response;
use crate::tui::app::{App, TaskState};
use crate::tui::form::Part;
use crate::tui::query::{evidence_text, sentences};
use crate::tui::screen::{self, RowShown, task_keys};
use crate::tui::wrap::wrap_styled;

enum Doc<'a> {
    Instructions,
    Source(&'a Source, Option<Chosen<'a>>),
    Sources(Vec<&'a Source>),
    /// The selected row, card, item, event or grid cell in full, with its description or
    /// what is written in it, if any, and for a match the option chosen for it (its label
    /// and description).
    Statement(Cow<'a, str>, Option<Cow<'a, str>>, Option<Chosen<'a>>),
}

/// The option chosen for a match's item: its label and description.
type Chosen<'a> = (&'a str, Option<&'a str>);

/// The option chosen for the match item at the cursor, if any.
fn chosen_option<'a>(app: &'a App, st: &TaskState) -> Option<Chosen<'a>> {
    let (Body::Match(m), w) = (
        &app.unit.activities[st.activity].body,
        &app.work[st.activity],
    ) else {
        return None;
    };
    let Response::Match(chosen) = &w.answer.response else {
        return None;
    };
    let item = &m.items[*w.order.get(st.row)?];
    let id = chosen.get(&*item.id)?;
    let o = m.options.iter().find(|o| &o.id == id)?;
    Some((o.label.as_str(), o.description.as_deref()))
}

fn doc<'a>(app: &'a App, st: &TaskState) -> Doc<'a> {
    let a = &app.unit.activities[st.activity];
    if st.instructions {
        return Doc::Instructions;
    }
    if st.part == Part::Main {
        let option = chosen_option(app, st);
        match screen::of(task_keys(a, st.part)).row_shown(app, st) {
            Some(RowShown::Source(id)) => {
                if let Some(s) = app.unit.source(id) {
                    return Doc::Source(s, option);
                }
            }
            Some(RowShown::Statement(label, text)) => return Doc::Statement(label, text, option),
            None => {}
        }
    }
    let listed: Vec<&Source> = a
        .sources
        .iter()
        .filter_map(|id| app.unit.source(id))
        .collect();
    if listed.is_empty() {
        Doc::Instructions
    } else {
        Doc::Sources(listed)
    }
}

fn source_lines(app: &App, st: &TaskState, s: &Source, width: usize, out: &mut Vec<Line<'static>>) {
    let t = &app.theme;
    out.extend(wrap_styled(&[(&s.heading(), t.heading)], width));
    if s.kind.is_picture() {
        let note = format!("A {:?} — what it shows:", s.kind).to_lowercase();
        out.extend(wrap_styled(
            &[(&note, t.muted.add_modifier(Modifier::ITALIC))],
            width,
        ));
    }
    out.push(Line::default());
    let a = &app.unit.activities[st.activity];
    let w = &app.work[st.activity];
    let body = s.body();
    let evidence_here = st.part == Part::Main
        && matches!(&a.body, Body::Sort(x) if x.require_evidence)
        && evidence_text(&app.unit, a, w, st.row).is_some_and(|e| std::ptr::eq(e, body));
    if evidence_here {
        out.extend(evidence_lines(app, st, body, width));
    } else {
        out.extend(wrap_styled(&[(body, Style::new())], width));
    }
    if let Some(c) = &s.citation {
        out.push(Line::default());
        out.extend(wrap_styled(&[(c, t.muted)], width));
    }
}

/// The words of a row's source, its sentences marked: the one highlighted, the one quoted.
fn evidence_lines(app: &App, st: &TaskState, body: &str, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let w = &app.work[st.activity];
    let quoted = match (&a.body, &w.answer.response) {
        (Body::Sort(s), Response::Sort { evidence, .. }) => w
            .order
            .get(st.row)
            .and_then(|&r| evidence.get(&*s.rows[r].id))
            .map(String::as_str),
        _ => None,
    };
    let mut pieces: Vec<(String, Style)> = Vec::new();
    let mut at = 0;
    for (k, range) in sentences(body).into_iter().enumerate() {
        pieces.push((body[at..range.start].to_string(), Style::new()));
        let text = &body[range.clone()];
        let is_quoted = quoted == Some(text);
        if is_quoted {
            pieces.push(("✓ ".into(), t.right));
        }
        let style = if st.sentence == Some(k) {
            t.sentence
        } else if is_quoted {
            t.marked
        } else {
            Style::new()
        };
        pieces.push((text.to_string(), style));
        at = range.end;
    }
    pieces.push((body[at..].to_string(), Style::new()));
    let refs: Vec<(&str, Style)> = pieces.iter().map(|(s, st)| (s.as_str(), *st)).collect();
    wrap_styled(&refs, width)
}

/// "Your choice", then the option chosen for a match's item in full; whether there was one.
fn chosen_lines(
    app: &App,
    option: Option<Chosen<'_>>,
    width: usize,
    out: &mut Vec<Line<'static>>,
) -> bool {
    let t = &app.theme;
    let Some((label, about)) = option else {
        return false;
    };
    out.push(Line::styled("Your choice", t.muted));
    let about = about.map(|d| format!(" — {d}")).unwrap_or_default();
    out.extend(wrap_styled(
        &[(label, t.heading), (&about, Style::new())],
        width,
    ));
    true
}

/// The viewer's title and lines at a width.
pub fn lines(app: &App, st: &TaskState, width: usize) -> (String, Vec<Line<'static>>) {
    let t = &app.theme;
    let a = &app.unit.activities[st.activity];
    let mut out = Vec::new();
    let instructions = |out: &mut Vec<Line<'static>>| {
        if a.instructions.trim().is_empty() && a.hints.is_empty() {
            let none = "This activity has no instructions: the task says what to do.";
            out.extend(wrap_styled(&[(none, t.muted)], width));
            return;
        }
        out.extend(wrap_styled(&[(&a.instructions, Style::new())], width));
        if !a.hints.is_empty() {
            out.push(Line::default());
            out.push(Line::styled("Hints", t.heading));
            for h in &a.hints {
                out.extend(wrap_styled(&[("• ", t.muted), (h, t.muted)], width));
            }
        }
    };
    let title = match doc(app, st) {
        Doc::Instructions => {
            instructions(&mut out);
            "Instructions".to_string()
        }
        Doc::Source(s, option) => {
            // The choice first: a source can be longer than the panel.
            if chosen_lines(app, option, width, &mut out) {
                out.push(Line::default());
            }
            source_lines(app, st, s, width, &mut out);
            s.label.to_string()
        }
        Doc::Sources(list) => {
            for (k, s) in list.iter().enumerate() {
                if k > 0 {
                    out.push(Line::default());
                }
                source_lines(app, st, s, width, &mut out);
            }
            "Sources".to_string()
        }
        Doc::Statement(label, text, option) => {
            out.extend(wrap_styled(&[(&label, t.heading)], width));
            if let Some(text) = text {
                out.push(Line::default());
                out.extend(wrap_styled(&[(&text, Style::new())], width));
            }
            if option.is_some() {
                out.push(Line::default());
            }
            chosen_lines(app, option, width, &mut out);
            out.push(Line::default());
            out.push(Line::styled("Instructions", t.muted));
            instructions(&mut out);
            "Details".to_string()
        }
    };
    (title, out)
}
