//! Where files come from: the disk, or the copy of the bundled unit built into the binary.

use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use super::parse::{MAX_FILE_BYTES, decode, too_big};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::text::clean;

/// A tree of files a unit can be read from.
pub trait Files: Sync {
    /// Reads a file as text, with a diagnostic for any failure.
    fn read(&self, path: &Path) -> Result<Arc<SourceFile>, Diagnostic>;
    /// Whether a file of any kind but a folder is at `path` (following links): a regular
    /// file, or a named pipe, socket or device, which reading then refuses.
    fn has_file(&self, path: &Path) -> bool;
    /// The `.toml` files directly inside a folder (of any kind but folders), sorted.
    fn toml_files(&self, dir: &Path) -> Vec<PathBuf>;
    /// Whether `path` stays inside `dir` (after following links, on disk).
    fn stays_inside(&self, dir: &Path, path: &Path) -> bool;
}

/// Files on disk.
#[derive(Debug, Default, Clone, Copy)]
pub struct Disk;

impl Files for Disk {
    fn read(&self, path: &Path) -> Result<Arc<SourceFile>, Diagnostic> {
        let name = path.display().to_string();
        let file = open_regular(path, &name)?;
        read_whole(file, name)
    }

    fn has_file(&self, path: &Path) -> bool {
        path.metadata().is_ok_and(|m| !m.is_dir())
    }

    fn toml_files(&self, dir: &Path) -> Vec<PathBuf> {
        // Named pipes and other files that are not regular are listed too, so that reading
        // them says why they are left out.
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml") && self.has_file(p))
            .collect();
        files.sort();
        files
    }

    fn stays_inside(&self, dir: &Path, path: &Path) -> bool {
        // A file directly in the folder that is not a link cannot lead out of it; this
        // spares resolving both paths for every file of a large library.
        if path.parent() == Some(dir)
            && path
                .symlink_metadata()
                .is_ok_and(|m| !m.file_type().is_symlink())
        {
            return true;
        }
        match (dir.canonicalize(), path.canonicalize()) {
            (Ok(dir), Ok(path)) => path.starts_with(dir),
            // A missing file is reported as missing, not as outside.
            (Ok(_), Err(_)) => true,
            _ => false,
        }
    }
}

/// Opens `path`, called `name`, if it is a regular file or a link to one. Anything else —
/// a named pipe, a socket, a device — could wait for a writer or never end, so it is
/// refused with a warning; it is opened without waiting to find out what it is.
fn open_regular(path: &Path, name: &str) -> Result<std::fs::File, Diagnostic> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        libc::O_NONBLOCK | libc::O_NOCTTY,
    );
    let file = options.open(path).map_err(|e| io_error(name, &e))?;
    let kind = file.metadata().map_err(|e| io_error(name, &e))?.file_type();
    if kind.is_dir() {
        return Err(io_error(name, &std::io::ErrorKind::IsADirectory.into()));
    }
    if !kind.is_file() {
        return Err(not_regular(name));
    }
    Ok(file)
}

/// A path that is not a regular file (a named pipe, a socket, a device), left out.
fn not_regular(name: &str) -> Diagnostic {
    Diagnostic::warning(
        "not-a-file",
        format!("`{}` is not a regular file; left out", clean(name)),
    )
    .help("classwork reads only ordinary files: not named pipes, sockets or devices")
    .in_file(&SourceFile::new(name, ""))
}

/// Reads `file`, called `name`, as text: no more than [`MAX_FILE_BYTES`] of it are read.
fn read_whole(file: std::fs::File, name: String) -> Result<Arc<SourceFile>, Diagnostic> {
    let mut bytes = Vec::new();
    let mut limited = file.take(MAX_FILE_BYTES + 1);
    limited
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(&name, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = limited.into_inner().metadata().map_or(0, |m| m.len());
        return Err(too_big(&name, size.max(bytes.len() as u64)));
    }
    decode(&name, bytes)
}

/// A file that cannot be read, named, with no text to show, so tools reading JSON know
/// which it was.
fn io_error(name: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error("io", format!("cannot read `{name}`: {}", io_message(e)))
        .in_file(&SourceFile::new(name, ""))
}

/// A plain-language reason for an I/O error.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "it is a folder".into(),
        _ => e.to_string(),
    }
}

/// Files built into the binary: (path relative to `activities/`, text).
#[derive(Debug, Clone, Copy)]
pub struct Embedded(pub &'static [(&'static str, &'static str)]);

impl Embedded {
    fn find(&self, path: &Path) -> Option<&'static str> {
        let wanted = normalize(path);
        self.0
            .iter()
            .find(|(p, _)| Path::new(p) == wanted)
            .map(|(_, text)| *text)
    }
}

impl Files for Embedded {
    fn read(&self, path: &Path) -> Result<Arc<SourceFile>, Diagnostic> {
        let name = path.display().to_string();
        self.find(path)
            .map(|text| SourceFile::new(name.clone(), text))
            .ok_or_else(|| {
                Diagnostic::error(
                    "io",
                    format!("cannot read `{name}`: no such file or folder"),
                )
            })
    }

    fn has_file(&self, path: &Path) -> bool {
        self.find(path).is_some()
    }

    fn toml_files(&self, dir: &Path) -> Vec<PathBuf> {
        let dir = normalize(dir);
        let mut files: Vec<PathBuf> = self
            .0
            .iter()
            .map(|(p, _)| PathBuf::from(p))
            .filter(|p| {
                p.parent() == Some(dir.as_path()) && p.extension().is_some_and(|e| e == "toml")
            })
            .collect();
        files.sort();
        files
    }

    fn stays_inside(&self, dir: &Path, path: &Path) -> bool {
        normalize(path).starts_with(normalize(dir))
    }
}

/// A path with `.` removed and `..` applied, without touching the disk.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_read_has_its_own_text_and_bad_files_are_refused() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).expect("written");
            path
        };
        let long = write("long.toml", "a = \"é\"\n".repeat(5_000).as_bytes());
        let short = write("short.toml", b"b = 1\n");
        let bad = write("bad.toml", b"c = \"\xff\"\n");
        let huge = write("huge.toml", &vec![b'#'; MAX_FILE_BYTES as usize + 1]);

        let first = Disk.read(&long).expect("read");
        assert_eq!(first.text.len(), 5_000 * 9);
        let second = Disk.read(&short).expect("read");
        assert_eq!(second.text, "b = 1\n");
        assert_eq!(second.name, short.display().to_string());
        // The file read first is untouched by the reads after it.
        assert!(first.text.starts_with("a = \"é\"\n"));
        let not_text = Disk.read(&bad).expect_err("not UTF-8");
        assert_eq!(not_text.code, "not-utf8");
        let too_big = Disk.read(&huge).expect_err("too big");
        assert_eq!(too_big.code, "file-too-large");
        assert_eq!(Disk.read(&short).expect("read").text, "b = 1\n");
    }
}
