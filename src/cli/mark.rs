//! `classwork mark`: a teacher's marks for the rubric criteria and unkeyed questions of a
//! submitted sheet, written into the teacher's marks file, then the sheet re-scored.
//!
//! `PATH` is an answer sheet or a hand-in folder. The marks file is `--marks`, else the
//! nearest `marks.toml` in the folders above the hand-in (or the sheet not in one), else
//! a new one beside it; never one inside a hand-in. Marks are `KEY=POINTS`, where `KEY` is a
//! criterion id (`argument`), a report section's criterion (`advice.argument`) or an
//! unkeyed question id; in a hand-in folder, prefix it with the activity id when more than
//! one sheet has it (`report_to_stalin:advice.argument=3`). `KEY=` with no points takes a
//! mark back, so the criterion waits for the teacher again. With no marks given, each
//! criterion is asked for in turn (`-` takes a mark back there).

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::activity::{Markable, Unit};
use crate::bundled;
use crate::console::EXIT_USAGE;
use crate::console::out;
use crate::console::stderr_style;
use crate::diagnostic::render_all;
use crate::load::{io_message, load_to_work_on};
use crate::scoring::{Detail, Score};
use crate::teacher::mark::{
    MarkError, check_edit, check_mark, describe_parts, final_parts, moderate_answer,
};
use crate::teacher::marks::marks_beside;
use crate::teacher::marks::write::{Edit, WriteError, set_hand_in_comment};
use crate::teacher::moderation::override_max;
use crate::text::clean;
use crate::text::fmt_marks;
use targets::{Target, shown, targets};

mod targets;

/// A mark given (`Some`) or taken back (`None`), for a key of a target.
type Mark = (usize, String, Option<f64>);

/// Parses a comment, `KEY=TEXT` or `ACTIVITY:KEY=TEXT`; no text (`KEY=`) takes it back.
fn parse_comment(arg: &str) -> Result<(Option<String>, String, Option<String>), String> {
    let (key, text) = arg
        .split_once('=')
        .ok_or_else(|| format!("`{}` is not KEY=TEXT", clean(arg)))?;
    let text = Some(text.trim().to_string()).filter(|t| !t.is_empty());
    let (activity, key) = match key.split_once(':') {
        Some((a, k)) => (Some(a.trim().to_string()), k.trim().to_string()),
        None => (None, key.trim().to_string()),
    };
    Ok((activity, key, text))
}

/// Parses `KEY=POINTS` or `ACTIVITY:KEY=POINTS`; no points (`KEY=`) takes the mark back.
fn parse_mark(arg: &str) -> Result<(Option<String>, String, Option<f64>), String> {
    let (key, points) = arg
        .split_once('=')
        .ok_or_else(|| format!("`{}` is not KEY=POINTS", clean(arg)))?;
    let points = match points.trim() {
        "" => None,
        given => Some(
            given
                .parse()
                .map_err(|_| format!("`{}` is not a number of marks", clean(points)))?,
        ),
    };
    let (activity, key) = match key.split_once(':') {
        Some((a, k)) => (Some(a.trim().to_string()), k.trim().to_string()),
        None => (None, key.trim().to_string()),
    };
    Ok((activity, key, points))
}

/// Which target a mark is for: the one named, the only one there is (so a key it does not
/// have is refused with the keys it has), or the only one that has the key.
fn resolve(
    targets: &[(Target, Vec<Markable>)],
    scores: &[Score],
    activity: Option<&str>,
    key: &str,
) -> Result<usize, String> {
    if activity.is_none() && targets.len() == 1 {
        return Ok(0);
    }
    let has = |i: usize, m: &[Markable]| {
        m.iter().any(|m| m.key == key) || override_max(&scores[i], m, key).is_ok()
    };
    let found: Vec<usize> = targets
        .iter()
        .enumerate()
        .filter(|(i, (t, m))| {
            activity.is_none_or(|a| t.sheet.activity == a) && (activity.is_some() || has(*i, m))
        })
        .map(|(i, _)| i)
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(match activity {
            Some(a) => format!("no sheet here answers `{}`", clean(a)),
            None => format!("no sheet here has `{}` to mark", clean(key)),
        }),
        _ => Err(format!(
            "several sheets have `{}`: write ACTIVITY:{}=POINTS",
            clean(key),
            clean(key)
        )),
    }
}

