//! Going back over work: the tasks the review queue has due, one at a time (see
//! [`crate::store::schedule`] for the rule), and a ranking asked again (`revisit = true`) at the end of the unit or on demand,
//! then compared with the one before ([`crate::scoring::compare_rankings`]).

use super::action::Action;
use super::app::{App, Overlay, Screen};
use crate::activity::Body;
use crate::answer::Response;
use crate::answer::retry::clear_to_retry;
use crate::store::{DAILY_LIMIT, review_verdict};
use crate::text::clean;

/// Opens the activity of the first task due with that task alone to do again (the rest
/// as last submitted, or as left when there is work in progress): its wrong choices
/// cleared, or, when it was partly right, kept with every word written to be improved.
/// Submitting it is practice: the hand-in stays as it was. Once the day's limit of
/// reviews is reached, the rest waits for tomorrow.
pub fn start(app: &mut App) -> Option<Action> {
    if app.progress.done_today >= DAILY_LIMIT && !app.progress.due.is_empty() {
        app.notice = Some(format!(
            "That is today's {DAILY_LIMIT} reviews done: the rest comes back tomorrow."
        ));
        return None;
    }
    let Some(first) = app.progress.due.first() else {
        app.notice = Some("Nothing is due for review.".into());
        return None;
    };
    let (id, task, words) = (
        first.activity_id.clone(),
        first.task_id.clone(),
        first.recall_words,
    );
    let i = app.unit.activities.iter().position(|a| a.id == id)?;
    let a = &app.unit.activities[i];
    let w = &mut app.work[i];
    let mut answer = match (&w.last, w.dirty) {
        (Some(last), false) => last.clone(),
        _ => w.answer.clone(),
    };
    let last = w
        .scores
        .last()
        .and_then(|s| s.tasks.iter().find(|t| *t.id == *task));
    // What the last submission had partly right stays, to be improved.
    if last.is_none_or(|t| t.outcome.asked_again()) {
        clear_to_retry(&mut answer, &[task.as_str()]);
    }
    let label = last.map_or_else(
        || clean(&task).into_owned(),
        |t| clean(&t.label).into_owned(),
    );
    w.answer = w.fit(a, answer);
    w.dirty = true;
    w.practice = !w.scores.is_empty();
    app.mark_unsaved(i);
    app.progress.reviewing = Some((i, task));
    app.notice = Some(format!(
        "Review {} of {}: “{label}” · s to check it · {words}",
        app.progress.done_today + 1,
        today_limit(app),
    ));
    Some(Action::Open(i))
}

/// "20 today": the day's limit, or fewer when fewer are left.
fn today_limit(app: &App) -> String {
    let n = (app.progress.done_today + app.progress.due.len()).min(DAILY_LIMIT);
    format!("{n} today")
}

/// Right or wrong, at once, for the task a review submission of activity `i` reviewed.
pub fn checked(app: &App, i: usize) -> Option<String> {
    let w = app.work.get(i)?;
    let task = w.reviewed.as_deref()?;
    let t = w.scores.last()?.tasks.iter().find(|t| *t.id == *task)?;
    let label = clean(&t.label);
    let verdict = review_verdict(t.outcome);
    Some(format!(
        "{verdict} · v for the next · your hand-in stays as it was · “{label}”"
    ))
}

/// Whether activity `i` is a rank that asks to be revisited.
pub fn is_revisit(app: &App, i: usize) -> bool {
    app.unit
        .activities
        .get(i)
        .is_some_and(|a| matches!(&a.body, Body::Rank(r) if r.revisit))
}

/// Asks a ranking again: the one selected on the home screen if it is to be revisited,
/// else the unit's first. It starts from the order last submitted, with a new
/// justification to write.
pub fn revisit(app: &mut App) -> Option<Action> {
    let n = app.unit.activities.len();
    let i = Some(app.home.selected)
        .filter(|&i| is_revisit(app, i))
        .or_else(|| (0..n).find(|&i| is_revisit(app, i)));
    let Some(i) = i else {
        app.notice = Some("This unit asks for no ranking to be revisited.".into());
        return None;
    };
    let a = &app.unit.activities[i];
    let w = &mut app.work[i];
    let Some(last) = &w.last else {
        app.notice = Some(format!(
            "Rank “{}” first; then you can come back to it.",
            a.title
        ));
        return None;
    };
    let mut answer = last.clone();
    if let Response::Order { justification, .. } = &mut answer.response {
        justification.clear();
    }
    w.answer = w.fit(a, answer);
    w.dirty = true;
    w.practice = true;
    app.mark_unsaved(i);
    app.notice = Some("Your ranking from last time is on the right: has your view changed?".into());
    Some(Action::Open(i))
}

/// Leaves the marks of activity `i`: after the unit's last activity, a ranking done
/// before is offered again (once a run); otherwise, home.
pub fn leave_feedback(app: &mut App, i: usize) {
    app.screen = Screen::Home;
    let last = app.unit.activities.len().saturating_sub(1);
    if i != last || app.progress.revisit_offered {
        return;
    }
    let offer = (0..app.unit.activities.len())
        .find(|&r| r != i && is_revisit(app, r) && app.work[r].last.is_some());
    if let Some(r) = offer {
        app.progress.revisit_offered = true;
        app.home.selected = r;
        app.overlay = Some(Overlay::ConfirmRevisit(r));
    }
}

/// The screen after submitting activity `i`: the comparison for a ranking asked again
/// that was submitted before, else the marks.
pub fn after_submit(app: &App, i: usize) -> Screen {
    if is_revisit(app, i) && app.work[i].previous.is_some() {
        Screen::Compare { activity: i }
    } else {
        Screen::marks_of(i)
    }
}
