//! A unit folder of any bytes, in memory: `unit.toml`, `sources.toml` and two activity files,
//! cut from the input at each `0xFF` byte (which UTF-8 never holds).

#![no_main]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use classwork::diagnostic::{Diagnostic, SourceFile};
use classwork::load::{Files, decode, load_unit};
use libfuzzer_sys::fuzz_target;

/// The files of one unit folder, `u/`, held in memory.
struct Memory(Vec<(PathBuf, Vec<u8>)>);

impl Files for Memory {
    fn read(&self, path: &Path) -> Result<Arc<SourceFile>, Diagnostic> {
        let name = path.display().to_string();
        match self.0.iter().find(|(p, _)| p == path) {
            Some((_, bytes)) => decode(&name, bytes.clone()),
            None => Err(Diagnostic::error("io", format!("cannot read `{name}`"))),
        }
    }

    fn is_file(&self, path: &Path) -> bool {
        self.0.iter().any(|(p, _)| p == path)
    }

    fn toml_files(&self, dir: &Path) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = self
            .0
            .iter()
            .map(|(p, _)| p.clone())
            .filter(|p| p.parent() == Some(dir))
            .collect();
        files.sort();
        files
    }

    fn stays_inside(&self, dir: &Path, path: &Path) -> bool {
        path.starts_with(dir)
    }
}

fuzz_target!(|data: &[u8]| {
    let names = ["unit.toml", "sources.toml", "a.toml", "b.toml"];
    let files = Memory(
        data.split(|b| *b == 0xFF)
            .zip(names)
            .map(|(bytes, name)| (Path::new("u").join(name), bytes.to_vec()))
            .collect(),
    );
    common::check(&load_unit(&files, Path::new("u")).diagnostics);
});
