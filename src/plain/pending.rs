//! Work that could not be saved yet (a locked database, a full or read-only disk): kept in
//! memory in the order it was done (a [`SaveQueue`], as the terminal UI keeps it), and
//! saved again at each later save, each return to the list of activities and once more at
//! the end. What still cannot be saved then is written to answer-sheet files, whose paths
//! are given, so nothing is lost unsaid.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use super::{Dialogue, Keeper, Submission};
use crate::activity::Activity;
use crate::answer::Answer;
use crate::store::sheet_file::{Unsaved, keep_unsaved};
use crate::store::{Queued, SaveQueue};
use crate::text::clean;

/// Said after a save fails.
const KEPT_FOR_NOW: &str =
    "classwork keeps this work and tries again to save it as you go on and when you quit.";

/// Drafts and submissions on their way to a [`Keeper`], with those it could not keep yet.
pub struct Saver<'k> {
    keeper: &'k mut dyn Keeper,
    waiting: SaveQueue<Waiting>,
}

/// One piece of work not saved yet.
struct Waiting {
    activity: Activity,
    work: Work,
}

/// What waits to be saved.
enum Work {
    /// An answer left before it was submitted.
    Draft(Answer),
    /// A submitted answer, and when it was submitted (seconds since the epoch).
    Submitted(Submission, i64),
}

/// Work on its way to a keeper, borrowed: copied only when it has to wait.
#[derive(Clone, Copy)]
enum Saving<'a> {
    /// An answer left before it was submitted.
    Draft(&'a Answer),
    /// A submitted answer, and when it was submitted (seconds since the epoch).
    Submitted(&'a Submission, i64),
}

impl Saving<'_> {
    /// Hands the work on `activity` to `keeper`: `Ok(true)` when it was kept.
    fn keep(self, activity: &Activity, keeper: &mut dyn Keeper) -> Result<bool, String> {
        match self {
            Saving::Draft(answer) => keeper.draft(activity, answer),
            Saving::Submitted(submission, _) => keeper.submitted(activity, submission),
        }
    }

    /// It, to wait.
    fn to_work(self) -> Work {
        match self {
            Saving::Draft(answer) => Work::Draft(answer.clone()),
            Saving::Submitted(submission, at) => Work::Submitted(submission.clone(), at),
        }
    }
}

impl Queued for Waiting {
    fn is_draft(&self) -> bool {
        matches!(self.work, Work::Draft(_))
    }
}

impl Waiting {
    /// Hands the work to `keeper`: `Ok(true)` when it was kept.
    fn keep(&self, keeper: &mut dyn Keeper) -> Result<bool, String> {
        let saving = match &self.work {
            Work::Draft(answer) => Saving::Draft(answer),
            Work::Submitted(submission, at) => Saving::Submitted(submission, *at),
        };
        saving.keep(&self.activity, keeper)
    }

    /// It, as work that could not be saved.
    fn unsaved(&self) -> Unsaved<'_> {
        let (answer, submitted) = match &self.work {
            Work::Draft(answer) => (answer, None),
            Work::Submitted(s, at) => (&s.answer, Some((&s.score, *at))),
        };
        Unsaved {
            activity: &self.activity,
            answer,
            submitted,
        }
    }

    /// Said once it is saved, later than it was done.
    fn now_saved(&self) -> String {
        let title = clean(&self.activity.title);
        match self.work {
            Work::Draft(_) => format!("Your answers so far to {title} are now saved."),
            Work::Submitted(..) => format!("Your earlier answers to {title} are now saved."),
        }
    }
}

impl<'k> Saver<'k> {
    /// Saves with `keeper`; nothing waits yet.
    pub fn new(keeper: &'k mut dyn Keeper) -> Self {
        Self {
            keeper,
            waiting: SaveQueue::default(),
        }
    }

    /// The answer in progress to carry on from: the draft waiting to be saved, else the
    /// one `keeper` kept (none after a submission waiting to be saved).
    pub fn resume(&mut self, activity: &Activity) -> Option<Answer> {
        match self
            .waiting
            .iter()
            .rev()
            .find(|w| w.activity.id == activity.id)
        {
            Some(Waiting {
                work: Work::Draft(answer),
                ..
            }) => Some(answer.clone()),
            Some(_) => None,
            None => self.keeper.resume(activity),
        }
    }

    /// Whether an answer in progress is kept for `activity`: a draft waiting to be saved,
    /// or one `keeper` kept.
    pub fn started(&mut self, activity: &Activity) -> bool {
        let waiting = self
            .waiting
            .iter()
            .any(|w| w.activity.id == activity.id && matches!(w.work, Work::Draft(_)));
        waiting || self.keeper.started(activity)
    }

