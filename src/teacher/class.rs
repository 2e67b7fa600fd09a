//! Reading a class: every hand-in folder under a folder, each sheet checked and scored
//! against the unit.
//!
//! Nothing in a class folder is fatal: a bad `handin.toml`, a bad sheet, a hand-in of
//! another unit or a file that belongs to no hand-in is reported as a diagnostic and left
//! out. The teacher's marks come from the class's marks file ([`super::marks`]), never from
//! the hand-ins. When a student handed in more than once, only the folder the teacher chose
//! in the marks file counts; until then none does, and the conflict is reported. Folders
//! are read and scored on every core.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::handin::{HANDIN_FILE, Manifest, read_manifest};
use super::marks::{Marks, class_marks};
use crate::activity::{Activity, Unit};
use crate::answer::MARKS_FILE;
use crate::answer::sheet::{AnswerSheet, load_sheet};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::{Disk, Files};
use crate::parallel::parallel_map;
use crate::scoring::{Detail, Score};
use crate::text::clean;
use crate::time::parse_rfc3339;
use one_each::one_each;

mod one_each;
mod problems;

use problems::{foreign, linked_folder, marks_not_read, outside, shown, twice};

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
    /// Its score against the unit, marks only (see [`Detail::MarksOnly`]).
    pub score: Score,
}

/// One student's hand-in: the manifest and the sheets that loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct HandIn {
    /// The folder it was read from.
    pub folder: PathBuf,
    /// What `handin.toml` says.
    pub manifest: Manifest,
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
    /// The teacher's marks file the marks were read from, and where new ones go.
    pub marks: PathBuf,
    /// The class list (`class.toml`), when the class folder has one.
    pub roster: Option<super::roster::Roster>,
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
/// of each answer what `keep` says, with the teacher's marks of the class's marks file
/// ([`class_marks`]).
pub fn read_class_keeping(dir: &Path, unit: &Unit, keep: Keep) -> Class {
    read_class_marked(dir, unit, keep, &class_marks(dir))
}

