//! Imports point one way: a module of `src/` imports modules of its own layer and the
//! layers below it, never one above. Unit tests (`#[cfg(test)]` items and the files they
//! declare) may reach anywhere for their fixtures: they are not part of the library.

use std::collections::BTreeSet;

use crate::scan::{SourceFile, Token, closing, library_files, tokens};

/// The layers of the library, lowest first, with their top-level modules.
pub const LAYERS: &[(&str, &[&str])] = &[
    ("helpers", &["text", "time", "words", "parallel"]),
    ("diagnostics", &["diagnostic"]),
    ("the format", &["activity"]),
    ("loading", &["load", "bundled"]),
    ("answers", &["answer"]),
    ("scoring", &["scoring"]),
    ("progress", &["store"]),
    ("teaching", &["teacher", "export", "interchange"]),
    ("the shell", &["console"]),
    ("front ends", &["plain", "tui", "serve"]),
    ("commands", &["cli"]),
];

/// The layer of a top-level module, as its place in [`LAYERS`].
fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, mods)| mods.contains(&module))
}

/// A reference from code to a top-level module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    /// The top-level module referred to.
    pub target: String,
    /// Line and column of the path's first segment.
    pub line: usize,
    /// Column.
    pub col: usize,
}

/// What one file refers to: its imports of top-level modules outside test code, and the
/// module paths of the test-only modules it declares (`#[cfg(test)] mod tests;`).
pub fn references(file_module: &[String], source: &str) -> (Vec<Import>, Vec<Vec<String>>) {
    let toks = tokens(source);
    let (mut imports, mut test_modules) = (Vec::new(), Vec::new());
    // Inline modules open at this point: their names and where they close.
    let mut inline: Vec<(String, usize)> = Vec::new();
    for i in 0..toks.len() {
        inline.retain(|&(_, close)| i < close);
        let here = || {
            let mut path = file_module.to_vec();
            path.extend(inline.iter().map(|(name, _)| name.clone()));
            path
        };
        let t = &toks[i];
        let after = |n: usize| toks.get(i + n).map(|t| t.text.as_str());
        if t.is("mod") && after(1).is_some() {
            match after(2) {
                Some("{") => inline.push((toks[i + 1].text.clone(), closing(&toks, i + 2))),
                Some(";") if t.test_only => {
                    let mut path = here();
                    path.push(toks[i + 1].text.clone());
                    test_modules.push(path);
                }
                _ => {}
            }
            continue;
        }
        if t.test_only || after(1) != Some("::") || (i > 0 && toks[i - 1].is("::")) {
            continue;
        }
        let start = if t.is("crate") && !(i > 0 && toks[i - 1].is("$")) {
            Some(i + 2)
        } else if t.is("super") {
            let mut j = i;
            let mut ups = 0;
            while toks.get(j).is_some_and(|t| t.is("super"))
                && toks.get(j + 1).is_some_and(|t| t.is("::"))
            {
                ups += 1;
                j += 2;
            }
            // Only `super` paths that climb out of the file's top-level module.
            (ups >= here().len()).then_some(j)
        } else {
            None
        };
        if let Some(start) = start {
            imports.extend(targets(&toks, start).into_iter().map(|target| Import {
                target,
                line: t.line,
                col: t.col,
            }));
        }
    }
    (imports, test_modules)
}

/// The top-level modules a path names from the crate root at `start`: one segment, or the
/// first segment of each item of a `{…}` group.
fn targets(toks: &[Token], start: usize) -> Vec<String> {
    let Some(first) = toks.get(start) else {
        return Vec::new();
    };
    if first.is_ident() {
        return vec![first.text.clone()];
    }
    if !first.is("{") {
        return Vec::new();
    }
    let end = closing(toks, start);
    let (mut out, mut depth, mut item_start) = (Vec::new(), 0, true);
    for t in &toks[start..end] {
        match t.text.as_str() {
            "{" | "(" | "[" => depth += 1,
            "}" | ")" | "]" => depth -= 1,
            "," if depth == 1 => item_start = true,
            _ if item_start && depth == 1 && t.is_ident() && !t.is("self") => {
                out.push(t.text.clone());
                item_start = false;
            }
            _ => item_start = false,
        }
    }
    out
}

