//! An answer in words: what a student gave for an activity, as headed parts a person can
//! read — the notes a report writer opens beside a section.
//!
//! Rows, cards and items are named as the student saw them (one that stands for a source
//! by the name validation gave it); nothing is said about what is right.

use std::collections::BTreeMap;

use crate::activity::{Activity, Body, Label, Question, QuestionAnswer};
use crate::answer::{Answer, Response};

/// One part of a summary: a heading, and what was given under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryPart {
    /// What the part is (a bucket, a grid row, a question).
    pub heading: String,
    /// What the student gave, a line (or paragraph) each.
    pub lines: Vec<String>,
}

fn part(heading: impl Into<String>, lines: Vec<String>) -> Option<SummaryPart> {
    (!lines.is_empty()).then(|| SummaryPart {
        heading: heading.into(),
        lines,
    })
}

/// What `answer` gives for `activity`, part by part; empty when nothing was answered.
pub fn summarise(activity: &Activity, answer: &Answer) -> Vec<SummaryPart> {
    let label = label_of;
    let mut out: Vec<Option<SummaryPart>> = Vec::new();
    match (&activity.body, &answer.response) {
        (Body::Sort(s), Response::Sort { ticks, evidence }) => {
            for row in &s.rows {
                let mut lines: Vec<String> = ticks
                    .get(&*row.id)
                    .map(|set| set.iter().map(|c| label(&s.columns, c)).collect())
                    .unwrap_or_default();
                if let Some(quote) = evidence.get(&*row.id) {
                    lines.push(format!("“{quote}”"));
                }
                out.push(part(row.label.to_string(), lines));
            }
        }
        (Body::Categorize(c), Response::Categorize(placed)) => {
            for bucket in &c.buckets {
                let lines = c
                    .cards
                    .iter()
                    .filter(|card| placed.get(&*card.id) == Some(&bucket.id))
                    .map(|card| card.text.to_string())
                    .collect();
                out.push(part(&bucket.label, lines));
            }
        }
        (Body::Match(m), Response::Match(chosen)) => {
            let lines = m
                .items
                .iter()
                .filter_map(|item| {
                    let option = chosen.get(&*item.id)?;
                    let text = item.text.clone();
                    Some(format!("{text} → {}", label(&m.options, option)))
                })
                .collect();
            out.push(part("Matched", lines));
        }
        (
            Body::Rank(_) | Body::Timeline(_),
            Response::Order {
                order,
                justification,
            },
        ) => {
            let items = activity.body.order_items().unwrap_or_default();
            let lines = order
                .iter()
                .filter_map(|id| items.iter().find(|i| *i.id == **id))
                .enumerate()
                .map(|(k, item)| format!("{}. {}", k + 1, item.text.clone()))
                .collect();
            out.push(part("Your order", lines));
            out.push(part("Why", text_lines(justification)));
        }
        (Body::Grid(g), Response::Grid(cells)) => {
            for row in &g.rows {
                let lines = g
                    .columns
                    .iter()
                    .filter_map(|col| {
                        let text = cells.get(&format!("{}.{}", row.id, col.id))?;
                        (!text.trim().is_empty()).then(|| format!("{}: {}", col.label, text.trim()))
                    })
                    .collect();
                out.push(part(&row.label, lines));
            }
        }
        (Body::Choice(q), Response::Choice(chosen)) => {
            for question in &q.questions {
                let ids: Vec<&String> = chosen
                    .get(&*question.id)
                    .map(|s| s.iter().collect())
                    .unwrap_or_default();
                out.push(part(&*question.prompt, option_texts(question, &ids)));
            }
        }
        (Body::Short(q), Response::Short(texts)) => {
            out.extend(questions(&q.questions, texts));
        }
        (Body::Essay(_), Response::Essay(text)) => out.push(part("Your essay", text_lines(text))),
        (Body::Report(r), Response::Report { sections, .. }) => {
            for s in &r.sections {
                let text = sections.get(&*s.id).map_or("", String::as_str);
                out.push(part(&*s.heading, text_lines(text)));
            }
        }
        (
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Rank(_)
            | Body::Timeline(_)
            | Body::Grid(_)
            | Body::Choice(_)
            | Body::Short(_)
            | Body::Essay(_)
            | Body::Report(_),
            _,
        ) => {}
    }
    out.extend(questions(&activity.follow_up, &answer.follow_up));
    out.into_iter().flatten().collect()
}

