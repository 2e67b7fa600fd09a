//! The problems found while reading a class folder, as diagnostics.

use std::path::Path;

use super::{HANDIN_FILE, MARKS_FILE};
use crate::diagnostic::Diagnostic;
use crate::text::clean;

/// A marks file found where the class's marks are not kept.
pub(super) fn marks_not_read(path: &Path, why: &str) -> Diagnostic {
    Diagnostic::warning(
        "marks-not-read",
        format!("`{}` is not read: {why}", shown(path)),
    )
    .help(format!(
        "the teacher's marks are kept in `{MARKS_FILE}` at the top of the class folder"
    ))
}

/// A path as shown in a message, made safe for the terminal.
pub(super) fn shown(path: &Path) -> String {
    clean(&path.display().to_string()).into_owned()
}

/// A file in the class folder that belongs to no hand-in.
pub(super) fn foreign(path: &Path, why: &str) -> Diagnostic {
    Diagnostic::warning(
        "foreign-file",
        format!("`{}` is not part of a hand-in: {why}", shown(path)),
    )
    .help(format!(
        "a hand-in is a folder with `{HANDIN_FILE}` and one answer sheet per activity"
    ))
}

/// A file or folder that is a link to somewhere outside `inside`, which is not followed.
pub(super) fn outside(path: &Path, inside: &str) -> Diagnostic {
    Diagnostic::error(
        "path-outside-folder",
        format!(
            "`{}` links to somewhere outside the {inside}; left out",
            shown(path)
        ),
    )
    .help("copy the file into the folder instead of linking to it")
}

/// A link to a folder inside the class folder, which is not followed: that folder is read
/// under its own name, so each hand-in is read once, and a link to a folder holding it
/// (a loop) is not gone round.
pub(super) fn linked_folder(link: &Path) -> Diagnostic {
    let target = link.canonicalize().unwrap_or_else(|_| link.to_path_buf());
    let is_loop = link
        .parent()
        .and_then(|p| p.canonicalize().ok())
        .is_some_and(|parent| parent.starts_with(&target));
    let why = if is_loop {
        "a folder it is in, so following it would go round in a loop"
    } else {
        "a folder of the class that is read under its own name"
    };
    Diagnostic::warning(
        "linked-folder",
        format!(
            "`{}` links to `{}`, {why}; not followed",
            shown(link),
            shown(&target)
        ),
    )
}

/// A hand-in that answers one activity twice.
pub(super) fn twice(path: &Path, activity: &str) -> Diagnostic {
    Diagnostic::warning(
        "duplicate-sheet",
        format!(
            "this hand-in answers `{}` twice; the sheet submitted last is kept (`{}` read)",
            clean(activity),
            shown(path)
        ),
    )
}
