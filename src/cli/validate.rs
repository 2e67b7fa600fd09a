//! `classwork validate`: check files and folders, print every problem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{DiagnosticFormat, EXIT_USAGE, stdout_style};
use crate::diagnostic::{Tally, render_all, to_json};
use crate::load::{Loaded, load_path};

/// Validates `paths` (or `activities/`) and prints the problems in `format`.
pub fn run(paths: &[PathBuf], format: DiagnosticFormat) -> ExitCode {
    let default = [PathBuf::from("activities")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let mut loaded = Loaded::default();
    let mut missing = false;
    for path in paths {
        if !path.exists() {
            missing = true;
        }
        let one = load_path(path);
        loaded.units.extend(one.units);
        loaded.activities.extend(one.activities);
        loaded.diagnostics.extend(one.diagnostics);
        loaded.files += one.files;
    }
    let tally = Tally::of(&loaded.diagnostics);
    match format {
        DiagnosticFormat::Json => {
            let mut doc = to_json(&loaded.diagnostics);
            doc["files"] = loaded.files.into();
            println!("{doc:#}");
        }
        DiagnosticFormat::Human => {
            print!("{}", render_all(&loaded.diagnostics, stdout_style()));
            println!("{}", summary(&loaded, tally, paths));
        }
    }
    if missing {
        ExitCode::from(EXIT_USAGE)
    } else if tally.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(loaded: &Loaded, tally: Tally, paths: &[PathBuf]) -> String {
    let activities = loaded.activities.len()
        + loaded
            .units
            .iter()
            .map(|u| u.activities.len())
            .sum::<usize>();
    let what = match paths {
        [one] => display(one),
        _ => format!("{} paths", paths.len()),
    };
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let problems = match (tally.errors, tally.warnings) {
        (0, 0) => "no problems".to_string(),
        (0, w) => plural(w, "warning"),
        (e, 0) => plural(e, "error"),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    };
    format!(
        "{}: checked {} in {}: {} loaded, {problems}",
        if tally.errors > 0 { "failed" } else { "ok" },
        plural(loaded.files, "file"),
        what,
        plural(activities, "activity").replace("activitys", "activities"),
    )
}

fn display(path: &Path) -> String {
    crate::text::clean(&path.display().to_string()).into_owned()
}
