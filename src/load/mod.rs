//! Loading units and activity files, collecting every problem as a diagnostic.
//!
//! One broken file never stops the others: each is read, parsed and validated on its own,
//! and the ones that load are returned with the diagnostics of the ones that did not.

mod depth;
mod files;
mod parse;
mod recover;
mod unit;
mod wording;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use files::{Disk, Embedded, Files, io_message};
pub use parse::{MAX_FILE_BYTES, MAX_NESTING, Recovered, Versioned, decode, parse, parse_all};
pub use unit::load_unit;

use crate::activity::raw::{RawActivity, RawSources, RawUnit, Spanned};
use crate::activity::validate::{Ctx, SourceIds, validate_activity, validate_sources};
use crate::activity::{Activity, Source, Unit};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::parallel::parallel_map;

impl Versioned for RawActivity {
    fn schema_version(&self) -> &Spanned<i64> {
        &self.schema_version
    }
}

impl Versioned for RawUnit {
    fn schema_version(&self) -> &Spanned<i64> {
        &self.schema_version
    }
}

impl Versioned for RawSources {
    fn schema_version(&self) -> &Spanned<i64> {
        &self.schema_version
    }
}

/// What loading found: the units and loose activities that loaded, and every problem.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Units that loaded (possibly with some of their activities left out).
    pub units: Vec<Unit>,
    /// Activity files loaded on their own, outside a unit.
    pub activities: Vec<Activity>,
    /// Sources of the folders loose activities came from.
    pub sources: Vec<Source>,
    /// Every problem found, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were read.
    pub files: usize,
}

impl Loaded {
    fn absorb(&mut self, other: Loaded) {
        self.units.extend(other.units);
        self.activities.extend(other.activities);
        for source in other.sources {
            if !self.sources.iter().any(|s| s.id == source.id) {
                self.sources.push(source);
            }
        }
        self.diagnostics.extend(other.diagnostics);
        self.files += other.files;
    }

    /// Whether any error was found.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Something to play: the first unit, or the loose activities gathered into one unit
    /// (titled after the activity when there is one, else `name`); `None` when nothing loaded.
    pub fn into_unit(self, name: &str) -> Option<Unit> {
        if let Some(unit) = self.units.into_iter().next() {
            return Some(unit);
        }
        let title = match self.activities.as_slice() {
            [] => return None,
            [one] => one.title.clone(),
            _ => name.to_string(),
        };
        Some(Unit {
            id: "activities".into(),
            title,
            description: None,
            activities: self.activities,
            sources: self.sources,
            exam: None,
        })
    }
}

/// Name of a unit's index file.
pub const UNIT_FILE: &str = "unit.toml";
/// Name of a unit's sources file.
pub const SOURCES_FILE: &str = "sources.toml";

/// Loads whatever `path` is: a unit folder, a folder of units or activity files, a
/// `unit.toml`, or one activity file.
pub fn load_path(path: &Path) -> Loaded {
    if path.is_dir() {
        if Disk.has_file(&path.join(UNIT_FILE)) {
            return load_unit(&Disk, path);
        }
        let mut loaded = Loaded::default();
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for entry in entries {
            if entry.is_dir() && Disk.has_file(&entry.join(UNIT_FILE)) {
                loaded.absorb(load_unit(&Disk, &entry));
            } else if entry.extension().is_some_and(|e| e == "toml")
                && entry.file_name().is_some_and(|n| n != SOURCES_FILE)
            {
                loaded.absorb(load_loose_activity(&entry));
            }
        }
        return loaded;
    }
    if path.file_name().is_some_and(|n| n == UNIT_FILE) {
        return load_unit(&Disk, path.parent().unwrap_or(Path::new(".")));
    }
    if !path.exists() {
        let mut loaded = Loaded::default();
        loaded.diagnostics.push(Diagnostic::error(
            "io",
            format!("cannot read `{}`: no such file or folder", path.display()),
        ));
        return loaded;
    }
    if path.file_name().is_some_and(|n| n == SOURCES_FILE) {
        let mut loaded = Loaded {
            files: 1,
            ..Loaded::default()
        };
        load_sources(&Disk, path, &mut loaded.diagnostics);
        return loaded;
    }
    load_loose_activity(path)
}

