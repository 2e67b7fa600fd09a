//! Tests of the real `classwork` binary's commands, run as a teacher or a script would.

#[path = "../common/mod.rs"]
mod common;

mod broken_pipe;
mod check_give_away;
mod check_keywords;
mod faults;
mod grade_cli;
mod hostile_cli;
mod interchange;
mod moderation_cli;
mod moderation_queue;
mod new_unit;
mod plain_mode;
mod progress_cli;
mod release;
mod report_export;
mod report_marking;
mod special_files;
mod teacher_class;
mod teacher_cli;
