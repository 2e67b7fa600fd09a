//! The terminal UI's own layers: the code that changes the state (`update`) and the
//! geometry it shares with the views never name the views, the geometry and the lines it
//! measures (`content`) never name `update`, and the student UI's views take nothing from
//! `task`. So what is drawn can change without the state's code, and the other way.

use crate::scan::{library_files, tokens};

/// Modules, by path, and the modules they must not name.
const RULES: &[(&[&str], &[&str])] = &[
    (&["tui", "class", "app"], &["view"]),
    (&["tui", "class", "marking"], &["view"]),
    (&["tui", "class", "geometry"], &["view", "update"]),
    (&["tui", "class", "writing"], &["view", "update"]),
    (&["tui", "app"], &["view"]),
    (&["tui", "task"], &["view"]),
    (&["tui", "writer"], &["view"]),
    (&["tui", "pointer"], &["view"]),
    (&["tui", "returned"], &["view"]),
    (&["tui", "query"], &["view", "update"]),
    (&["tui", "layout"], &["view", "update"]),
    (&["tui", "geometry"], &["view", "update"]),
    (&["tui", "geometry", "banner"], &["view", "update"]),
    (&["tui", "geometry", "feedback"], &["view", "update"]),
    (&["tui", "geometry", "home"], &["view", "update"]),
    (&["tui", "geometry", "questions"], &["view", "update"]),
    (&["tui", "geometry", "order"], &["view", "update"]),
    (&["tui", "geometry", "categorize"], &["view", "update"]),
    (&["tui", "geometry", "matching"], &["view", "update"]),
    (&["tui", "geometry", "grid"], &["view", "update"]),
    (&["tui", "geometry", "sort"], &["view", "update"]),
    (&["tui", "geometry", "sources"], &["view", "update"]),
    (&["tui", "geometry", "writer"], &["view", "update"]),
    (&["tui", "content"], &["view", "update"]),
    (&["tui", "content", "banner"], &["view", "update"]),
    (&["tui", "content", "categorize"], &["view", "update"]),
    (&["tui", "content", "feedback"], &["view", "update"]),
    (&["tui", "content", "matching"], &["view", "update"]),
    (&["tui", "content", "questions"], &["view", "update"]),
    (&["tui", "content", "returned"], &["view", "update"]),
    (&["tui", "content", "side"], &["view", "update"]),
    (&["tui", "content", "sources"], &["view", "update"]),
    (&["tui", "content", "writer"], &["view", "update"]),
    (&["tui", "content", "written_feedback"], &["view", "update"]),
    (&["tui", "view"], &["task", "update"]),
    (&["tui", "view", "banner"], &["task", "update"]),
    (&["tui", "view", "categorize"], &["task", "update"]),
    (&["tui", "view", "compare"], &["task", "update"]),
    (&["tui", "view", "feedback"], &["task", "update"]),
    (&["tui", "view", "footer"], &["task", "update"]),
    (&["tui", "view", "grid"], &["task", "update"]),
    (&["tui", "view", "help"], &["task", "update"]),
    (&["tui", "view", "history"], &["task", "update"]),
    (&["tui", "view", "home"], &["task", "update"]),
    (&["tui", "view", "marking"], &["task", "update"]),
    (&["tui", "view", "matching"], &["task", "update"]),
    (&["tui", "view", "order"], &["task", "update"]),
    (&["tui", "view", "profile"], &["task", "update"]),
    (&["tui", "view", "questions"], &["task", "update"]),
    (&["tui", "view", "returned"], &["task", "update"]),
    (&["tui", "view", "sort"], &["task", "update"]),
    (&["tui", "view", "sources"], &["task", "update"]),
    (&["tui", "view", "too_small"], &["task", "update"]),
    (&["tui", "view", "writer"], &["task", "update"]),
    (&["tui", "view", "writer", "side"], &["task", "update"]),
];

/// Where a file of `src/` names a module it must not, as `file:line:col: …`.
fn forbidden_names() -> Vec<String> {
    let mut problems = Vec::new();
    for file in library_files() {
        let Some((_, banned)) = RULES.iter().find(|(m, _)| file.module == *m) else {
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
    let problems = forbidden_names();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
