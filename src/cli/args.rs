//! What the command line accepts: classwork's own options, each command with its
//! arguments, and the options shared by the commands that use them.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use super::{ClassFormat, ExportCommand, GradeFormat, PrintFormat, interchange, new};

/// classwork: do, check and grade classroom activities in the terminal.
#[derive(Debug, Parser)]
#[command(name = "classwork", version, about, long_about = None)]
pub struct Cli {
    /// A unit folder or activity file to open (default: the bundled unit).
    pub path: Option<PathBuf>,
    /// Fixes the order of shuffled rows, cards, items and options (the same seed, the same order).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Run as a line-by-line dialogue (for screen readers and scripts) instead of the full-screen UI.
    #[arg(long)]
    pub plain: bool,
    /// The student whose work this is (default: the one used last; asked on first use).
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// The folder of the progress database (default: $CLASSWORK_DATA_DIR, else the platform's data folder).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The subcommand; without one, the unit is opened.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Whose work a command reads and where it is kept, for the commands that use the
/// progress database (given before the command, as `classwork --profile Ada review`, too).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct WorkArgs {
    /// The student whose work this is (default: the one used last; asked on first use).
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// The folder of the progress database (default: $CLASSWORK_DATA_DIR, else the platform's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl WorkArgs {
    /// The folder and the profile given after the command, else those given before it.
    pub(super) fn or<'a>(
        &'a self,
        data: Option<&'a std::path::Path>,
        profile: Option<&'a str>,
    ) -> (Option<&'a std::path::Path>, Option<&'a str>) {
        (
            self.data_dir.as_deref().or(data),
            self.profile.as_deref().or(profile),
        )
    }
}

/// Where the progress database is, for the commands that read it but no one student's work.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DataDirArg {
    /// The folder of the progress database (default: $CLASSWORK_DATA_DIR, else the platform's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

/// The shuffle's seed, for the commands that shuffle.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SeedArg {
    /// Fixes the order of shuffled rows, cards, items and options (the same seed, the same order).
    #[arg(long)]
    pub seed: Option<u64>,
}

