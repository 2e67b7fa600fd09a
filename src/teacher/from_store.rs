//! A class folder from a progress database: each student's hand-in, as `classwork export
//! answers` writes one, for a class whose work is kept on the teacher's computer (served
//! over SSH with `classwork serve`). `classwork class` then reads, marks and returns it as
//! any class folder.

use std::path::{Path, PathBuf};

use super::gather::{GatheredHandIn, hand_in};
use super::handin::{HANDIN_FILE, student_of, write_handin};
use crate::store::Store;

/// One student's hand-in written from the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The student's name.
    pub student: String,
    /// Where the hand-in is.
    pub folder: PathBuf,
    /// How many sheets it holds.
    pub sheets: usize,
}

/// Writes, in `dir`, the hand-in of every student in `store` who submitted work in the unit
/// `unit` (practice left out), each in a folder named after them; a folder already holding
/// the same student's hand-in is brought up to date, one holding another's is left alone.
/// Returns what was written, or why it could not be.
pub fn write_class(
    store: &Store,
    unit: &str,
    dir: &Path,
    now: i64,
) -> Result<Vec<Written>, String> {
    let mut written = Vec::new();
    let mut taken: Vec<PathBuf> = Vec::new();
    for profile in store.profiles().map_err(|e| e.to_string())? {
        let GatheredHandIn {
            manifest, sheets, ..
        } = hand_in(store, &profile, unit, now).map_err(|e| e.to_string())?;
        if sheets.is_empty() {
            continue;
        }
        let folder = folder_for(dir, &profile.name, &taken);
        taken.push(folder.clone());
        write_handin(&folder, &manifest, &sheets)
            .map_err(|e| format!("cannot write `{}`: {e}", folder.display()))?;
        written.push(Written {
            student: profile.name.clone(),
            folder,
            sheets: sheets.len(),
        });
    }
    Ok(written)
}

/// The folder in `dir` for `student`'s hand-in: their name made safe for a file name
/// (`Ada Lovelace` → `ada-lovelace`), with a number after it when another student's
/// hand-in, or one written just now, has that name.
fn folder_for(dir: &Path, student: &str, taken: &[PathBuf]) -> PathBuf {
    let mut stem: String = student
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    while stem.contains("--") {
        stem = stem.replace("--", "-");
    }
    let stem = match stem.trim_matches('-') {
        "" => "student",
        s => s,
    }
    .to_string();
    let free = |folder: &Path| {
        if taken.iter().any(|t| t == folder) {
            return false;
        }
        if !folder.join(HANDIN_FILE).exists() {
            return !folder.exists() || folder.is_dir();
        }
        let mut ignored = Vec::new();
        student_of(folder, &mut ignored).is_some_and(|s| s.eq_ignore_ascii_case(student.trim()))
    };
    (1..)
        .map(|n| match n {
            1 => dir.join(&stem),
            n => dir.join(format!("{stem}-{n}")),
        })
        .find(|f| free(f))
        .unwrap_or_else(|| dir.join(stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_named_after_the_student_and_never_shared() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let here = dir.path();
        assert_eq!(
            folder_for(here, "Ada Lovelace", &[]),
            here.join("ada-lovelace")
        );
        assert_eq!(folder_for(here, "  ../..  ", &[]), here.join("student"));
        assert_eq!(folder_for(here, "Zoë O'Neil", &[]), here.join("zoë-o-neil"));
        let first = here.join("ada-lovelace");
        assert_eq!(
            folder_for(here, "ada  lovelace", &[first]),
            here.join("ada-lovelace-2")
        );
    }
}
