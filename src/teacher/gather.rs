//! A student's submitted work as a hand-in: the latest attempt at each activity that is
//! not practice (made from review or a retry), its sheet stamped with the student's name
//! and submission time.

use toml_edit::{Item, Value};

use super::handin::Manifest;
use crate::activity::validate::MAX_ANSWER_CHARS;
use crate::store::{Attempt, Profile, Store, StoreError};
use crate::text::keep_chars;
use crate::time::rfc3339;

/// The sheet text of an attempt with `student` set to the profile's name and `submitted`
/// to the attempt's time when the sheet has none, without the marks given in the student's
/// own terminal UI (a class's marks are the teacher's, kept apart), and each text longer
/// than an answer may be ([`MAX_ANSWER_CHARS`]; saved before the limit held) cut to it, so
/// that the sheet can be read; with the number of characters each text cut had. Everything
/// else is kept as written; a sheet that is not TOML is kept as it is, for `classwork class`
/// to report.
pub fn stamp_sheet(text: &str, student: &str, submitted: &str) -> (String, Vec<usize>) {
    let Ok(mut doc) = text.parse::<toml_edit::DocumentMut>() else {
        return (text.to_string(), Vec::new());
    };
    doc.remove("teacher");
    let mut cut = Vec::new();
    cut_texts(doc.as_item_mut(), &mut cut);
    doc["student"] = toml_edit::value(student);
    if !doc.contains_key("submitted") {
        doc["submitted"] = toml_edit::value(submitted);
    }
    (doc.to_string(), cut)
}

/// Cuts every string in `item` to [`MAX_ANSWER_CHARS`], noting the length of each cut.
fn cut_texts(item: &mut Item, cut: &mut Vec<usize>) {
    match item {
        Item::Value(value) => cut_value(value, cut),
        Item::Table(table) => table.iter_mut().for_each(|(_, i)| cut_texts(i, cut)),
        Item::ArrayOfTables(tables) => tables
            .iter_mut()
            .flat_map(|t| t.iter_mut())
            .for_each(|(_, i)| cut_texts(i, cut)),
        Item::None => {}
    }
}

fn cut_value(value: &mut Value, cut: &mut Vec<usize>) {
    match value {
        Value::String(text) => {
            let mut kept = text.value().clone();
            if let Some(chars) = keep_chars(&mut kept, MAX_ANSWER_CHARS) {
                let mut shorter = Value::from(kept);
                *shorter.decor_mut() = text.decor().clone();
                *value = shorter;
                cut.push(chars);
            }
        }
        Value::Array(values) => values.iter_mut().for_each(|v| cut_value(v, cut)),
        Value::InlineTable(table) => table.iter_mut().for_each(|(_, v)| cut_value(v, cut)),
        _ => {}
    }
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
) -> Result<GatheredHandIn, StoreError> {
    let handed_in = store.unit_attempts(profile, unit)?.into_iter();
    let attempts = latest_attempts(handed_in.filter(|a| !a.practice).collect());
    let mut cut = Vec::new();
    let sheets = attempts
        .into_iter()
        .map(|a| {
            let (text, lengths) = stamp_sheet(&a.answer, &profile.name, &rfc3339(a.submitted_at));
            cut.extend(lengths.into_iter().map(|n| (a.activity_id.clone(), n)));
            (a.activity_id, text)
        })
        .collect();
    let manifest = Manifest {
        student: profile.name.clone(),
        unit: unit.to_string(),
        exported_at: rfc3339(now),
        classwork: env!("CARGO_PKG_VERSION").to_string(),
    };
    Ok(GatheredHandIn {
        manifest,
        sheets,
        cut,
    })
}

/// A hand-in ready to write.
#[derive(Debug)]
pub struct GatheredHandIn {
    /// Its `handin.toml`.
    pub manifest: Manifest,
    /// Its sheets, `(activity id, text)`.
    pub sheets: Vec<(String, String)>,
    /// Texts cut to [`MAX_ANSWER_CHARS`], `(activity id, characters it had)`.
    pub cut: Vec<(String, usize)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamping_keeps_the_sheet() {
        let text = "schema_version = 1\n# kept\nactivity = \"aims\"\nactivity_hash = \"x\"\n\n[responses]\norder = [\"a\"]\n\n[teacher]\nargument = 3\n";
        let (stamped, cut) = stamp_sheet(text, "Ada", "2026-11-21T10:20:00Z");
        assert!(cut.is_empty());
        assert!(stamped.contains("# kept\n"), "{stamped}");
        let value: toml::Table = toml::from_str(&stamped).expect("toml");
        assert_eq!(value["student"].as_str(), Some("Ada"));
        assert_eq!(value["submitted"].as_str(), Some("2026-11-21T10:20:00Z"));
        assert!(value["responses"]["order"].is_array());
        assert!(value.get("teacher").is_none(), "{stamped}");
        assert_eq!(stamp_sheet("not = [toml", "Ada", "t").0, "not = [toml");
    }

    #[test]
    fn texts_over_the_limit_are_cut_to_it() {
        let long = "a".repeat(MAX_ANSWER_CHARS + 7);
        let text = format!(
            "schema_version = 1\nactivity = \"r\"\n\n[responses]\ntext = \"{long}\"\nsections = {{ intro = \"{long}\", end = \"short\" }}\n\n[follow_up]\nwhy = \"{long}\"\n"
        );
        let (stamped, cut) = stamp_sheet(&text, "Ada", "2026-11-21T10:20:00Z");
        assert_eq!(cut, [MAX_ANSWER_CHARS + 7; 3]);
        let value: toml::Table = toml::from_str(&stamped).expect("toml");
        let kept = |v: &toml::Value| v.as_str().expect("text").chars().count();
        assert_eq!(kept(&value["responses"]["text"]), MAX_ANSWER_CHARS);
        assert_eq!(
            kept(&value["responses"]["sections"]["intro"]),
            MAX_ANSWER_CHARS
        );
        assert_eq!(
            value["responses"]["sections"]["end"].as_str(),
            Some("short")
        );
        assert_eq!(kept(&value["follow_up"]["why"]), MAX_ANSWER_CHARS);
    }
}
