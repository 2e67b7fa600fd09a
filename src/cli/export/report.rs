//! `classwork export report`: a student's report or essay, from an answer sheet, as
//! Markdown laid out as the textbook asks (see [`crate::export::report`]).

use std::path::Path;
use std::process::ExitCode;

use super::shown;
use crate::activity::Activity;
use crate::answer::sheet::load_sheet;
use crate::console::EXIT_USAGE;
use crate::console::out;
use crate::console::stderr_style;
use crate::diagnostic::render_all;
use crate::export::report_markdown;
use crate::load::{Disk, Files, io_message, load_path};
use crate::teacher::mark::write_atomically;
use crate::text::clean;

/// Writes the report answered by the sheet at `sheet`, for an activity of the unit or
/// activity file at `activities`, to `out` (default: stdout).
pub fn run(activities: &Path, sheet: &Path, out: Option<&Path>) -> ExitCode {
    let fail = |message: String| {
        out::eprintln(&format!("error: {message}"));
        ExitCode::from(EXIT_USAGE)
    };
    for path in [activities, sheet] {
        if !path.exists() {
            return fail(format!(
                "cannot open `{}`: no such file or folder",
                shown(path)
            ));
        }
    }
    let loaded = load_path(activities);
    let mut known: Vec<&Activity> = loaded.activities.iter().collect();
    known.extend(loaded.units.iter().flat_map(|u| &u.activities));
    if known.is_empty() {
        out::eprint(&render_all(&loaded.diagnostics, stderr_style()));
    }
    let mut diagnostics = Vec::new();
    let answers = Disk
        .read(sheet)
        .map_err(|d| diagnostics.push(d))
        .ok()
        .and_then(|file| load_sheet(&file, &known, &mut diagnostics));
    out::eprint(&render_all(&diagnostics, stderr_style()));
    let Some(answers) = answers else {
        return ExitCode::FAILURE;
    };
    let Some(activity) = known.iter().find(|a| a.id == answers.activity) else {
        return fail(format!(
            "`{}` has no activity `{}`",
            shown(activities),
            clean(&answers.activity)
        ));
    };
    let Some(text) = report_markdown(activity, &answers.answer) else {
        return fail(format!(
            "`{}` is a {}, not a report or an essay",
            clean(&activity.id),
            activity.kind().name()
        ));
    };
    match out {
        None => out::print(&text),
        Some(path) => {
            if let Err(e) = write_atomically(path, &text) {
                return fail(format!(
                    "cannot write `{}`: {}",
                    shown(path),
                    io_message(&e)
                ));
            }
            out::eprintln(&format!("wrote {}", shown(path)));
        }
    }
    ExitCode::SUCCESS
}
