//! End-to-end tests: the real binary in a pseudo-terminal, read from its screen.

#[path = "../common/mod.rs"]
mod common;

mod class_moderation_pty;
mod class_pty;
mod closed_terminal;
mod e2e_progress;
mod e2e_tui;
mod e2e_writer;
mod plain_pty;
mod pty_harness;
mod returned_pty;
mod review_pty;
mod saved_work;
mod serve;
mod students_pty;
mod tui_pty;
