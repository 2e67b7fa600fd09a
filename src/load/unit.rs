//! Loading a unit folder: `unit.toml`, `sources.toml` and the activity files it lists, each
//! kept inside the folder.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use super::{
    Files, Loaded, SOURCES_FILE, SourcesRead, UNIT_FILE, finish, parse, parse_many, read,
    read_sources,
};
use crate::activity::raw::{RawUnit, Spanned};
use crate::activity::validate::{Ctx, SourceIds, exam_day, validate_unit_header};
use crate::activity::{Activity, Source, Unit};
use crate::diagnostic::{Diagnostic, SourceFile, closest};

/// Warns about sources no activity of the unit shows or refers to.
fn check_sources_used(
    file: &Arc<SourceFile>,
    sources: &[Source],
    activities: &[Activity],
) -> Vec<Diagnostic> {
    let none = SourceIds::new();
    let mut ctx = Ctx::new(file, &none);
    for source in sources {
        let used = activities
            .iter()
            .any(|a| a.referenced_sources().contains(&source.id.as_str()));
        if !used {
            let at = ctx.find_in(0..file.text.len(), &source.id);
            ctx.push(
                Diagnostic::warning("unused-source", format!("no activity uses `{}`", source.id))
                    .at(at)
                    .help("list it in an activity's `sources`, or refer to it from a row, card, item or event"),
            );
        }
    }
    ctx.finish()
}

/// Loads a unit folder: `unit.toml`, `sources.toml` and each activity it lists, in order.
pub fn load_unit(files: &dyn Files, dir: &Path) -> Loaded {
    let mut loaded = Loaded {
        files: 1,
        ..Loaded::default()
    };
    let diagnostics = &mut loaded.diagnostics;
    let unit_path = dir.join(UNIT_FILE);
    let Some(unit_file) = read(files, &unit_path, diagnostics) else {
        return loaded;
    };
    let raw = match parse::<RawUnit>(&unit_file) {
        Ok(raw) => raw,
        Err(d) => {
            diagnostics.push(d);
            return loaded;
        }
    };
    let sources_path = dir.join(SOURCES_FILE);
    let linked_out = files.has_file(&sources_path) && !files.stays_inside(dir, &sources_path);
    if linked_out {
        diagnostics.push(
            Diagnostic::error(
                "path-outside-unit",
                format!("`{SOURCES_FILE}` links to a file outside the unit folder"),
            )
            .in_file(&unit_file)
            .help("copy the file into the unit folder instead of linking to it"),
        );
    }
    let read = if files.has_file(&sources_path) && !linked_out {
        loaded.files += 1;
        read_sources(files, &sources_path, diagnostics)
    } else {
        SourcesRead::none()
    };
    let ids = read.ids();
    let sources = &read.sources;
    let none = SourceIds::new();
    let mut ctx = Ctx::new(&unit_file, &none);
    let listed = validate_unit_header(&mut ctx, &raw);
    let exam = exam_day(&mut ctx, &raw);
    let mut found: Vec<(&Spanned<String>, PathBuf)> = Vec::new();
    for entry in &listed {
        let Some(path) = safe_join(&mut ctx, files, dir, entry) else {
            continue;
        };
        if !files.has_file(&path) {
            ctx.push(
                Diagnostic::error(
                    "missing-file",
                    format!("`{}` is listed but there is no such file", entry.get()),
                )
                .at(entry.span())
                .help(format!(
                    "create {} or remove it from `activities`",
                    path.display()
                )),
            );
            continue;
        }
        found.push((entry, path));
    }
    loaded.files += found.len();
    let paths: Vec<PathBuf> = found.iter().map(|(_, p)| p.clone()).collect();
    let mut activities: Vec<Activity> = Vec::new();
    let mut listed_ids: Vec<(String, String)> = Vec::new();
    let mut links = Vec::new();
    // Ids of the activities that did not load, when their files could be read that far;
    // whether any did not load, and whether any of those has no id known.
    let mut failed_ids: Vec<String> = Vec::new();
    let mut all_loaded = true;
    let mut unknown_failed = false;
    for ((entry, _), parsed) in found.iter().zip(parse_many(files, &paths)) {
        let parsed = match parsed {
            Ok(parsed) => parsed,
            Err(d) => {
                diagnostics.push(d);
                all_loaded = false;
                unknown_failed = true;
                continue;
            }
        };
        links.extend(notes_links(&parsed));
        let id = parsed.parsed.value.as_ref().map(|r| r.id.get().clone());
        let loaded_one = finish(parsed, sources, &ids, diagnostics);
        if loaded_one.is_none() {
            all_loaded = false;
            unknown_failed |= id.is_none();
            failed_ids.extend(id);
        }
        if let Some(a) = loaded_one {
            if let Some((_, first)) = listed_ids.iter().find(|(id, _)| id == &a.id) {
                ctx.push(
                    Diagnostic::error(
                        "duplicate-id",
                        format!("two activities have the id `{}`", a.id),
                    )
                    .at(entry.span())
                    .label(format!("`{first}` has this id already"))
                    .help("give each activity its own `id`"),
                );
                continue;
            }
            listed_ids.push((a.id.clone(), entry.get().clone()));
            activities.push(a);
        }
    }
    for path in files.toml_files(dir) {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name == UNIT_FILE || name == SOURCES_FILE {
            continue;
        }
        // Files listed past the limit are listed, though not loaded.
        let all_listed = raw.activities.get();
        if !all_listed
            .iter()
            .any(|l| Path::new(l.get()) == Path::new(name))
        {
            ctx.push(
                Diagnostic::warning(
                    "unlisted-file",
                    format!("`{name}` is in the unit folder but not listed"),
                )
                .at(raw.activities.span())
                .help(format!(
                    "add \"{name}\" to `activities`, or move the file out of the folder"
                )),
            );
        }
    }
    loaded.diagnostics.extend(ctx.finish());
    loaded
        .diagnostics
        .extend(read.unchecked_note(activities.iter()));
    // What an activity that did not load refers to is unknown: no warning may follow from it.
    if !unknown_failed {
        check_notes_links(&links, &activities, &failed_ids, &mut loaded.diagnostics);
    }
    if let Some(file) = read.file.as_ref().filter(|_| all_loaded) {
        loaded
            .diagnostics
            .extend(check_sources_used(file, sources, &activities));
    }
    loaded.units.push(Unit {
        id: raw.id.into_inner(),
        title: raw.title.into_inner(),
        description: raw.description.map(Spanned::into_inner),
        activities,
        sources: read.sources,
        exam,
    });
    loaded
}

