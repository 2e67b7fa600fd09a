//! The `classwork` binary: parse arguments, run, exit.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: see why in Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    classwork::cli::run(classwork::cli::Cli::parse())
}
