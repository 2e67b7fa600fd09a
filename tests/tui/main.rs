//! Tests of the terminal UI's state, update and screens on ratatui's `TestBackend`.

#[path = "../common/mod.rs"]
mod common;

mod class_tui;
mod feedback_lines;
mod highlights;
mod hostile_class;
mod hostile_tui;
mod tui_about;
mod tui_fixtures;
mod tui_paste;
mod tui_progress;
mod tui_snapshots;
mod tui_update;
mod tui_writer;
mod writer_fixtures;
