//! Teacher tools: hand-in folders, a class read and scored, the gradebook, item analysis,
//! what the class chose, xAPI statements, worksheets and answer keys, starter files, and
//! rubric marking kept in the teacher's marks file.
//!
//! Everything here is a pure function of a unit and of files read, returning data that a
//! command line prints and a terminal UI can draw; nothing here prints.

pub mod class;
pub mod doc;
pub mod from_store;
pub mod gather;
pub mod give_away;
pub mod gradebook;
pub mod handin;
pub mod heatmap;
pub mod items;
pub mod lint;
pub mod mark;
pub mod marks;
pub mod moderation;
pub mod new_unit;
pub mod queue;
pub mod rekey;
pub mod returned;
pub mod roster;
pub mod starter;
pub mod worksheet;
pub mod xapi;

pub use class::{
    Class, HandIn, Keep, ScoredSheet, read_class, read_class_keeping, read_class_marked,
};
pub use gradebook::{Gradebook, gradebook};
pub use handin::{HANDIN_FILE, Manifest, read_manifest, write_handin};
pub use heatmap::{Positions, SortHeatMap, order_positions, sort_heat_maps};
pub use items::{ItemStats, item_analysis};
