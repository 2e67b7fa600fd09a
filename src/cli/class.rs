//! `classwork class`: every hand-in of a class scored against the unit, as a gradebook,
//! item analysis and what the class chose, in the format asked for; optionally an xAPI
//! statement file.
//!
//! With no `--format` and stdout a terminal, the class is browsed in the terminal UI
//! instead (the class results of `crate::tui::class`), and the problems are printed once it
//! is closed.
//!
//! The numbers come from [`crate::teacher`]; this module only formats them. Files that
//! are not hand-ins, bad sheets and duplicate hand-ins are reported on stderr and left out.
//! Exit status: 0 when every file was read, 1 when a file was left out for an error (the
//! report is still printed), 2 when the class folder or unit cannot be opened or the xAPI
//! file cannot be written.

mod csv;
pub mod from_store;
mod json;
mod report;

use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::activity::Unit;
use crate::console::EXIT_USAGE;
use crate::console::{out, stderr_style};
use crate::diagnostic::render_all;
use crate::load::io_message;
use crate::teacher::doc::{html, markdown, plain};
use crate::teacher::mark::write_atomically;
use crate::teacher::marks::class_marks;
use crate::teacher::{
    Class, Gradebook, ItemStats, Keep, Positions, SortHeatMap, gradebook, item_analysis,
    order_positions, read_class_marked, sort_heat_maps, xapi,
};
use crate::teacher::{returned, roster};
use crate::text::clean;

/// How the class report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClassFormat {
    /// Aligned plain-text tables.
    Table,
    /// The gradebook only, one row per student, for a learning platform to import.
    Csv,
    /// Everything, machine-readable.
    Json,
    /// Markdown, with pipe tables.
    Markdown,
    /// One HTML page with its styles inline.
    Html,
}

/// Files written besides the report.
#[derive(Debug, Default)]
pub struct Outputs<'a> {
    /// The xAPI statements' file.
    pub xapi: Option<&'a Path>,
    /// The folder each student's marked work is returned into.
    pub return_to: Option<&'a Path>,
    /// Print the moderation queue instead of the report.
    pub queue: bool,
    /// Bring the class up to date from the progress database in this folder (`None`: the
    /// usual one) every few seconds while the terminal UI shows it.
    #[cfg(feature = "tui")]
    pub live: Option<Option<&'a Path>>,
}

/// Reads the class in `dir` against the unit at `unit_path` (default: the bundled unit),
/// with the teacher's marks of `marks` (default: the class's `marks.toml`), and prints the
/// report in `format`; writes the `outputs` asked for too.
pub fn run(
    dir: &Path,
    unit_path: Option<&Path>,
    format: Option<ClassFormat>,
    outputs: &Outputs<'_>,
    marks: Option<&Path>,
) -> ExitCode {
    if !dir.is_dir() {
        let why = if dir.exists() {
            "it is not a folder"
        } else {
            "no such folder"
        };
        out::eprintln(&format!(
            "error: cannot open the class folder `{}`: {why}",
            clean(&dir.display().to_string())
        ));
        return ExitCode::from(EXIT_USAGE);
    }
    let loaded = match crate::console::open_to_work_on(unit_path) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let style = stderr_style();
    // Why no unit loaded is said too, even when it is only a warning.
    if loaded.has_errors() || loaded.units.is_empty() {
        out::eprint(&render_all(&loaded.diagnostics, style));
    }
    let Some(unit) = loaded.into_unit("Activities") else {
        out::eprintln("error: no unit loaded; give `--unit` a unit folder or activity files");
        return ExitCode::from(EXIT_USAGE);
    };
    let marks = marks.map_or_else(|| class_marks(dir), Path::to_path_buf);
    #[cfg(feature = "tui")]
    if format.is_none() && !outputs.queue && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        let class = read_class_marked(dir, &unit, Keep::Everything, &marks);
        return browse(dir, (unit, unit_path), class, outputs, &marks);
    }
    // The printed reports show no student's texts: they are not kept, unless marked work
    // is returned, which explains each mark.
    let keep = if outputs.return_to.is_some() || outputs.queue {
        Keep::Everything
    } else {
        Keep::NoTexts
    };
    let class = read_class_marked(dir, &unit, keep, &marks);
    out::eprint(&render_all(&class.diagnostics, style));
    if outputs.queue {
        out::print(&queue_text(&class, &unit, dir));
        return finish(&class, &unit, outputs);
    }
    let format = format.unwrap_or(ClassFormat::Table);
    let out = match format {
        ClassFormat::Csv => csv::gradebook(&gradebook(&class, &unit)),
        ClassFormat::Json => {
            let f = Figures::of(&class, &unit);
            let report = json::report(
                &unit,
                &f.book,
                &f.items,
                &f.maps,
                &f.orders,
                &class.diagnostics,
            );
            format!("{report:#}\n")
        }
        ClassFormat::Table | ClassFormat::Markdown | ClassFormat::Html => {
            let f = Figures::of(&class, &unit);
            let problems = class.diagnostics.len();
            let doc = report::document(&unit, &f.book, &f.items, &f.maps, &f.orders, problems);
            match format {
                ClassFormat::Markdown => markdown::render(&doc),
                ClassFormat::Html => html::render(&doc),
                _ => plain::render(&doc),
            }
        }
    };
    out::print(&out);
    finish(&class, &unit, outputs)
}

