//! A hand-in's `handin.toml` of any bytes.

#![no_main]

mod common;

use classwork::load::decode;
use classwork::teacher::read_manifest;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut diagnostics = Vec::new();
    match decode("handin.toml", data.to_vec()) {
        Ok(file) => {
            read_manifest(&file, &mut diagnostics);
        }
        Err(d) => diagnostics.push(d),
    }
    common::check(&diagnostics);
});
