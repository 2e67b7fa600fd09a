//! classwork: a classroom quiz and activity engine.
//!
//! Teachers write activities as TOML files ([`activity`], loaded by [`load`]); students do
//! them in the terminal (the `tui` feature); the engine scores every answer and explains
//! each mark ([`scoring`]). Problems in files are reported as [`diagnostic`]s, the way
//! rustc reports them.
//!
//! The domain modules never use the terminal: `cargo check --no-default-features` builds
//! them without ratatui or crossterm.

pub mod activity;
pub mod answer;
pub mod bundled;
pub mod cli;
pub mod console;
pub mod diagnostic;
pub mod export;
pub mod interchange;
pub mod load;
mod parallel;
pub mod plain;
pub mod scoring;
#[cfg(feature = "serve")]
pub mod serve;
pub mod store;
pub mod teacher;
pub mod text;
pub mod time;
#[cfg(feature = "tui")]
pub mod tui;
pub mod words;
