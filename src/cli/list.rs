//! `classwork list`: the activities of a unit, in order.

use std::path::Path;
use std::process::ExitCode;

use super::{EXIT_USAGE, stdout_style};
use crate::bundled;
use crate::cli::out;
use crate::diagnostic::render_all;
use crate::load::load_path;
use crate::scoring::fmt_marks;
use crate::text::clean;

/// Prints the unit's title and its activities with their kinds and marks.
pub fn run(path: Option<&Path>) -> ExitCode {
    let loaded = match path {
        Some(p) if !p.exists() => {
            out::eprintln(&format!(
                "error: cannot open `{}`: no such file or folder",
                clean(&p.display().to_string())
            ));
            return ExitCode::from(EXIT_USAGE);
        }
        Some(p) => load_path(p),
        None => bundled::default_unit(),
    };
    out::print(&render_all(&loaded.diagnostics, stdout_style()));
    for unit in &loaded.units {
        out::println(&clean(&unit.title));
        for (n, a) in unit.activities.iter().enumerate() {
            out::println(&format!(
                "{:>3}. {:<48} {:<10} {:>3} marks",
                n + 1,
                clean(&a.title),
                a.kind().name(),
                fmt_marks(a.points)
            ));
        }
    }
    for a in &loaded.activities {
        out::println(&format!(
            "  -  {:<48} {:<10} {:>3} marks",
            clean(&a.title),
            a.kind().name(),
            fmt_marks(a.points)
        ));
    }
    if loaded.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
