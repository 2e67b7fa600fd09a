//! The sheets `classwork mark` marks: one answer sheet, or every sheet of a hand-in folder,
//! each with the student whose marks they are.

use std::path::{Path, PathBuf};

use crate::activity::{Activity, Unit};
use crate::answer::MARKS_FILE;
use crate::answer::sheet::{AnswerSheet, load_sheet};
use crate::diagnostic::Diagnostic;
use crate::load::{Disk, Files};
use crate::teacher::handin::{HANDIN_FILE, student_of};
use crate::text::clean;

/// A sheet on disk, read and checked, and whose it is.
pub(super) struct Target {
    /// The sheet's file.
    pub(super) path: PathBuf,
    /// The sheet as read.
    pub(super) sheet: AnswerSheet,
    /// The student the marks are kept under: the hand-in's, else the sheet's.
    pub(super) student: String,
}

/// A path as shown.
pub(super) fn shown(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

fn read_target(
    path: &Path,
    unit: &Unit,
    owner: Option<&str>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Target> {
    let activities: Vec<&Activity> = unit.activities.iter().collect();
    let file = Disk.read(path).map_err(|d| diagnostics.push(d)).ok()?;
    let sheet = load_sheet(&file, &activities, diagnostics)?;
    let named = sheet
        .student
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let Some(student) = owner.or(named).map(str::to_string) else {
        diagnostics.push(Diagnostic::error(
            "no-student",
            format!(
                "`{}` names no student, and marks are kept by student; it is not marked",
                shown(path)
            ),
        ));
        return None;
    };
    Some(Target {
        path: path.to_path_buf(),
        sheet,
        student,
    })
}

/// The sheets at `path` (the file, or every sheet of the hand-in folder) and the work
/// they are part of: the hand-in folder, or the sheet when it is in none.
pub(super) fn targets(
    path: &Path,
    unit: &Unit,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Target>, PathBuf) {
    if !path.is_dir() {
        let folder = path.parent().unwrap_or(Path::new("."));
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        let owner = student_of(folder, diagnostics);
        let work = if owner.is_some() { folder } else { path };
        let found = read_target(path, unit, owner.as_deref(), diagnostics);
        return (found.into_iter().collect(), work.to_path_buf());
    }
    let owner = student_of(path, diagnostics);
    let mut found = Vec::new();
    for p in Disk.toml_files(path) {
        let name = p.file_name();
        if name.is_some_and(|n| n == HANDIN_FILE) {
            continue;
        }
        if name.is_some_and(|n| n == MARKS_FILE) {
            diagnostics.push(Diagnostic::warning(
                "marks-not-read",
                format!("`{}` is not read: a hand-in cannot carry marks", shown(&p)),
            ));
            continue;
        }
        if !Disk.stays_inside(path, &p) {
            diagnostics.push(Diagnostic::error(
                "path-outside-folder",
                format!(
                    "`{}` links to somewhere outside the hand-in folder; it is not marked",
                    shown(&p)
                ),
            ));
            continue;
        }
        found.extend(read_target(&p, unit, owner.as_deref(), diagnostics));
    }
    (found, path.to_path_buf())
}
