//! Students' written work as documents to hand in: a report or an essay laid out as the
//! textbook asks, built on the document model of [`crate::teacher::doc`] so that the
//! command line and the terminal UI write the same Markdown.

pub mod report;

pub use report::{report_doc, report_markdown, write_report};