/// What `classwork profile` does.
#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the profiles, marking the one opened next.
    List,
    /// Rename a profile; its work goes with it.
    Rename {
        /// The profile's name now (compared without case).
        name: String,
        /// Its new name.
        new_name: String,
    },
    /// Delete a profile and all its work, after asking to type its name again.
    Delete {
        /// The profile's name (compared without case).
        name: String,
        /// Delete without asking.
        #[arg(long)]
        yes: bool,
        /// Keep a copy of its work first, in a folder made inside this one: its hand-in
        /// and its drafts, as answer sheets.
        #[arg(long, value_name = "FOLDER")]
        keep_work: Option<PathBuf>,
    },
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve a live class over SSH: students run `ssh -p PORT NAME@HOST` and type the class code.
    #[cfg(feature = "serve")]
    Serve {
        /// A unit folder or activity file (default: the bundled unit).
        path: Option<PathBuf>,
        /// The port to listen on (0: any free port, printed).
        #[arg(long, default_value_t = 2222)]
        port: u16,
        /// The address to listen on (default: every address of this computer).
        #[arg(long, default_value = "0.0.0.0")]
        listen: std::net::IpAddr,
        /// The class code students type first (default: a new one, printed).
        #[arg(long)]
        code: Option<String>,
        /// Close a student's connection after this many minutes without typing (work saved).
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=1440))]
        idle_minutes: u64,
        /// The most connections open at once; more are refused with a message.
        #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        max_connections: u64,
        /// The shuffle's seed.
        #[command(flatten)]
        seed: SeedArg,
        /// Where the progress database is.
        #[command(flatten)]
        store: DataDirArg,
    },
    /// Check activity files and units, printing every problem with its place.
    Validate {
        /// Files or folders to check (default: `activities/`).
        paths: Vec<PathBuf>,
        /// How to print the problems.
        #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
        format: DiagnosticFormat,
    },
    /// List the activities of a unit (default: the bundled unit).
    List {
        /// A unit folder (default: the bundled unit).
        path: Option<PathBuf>,
    },
    /// Score answer sheets; exits 1 if a sheet or activity is invalid (the rest are graded).
    Grade {
        /// The unit folder or activity file the sheets answer.
        activities: PathBuf,
        /// Answer sheets, or folders of them (`.toml` files).
        #[arg(required = true)]
        answers: Vec<PathBuf>,
        /// How to print the grades.
        #[arg(long, value_enum, default_value_t = GradeFormat::Table)]
        format: GradeFormat,
        /// The teacher's marks file (default: the nearest marks.toml above each hand-in or sheet).
        #[arg(long)]
        marks: Option<PathBuf>,
    },
    /// Write a commented starter activity of a kind into a unit and list it in unit.toml;
    /// `new unit DIR` makes a new unit folder.
    New {
        /// unit, or a kind: sort, categorize, match, rank, timeline, grid, choice, short, essay or report.
        #[arg(value_parser = new::parse_what)]
        kind: new::What,
        /// For `new unit`: the unit folder to make.
        name: Option<PathBuf>,
        /// The unit folder (default: this folder if it has a unit.toml, else the first unit under activities/).
        #[arg(long)]
        unit: Option<PathBuf>,
        /// The activity's id (default: the kind's name).
        #[arg(long)]
        id: Option<String>,
    },
    /// Validate, then dry-run every activity: full marks reachable, the empty answer's marks, a preview.
    Check {
        /// Files or folders to check (default: `activities/`).
        paths: Vec<PathBuf>,
        /// How to print the problems.
        #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
        format: DiagnosticFormat,
    },
    /// Print a unit as a paper worksheet, or with --answers as its answer key. Activities
    /// that allow it are shuffled, the same way at every printing; --seed changes the order.
    Print {
        /// A unit folder (default: the bundled unit).
        path: Option<PathBuf>,
        /// Markdown or a self-contained HTML page.
        #[arg(long, value_enum, default_value_t = PrintFormat::Markdown)]
        format: PrintFormat,
        /// Print the answer key instead of the worksheet.
        #[arg(long)]
        answers: bool,
        /// The shuffle's seed.
        #[command(flatten)]
        seed: SeedArg,
    },
    /// Export work for the teacher.
    Export {
        /// Whose work, and where it is kept.
        #[command(flatten)]
        work: WorkArgs,
        /// What to export.
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Score every hand-in folder under DIR: gradebook, item analysis, heat maps.
    Class {
        /// The folder of hand-in folders.
        dir: PathBuf,
        /// The unit folder the work is for (default: the bundled unit).
        #[arg(long)]
        unit: Option<PathBuf>,
        /// How to print the report (default: browse it in the terminal; `table` when
        /// stdout is not a terminal).
        #[arg(long, value_enum)]
        format: Option<ClassFormat>,
        /// Also write one xAPI statement per sheet to this file (a JSON array).
        #[arg(long)]
        xapi: Option<PathBuf>,
        /// The teacher's marks file (default: marks.toml at the top of DIR).
        #[arg(long)]
        marks: Option<PathBuf>,
        /// Build the class list (DIR/class.toml) from the CSV a school's system exports, then stop.
        #[arg(long, value_name = "FILE.csv")]
        roster_import: Option<PathBuf>,
        /// Print the moderation queue instead of the report: the answers the marker flagged for you to judge.
        #[arg(long)]
        queue: bool,
        /// Also write each student's marked work into this folder, a file they open with `classwork open`.
        #[arg(long = "return", value_name = "DIR")]
        return_to: Option<PathBuf>,
        /// First write into DIR each student's hand-in from the progress database (--data-dir): the work of a class served with `classwork serve`.
        #[arg(long)]
        from_store: bool,
        /// With --from-store, bring the class up to date again every few seconds while it is shown: the gradebook, heat maps and item analysis fill in as students submit.
        #[cfg(feature = "tui")]
        #[arg(long, requires = "from_store")]
        live: bool,
        /// Where the progress database is.
        #[command(flatten)]
        store: DataDirArg,
    },
    /// Change an activity's key for the whole class (accept a phrasing, or key another option), after a regrade preview.
    Rekey {
        /// The class folder.
        dir: PathBuf,
        /// The unit folder whose activity file is changed.
        #[arg(long)]
        unit: PathBuf,
        /// ACTIVITY:TASK, or ACTIVITY:TASK/POINT for a keyword point.
        target: String,
        /// Accept this phrasing (a question's accepted answer, or a keyword point's alternative).
        #[arg(long, value_name = "PHRASE")]
        accept: Option<String>,
        /// Make this option the right one of a choice question.
        #[arg(long, value_name = "OPTION")]
        key: Option<String>,
        /// Write the change without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Show marked work returned by the teacher: final marks, what the teacher changed, and comments.
    Open {
        /// The file the teacher returned.
        file: PathBuf,
        /// The unit to go on with once the marks are seen (default: the bundled unit).
        #[arg(long)]
        unit: Option<PathBuf>,
        /// Print the marked work as text instead of opening the full-screen UI (as when stdout is no terminal).
        #[arg(long)]
        plain: bool,
        /// The shuffle's seed.
        #[command(flatten)]
        seed: SeedArg,
        /// Whose work, and where it is kept.
        #[command(flatten)]
        work: WorkArgs,
    },
    /// List the tasks due for review, the least known first.
    Review {
        /// A unit folder, to name its activities and tasks (default: the bundled unit).
        path: Option<PathBuf>,
        /// Whose work, and where it is kept.
        #[command(flatten)]
        work: WorkArgs,
    },
    /// List the profiles, or rename or delete one.
    Profile {
        /// Where the progress database is.
        #[command(flatten)]
        store: DataDirArg,
        /// What to do.
        #[command(subcommand)]
        what: ProfileCommand,
    },
    /// Show where the progress database is; with --move-aside, keep a damaged one aside.
    Store {
        /// Move a database that cannot be read aside, so a new one is started.
        #[arg(long)]
        move_aside: bool,
        /// Where the progress database is.
        #[command(flatten)]
        store: DataDirArg,
    },
    /// Write the JSON Schemas editors use into a unit's `schemas/` folder, where its `#:schema` lines point.
    Schema {
        /// The unit folder (default: this folder).
        unit: Option<PathBuf>,
    },
    /// Read questions from GIFT, Aiken or Moodle XML into a new unit, listing what could not be carried over.
    Import {
        /// The question file.
        file: PathBuf,
        /// The unit folder to make (default: one named after the file, here).
        #[arg(long)]
        out: Option<PathBuf>,
        /// The file's format (default: told by its extension and text).
        #[arg(long, value_enum)]
        format: Option<interchange::ImportFormat>,
    },
    /// Mark a submitted sheet or hand-in: rubric marks and overrides of any task or keyword point (KEY=POINTS…, or asked in turn), and comments.
    Mark {
        /// An answer sheet or a hand-in folder.
        path: PathBuf,
        /// The unit folder the work is for (default: the bundled unit).
        #[arg(long)]
        unit: Option<PathBuf>,
        /// Marks as KEY=POINTS (or ACTIVITY:KEY=POINTS in a hand-in folder).
        marks: Vec<String>,
        /// The teacher's marks file (default: the nearest marks.toml above the hand-in, else a new one beside it).
        #[arg(long = "marks", value_name = "FILE")]
        marks_file: Option<PathBuf>,
        /// A comment on a task or keyword point: KEY=TEXT (ACTIVITY:KEY=TEXT in a hand-in folder); KEY= takes it back.
        #[arg(long = "comment", value_name = "KEY=TEXT")]
        comments: Vec<String>,
        /// A comment on the whole hand-in (an empty one takes it back).
        #[arg(long = "hand-in-comment", value_name = "TEXT")]
        hand_in_comment: Option<String>,
    },
}

/// Output formats for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    /// As rustc and cargo print theirs.
    Human,
    /// One JSON document.
    Json,
}
