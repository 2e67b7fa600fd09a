//! The moderation queue: the answers the marker flagged for the teacher to judge — a
//! keyword point whose phrase was found but earned nothing because it was negated, in a
//! list, repeated or copied from the activity; a near miss, a phrase that almost made a
//! point; a report's decision its text contradicts — in the class's order. A point or task
//! the teacher has overridden is judged, and leaves the queue.

use super::class::Class;
use crate::activity::Unit;

/// One flagged answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Flagged {
    /// Position of the hand-in in the class.
    pub hand_in: usize,
    /// The student.
    pub student: String,
    /// The activity's id.
    pub activity: String,
    /// The keyword point, `task/point`.
    pub key: String,
    /// Why it earned nothing, as the marker says it.
    pub reason: String,
}

/// Every flagged answer of `class`, hand-in by hand-in, in the unit's order of activities.
pub fn flagged(class: &Class, unit: &Unit) -> Vec<Flagged> {
    let mut out = Vec::new();
    for (h, hand_in) in class.hand_ins.iter().enumerate() {
        for activity in &unit.activities {
            let Some(sheet) = hand_in.sheet(&activity.id) else {
                continue;
            };
            let mut flag = |key: String, reason: &str| {
                out.push(Flagged {
                    hand_in: h,
                    student: hand_in.manifest.student.clone(),
                    activity: activity.id.clone(),
                    key,
                    reason: reason.to_string(),
                });
            };
            for task in &sheet.score.tasks {
                if let Some(reason) = &task.flagged {
                    flag(task.id.to_string(), reason);
                }
                for point in &task.points {
                    if let Some(reason) = &point.flagged {
                        flag(format!("{}/{}", task.id, point.id), reason);
                    }
                }
            }
        }
    }
    out
}
