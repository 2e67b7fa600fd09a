//! `classwork grade`: score answer sheets against the activities they answer.
//!
//! Sheets are matched to activities by their `activity` id. A folder is a hand-in (its
//! `handin.toml` names the student) or a folder of sheets. The teacher's marks come from the
//! marks file (`--marks`, else the nearest `marks.toml` above the hand-in or sheet), never
//! from a sheet. A sheet that does not load is reported on stderr and left out; the others
//! are still graded. Exit status: 0 when every sheet was graded, 1 when a sheet (or an
//! activity file, `handin.toml` or marks file) is invalid, 2 when a path given does not
//! exist.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

use crate::activity::{Activity, Source};
use crate::answer::MARKS_FILE;
use crate::answer::sheet::{AnswerSheet, load_sheet};
use crate::console::EXIT_USAGE;
use crate::console::{out, stderr_style};
use crate::diagnostic::{Diagnostic, render};
use crate::load::{Disk, Files, load_path};
use crate::scoring::{Detail, Score, score_with_detail};
use crate::teacher::handin::{HANDIN_FILE, student_of};
use crate::teacher::marks::{Marks, marks_beside};
use crate::text::fmt_marks;
use crate::text::{clean, csv_field};

/// How grades are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GradeFormat {
    /// One line per sheet: student, activity, marks out of the maximum.
    Table,
    /// Every score with its tasks and full explanation.
    Json,
    /// One row per student and task, for spreadsheets.
    Csv,
}

impl GradeFormat {
    /// How much of each score it prints: the table and the rows show marks and outcomes
    /// only, so their sheets are scored without the words of the explanation.
    fn detail(self) -> Detail {
        match self {
            Self::Json => Detail::Explained,
            Self::Table | Self::Csv => Detail::MarksOnly,
        }
    }
}

/// One sheet, graded.
struct Graded<'a> {
    file: String,
    sheet: AnswerSheet,
    activity: &'a Activity,
    score: Score,
}

impl Graded<'_> {
    /// The student's name on one line, or the sheet's file name when it gives none.
    fn student(&self) -> String {
        match &self.sheet.student {
            Some(name) if !name.trim().is_empty() => clean(name).replace(['\n', '\t'], " "),
            _ => format!("({})", self.file),
        }
    }
}

