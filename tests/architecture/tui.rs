//! The terminal UI's own layers: the code that changes the state (`update`) and the
//! geometry it shares with the views never name the views, the geometry and the lines it
//! measures (`content`) never name `update`, and the student UI's views take nothing from
//! `task`; in each screen's folder (`tui/screen/<name>/`) the same holds of its `update`,
//! `geometry`, `content` and `view`. So what is drawn can change without the state's code,
//! and the other way.

use crate::scan::{library_files, tokens};

/// Modules, by path, and the modules they must not name.
const RULES: &[(&[&str], &[&str])] = &[
    (&["tui", "class", "app"], &["view"]),
    (&["tui", "class", "marking"], &["view"]),
    (&["tui", "class", "geometry"], &["view", "update"]),
    (&["tui", "class", "writing"], &["view", "update"]),
    (&["tui", "app"], &["view"]),
    (&["tui", "task"], &["view"]),
    (&["tui", "pointer"], &["view"]),
    (&["tui", "query"], &["view", "update"]),
    (&["tui", "geometry"], &["view", "update"]),
    (&["tui", "geometry", "banner"], &["view", "update"]),
    (&["tui", "geometry", "sources"], &["view", "update"]),
    (&["tui", "content"], &["view", "update"]),
    (&["tui", "content", "banner"], &["view", "update"]),
    (&["tui", "content", "sources"], &["view", "update"]),
    (&["tui", "view"], &["task", "update"]),
    (&["tui", "view", "banner"], &["task", "update"]),
    (&["tui", "view", "footer"], &["task", "update"]),
    (&["tui", "view", "sources"], &["task", "update"]),
    (&["tui", "view", "too_small"], &["task", "update"]),
];

/// In every screen's folder (`tui/screen/<name>/`), its files (and the folders under them)
/// by name, and the modules they must not name; its other files (`geometry`, `content`, a
/// model such as the writer's `page`) must name neither the view nor `update`. Its
/// `mod.rs` joins them and is free.
const SCREEN_FILES: &[(&str, &[&str])] = &[("update", &["view"]), ("view", &["task", "update"])];

/// What a screen's file that is neither its `update` nor its `view` must not name.
const SCREEN_OTHERS: &[&str] = &["view", "update"];

/// The modules the module at `path` must not name.
fn banned(path: &[String]) -> Option<&'static [&'static str]> {
    if let Some((_, b)) = RULES.iter().find(|(m, _)| path == *m) {
        return Some(b);
    }
    match path {
        [tui, screen, _, file, ..] if tui == "tui" && screen == "screen" => Some(
            SCREEN_FILES
                .iter()
                .find(|(f, _)| file == f)
                .map_or(SCREEN_OTHERS, |(_, b)| *b),
        ),
        _ => None,
    }
}

/// Where a file of `src/` names a module it must not, as `file:line:col: …`.
fn forbidden_names() -> Vec<String> {
    let mut problems = Vec::new();
    for file in library_files() {
        let Some(banned) = banned(&file.module) else {
            continue;
        };
        let toks = tokens(&file.text);
        for (i, t) in toks.iter().enumerate() {
            let in_path =
                (i > 0 && toks[i - 1].is("::")) || toks.get(i + 1).is_some_and(|n| n.is("::"));
            if !t.test_only && in_path && banned.contains(&t.text.as_str()) {
                problems.push(format!(
                    "{}:{}:{}: `{}` is named where it must not be",
                    file.path, t.line, t.col, t.text
                ));
            }
        }
    }
    problems
}

#[test]
fn update_and_geometry_never_name_the_views() {
    let found: Vec<String> = RULES
        .iter()
        .map(|(m, _)| m.join("::"))
        .filter(|m| !library_files().iter().any(|f| f.module.join("::") == *m))
        .collect();
    assert!(found.is_empty(), "no such modules: {found:?}");
    for name in ["update", "view", "geometry"] {
        assert!(
            library_files().iter().any(|f| f.module.len() == 4
                && f.module[..2] == ["tui", "screen"]
                && f.module[3] == *name),
            "no screen has a `{name}` module"
        );
    }
    let problems = forbidden_names();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
