//! `classwork print`: a unit as a paper worksheet, or its answer key, in Markdown or as one
//! self-contained HTML page.

use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::console::out;
use crate::console::stderr_style;
use crate::diagnostic::render_all;
use crate::teacher::doc::{html, markdown};
use crate::teacher::worksheet::worksheet;

/// How a worksheet is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PrintFormat {
    /// Markdown, with pipe tables.
    Markdown,
    /// One HTML page with its styles inline.
    Html,
}

/// Prints the unit at `path` (default: the bundled unit) as a worksheet, or with
/// `answers` as its answer key, shuffled by `seed` (see [`worksheet`]). Problems in the
/// files go to stderr; exits 1 if nothing loaded, 2 if the path does not exist.
pub fn run(
    path: Option<&Path>,
    (format, answers): (PrintFormat, bool),
    seed: Option<u64>,
) -> ExitCode {
    let loaded = match crate::console::open(path) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    if !loaded.diagnostics.is_empty() {
        out::eprint(&render_all(&loaded.diagnostics, stderr_style()));
    }
    let Some(unit) = loaded.into_unit("Activities") else {
        out::eprintln("error: no activity loaded, so there is nothing to print");
        return ExitCode::FAILURE;
    };
    let doc = worksheet(&unit, answers, seed);
    out::print(&match format {
        PrintFormat::Markdown => markdown::render(&doc),
        PrintFormat::Html => html::render(&doc),
    });
    ExitCode::SUCCESS
}