/// The folder a unit or activity path names: the path itself for a folder, else the folder
/// the file is in (the current folder for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        _ if path.is_dir() => path.to_path_buf(),
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// What opening `path` to work on gives: what [`load_path`] gives, except that an activity
/// file its folder's unit lists is that unit with this activity alone, so work done on it
/// is kept, handed in and marked with the unit's. Only the file's own problems are said.
pub fn load_to_work_on(path: &Path) -> Loaded {
    let loose = load_path(path);
    let ([activity], Some(dir)) = (loose.activities.as_slice(), path.parent()) else {
        return loose;
    };
    if !path.is_file() || !Disk.has_file(&dir.join(UNIT_FILE)) {
        return loose;
    }
    let Some(mut unit) = load_unit(&Disk, dir).units.pop() else {
        return loose;
    };
    let listed = |a: &Activity| a.id == activity.id && a.content_hash == activity.content_hash;
    if !unit.activities.iter().any(listed) {
        return loose;
    }
    unit.activities.retain(listed);
    Loaded {
        units: vec![unit],
        activities: Vec::new(),
        sources: Vec::new(),
        ..loose
    }
}

/// Loads one activity file, with the sources of its folder's `sources.toml` if there is one.
fn load_loose_activity(path: &Path) -> Loaded {
    let mut loaded = Loaded {
        files: 1,
        ..Loaded::default()
    };
    let sources_path = path.with_file_name(SOURCES_FILE);
    let read = if Disk.has_file(&sources_path) {
        loaded.files += 1;
        read_sources(&Disk, &sources_path, &mut loaded.diagnostics)
    } else {
        SourcesRead::none()
    };
    let ids = read.ids();
    let diagnostics = &mut loaded.diagnostics;
    if let Some(a) = load_with_sources(&Disk, path, &read.sources, &ids, diagnostics) {
        loaded.activities.push(a);
    }
    loaded
        .diagnostics
        .extend(read.unchecked_note(loaded.activities.iter()));
    loaded.sources = read.sources;
    loaded
}

