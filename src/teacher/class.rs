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
use crate::scoring::{Score, score_with_sources};
use crate::text::clean;

/// How deep hand-in folders are looked for under the class folder.
const MAX_DEPTH: usize = 4;

/// One answer sheet of a hand-in, with its score.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredSheet {
    /// The file it was read from.
    pub path: PathBuf,
    /// The sheet as read (without the student's texts when the class was read with
    /// [`Keep::NoTexts`]).
    pub sheet: AnswerSheet,
    /// Its score against the unit, marks only (see [`Score::marks_only`]).
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

/// What reading a class keeps of each sheet besides its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The whole answer, for marking written work in the class view.
    Everything,
    /// The answer without what the student wrote in words (see [`Answer::forget_texts`]):
    /// the printed reports show marks, ticks and orders, never the texts, and for a large
    /// class the texts are much of its memory.
    ///
    /// [`Answer::forget_texts`]: crate::answer::Answer::forget_texts
    NoTexts,
}

/// Reads every hand-in folder under `dir` and scores its sheets against `unit`, keeping
/// every answer whole.
pub fn read_class(dir: &Path, unit: &Unit) -> Class {
    read_class_keeping(dir, unit, Keep::Everything)
}

/// Reads every hand-in folder under `dir` and scores its sheets against `unit`, keeping
/// of each answer what `keep` says.
pub fn read_class_keeping(dir: &Path, unit: &Unit, keep: Keep) -> Class {
    let mut found = Found::default();
    match list(dir) {
        Ok(entries) if holds_hand_in(&entries) => {
            found
                .hand_ins
                .extend(read_hand_in(dir, &entries, unit, keep, &mut found.reading));
        }
        // The folders of the class are looked through, and their hand-ins read, on every
        // core: a folder's listing serves both to find a hand-in and to read it.
        Ok(entries) => {
            for part in parallel_map(&entries, |entry| {
                let mut found = Found::default();
                visit_entry(dir, entry, 0, unit, keep, &mut found);
                found
            }) {
                found.append(part);
            }
        }
        Err(problem) => found.finding.push(problem),
    }
    let Found {
        hand_ins,
        mut finding,
        reading,
    } = found;
    let (hand_ins, dropped) = keep_latest(hand_ins);
    finding.extend(reading);
    finding.extend(dropped);
    Class {
        hand_ins,
        diagnostics: finding,
    }
}

/// What part of a class folder holds: its hand-ins, read and scored, and the problems met
/// finding them and reading them (reported in that order).
#[derive(Default)]
struct Found {
    hand_ins: Vec<HandIn>,
    finding: Vec<Diagnostic>,
    reading: Vec<Diagnostic>,
}

impl Found {
    fn append(&mut self, mut other: Found) {
        self.hand_ins.append(&mut other.hand_ins);
        self.finding.append(&mut other.finding);
        self.reading.append(&mut other.reading);
    }
}

/// A folder's entries, sorted by path, each with its kind as the listing gave it.
type Entries = Vec<(PathBuf, Option<std::fs::FileType>)>;