/// What `answer` gives for its task `task` (a task's id in the score), in words: the text
/// written ([`Answer::text_of`]), the options chosen, the columns ticked with the quote, the
/// bucket or option a card or item was put with, an item's place or the whole order, or the
/// decision with the section that argues it; `None` when nothing was given.
pub fn task_answer(activity: &Activity, answer: &Answer, task: &str) -> Option<String> {
    if let Some(text) = answer.text_of(task) {
        return (!text.trim().is_empty()).then(|| text.to_string());
    }
    match (&activity.body, &answer.response) {
        (Body::Sort(s), Response::Sort { ticks, evidence }) => {
            let mut given: Vec<String> = ticks
                .get(task)
                .map(|set| set.iter().map(|c| label_of(&s.columns, c)).collect())
                .unwrap_or_default();
            given.extend(evidence.get(task).map(|quote| format!("“{quote}”")));
            (!given.is_empty()).then(|| format!("Ticked: {}", given.join("; ")))
        }
        (Body::Categorize(c), Response::Categorize(placed)) => placed
            .get(task)
            .map(|bucket| format!("Put in: {}", label_of(&c.buckets, bucket))),
        (Body::Match(m), Response::Match(chosen)) => chosen
            .get(task)
            .map(|option| format!("Matched with: {}", label_of(&m.options, option))),
        (Body::Rank(_) | Body::Timeline(_), Response::Order { order, .. }) => {
            let items = activity.body.order_items().unwrap_or_default();
            let text = |id: &String| {
                items
                    .iter()
                    .find(|i| *i.id == **id)
                    .map(|i| i.text.to_string())
            };
            match order.iter().position(|id| id == task) {
                Some(at) => Some(format!("Placed {}: {}", at + 1, text(&order[at])?)),
                None if order.is_empty() => None,
                None => Some(
                    order
                        .iter()
                        .filter_map(text)
                        .enumerate()
                        .map(|(k, t)| format!("{}. {t}", k + 1))
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
            }
        }
        (Body::Choice(quiz), Response::Choice(chosen)) => {
            let question = quiz.questions.iter().find(|q| *q.id == *task)?;
            let ids: Vec<&String> = chosen.get(task)?.iter().collect();
            Some(format!(
                "Chose: {}",
                option_texts(question, &ids).join("; ")
            ))
        }
        (
            Body::Report(r),
            Response::Report {
                sections, decision, ..
            },
        ) if task == "decision" => {
            let asked = r.decision.as_ref()?;
            let chosen = decision.as_deref()?;
            let label = asked
                .options
                .iter()
                .find(|o| o.id == chosen)
                .map_or(chosen, |o| o.label.as_str());
            let argued = sections.get(&asked.section).map_or("", String::as_str);
            Some(format!("Decided: {label}. {argued}"))
        }
        (
            Body::Sort(_)
            | Body::Categorize(_)
            | Body::Match(_)
            | Body::Rank(_)
            | Body::Timeline(_)
            | Body::Grid(_)
            | Body::Choice(_)
            | Body::Short(_)
            | Body::Essay(_)
            | Body::Report(_),
            _,
        ) => None,
    }
}

/// The label of `id` among `labels`, or the id when none has it.
fn label_of(labels: &[Label], id: &str) -> String {
    labels
        .iter()
        .find(|l| l.id == id)
        .map_or_else(|| id.to_string(), |l| l.label.clone())
}

/// Each question answered: its prompt, then the text written or the options chosen.
fn questions(
    questions: &[Question],
    answers: &BTreeMap<String, String>,
) -> Vec<Option<SummaryPart>> {
    questions
        .iter()
        .map(|q| {
            let given = answers.get(&*q.id).map_or("", String::as_str);
            let lines = match &q.answer {
                QuestionAnswer::Written { .. } => text_lines(given),
                QuestionAnswer::Choice { .. } => {
                    let ids: Vec<String> = given
                        .split(|c: char| c == ',' || c.is_whitespace())
                        .filter(|id| !id.is_empty())
                        .map(String::from)
                        .collect();
                    option_texts(q, &ids.iter().collect::<Vec<_>>())
                }
            };
            part(&*q.prompt, lines)
        })
        .collect()
}

fn option_texts(question: &Question, ids: &[&String]) -> Vec<String> {
    let QuestionAnswer::Choice { options, .. } = &question.answer else {
        return Vec::new();
    };
    options
        .iter()
        .filter(|o| ids.contains(&&o.id))
        .map(|o| o.text.clone())
        .collect()
}

/// A written text as its paragraphs (blank lines between them dropped).
fn text_lines(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_lines() {
        assert_eq!(text_lines("one\ntwo\n\n\nthree "), ["one\ntwo", "three"]);
        assert!(text_lines("  \n ").is_empty());
    }
}