/// A listed file's path, refusing absolute paths, `..` and links out of the unit.
fn safe_join(
    ctx: &mut Ctx<'_>,
    files: &dyn Files,
    dir: &Path,
    entry: &Spanned<String>,
) -> Option<PathBuf> {
    let rel = Path::new(entry.get());
    let escapes = rel.is_absolute()
        || rel
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if escapes {
        ctx.push(
            Diagnostic::error(
                "path-outside-unit",
                format!("`{}` is outside the unit folder", entry.get()),
            )
            .at(entry.span())
            .label("activity files are named relative to the unit folder")
            .help("move the file into the unit folder and list it by name"),
        );
        return None;
    }
    let path = dir.join(rel);
    if !files.stays_inside(dir, &path) {
        ctx.push(
            Diagnostic::error(
                "path-outside-unit",
                format!("`{}` links to a file outside the unit folder", entry.get()),
            )
            .at(entry.span())
            .help("copy the file into the unit folder instead of linking to it"),
        );
        return None;
    }
    Some(path)
}

/// A report section's link to the notes of another activity, as written in its file.
struct NotesLink {
    file: Arc<SourceFile>,
    /// The section that shows the notes.
    section: String,
    /// The activity named, with where it is written.
    to: Spanned<String>,
}

/// The notes links of a parsed activity file, each with its place.
fn notes_links(parsed: &super::Parsed) -> Vec<NotesLink> {
    let sections = parsed
        .parsed
        .value
        .as_ref()
        .and_then(|raw| raw.sections.as_ref())
        .map_or(&[][..], |s| s.get().as_slice());
    sections
        .iter()
        .flat_map(|s| {
            s.notes_from.iter().map(|to| NotesLink {
                file: Arc::clone(&parsed.file),
                section: s.id.get().clone(),
                to: to.clone(),
            })
        })
        .collect()
}

/// Report sections may show notes from other activities of the unit; warns, at the id,
/// about any that is not one.
fn check_notes_links(
    links: &[NotesLink],
    activities: &[Activity],
    not_loaded: &[String],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let ids: Vec<&str> = activities.iter().map(|a| a.id.as_str()).collect();
    for link in links {
        let to = link.to.get();
        if ids.contains(&to.as_str()) || not_loaded.contains(to) {
            continue;
        }
        let help = match closest(to, ids.iter().copied()) {
            Some(id) => format!("did you mean `{id}`?"),
            None => "name an activity listed in the unit's `activities`".to_string(),
        };
        diagnostics.push(
            Diagnostic::warning(
                "unknown-reference",
                format!(
                    "section `{}` links notes from `{to}`, which is not in this unit",
                    link.section
                ),
            )
            .in_file(&link.file)
            .at(link.to.span())
            .label("no activity of the unit has this id")
            .help(help),
        );
    }
}
