//! `classwork import`: questions from GIFT, Aiken or Moodle XML as a new unit;
//! `classwork export moodle|qti`: a unit's questions for other systems.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::console::out;
use crate::console::{EXIT_USAGE, stderr_style};
use crate::diagnostic::{Diagnostic, render_all};
use crate::interchange::{self, Format, id_of, moodle_xml, qti, questions_of, unit_files};
use crate::load::{Disk, Files, io_message, load_path};
use crate::text::{clean, count};

/// The formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// Moodle's GIFT text format.
    Gift,
    /// Aiken: choice questions with `ANSWER:` lines.
    Aiken,
    /// Moodle XML.
    Moodle,
}

fn shown(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

fn print_diagnostics(diagnostics: &[Diagnostic]) {
    out::eprint(&render_all(diagnostics, stderr_style()));
}

/// Reads the questions of `file` and writes them as a unit into `out` (default: a folder
/// named after the file, in the current folder).
pub fn import(file: &Path, out: Option<&Path>, format: Option<ImportFormat>) -> ExitCode {
    let source = match Disk.read(file) {
        Ok(source) => source,
        Err(d) => {
            print_diagnostics(&[d]);
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let format = match format {
        Some(ImportFormat::Gift) => Format::Gift,
        Some(ImportFormat::Aiken) => Format::Aiken,
        Some(ImportFormat::Moodle) => Format::MoodleXml,
        None => Format::detect(&source.name, &source.text),
    };
    let imported = match interchange::import(&source, format) {
        Ok(imported) => imported,
        Err(errors) => {
            print_diagnostics(&errors);
            out::eprintln(&format!(
                "error: nothing imported: fix the {} above",
                if errors.len() == 1 { "error" } else { "errors" }
            ));
            return ExitCode::FAILURE;
        }
    };
    print_diagnostics(&imported.dropped);
    if imported.questions.is_empty() {
        out::eprintln(&format!(
            "error: `{}` has no questions to import",
            shown(file)
        ));
        return ExitCode::FAILURE;
    }
    let stem = file
        .file_stem()
        .map_or_else(|| "imported".into(), |s| s.to_string_lossy().into_owned());
    let dir = out.map_or_else(|| PathBuf::from(id_of(&stem)), Path::to_path_buf);
    if dir.join(crate::load::UNIT_FILE).exists() {
        out::eprintln(&format!(
            "error: `{}` is a unit already; choose another `--out` folder",
            shown(&dir)
        ));
        return ExitCode::from(EXIT_USAGE);
    }
    let id = id_of(
        &dir.file_name()
            .map_or(stem.clone(), |n| n.to_string_lossy().into_owned()),
    );
    let files = unit_files(&id, &stem, &imported.questions);
    if let Err(e) = interchange::write_files(&dir, &files) {
        out::eprintln(&format!(
            "error: cannot write `{}`: {}",
            shown(&dir),
            io_message(&e)
        ));
        return ExitCode::FAILURE;
    }
    let loaded = load_path(&dir);
    print_diagnostics(&loaded.diagnostics);
    out::println(&format!(
        "imported {} into {} ({}); {} not carried over",
        count(imported.questions.len(), "question"),
        shown(&dir),
        count(files.len() - 1, "activity"),
        count(imported.dropped.len(), "thing"),
    ));
    out::println(&format!("next: run `classwork check {}`", shown(&dir)));
    if loaded.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Which format `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One Moodle XML file.
    Moodle,
    /// A QTI 2.1 content package folder.
    Qti,
}

/// Writes the questions of the unit at `unit` as Moodle XML (to `out`, or printed) or as a
/// QTI package into the folder `out`.
pub fn export(unit: &Path, format: ExportFormat, out: Option<&Path>) -> ExitCode {
    let loaded = load_path(unit);
    if loaded.has_errors() {
        print_diagnostics(&loaded.diagnostics);
        out::eprintln("error: nothing exported: fix the errors above");
        return ExitCode::FAILURE;
    }
    let activities: Vec<_> = loaded
        .units
        .into_iter()
        .flat_map(|u| u.activities)
        .chain(loaded.activities)
        .collect();
    let exported = questions_of(&activities);
    for why in &exported.dropped {
        out::eprintln(&format!("warning: {why}"));
    }
    if exported.questions.is_empty() {
        out::eprintln(&format!(
            "error: `{}` has no questions to export",
            shown(unit)
        ));
        return ExitCode::FAILURE;
    }
    let written = match (format, out) {
        (ExportFormat::Moodle, None) => {
            out::print(&moodle_xml::write(&exported.questions));
            return ExitCode::SUCCESS;
        }
        (ExportFormat::Moodle, Some(path)) => {
            if path.exists() {
                out::eprintln(&format!(
                    "error: `{}` exists already; it is not written over",
                    shown(path)
                ));
                return ExitCode::from(EXIT_USAGE);
            }
            interchange::write_files(
                path.parent().unwrap_or(Path::new(".")),
                &[(
                    path.file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                    moodle_xml::write(&exported.questions),
                )],
            )
            .map(|()| path)
        }
        (ExportFormat::Qti, Some(dir)) => {
            if dir.join("imsmanifest.xml").exists() {
                out::eprintln(&format!(
                    "error: `{}` holds a package already; choose another `--out` folder",
                    shown(dir)
                ));
                return ExitCode::from(EXIT_USAGE);
            }
            interchange::write_files(dir, &qti::package(&exported.questions)).map(|()| dir)
        }
        (ExportFormat::Qti, None) => {
            out::eprintln("error: a QTI package is a folder: give it with `--out`");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match written {
        Ok(path) => {
            out::println(&format!(
                "exported {} to {}; {} left out",
                count(exported.questions.len(), "question"),
                shown(path),
                count(exported.dropped.len(), "thing"),
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let path = out.map(shown).unwrap_or_default();
            out::eprintln(&format!("error: cannot write `{path}`: {}", io_message(&e)));
            ExitCode::FAILURE
        }
    }
}