    /// Where the work is kept, for what does not wait to be saved (reviews).
    pub fn keeper(&mut self) -> &mut dyn Keeper {
        self.keeper
    }

    /// The student's name, when the keeper knows it.
    pub fn student(&self) -> Option<String> {
        self.keeper.student()
    }

    /// Whether a submission to the activity `id` waits to be saved.
    pub fn submission_waits(&self, id: &str) -> bool {
        self.waiting
            .iter()
            .any(|w| w.activity.id == id && matches!(w.work, Work::Submitted(..)))
    }

    /// Saves an answer left before it was submitted (after what waits), telling the student
    /// how it went.
    pub fn draft<R: BufRead, W: Write>(
        &mut self,
        io: &mut Dialogue<R, W>,
        activity: &Activity,
        answer: &Answer,
    ) -> std::io::Result<()> {
        // It replaces a draft of the activity still waiting (after its last submission).
        self.waiting.take_draft(|w| w.activity.id == activity.id);
        self.save(io, activity, Saving::Draft(answer), "Your answers so far")
    }

    /// Saves a submitted answer (after what waits), telling the student how it went.
    pub fn submitted<R: BufRead, W: Write>(
        &mut self,
        io: &mut Dialogue<R, W>,
        activity: &Activity,
        submission: &Submission,
    ) -> std::io::Result<()> {
        // Saving it ends the drafts of the activity still waiting.
        self.waiting.drop_drafts(|w| w.activity.id == activity.id);
        let saving = Saving::Submitted(submission, crate::time::now());
        self.save(io, activity, saving, "Your answer")
    }

    /// Saves what waits, then `saving` (copied only if it has to wait); `what` names it in
    /// the messages.
    fn save<R: BufRead, W: Write>(
        &mut self,
        io: &mut Dialogue<R, W>,
        activity: &Activity,
        saving: Saving<'_>,
        what: &str,
    ) -> std::io::Result<()> {
        let (saved, problem) = self.flush();
        for line in saved {
            io.say(&line)?;
        }
        let problem = match problem {
            Some(problem) => problem,
            None => match saving.keep(activity, self.keeper) {
                Ok(true) if matches!(saving, Saving::Draft(_)) => {
                    io.say("Your answers so far are saved; they are there when you come back.")?;
                    return self.keeper.notes().iter().try_for_each(|n| io.say(n));
                }
                Ok(true) => return io.say("Your answer is saved."),
                Ok(false) => return Ok(()),
                Err(problem) => problem,
            },
        };
        self.waiting.push(Waiting {
            activity: activity.clone(),
            work: saving.to_work(),
        });
        io.say(&format!("{what} could not be saved: {problem}"))?;
        io.say(KEPT_FOR_NOW)
    }

    /// Tries again to save what waits, saying what is now saved.
    pub fn retry<R: BufRead, W: Write>(&mut self, io: &mut Dialogue<R, W>) -> std::io::Result<()> {
        let (saved, _) = self.flush();
        saved.iter().try_for_each(|line| io.say(line))?;
        self.keeper.notes().iter().try_for_each(|n| io.say(n))
    }

    /// Saves what waits, oldest first, stopping at the first failure. Returns what to say
    /// about what is now saved, and the failure.
    fn flush(&mut self) -> (Vec<String>, Option<String>) {
        let mut saved = Vec::new();
        let keeper = &mut *self.keeper;
        let kept = self.waiting.flush(|first| match first.keep(keeper) {
            Ok(kept) => {
                if kept {
                    saved.push(first.now_saved());
                }
                Ok(())
            }
            Err(problem) => Err((first, problem)),
        });
        (saved, kept.err())
    }

    /// At the end: tries once more to save what waits; what still cannot be saved is
    /// written as answer sheets in the first of `folders` that takes them (or, failing
    /// that, shown in full), and the student is told where. The saving and writing are
    /// done before anything is said, so they happen even when the dialogue is gone.
    pub fn finish<R: BufRead, W: Write>(
        mut self,
        io: &mut Dialogue<R, W>,
        folders: &[PathBuf],
    ) -> std::io::Result<()> {
        let (saved, problem) = self.flush();
        let student = self.keeper.student();
        let kept = match problem {
            Some(_) => {
                let unsaved: Vec<Unsaved<'_>> = self.waiting.iter().map(Waiting::unsaved).collect();
                keep_unsaved(folders, student.as_deref(), &unsaved)
            }
            None => Vec::new(),
        };
        for line in saved {
            io.say(&line)?;
        }
        let Some(problem) = problem else {
            return Ok(());
        };
        io.say(&format!("Some of your work was not saved: {problem}"))?;
        kept.iter().try_for_each(|line| io.say(line))
    }
}

#[cfg(test)]
mod tests;