/// Grades the sheets in `answers` (files, hand-in folders, or folders of `.toml` files)
/// against the unit or activity file at `activities`, with the teacher's marks of `marks`
/// (default: each hand-in's or sheet's, see [`marks_beside`]), printing the grades in
/// `format`.
pub fn run(
    activities: &Path,
    answers: &[PathBuf],
    format: GradeFormat,
    marks: Option<&Path>,
) -> ExitCode {
    let missing: Vec<&Path> = std::iter::once(activities)
        .chain(answers.iter().map(PathBuf::as_path))
        .filter(|p| !p.exists())
        .collect();
    for path in &missing {
        out::eprintln(&format!(
            "error: cannot open `{}`: no such file or folder",
            display(path)
        ));
    }
    if !missing.is_empty() {
        return ExitCode::from(EXIT_USAGE);
    }
    let style = stderr_style();
    let loaded = load_path(activities);
    let activity_errors: Vec<&Diagnostic> =
        loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    // When nothing loaded, why is said, even when it is only a warning.
    let nothing = loaded.units.is_empty() && loaded.activities.is_empty();
    for d in loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error() || nothing)
    {
        out::eprintln(&format!("{}\n", render(d, style)));
    }
    let mut catalogue: Vec<(&Activity, &[Source])> = Vec::new();
    for unit in &loaded.units {
        catalogue.extend(unit.activities.iter().map(|a| (a, unit.sources.as_slice())));
    }
    catalogue.extend(loaded.activities.iter().map(|a| (a, &[][..])));
    let known: Vec<&Activity> = catalogue.iter().map(|(a, _)| *a).collect();

    let mut graded = Vec::new();
    let mut invalid = Vec::new();
    let mut marks_files: BTreeMap<PathBuf, Marks> = BTreeMap::new();
    let mut diagnostics = Vec::new();
    let files = sheet_files(answers, marks, &mut diagnostics);
    // Besides a sheet left out: a hand-in or marks file with errors.
    let mut failed = diagnostics.iter().any(Diagnostic::is_error);
    for d in diagnostics.drain(..) {
        out::eprintln(&format!("{}\n", render(&d, style)));
    }
    for SheetFile { path, owner, marks } in files {
        let marks = marks_files.entry(marks).or_insert_with_key(|path| {
            let (marks, problems) = crate::teacher::marks::read(path);
            diagnostics.extend(problems);
            marks
        });
        let sheet = Disk
            .read(&path)
            .map_err(|d| diagnostics.push(d))
            .ok()
            .and_then(|file| load_sheet(&file, &known, &mut diagnostics));
        let file = display(&path);
        let found = sheet.and_then(|s| {
            let (activity, sources) = catalogue.iter().find(|(a, _)| a.id == s.activity)?;
            Some((s, *activity, *sources))
        });
        match found {
            Some((mut sheet, activity, sources)) => {
                let student = owner.clone().or_else(|| sheet.student.clone());
                let score = match student {
                    Some(student) => {
                        marks
                            .final_score(
                                &student,
                                activity,
                                &mut sheet.answer,
                                sources,
                                format.detail(),
                                &mut diagnostics,
                            )
                            .score
                    }
                    None => score_with_detail(activity, &sheet.answer, sources, format.detail()),
                };
                if sheet.student.as_deref().is_none_or(|s| s.trim().is_empty()) {
                    sheet.student = owner;
                }
                graded.push(Graded {
                    file,
                    sheet,
                    activity,
                    score,
                });
            }
            None => invalid.push(file),
        }
        failed |= diagnostics.iter().any(Diagnostic::is_error);
        for d in diagnostics.drain(..) {
            out::eprintln(&format!("{}\n", render(&d, style)));
        }
    }
    let out = match format {
        GradeFormat::Table => table(&graded, &invalid),
        GradeFormat::Json => format!("{:#}\n", to_json(&graded, &invalid)),
        GradeFormat::Csv => csv(&graded),
    };
    out::print(&out);
    if invalid.is_empty() && activity_errors.is_empty() && !failed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A sheet to grade: its file, the student whose hand-in it is part of, and the marks
/// file its teacher's marks are in.
struct SheetFile {
    path: PathBuf,
    owner: Option<String>,
    marks: PathBuf,
}