/// Reads, parses and validates one activity file.
pub fn load_activity(
    files: &dyn Files,
    path: &Path,
    sources: &SourceIds,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Activity> {
    let file = read(files, path, diagnostics)?;
    activity_from(&file, sources, diagnostics)
}

/// Reads, parses and validates an activity with the sources it may use; names the sources
/// its rows, cards and items stand for, and checks its evidence quotes against them.
fn load_with_sources(
    files: &dyn Files,
    path: &Path,
    sources: &[Source],
    ids: &SourceIds,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Activity> {
    let parsed = read_and_parse(files, path)
        .map_err(|d| diagnostics.push(d))
        .ok()?;
    finish(parsed, sources, ids, diagnostics)
}

/// An activity file read and parsed, not yet validated.
struct Parsed {
    file: Arc<SourceFile>,
    parsed: Recovered<RawActivity>,
}

fn read_and_parse(files: &dyn Files, path: &Path) -> Result<Parsed, Diagnostic> {
    let file = files.read(path)?;
    let parsed = parse_all::<RawActivity>(&file);
    Ok(Parsed { file, parsed })
}

/// Fewest files worth parsing on several threads: below it, starting threads costs more
/// time (and memory) than it saves.
const PARALLEL_FROM: usize = 32;

/// Reads and parses activity files, in order; a large unit on every core, since parsing is
/// most of the cost of loading it.
fn parse_many(files: &dyn Files, paths: &[PathBuf]) -> Vec<Result<Parsed, Diagnostic>> {
    if paths.len() < PARALLEL_FROM {
        return paths.iter().map(|p| read_and_parse(files, p)).collect();
    }
    parallel_map(paths, |p| read_and_parse(files, p))
}

/// Validates a parsed activity and checks its evidence quotes.
fn finish(
    parsed: Parsed,
    sources: &[Source],
    ids: &SourceIds,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Activity> {
    let Parsed { file, parsed } = parsed;
    let activity = validated(&file, parsed, ids, diagnostics)?;
    let mut ctx = Ctx::new(&file, ids);
    check_evidence_quotes(&activity, sources, &mut ctx);
    diagnostics.extend(ctx.finish());
    Some(activity)
}

/// Parses and validates activity text already read.
pub fn activity_from(
    file: &Arc<SourceFile>,
    sources: &SourceIds,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Activity> {
    validated(file, parse_all::<RawActivity>(file), sources, diagnostics)
}

/// Validates what parsing gave; the parse's problems come first. A file with shape errors
/// is checked through (they were repaired) but stays in error, and what validation says
/// about a repaired place is left out: it follows from the shape error.
fn validated(
    file: &Arc<SourceFile>,
    mut parsed: Recovered<RawActivity>,
    sources: &SourceIds,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Activity> {
    let failed = !parsed.problems.is_empty();
    diagnostics.append(&mut parsed.problems);
    let raw = parsed.value.take()?;
    let mut found = Vec::new();
    let activity = validate_activity(raw, file, sources, &mut found);
    diagnostics.extend(found.into_iter().filter(|d| !parsed.follows_on(d)));
    activity.filter(|_| !failed)
}

fn read(
    files: &dyn Files,
    path: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Arc<SourceFile>> {
    files.read(path).map_err(|d| diagnostics.push(d)).ok()
}

fn load_sources(files: &dyn Files, path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<Source> {
    read_sources(files, path, diagnostics).sources
}

/// A `sources.toml` as read: its sources, the file, and whether its shape had errors.
struct SourcesRead {
    /// The sources, empty when the file could not be read.
    sources: Vec<Source>,
    /// The file, when it could be read.
    file: Option<Arc<SourceFile>>,
    /// The file could not be read or parsed: references to sources cannot be checked.
    failed: bool,
}

impl SourcesRead {
    /// No `sources.toml`.
    fn none() -> Self {
        Self {
            sources: Vec::new(),
            file: None,
            failed: false,
        }
    }

    /// What activities may refer to: the sources' ids, or no checking when they are unknown.
    fn ids(&self) -> SourceIds {
        if self.failed {
            SourceIds::unread()
        } else {
            SourceIds::of(&self.sources)
        }
    }

    /// When the sources could not be read, one note for the activities that refer to them
    /// (each would otherwise get an error of its own for every source it names).
    fn unchecked_note<'a>(
        &self,
        activities: impl Iterator<Item = &'a Activity>,
    ) -> Option<Diagnostic> {
        if !self.failed {
            return None;
        }
        let n = activities
            .filter(|a| !a.referenced_sources().is_empty())
            .count();
        let note = Diagnostic::note(
            "sources-not-checked",
            match n {
                1 => "1 activity was not checked against its sources".to_string(),
                n => format!("{n} activities were not checked against their sources"),
            },
        )
        .help(format!(
            "fix the errors in `{SOURCES_FILE}` and check again"
        ));
        (n > 0).then(|| match &self.file {
            Some(file) => note.in_file(file),
            None => note,
        })
    }
}

/// Reads a `sources.toml`: every problem of its shape is reported, then its sources are
/// checked, unless the shape had errors.
fn read_sources(files: &dyn Files, path: &Path, diagnostics: &mut Vec<Diagnostic>) -> SourcesRead {
    let Some(file) = read(files, path, diagnostics) else {
        return SourcesRead {
            failed: true,
            ..SourcesRead::none()
        };
    };
    let mut parsed = parse_all::<RawSources>(&file);
    let failed = !parsed.problems.is_empty();
    diagnostics.append(&mut parsed.problems);
    let Some(raw) = parsed.value.take() else {
        return SourcesRead {
            sources: Vec::new(),
            file: Some(file),
            failed: true,
        };
    };
    let none = SourceIds::new();
    let mut ctx = Ctx::new(&file, &none);
    let sources = validate_sources(&mut ctx, raw);
    diagnostics.extend(ctx.finish().into_iter().filter(|d| !parsed.follows_on(d)));
    SourcesRead {
        sources: if failed { Vec::new() } else { sources },
        file: Some(file),
        failed,
    }
}

/// Warns about sort rows whose listed evidence is not words of their source: students
/// quoting the source could never match it.
fn check_evidence_quotes(activity: &Activity, sources: &[Source], ctx: &mut Ctx<'_>) {
    let crate::activity::Body::Sort(sort) = &activity.body else {
        return;
    };
    for row in &sort.rows {
        let Some(text) = row
            .source
            .as_deref()
            .and_then(|id| sources.iter().find(|s| s.id == id))
            .and_then(|s| s.text.as_deref())
        else {
            continue;
        };
        for quote in row
            .evidence
            .iter()
            .filter(|q| !crate::text::is_quote_of(q, text))
        {
            let at = ctx.find_in(0..usize::MAX, quote);
            ctx.push(
                Diagnostic::warning("evidence-not-in-source", format!("the evidence for row `{}` is not words of its source", row.id))
                    .at(at)
                    .label("students quoting the source cannot match this")
                    .help("copy the words exactly from the source's `text` (case and punctuation do not matter)"),
            );
        }
    }
}
