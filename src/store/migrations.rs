//! Versioned schema migrations, applied in order and recorded in `PRAGMA user_version`.

use rusqlite::Connection;

/// Each migration brings the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 0 → 1: profiles, drafts, attempts, the review queue and settings.
    "CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE drafts (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL,
        activity_id TEXT NOT NULL,
        activity_hash TEXT NOT NULL,
        answer TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (profile_id, unit_id, activity_id)
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL,
        activity_id TEXT NOT NULL,
        activity_hash TEXT NOT NULL,
        answer TEXT NOT NULL,
        marks REAL NOT NULL,
        max REAL NOT NULL,
        provisional INTEGER NOT NULL,
        explanation TEXT NOT NULL,
        submitted_at INTEGER NOT NULL
    );
    CREATE INDEX attempts_by_activity ON attempts (profile_id, unit_id, activity_id, submitted_at);
    CREATE TABLE reviews (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL,
        activity_id TEXT NOT NULL,
        task_id TEXT NOT NULL,
        box INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        PRIMARY KEY (profile_id, unit_id, activity_id, task_id)
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );",
    // 1 → 2: a unit's attempts in time order with what the home screen shows, so its
    // summary is read from the index alone, without sorting.
    "CREATE INDEX attempts_by_time
        ON attempts (profile_id, unit_id, submitted_at, id, activity_id, marks, max);",
    // 2 → 3: each draft carries a revision, so a window saving over a draft another
    // window changed since it read it finds out; drafts and attempts made in practice
    // (review, retrying what was wrong) are told apart from the hand-in.
    "ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE drafts ADD COLUMN practice INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE attempts ADD COLUMN practice INTEGER NOT NULL DEFAULT 0;",
    // 3 → 4: the review queue is replayed (FSRS) from how each task of each attempt went
    // (`review`: answered in a review, counted against the daily limit), no longer kept as
    // Leitner boxes; a task in a box becomes one miss in its activity's latest attempt.
    "CREATE TABLE task_outcomes (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        task_id TEXT NOT NULL,
        right INTEGER NOT NULL,
        review INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX task_outcomes_by_attempt ON task_outcomes (attempt_id);
    INSERT INTO task_outcomes (attempt_id, task_id, right)
        SELECT (SELECT a.id FROM attempts a
                WHERE a.profile_id = r.profile_id AND a.unit_id = r.unit_id
                  AND a.activity_id = r.activity_id
                ORDER BY a.submitted_at DESC, a.id DESC LIMIT 1),
               r.task_id, 0
        FROM reviews r
        WHERE EXISTS (SELECT 1 FROM attempts a
                      WHERE a.profile_id = r.profile_id AND a.unit_id = r.unit_id
                        AND a.activity_id = r.activity_id);
    DROP TABLE reviews;",
];

/// The schema version this classwork writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Why a database could not be brought up to date.
#[derive(Debug)]
pub enum MigrateError {
    /// SQLite failed.
    Sqlite(rusqlite::Error),
    /// The database is newer than this classwork.
    Newer(i64),
}

/// Applies every migration the database has not had, each in its own transaction.
pub fn migrate(conn: &Connection) -> Result<i64, MigrateError> {
    migrate_to(conn, LATEST_VERSION)
}

/// Applies migrations up to `target` (tests use this to build old databases).
pub fn migrate_to(conn: &Connection, target: i64) -> Result<i64, MigrateError> {
    let current: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(MigrateError::Sqlite)?;
    if current > LATEST_VERSION {
        return Err(MigrateError::Newer(current));
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let next = version as i64 + 1;
        if next > target {
            break;
        }
        let tx = conn.unchecked_transaction().map_err(MigrateError::Sqlite)?;
        tx.execute_batch(sql).map_err(MigrateError::Sqlite)?;
        tx.execute_batch(&format!("PRAGMA user_version = {next}"))
            .map_err(MigrateError::Sqlite)?;
        tx.commit().map_err(MigrateError::Sqlite)?;
    }
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(MigrateError::Sqlite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_reaches_the_latest_version() {
        let conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&conn).unwrap(), LATEST_VERSION);
        // Running again changes nothing.
        assert_eq!(migrate(&conn).unwrap(), LATEST_VERSION);
    }

    #[test]
    fn every_version_migrates_to_the_latest_keeping_data() {
        for start in 1..=LATEST_VERSION {
            let conn = Connection::open_in_memory().unwrap();
            assert_eq!(migrate_to(&conn, start).unwrap(), start);
            conn.execute(
                "INSERT INTO profiles (name, created_at) VALUES ('Ada', 1)",
                [],
            )
            .unwrap();
            assert_eq!(migrate(&conn).unwrap(), LATEST_VERSION);
            let name: String = conn
                .query_row("SELECT name FROM profiles", [], |r| r.get(0))
                .unwrap();
            assert_eq!(name, "Ada");
        }
    }

    #[test]
    fn a_newer_database_is_refused() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(&format!("PRAGMA user_version = {}", LATEST_VERSION + 1))
            .unwrap();
        assert!(matches!(migrate(&conn), Err(MigrateError::Newer(v)) if v == LATEST_VERSION + 1));
    }
}
