//! Work that could not be saved, written as answer-sheet files the student can hand in:
//! the one way both the plain mode and the terminal UI keep it when they end.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use crate::activity::Activity;
use crate::answer::Answer;
use crate::answer::sheet::sheet_text;
use crate::scoring::Score;
use crate::text::{clean, fmt_marks};
use crate::time::rfc3339;

/// The folders an answer sheet is written to, the first that works: the current folder,
/// else the system's temporary folder.
pub fn sheet_folders() -> Vec<PathBuf> {
    std::env::current_dir()
        .into_iter()
        .chain([std::env::temp_dir()])
        .collect()
}

/// A piece of work that could not be saved.
#[derive(Debug, Clone, Copy)]
pub struct Unsaved<'a> {
    /// The activity.
    pub activity: &'a Activity,
    /// The answer.
    pub answer: &'a Answer,
    /// For a submission: its score, and when it was submitted (seconds since the epoch).
    pub submitted: Option<(&'a Score, i64)>,
}

/// Writes each piece of `unsaved` work by `student` as an answer sheet in the first of
/// `folders` that takes it, and returns what to tell the student: where each one is (or,
/// when no folder takes it, the sheet itself, to copy), and to hand them in. Everything is
/// written before anything is returned, so it is kept even if nothing can be said.
pub fn keep_unsaved(
    folders: &[PathBuf],
    student: Option<&str>,
    unsaved: &[Unsaved<'_>],
) -> Vec<String> {
    let mut said = Vec::new();
    if unsaved.is_empty() {
        return said;
    }
    for u in unsaved {
        let at = u.submitted.map(|(_, at)| at);
        let text = sheet_text(u.activity, u.answer, student, at);
        let path = write_new_sheet(
            folders,
            u.activity,
            at.unwrap_or_else(crate::time::now),
            &text,
        );
        let title = clean(&u.activity.title);
        let work = match u.submitted {
            None => format!("Your unsubmitted answers to {title}"),
            Some((score, _)) => format!(
                "Your answers to {title} (submitted, {} of {} marks)",
                fmt_marks(score.marks),
                fmt_marks(score.max)
            ),
        };
        match path {
            Ok(path) => said.push(format!("{work} are in the answer sheet {}", path.display())),
            Err(e) => {
                said.push(format!(
                    "{work} could not be written to a file either ({e}). \
                     Here is the answer sheet, to copy into a file:"
                ));
                said.extend(text.lines().map(str::to_string));
                said.push("(end of the answer sheet)".into());
            }
        }
    }
    let (sheets, them) = match unsaved.len() {
        1 => ("sheet", "it"),
        _ => ("sheets", "them"),
    };
    said.push(format!(
        "Hand the answer {sheets} in to your teacher: `classwork grade` scores {them}. \
         classwork cannot load answer sheets back into your saved progress."
    ));
    said
}

/// Writes `text` as a new answer sheet for `activity` in the first of `folders` where it
/// can be written, named after the activity and `at` (seconds since the epoch) and never
/// over another file. Returns its path, or the last problem met.
pub fn write_new_sheet(
    folders: &[PathBuf],
    activity: &Activity,
    at: i64,
    text: &str,
) -> std::io::Result<PathBuf> {
    let digits: String = rfc3339(at).chars().filter(char::is_ascii_digit).collect();
    let (day, time) = digits.split_at(digits.len().min(8));
    let stem = format!(
        "classwork-{}-{day}-{time}",
        crate::text::file_name(&activity.id)
    );
    let mut problem = std::io::Error::new(ErrorKind::NotFound, "no folder to write to");
    for folder in folders {
        match write_new(folder, &stem, text) {
            Ok(path) => return Ok(path),
            Err(e) => problem = e,
        }
    }
    Err(problem)
}

/// Writes `text` to `folder/stem.toml` (or `stem-2.toml`, … when that is taken): the name
/// is claimed first, then the text goes into a temporary file beside it, flushed to disk
/// and renamed over it, so the sheet is whole or not there at all.
fn write_new(folder: &Path, stem: &str, text: &str) -> std::io::Result<PathBuf> {
    let path = claim(folder, stem)?;
    let temp = folder.join(format!(".{stem}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temp, &path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    Ok(std::path::absolute(&path).unwrap_or(path))
}

/// Creates an empty `folder/stem.toml`, or `stem-2.toml` and so on when it exists.
fn claim(folder: &Path, stem: &str) -> std::io::Result<PathBuf> {
    for n in 1..=100 {
        let name = match n {
            1 => format!("{stem}.toml"),
            n => format!("{stem}-{n}.toml"),
        };
        let path = folder.join(name);
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(_) => return Ok(path),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::new(
        ErrorKind::AlreadyExists,
        format!("{stem}.toml and 99 others like it already exist"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz() -> Activity {
        let unit = crate::bundled::default_unit().units.remove(0);
        unit.activities[0].clone()
    }

    #[test]
    fn sheets_are_named_after_the_activity_and_time_and_never_overwritten() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let activity = quiz();
        let folders = [dir.path().to_path_buf()];
        let first = write_new_sheet(&folders, &activity, 0, "one").expect("written");
        let second = write_new_sheet(&folders, &activity, 0, "two").expect("written");
        let stem = format!(
            "classwork-{}-19700101-000000",
            crate::text::file_name(&activity.id)
        );
        assert_eq!(first, dir.path().join(format!("{stem}.toml")));
        assert_eq!(second, dir.path().join(format!("{stem}-2.toml")));
        assert_eq!(std::fs::read_to_string(first).expect("read"), "one");
        assert_eq!(std::fs::read_to_string(second).expect("read"), "two");
        let names: Vec<_> = std::fs::read_dir(dir.path()).expect("listed").collect();
        assert_eq!(names.len(), 2, "no temporary file is left: {names:?}");
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_passed_over() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let file = dir.path().join("a-file");
        std::fs::write(&file, "not a folder").expect("written");
        let folders = [file.join("under"), dir.path().to_path_buf()];
        let path = write_new_sheet(&folders, &quiz(), 0, "text").expect("written");
        assert_eq!(path.parent(), Some(dir.path()));
        let none = write_new_sheet(&folders[..1], &quiz(), 0, "text");
        assert!(none.is_err());
    }
}
