//! Reading a class: every hand-in folder under a folder, each sheet checked and scored
//! against the unit.
//!
//! Nothing in a class folder is fatal: a bad `handin.toml`, a bad sheet, a hand-in of
//! another unit or a file that belongs to no hand-in is reported as a diagnostic and left
//! out. When a student handed in twice, the folder exported last is kept and the other is
//! reported. Folders are read and scored on every core.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::handin::{HANDIN_FILE, Manifest, read_manifest};
use super::time::parse_rfc3339;
use crate::activity::{Activity, Unit};
use crate::answer::sheet::{AnswerSheet, load_sheet};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::{Disk, Files};
use crate::parallel::parallel_map;
use crate::scoring::{Score, score_marks};
use crate::text::clean;

/// How deep hand-in folders are looked for under the class folder.
const MAX_DEPTH: usize = 4;

/// One answer sheet of a hand-in, with its score.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredSheet {
    /// The file it was read from.
    pub path: PathBuf,
    /// The sheet as read.
    pub sheet: AnswerSheet,
    /// Its score against the unit: marks and tasks, without the explanation's words (see
    /// [`score_marks`]).
    pub score: Score,
}

/// One student's hand-in: the manifest and the sheets that loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct HandIn {
    /// The folder it was read from.
    pub folder: PathBuf,
    /// What `handin.toml` says.
    pub manifest: Manifest,
    /// `exported_at` in seconds since the epoch.
    pub exported: i64,
    /// The sheets, one per activity at most, in the unit's order.
    pub sheets: Vec<ScoredSheet>,
}

impl HandIn {
    /// The sheet for an activity, if the student handed one in.
    pub fn sheet(&self, activity: &str) -> Option<&ScoredSheet> {
        self.sheets.iter().find(|s| s.sheet.activity == activity)
    }

    /// The marks of the whole hand-in: the sum of its sheets' marks.
    pub fn total(&self) -> f64 {
        self.sheets.iter().map(|s| s.score.marks).sum()
    }
}

/// A class: the hand-ins kept, one per student, by name, and every problem met.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Class {
    /// The hand-ins, sorted by student name.
    pub hand_ins: Vec<HandIn>,
    /// Problems with files and folders, and hand-ins left out.
    pub diagnostics: Vec<Diagnostic>,
}

/// Readies the memory allocator for a program about to read a whole class (call it once,
/// before [`read_class`]).
///
/// Reading a class allocates and frees many short-lived values between the scores it
/// keeps. By default glibc hands freed memory at the top of its heaps back to the system
/// as soon as a little has gathered, then faults fresh pages in again for the next sheet;
/// over 15,000 sheets that churn took a third of the time. Keeping up to 16 MB of free
/// memory in hand stops it. Elsewhere (other C libraries, other systems) this does nothing.
pub fn make_room_for_a_class() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: `mallopt` only sets one of glibc's allocator parameters; it takes plain
    // integers, touches no memory of ours, and may be called at any time.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 16 << 20);
    }
}

/// Reads every hand-in folder under `dir` and scores its sheets against `unit`.
pub fn read_class(dir: &Path, unit: &Unit) -> Class {
    let mut folders = Vec::new();
    let mut diagnostics = Vec::new();
    find_hand_ins(dir, dir, 0, &mut folders, &mut diagnostics);
    let read: Vec<(Option<HandIn>, Vec<Diagnostic>)> = parallel_map(&folders, |folder| {
        let mut diagnostics = Vec::new();
        let hand_in = read_hand_in(folder, unit, &mut diagnostics);
        (hand_in, diagnostics)
    });
    let mut hand_ins = Vec::new();
    for (hand_in, problems) in read {
        diagnostics.extend(problems);
        hand_ins.extend(hand_in);
    }
    let (hand_ins, dropped) = keep_latest(hand_ins);
    diagnostics.extend(dropped);
    Class {
        hand_ins,
        diagnostics,
    }
}

fn shown(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

fn foreign(path: &Path, why: &str) -> Diagnostic {
    Diagnostic::warning(
        "foreign-file",
        format!("`{}` is not part of a hand-in: {why}", shown(path)),
    )
    .help(format!(
        "a hand-in is a folder with `{HANDIN_FILE}` and one answer sheet per activity"
    ))
}

/// A file or folder that is a link to somewhere outside `inside`, which is not followed.
fn outside(path: &Path, inside: &str) -> Diagnostic {
    Diagnostic::error(
        "path-outside-folder",
        format!(
            "`{}` links to somewhere outside the {inside}; left out",
            shown(path)
        ),
    )
    .help("copy the file into the folder instead of linking to it")
}

/// Collects the folders holding `handin.toml` under `dir`, within `class`; files that
/// belong to none, and links out of the class folder, are reported.
fn find_hand_ins(
    class: &Path,
    dir: &Path,
    depth: usize,
    out: &mut Vec<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if dir.join(HANDIN_FILE).is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    // The kind of each entry comes with the listing: a folder or file that is not a link,
    // in a folder inside the class, is inside it too, so only links are resolved.
    let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| (e.path(), e.file_type().ok()))
            .collect(),
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                "io",
                format!(
                    "cannot read `{}`: {}",
                    shown(dir),
                    crate::load::io_message(&e)
                ),
            ));
            return;
        }
    };
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (entry, kind) in entries {
        let plain = kind.filter(|k| !k.is_symlink());
        if plain.is_none() && !Disk.stays_inside(class, &entry) {
            diagnostics.push(outside(&entry, "class folder"));
        } else if plain.map_or_else(|| entry.is_dir(), |k| k.is_dir()) {
            if depth < MAX_DEPTH {
                find_hand_ins(class, &entry, depth + 1, out, diagnostics);
            }
        } else {
            diagnostics.push(foreign(&entry, "it is not in a folder with `handin.toml`"));
        }
    }
}

