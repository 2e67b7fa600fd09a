//! Where each written text and each chosen option lives in an [`Answer`], and the list of
//! questions a questions screen shows (choice, short, essay, report and follow-up questions).

use std::collections::BTreeMap;

use crate::activity::{Activity, Body, QuestionAnswer};
use crate::answer::{Answer, Response};
use crate::text::fmt_marks;

/// Which part of an activity is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Part {
    /// The main task.
    #[default]
    Main,
    /// The follow-up questions.
    FollowUp,
}

/// A text the student writes, by where it is kept in the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextTarget {
    /// A `short` question, by id.
    Written(String),
    /// A follow-up question, by id.
    FollowUp(String),
    /// A grid cell, by `row.column`.
    Cell(String),
    /// The justification of a rank.
    Justification,
    /// The essay.
    Essay,
    /// A report's cover field, by id.
    Cover(String),
    /// A report's section, by id.
    Section(String),
}

/// A set of options the student chooses from, by where the choice is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceTarget {
    /// A `choice` question, by id.
    Question(String),
    /// A follow-up question with options, by id (kept as the chosen ids, comma-separated).
    FollowUp(String),
    /// A report's decision.
    Decision,
}

fn text_map<'a>(answer: &'a Answer, t: &TextTarget) -> Option<&'a BTreeMap<String, String>> {
    match (t, &answer.response) {
        (TextTarget::FollowUp(_), _) => Some(&answer.follow_up),
        (TextTarget::Written(_), Response::Short(m)) => Some(m),
        (TextTarget::Cell(_), Response::Grid(m)) => Some(m),
        (TextTarget::Cover(_), Response::Report { cover, .. }) => Some(cover),
        (TextTarget::Section(_), Response::Report { sections, .. }) => Some(sections),
        (
            TextTarget::Written(_)
            | TextTarget::Cell(_)
            | TextTarget::Cover(_)
            | TextTarget::Section(_)
            | TextTarget::Justification
            | TextTarget::Essay,
            _,
        ) => None,
    }
}

fn key(t: &TextTarget) -> &str {
    match t {
        TextTarget::Written(k)
        | TextTarget::FollowUp(k)
        | TextTarget::Cell(k)
        | TextTarget::Cover(k)
        | TextTarget::Section(k) => k,
        TextTarget::Justification | TextTarget::Essay => "",
    }
}

/// The text written so far ("" when nothing).
pub fn text<'a>(answer: &'a Answer, t: &TextTarget) -> &'a str {
    match (t, &answer.response) {
        (TextTarget::Justification, Response::Order { justification, .. }) => justification,
        (TextTarget::Essay, Response::Essay(s)) => s,
        (
            TextTarget::Written(_)
            | TextTarget::FollowUp(_)
            | TextTarget::Cell(_)
            | TextTarget::Cover(_)
            | TextTarget::Section(_)
            | TextTarget::Justification
            | TextTarget::Essay,
            _,
        ) => text_map(answer, t)
            .and_then(|m| m.get(key(t)))
            .map_or("", String::as_str),
    }
}

/// Replaces the text; an empty text is removed from the answer.
pub fn set_text(answer: &mut Answer, t: &TextTarget, value: String) {
    let map = match (t, &mut answer.response) {
        (TextTarget::Justification, Response::Order { justification, .. }) => {
            *justification = value;
            return;
        }
        (TextTarget::Essay, Response::Essay(s)) => {
            *s = value;
            return;
        }
        (TextTarget::FollowUp(_), _) => &mut answer.follow_up,
        (TextTarget::Written(_), Response::Short(m)) => m,
        (TextTarget::Cell(_), Response::Grid(m)) => m,
        (TextTarget::Cover(_), Response::Report { cover, .. }) => cover,
        (TextTarget::Section(_), Response::Report { sections, .. }) => sections,
        (
            TextTarget::Written(_)
            | TextTarget::Cell(_)
            | TextTarget::Cover(_)
            | TextTarget::Section(_)
            | TextTarget::Justification
            | TextTarget::Essay,
            _,
        ) => return,
    };
    if value.trim().is_empty() {
        map.remove(key(t));
    } else {
        map.insert(key(t).to_string(), value);
    }
}

/// Whether option `opt` is chosen.
pub fn is_chosen(answer: &Answer, c: &ChoiceTarget, opt: &str) -> bool {
    match (c, &answer.response) {
        (ChoiceTarget::Question(q), Response::Choice(m)) => {
            m.get(q).is_some_and(|s| s.contains(opt))
        }
        (ChoiceTarget::FollowUp(q), _) => answer
            .follow_up
            .get(q)
            .is_some_and(|s| s.split(',').any(|x| x == opt)),
        (ChoiceTarget::Decision, Response::Report { decision, .. }) => {
            decision.as_deref() == Some(opt)
        }
        (ChoiceTarget::Question(_) | ChoiceTarget::Decision, _) => false,
    }
}

