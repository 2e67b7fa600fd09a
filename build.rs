//! Builds the list of files under `activities/` into the binary, with a fingerprint of
//! them (see `src/bundled.rs`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let activities = root.join("activities");
    println!("cargo:rerun-if-changed=activities");
    let mut files = Vec::new();
    walk(&activities, &mut files);
    let mut code = String::from(
        "/// Every `.toml` file under `activities/`: (path relative to it, text).\n\
         pub static BUNDLED_FILES: &[(&str, &str)] = &[\n",
    );
    // FNV-1a over every path and text: tells whether the prepared copy of the bundled unit
    // (`assets/bundled-unit.json`) was made from these very files.
    let mut fingerprint: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let rel_path = path
            .strip_prefix(&activities)
            .expect("walked from activities/");
        let text = std::fs::read(path).expect("an activity file is readable");
        let name = rel_path.to_string_lossy().replace('\\', "/");
        for byte in name.bytes().chain([0]).chain(text).chain([0]) {
            fingerprint = (fingerprint ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        let rel = path
            .strip_prefix(&activities)
            .expect("walked from activities/");
        let rel = rel.to_string_lossy().replace('\\', "/");
        writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    // Folders too, so new files and folders are noticed.
    let mut dirs = vec![activities.clone()];
    while let Some(d) = dirs.pop() {
        println!("cargo:rerun-if-changed={}", d.display());
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                dirs.push(e.path());
            }
        }
    }
    code.push_str("];\n");
    writeln!(
        code,
        "/// A fingerprint of [`BUNDLED_FILES`] (FNV-1a over each path and text).\n\
         pub const BUNDLED_FINGERPRINT: u64 = {fingerprint:#x};"
    )
    .expect("writing to a String");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("bundled_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
