//! `classwork rekey`: a change of an activity's key for the whole class — a phrasing
//! accepted for a question or keyword point, or another option made the right one — shown
//! first as a regrade preview (which students' marks change, and by how much), then
//! written into the activity file once the teacher confirms (`--yes`, or `y` when asked).

use std::io::BufRead;
use std::path::Path;
use std::process::ExitCode;

use crate::console::{EXIT_USAGE, out, stderr_style};
use crate::diagnostic::render_all;
use crate::load::{folder_of, io_message, load_to_work_on};
use crate::teacher::mark::write_atomically;
use crate::teacher::marks::class_marks;
use crate::teacher::rekey::{KeyChange, activity_file, edit_key, load_edited, regrade};
use crate::teacher::{Keep, read_class_marked};
use crate::text::{clean, fmt_marks};

/// What `classwork rekey` is asked.
#[derive(Debug)]
pub struct Rekey<'a> {
    /// The class folder.
    pub dir: &'a Path,
    /// The unit folder (its activity file is edited).
    pub unit: &'a Path,
    /// `ACTIVITY:TASK` or `ACTIVITY:TASK/POINT`.
    pub target: &'a str,
    /// A phrasing to accept.
    pub accept: Option<&'a str>,
    /// An option to make the right one.
    pub key: Option<&'a str>,
    /// Write without asking.
    pub yes: bool,
}

/// Runs `classwork rekey`: exit 0 when written (or the teacher said no), 2 on a bad target
/// or a change that would not load, 1 when the file cannot be written.
pub fn run(args: &Rekey<'_>) -> ExitCode {
    let usage = |message: String| {
        out::eprintln(&format!("error: {message}"));
        ExitCode::from(EXIT_USAGE)
    };
    let Some((activity_id, task)) = args.target.split_once(':') else {
        return usage(format!(
            "`{}` is not ACTIVITY:TASK or ACTIVITY:TASK/POINT",
            clean(args.target)
        ));
    };
    let change = match (args.accept, args.key) {
        (Some(phrase), None) if !phrase.trim().is_empty() => KeyChange::Accept {
            target: task.to_string(),
            phrase: phrase.trim().to_string(),
        },
        (None, Some(option)) => KeyChange::Key {
            question: task.to_string(),
            option: option.to_string(),
        },
        _ => return usage("give one of --accept PHRASE or --key OPTION".into()),
    };
    let loaded = load_to_work_on(args.unit);
    let diagnostics = render_all(&loaded.diagnostics, stderr_style());
    let Some(unit) = loaded.into_unit("Activities") else {
        out::eprint(&diagnostics);
        return usage("no unit loaded; give `--unit` the unit folder or activity file".into());
    };
    let Some(file) = activity_file(&folder_of(args.unit), activity_id) else {
        return usage(format!(
            "no activity `{}` in `{}`",
            clean(activity_id),
            clean(&args.unit.display().to_string())
        ));
    };
    let shown = clean(&file.display().to_string()).into_owned();
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => return usage(format!("cannot read `{shown}`: {}", io_message(&e))),
    };
    let edited = match edit_key(&text, &change) {
        Ok(edited) => edited,
        Err(why) => return usage(why),
    };
    let new = match load_edited(&shown, &edited, &unit) {
        Ok(new) => new,
        Err(problems) => {
            out::eprint(&render_all(&problems, stderr_style()));
            return usage(format!(
                "with that change, `{shown}` would not load; nothing written"
            ));
        }
    };
    let class = read_class_marked(args.dir, &unit, Keep::Everything, &class_marks(args.dir));
    let (marks, _) = crate::teacher::marks::read(&class.marks);
    let rows = regrade(&class, &unit, &marks, &new);
    let what = match &change {
        KeyChange::Accept { target, phrase } => {
            format!(
                "Accepting “{}” for `{}` of `{}`",
                clean(phrase),
                clean(target),
                new.id
            )
        }
        KeyChange::Key { question, option } => format!(
            "Keying `{}` as the right option of `{}` of `{}`",
            clean(option),
            clean(question),
            new.id
        ),
    };
    let mut preview = vec![format!("{what}:")];
    let changed: Vec<_> = rows.iter().filter(|r| r.changes()).collect();
    for r in &changed {
        let delta = r.after - r.before;
        let sign = if delta > 0.0 { "+" } else { "−" };
        preview.push(format!(
            "  {}: {} → {} ({sign}{})",
            clean(&r.student),
            fmt_marks(r.before),
            fmt_marks(r.after),
            fmt_marks(delta.abs())
        ));
    }
    preview.push(format!(
        "{} of {} students' marks change.",
        changed.len(),
        rows.len()
    ));
    out::println(&preview.join("\n"));
    let confirmed = args.yes || {
        out::print(&format!("Write it into `{shown}`? [y/N] "));
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        matches!(line.trim(), "y" | "Y" | "yes")
    };
    if !confirmed {
        out::println("Nothing written.");
        return ExitCode::SUCCESS;
    }
    if let Err(e) = write_atomically(&file, &edited) {
        out::eprintln(&format!(
            "error: cannot write `{shown}`: {}",
            io_message(&e)
        ));
        return ExitCode::FAILURE;
    }
    out::println(&format!("Written into `{shown}`."));
    ExitCode::SUCCESS
}
