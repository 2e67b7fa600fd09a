//! `classwork --plain`: the activities as a line-by-line dialogue on stdin and stdout.
//!
//! No redraws, no box drawing, numbered choices, and every change announced in words, so
//! that it works with a screen reader, in a script, or over a plain pipe.

mod ask;
mod kinds;
mod limit;
mod pending;
mod review;

use std::io::{BufRead, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::activity::{Activity, Unit, shuffle};
use crate::answer::Answer;
use crate::scoring::{Score, TaskScore};
use crate::store::ReviewQueue;
use crate::text::clean;
use crate::text::fmt_marks;

pub use ask::Dialogue;
use pending::Saver;

/// What the plain dialogue hands back after a submitted activity.
#[derive(Debug, Clone)]
pub struct Submission {
    /// Id of the activity.
    pub activity: String,
    /// The answer given.
    pub answer: Answer,
    /// Its score.
    pub score: Score,
}

/// What the teacher of a served class decides while a dialogue runs, and how the teacher
/// sees where the student is: nobody paces a dialogue on the student's own computer.
pub struct Pace<'a> {
    /// Whether the activity at a position is closed now.
    pub closed: Box<dyn Fn(usize) -> bool + Send>,
    /// Set when the teacher calls pens down.
    pub pens_down: Arc<AtomicBool>,
    /// Tells the teacher where the student is.
    pub report: Box<Report<'a>>,
}

/// Says where the student is: the title of the activity being done (`None`: the list of
/// activities), and the titles of the activities submitted.
pub type Report<'a> = dyn Fn(Option<&str>, &[String]) + 'a;

impl Pace<'_> {
    /// Whether the activity at position `i` is closed now.
    pub fn is_closed(&self, i: usize) -> bool {
        (self.closed)(i)
    }

    /// Whether pens are down.
    pub fn is_pens_down(&self) -> bool {
        self.pens_down.load(Ordering::SeqCst)
    }
}

/// Where the dialogue keeps work as it goes: the progress database, or nowhere (`()`).
pub trait Keeper {
    /// The answer in progress kept from before, to carry on from.
    fn resume(&mut self, activity: &Activity) -> Option<Answer>;
    /// Keeps an answer left before it was submitted; `Ok(true)` when it was kept.
    fn draft(&mut self, activity: &Activity, answer: &Answer) -> Result<bool, String>;
    /// Keeps a submitted answer and its score; `Ok(true)` when it was kept.
    fn submitted(&mut self, activity: &Activity, submission: &Submission) -> Result<bool, String>;
    /// Whether an answer in progress (a draft) is kept for `activity`.
    fn started(&mut self, _activity: &Activity) -> bool {
        false
    }
    /// The student's name, written on answer sheets of work that could not be kept.
    fn student(&self) -> Option<String> {
        None
    }
    /// What to tell the student about what was just kept (work another window changed
    /// too, joined with it), once.
    fn notes(&mut self) -> Vec<String> {
        Vec::new()
    }
    /// The unit's tasks due for review now, and how many were reviewed today; `None`
    /// when nothing is kept to review.
    fn review_queue(&mut self, _unit: &Unit) -> Option<ReviewQueue> {
        None
    }
    /// The answer last submitted to `activity` (practice included), to review from.
    fn last_submitted(&mut self, _activity: &Activity) -> Option<Answer> {
        None
    }
    /// Whether the teacher of a served class has closed the activity at position `i`.
    fn closed(&self, _i: usize) -> bool {
        false
    }
    /// Where the student is, for the teacher of a served class: the activity being done
    /// (`None`: the list of activities), and the titles of the activities submitted.
    fn at(&self, _activity: Option<&Activity>, _submitted: &[String]) {}
    /// Whether the teacher of a served class has called pens down (the input then ends,
    /// and the work in progress is handed in as it is).
    fn pens_down(&self) -> bool {
        false
    }
    /// Keeps a review of task `task` as practice: it counts in the review schedule and
    /// never changes the hand-in; `Ok(true)` when it was kept.
    fn reviewed(
        &mut self,
        _activity: &Activity,
        _submission: &Submission,
        _task: &str,
    ) -> Result<bool, String> {
        Ok(false)
    }
}

