//! What can go wrong with the progress database, said with a way out.

use std::fmt;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

/// A problem opening or writing the progress database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No data folder could be found (no home folder).
    NoDataDir,
    /// Another classwork holds the database.
    Locked {
        /// The database file.
        path: PathBuf,
    },
    /// The file is not a usable database.
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// The database was made by a newer classwork.
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
    },
    /// The folder or file cannot be read or written (read-only, full, missing).
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        detail: String,
    },
}

impl StoreError {
    /// Classifies an SQLite error.
    pub fn from_sqlite(path: &Path, e: &rusqlite::Error) -> Self {
        let path = path.to_path_buf();
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path }
            }
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                path,
                detail: e.to_string(),
            },
            Some(ErrorCode::DiskFull) => StoreError::Io {
                path,
                detail: FULL.into(),
            },
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::SystemIoFailure) => {
                let detail = folder_problem(&path).unwrap_or_else(|| e.to_string());
                StoreError::Io { path, detail }
            }
            _ => StoreError::Io {
                path,
                detail: e.to_string(),
            },
        }
    }

    /// An I/O error on a file or folder.
    pub fn io(path: &Path, e: &std::io::Error) -> Self {
        StoreError::Io {
            path: path.to_path_buf(),
            detail: io_detail(e),
        }
    }
}

/// Said when the disk holding the database is full.
const FULL: &str =
    "the disk is full; free some space and try again, or use another folder with --data-dir";

/// Said when the database's folder is on a disk that cannot be written.
const READ_ONLY: &str = "its folder is on a read-only disk; use another folder with --data-dir";

/// An I/O error in words: a full or read-only disk said plainly, the rest as usual.
fn io_detail(e: &std::io::Error) -> String {
    match e.kind() {
        ErrorKind::StorageFull => FULL.into(),
        ErrorKind::ReadOnlyFilesystem => READ_ONLY.into(),
        _ => crate::load::io_message(e),
    }
}

/// Why the folder of the database `db` cannot be written, when SQLite only says "disk I/O
/// error" or "unable to open database file": a small file written next to it finds out.
/// `None` when that file could be written.
fn folder_problem(db: &Path) -> Option<String> {
    let dir = db.parent().filter(|d| !d.as_os_str().is_empty())?;
    let probe = dir.join(".classwork-write-check");
    let written = std::fs::File::create(&probe).and_then(|mut file| {
        file.write_all(&[0; 4096])?;
        file.sync_all()
    });
    let _ = std::fs::remove_file(&probe);
    written.err().map(|e| io_detail(&e))
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NoDataDir => write!(
                f,
                "cannot find a folder to keep progress in; name one with --data-dir or CLASSWORK_DATA_DIR"
            ),
            StoreError::Locked { path } => write!(
                f,
                "the progress database {} is in use by another classwork; close it and try again, \
                 or use another folder with --data-dir",
                path.display()
            ),
            StoreError::Corrupt { path, detail } => write!(
                f,
                "the progress database {} is damaged ({detail}); run `classwork store --move-aside` \
                 to keep it aside and start a new one",
                path.display()
            ),
            StoreError::NewerSchema { path, found } => write!(
                f,
                "the progress database {} was written by a newer classwork (schema {found}; this one \
                 reads up to {}); update classwork, or use another folder with --data-dir",
                path.display(),
                super::LATEST_VERSION
            ),
            StoreError::Io { path, detail } => {
                write!(
                    f,
                    "cannot use the progress database {}: {detail}",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for StoreError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_or_read_only_disk_is_said_plainly() {
        let db = Path::new("/data/progress.db");
        let full = StoreError::io(db, &std::io::Error::from(ErrorKind::StorageFull));
        assert!(full.to_string().contains("the disk is full"), "{full}");
        let full = StoreError::from_sqlite(
            db,
            &rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
                None,
            ),
        );
        assert!(full.to_string().contains("the disk is full"), "{full}");
        let read_only = StoreError::io(db, &std::io::Error::from(ErrorKind::ReadOnlyFilesystem));
        assert!(
            read_only.to_string().contains("read-only disk"),
            "{read_only}"
        );
    }

    #[test]
    fn a_folder_that_can_be_written_keeps_what_sqlite_said() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path();
        let e = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
            None,
        );
        let said = StoreError::from_sqlite(&dir.join("progress.db"), &e).to_string();
        assert!(said.contains("unable to open database file"), "{said}");
        assert!(!dir.join(".classwork-write-check").exists());
    }
}
