//! A unit's activities as questions other systems read, with what they cannot hold.

use super::{Answer, Choice, Question};
use crate::activity::model::{Activity, Body, OrderItem, OrderKey, QuestionAnswer};

/// A unit's questions, and what was left out of them.
#[derive(Debug, Default)]
pub struct Exported {
    /// The questions, in the unit's order.
    pub questions: Vec<Question>,
    /// One sentence for each activity or part left out, naming it.
    pub dropped: Vec<String>,
}

/// The questions of `activities`: choice and short questions as they are; a match or
/// categorize as matching; a rank with a key or a timeline as ordering; an essay, and a
/// short question without accepted answers, as an essay marked by hand. Sorts, grids and
/// reports are left out and listed.
pub fn questions_of(activities: &[Activity]) -> Exported {
    let mut out = Exported::default();
    for a in activities {
        let one = |answer: Answer| Question {
            name: Some(a.title.clone()),
            prompt: a.instructions.clone(),
            points: a.points,
            feedback: a.feedback.clone(),
            answer,
        };
        match &a.body {
            Body::Choice(quiz) | Body::Short(quiz) => {
                for q in &quiz.questions {
                    out.questions.push(question(&a.id, q, &mut out.dropped));
                }
            }
            Body::Match(m) => {
                let label = |id: &str| {
                    m.options
                        .iter()
                        .find(|o| o.id == id)
                        .map_or_else(|| id.to_string(), |o| o.label.clone())
                };
                if m.items.iter().any(|i| !i.also_accept.is_empty()) {
                    out.dropped
                        .push(format!("`{}`: answers also accepted are left out", a.id));
                }
                let pairs = m
                    .items
                    .iter()
                    .map(|i| (i.text.to_string(), label(&i.option)))
                    .collect();
                out.questions.push(one(Answer::Matching { pairs }));
            }
            Body::Categorize(c) => {
                let label = |id: &str| {
                    c.buckets
                        .iter()
                        .find(|b| b.id == id)
                        .map_or_else(|| id.to_string(), |b| b.label.clone())
                };
                let pairs = c
                    .cards
                    .iter()
                    .map(|card| (card.text.to_string(), label(&card.bucket)))
                    .collect();
                out.questions.push(one(Answer::Matching { pairs }));
            }
            Body::Rank(r) => match &r.key {
                Some(key) => {
                    let items = ordered(&r.items, key, &a.id, &mut out.dropped);
                    out.questions.push(one(Answer::Ordering { items }));
                }
                None => out
                    .dropped
                    .push(format!("`{}`: a rank without a key is left out", a.id)),
            },
            Body::Timeline(t) => {
                let items = ordered(&t.events, &t.key, &a.id, &mut out.dropped);
                out.questions.push(one(Answer::Ordering { items }));
            }
            Body::Essay(_) => out.questions.push(one(Answer::Essay)),
            Body::Sort(_) | Body::Grid(_) | Body::Report(_) => out.dropped.push(format!(
                "`{}`: a {} has no counterpart and is left out",
                a.id,
                a.kind().name()
            )),
        }
        for q in &a.follow_up {
            out.questions.push(question(&a.id, q, &mut out.dropped));
        }
    }
    out
}

/// The item texts in the key's order; ties are broken as written, and said.
fn ordered(
    items: &[OrderItem],
    key: &OrderKey,
    activity: &str,
    dropped: &mut Vec<String>,
) -> Vec<String> {
    if key.groups.iter().any(|g| g.len() > 1) {
        dropped.push(format!(
            "`{activity}`: items of equal rank are put in the order written"
        ));
    }
    key.flat()
        .iter()
        .filter_map(|id| items.iter().find(|i| *i.id == **id))
        .map(|i| i.text.to_string())
        .collect()
}

fn question(
    activity: &str,
    q: &crate::activity::model::Question,
    dropped: &mut Vec<String>,
) -> Question {
    let answer = match &q.answer {
        QuestionAnswer::Choice { multiple, options } => Answer::Choice {
            multiple: *multiple,
            options: options
                .iter()
                .map(|o| Choice {
                    text: o.text.clone(),
                    weight: o.weight,
                    feedback: o.feedback.clone(),
                })
                .collect(),
        },
        QuestionAnswer::Written {
            accept, keywords, ..
        } => {
            if !keywords.is_empty() {
                dropped.push(format!(
                    "`{activity}`, question `{}`: its keyword groups are left out; it is marked by hand",
                    q.id
                ));
            }
            if accept.is_empty() {
                Answer::Essay
            } else {
                Answer::Short {
                    accept: accept.clone(),
                }
            }
        }
    };
    Question {
        name: None,
        prompt: q.prompt.to_string(),
        points: q.points,
        feedback: q.feedback.clone(),
        answer,
    }
}
