//! `classwork export answers`: a student's submitted work as a hand-in folder for the
//! teacher (see `docs/teacher.md`); `classwork export report`: a report or essay from an
//! answer sheet, as Markdown.

mod report;

use std::path::Path;
use std::process::ExitCode;

use super::interchange::ExportFormat;
use super::progress::{choose_profile, open_store};
use crate::activity::validate::MAX_ANSWER_CHARS;
use crate::bundled;
use crate::console::EXIT_USAGE;
use crate::console::out;
use crate::load::io_message;
use crate::teacher::handin::{HANDIN_FILE, write_handin};
use crate::text::{clean, count};
use crate::time::now;

/// A path as printed in messages.
fn shown(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

/// Writes the hand-in (the latest attempt not made in practice) at each activity of `unit`
/// (default: the bundled unit) by `profile` into the hand-in folder `out`. Refuses to write
/// over a hand-in.
pub fn run(data: Option<&Path>, profile: Option<&str>, unit: Option<&str>, out: &Path) -> ExitCode {
    let fail = |message: String| {
        out::eprintln(&format!("error: {message}"));
        ExitCode::from(EXIT_USAGE)
    };
    if out.join(HANDIN_FILE).exists() {
        return fail(format!(
            "`{}` already holds a hand-in; choose another `--out` folder",
            shown(out)
        ));
    }
    let store = match open_store(data) {
        Ok(store) => store,
        Err(e) => return fail(e.to_string()),
    };
    let profile = match choose_profile(&store, profile) {
        Ok(p) => p,
        Err(message) => return fail(message),
    };
    let unit = match unit {
        Some(id) => id.to_string(),
        None => bundled::default_unit()
            .units
            .first()
            .map_or_else(|| bundled::DEFAULT_UNIT.to_string(), |u| u.id.clone()),
    };
    let crate::teacher::gather::GatheredHandIn {
        manifest,
        sheets,
        cut,
    } = match crate::teacher::gather::hand_in(&store, &profile, &unit, now()) {
        Ok(found) => found,
        Err(e) => return fail(e.to_string()),
    };
    for (activity, chars) in cut {
        out::eprintln(&format!(
            "warning: a text of the answer to `{}` has {chars} characters, more than the {MAX_ANSWER_CHARS} an answer may have; the first {MAX_ANSWER_CHARS} are handed in",
            clean(&activity)
        ));
    }
    if sheets.is_empty() {
        let submitted_in = |u: &str| {
            crate::teacher::gather::hand_in(&store, &profile, u, now())
                .is_ok_and(|found| !found.sheets.is_empty())
        };
        let elsewhere: Vec<String> = store
            .profile_units(&profile)
            .unwrap_or_default()
            .into_iter()
            .filter(|u| *u != unit && submitted_in(u))
            .map(|u| clean(&u).into_owned())
            .collect();
        let hint = match elsewhere.as_slice() {
            [] => String::new(),
            [one] => format!("; their work is in `{one}`: add `--unit {one}`"),
            more => format!(
                "; their work is in `{}`: add `--unit` and one of them",
                more.join("`, `")
            ),
        };
        return fail(format!(
            "{} has submitted nothing in `{}` yet{hint}",
            clean(&profile.name),
            clean(&unit)
        ));
    }
    if let Err(e) = write_handin(out, &manifest, &sheets) {
        return fail(format!("cannot write `{}`: {}", shown(out), io_message(&e)));
    }
    out::println(&format!(
        "exported {} by {} for `{}` to {}",
        count(sheets.len(), "sheet"),
        clean(&profile.name),
        clean(&unit),
        shown(out)
    ));
    ExitCode::SUCCESS
}

/// What `classwork export` writes.
#[derive(Debug, clap::Subcommand)]
pub enum ExportCommand {
    /// A student's submitted work as a hand-in folder for the teacher.
    ///
    /// The profile is `--profile` (default: the one used last, or the only one), in the
    /// data folder `--data-dir`.
    Answers {
        /// Id of the unit (default: the bundled unit's).
        #[arg(long)]
        unit: Option<String>,
        /// The hand-in folder to write.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// A report or essay from an answer sheet, as Markdown: the title page, then each section.
    Report {
        /// The unit folder or activity file the sheet answers.
        activities: std::path::PathBuf,
        /// The answer sheet.
        sheet: std::path::PathBuf,
        /// The file to write (default: print it).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// A unit's questions as Moodle XML, for Moodle's question bank.
    Moodle {
        /// The unit folder or activity file.
        unit: std::path::PathBuf,
        /// The file to write (default: print it).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// A unit's questions as a QTI 2.1 content package: a folder with `imsmanifest.xml`.
    Qti {
        /// The unit folder or activity file.
        unit: std::path::PathBuf,
        /// The package folder to write.
        #[arg(long)]
        out: std::path::PathBuf,
    },
}

/// Runs an export subcommand, with the global `--data-dir` and `--profile`.
pub fn dispatch(command: ExportCommand, data: Option<&Path>, profile: Option<&str>) -> ExitCode {
    match command {
        ExportCommand::Answers { unit, out } => run(data, profile, unit.as_deref(), &out),
        ExportCommand::Report {
            activities,
            sheet,
            out,
        } => report::run(&activities, &sheet, out.as_deref()),
        ExportCommand::Moodle { unit, out } => {
            super::interchange::export(&unit, ExportFormat::Moodle, out.as_deref())
        }
        ExportCommand::Qti { unit, out } => {
            super::interchange::export(&unit, ExportFormat::Qti, Some(&out))
        }
    }
}
