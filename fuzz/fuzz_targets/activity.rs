//! An activity file of any bytes: decoded, parsed and validated.

#![no_main]

mod common;

use classwork::activity::validate::SourceIds;
use classwork::load::{activity_from, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let sources: SourceIds = ["source_1".to_string()].into();
    let mut diagnostics = Vec::new();
    match decode("activity.toml", data.to_vec()) {
        Ok(file) => {
            activity_from(&file, &sources, &mut diagnostics);
        }
        Err(d) => diagnostics.push(d),
    }
    common::check(&diagnostics);
});