/// Reads one hand-in folder: its manifest, then each sheet, scored. `None` when the
/// manifest is bad or names another unit.
fn read_hand_in(folder: &Path, unit: &Unit, diagnostics: &mut Vec<Diagnostic>) -> Option<HandIn> {
    let manifest = folder.join(HANDIN_FILE);
    if !Disk.stays_inside(folder, &manifest) {
        diagnostics.push(outside(&manifest, "hand-in folder"));
        return None;
    }
    let file = Disk.read(&manifest).map_err(|d| diagnostics.push(d)).ok()?;
    let (manifest, exported) = read_manifest(&file, diagnostics)?;
    if manifest.unit != unit.id {
        diagnostics.push(
            Diagnostic::error(
                "other-unit",
                format!(
                    "`{}` is a hand-in of unit `{}`, not `{}`; left out",
                    shown(folder),
                    clean(&manifest.unit),
                    clean(&unit.id)
                ),
            )
            .in_file(&file)
            .help("give `--unit` the unit it was done in"),
        );
        return None;
    }
    let activities: Vec<&Activity> = unit.activities.iter().collect();
    let mut by_activity: BTreeMap<usize, (PathBuf, AnswerSheet, Option<i64>)> = BTreeMap::new();
    // The kind of each entry comes with the listing, so a plain file costs no extra look-up;
    // only links are resolved.
    let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| (e.path(), e.file_type().ok()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, kind) in entries {
        if path.file_name().is_some_and(|n| n == HANDIN_FILE) {
            continue;
        }
        let plain = kind.filter(|k| !k.is_symlink());
        if plain.is_none() && !Disk.stays_inside(folder, &path) {
            diagnostics.push(outside(&path, "hand-in folder"));
            continue;
        }
        let is_dir = plain.map_or_else(|| path.is_dir(), |k| k.is_dir());
        if is_dir || path.extension().is_none_or(|e| e != "toml") {
            diagnostics.push(foreign(&path, "a hand-in holds only `.toml` answer sheets"));
            continue;
        }
        let Some(sheet) = read_sheet(&path, &activities, diagnostics) else {
            continue;
        };
        check_student(&sheet, &manifest, &path, diagnostics);
        let Some(index) = activities.iter().position(|a| a.id == sheet.activity) else {
            continue;
        };
        let submitted = sheet.submitted.as_deref().and_then(parse_rfc3339);
        match by_activity.get(&index) {
            Some((_, _, kept)) if *kept >= submitted => {
                diagnostics.push(twice(&path, &sheet.activity));
            }
            Some(_) => {
                diagnostics.push(twice(&path, &sheet.activity));
                by_activity.insert(index, (path, sheet, submitted));
            }
            None => {
                by_activity.insert(index, (path, sheet, submitted));
            }
        }
    }
    let sheets = by_activity
        .into_iter()
        .map(|(index, (path, sheet, _))| {
            let score = score_marks(activities[index], &sheet.answer, &unit.sources);
            ScoredSheet { path, sheet, score }
        })
        .collect();
    Some(HandIn {
        folder: folder.to_path_buf(),
        manifest,
        exported,
        sheets,
    })
}

fn read_sheet(
    path: &Path,
    activities: &[&Activity],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<AnswerSheet> {
    let file: std::sync::Arc<SourceFile> = Disk.read(path).map_err(|d| diagnostics.push(d)).ok()?;
    load_sheet(&file, activities, diagnostics)
}

fn twice(path: &Path, activity: &str) -> Diagnostic {
    Diagnostic::warning(
        "duplicate-sheet",
        format!(
            "this hand-in answers `{}` twice; the sheet submitted last is kept (`{}` read)",
            clean(activity),
            shown(path)
        ),
    )
}

/// Warns when a sheet names another student than its hand-in.
fn check_student(
    sheet: &AnswerSheet,
    manifest: &Manifest,
    path: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let Some(name) = sheet.student.as_deref().map(str::trim)
        && !name.is_empty()
        && name != manifest.student
    {
        diagnostics.push(Diagnostic::warning(
            "other-student",
            format!(
                "`{}` names `{}`, but the hand-in is `{}`'s; it is counted as theirs",
                shown(path),
                clean(name),
                clean(&manifest.student)
            ),
        ));
    }
}

/// One hand-in per student (names compared without case or surrounding spaces): the one
/// exported last. Returns the kept hand-ins, by name, and a warning for each left out.
fn keep_latest(hand_ins: Vec<HandIn>) -> (Vec<HandIn>, Vec<Diagnostic>) {
    let mut kept: BTreeMap<String, HandIn> = BTreeMap::new();
    let mut dropped = Vec::new();
    for hand_in in hand_ins {
        let key = hand_in.manifest.student.to_lowercase();
        let (keep, drop) = match kept.remove(&key) {
            None => (hand_in, None),
            Some(old) if (hand_in.exported, &hand_in.folder) > (old.exported, &old.folder) => {
                (hand_in, Some(old))
            }
            Some(old) => (old, Some(hand_in)),
        };
        if let Some(drop) = drop {
            dropped.push(
                Diagnostic::warning(
                    "duplicate-hand-in",
                    format!(
                        "{} handed in twice: `{}` (exported {}) is kept, `{}` (exported {}) is left out",
                        clean(&keep.manifest.student),
                        shown(&keep.folder),
                        clean(&keep.manifest.exported_at),
                        shown(&drop.folder),
                        clean(&drop.manifest.exported_at)
                    ),
                ),
            );
        }
        kept.insert(key, keep);
    }
    (kept.into_values().collect(), dropped)
}
