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

/// What `new` makes: a unit, or an activity of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// A unit folder.
    Unit,
    /// An activity of this kind.
    Activity(Kind),
}

/// Reads `unit` or a kind's name, for the command line.
pub fn parse_what(name: &str) -> Result<What, String> {
    if name == "unit" {
        return Ok(What::Unit);
    }
    Kind::ALL
        .into_iter()
        .find(|k| k.name() == name)
        .map(What::Activity)
        .ok_or_else(|| {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
            let all = std::iter::once("unit").chain(names.iter().copied());
            let meant = crate::diagnostic::closest(name, all);
            let list = format!("use `unit` or a kind: {}", names.join(", "));
            match meant {
                Some(meant) => format!("did you mean `{meant}`? ({list})"),
                None => list,
            }
        })
}

/// Runs `new unit DIR` or `new KIND`.
pub fn dispatch(
    what: What,
    name: Option<&Path>,
    unit: Option<&Path>,
    id: Option<&str>,
) -> ExitCode {
    match (what, name) {
        (What::Unit, Some(dir)) => new_unit(dir),
        (What::Unit, None) => {
            out::eprintln("error: name the unit folder to make: `classwork new unit DIR`");
            ExitCode::from(EXIT_USAGE)
        }
        (What::Activity(kind), None) => run(kind, unit, id),
        (What::Activity(_), Some(extra)) => {
            out::eprintln(&format!(
                "error: unexpected `{}`: give the unit with `--unit`",
                clean(&extra.display().to_string())
            ));
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn new_unit(dir: &Path) -> ExitCode {
    match crate::teacher::new_unit::create_unit(dir) {
        Ok(created) => {
            let shown = clean(&dir.display().to_string()).into_owned();
            out::println(&format!(
                "created the unit {shown}: unit.toml, sources.toml, schemas/ and {}",
                clean(&created.path.display().to_string())
            ));
            out::println(&format!(
                "next: `classwork new KIND --unit {shown}` adds an activity; `classwork check {shown}` checks them"
            ));
            ExitCode::SUCCESS
        }
        Err(e @ StarterError::Exists(_)) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::from(EXIT_USAGE)
        }
        Err(e) => {
            out::eprintln(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Writes the JSON Schemas into `unit` (default: the current folder).
pub fn schema(unit: Option<&Path>) -> ExitCode {
    let dir = unit.map_or_else(|| std::path::PathBuf::from("."), Path::to_path_buf);
    match crate::teacher::new_unit::write_schemas(&dir) {
        Ok(out) => {
            out::println(&format!(
                "wrote activity, unit and sources schemas to {}",
                clean(&out.display().to_string())
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            out::eprintln(&format!(
                "error: cannot write the schemas into `{}`: {}",
                clean(&dir.display().to_string()),
                crate::load::io_message(&e)
            ));
            ExitCode::FAILURE
        }
    }
}
