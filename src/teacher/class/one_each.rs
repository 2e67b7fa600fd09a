//! One hand-in per student: when a student handed in more than once, only the folder the
//! teacher chose counts, never one chosen by the dates the students' computers wrote.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::HandIn;
use crate::diagnostic::Diagnostic;
use crate::teacher::marks::{Marks, student_key};
use crate::text::clean;

fn shown(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

/// One hand-in per student (names compared without case or surrounding spaces). When a
/// student handed in more than once, the folder the teacher chose in the marks file is
/// kept and the others are reported. With no choice none is kept: the dates in the
/// folders are the students' to write, so they settle nothing, and the conflict is
/// reported for the teacher to settle. Returns the kept hand-ins, by name.
pub(super) fn one_each(
    hand_ins: Vec<HandIn>,
    class: &Path,
    marks: &Marks,
) -> (Vec<HandIn>, Vec<Diagnostic>) {
    let mut by_student: BTreeMap<String, Vec<HandIn>> = BTreeMap::new();
    for hand_in in hand_ins {
        by_student
            .entry(student_key(&hand_in.manifest.student))
            .or_default()
            .push(hand_in);
    }
    let mut kept = Vec::new();
    let mut problems = Vec::new();
    for (_, mut group) in by_student {
        if group.len() < 2 {
            kept.append(&mut group);
            continue;
        }
        group.sort_by(|a, b| a.folder.cmp(&b.folder));
        let from_class = |h: &HandIn| -> PathBuf {
            without_dots(h.folder.strip_prefix(class).unwrap_or(&h.folder))
        };
        let student = clean(&group[0].manifest.student).into_owned();
        let listed = |group: &[HandIn]| {
            group
                .iter()
                .map(|h| {
                    format!(
                        "`{}` (exported {})",
                        shown(&from_class(h)),
                        clean(&h.manifest.exported_at)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let Some(choice) = marks.chosen_hand_in(&group[0].manifest.student) else {
            let first = shown(&from_class(&group[0]));
            problems.push(
                Diagnostic::error(
                    "conflicting-hand-ins",
                    format!(
                        "{student} handed in {} times: {}; none is counted until you choose",
                        group.len(),
                        listed(&group)
                    ),
                )
                .help(format!(
                    "remove the folder that is not theirs, or choose one in `{}`:\n[hand_ins.{}]\nfolder = {}",
                    shown(&marks.path),
                    toml::Value::String(group[0].manifest.student.clone()),
                    toml::Value::String(first)
                )),
            );
            continue;
        };
        match group
            .iter()
            .position(|h| from_class(h) == without_dots(Path::new(choice.get())))
        {
            Some(i) => {
                let chosen = group.remove(i);
                problems.push(Diagnostic::warning(
                    "duplicate-hand-in",
                    format!(
                        "{student} handed in {} times: `{}` counts, as the marks file chooses; left out: {}",
                        group.len() + 1,
                        shown(&from_class(&chosen)),
                        listed(&group)
                    ),
                ));
                kept.push(chosen);
            }
            None => problems.push(
                marks
                    .placed(
                        Diagnostic::error(
                            "conflicting-hand-ins",
                            format!(
                                "the folder chosen for {student} is none of their hand-ins, which are {}; none is counted",
                                listed(&group)
                            ),
                        ),
                        choice.span(),
                    )
                    .label("no hand-in of theirs is here")
                    .help("write the folder as a path from the class folder"),
            ),
        }
    }
    (kept, problems)
}

/// A path without its `.` parts, to compare with another.
fn without_dots(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| *c != std::path::Component::CurDir)
        .collect()
}
