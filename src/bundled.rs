//! The bundled unit, built into the binary so `classwork` works from any folder.

use std::path::Path;

use crate::load::{Embedded, Loaded, load_unit};

include!(concat!(env!("OUT_DIR"), "/bundled_files.rs"));

/// Folder (under `activities/`) of the unit classwork opens by default.
pub const DEFAULT_UNIT: &str = "soviet-foreign-policy";

/// The files of `activities/`, as built into the binary.
pub fn files() -> Embedded {
    Embedded(BUNDLED_FILES)
}

/// Loads the default bundled unit from the copy inside the binary.
pub fn default_unit() -> Loaded {
    load_unit(&files(), Path::new(DEFAULT_UNIT))
}