/// The files named, and the sheets directly inside the folders named, each folder's
/// sorted by name: every `.toml` file but a hand-in's `handin.toml` and a marks file.
fn sheet_files(
    answers: &[PathBuf],
    marks: Option<&Path>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<SheetFile> {
    let marks_of = |work: &Path| marks.map_or_else(|| marks_beside(work), Path::to_path_buf);
    let mut files = Vec::new();
    for path in answers {
        if path.is_dir() {
            let owner = student_of(path, diagnostics);
            for file in Disk.toml_files(path) {
                let name = file.file_name();
                if name.is_some_and(|n| n == HANDIN_FILE || n == MARKS_FILE) {
                    continue;
                }
                let marks = marks_of(if owner.is_some() { path } else { &file });
                files.push(SheetFile {
                    path: file,
                    owner: owner.clone(),
                    marks,
                });
            }
        } else {
            let folder = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            let owner = student_of(folder, diagnostics);
            let marks = marks_of(if owner.is_some() { folder } else { path });
            files.push(SheetFile {
                path: path.clone(),
                owner,
                marks,
            });
        }
    }
    files
}

fn display(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

/// `text` padded with spaces to `width` columns of the terminal.
fn pad(text: &str, width: usize) -> String {
    let shown = UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

fn table(graded: &[Graded<'_>], invalid: &[String]) -> String {
    let rows: Vec<[String; 4]> = graded
        .iter()
        .map(|g| {
            let provisional = if g.score.is_provisional() {
                format!(
                    "provisional: {} to be marked by the teacher",
                    fmt_marks(g.score.awaiting_teacher)
                )
            } else {
                String::new()
            };
            [
                g.student(),
                clean(&g.activity.id).into_owned(),
                format!("{}/{}", fmt_marks(g.score.marks), fmt_marks(g.score.max)),
                provisional,
            ]
        })
        .collect();
    let header = ["student", "activity", "marks", ""].map(str::to_string);
    let width = |i: usize| {
        rows.iter()
            .chain([&header])
            .map(|r| UnicodeWidthStr::width(r[i].as_str()))
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    let mut out = String::new();
    for row in [&header].into_iter().chain(&rows) {
        let line = format!(
            "{}  {}  {}  {}",
            pad(&row[0], widths[0]),
            pad(&row[1], widths[1]),
            pad(&row[2], widths[2]),
            row[3]
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let sheets = |n: usize| if n == 1 { "sheet" } else { "sheets" };
    out.push_str(&format!("{} {} graded", graded.len(), sheets(graded.len())));
    if !invalid.is_empty() {
        out.push_str(&format!(
            ", {} invalid: {}",
            invalid.len(),
            invalid.join(", ")
        ));
    }
    out.push('\n');
    out
}

fn to_json(graded: &[Graded<'_>], invalid: &[String]) -> Value {
    let text = |s: &str| Value::String(clean(s).into_owned());
    let maybe = |s: Option<&str>| s.map_or(Value::Null, text);
    let grades: Vec<Value> = graded
        .iter()
        .map(|g| {
            let tasks: Vec<Value> = g
                .score
                .tasks
                .iter()
                .map(|t| {
                    json!({
                        "id": text(&t.id),
                        "label": text(&t.label),
                        "marks": t.marks,
                        "max": t.max,
                        "outcome": t.outcome.word(),
                        "feedback": t.feedback.iter().map(|f| text(f)).collect::<Vec<_>>(),
                        "model_answer": maybe(t.model_answer.as_deref()),
                    })
                })
                .collect();
            let entries: Vec<Value> = g
                .score
                .entries
                .iter()
                .map(|e| json!({ "task": text(&e.task), "marks": e.marks, "reason": text(&e.reason) }))
                .collect();
            json!({
                "file": g.file,
                "student": maybe(g.sheet.student.as_deref()),
                "activity": text(&g.activity.id),
                "title": text(&g.activity.title),
                "started": maybe(g.sheet.started.as_deref()),
                "submitted": maybe(g.sheet.submitted.as_deref()),
                "marks": g.score.marks,
                "max": g.score.max,
                "provisional": g.score.is_provisional(),
                "awaiting_teacher": g.score.awaiting_teacher,
                "tasks": tasks,
                "entries": entries,
                "explanation": g.score.explanation().iter().map(|l| text(l)).collect::<Vec<_>>(),
                "feedback": maybe(g.score.feedback.as_deref()),
            })
        })
        .collect();
    json!({ "grades": grades, "invalid": invalid })
}

fn csv(graded: &[Graded<'_>]) -> String {
    let mut out = String::from("student,activity,task,marks,max,outcome\n");
    for g in graded {
        for task in &g.score.tasks {
            let row = [
                csv_field(&g.student()),
                csv_field(&g.activity.id),
                csv_field(&task.id),
                fmt_marks(task.marks),
                fmt_marks(task.max),
                csv_field(task.outcome.word()),
            ];
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::pad;

    #[test]
    fn padding_counts_terminal_columns() {
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad("李", 4), "李  ");
        assert_eq!(pad("long", 2), "long");
    }
}