/// Writes the class list of the class folder `dir` from the school's CSV at `csv`: exit 1
/// when the folder has one already (it is not written over), 2 when the CSV cannot be read
/// or names no students.
pub fn import_roster(dir: &Path, csv: &Path) -> ExitCode {
    let fail = |code: u8, message: String| {
        out::eprintln(&format!("error: {message}"));
        ExitCode::from(code)
    };
    let shown = |p: &Path| clean(&p.display().to_string()).into_owned();
    if !dir.is_dir() {
        return fail(
            EXIT_USAGE,
            format!("cannot open the class folder `{}`", shown(dir)),
        );
    }
    let target = dir.join(roster::ROSTER_FILE);
    if target.exists() {
        return fail(
            1,
            format!(
                "`{}` exists already; it is not written over (move it aside to import again)",
                shown(&target)
            ),
        );
    }
    let text = match std::fs::read(csv) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            return fail(
                EXIT_USAGE,
                format!("cannot read `{}`: {}", shown(csv), io_message(&e)),
            );
        }
    };
    let list = match roster::from_csv(&text) {
        Ok(list) if !list.students.is_empty() => list,
        Ok(_) => return fail(EXIT_USAGE, format!("`{}` names no students", shown(csv))),
        Err(why) => return fail(EXIT_USAGE, format!("`{}`: {why}", shown(csv))),
    };
    if let Err(e) = write_atomically(&target, &roster::to_toml(&list)) {
        return fail(
            EXIT_USAGE,
            format!("cannot write `{}`: {}", shown(&target), io_message(&e)),
        );
    }
    let with_ids = list.students.iter().filter(|s| s.id.is_some()).count();
    out::println(&format!(
        "{} students ({with_ids} with ids) written to `{}`",
        list.students.len(),
        shown(&target)
    ));
    ExitCode::SUCCESS
}

/// Writes each student's marked work into `folder` (made when missing), one file each,
/// replacing a file returned before; says on stderr how many were written.
fn return_work(class: &Class, unit: &Unit, folder: &Path) -> Result<(), String> {
    let shown = |p: &Path| clean(&p.display().to_string()).into_owned();
    std::fs::create_dir_all(folder)
        .map_err(|e| format!("cannot make `{}`: {}", shown(folder), io_message(&e)))?;
    let (marks, _) = crate::teacher::marks::read(&class.marks);
    let now = crate::time::rfc3339(crate::time::now());
    let mut names = std::collections::BTreeSet::new();
    for hand_in in &class.hand_ins {
        let work = returned::marked_work(hand_in, unit, &marks, &now);
        let base = returned::file_name(&hand_in.manifest.student);
        let mut name = base.clone();
        let mut n = 1;
        while !names.insert(name.clone()) {
            n += 1;
            name = base.replace(".toml", &format!("-{n}.toml"));
        }
        let path = folder.join(&name);
        write_atomically(&path, &returned::to_toml(&work))
            .map_err(|e| format!("cannot write `{}`: {}", shown(&path), io_message(&e)))?;
    }
    out::eprintln(&format!(
        "marked work of {} students returned into `{}`",
        class.hand_ins.len(),
        shown(folder)
    ));
    Ok(())
}

/// The moderation queue in words: each flagged answer, and the commands that judge it.
fn queue_text(class: &Class, unit: &Unit, dir: &Path) -> String {
    let flagged = crate::teacher::queue::flagged(class, unit);
    if flagged.is_empty() {
        return "Nothing flagged: the marker had no doubts.\n".to_string();
    }
    let answers = if flagged.len() == 1 {
        "1 answer".to_string()
    } else {
        format!("{} answers", flagged.len())
    };
    let mut text = format!(
        "{answers} flagged by the marker. Accept one with `classwork mark FOLDER ACTIVITY:POINT=MARKS` \
         (or for everyone with `classwork rekey`); reject it by leaving it, or with `=0`.\n",
    );
    for f in &flagged {
        let folder = class.hand_ins[f.hand_in]
            .folder
            .strip_prefix(dir)
            .unwrap_or(&class.hand_ins[f.hand_in].folder)
            .display()
            .to_string();
        text.push_str(&format!(
            "\n{} ({}) — {} {}: {}\n",
            clean(&f.student),
            clean(&folder),
            clean(&f.activity),
            clean(&f.key),
            clean(&f.reason)
        ));
    }
    text
}

