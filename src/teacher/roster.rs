//! The class list: `class.toml` at the top of a class folder names every student expected
//! to hand in, with the id a school's system knows them by. It is written by hand or built
//! from the CSV a school's system exports ([`from_csv`]).
//!
//! ```toml
//! schema_version = 1
//!
//! [[students]]
//! name = "Ada Lovelace"
//! id = "S1001"
//! ```
//!
//! Students are matched with hand-ins by name, compared without case or surrounding
//! spaces, as marks are. With a class list, the gradebook shows each student on it who
//! handed nothing in as missing, carries the ids, and flags hand-ins by students not on it.

use std::path::Path;

use serde::Deserialize;

use super::class::HandIn;
use super::marks::student_key;
use crate::activity::raw::{Spanned, Text};
use crate::diagnostic::Diagnostic;
use crate::load::{Disk, Files, Versioned, parse};
use crate::text::clean;

/// How much of a header without names an error shows.
const HEADER_SHOWN: usize = 80;

/// The class list's file name, at the top of the class folder.
pub const ROSTER_FILE: &str = "class.toml";

/// A student on the class list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Student {
    /// The name, as the student hands in under it.
    pub name: String,
    /// The id the school's system knows the student by.
    pub id: Option<String>,
}

/// The class list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    /// The students, in the file's order.
    pub students: Vec<Student>,
}

impl Roster {
    /// The student of that name on the list (without case or surrounding spaces).
    pub fn find(&self, name: &str) -> Option<&Student> {
        let key = student_key(name);
        self.students.iter().find(|s| student_key(&s.name) == key)
    }
}

/// `class.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoster {
    schema_version: Spanned<i64>,
    #[serde(default)]
    students: Vec<RawStudent>,
}

