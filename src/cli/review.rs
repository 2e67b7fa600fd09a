//! `classwork review`: the tasks due for review, the least likely to be recalled first,
//! with their activity, their label, how often they were missed and their predicted
//! recall in words, and how many today's review still offers.

use std::path::Path;
use std::process::ExitCode;

use super::progress::{choose_profile, open_store};
use crate::activity::{Activity, Unit};
use crate::answer::{Answer, Response};
use crate::bundled;
use crate::console::EXIT_USAGE;
use crate::console::out;
use crate::load::load_path;
use crate::scoring::score_with_sources;
use crate::store::{DAILY_LIMIT, ReviewQueue};
use crate::text::clean;
use crate::time::{date_words, now};

/// Lists what `profile` has due in the data folder `data`, naming activities and tasks
/// from the unit at `path` (default: the bundled unit).
pub fn run(path: Option<&Path>, data: Option<&Path>, profile: Option<&str>) -> ExitCode {
    let fail = |message: String| {
        out::eprintln(&format!("error: {message}"));
        ExitCode::from(EXIT_USAGE)
    };
    let store = match open_store(data) {
        Ok(store) => store,
        Err(e) => return fail(e.to_string()),
    };
    let profile = match choose_profile(&store, profile) {
        Ok(p) => p,
        Err(message) => return fail(message),
    };
    let loaded = match path {
        Some(p) if !p.exists() => {
            return fail(format!(
                "cannot open `{}`: no such file or folder",
                clean(&p.display().to_string())
            ));
        }
        Some(p) => load_path(p),
        None => bundled::default_unit(),
    };
    let unit = loaded.into_unit("activities");
    let exam = |id: &str| unit.as_ref().filter(|u| u.id == id).and_then(|u| u.exam);
    let queue = match store.review_queue(&profile, now(), &exam) {
        Ok(queue) => queue,
        Err(e) => return fail(e.to_string()),
    };
    for line in review_lines(&profile.name, unit.as_ref(), &queue) {
        out::println(&line);
    }
    ExitCode::SUCCESS
}

/// The listing: a heading, then one numbered line per task, then the day's count.
pub fn review_lines(student: &str, unit: Option<&Unit>, queue: &ReviewQueue) -> Vec<String> {
    let student = clean(student);
    let due = &queue.due;
    let today = format!(
        "Today: {} of {DAILY_LIMIT} reviewed.",
        queue.done_today.min(DAILY_LIMIT)
    );
    let exam = unit
        .and_then(|u| u.exam)
        .map(|e| format!(" Exam: {}.", date_words(e)))
        .unwrap_or_default();
    if due.is_empty() {
        return vec![format!(
            "Nothing is due for review for {student}. {today}{exam}"
        )];
    }
    let tasks = if due.len() == 1 { "task" } else { "tasks" };
    let mut out = vec![
        format!(
            "{} {tasks} due for review for {student}, the least known first:",
            due.len()
        ),
        String::new(),
    ];
    for (n, item) in due.iter().enumerate() {
        let activity = unit.filter(|u| u.id == item.unit_id).and_then(|u| {
            u.activities
                .iter()
                .find(|a| a.id == item.activity_id)
                .map(|a| (u, a))
        });
        let (activity_name, task_name) = match activity {
            Some((u, a)) => (
                clean(&a.title).into_owned(),
                task_label(u, a, &item.task_id),
            ),
            None => (
                format!("{} › {}", clean(&item.unit_id), clean(&item.activity_id)),
                clean(&item.task_id).into_owned(),
            ),
        };
        out.push(format!(
            "{:>3}. {activity_name} › {task_name} ({}; {})",
            n + 1,
            missed(item.lapses),
            item.recall_words
        ));
    }
    out.push(String::new());
    out.push(format!(
        "{today}{exam} To review them one at a time, open classwork and press v on the list of activities."
    ));
    out
}

/// "missed once", "missed twice", "missed 3 times".
fn missed(lapses: i64) -> String {
    match lapses {
        1 => "missed once".into(),
        2 => "missed twice".into(),
        n => format!("missed {n} times"),
    }
}

/// What the feedback calls a task of an activity (its id when it has no label).
fn task_label(unit: &Unit, activity: &Activity, task: &str) -> String {
    let empty = Answer {
        response: Response::empty_for(activity),
        ..Answer::default()
    };
    score_with_sources(activity, &empty, &unit.sources)
        .tasks
        .into_iter()
        .find(|t| &*t.id == task)
        .map_or_else(
            || clean(task).into_owned(),
            |t| clean(&t.label).into_owned(),
        )
}
