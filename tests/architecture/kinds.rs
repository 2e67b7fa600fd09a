//! Adding a kind is a change the compiler walks you through: a `match` that chooses between
//! kinds (its arms name two kinds or more of a per-kind enum) names them all, with no `_`
//! or catch-all binding arm. Picking out one kind (one variant, then `_`) is an `if let`
//! in all but name and may keep its `_`.

use std::collections::BTreeSet;

use crate::layers::library_code;
use crate::scan::{Token, closing, library_files, tokens};

/// The enums with one variant per kind (or per family of kinds).
pub const KIND_ENUMS: &[&str] = &["Kind", "Body", "Response", "TaskKeys", "Document"];

/// One arm of a `match`: its pattern's tokens.
struct Arm<'a> {
    pattern: &'a [Token],
}

/// The arms of the `match` whose body opens at `open`.
fn arms(toks: &[Token], open: usize) -> Vec<Arm<'_>> {
    let end = closing(toks, open) - 1;
    let mut out = Vec::new();
    let mut i = open + 1;
    while i < end {
        let start = i;
        let mut depth = 0usize;
        while i < end && !(depth == 0 && toks[i].is("=>")) {
            match toks[i].text.as_str() {
                "{" | "(" | "[" => depth += 1,
                "}" | ")" | "]" => depth = depth.saturating_sub(1),
                _ => {}
            }
            i += 1;
        }
        if i >= end {
            break;
        }
        out.push(Arm {
            pattern: &toks[start..i],
        });
        i = expression_end(toks, i + 1, end);
    }
    out
}

/// Where the arm expression starting at `i` ends (past its comma, if any).
fn expression_end(toks: &[Token], mut i: usize, end: usize) -> usize {
    let block_like = ["{", "if", "match", "loop", "while", "for", "unsafe"];
    if toks
        .get(i)
        .is_some_and(|t| block_like.contains(&t.text.as_str()))
    {
        // Past each block of the expression: `if a {} else if b {} else {}`.
        loop {
            while i < end && !toks[i].is("{") {
                i = if toks[i].is("(") || toks[i].is("[") {
                    closing(toks, i)
                } else {
                    i + 1
                };
            }
            i = closing(toks, i);
            if toks.get(i).is_some_and(|t| t.is("else")) {
                i += 1;
                continue;
            }
            break;
        }
        match toks.get(i).map(|t| t.text.as_str()) {
            Some(",") => return i + 1,
            Some("." | "?" | "as") => {}
            _ => return i,
        }
    }
    let mut depth = 0usize;
    while i < end {
        match toks[i].text.as_str() {
            "{" | "(" | "[" => depth += 1,
            "}" | ")" | "]" => depth = depth.saturating_sub(1),
            "," if depth == 0 => return i + 1,
            _ => {}
        }
        i += 1;
    }
    end
}

/// Whether a pattern matches anything: `_`, a binding, or a tuple of those, with or
/// without a guard.
fn catches_all(pattern: &[Token]) -> bool {
    let unguarded = pattern
        .iter()
        .position(|t| t.is("if"))
        .map_or(pattern, |p| &pattern[..p]);
    let binding =
        |t: &Token| t.is("_") || t.is_ident() && t.text.starts_with(|c: char| c.is_lowercase());
    match unguarded {
        [t] => binding(t),
        [open, inner @ .., close] if open.is("(") && close.is(")") => inner
            .iter()
            .all(|t| binding(t) || t.is(",") || t.is("ref") || t.is("mut")),
        _ => false,
    }
}

/// The kinds a pattern names: `Body::Sort(_)` names `Sort`.
fn kinds_named(pattern: &[Token]) -> BTreeSet<&str> {
    pattern
        .windows(3)
        .filter(|w| KIND_ENUMS.contains(&w[0].text.as_str()) && w[1].is("::"))
        .map(|w| w[2].text.as_str())
        .collect()
}

/// Every catch-all arm of a match that chooses between kinds, as `file:line:col: …`.
pub fn fallbacks(path: &str, source: &str) -> Vec<String> {
    let toks = tokens(source);
    let mut problems = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.is("match") || t.test_only {
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && !toks[j].is("{") {
            j = if toks[j].is("(") || toks[j].is("[") {
                closing(&toks, j)
            } else {
                j + 1
            };
        }
        if j >= toks.len() {
            continue;
        }
        let arms = arms(&toks, j);
        let kinds: BTreeSet<&str> = arms.iter().flat_map(|a| kinds_named(a.pattern)).collect();
        if kinds.len() < 2 {
            continue;
        }
        for arm in arms.iter().filter(|a| catches_all(a.pattern)) {
            let at = &arm.pattern[0];
            problems.push(format!(
                "{path}:{}:{}: a catch-all arm in a match over kinds ({}): name the kinds it stands for",
                at.line,
                at.col,
                kinds.iter().copied().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    problems
}

#[test]
fn every_match_over_kinds_names_them_all() {
    let files = library_files();
    let problems: Vec<String> = library_code(&files)
        .into_iter()
        .flat_map(|f| fallbacks(&f.path, &f.text))
        .collect();
    assert!(
        problems.is_empty(),
        "matches a new kind would fall through silently (see ARCHITECTURE.md):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scan_finds_catch_all_arms_over_kinds() {
    let source = r#"
fn f(body: &Body, response: &Response) -> u8 {
    let one = match body {
        Body::Sort(s) if s.rows.is_empty() => { 0 }
        Body::Grid(_) => if true { 1 } else { 2 }
        Body::Rank(_) | Body::Timeline(_) => 3,
        _ => 4,
    };
    let pair = match (body, response) {
        (Body::Sort(_), Response::Sort { .. }) => 5,
        (Body::Grid(g), Response::Grid(x)) => 6,
        (_, _) => 7,
    };
    let bound = match body.kind() {
        Kind::Essay => 8,
        Kind::Report => 9,
        other => 10,
    };
    let one_kind = match response {
        Response::Essay(text) => 11,
        _ => 12,
    };
    let exhaustive = match body {
        Body::Sort(_) => 13,
        Body::Grid(_) | Body::Rank(_) => 14,
    };
    #[cfg(test)]
    let tested = match body { Body::Sort(_) => 1, Body::Grid(_) => 2, _ => 3 };
    0
}
"#;
    let found: Vec<String> = fallbacks("src/x.rs", source)
        .into_iter()
        .map(|p| p.split(": ").next().unwrap_or("").to_string())
        .collect();
    assert_eq!(found, ["src/x.rs:7:9", "src/x.rs:12:9", "src/x.rs:17:9"]);
}
