//! The command line: parsing arguments and running each subcommand.

mod grade;
mod list;
mod plain;
mod validate;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::diagnostic::Style;
pub use grade::GradeFormat;

/// classwork: do, check and grade classroom activities in the terminal.
#[derive(Debug, Parser)]
#[command(name = "classwork", version, about, long_about = None)]
pub struct Cli {
    /// A unit folder or activity file to open (default: the bundled unit).
    pub path: Option<PathBuf>,
    /// Fixes the order of shuffled rows, cards and items (the same seed, the same order).
    #[arg(long, global = true)]
    pub seed: Option<u64>,
    /// Run as a line-by-line dialogue (for screen readers and scripts) instead of the full-screen UI.
    #[arg(long)]
    pub plain: bool,
    /// The subcommand; without one, the unit is opened.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
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

/// Exit code for a usage or I/O error.
pub const EXIT_USAGE: u8 = 2;

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    if cli.plain && cli.command.is_none() {
        return plain::run(cli.path.as_deref());
    }
    match cli.command {
        Some(Command::Validate { paths, format }) => validate::run(&paths, format),
        Some(Command::List { path }) => list::run(path.as_deref()),
        Some(Command::Grade {
            activities,
            answers,
            format,
        }) => grade::run(&activities, &answers, format),
        #[cfg(feature = "tui")]
        None => crate::tui::run(
            cli.path.as_deref(),
            cli.seed,
            crate::scoring::score_with_sources,
        ),
        #[cfg(not(feature = "tui"))]
        None => list::run(cli.path.as_deref()),
    }
}

/// Colour for output to stdout, unless it is piped or `NO_COLOR` is set.
pub fn stdout_style() -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if std::io::stdout().is_terminal() && !no_color {
        Style::Color
    } else {
        Style::Plain
    }
}
