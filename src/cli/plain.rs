//! `classwork --plain`: the unit as a line-by-line dialogue, with the student's drafts and
//! submissions kept in the progress database as they happen.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write, stdin, stdout};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::progress::open_store;
use crate::activity::{Activity, Unit};
use crate::answer::Answer;
use crate::answer::Response;
use crate::answer::merge::merge;
use crate::answer::sheet::{restore, sheet_text};
use crate::bundled;
use crate::console::out;
use crate::diagnostic::{Style, render_all};
use crate::plain::{Dialogue, Keeper, Pace, Submission, run_unit_kept};
use crate::store::{DraftOf, KnownDraft, NewAttempt, Profile, ReviewQueue, Store, StoreError};
use crate::text::clean;
use crate::time::now;

/// Runs the plain dialogue on `path` (or the bundled unit) over stdin and stdout, as the
/// profile `profile` (asked for when `None`), keeping work in the data folder `data`;
/// `seed` fixes the shuffles as `--seed` does in the terminal UI.
pub fn run(
    path: Option<&Path>,
    (data, profile): (Option<&Path>, Option<&str>),
    seed: Option<u64>,
) -> ExitCode {
    let loaded = match crate::console::open_to_work_on(path) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    out::eprint(&render_all(&loaded.diagnostics, Style::Plain));
    let name = path.map_or_else(
        || bundled::DEFAULT_UNIT.to_string(),
        |p| p.display().to_string(),
    );
    let Some(unit) = loaded.into_unit(&name) else {
        out::eprintln(&format!(
            "error: no activity could be loaded from `{}`",
            clean(&name)
        ));
        return ExitCode::FAILURE;
    };
    let mut dialogue = Dialogue::new(BufReader::new(stdin().lock()), stdout().lock())
        .wrapped(crate::console::stdout_width());
    match dialogue_kept(&unit, (data, profile), seed, &mut dialogue, None) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Runs the dialogue on `unit` over `dialogue`, as the profile `profile` (asked for when
/// `None`), keeping work in the data folder `data`; `seed` as for [`run`].
pub(super) fn dialogue_kept<R: BufRead, W: Write>(
    unit: &Unit,
    (data, profile): (Option<&Path>, Option<&str>),
    seed: Option<u64>,
    dialogue: &mut Dialogue<R, W>,
    pace: Option<Pace<'_>>,
) -> std::io::Result<()> {
    let Some(mut keeper) = StoreKeeper::start(unit, data, profile, dialogue)? else {
        return Ok(());
    };
    keeper.pace = pace;
    run_unit_kept(unit, dialogue, &mut keeper, seed).map(|_| ())
}

/// Keeps the dialogue's work in the progress database. When the database cannot be used,
/// the work goes on and each save tries to open it again.
struct StoreKeeper<'a> {
    store: Result<Store, StoreError>,
    data: Option<PathBuf>,
    name: String,
    profile: Option<Profile>,
    unit: String,
    /// Each activity's draft as this dialogue last read or wrote it, by activity id.
    known: HashMap<String, Known>,
    /// What to tell the student after the next save.
    notes: Vec<String>,
    /// What the teacher of a served class decides meanwhile.
    pace: Option<Pace<'a>>,
}

/// A draft as the dialogue last read or wrote it.
#[derive(Debug, Clone)]
struct Known {
    /// Its revision, and the answer as the dialogue had it.
    draft: KnownDraft,
    /// Whether the database holds more than the dialogue shows (another window's work
    /// was joined with it): the next save joins again.
    joined: bool,
}

impl<'a> StoreKeeper<'a> {
    /// Opens the database and settles the profile: `profile`, else the one used last, else
    /// a name asked for. `None` when input ended first.
    fn start<R: BufRead, W: Write>(
        unit: &Unit,
        data: Option<&Path>,
        profile: Option<&str>,
        io: &mut Dialogue<R, W>,
    ) -> std::io::Result<Option<Self>> {
        let store = open_store(data);
        if let Err(e) = &store {
            io.say(&format!("Your work cannot be saved for now: {e}"))?;
        }
        let name = match profile.map(str::trim).filter(|n| !n.is_empty()) {
            Some(name) => name.to_string(),
            None => {
                let last = store
                    .as_ref()
                    .ok()
                    .and_then(|s| s.last_profile().ok().flatten());
                match last {
                    Some(last) => last.name,
                    None => match ask_name(io)? {
                        Some(name) => name,
                        None => return Ok(None),
                    },
                }
            }
        };
        let mut keeper = StoreKeeper {
            store,
            data: data.map(Path::to_path_buf),
            name,
            profile: None,
            unit: unit.id.clone(),
            known: HashMap::new(),
            notes: Vec::new(),
            pace: None,
        };
        if keeper.ready().is_ok() {
            io.say(&format!(
                "Your work is kept under the name {}. (To work as someone else, start \
                 classwork with --profile and their name.)",
                clean(&keeper.name)
            ))?;
        }
        Ok(Some(keeper))
    }

    /// The database and the profile, opening the one and finding the other if need be.
    fn ready(&mut self) -> Result<(&Store, Profile), StoreError> {
        if self.store.is_err() {
            self.store = open_store(self.data.as_deref());
        }
        let store = self.store.as_ref().map_err(Clone::clone)?;
        let profile = match &self.profile {
            Some(p) => p.clone(),
            None => {
                let p = store.profile(&self.name)?;
                store.set_last_profile(&p)?;
                self.profile = Some(p.clone());
                p
            }
        };
        Ok((store, profile))
    }
}

impl<'a> StoreKeeper<'a> {
    /// Saves `answer` as the draft of `activity` over `known`, joined with what another
    /// window saved; returns its revision, and whether it was joined.
    fn save_draft(
        &mut self,
        activity: &Activity,
        answer: &Answer,
        known: &Known,
    ) -> Result<(i64, bool), StoreError> {
        let unit = self.unit.clone();
        let (store, profile) = self.ready()?;
        let mut base = Cow::Borrowed(&known.draft);
        let mut ours = Cow::Borrowed(answer);
        if known.joined
            && let Some(now) = store.draft(&profile, &unit, &activity.id)?
        {
            // The database holds work the dialogue does not show: joined again.
            let was = &known.draft.answer;
            let theirs = restore(activity, &now.answer).map_or_else(|| was.clone(), |r| r.answer);
            ours = Cow::Owned(merge(was, answer, &theirs).answer);
            base = Cow::Owned(KnownDraft {
                revision: Some(now.revision),
                answer: theirs,
            });
        }
        let of = DraftOf {
            unit: &unit,
            activity,
            practice: false,
        };
        let saved = store.save_draft_joined(&profile, of, Some(&base), &ours, &|a| a)?;
        Ok((saved.revision, saved.joined.is_some()))
    }
}

/// An empty answer to `activity`.
fn empty(activity: &Activity) -> Answer {
    Answer {
        response: Response::empty_for(activity),
        ..Answer::default()
    }
}

/// Asks the student's name until one is given.
fn ask_name<R: BufRead, W: Write>(io: &mut Dialogue<R, W>) -> std::io::Result<Option<String>> {
    loop {
        let Some(answer) = io.ask("What is your name? Your work is kept under it.")? else {
            return Ok(None);
        };
        if !answer.is_empty() {
            return Ok(Some(answer));
        }
        io.say("Type your name, then press Enter.")?;
    }
}

impl Keeper for StoreKeeper<'_> {
    fn student(&self) -> Option<String> {
        Some(self.name.clone())
    }

    fn closed(&self, i: usize) -> bool {
        self.pace.as_ref().is_some_and(|p| p.is_closed(i))
    }

    fn pens_down(&self) -> bool {
        self.pace.as_ref().is_some_and(Pace::is_pens_down)
    }

    fn at(&self, activity: Option<&Activity>, submitted: &[String]) {
        if let Some(pace) = &self.pace {
            (pace.report)(activity.map(|a| a.title.as_str()), submitted);
        }
    }

    fn started(&mut self, activity: &Activity) -> bool {
        let unit = self.unit.clone();
        self.ready().is_ok_and(|(store, profile)| {
            store
                .draft(&profile, &unit, &activity.id)
                .is_ok_and(|d| d.is_some())
        })
    }

    fn resume(&mut self, activity: &Activity) -> Option<Answer> {
        let unit = self.unit.clone();
        let (store, profile) = self.ready().ok()?;
        let draft = store.draft(&profile, &unit, &activity.id).ok()?;
        let back = draft
            .as_ref()
            .and_then(|d| restore(activity, &d.answer).map(|r| r.answer));
        let known = Known {
            draft: KnownDraft {
                revision: draft.map(|d| d.revision),
                answer: back.clone().unwrap_or_else(|| empty(activity)),
            },
            joined: false,
        };
        self.known.insert(activity.id.clone(), known);
        back
    }

    fn draft(&mut self, activity: &Activity, answer: &Answer) -> Result<bool, String> {
        // A draft never read counts as none: one there is joined with, not written over.
        let taken = self.known.remove(&*activity.id);
        let none;
        let known = match &taken {
            Some(known) => known,
            None => {
                none = Known {
                    draft: KnownDraft {
                        revision: None,
                        answer: empty(activity),
                    },
                    joined: false,
                };
                &none
            }
        };
        let was_joined = known.joined;
        let (revision, joined) = match self.save_draft(activity, answer, known) {
            Ok(saved) => saved,
            Err(e) => {
                if let Some(taken) = taken {
                    self.known.insert(activity.id.clone(), taken);
                }
                return Err(e.to_string());
            }
        };
        let saved = Known {
            draft: KnownDraft {
                revision: Some(revision),
                answer: answer.clone(),
            },
            joined: joined || was_joined,
        };
        self.known.insert(activity.id.clone(), saved);
        if joined {
            self.notes.push(format!(
                "Another window changed your answers to {} too: both are kept, \
                 joined, for when you open it again.",
                clean(&activity.title)
            ));
        }
        Ok(true)
    }

    fn notes(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notes)
    }

    fn submitted(&mut self, activity: &Activity, submission: &Submission) -> Result<bool, String> {
        let unit = self.unit.clone();
        // It ends the draft it was made from, never one another window saved since.
        let draft = self.known.get(&*activity.id).map(|k| k.draft.revision);
        let (store, profile) = self.ready().map_err(|e| e.to_string())?;
        let text = sheet_text(
            activity,
            &submission.answer,
            Some(&profile.name),
            Some(now()),
        );
        store
            .record(
                &profile,
                &NewAttempt {
                    unit: &unit,
                    activity: &activity.id,
                    activity_hash: &activity.content_hash,
                    answer: &text,
                    score: &submission.score,
                    practice: false,
                    reviewed: None,
                    draft: Some(draft.flatten()),
                },
            )
            .map_err(|e| e.to_string())?;
        self.known.remove(&*activity.id);
        Ok(true)
    }

    fn review_queue(&mut self, unit: &Unit) -> Option<ReviewQueue> {
        let (store, profile) = self.ready().ok()?;
        let exam = |id: &str| unit.exam.filter(|_| id == unit.id);
        let queue = store.review_queue(&profile, now(), &exam).ok()?;
        Some(queue.of_unit(&unit.id))
    }

    fn last_submitted(&mut self, activity: &Activity) -> Option<Answer> {
        let unit = self.unit.clone();
        let (store, profile) = self.ready().ok()?;
        let latest = store.latest_attempts(&profile, &unit).ok()?;
        restore(activity, &latest.get(&*activity.id)?.answer).map(|r| r.answer)
    }

    fn reviewed(
        &mut self,
        activity: &Activity,
        submission: &Submission,
        task: &str,
    ) -> Result<bool, String> {
        let unit = self.unit.clone();
        let (store, profile) = self.ready().map_err(|e| e.to_string())?;
        let text = sheet_text(
            activity,
            &submission.answer,
            Some(&profile.name),
            Some(now()),
        );
        let reviewed = [task.to_string()];
        store
            .record(
                &profile,
                &NewAttempt {
                    unit: &unit,
                    activity: &activity.id,
                    activity_hash: &activity.content_hash,
                    answer: &text,
                    score: &submission.score,
                    practice: true,
                    reviewed: Some(&reviewed),
                    // A draft in progress stays as it is.
                    draft: Some(None),
                },
            )
            .map_err(|e| e.to_string())?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::activity::Body;

    /// A keeper for Ada on the database in `dir`, as a second window would start one.
    fn keeper(dir: &Path, unit: &Unit) -> StoreKeeper<'static> {
        StoreKeeper {
            store: open_store(Some(dir)),
            data: Some(dir.to_path_buf()),
            name: "Ada".into(),
            profile: None,
            unit: unit.id.clone(),
            known: HashMap::new(),
            notes: Vec::new(),
            pace: None,
        }
    }

    fn short(texts: &[(&str, &str)]) -> Answer {
        let texts: BTreeMap<String, String> = texts
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Answer {
            response: Response::Short(texts),
            ..Answer::default()
        }
    }

    #[test]
    fn two_windows_saving_one_draft_keep_what_each_typed_and_say_so() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let unit = bundled::default_unit().units.remove(0);
        let a = unit
            .activities
            .iter()
            .find(|a| matches!(&a.body, Body::Short(q) if q.questions.len() > 1))
            .expect("a short activity")
            .clone();
        let Body::Short(quiz) = &a.body else {
            unreachable!()
        };
        let (q1, q2) = (&*quiz.questions[0].id, &*quiz.questions[1].id);
        let (mut one, mut two) = (keeper(dir.path(), &unit), keeper(dir.path(), &unit));
        assert_eq!((one.resume(&a), two.resume(&a)), (None, None));
        assert_eq!(one.draft(&a, &short(&[(q1, "Alpha")])), Ok(true));
        assert!(one.notes().is_empty());
        // The second window read no draft: it joins the first's, and says so.
        assert_eq!(two.draft(&a, &short(&[(q2, "Bravo")])), Ok(true));
        let said = two.notes();
        assert!(
            said.iter().any(|n| n.contains("Another window")),
            "{said:?}"
        );
        // The first saves again, not having seen the second's: both stay.
        assert_eq!(one.draft(&a, &short(&[(q1, "Alpha more")])), Ok(true));
        // The second saves again, its screen still without the first's: both stay.
        assert_eq!(two.draft(&a, &short(&[(q2, "Bravo more")])), Ok(true));
        let mut three = keeper(dir.path(), &unit);
        let back = three.resume(&a).expect("a draft");
        let Response::Short(texts) = back.response else {
            panic!("{back:?}")
        };
        assert_eq!(texts.get(q1).map(String::as_str), Some("Alpha more"));
        assert_eq!(texts.get(q2).map(String::as_str), Some("Bravo more"));
    }
}
