//! xAPI statements: one per handed-in sheet, in the shape of the xAPI 1.0.3 specification,
//! for a Learning Record Store.
//!
//! - `actor`: an Agent with the student's `name` and an `account` (`homePage`
//!   [`HOME_PAGE`], `name` the student's name as handed in);
//! - `verb`: `http://adlnet.gov/expapi/verbs/scored` when the mark is final,
//!   `http://adlnet.gov/expapi/verbs/completed` while part of it waits for the teacher;
//! - `object`: an Activity whose id is [`activity_iri`] (`<ACTIVITY_BASE>/<unit>/<activity>`),
//!   with the title as its `en` name and the assessment activity type;
//! - `result`: `score` with `raw`, `min` 0, `max` and `scaled` (raw ÷ max), and
//!   `completion` true;
//! - `timestamp`: when the sheet was submitted, else when the hand-in was exported.

use serde_json::{Value, json};

use super::class::Class;
use crate::activity::Unit;
use crate::text::clean;

/// The base of activity ids. `.invalid` is a top-level domain reserved never to resolve
/// (RFC 2606), so the ids are unique without pretending to be pages.
pub const ACTIVITY_BASE: &str = "https://classwork.invalid/activities";

/// The `homePage` of students' accounts.
pub const HOME_PAGE: &str = "https://classwork.invalid";

/// The verb of a final mark.
pub const SCORED: &str = "http://adlnet.gov/expapi/verbs/scored";

/// The verb of a mark that waits for the teacher.
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";

/// The IRI of an activity of a unit. Unit and activity ids are lowercase letters, digits,
/// `_` and `-`, which an IRI path holds as they are.
pub fn activity_iri(unit: &str, activity: &str) -> String {
    format!("{ACTIVITY_BASE}/{unit}/{activity}")
}

/// Every sheet of the class as a statement, student by student, in the unit's order.
pub fn statements(class: &Class, unit: &Unit) -> Value {
    let mut out = Vec::new();
    for hand_in in &class.hand_ins {
        let student = clean(&hand_in.manifest.student).into_owned();
        for scored in &hand_in.sheets {
            let Some(activity) = unit.activity(&scored.sheet.activity) else {
                continue;
            };
            let score = &scored.score;
            let (verb, word) = if score.is_provisional() {
                (COMPLETED, "completed")
            } else {
                (SCORED, "scored")
            };
            let scaled = if score.max > 0.0 {
                (score.marks / score.max).clamp(-1.0, 1.0)
            } else {
                0.0
            };
            let timestamp = scored
                .sheet
                .submitted
                .clone()
                .unwrap_or_else(|| hand_in.manifest.exported_at.clone());
            out.push(json!({
                "actor": {
                    "objectType": "Agent",
                    "name": student,
                    "account": { "homePage": HOME_PAGE, "name": student },
                },
                "verb": { "id": verb, "display": { "en-US": word } },
                "object": {
                    "objectType": "Activity",
                    "id": activity_iri(&unit.id, &activity.id),
                    "definition": {
                        "name": { "en": clean(&activity.title) },
                        "type": "http://adlnet.gov/expapi/activities/assessment",
                    },
                },
                "result": {
                    "score": { "raw": score.marks, "min": 0.0, "max": score.max, "scaled": scaled },
                    "completion": true,
                },
                "timestamp": clean(&timestamp),
            }));
        }
    }
    Value::Array(out)
}