impl Versioned for RawRoster {
    fn schema_version(&self) -> &Spanned<i64> {
        &self.schema_version
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStudent {
    name: Text,
    #[serde(default)]
    id: Option<Text>,
}

/// Reads the class list of the class folder `dir`: `None` when it has none. A file that
/// does not read is reported (an error) and gives no list; a name given twice, or empty,
/// is reported at its place and kept once.
pub fn read(dir: &Path) -> (Option<Roster>, Vec<Diagnostic>) {
    let path = dir.join(ROSTER_FILE);
    if !path.is_file() {
        return (None, Vec::new());
    }
    let file = match Disk.read(&path) {
        Ok(file) => file,
        Err(d) => return (None, vec![d]),
    };
    let raw = match parse::<RawRoster>(&file) {
        Ok(raw) => raw,
        Err(d) => return (None, vec![d]),
    };
    let mut roster = Roster::default();
    let mut problems = Vec::new();
    for s in raw.students {
        let name = s.name.get().trim().to_string();
        let problem = if name.is_empty() {
            Some("a student's name is empty".to_string())
        } else if roster.find(&name).is_some() {
            Some(format!("`{}` is on the class list twice", clean(&name)))
        } else {
            None
        };
        match problem {
            Some(why) => problems.push(
                Diagnostic::warning("roster-name", why)
                    .in_file(&file)
                    .at(s.name.span())
                    .label("this line is passed over"),
            ),
            None => roster.students.push(Student {
                name,
                id: s
                    .id
                    .map(|i| i.get().trim().to_string())
                    .filter(|i| !i.is_empty()),
            }),
        }
    }
    (Some(roster), problems)
}

/// A warning for each hand-in by a student not on the class list `roster` of the class
/// folder `dir`.
pub fn not_on_list(hand_ins: &[HandIn], roster: &Roster, dir: &Path) -> Vec<Diagnostic> {
    let shown = |p: &Path| clean(&p.display().to_string()).into_owned();
    hand_ins
        .iter()
        .filter(|h| roster.find(&h.manifest.student).is_none())
        .map(|h| {
            Diagnostic::warning(
                "not-on-roster",
                format!(
                    "`{}` is a hand-in by {}, who is not on the class list; it is counted and flagged",
                    shown(&h.folder),
                    clean(&h.manifest.student)
                ),
            )
            .help(format!(
                "add them to `{}`, or correct the name they handed in under",
                shown(&dir.join(ROSTER_FILE))
            ))
        })
        .collect()
}

/// The class list as `class.toml`.
pub fn to_toml(roster: &Roster) -> String {
    let mut out = String::from(
        "# The class list: who is expected to hand in, with their ids in the school's system.\nschema_version = 1\n",
    );
    for s in &roster.students {
        out.push_str(&format!(
            "\n[[students]]\nname = {}\n",
            toml::Value::String(s.name.clone())
        ));
        if let Some(id) = &s.id {
            out.push_str(&format!("id = {}\n", toml::Value::String(id.clone())));
        }
    }
    out
}

/// The fields of one CSV record, quotes taken off (`""` is a quote in a quoted field).
fn records(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            ',' | ';' if !quoted => row.push(std::mem::take(&mut field)),
            '\n' if !quoted => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            '\r' if !quoted => {}
            c => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows.retain(|r| r.iter().any(|f| !f.trim().is_empty()));
    rows
}

/// A header cell as compared: lowercased, letters only.
fn heading(cell: &str) -> String {
    cell.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The class list from the CSV a school's system exports: a header row naming the columns,
/// then one student a row. The name is a `Name` (`Student`, `Full name`, `Student name`)
/// column, or `First name` (`Given name`, `Forename`) and `Last name` (`Surname`, `Family
/// name`) joined; the id an `ID` (`Student ID`, `Student number`, `UPN`, `SIS ID`,
/// `Username`) column. Fields are separated by commas (or semicolons) and may be quoted.
pub fn from_csv(text: &str) -> Result<Roster, String> {
    let rows = records(text);
    let Some((header, rows)) = rows.split_first() else {
        return Err("the file is empty".into());
    };
    let find = |names: &[&str]| {
        header
            .iter()
            .position(|h| names.contains(&heading(h).as_str()))
    };
    let name = find(&[
        "name",
        "student",
        "fullname",
        "studentname",
        "pupilname",
        "learner",
    ]);
    let first = find(&["firstname", "givenname", "forename", "forenames", "first"]);
    let last = find(&["lastname", "surname", "familyname", "last"]);
    let id = find(&[
        "id",
        "studentid",
        "studentnumber",
        "studentno",
        "upn",
        "sisid",
        "sisuserid",
        "username",
        "userid",
        "candidatenumber",
        "pupilid",
    ]);
    if name.is_none() && (first.is_none() || last.is_none()) {
        let shown: String = clean(&header.join(", "))
            .chars()
            .take(HEADER_SHOWN)
            .collect();
        let more = if header.join(", ").chars().count() > HEADER_SHOWN {
            "…"
        } else {
            ""
        };
        return Err(format!(
            "no column of names in the header ({shown}{more}): name one `Name`, or `First name` and `Last name`"
        ));
    }
    let cell = |row: &[String], at: Option<usize>| {
        at.and_then(|i| row.get(i))
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
    };
    let mut roster = Roster::default();
    for row in rows {
        let full = cell(row, name).or_else(|| {
            let parts: Vec<String> = [cell(row, first), cell(row, last)]
                .into_iter()
                .flatten()
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        });
        let Some(full) = full else { continue };
        if roster.find(&full).is_none() {
            roster.students.push(Student {
                name: full,
                id: cell(row, id),
            });
        }
    }
    Ok(roster)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_school_csv_gives_names_and_ids_in_either_layout() {
        let csv = "\u{feff}Student ID,Surname,First Name,Form\r\n1001,Lovelace,Ada,7B\r\n\"1002\",\"Babbage, Jr\",Charles,7B\r\n,,,\r\n";
        let roster = from_csv(csv).expect("reads");
        assert_eq!(
            roster.students,
            [
                Student {
                    name: "Ada Lovelace".into(),
                    id: Some("1001".into())
                },
                Student {
                    name: "Charles Babbage, Jr".into(),
                    id: Some("1002".into())
                },
            ]
        );
        let named = from_csv("Name;UPN\nAda Lovelace;A123\nada lovelace;A124\n").expect("reads");
        assert_eq!(named.students.len(), 1);
        assert!(from_csv("Form,Room\n7B,4\n").is_err());
        let junk = format!("\u{1b}[31m{}\n", "x".repeat(500));
        let why = from_csv(&junk).expect_err("no names");
        assert!(
            !why.contains('\u{1b}') && why.chars().count() < 200,
            "{why}"
        );
        assert!(from_csv("").is_err());
    }

    #[test]
    fn the_list_written_reads_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let roster = from_csv("Name,ID\nAda \"the first\" Lovelace,S1\nBo,\n").expect("reads");
        std::fs::write(dir.path().join(ROSTER_FILE), to_toml(&roster)).expect("write");
        let (read_back, problems) = read(dir.path());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(read_back, Some(roster));
    }
}