/// Asks for each mark in turn; Enter keeps a mark as it is, `-` takes it back.
fn ask<R: BufRead, W: Write>(
    targets: &[(Target, Vec<Markable>)],
    input: &mut R,
    output: &mut W,
) -> std::io::Result<Vec<Mark>> {
    let mut marks = Vec::new();
    for (i, (target, markable)) in targets.iter().enumerate() {
        for m in markable {
            let current = target.sheet.answer.teacher.get(&m.key);
            writeln!(
                output,
                "\n{} — {} (`{}`), 0 to {}{}",
                clean(&target.sheet.activity),
                clean(&m.label),
                m.key,
                fmt_marks(m.max),
                current.map_or_else(String::new, |c| format!(", now {}", fmt_marks(*c)))
            )?;
            for level in &m.levels {
                writeln!(
                    output,
                    "  {}: {}",
                    fmt_marks(level.points),
                    clean(&level.description)
                )?;
            }
            loop {
                let back = if current.is_some() {
                    ", - to take it back"
                } else {
                    ""
                };
                write!(output, "marks (Enter to leave as it is{back}): ")?;
                output.flush()?;
                let mut line = String::new();
                if input.read_line(&mut line)? == 0 {
                    return Ok(marks);
                }
                let line = line.trim();
                if line.is_empty() {
                    break;
                }
                if line == "-" {
                    if current.is_some() {
                        marks.push((i, m.key.clone(), None));
                    }
                    break;
                }
                match line
                    .parse::<f64>()
                    .map_err(|_| "not a number".to_string())
                    .and_then(|v| check_mark(markable, &m.key, v).map(|()| v))
                {
                    Ok(v) => {
                        marks.push((i, m.key.clone(), Some(v)));
                        break;
                    }
                    Err(why) => writeln!(output, "{why}")?,
                }
            }
        }
    }
    Ok(marks)
}

/// What the teacher asks `classwork mark` to keep besides `KEY=POINTS`.
#[derive(Debug, Default)]
pub struct Remarks {
    /// Comments on tasks: `KEY=TEXT` or `ACTIVITY:KEY=TEXT`.
    pub comments: Vec<String>,
    /// A comment on the whole hand-in (empty: taken back).
    pub hand_in: Option<String>,
}

