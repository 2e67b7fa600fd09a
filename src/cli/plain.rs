//! `classwork --plain`: the unit as a line-by-line dialogue.

use std::io::{BufReader, stdin, stdout};
use std::path::Path;
use std::process::ExitCode;

use super::EXIT_USAGE;
use crate::bundled;
use crate::diagnostic::{Style, render_all};
use crate::load::load_path;
use crate::plain::{Dialogue, run_unit};
use crate::text::clean;

/// Runs the plain dialogue on `path` (or the bundled unit) over stdin and stdout.
pub fn run(path: Option<&Path>) -> ExitCode {
    let loaded = match path {
        Some(p) if !p.exists() => {
            eprintln!(
                "error: cannot open `{}`: no such file or folder",
                clean(&p.display().to_string())
            );
            return ExitCode::from(EXIT_USAGE);
        }
        Some(p) => load_path(p),
        None => bundled::default_unit(),
    };
    eprint!("{}", render_all(&loaded.diagnostics, Style::Plain));
    let name = path.map_or_else(
        || bundled::DEFAULT_UNIT.to_string(),
        |p| p.display().to_string(),
    );
    let Some(unit) = loaded.into_unit(&name) else {
        eprintln!("error: no activity could be loaded from `{}`", clean(&name));
        return ExitCode::FAILURE;
    };
    let mut dialogue = Dialogue::new(BufReader::new(stdin().lock()), stdout().lock());
    match run_unit(&unit, &mut dialogue) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
