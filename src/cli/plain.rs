//! `classwork --plain`: the unit as a line-by-line dialogue, with the student's drafts and
//! submissions kept in the progress database as they happen.

use std::io::{BufRead, BufReader, Write, stdin, stdout};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::progress::open_store;
use crate::activity::{Activity, Unit};
use crate::answer::Answer;
use crate::answer::sheet::restore;
use crate::bundled;
use crate::console::out;
use crate::diagnostic::{Style, render_all};
use crate::plain::{Dialogue, Keeper, Submission, run_unit_kept};
use crate::store::{Profile, Store, StoreError};
use crate::text::clean;

/// Runs the plain dialogue on `path` (or the bundled unit) over stdin and stdout, as the
/// profile `profile` (asked for when `None`), keeping work in the data folder `data`.
pub fn run(path: Option<&Path>, data: Option<&Path>, profile: Option<&str>) -> ExitCode {
    let loaded = match crate::console::open(path) {
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
    let mut dialogue = Dialogue::new(BufReader::new(stdin().lock()), stdout().lock());
    let result = StoreKeeper::start(&unit, data, profile, &mut dialogue).and_then(|keeper| {
        let Some(mut keeper) = keeper else {
            return Ok(());
        };
        run_unit_kept(&unit, &mut dialogue, &mut keeper).map(|_| ())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Keeps the dialogue's work in the progress database. When the database cannot be used,
/// the work goes on and each save tries to open it again.
struct StoreKeeper {
    store: Result<Store, StoreError>,
    data: Option<PathBuf>,
    name: String,
    profile: Option<Profile>,
    unit: String,
}

impl StoreKeeper {
    /// Opens the database and settles the profile: `profile`, else a name asked for (the
    /// one used last when the student just presses Enter). `None` when input ended first.
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
                match ask_name(io, last.as_ref().map(|p| p.name.as_str()))? {
                    Some(name) => name,
                    None => return Ok(None),
                }
            }
        };
        let mut keeper = StoreKeeper {
            store,
            data: data.map(Path::to_path_buf),
            name,
            profile: None,
            unit: unit.id.clone(),
        };
        if keeper.ready().is_ok() {
            io.say(&format!(
                "Your work is kept under the name {}.",
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

/// Asks the student's name until one is given; with `last`, Enter keeps it.
fn ask_name<R: BufRead, W: Write>(
    io: &mut Dialogue<R, W>,
    last: Option<&str>,
) -> std::io::Result<Option<String>> {
    let question = match last {
        Some(last) => format!(
            "What is your name? Press Enter to carry on as {}.",
            clean(last)
        ),
        None => "What is your name? Your work is kept under it.".to_string(),
    };
    loop {
        let Some(answer) = io.ask(&question)? else {
            return Ok(None);
        };
        match (answer.is_empty(), last) {
            (false, _) => return Ok(Some(answer)),
            (true, Some(last)) => return Ok(Some(last.to_string())),
            (true, None) => io.say("Type your name, then press Enter.")?,
        }
    }
}

impl Keeper for StoreKeeper {
    fn student(&self) -> Option<String> {
        Some(self.name.clone())
    }

    fn resume(&mut self, activity: &Activity) -> Option<Answer> {
        let unit = self.unit.clone();
        let (store, profile) = self.ready().ok()?;
        let draft = store.draft(&profile, &unit, &activity.id).ok()??;
        restore(activity, &draft.answer).map(|r| r.answer)
    }

    fn draft(&mut self, activity: &Activity, answer: &Answer) -> Result<bool, String> {
        let unit = self.unit.clone();
        let (store, profile) = self.ready().map_err(|e| e.to_string())?;
        store
            .save_answer_draft(&profile, &unit, activity, answer)
            .map(|()| true)
            .map_err(|e| e.to_string())
    }

    fn submitted(&mut self, activity: &Activity, submission: &Submission) -> Result<bool, String> {
        let unit = self.unit.clone();
        let (store, profile) = self.ready().map_err(|e| e.to_string())?;
        store
            .record_answer(
                &profile,
                &unit,
                activity,
                &submission.answer,
                &submission.score,
            )
            .map(|_| true)
            .map_err(|e| e.to_string())
    }
}