/// Marks the sheet or hand-in at `path` against the unit at `unit_path` (default: the
/// bundled unit), keeping the marks, overrides and comments in the marks file
/// `marks_file` (default: see the module's documentation), and prints each sheet's new
/// mark.
pub fn run(
    path: &Path,
    unit_path: Option<&Path>,
    marks_file: Option<&Path>,
    args: &[String],
    remarks: &Remarks,
) -> ExitCode {
    let usage = |message: String| {
        out::eprintln(&format!("error: {message}"));
        ExitCode::from(EXIT_USAGE)
    };
    if !path.exists() {
        return usage(format!(
            "cannot open `{}`: no such file or folder",
            shown(path)
        ));
    }
    let loaded = match unit_path {
        Some(p) => load_to_work_on(p),
        None => bundled::default_unit(),
    };
    if loaded.units.is_empty() && loaded.activities.is_empty() {
        out::eprint(&render_all(&loaded.diagnostics, stderr_style()));
    }
    let Some(unit) = loaded.into_unit("Activities") else {
        return usage("no unit loaded; give `--unit` a unit folder".into());
    };
    let mut diagnostics = Vec::new();
    let (found, work) = targets(path, &unit, &mut diagnostics);
    let marks_file = marks_file.map_or_else(|| marks_beside(&work), Path::to_path_buf);
    let (marks, problems) = crate::teacher::marks::read(&marks_file);
    diagnostics.extend(problems);
    let mut scores = Vec::new();
    let found: Vec<(Target, Vec<Markable>)> = found
        .into_iter()
        .filter_map(|mut t| {
            let activity = unit.activity(&t.sheet.activity)?;
            let fin = marks.final_score(
                &t.student,
                activity,
                &mut t.sheet.answer,
                &unit.sources,
                Detail::Explained,
                &mut diagnostics,
            );
            scores.push(fin.score);
            Some((t, activity.markable()))
        })
        .collect();
    out::eprint(&render_all(&diagnostics, stderr_style()));
    let asking = args.is_empty() && remarks.comments.is_empty() && remarks.hand_in.is_none();
    if found.is_empty() || (asking && found.iter().all(|(_, m)| m.is_empty())) {
        return usage(format!(
            "nothing at `{}` is marked by the teacher",
            shown(path)
        ));
    }
    let edits = if asking {
        let stdin = std::io::stdin();
        match ask(&found, &mut stdin.lock(), &mut std::io::stdout()) {
            Ok(marks) => marks
                .into_iter()
                .map(|(i, k, v)| (i, Edit::Mark(k, v)))
                .collect(),
            Err(e) => return usage(format!("cannot read the marks: {}", io_message(&e))),
        }
    } else {
        match edits_asked(&found, &scores, &unit, args, remarks) {
            Ok(edits) => edits,
            Err(why) => return usage(why),
        }
    };
    if !edits.is_empty() || remarks.hand_in.is_some() {
        out::eprintln(&format!("the marks are kept in `{}`", shown(&marks_file)));
    }
    let mut status = ExitCode::SUCCESS;
    if let Some(comment) = &remarks.hand_in {
        let student = &found[0].0.student;
        let comment = Some(comment.trim()).filter(|c| !c.is_empty());
        match set_hand_in_comment(&marks_file, student, comment) {
            Ok(()) => out::println(&format!(
                "{}: {}",
                clean(student),
                comment.map_or_else(
                    || "the comment on the hand-in is taken back".to_string(),
                    |c| format!("the hand-in's comment is “{}”", clean(c))
                )
            )),
            Err(why) => {
                out::eprintln(&format!("error: {}", written_error(&marks_file, why)));
                status = ExitCode::FAILURE;
            }
        }
    }
    for (i, (target, _)) in found.iter().enumerate() {
        let mine: Vec<Edit> = edits
            .iter()
            .filter(|(t, _)| *t == i)
            .map(|(_, e)| e.clone())
            .collect();
        if mine.is_empty() {
            continue;
        }
        match mark_one(target, &unit, &marks_file, &mine) {
            Ok(lines) => out::println(&lines),
            Err(why) => {
                out::eprintln(&format!("error: {}: {why}", shown(&target.path)));
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}

/// The edits the command line asks for, each for the target it names, checked.
fn edits_asked(
    found: &[(Target, Vec<Markable>)],
    scores: &[Score],
    unit: &Unit,
    args: &[String],
    remarks: &Remarks,
) -> Result<Vec<(usize, Edit)>, String> {
    let mut edits = Vec::new();
    for arg in args {
        let (activity, key, points) = parse_mark(arg)?;
        let i = resolve(found, scores, activity.as_deref(), &key)?;
        let edit = if found[i].1.iter().any(|m| m.key == key) {
            Edit::Mark(key, points)
        } else {
            Edit::Override(key, points)
        };
        edits.push((i, edit));
    }
    for arg in &remarks.comments {
        let (activity, key, text) = parse_comment(arg)?;
        let i = resolve(found, scores, activity.as_deref(), &key)?;
        edits.push((i, Edit::Comment(key, text)));
    }
    for (i, edit) in &edits {
        let activity = unit
            .activity(&found[*i].0.sheet.activity)
            .ok_or("the activity is not in the unit")?;
        check_edit(activity, &scores[*i], edit)?;
    }
    Ok(edits)
}

/// Why the marks file was not written, in words.
fn written_error(marks_file: &Path, e: WriteError) -> String {
    match e {
        WriteError::Refused(why) => why,
        WriteError::WouldNotRead(diagnostics) => format!(
            "the marks file would not read:\n{}",
            render_all(&diagnostics, stderr_style())
        ),
        WriteError::Io(e) => format!("`{}`: {}", shown(marks_file), io_message(&e)),
    }
}

/// Writes `edits` of one sheet into the marks file and describes its new mark: its parts,
/// then each mark the teacher changed and each comment.
fn mark_one(
    target: &Target,
    unit: &Unit,
    marks_file: &Path,
    edits: &[Edit],
) -> Result<String, String> {
    let activity = unit
        .activity(&target.sheet.activity)
        .ok_or("the activity is not in the unit")?;
    let marked = moderate_answer(
        marks_file,
        &target.student,
        &target.sheet,
        activity,
        &unit.sources,
        edits,
    );
    let (_, fin) = marked.map_err(|e| match e {
        MarkError::Refused(why) => why,
        MarkError::WouldNotLoad(diagnostics) => format!(
            "the marks file would not read:\n{}",
            render_all(&diagnostics, stderr_style())
        ),
        MarkError::Io(e) => format!("`{}`: {}", shown(marks_file), io_message(&e)),
    })?;
    let p = final_parts(activity, &fin);
    let mut lines = vec![format!(
        "{} — {}: {}",
        clean(&target.student),
        clean(&activity.id),
        describe_parts(&p, fin.score.max)
    )];
    lines.extend(
        fin.changes
            .iter()
            .map(|c| format!("  changed {}", clean(&c.describe()))),
    );
    lines.extend(
        fin.comments
            .iter()
            .map(|(k, c)| format!("  comment on {}: “{}”", clean(k), clean(c))),
    );
    Ok(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::answer::sheet::AnswerSheet;

    #[test]
    fn asked_marks_are_kept_given_or_taken_back() {
        let markable = |key: &str| Markable {
            key: key.into(),
            label: key.into(),
            max: 4.0,
            levels: Vec::new(),
        };
        let mut sheet = AnswerSheet {
            student: None,
            activity: "essay".into(),
            activity_hash: String::new(),
            started: None,
            submitted: None,
            answer: Default::default(),
        };
        sheet.answer.teacher.insert("argument".into(), 3.0);
        sheet.answer.teacher.insert("style".into(), 1.0);
        let target = Target {
            path: PathBuf::from("essay.toml"),
            sheet,
            student: "Ada".into(),
        };
        let keys = ["argument", "style", "knowledge", "structure"];
        let found = vec![(target, keys.iter().map(|k| markable(k)).collect())];
        // argument taken back, style kept, knowledge given, structure (never marked) left.
        let mut input = "-\n\n2\n-\n".as_bytes();
        let mut output = Vec::new();
        let marks = ask(&found, &mut input, &mut output).expect("asked");
        assert_eq!(
            marks,
            [
                (0, "argument".into(), None),
                (0, "knowledge".into(), Some(2.0))
            ]
        );
        let said = String::from_utf8(output).expect("text");
        assert!(said.contains("(`argument`), 0 to 4, now 3"), "{said}");
        assert!(said.contains("- to take it back"), "{said}");
    }

    #[test]
    fn marks_parse() {
        assert_eq!(
            parse_mark("argument=3"),
            Ok((None, "argument".into(), Some(3.0)))
        );
        assert_eq!(
            parse_mark("report:advice.argument = 1.5"),
            Ok((Some("report".into()), "advice.argument".into(), Some(1.5)))
        );
        assert_eq!(
            parse_mark("argument= "),
            Ok((None, "argument".into(), None))
        );
        assert!(parse_mark("argument").is_err());
        assert!(parse_mark("argument=lots").is_err());
    }
}
