//! Activities: the format teachers write, its validation and the model built from it.

pub mod date;
pub mod model;
pub mod raw;
pub mod schema;
pub mod unit;
pub mod validate;
pub mod writing;

pub use model::*;
pub use unit::{Source, SourceKind, Unit};
pub use writing::{Criterion, KeywordGroup, Level, WordLimits};