/// Chooses (or, for several-choice questions, toggles) option `opt`.
pub fn choose(answer: &mut Answer, c: &ChoiceTarget, opt: &str, multiple: bool) {
    match (c, &mut answer.response) {
        (ChoiceTarget::Question(q), Response::Choice(m)) => {
            let set = m.entry(q.clone()).or_default();
            if multiple {
                if !set.remove(opt) {
                    set.insert(opt.to_string());
                }
            } else {
                set.clear();
                set.insert(opt.to_string());
            }
            if set.is_empty() {
                m.remove(q);
            }
        }
        (ChoiceTarget::FollowUp(q), _) => {
            let mut ids: Vec<String> = answer
                .follow_up
                .get(q)
                .map(|s| {
                    s.split(',')
                        .filter(|x| !x.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            if !multiple {
                ids.clear();
                ids.push(opt.to_string());
            } else if let Some(p) = ids.iter().position(|x| x == opt) {
                ids.remove(p);
            } else {
                ids.push(opt.to_string());
            }
            if ids.is_empty() {
                answer.follow_up.remove(q);
            } else {
                answer.follow_up.insert(q.clone(), ids.join(","));
            }
        }
        (ChoiceTarget::Decision, Response::Report { decision, .. }) => {
            *decision = Some(opt.to_string());
        }
        (ChoiceTarget::Question(_) | ChoiceTarget::Decision, _) => {}
    }
}

/// How one field of a questions screen is answered.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Options to choose from.
    Choice {
        /// Where the choice is kept.
        target: ChoiceTarget,
        /// Whether several may be chosen.
        multiple: bool,
        /// (id, text) of each option.
        options: Vec<(String, String)>,
    },
    /// A text to write.
    Text(TextTarget),
    /// A text the author gave (a fixed cover field): shown, not asked.
    Fixed(String),
}

/// One question of a questions screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// What is asked.
    pub prompt: String,
    /// Marks, word limits and guidance, shown under the prompt.
    pub detail: String,
    /// How it is answered.
    pub input: Input,
}

fn question_fields(questions: &[crate::activity::Question], follow_up: bool) -> Vec<Field> {
    questions
        .iter()
        .map(|q| {
            let marks = if q.points == 1.0 { "mark" } else { "marks" };
            let mut detail = format!("{} {marks}", fmt_marks(q.points));
            let input = match &q.answer {
                QuestionAnswer::Choice { multiple, options } => {
                    if *multiple {
                        detail.push_str(" · choose all that apply");
                    }
                    let target = if follow_up {
                        ChoiceTarget::FollowUp(q.id.to_string())
                    } else {
                        ChoiceTarget::Question(q.id.to_string())
                    };
                    Input::Choice {
                        target,
                        multiple: *multiple,
                        options: options
                            .iter()
                            .map(|o| (o.id.clone(), o.text.clone()))
                            .collect(),
                    }
                }
                QuestionAnswer::Written { words, .. } => {
                    if let Some(w) = words {
                        detail.push_str(&words_hint(w.min, w.max));
                    }
                    Input::Text(if follow_up {
                        TextTarget::FollowUp(q.id.to_string())
                    } else {
                        TextTarget::Written(q.id.to_string())
                    })
                }
            };
            Field {
                prompt: q.prompt.to_string(),
                detail,
                input,
            }
        })
        .collect()
}

fn words_hint(min: Option<u32>, max: Option<u32>) -> String {
    match (min, max) {
        (Some(a), Some(b)) => format!(" · {a}–{b} words"),
        (Some(a), None) => format!(" · at least {a} words"),
        (None, Some(b)) => format!(" · at most {b} words"),
        (None, None) => String::new(),
    }
}

/// The questions of a part of an activity; empty for a main task that is not questions.
pub fn fields(activity: &Activity, part: Part) -> Vec<Field> {
    if part == Part::FollowUp {
        return question_fields(&activity.follow_up, true);
    }
    match &activity.body {
        Body::Choice(q) | Body::Short(q) => question_fields(&q.questions, false),
        Body::Essay(e) => vec![Field {
            prompt: "Your essay".into(),
            detail: {
                let mut d = e.guidance.join("\n");
                if let Some(w) = &e.words {
                    d.push('\n');
                    d.push_str(words_hint(w.min, w.max).trim_start_matches(" · "));
                }
                d
            },
            input: Input::Text(TextTarget::Essay),
        }],
        Body::Report(r) => {
            let mut out: Vec<Field> = r
                .cover
                .iter()
                .map(|c| Field {
                    prompt: c.label.clone(),
                    detail: c.placeholder.clone().unwrap_or_default(),
                    input: match &c.value {
                        Some(v) => Input::Fixed(v.clone()),
                        None => Input::Text(TextTarget::Cover(c.id.clone())),
                    },
                })
                .collect();
            if let Some(d) = &r.decision {
                out.push(Field {
                    prompt: d.prompt.clone(),
                    detail: format!("argue it in the section “{}”", d.section),
                    input: Input::Choice {
                        target: ChoiceTarget::Decision,
                        multiple: false,
                        options: d
                            .options
                            .iter()
                            .map(|o| (o.id.clone(), o.label.clone()))
                            .collect(),
                    },
                });
            }
            out.extend(r.sections.iter().map(|s| Field {
                prompt: s.heading.to_string(),
                detail: {
                    let mut d = s.guidance.join("\n");
                    if let Some(w) = &s.words {
                        d.push('\n');
                        d.push_str(words_hint(w.min, w.max).trim_start_matches(" · "));
                    }
                    d
                },
                input: Input::Text(TextTarget::Section(s.id.to_string())),
            }));
            out
        }
        Body::Sort(_)
        | Body::Categorize(_)
        | Body::Match(_)
        | Body::Rank(_)
        | Body::Timeline(_)
        | Body::Grid(_) => Vec::new(),
    }
}

/// Places the cursor can stop at: (field, option) for an option, (field, None) for a text.
pub fn stops(fields: &[Field]) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        match &f.input {
            Input::Choice { options, .. } => out.extend((0..options.len()).map(|o| (i, Some(o)))),
            Input::Text(_) => out.push((i, None)),
            Input::Fixed(_) => {}
        }
    }
    out
}

/// Whether a field has an answer.
pub fn answered(answer: &Answer, field: &Field) -> bool {
    match &field.input {
        Input::Choice {
            target, options, ..
        } => options.iter().any(|(id, _)| is_chosen(answer, target, id)),
        Input::Text(t) => !text(answer, t).trim().is_empty(),
        Input::Fixed(_) => true,
    }
}
