//! The runner's side of accepting a phrasing for everyone from the class results: the
//! regrade preview worked out, and, once confirmed, the activity file written (comments
//! kept) and the class marked again, through the same domain code as `classwork rekey`.

use super::app::ClassApp;
use super::queue::Preview;
use crate::load::io_message;
use crate::teacher::mark::write_atomically;
use crate::teacher::rekey::{KeyChange, activity_file, edit_key, load_edited, regrade};
use crate::teacher::{Keep, read_class_marked};
use crate::text::{clean, fmt_marks};

/// Works out what `change` to the activity at `activity` would do to the class's marks and
/// shows it; says why in the footer when the change cannot be made.
pub fn preview(app: &mut ClassApp, activity: usize, change: &KeyChange) {
    match previewed(app, activity, change) {
        Ok(p) => app.preview = Some(p),
        Err(why) => app.notice = Some(format!("Not changed: {why}")),
    }
}

fn previewed(app: &ClassApp, activity: usize, change: &KeyChange) -> Result<Preview, String> {
    let dir = app
        .unit_dir
        .as_deref()
        .ok_or("the bundled unit is not changed")?;
    let id = &app
        .unit
        .activities
        .get(activity)
        .ok_or("no such activity")?
        .id;
    let file = activity_file(dir, id).ok_or_else(|| format!("no file of `{id}` in the unit"))?;
    let shown = clean(&file.display().to_string()).into_owned();
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read `{shown}`: {}", io_message(&e)))?;
    let edited = edit_key(&text, change)?;
    let new = load_edited(&shown, &edited, &app.unit).map_err(|problems| {
        let first = problems.first().map_or("", |d| d.message.as_str());
        format!("with that change `{shown}` would not load ({first})")
    })?;
    let (marks, _) = crate::teacher::marks::read(&app.class.marks);
    let rows = regrade(&app.class, &app.unit, &marks, &new);
    let changed: Vec<_> = rows.iter().filter(|r| r.changes()).collect();
    let mut lines: Vec<String> = changed
        .iter()
        .map(|r| {
            let delta = r.after - r.before;
            let sign = if delta > 0.0 { "+" } else { "−" };
            format!(
                "{}: {} → {} ({sign}{})",
                clean(&r.student),
                fmt_marks(r.before),
                fmt_marks(r.after),
                fmt_marks(delta.abs())
            )
        })
        .collect();
    lines.push(format!(
        "{} of {} students' marks change.",
        changed.len(),
        rows.len()
    ));
    let title = match change {
        KeyChange::Accept { target, phrase } => {
            format!(
                "Accepting “{}” for {} of {id}",
                clean(phrase),
                clean(target)
            )
        }
        KeyChange::Key { question, option } => {
            format!("Keying {} as the right option of {question}", clean(option))
        }
    };
    Ok(Preview {
        activity,
        title,
        lines,
        file,
        edited,
        new,
    })
}

/// Writes the previewed change into its activity file and marks the class again with it;
/// says why in the footer when the file cannot be written (nothing then changes).
pub fn write(app: &mut ClassApp) {
    let Some(p) = app.preview.take() else {
        return;
    };
    let shown = clean(&p.file.display().to_string()).into_owned();
    if let Err(e) = write_atomically(&p.file, &p.edited) {
        app.notice = Some(format!("Not written: `{shown}`: {}", io_message(&e)));
        return;
    }
    if let Some(a) = app.unit.activities.get_mut(p.activity) {
        *a = p.new;
    }
    let marks = app.class.marks.clone();
    app.class = read_class_marked(&app.folder, &app.unit, Keep::Everything, &marks);
    app.refresh();
    app.notice = Some(format!("Written into {shown}; the class is marked again."));
}
