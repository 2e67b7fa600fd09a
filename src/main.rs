//! The `classwork` binary: parse arguments, run, exit.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    classwork::cli::run(classwork::cli::Cli::parse())
}
