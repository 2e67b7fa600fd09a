//! The bundled unit, built into the binary so `classwork` works from any folder.
//!
//! The unit's TOML files are built in, and so is a prepared copy of the default unit as
//! loading them gives it (`assets/bundled-unit.json`): reading that copy takes a fraction of
//! the time parsing and checking 200 KB of TOML does, which is most of the time classwork
//! takes to start. The copy is used only when it was made from exactly the files built in
//! (their fingerprint says so); otherwise the files are parsed as any unit is. A test keeps
//! the copy current: `UPDATE_BUNDLED=1 cargo test --test domain bundled_unit` rewrites it.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::activity::Unit;
use crate::load::{Embedded, Loaded, load_unit};

include!(concat!(env!("OUT_DIR"), "/bundled_files.rs"));

/// Folder (under `activities/`) of the unit classwork opens by default.
pub const DEFAULT_UNIT: &str = "soviet-foreign-policy";

/// The prepared copy of the default unit.
const PREPARED: &str = include_str!("../assets/bundled-unit.json");

/// The default unit as loading it gives it, with the fingerprint of the files it came from.
#[derive(Debug, Serialize, Deserialize)]
pub struct Prepared {
    /// [`BUNDLED_FINGERPRINT`] of the files it was loaded from.
    pub fingerprint: u64,
    /// How many files were read.
    pub files: usize,
    /// The unit.
    pub unit: Unit,
}

/// The files of `activities/`, as built into the binary.
pub fn files() -> Embedded {
    Embedded(BUNDLED_FILES)
}

/// The default bundled unit: the prepared copy when it matches the files built in,
/// otherwise loaded from them.
pub fn default_unit() -> Loaded {
    match serde_json::from_str::<Prepared>(PREPARED) {
        Ok(prepared) if prepared.fingerprint == BUNDLED_FINGERPRINT => Loaded {
            units: vec![prepared.unit],
            files: prepared.files,
            ..Loaded::default()
        },
        _ => parse_default_unit(),
    }
}

/// Loads the default bundled unit from its files, parsing and checking each one.
pub fn parse_default_unit() -> Loaded {
    load_unit(&files(), Path::new(DEFAULT_UNIT))
}

/// The prepared copy of what [`parse_default_unit`] gives, as JSON; `None` when the unit
/// does not load without a problem (a copy would leave the problems out).
pub fn prepare() -> Option<String> {
    let loaded = parse_default_unit();
    if !loaded.diagnostics.is_empty() || loaded.units.len() != 1 {
        return None;
    }
    let prepared = Prepared {
        fingerprint: BUNDLED_FINGERPRINT,
        files: loaded.files,
        unit: loaded.units.into_iter().next()?,
    };
    serde_json::to_string(&prepared).ok()
}

/// Whether [`default_unit`] reads the prepared copy (it was made from these files).
pub fn prepared_is_current() -> bool {
    serde_json::from_str::<Prepared>(PREPARED).is_ok_and(|p| p.fingerprint == BUNDLED_FINGERPRINT)
}