/// Keeps nothing: what is submitted is only handed back.
impl Keeper for () {
    fn resume(&mut self, _: &Activity) -> Option<Answer> {
        None
    }

    fn draft(&mut self, _: &Activity, _: &Answer) -> Result<bool, String> {
        Ok(false)
    }

    fn submitted(&mut self, _: &Activity, _: &Submission) -> Result<bool, String> {
        Ok(false)
    }
}

/// Runs the dialogue over a unit until the student quits or input ends; returns what was
/// submitted, in order. Activities that shuffle are shown in the order `seed` (`--seed`)
/// gives, else in the order every nameless student gets.
pub fn run_unit<R: BufRead, W: Write>(
    unit: &Unit,
    io: &mut Dialogue<R, W>,
    seed: Option<u64>,
) -> std::io::Result<Vec<Submission>> {
    run_unit_kept(unit, io, &mut (), seed)
}

/// [`run_unit`], keeping drafts and submissions with `keeper` as they happen. Work that
/// `keeper` cannot keep waits in memory and is tried again as the dialogue goes on and at
/// its end; what still cannot be kept then is written as answer sheets (in the current
/// folder, else the system's temporary folder) and the student is told where. Activities
/// that shuffle are shown as the terminal UI shows them to the same student (`keeper`'s)
/// with the same `seed`. What `keeper` holds as submitted before is listed as submitted;
/// what is handed back is what this dialogue submitted.
pub fn run_unit_kept<R: BufRead, W: Write>(
    unit: &Unit,
    io: &mut Dialogue<R, W>,
    keeper: &mut dyn Keeper,
    seed: Option<u64>,
) -> std::io::Result<Vec<Submission>> {
    let mut saver = Saver::new(keeper);
    // What was submitted before this dialogue (the latest attempt, practice included, as
    // the terminal UI shows it) is listed as submitted, with its marks.
    let mut submitted: Vec<Submission> = (unit.activities.iter())
        .filter_map(|activity| {
            let answer = saver.keeper().last_submitted(activity)?;
            let score = crate::scoring::score_with_sources(activity, &answer, &unit.sources);
            Some(Submission {
                activity: activity.id.clone(),
                answer,
                score,
            })
        })
        .collect();
    let earlier = submitted.len();
    let mut asked = ask_activities(unit, io, (&mut saver, seed), &mut submitted);
    if asked.is_ok() && saver.keeper().pens_down() {
        asked = hand_in_at_pens_down(unit, io, &mut saver, &mut submitted);
    }
    let finished = saver.finish(io, &crate::store::sheet_file::sheet_folders());
    asked.and(finished)?;
    io.say("Goodbye.")?;
    Ok(submitted.split_off(earlier))
}

/// Hands in every activity in progress as it is, and says which.
fn hand_in_at_pens_down<R: BufRead, W: Write>(
    unit: &Unit,
    io: &mut Dialogue<R, W>,
    saver: &mut Saver<'_>,
    submitted: &mut Vec<Submission>,
) -> std::io::Result<()> {
    io.blank()?;
    let mut handed_in = Vec::new();
    for activity in &unit.activities {
        // The work in progress: a draft (none once submitted).
        let Some(answer) = saver.resume(activity) else {
            continue;
        };
        let score = crate::scoring::score_with_sources(activity, &answer, &unit.sources);
        let submission = Submission {
            activity: activity.id.clone(),
            answer,
            score,
        };
        saver.submitted(io, activity, &submission)?;
        submitted.push(submission);
        handed_in.push(clean(&activity.title).into_owned());
    }
    if handed_in.is_empty() {
        io.say("Pens down: your teacher has stopped the work.")
    } else {
        io.say(&format!(
            "Pens down: your teacher has stopped the work. Handed in as it is: {}.",
            handed_in.join("; ")
        ))
    }
}

