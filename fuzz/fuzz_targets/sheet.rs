//! An answer sheet of any bytes, checked against the bundled unit's activities.

#![no_main]

mod common;

use std::sync::OnceLock;

use classwork::activity::{Activity, Unit};
use classwork::answer::sheet::load_sheet;
use classwork::load::decode;
use libfuzzer_sys::fuzz_target;

fn bundled() -> &'static Unit {
    static UNIT: OnceLock<Unit> = OnceLock::new();
    UNIT.get_or_init(|| {
        classwork::bundled::default_unit()
            .into_unit("bundled")
            .expect("the bundled unit loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let activities: Vec<&Activity> = bundled().activities.iter().collect();
    let mut diagnostics = Vec::new();
    match decode("sheet.toml", data.to_vec()) {
        Ok(file) => {
            load_sheet(&file, &activities, &mut diagnostics);
        }
        Err(d) => diagnostics.push(d),
    }
    common::check(&diagnostics);
});
