//! Activities: the format teachers write, its validation and the model built from it.

mod body;
pub mod date;
mod long_form;
mod max;
pub mod model;
pub mod raw;
pub mod schema;
pub mod shuffle;
pub mod unit;
pub mod validate;
pub mod writing;

/// The version of the file format this classwork reads and writes (`schema_version`).
pub const SCHEMA_VERSION: i64 = 1;

pub use body::Document;
pub use max::{keywords_max, rubric_max, words_max};
pub use model::*;
pub use unit::{Source, SourceKind, Unit};
pub use writing::{
    Criterion, KeywordGroup, Level, Markable, ModelReading, ModelStance, PointStance, WordLimits,
};
