//! Profiles: several students sharing one machine account each keep their own progress.

use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::time::now;

/// A student's profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// Row id.
    pub id: i64,
    /// The name the student gave.
    pub name: String,
}

impl Store {
    /// Every profile, by name.
    pub fn profiles(&self) -> Result<Vec<Profile>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM profiles ORDER BY name COLLATE NOCASE")
            .map_err(|e| self.err(&e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Profile {
                    id: r.get(0)?,
                    name: r.get(1)?,
                })
            })
            .map_err(|e| self.err(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(&e))
    }

    /// The profile with this name, created if it does not exist yet. An existing profile
    /// is only read, so it is found even when the database cannot be written.
    pub fn profile(&self, name: &str) -> Result<Profile, StoreError> {
        let name = name.trim();
        if let Some(found) = self.find_profile(name)? {
            return Ok(found);
        }
        self.conn
            .execute(
                "INSERT INTO profiles (name, created_at) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING",
                params![name, now()],
            )
            .map_err(|e| self.err(&e))?;
        self.find_profile(name)?.ok_or_else(|| StoreError::Io {
            path: self.path.clone(),
            detail: format!("the profile `{name}` was not kept"),
        })
    }

    /// The profile with this name, compared without case (`ada` finds `Ada`), if there is
    /// one (only reads). Of profiles differing only in case, the one spelled the same wins.
    pub fn find_profile(&self, name: &str) -> Result<Option<Profile>, StoreError> {
        let name = name.trim();
        let folded = name.to_lowercase();
        let all = self.profiles()?;
        let exact = all.iter().position(|p| p.name == name);
        let found = exact.or_else(|| all.iter().position(|p| p.name.to_lowercase() == folded));
        Ok(found.map(|i| all[i].clone()))
    }

    /// The profile used last, if any.
    pub fn last_profile(&self) -> Result<Option<Profile>, StoreError> {
        let name: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'last_profile'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(&e))?;
        match name {
            Some(name) => self
                .profiles()
                .map(|all| all.into_iter().find(|p| p.name == name)),
            None => Ok(None),
        }
    }

    /// Remembers the profile to open next time.
    pub fn set_last_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO settings (key, value) VALUES ('last_profile', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [&profile.name],
            )
            .map(|_| ())
            .map_err(|e| self.err(&e))
    }

    /// Renames `profile` to `name`; its work goes with it, and it stays the one opened
    /// next if it was. Refused when another profile has that name (compared without case).
    pub fn rename_profile(&self, profile: &Profile, name: &str) -> Result<Profile, StoreError> {
        let name = name.trim();
        if let Some(other) = self.find_profile(name)?.filter(|p| p.id != profile.id) {
            return Err(StoreError::Io {
                path: self.path.clone(),
                detail: format!("there is already a profile named `{}`", other.name),
            });
        }
        let was_last = self.last_profile()?.is_some_and(|p| p.id == profile.id);
        self.conn
            .execute(
                "UPDATE profiles SET name = ?1 WHERE id = ?2",
                params![name, profile.id],
            )
            .map_err(|e| self.err(&e))?;
        let renamed = Profile {
            id: profile.id,
            name: name.to_string(),
        };
        if was_last {
            self.set_last_profile(&renamed)?;
        }
        Ok(renamed)
    }

    /// Deletes `profile` with all its drafts, attempts and review schedule.
    pub fn delete_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM profiles WHERE id = ?1", [profile.id])
            .map(|_| ())
            .map_err(|e| self.err(&e))
    }
}