/// The list of activities, and each one chosen, until the student quits or input ends;
/// what is submitted goes into `submitted`.
fn ask_activities<R: BufRead, W: Write>(
    unit: &Unit,
    io: &mut Dialogue<R, W>,
    (saver, seed): (&mut Saver<'_>, Option<u64>),
    submitted: &mut Vec<Submission>,
) -> std::io::Result<()> {
    io.say(&format!("classwork: {}", clean(&unit.title)))?;
    loop {
        if saver.keeper().pens_down() {
            return Ok(());
        }
        saver.retry(io)?;
        let done: Vec<String> = (unit.activities.iter())
            .filter(|a| submitted.iter().any(|s| s.activity == a.id))
            .map(|a| a.title.clone())
            .collect();
        saver.keeper().at(None, &done);
        io.blank()?;
        io.say("Activities:")?;
        for (n, a) in unit.activities.iter().enumerate() {
            let status = match submitted.iter().rev().find(|s| s.activity == a.id) {
                Some(s) => format!(
                    "submitted, {} of {} marks{}",
                    fmt_marks(s.score.marks),
                    fmt_marks(s.score.max),
                    if saver.submission_waits(&a.id) {
                        ", not saved yet"
                    } else {
                        ""
                    }
                ),
                None if saver.started(a) => "in progress".to_string(),
                None => "not started".to_string(),
            };
            let status = if saver.keeper().closed(n) {
                format!("{status}, closed by your teacher")
            } else {
                status
            };
            io.say(&format!(
                "  {}. {} ({}), {status}",
                n + 1,
                clean(&a.title),
                a.kind().name()
            ))?;
        }
        let queue = saver
            .keeper()
            .review_queue(unit)
            .filter(|q| !q.due.is_empty() || q.done_today > 0);
        if let Some(queue) = &queue {
            io.say(&review::list_line(queue))?;
        }
        let Some(choice) = io.ask(if queue.is_some() {
            "Type an activity number, r to review, or q to quit."
        } else {
            "Type an activity number, or q to quit."
        })?
        else {
            return Ok(());
        };
        if choice.eq_ignore_ascii_case("q") {
            return Ok(());
        }
        if queue.is_some() && choice.eq_ignore_ascii_case("r") {
            if !review::review(unit, io, (&mut *saver, seed))? {
                return Ok(());
            }
            continue;
        }
        let chosen = choice
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .filter(|&i| i < unit.activities.len());
        if chosen.is_some_and(|i| saver.keeper().closed(i)) {
            io.say("Your teacher has closed this activity for now.")?;
            continue;
        }
        match chosen.and_then(|i| unit.activities.get(i)) {
            Some(activity) => {
                saver.keeper().at(Some(activity), &done);
                if let Some(s) = activity_kept(unit, activity, io, (saver, seed))? {
                    submitted.push(s);
                }
            }
            None => io.say(&format!(
                "There is no activity {}. Type a number from 1 to {}.",
                clean(&choice),
                unit.activities.len()
            ))?,
        }
    }
}

/// Runs one activity: the task, its follow-up questions, then submit and feedback; shown
/// in the order `seed` gives if it shuffles (see [`run_unit`]).
pub fn run_activity<R: BufRead, W: Write>(
    unit: &Unit,
    activity: &Activity,
    io: &mut Dialogue<R, W>,
    seed: Option<u64>,
) -> std::io::Result<Option<Submission>> {
    activity_kept(unit, activity, io, (&mut Saver::new(&mut ()), seed))
}

/// [`run_activity`], carrying on from the answer `saver` has and saving the new one.
fn activity_kept<R: BufRead, W: Write>(
    unit: &Unit,
    activity: &Activity,
    io: &mut Dialogue<R, W>,
    (saver, seed): (&mut Saver<'_>, Option<u64>),
) -> std::io::Result<Option<Submission>> {
    io.blank()?;
    io.say(&format!(
        "{} ({}, {} marks)",
        clean(&activity.title),
        activity.kind().name(),
        fmt_marks(activity.points)
    ))?;
    if !activity.instructions.trim().is_empty() {
        io.say(&clean(activity.instructions.trim()))?;
    }
    for id in &activity.sources {
        if let Some(source) = unit.source(id) {
            kinds::show_source(io, source)?;
        }
    }
    let mut answer = match saver.resume(activity) {
        Some(mut kept) => {
            io.say(
                "You started this activity before: each answer you give now replaces the one kept.",
            )?;
            for chars in limit::cut_kept(&mut kept) {
                io.say(&format!(
                    "A text of the answer kept from before is too long. {}",
                    limit::cut_message(chars)
                ))?;
            }
            kept
        }
        None => Answer {
            response: crate::answer::Response::empty_for(activity),
            ..Answer::default()
        },
    };
    let student = saver.student();
    let shown = shuffle::shown_to(activity, &unit.id, student.as_deref(), seed);
    if !kinds::ask_task(unit, &shown, &mut answer, io)? {
        if !saver.keeper().pens_down() {
            io.say("Input ended before the activity was finished; nothing was submitted.")?;
        }
        saver.draft(io, activity, &answer)?;
        return Ok(None);
    }
    for (n, q) in activity.follow_up.iter().enumerate() {
        io.blank()?;
        io.say(&format!(
            "Follow-up question {} of {} ({} marks): {}",
            n + 1,
            activity.follow_up.len(),
            fmt_marks(q.points),
            clean(&q.prompt)
        ))?;
        let kept = answer.follow_up.get(&*q.id).cloned().unwrap_or_default();
        let Some(text) = io.ask_text(&kept)? else {
            saver.draft(io, activity, &answer)?;
            return Ok(None);
        };
        io.say(&format!(
            "Answer to follow-up question {} recorded ({} words).",
            n + 1,
            crate::text::word_count(&text)
        ))?;
        answer.follow_up.insert(q.id.to_string(), text);
    }
    let Some(confirm) =
        io.ask("Submit your answers? Type y to submit, n to leave without submitting.")?
    else {
        saver.draft(io, activity, &answer)?;
        return Ok(None);
    };
    if !confirm.eq_ignore_ascii_case("y") && !confirm.eq_ignore_ascii_case("yes") {
        io.say("Not submitted.")?;
        saver.draft(io, activity, &answer)?;
        return Ok(None);
    }
    let score = crate::scoring::score_with_sources(activity, &answer, &unit.sources);
    report(io, &score)?;
    let submission = Submission {
        activity: activity.id.clone(),
        answer,
        score,
    };
    saver.submitted(io, activity, &submission)?;
    Ok(Some(submission))
}

/// Prints a score: the total, then each task with its outcome, marks and reasons.
fn report<R: BufRead, W: Write>(io: &mut Dialogue<R, W>, score: &Score) -> std::io::Result<()> {
    io.blank()?;
    let provisional = if score.is_provisional() {
        format!(
            " (provisional: {} marks await the teacher)",
            fmt_marks(score.awaiting_teacher)
        )
    } else {
        String::new()
    };
    io.say(&format!(
        "Score: {} out of {}{provisional}",
        fmt_marks(score.marks),
        fmt_marks(score.max)
    ))?;
    for task in &score.tasks {
        report_task(io, score, task)?;
    }
    if let Some(f) = &score.feedback {
        io.say(&clean(f))?;
    }
    Ok(())
}

/// Prints one task of a score: its outcome and marks, then its reasons, feedback and model
/// answer.
fn report_task<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    score: &Score,
    task: &TaskScore,
) -> std::io::Result<()> {
    io.say(&format!(
        "{} {}: {}, {} of {} marks",
        task.outcome.sign(),
        clean(&task.label),
        task.outcome.word(),
        fmt_marks(task.marks),
        fmt_marks(task.max)
    ))?;
    let entries: Vec<_> = score
        .entries
        .iter()
        .filter(|e| e.task == task.id && !e.reason.is_empty())
        .collect();
    for entry in &entries {
        let marks = match entry.marks {
            m if m > 0.0 => format!("+{} ", fmt_marks(m)),
            m if m < 0.0 => format!("-{} ", fmt_marks(-m)),
            _ => String::new(),
        };
        io.say(&format!("    {marks}{}", clean(&entry.reason)))?;
    }
    for f in task
        .feedback
        .iter()
        .filter(|f| !entries.iter().any(|e| &e.reason == *f))
    {
        io.say(&format!("    {}", clean(f)))?;
    }
    if let Some(model) = &task.model_answer {
        io.say(&format!("    Model answer: {}", clean(model)))?;
    }
    Ok(())
}
