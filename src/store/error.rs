//! What can go wrong with the progress database, said with a way out.

use std::fmt;
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
            detail: crate::load::io_message(e),
        }
    }
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