/// Lists a folder. The kind of each entry comes with the listing, so a plain file or
/// folder costs no look-up of its own; only links are resolved later.
fn list(dir: &Path) -> Result<Entries, Diagnostic> {
    let listing = std::fs::read_dir(dir).map_err(|e| {
        Diagnostic::error(
            "io",
            format!(
                "cannot read `{}`: {}",
                shown(dir),
                crate::load::io_message(&e)
            ),
        )
    })?;
    let mut entries: Entries = listing
        .flatten()
        .map(|e| (e.path(), e.file_type().ok()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(entries)
}

/// Whether a folder's entries make it a hand-in: one of them is `handin.toml`, a file
/// (or a link to one).
fn holds_hand_in(entries: &Entries) -> bool {
    entries.iter().any(|(path, kind)| {
        is_manifest(path)
            && match kind {
                Some(kind) if !kind.is_symlink() => kind.is_file(),
                _ => path.is_file(),
            }
    })
}

fn is_manifest(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == HANDIN_FILE)
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

/// Looks through one entry of a folder `depth` folders under `class`: a folder holding
/// `handin.toml` is read as a hand-in, other folders are looked through in turn, and files
/// that belong to no hand-in, and links out of the class folder, are reported.
fn visit_entry(
    class: &Path,
    (entry, kind): &(PathBuf, Option<std::fs::FileType>),
    depth: usize,
    unit: &Unit,
    keep: Keep,
    found: &mut Found,
) {
    // A folder or file that is not a link, in a folder inside the class, is inside it too.
    let plain = kind.filter(|k| !k.is_symlink());
    if plain.is_none() && !Disk.stays_inside(class, entry) {
        found.finding.push(outside(entry, "class folder"));
    } else if plain.map_or_else(|| entry.is_dir(), |k| k.is_dir()) {
        if depth < MAX_DEPTH {
            visit_folder(class, entry, depth + 1, unit, keep, found);
        }
    } else {
        found
            .finding
            .push(foreign(entry, "it is not in a folder with `handin.toml`"));
    }
}

/// Reads the folder `dir`, `depth` folders under `class`, as a hand-in if it holds one,
/// else looks through its entries.
fn visit_folder(
    class: &Path,
    dir: &Path,
    depth: usize,
    unit: &Unit,
    keep: Keep,
    found: &mut Found,
) {
    let entries = match list(dir) {
        Ok(entries) => entries,
        Err(problem) => return found.finding.push(problem),
    };
    if holds_hand_in(&entries) {
        found
            .hand_ins
            .extend(read_hand_in(dir, &entries, unit, keep, &mut found.reading));
        return;
    }
    for entry in &entries {
        visit_entry(class, entry, depth, unit, keep, found);
    }
}

/// Reads one hand-in folder: its manifest, then each sheet, scored. `None` when the
/// manifest is bad or names another unit.
fn read_hand_in(
    folder: &Path,
    entries: &Entries,
    unit: &Unit,
    keep: Keep,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<HandIn> {
    let manifest = folder.join(HANDIN_FILE);
    let is_link = entries
        .iter()
        .any(|(path, kind)| is_manifest(path) && kind.is_none_or(|k| k.is_symlink()));
    if is_link && !Disk.stays_inside(folder, &manifest) {
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
    for (path, kind) in entries {
        if is_manifest(path) {
            continue;
        }
        let plain = kind.filter(|k| !k.is_symlink());
        if plain.is_none() && !Disk.stays_inside(folder, path) {
            diagnostics.push(outside(path, "hand-in folder"));
            continue;
        }
        let is_dir = plain.map_or_else(|| path.is_dir(), |k| k.is_dir());
        if is_dir || path.extension().is_none_or(|e| e != "toml") {
            diagnostics.push(foreign(path, "a hand-in holds only `.toml` answer sheets"));
            continue;
        }
        let Some(sheet) = read_sheet(path, &activities, diagnostics) else {
            continue;
        };
        check_student(&sheet, &manifest, path, diagnostics);
        let Some(index) = activities.iter().position(|a| a.id == sheet.activity) else {
            continue;
        };
        let submitted = sheet.submitted.as_deref().and_then(parse_rfc3339);
        match by_activity.get(&index) {
            Some((_, _, kept)) if *kept >= submitted => {
                diagnostics.push(twice(path, &sheet.activity));
            }
            Some(_) => {
                diagnostics.push(twice(path, &sheet.activity));
                by_activity.insert(index, (path.clone(), sheet, submitted));
            }
            None => {
                by_activity.insert(index, (path.clone(), sheet, submitted));
            }
        }
    }
    let sheets = by_activity
        .into_iter()
        .map(|(index, (path, mut sheet, _))| {
            let score =
                score_with_sources(activities[index], &sheet.answer, &unit.sources).marks_only();
            if keep == Keep::NoTexts {
                sheet.answer.forget_texts();
            }
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
