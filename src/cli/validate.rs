//! `classwork validate`: check files and folders, print every problem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::DiagnosticFormat;
use crate::console::out;
use crate::console::{EXIT_USAGE, stdout_style};
use crate::diagnostic::{Tally, render_all, to_json};
use crate::load::{Loaded, load_path};
use crate::text::count;

/// Validates `paths` (or `activities/`) and prints the problems in `format`.
pub fn run(paths: &[PathBuf], format: DiagnosticFormat) -> ExitCode {
    let checked = Checked::load(paths);
    checked.report(format, serde_json::Map::new(), "", None);
    checked.exit_code(false)
}

/// Files and folders loaded and checked, as `validate` and `check` see them.
pub(super) struct Checked {
    /// What loaded, with every problem.
    pub(super) loaded: Loaded,
    /// The paths checked.
    pub(super) paths: Vec<PathBuf>,
    /// Whether a path did not exist.
    missing: bool,
}

impl Checked {
    /// Loads `paths` (or `activities/`), collecting every problem.
    pub(super) fn load(paths: &[PathBuf]) -> Self {
        let paths = if paths.is_empty() {
            vec![PathBuf::from("activities")]
        } else {
            paths.to_vec()
        };
        let mut loaded = Loaded::default();
        let mut missing = false;
        for path in &paths {
            if !path.exists() {
                missing = true;
            }
            let one = load_path(path);
            loaded.units.extend(one.units);
            loaded.activities.extend(one.activities);
            loaded.sources.extend(one.sources);
            loaded.diagnostics.extend(one.diagnostics);
            loaded.files += one.files;
        }
        Self {
            loaded,
            paths,
            missing,
        }
    }

    /// Prints the problems in `format`, then `extra`: JSON fields added to the document,
    /// or text printed before the summary line.
    pub(super) fn report(
        &self,
        format: DiagnosticFormat,
        extra: serde_json::Map<String, serde_json::Value>,
        text: &str,
        failure: Option<&str>,
    ) {
        let loaded = &self.loaded;
        let tally = Tally::of(&loaded.diagnostics);
        match format {
            DiagnosticFormat::Json => {
                let mut doc = to_json(&loaded.diagnostics);
                doc["files"] = loaded.files.into();
                for (key, value) in extra {
                    doc[key] = value;
                }
                out::println(&format!("{doc:#}"));
            }
            DiagnosticFormat::Human => {
                out::print(&render_all(&loaded.diagnostics, stdout_style()));
                out::print(text);
                out::println(&summary(loaded, tally, &self.paths, failure));
            }
        }
    }

    /// 2 when a path did not exist, 1 when there are errors (or the caller found some,
    /// `failed`), else 0.
    pub(super) fn exit_code(&self, failed: bool) -> ExitCode {
        if self.missing {
            ExitCode::from(EXIT_USAGE)
        } else if failed || self.loaded.has_errors() {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// The last line: `ok` or `failed`, what was read, and the problems; `failure` is a
/// failure the caller found besides the diagnostics, said on the same line.
fn summary(loaded: &Loaded, tally: Tally, paths: &[PathBuf], failure: Option<&str>) -> String {
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
    let problems = match (tally.errors, tally.warnings) {
        (0, 0) => "no problems".to_string(),
        (0, w) => count(w, "warning"),
        (e, 0) => count(e, "error"),
        (e, w) => format!("{}, {}", count(e, "error"), count(w, "warning")),
    };
    let failed = tally.errors > 0 || failure.is_some();
    format!(
        "{}: checked {} in {}: {} loaded, {problems}{}",
        if failed { "failed" } else { "ok" },
        count(loaded.files, "file"),
        what,
        count(activities, "activity"),
        failure.map(|f| format!("; {f}")).unwrap_or_default(),
    )
}

fn display(path: &Path) -> String {
    crate::text::clean(&path.display().to_string()).into_owned()
}
