//! Scoring a `choice` question: the weights of the options chosen.
//!
//! A question earns `clamp(Σ weights of the options chosen, 0, 1) × question.points`.
//! Each option chosen gives its `weight × points` (a negative weight takes marks off), but
//! a wrong option (weight 0 or less) takes off at least an equal share of the marks:
//! `1 ÷ the number of wrong options`. Ticking every option therefore earns 0, and ticking
//! at random earns about 0; one wrong tick among the right ones keeps the rest. When the
//! sum falls outside 0 to 1, a last line brings it back and says so. The feedback of
//! each option chosen goes into the question's feedback.

use std::collections::BTreeSet;

use super::context::{Context, quoted};
use super::tally::{EPSILON, Tally, TaskMarks};
use super::written::score_question;
use crate::activity::{ChoiceOption, Question, QuestionAnswer};
use crate::answer::Response;

/// Scores the questions of a `choice` activity.
pub(crate) fn score_choices(ctx: &Context<'_>, questions: &[Question]) -> Tally {
    let chosen = match &ctx.answer.response {
        Response::Choice(chosen) => Some(chosen),
        _ => None,
    };
    let mut tally = Tally::default();
    for q in questions {
        let picked = chosen.and_then(|c| c.get(&*q.id));
        tally.push(match &q.answer {
            QuestionAnswer::Choice { options, .. } => score_choice(ctx, q, options, picked),
            // A written question among choices has no answer here: nothing before it counts.
            QuestionAnswer::Written { .. } => {
                score_question(ctx, q, "", &mut super::clauses::ReadBefore::default(), None)
            }
        });
    }
    tally
}

/// The model answer of a choice question: every right option of a multiple-answer one;
/// the best of a single-answer one (others may earn part of its marks, but are not the
/// answer). Options are joined as one sentence, without the full stops they end with.
fn model_answer(options: &[ChoiceOption], multiple: bool) -> String {
    let best = options.iter().map(|o| o.weight).fold(0.0, f64::max);
    let shown: Vec<&str> = options
        .iter()
        .filter(|o| o.weight > 0.0 && (multiple || o.weight >= best))
        .map(|o| o.text.trim().trim_end_matches('.'))
        .collect();
    format!("{}.", shown.join("; "))
}

/// Scores a choice question given the options chosen.
pub(crate) fn score_choice(
    ctx: &Context<'_>,
    question: &Question,
    options: &[ChoiceOption],
    chosen: Option<&BTreeSet<String>>,
) -> TaskMarks {
    let multiple = matches!(
        question.answer,
        QuestionAnswer::Choice { multiple: true, .. }
    );
    let points = question.points;
    let mut task = ctx.task(&question.id, &question.prompt, points);
    let picked: Vec<&ChoiceOption> = options
        .iter()
        .filter(|o| chosen.is_some_and(|c| c.contains(&o.id)))
        .collect();
    if picked.is_empty() {
        task.note("no option chosen");
    } else {
        task.answered();
    }
    let wrong = options.iter().filter(|o| o.weight <= 0.0).count();
    let wrong_share = 1.0 / wrong.max(1) as f64;
    for option in &picked {
        // A lone wrong option earns nothing anyway: the share matters beside others.
        let weight = if option.weight <= 0.0 && picked.len() > 1 {
            option.weight.min(-wrong_share)
        } else {
            option.weight
        };
        let marks = weight * points;
        let verdict = match option.weight {
            w if w >= 1.0 => "right",
            w if w > 0.0 && multiple => "one of the right options",
            w if w > 0.0 => "partly right",
            _ if marks < 0.0 => "not right, which takes off its share",
            _ => "not right",
        };
        task.give(marks, || {
            format!("chose {} — {verdict}", quoted(&option.text))
        });
        task.feedback(option.feedback.as_deref());
    }
    let sum = task.marks();
    if sum < -EPSILON {
        task.give(-sum, "a question never scores below 0");
    } else if sum > points + EPSILON {
        task.give(points - sum, "a question never scores more than its marks");
    }
    task.feedback(question.feedback.as_deref());
    task.model_answer_from(ctx.activity.show_model_answer, || {
        model_answer(options, multiple)
    });
    task
}