/// Reads every hand-in folder under `dir` and scores its sheets against `unit`, keeping
/// of each answer what `keep` says, with the teacher's marks of the marks file `marks`.
pub fn read_class_marked(dir: &Path, unit: &Unit, keep: Keep, marks: &Path) -> Class {
    let (marks, mut found) = {
        let (marks, problems) = super::marks::read(marks);
        let found = Found {
            finding: problems,
            ..Found::default()
        };
        (marks, found)
    };
    match list(dir) {
        Ok(entries) if holds_hand_in(&entries) => {
            found.hand_ins.extend(read_hand_in(
                dir,
                &entries,
                unit,
                keep,
                &marks,
                &mut found.reading,
            ));
        }
        // The folders of the class are looked through, and their hand-ins read, on every
        // core: a folder's listing serves both to find a hand-in and to read it.
        Ok(entries) => {
            for part in parallel_map(&entries, |entry| {
                let mut found = Found::default();
                visit_entry(dir, entry, 0, unit, keep, &marks, &mut found);
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
    let mut marking = BTreeMap::new();
    let hand_ins = hand_ins
        .into_iter()
        .map(|(hand_in, problems)| {
            marking.insert(hand_in.folder.clone(), problems);
            hand_in
        })
        .collect();
    let (hand_ins, dropped) = one_each(hand_ins, dir, &marks);
    finding.extend(reading);
    // The problems with the marks of a hand-in that does not count would only confuse.
    for hand_in in &hand_ins {
        finding.extend(marking.remove(&hand_in.folder).unwrap_or_default());
    }
    finding.extend(dropped);
    let (roster, problems) = super::roster::read(dir);
    finding.extend(problems);
    if let Some(roster) = &roster {
        finding.extend(super::roster::not_on_list(&hand_ins, roster, dir));
    }
    Class {
        hand_ins,
        diagnostics: finding,
        marks: marks.path,
        roster,
    }
}

/// What part of a class folder holds: its hand-ins, read and scored, each with the problems
/// met giving it the teacher's marks, and the problems met finding them and reading them
/// (reported in that order).
#[derive(Default)]
struct Found {
    hand_ins: Vec<(HandIn, Vec<Diagnostic>)>,
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

fn is_marks(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == MARKS_FILE)
}

/// Looks through one entry of a folder `depth` folders under `class`: a folder holding
/// `handin.toml` is read as a hand-in, other folders are looked through in turn, and files
/// that belong to no hand-in, and links to folders (out of the class folder or in it), are
/// reported.
fn visit_entry(
    class: &Path,
    (entry, kind): &(PathBuf, Option<std::fs::FileType>),
    depth: usize,
    unit: &Unit,
    keep: Keep,
    marks: &Marks,
    found: &mut Found,
) {
    // A folder or file that is not a link, in a folder inside the class, is inside it too.
    let plain = kind.filter(|k| !k.is_symlink());
    if plain.is_none() && !Disk.stays_inside(class, entry) {
        found.finding.push(outside(entry, "class folder"));
    } else if plain.is_none() && entry.is_dir() {
        // The folder it leads to is in the class folder, and is read under its own name.
        found.finding.push(linked_folder(entry));
    } else if plain.is_some_and(|k| k.is_dir()) {
        if depth < MAX_DEPTH {
            visit_folder(class, entry, depth + 1, unit, keep, marks, found);
        }
    } else if depth == 0
        && entry
            .file_name()
            .is_some_and(|n| n == super::roster::ROSTER_FILE)
    {
        // The class list, read on its own.
    } else if is_marks(entry) {
        // The class's own marks file is at its top; one anywhere else is not read.
        if depth > 0 {
            found.finding.push(marks_not_read(
                entry,
                "it is not at the top of the class folder",
            ));
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
    marks: &Marks,
    found: &mut Found,
) {
    let entries = match list(dir) {
        Ok(entries) => entries,
        Err(problem) => return found.finding.push(problem),
    };
    if holds_hand_in(&entries) {
        found.hand_ins.extend(read_hand_in(
            dir,
            &entries,
            unit,
            keep,
            marks,
            &mut found.reading,
        ));
        return;
    }
    for entry in &entries {
        visit_entry(class, entry, depth, unit, keep, marks, found);
    }
}

/// Reads one hand-in folder: its manifest, then each sheet, given the teacher's marks in
/// `marks` and scored. Returns it with the problems met giving it the marks; `None` when
/// the manifest is bad or names another unit.
fn read_hand_in(
    folder: &Path,
    entries: &Entries,
    unit: &Unit,
    keep: Keep,
    marks: &Marks,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(HandIn, Vec<Diagnostic>)> {
    let manifest = folder.join(HANDIN_FILE);
    let is_link = entries
        .iter()
        .any(|(path, kind)| is_manifest(path) && kind.is_none_or(|k| k.is_symlink()));
    if is_link && !Disk.stays_inside(folder, &manifest) {
        diagnostics.push(outside(&manifest, "hand-in folder"));
        return None;
    }
    let file = Disk.read(&manifest).map_err(|d| diagnostics.push(d)).ok()?;
    let manifest = read_manifest(&file, diagnostics)?;
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
        if is_marks(path) {
            diagnostics.push(marks_not_read(path, "a hand-in cannot carry marks"));
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
    let mut marking = Vec::new();
    let sheets = by_activity
        .into_iter()
        .map(|(index, (path, mut sheet, _))| {
            let activity = activities[index];
            let score = marks
                .final_score(
                    &manifest.student,
                    activity,
                    &mut sheet.answer,
                    &unit.sources,
                    Detail::MarksOnly,
                    &mut marking,
                )
                .score;
            if keep == Keep::NoTexts {
                sheet.answer.forget_texts();
            }
            ScoredSheet { path, sheet, score }
        })
        .collect();
    let hand_in = HandIn {
        folder: folder.to_path_buf(),
        manifest,
        sheets,
    };
    Some((hand_in, marking))
}

fn read_sheet(
    path: &Path,
    activities: &[&Activity],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<AnswerSheet> {
    let file: std::sync::Arc<SourceFile> = Disk.read(path).map_err(|d| diagnostics.push(d)).ok()?;
    load_sheet(&file, activities, diagnostics)
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