/// How `classwork open` shows marked work (a build without the UI only prints it).
#[cfg_attr(not(feature = "tui"), allow(dead_code))]
pub struct Opening<'a> {
    /// The unit the student UI goes on with (default: the bundled unit).
    pub unit: Option<&'a Path>,
    /// Print it as text, even on a terminal.
    pub plain: bool,
    /// `--seed`, for the student UI.
    pub seed: Option<u64>,
    /// `--profile`, for the student UI.
    pub profile: Option<&'a str>,
    /// `--data-dir`, for the student UI.
    pub data_dir: Option<&'a Path>,
}

/// `classwork open FILE`: shows marked work returned by the teacher on the student UI's
/// marks screen, or as text with `--plain` or when stdout is no terminal; exit 2 when the
/// file is not marked work (the problem placed in it).
pub fn open(file: &Path, how: &Opening<'_>) -> ExitCode {
    let work = match returned::read(file) {
        Ok(work) => work,
        Err(d) => {
            out::eprint(&render_all(&[d], stderr_style()));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    #[cfg(feature = "tui")]
    if !how.plain && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return crate::tui::run(
            &crate::tui::run::Options {
                path: how.unit,
                seed: how.seed,
                profile: how.profile,
                data_dir: how.data_dir,
                returned: Some(&work),
            },
            crate::scoring::score_with_sources,
        );
    }
    #[cfg(not(feature = "tui"))]
    let _ = how;
    out::print(&returned::render(&work));
    ExitCode::SUCCESS
}

/// What the full reports show of a class.
struct Figures {
    book: Gradebook,
    items: Vec<ItemStats>,
    maps: Vec<SortHeatMap>,
    orders: Vec<Positions>,
}

impl Figures {
    /// Works the figures out.
    fn of(class: &Class, unit: &Unit) -> Self {
        Self {
            book: gradebook(class, unit),
            items: item_analysis(class, unit),
            maps: sort_heat_maps(class, unit),
            orders: order_positions(class, unit),
        }
    }
}

/// Writes the xAPI statements if asked; the exit status: 2 when they cannot be written,
/// 1 when a file was left out for an error, else 0.
fn finish(class: &Class, unit: &Unit, outputs: &Outputs<'_>) -> ExitCode {
    if let Some(folder) = outputs.return_to
        && let Err(why) = return_work(class, unit, folder)
    {
        out::eprintln(&format!("error: {why}"));
        return ExitCode::from(EXIT_USAGE);
    }
    if let Some(path) = outputs.xapi {
        let statements = xapi::statements(class, unit);
        let text = format!("{statements:#}\n");
        if let Err(e) = std::fs::write(path, text) {
            out::eprintln(&format!(
                "error: cannot write `{}`: {}",
                clean(&path.display().to_string()),
                io_message(&e)
            ));
            return ExitCode::from(EXIT_USAGE);
        }
    }
    if class.diagnostics.iter().any(|d| d.is_error()) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// How often `--live` brings the class up to date.
#[cfg(feature = "tui")]
const LIVE_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// Shows the class in the terminal UI (changes of key written into `unit_path`, a unit
/// folder); once it is closed, the problems met reading the
/// class are printed on stderr, as they are before a printed report.
#[cfg(feature = "tui")]
fn browse(
    dir: &Path,
    (unit, unit_path): (Unit, Option<&Path>),
    class: Class,
    outputs: &Outputs<'_>,
    marks: &Path,
) -> ExitCode {
    let folder: std::path::PathBuf = dir.components().collect();
    let live = outputs.live.map(|data| {
        let (dir, unit, marks) = (dir.to_path_buf(), unit.clone(), marks.to_path_buf());
        let data = data.map(Path::to_path_buf);
        crate::tui::class::Live::every(LIVE_EVERY, move || {
            let store = super::progress::open_store(data.as_deref()).ok()?;
            crate::teacher::from_store::write_class(&store, &unit.id, &dir, crate::time::now())
                .ok()?;
            Some(read_class_marked(&dir, &unit, Keep::Everything, &marks))
        })
    });
    let mut app = crate::tui::class::ClassApp::new(unit, folder, class);
    app.live = live;
    // A change of key is written into the unit's folder (a file's folder, for a file given);
    // the bundled unit is not changed.
    app.unit_dir = unit_path.map(crate::load::folder_of);
    let shown = crate::tui::class::run(&mut app);
    out::eprint(&render_all(&app.class.diagnostics, stderr_style()));
    if let Err(e) = shown {
        out::eprintln(&format!("error: {e}"));
        return ExitCode::FAILURE;
    }
    finish(&app.class, &app.unit, outputs)
}
