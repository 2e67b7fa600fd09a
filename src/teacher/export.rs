//! A student's submitted work as a hand-in: the latest attempt at each activity that is
//! not practice (made from review or a retry), its sheet stamped with the student's name
//! and submission time.

use super::handin::Manifest;
use super::time::rfc3339;
use crate::store::{Attempt, Profile, Store, StoreError};

/// The sheet text of an attempt with `student` set to the profile's name and `submitted`
/// to the attempt's time when the sheet has none. Everything else is kept as written; a
/// sheet that is not TOML is kept as it is, for `classwork class` to report.
pub fn stamp_sheet(text: &str, student: &str, submitted: &str) -> String {
    let Ok(mut doc) = text.parse::<toml_edit::DocumentMut>() else {
        return text.to_string();
    };
    doc["student"] = toml_edit::value(student);
    if !doc.contains_key("submitted") {
        doc["submitted"] = toml_edit::value(submitted);
    }
    doc.to_string()
}

/// The latest attempt at each activity, in the order of first submission.
pub fn latest_attempts(attempts: Vec<Attempt>) -> Vec<Attempt> {
    let mut latest: Vec<Attempt> = Vec::new();
    for attempt in attempts {
        match latest
            .iter_mut()
            .find(|a| a.activity_id == attempt.activity_id)
        {
            Some(kept) => *kept = attempt,
            None => latest.push(attempt),
        }
    }
    latest
}

/// The manifest and sheets `(activity id, text)` of `profile`'s hand-in in `unit`, exported
/// at `now` (seconds since the epoch).
pub fn hand_in(
    store: &Store,
    profile: &Profile,
    unit: &str,
    now: i64,
) -> Result<(Manifest, Vec<(String, String)>), StoreError> {
    let handed_in = store.unit_attempts(profile, unit)?.into_iter();
    let attempts = latest_attempts(handed_in.filter(|a| !a.practice).collect());
    let sheets = attempts
        .into_iter()
        .map(|a| {
            let text = stamp_sheet(&a.answer, &profile.name, &rfc3339(a.submitted_at));
            (a.activity_id, text)
        })
        .collect();
    let manifest = Manifest {
        student: profile.name.clone(),
        unit: unit.to_string(),
        exported_at: rfc3339(now),
        classwork: env!("CARGO_PKG_VERSION").to_string(),
    };
    Ok((manifest, sheets))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamping_keeps_the_sheet() {
        let text = "schema_version = 1\n# kept\nactivity = \"aims\"\nactivity_hash = \"x\"\n\n[responses]\norder = [\"a\"]\n";
        let stamped = stamp_sheet(text, "Ada", "2026-11-21T10:20:00Z");
        assert!(stamped.contains("# kept\n"), "{stamped}");
        let value: toml::Table = toml::from_str(&stamped).expect("toml");
        assert_eq!(value["student"].as_str(), Some("Ada"));
        assert_eq!(value["submitted"].as_str(), Some("2026-11-21T10:20:00Z"));
        assert!(value["responses"]["order"].is_array());
        assert_eq!(stamp_sheet("not = [toml", "Ada", "t"), "not = [toml");
    }
}
