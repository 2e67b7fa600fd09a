//! Progress that lasts: profiles, drafts, submitted attempts and the review queue, in one
//! SQLite database.
//!
//! Every write is one transaction and the database runs in WAL mode, so a process killed
//! mid-save leaves the last committed state. A locked or damaged file is reported with a
//! way out, never a panic.
//!
//! The front ends save through here alike: a draft is joined with another window's before
//! it is saved ([`Store::save_draft_joined`]), work that could not be saved waits in a
//! [`SaveQueue`], and what still waits at the end becomes answer sheets ([`sheet_file`]).
//! The review schedule is a pure function ([`schedule::replay`]) of the marked answers the
//! store keeps.

mod error;
mod joined;
mod migrations;
mod profiles;
mod queue;
mod review;
pub mod schedule;
pub mod sheet_file;
mod sheets;
mod work;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::time::now;

pub use error::StoreError;
pub use joined::{DraftOf, Joined, KnownDraft, SavedDraft};
pub use migrations::LATEST_VERSION;
pub use profiles::Profile;
pub use queue::{Queued, SaveQueue};
pub use review::ReviewQueue;
pub use schedule::{
    DAILY_LIMIT, Memory, Recall, ReviewItem, due_first, recall_words, replay, review_verdict,
};
pub use work::{ActivitySummary, Attempt, Draft, DraftWrite, NewAttempt};

/// The file name of the database inside the data folder.
pub const DATABASE_FILE: &str = "progress.db";

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "CLASSWORK_DATA_DIR";

/// The data folder: `override_dir`, else `$CLASSWORK_DATA_DIR`, else the platform's data
/// folder (`~/.local/share/classwork` on Linux).
pub fn data_dir(override_dir: Option<&Path>) -> Result<PathBuf, StoreError> {
    if let Some(dir) = override_dir {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "classwork")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(StoreError::NoDataDir)
}

/// The progress database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: Option<StoreError>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database in `dir`, bringing its schema up to date.
    pub fn open_in(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, &e))?;
        Self::open(&dir.join(DATABASE_FILE))
    }

    /// Opens (creating if needed) the database file at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(path).map_err(|e| StoreError::from_sqlite(path, &e))?;
        let store = Self {
            conn,
            path: path.to_path_buf(),
            read_only: None,
        };
        store
            .configure()
            .map_err(|e| StoreError::from_sqlite(path, &e))?;
        migrations::migrate(&store.conn).map_err(|e| match e {
            migrations::MigrateError::Sqlite(e) => StoreError::from_sqlite(path, &e),
            migrations::MigrateError::Newer(found) => StoreError::NewerSchema {
                path: path.to_path_buf(),
                found,
            },
        })?;
        Ok(store)
    }

    /// An in-memory database, for tests and benchmarks.
    pub fn in_memory() -> Result<Self, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| StoreError::from_sqlite(&path, &e))?;
        let store = Self {
            conn,
            path,
            read_only: None,
        };
        store
            .configure()
            .map_err(|e| StoreError::from_sqlite(&store.path, &e))?;
        migrations::migrate(&store.conn).map_err(|_| StoreError::NoDataDir)?;
        Ok(store)
    }

    /// Opens the database in `dir` to write, or, when it cannot be written (a read-only
    /// or full disk), to read only: saved work is read all the same, and
    /// [`Store::read_only`] says why it cannot be written.
    pub fn open_for_reading_in(dir: &Path) -> Result<Self, StoreError> {
        let writable = Self::open_in(dir);
        match writable {
            Err(why @ StoreError::Io { .. }) => {
                Self::open_read_only(&dir.join(DATABASE_FILE), why.clone()).map_err(|_| why)
            }
            other => other,
        }
    }

    /// Opens the database at `path` to read only, as a file nothing else writes (SQLite's
    /// `immutable`), which a read-only or full disk allows; `why` is why it cannot be
    /// written. Its schema must be this classwork's.
    fn open_read_only(path: &Path, why: StoreError) -> Result<Self, StoreError> {
        if !path.is_file() {
            return Err(why);
        }
        let uri = format!("file:{}?immutable=1", uri_path(path));
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(uri, flags)
            .map_err(|e| StoreError::from_sqlite(path, &e))?;
        let store = Self {
            conn,
            path: path.to_path_buf(),
            read_only: Some(why.clone()),
        };
        match store.schema_version()? {
            LATEST_VERSION => Ok(store),
            _ => Err(why),
        }
    }

    /// Why the database cannot be written, when it was opened to read only.
    pub fn read_only(&self) -> Option<&StoreError> {
        self.read_only.as_ref()
    }

    fn configure(&self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(Duration::from_millis(500))?;
        // Reading the journal mode fails on a file that is not a database: find out now.
        let _mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        self.conn
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")?;
        Ok(())
    }

    /// Where the database is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(&e))
    }

    /// Reads the whole database through (`PRAGMA quick_check`): damage that opening does
    /// not reach is found here.
    pub fn check(&self) -> Result<(), StoreError> {
        let verdict: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| self.err(&e))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt {
                path: self.path.clone(),
                detail: verdict,
            })
        }
    }

    fn err(&self, e: &rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(&self.path, e)
    }
}

/// A file path as the path of an SQLite URI: every byte but letters, digits, `/` and
/// `-._~` percent-encoded.
fn uri_path(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::new();
    for &b in absolute.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Moves a damaged database (and its WAL files) aside so a new one can be started; returns
/// where it went.
pub fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let stamp = now();
    let target = path.with_extension(format!("db.damaged-{stamp}"));
    std::fs::rename(path, &target).map_err(|e| StoreError::io(path, &e))?;
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() {
            let mut moved = target.as_os_str().to_owned();
            moved.push(suffix);
            std::fs::rename(&side, PathBuf::from(moved)).map_err(|e| StoreError::io(&side, &e))?;
        }
    }
    Ok(target)
}
