//! `classwork new`: a commented, valid starter activity of a kind, added to a unit.

use std::path::Path;
use std::process::ExitCode;

use crate::activity::Kind;
use crate::console::EXIT_USAGE;
use crate::console::out;
use crate::teacher::starter::{StarterError, create, default_unit_dir};
use crate::text::clean;

/// Writes a starter `kind` activity into `unit` (default: the current folder if it is a
/// unit, else the first unit under `activities/`) and lists it in `unit.toml`.
pub fn run(kind: Kind, unit: Option<&Path>, id: Option<&str>) -> ExitCode {
    let dir = match unit {
        Some(dir) => dir.to_path_buf(),
        None => match std::env::current_dir()
            .ok()
            .and_then(|cwd| default_unit_dir(&cwd))
        {
            Some(dir) => dir,
            None => {
                out::eprintln(
                    "error: no unit here: run this in a unit folder, or in a folder with activities/<unit>/, or give `--unit`",
                );
                return ExitCode::from(EXIT_USAGE);
            }
        },
    };
    match create(&dir, kind, id) {
        Ok(created) => {
            out::println(&format!(
                "created {} (`{}`, a {}) and listed it in unit.toml",
                clean(&created.path.display().to_string()),
                created.id,
                kind.name()
            ));
            out::println(&format!(
                "next: edit it, then run `classwork check {}`",
                clean(&dir.display().to_string())
            ));
            ExitCode::SUCCESS
        }
        Err(e @ (StarterError::BadId(_) | StarterError::TakenId(_) | StarterError::NoUnit(_))) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::from(EXIT_USAGE)
        }
        Err(e) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Reads a kind's name, for the command line.
pub fn parse_kind(name: &str) -> Result<Kind, String> {
    Kind::ALL
        .into_iter()
        .find(|k| k.name() == name)
        .ok_or_else(|| {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
            format!("the kinds are {}", names.join(", "))
        })
}