/// The files of `files` that are library code: not test modules (`#[cfg(test)] mod x;`)
/// or files beneath them.
pub fn library_code(files: &[SourceFile]) -> Vec<&SourceFile> {
    let test_modules: Vec<Vec<String>> = files
        .iter()
        .flat_map(|f| references(&f.module, &f.text).1)
        .collect();
    files
        .iter()
        .filter(|f| !test_modules.iter().any(|t| f.module.starts_with(t)))
        .collect()
}

/// Every import in `files` that climbs to a higher layer, as `file:line:col: …`.
pub fn upward_imports(files: &[SourceFile]) -> Vec<String> {
    let mut problems = Vec::new();
    for file in library_code(files) {
        let Some(own) = file.module.first() else {
            continue;
        };
        let Some(own_layer) = layer(own) else {
            continue;
        };
        for import in references(&file.module, &file.text).0 {
            if let Some(target_layer) = layer(&import.target)
                && target_layer > own_layer
            {
                problems.push(format!(
                    "{}:{}:{}: `{own}` ({}) imports `{}` ({}), a layer above it",
                    file.path,
                    import.line,
                    import.col,
                    LAYERS[own_layer].0,
                    import.target,
                    LAYERS[target_layer].0
                ));
            }
        }
    }
    problems
}

#[test]
fn every_import_points_down() {
    let problems = upward_imports(&library_files());
    assert!(
        problems.is_empty(),
        "imports that point up (see ARCHITECTURE.md):\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_top_level_module_has_a_layer() {
    let lib = library_files()
        .into_iter()
        .find(|f| f.path == "src/lib.rs")
        .expect("src/lib.rs");
    let toks = tokens(&lib.text);
    let declared: BTreeSet<&str> = toks
        .windows(2)
        .filter(|w| w[0].is("mod") && w[1].is_ident())
        .map(|w| w[1].text.as_str())
        .collect();
    let placed: BTreeSet<&str> = LAYERS.iter().flat_map(|(_, m)| m.iter().copied()).collect();
    let unplaced: Vec<_> = declared.difference(&placed).collect();
    let gone: Vec<_> = placed.difference(&declared).collect();
    assert!(
        unplaced.is_empty() && gone.is_empty(),
        "give each module of src/lib.rs one layer in tests/architecture/layers.rs \
         (no layer: {unplaced:?}; no such module: {gone:?})"
    );
}

#[test]
fn the_scan_finds_every_form_of_upward_import() {
    let module = |m: &str| m.split("::").map(str::to_string).collect::<Vec<_>>();
    let file = |path: &str, text: &str| SourceFile {
        path: path.into(),
        module: crate::scan::module_path(path),
        text: text.into(),
    };
    let source = r#"
use crate::text::clean;
use crate::{diagnostic::Diagnostic, tui::App};
// use crate::cli::run; in a comment
const S: &str = "crate::cli::run";
fn f() { let _ = crate::scoring::score(); let _ = super::super::store::now(); }
mod inner { fn g() { super::super::super::export::x(); } }
#[cfg(test)]
mod tests { use crate::cli::run; }
#[cfg(test)]
mod more;
"#;
    let files = [
        file("src/activity/validate.rs", source),
        file("src/activity/validate/more.rs", "use crate::cli::x;"),
    ];
    let problems = upward_imports(&files);
    let lines: Vec<&str> = problems
        .iter()
        .map(|p| p.split(": ").next().unwrap_or(""))
        .collect();
    assert_eq!(
        lines,
        [
            "src/activity/validate.rs:3:5",
            "src/activity/validate.rs:6:18",
            "src/activity/validate.rs:6:51",
            "src/activity/validate.rs:7:22",
        ],
        "{problems:#?}"
    );
    assert!(problems[0].contains("`tui`"), "{}", problems[0]);
    let (_, tests) = references(&module("activity::validate"), source);
    assert_eq!(tests, [module("activity::validate::more")]);
}
