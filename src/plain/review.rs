//! Review in plain mode: the tasks due, one at a time, each asked alone (the row, card,
//! item, cell or question it is, or its follow-up question), marked at once, and kept as
//! practice, so the hand-in never changes. The schedule is the terminal UI's
//! ([`crate::store::schedule`]), and so is the day's limit.

use std::collections::HashSet;
use std::io::{BufRead, Write};

use super::pending::Saver;
use super::{Dialogue, Submission, kinds, report_task};
use crate::activity::{Activity, Question, Unit, shuffle};
use crate::answer::retry::clear_to_retry;
use crate::answer::{Answer, Response};
use crate::scoring::score_with_sources;
use crate::store::{DAILY_LIMIT, ReviewQueue, review_verdict};
use crate::text::clean;

/// The line of the activity list that offers review: how many are due, and today's count.
pub(super) fn list_line(queue: &ReviewQueue) -> String {
    let left = queue.left_today();
    let today = format!("{} of {DAILY_LIMIT} reviewed today", queue.done_today);
    match left {
        0 if queue.due.is_empty() => format!("  r. Review: nothing is due ({today})."),
        0 => format!(
            "  r. Review: today's reviews are done ({today}); the rest comes back tomorrow."
        ),
        1 => format!("  r. Review: 1 task you missed is due ({today})."),
        n => format!("  r. Review: {n} tasks you missed are due ({today})."),
    }
}

/// The part of an activity a review asks.
enum Asked {
    /// The activity with only the task in it.
    Task(Box<Activity>),
    /// One of its follow-up questions.
    FollowUp(Box<Question>),
}

/// The part of `activity` that asks task `task`: the activity with that row, card, item,
/// cell or question alone (an order, an essay or a report is asked whole), or the follow-up
/// question; `None` when the activity has no such task (it changed since).
fn asked(activity: &Activity, task: &str) -> Option<Asked> {
    if let Some(q) = activity.follow_up.iter().find(|q| *q.id == *task) {
        return Some(Asked::FollowUp(Box::new(q.clone())));
    }
    let mut one = activity.clone();
    one.follow_up.clear();
    let found = one.body.keep_only(task);
    found.then(|| Asked::Task(Box::new(one)))
}

/// Reviews the unit's tasks due, one at a time, until each has been asked once, the day's
/// limit is reached or the student stops; `false` when input ended. A task missed again is
/// due again at once, and comes back in the next review rather than straight away.
pub(super) fn review<R: BufRead, W: Write>(
    unit: &Unit,
    io: &mut Dialogue<R, W>,
    (saver, seed): (&mut Saver<'_>, Option<u64>),
) -> std::io::Result<bool> {
    let mut asked_now: HashSet<(String, String)> = HashSet::new();
    loop {
        let Some(queue) = saver.keeper().review_queue(unit) else {
            io.say("Your saved work cannot be read just now, so there is nothing to review.")?;
            return Ok(true);
        };
        let left = queue.left_today();
        let fresh: Vec<_> = queue
            .due
            .iter()
            .filter(|d| !asked_now.contains(&(d.activity_id.clone(), d.task_id.clone())))
            .collect();
        let due = fresh
            .iter()
            .take(left)
            .find_map(|d| Some((*d, unit.activity(&d.activity_id)?)));
        let Some((item, activity)) = due else {
            io.blank()?;
            io.say(&if queue.due.is_empty() {
                "Nothing is due for review. Well done.".to_string()
            } else if left == 0 {
                format!("That is today's {DAILY_LIMIT} reviews done: the rest comes back tomorrow.")
            } else {
                "That is everything due for now: what you missed comes back in your next review."
                    .to_string()
            })?;
            return Ok(true);
        };
        asked_now.insert((item.activity_id.clone(), item.task_id.clone()));
        let task = item.task_id.as_str();
        let student = saver.student();
        let shown = shuffle::shown_to(activity, &unit.id, student.as_deref(), seed);
        let Some(part) = asked(&shown, task) else {
            io.say(&format!(
                "A task of {} has changed since it was marked, so it cannot be reviewed.",
                clean(&activity.title)
            ))?;
            return Ok(true);
        };
        io.blank()?;
        io.say(&format!(
            "Review {} · {} due today · {} ({}) · {}",
            queue.done_today + 1,
            fresh.len().min(left),
            clean(&activity.title),
            activity.kind().name(),
            item.recall_words
        ))?;
        let mut answer = saver
            .keeper()
            .last_submitted(activity)
            .unwrap_or_else(|| Answer {
                response: Response::empty_for(activity),
                ..Answer::default()
            });
        clear_to_retry(&mut answer, &[task]);
        let finished = match part {
            Asked::Task(one) => kinds::ask_task(unit, &one, &mut answer, io)?,
            Asked::FollowUp(q) => {
                io.say(&format!("Follow-up question: {}", clean(&q.prompt)))?;
                let kept = answer.follow_up.get(&*q.id).cloned().unwrap_or_default();
                match io.ask_text(&kept)? {
                    Some(text) => {
                        answer.follow_up.insert(q.id.to_string(), text);
                        true
                    }
                    None => false,
                }
            }
        };
        if !finished {
            return Ok(false);
        }
        let score = score_with_sources(activity, &answer, &unit.sources);
        if let Some(t) = score.tasks.iter().find(|t| *t.id == *task) {
            io.say(&format!(
                "{} · your hand-in stays as it was",
                review_verdict(t.outcome)
            ))?;
            report_task(io, &score, t)?;
        }
        let submission = Submission {
            activity: activity.id.clone(),
            answer,
            score,
        };
        match saver.keeper().reviewed(activity, &submission, task) {
            Ok(true) => {}
            Ok(false) => return Ok(true),
            Err(e) => {
                io.say(&format!(
                    "This review could not be saved ({e}); it stays due."
                ))?;
                return Ok(true);
            }
        }
        let Some(next) = io.ask("Press Enter for the next, or type q to stop reviewing.")? else {
            return Ok(false);
        };
        if next.eq_ignore_ascii_case("q") {
            return Ok(true);
        }
    }
}
