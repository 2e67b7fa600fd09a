//! A class folder from a progress database: each student's hand-in, as `classwork export
//! answers` writes one, for a class whose work is kept on the teacher's computer (served
//! over SSH with `classwork serve`). `classwork class` then reads, marks and returns it as
//! any class folder.

use std::path::{Path, PathBuf};

use super::gather::{GatheredHandIn, hand_in};
use super::handin::{HANDIN_FILE, student_of, write_handin, write_sheets};
use crate::store::{Profile, Store};

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
    let stem = file_stem(student);
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

/// A student's name made safe for a file name: `Ada Lovelace` → `ada-lovelace`.
fn file_stem(student: &str) -> String {
    let mut stem: String = student
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    while stem.contains("--") {
        stem = stem.replace("--", "-");
    }
    match stem.trim_matches('-') {
        "" => "student",
        s => s,
    }
    .to_string()
}

/// Keeps a copy of what `profile` saved, before the profile is deleted: in a new folder
/// of `dir` named after them, for each unit they worked in, their hand-in (`<unit>/`, as
/// `classwork export answers` writes it) and the drafts they had not handed in
/// (`<unit>-drafts/<activity>.toml`, answer sheets too). Practice is left out: it only
/// repeats handed-in work. Returns the folder, or `None` when there was nothing to keep.
pub fn keep_work(
    store: &Store,
    profile: &Profile,
    dir: &Path,
    now: i64,
) -> Result<Option<PathBuf>, String> {
    let mut units = Vec::new();
    for unit in store.profile_units(profile).map_err(|e| e.to_string())? {
        let handed_in = hand_in(store, profile, &unit, now).map_err(|e| e.to_string())?;
        let drafts: Vec<(String, String)> = store
            .unit_drafts(profile, &unit)
            .map_err(|e| e.to_string())?
            .into_iter()
            .filter(|(_, d)| !d.practice)
            .map(|(id, d)| (id, d.answer))
            .collect();
        if !handed_in.sheets.is_empty() || !drafts.is_empty() {
            units.push((unit, handed_in, drafts));
        }
    }
    if units.is_empty() {
        return Ok(None);
    }
    let stem = file_stem(&profile.name);
    let folder = (1..)
        .map(|n| match n {
            1 => dir.join(&stem),
            n => dir.join(format!("{stem}-{n}")),
        })
        .find(|f| !f.exists())
        .unwrap_or_else(|| dir.join(stem));
    let cannot = |e: std::io::Error| format!("cannot write `{}`: {e}", folder.display());
    for (unit, handed_in, drafts) in units {
        let unit_stem = file_stem(&unit);
        if !handed_in.sheets.is_empty() {
            write_handin(
                &folder.join(&unit_stem),
                &handed_in.manifest,
                &handed_in.sheets,
            )
            .map_err(cannot)?;
        }
        if !drafts.is_empty() {
            write_sheets(&folder.join(format!("{unit_stem}-drafts")), &drafts).map_err(cannot)?;
        }
    }
    Ok(Some(folder))
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
