//! Hand-in folders: what `classwork export answers` writes and `classwork class` reads.
//!
//! A hand-in folder holds `handin.toml` (who handed in which unit, when, from which
//! classwork) and one answer sheet per activity, named `<activity-id>.toml`:
//!
//! ```toml
//! schema_version = 1
//! student = "Ada Lovelace"
//! unit = "soviet-foreign-policy"
//! exported_at = "2026-11-21T10:20:00Z"
//! classwork = "0.1.0"
//! ```

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::activity::SCHEMA_VERSION;
use crate::activity::raw::{Spanned, Text};
use crate::activity::validate::{Ctx, SourceIds};
use crate::answer::sheet::in_the_future;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::{Disk, Files, Versioned, parse};
use crate::time::parse_rfc3339;

/// Name of the file that makes a folder a hand-in.
pub const HANDIN_FILE: &str = "handin.toml";

/// Longest student name or unit id a `handin.toml` may give, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// What `handin.toml` says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Manifest {
    /// The student's name.
    pub student: String,
    /// Id of the unit the work is for.
    pub unit: String,
    /// When the folder was exported (RFC 3339).
    pub exported_at: String,
    /// The version of classwork that exported it.
    pub classwork: String,
}

impl Manifest {
    /// The manifest as the text of `handin.toml`.
    pub fn to_toml(&self) -> String {
        #[derive(Serialize)]
        struct File<'a> {
            schema_version: i64,
            #[serde(flatten)]
            manifest: &'a Manifest,
        }
        let file = File {
            schema_version: SCHEMA_VERSION,
            manifest: self,
        };
        toml::to_string(&file).expect("a manifest is four strings and a number, which TOML holds")
    }
}

/// `handin.toml` as written, with spans for diagnostics.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    schema_version: Spanned<i64>,
    student: Text,
    unit: Text,
    exported_at: Text,
    classwork: Text,
}

impl Versioned for RawManifest {
    fn schema_version(&self) -> &Spanned<i64> {
        &self.schema_version
    }
}

/// Reads `handin.toml`, pushing every problem into `diagnostics` (a date in the future
/// among them, as a warning); `None` on an error.
pub fn read_manifest(
    file: &Arc<SourceFile>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Manifest> {
    let raw = match parse::<RawManifest>(file) {
        Ok(raw) => raw,
        Err(d) => {
            diagnostics.push(d);
            return None;
        }
    };
    let none = SourceIds::new();
    let mut ctx = Ctx::new(file, &none);
    ctx.not_blank("student", &raw.student);
    ctx.not_blank("unit", &raw.unit);
    for (what, text) in [("student", &raw.student), ("unit", &raw.unit)] {
        let chars = text.get().chars().count();
        if chars > MAX_NAME_CHARS {
            ctx.push(
                Diagnostic::error(
                    "name-too-long",
                    format!("the {what} is {chars} characters long; classwork takes at most {MAX_NAME_CHARS}"),
                )
                .at(text.span().start..text.span().start + 1)
                .label("the name starts here")
                .help("a name this long is not a student's: is the hand-in damaged?"),
            );
        }
    }
    match parse_rfc3339(raw.exported_at.get()) {
        Some(at) => {
            if let Some(d) = in_the_future(at, &raw.exported_at) {
                ctx.push(d);
            }
        }
        None => ctx.push(
            Diagnostic::error(
                "bad-time",
                format!("`{}` is not a time", raw.exported_at.get()),
            )
            .at(raw.exported_at.span())
            .help("write an RFC 3339 time, such as \"2026-11-21T10:00:00Z\""),
        ),
    }
    let failed = ctx.failed();
    diagnostics.extend(ctx.finish());
    if failed {
        return None;
    }
    Some(Manifest {
        student: raw.student.get().trim().to_string(),
        unit: raw.unit.into_inner(),
        exported_at: raw.exported_at.into_inner(),
        classwork: raw.classwork.into_inner(),
    })
}

/// The student whose hand-in `folder` is, when it holds `handin.toml` that reads; its
/// problems are pushed into `diagnostics`.
pub fn student_of(folder: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    let manifest = folder.join(HANDIN_FILE);
    if !manifest.is_file() {
        return None;
    }
    let file = Disk.read(&manifest).map_err(|d| diagnostics.push(d)).ok()?;
    read_manifest(&file, diagnostics).map(|m| m.student)
}

/// Whether `id` can name a sheet file: an activity id (lowercase letters, digits, `_`, `-`).
fn safe_file_stem(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// Writes a hand-in folder: each `(activity id, sheet text)` as `<id>.toml`, then
/// `handin.toml` last, so that a folder cut short has no manifest and is not read as a
/// hand-in. Refuses an activity id that cannot be a file name.
pub fn write_handin(
    dir: &Path,
    manifest: &Manifest,
    sheets: &[(String, String)],
) -> std::io::Result<()> {
    write_sheets(dir, sheets)?;
    std::fs::write(dir.join(HANDIN_FILE), manifest.to_toml())
}

/// Writes each `(activity id, sheet text)` in `dir` as `<id>.toml`, making the folder
/// first. Refuses an activity id that cannot be a file name.
pub fn write_sheets(dir: &Path, sheets: &[(String, String)]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (id, text) in sheets {
        if !safe_file_stem(id) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("`{id}` is not an activity id that can name a file"),
            ));
        }
        std::fs::write(dir.join(format!("{id}.toml")), text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        Manifest {
            student: "Ada Lovelace".into(),
            unit: "soviet-foreign-policy".into(),
            exported_at: "2026-11-21T10:20:00Z".into(),
            classwork: "0.1.0".into(),
        }
    }

    #[test]
    fn manifest_reads_back() {
        let file = SourceFile::new("handin.toml", manifest().to_toml());
        let mut diagnostics = Vec::new();
        let read = read_manifest(&file, &mut diagnostics).expect("reads");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(read, manifest());
        assert!(manifest().to_toml().starts_with("schema_version = 1\n"));
    }

    #[test]
    fn bad_manifests_are_diagnosed() {
        let text = "schema_version = 1\nstudent = \" \"\nunit = \"u\"\nexported_at = \"yesterday\"\nclasswork = \"0.1.0\"\n";
        let mut diagnostics = Vec::new();
        assert!(read_manifest(&SourceFile::new("handin.toml", text), &mut diagnostics).is_none());
        let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&"bad-time"), "{codes:?}");
        assert_eq!(codes.len(), 2, "{codes:?}");
    }

    #[test]
    fn a_hand_in_dated_in_the_future_is_flagged() {
        let future = manifest()
            .to_toml()
            .replace("2026-11-21T10:20:00Z", "2099-01-01T00:00:00Z");
        let mut diagnostics = Vec::new();
        let file = SourceFile::new("handin.toml", future);
        assert!(read_manifest(&file, &mut diagnostics).is_some());
        let [d] = diagnostics.as_slice() else {
            panic!("{diagnostics:?}");
        };
        assert_eq!((d.code, d.is_error()), ("future-date", false));
        assert_eq!(d.location().as_deref(), Some("handin.toml:4:15"));
    }

    #[test]
    fn sheet_names_must_be_ids() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bad = [("../escape".to_string(), String::new())];
        assert!(write_handin(dir.path(), &manifest(), &bad).is_err());
        assert!(!dir.path().join(HANDIN_FILE).exists());
    }
}
