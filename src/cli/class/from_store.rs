//! `classwork class DIR --from-store`: the class folder brought up to date from the
//! progress database first, for a class served over SSH whose work the teacher's computer
//! keeps.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::progress::open_store;
use crate::console::{EXIT_USAGE, out};
use crate::teacher::from_store::write_class;
use crate::text::{clean, count};
use crate::time::now;

/// Writes into `dir` the hand-in of each student in the progress database of the data
/// folder `data` who submitted work in the unit at `unit_path` (default: the bundled
/// unit), saying how many; the exit code when it cannot.
pub fn gather(dir: &Path, unit_path: Option<&Path>, data: Option<&Path>) -> Result<(), ExitCode> {
    let fail = |message: String| {
        out::eprintln(&format!("error: {message}"));
        ExitCode::from(EXIT_USAGE)
    };
    let loaded = crate::console::open_to_work_on(unit_path)?;
    let Some(unit) = loaded.into_unit("Activities") else {
        return Err(fail(
            "no unit loaded; give `--unit` a unit folder or activity files".into(),
        ));
    };
    let store = open_store(data).map_err(|e| fail(e.to_string()))?;
    let written = write_class(&store, &unit.id, dir, now()).map_err(fail)?;
    let sheets: usize = written.iter().map(|w| w.sheets).sum();
    out::eprintln(&format!(
        "{} ({}) brought up to date from the progress database in `{}`",
        count(written.len(), "hand-in"),
        count(sheets, "sheet"),
        clean(&dir.display().to_string())
    ));
    Ok(())
}
