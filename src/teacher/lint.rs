//! Weak keywords: accepted words that earn marks for text that makes no point.
//!
//! `classwork check` warns, at the word in the file, about an alternative of a keyword group
//! that is:
//!
//! - **a common English word** on its own ("time", "last", "never"): it is found in
//!   answers about anything ("half time", "last season");
//! - **in the question's own text** (its prompt, the cell's row and column, the section's
//!   heading and guidance, the essay's instructions and guidance): an answer that repeats
//!   the question earns it;
//! - **a wildcard with a weak stem**: fewer than four letters before the `*`, or a stem that
//!   begins a common word which is not a form of it (`deter*` takes "determined");
//! - **a number with a sign** the matcher does not read ("$9", "15%"): only the number is
//!   matched, and any answer with it earns the point ("magnitude 9.0").

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::activity::raw::{RawActivity, RawKeywordGroup, RawSources, Text};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::{Disk, Files, SOURCES_FILE, UNIT_FILE, parse_all};
use crate::scoring::keywords::says;
use crate::words::{Words, split_words};

/// Common English words: on their own they say nothing about a topic.
const COMMON: &[&str] = &[
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "always",
    "another",
    "any",
    "area",
    "away",
    "back",
    "bad",
    "because",
    "been",
    "before",
    "being",
    "best",
    "better",
    "between",
    "big",
    "both",
    "but",
    "came",
    "can",
    "change",
    "come",
    "could",
    "day",
    "decide",
    "did",
    "different",
    "does",
    "done",
    "down",
    "each",
    "early",
    "end",
    "enough",
    "even",
    "ever",
    "every",
    "fact",
    "failed",
    "failure",
    "falls",
    "far",
    "few",
    "find",
    "first",
    "for",
    "found",
    "from",
    "gave",
    "get",
    "give",
    "given",
    "good",
    "great",
    "group",
    "half",
    "hand",
    "hard",
    "has",
    "have",
    "help",
    "here",
    "high",
    "home",
    "how",
    "idea",
    "important",
    "into",
    "just",
    "keep",
    "kind",
    "know",
    "large",
    "last",
    "late",
    "later",
    "lead",
    "least",
    "less",
    "life",
    "like",
    "line",
    "little",
    "long",
    "look",
    "lot",
    "low",
    "lower",
    "made",
    "make",
    "man",
    "many",
    "matter",
    "may",
    "mean",
    "men",
    "might",
    "more",
    "most",
    "move",
    "much",
    "must",
    "need",
    "never",
    "new",
    "next",
    "nothing",
    "now",
    "number",
    "off",
    "often",
    "old",
    "once",
    "one",
    "only",
    "open",
    "other",
    "out",
    "over",
    "own",
    "paper",
    "part",
    "people",
    "place",
    "point",
    "put",
    "rather",
    "really",
    "right",
    "roles",
    "said",
    "same",
    "saw",
    "say",
    "see",
    "seem",
    "set",
    "should",
    "show",
    "side",
    "since",
    "small",
    "some",
    "something",
    "soon",
    "start",
    "state",
    "still",
    "such",
    "take",
    "talk",
    "team",
    "tell",
    "than",
    "thanks",
    "that",
    "the",
    "then",
    "there",
    "these",
    "thing",
    "think",
    "this",
    "those",
    "though",
    "thought",
    "through",
    "time",
    "times",
    "today",
    "together",
    "too",
    "took",
    "treat",
    "try",
    "turn",
    "under",
    "until",
    "upon",
    "use",
    "used",
    "very",
    "wait",
    "want",
    "war",
    "was",
    "way",
    "weight",
    "well",
    "went",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "without",
    "word",
    "work",
    "world",
    "would",
    "year",
    "years",
    "yet",
    "determined",
    "experts",
    "numerous",
    "lasting",
    "decimal",
    "officer",
    "partly",
    "statement",
    "timer",
    "hardly",
    "officially",
];

/// Fewest letters before a `*` that make a distinctive stem.
pub const MIN_WILDCARD_STEM: usize = 4;

/// Warnings about the weak alternatives of every activity file at `paths`, and about a
/// list that shows its own answer ([`super::give_away`]), found as
/// [`crate::load::load_path`] finds them (files that cannot be read are skipped: loading reports
/// them).
pub fn weak_keywords(paths: &[PathBuf]) -> Vec<Diagnostic> {
    let mut files = Vec::new();
    for path in paths {
        activity_files(path, &mut files);
    }
    let mut found = Vec::new();
    // Each unit folder's sources, by id: when each is dated.
    let mut dates: HashMap<PathBuf, HashMap<String, String>> = HashMap::new();
    for path in files {
        let Ok(file) = Disk.read(&path) else {
            continue;
        };
        let parsed = parse_all::<RawActivity>(&file);
        if let Some(raw) = &parsed.value {
            let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
            let dated = dates
                .entry(folder.clone())
                .or_insert_with(|| source_dates(&folder));
            let mut lints = lint_activity(&file, raw);
            lints.extend(super::give_away::give_aways(&file, raw));
            lints.extend(super::starter::placeholders(&file));
            lints.extend(super::give_away::dated_sources(&file, raw, &|id| {
                dated.get(id).cloned()
            }));
            found.extend(lints.into_iter().filter(|d| !parsed.follows_on(d)));
        }
    }
    found
}

/// When each source of the unit in `folder` is dated, by id (none when its sources file
/// cannot be read: loading reports that).
fn source_dates(folder: &Path) -> HashMap<String, String> {
    let Ok(file) = Disk.read(&folder.join(SOURCES_FILE)) else {
        return HashMap::new();
    };
    parse_all::<RawSources>(&file)
        .value
        .map(|sources| {
            sources
                .source
                .iter()
                .filter_map(|s| Some((s.id.get().clone(), s.when.as_ref()?.get().clone())))
                .collect()
        })
        .unwrap_or_default()
}

/// The activity files at `path`: the file itself, or the `.toml` files of a folder and of
/// the unit folders directly inside it, but the unit and sources files.
fn activity_files(path: &Path, out: &mut Vec<PathBuf>) {
    let activity = |p: &PathBuf| {
        p.file_name()
            .is_some_and(|n| n != UNIT_FILE && n != SOURCES_FILE)
    };
    if !path.is_dir() {
        if activity(&path.to_path_buf()) {
            out.push(path.to_path_buf());
        }
        return;
    }
    out.extend(Disk.toml_files(path).into_iter().filter(activity));
    let mut units: Vec<PathBuf> = std::fs::read_dir(path)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && Disk.has_file(&p.join(UNIT_FILE)))
        .collect();
    units.sort();
    for unit in units {
        out.extend(Disk.toml_files(&unit).into_iter().filter(activity));
    }
}

/// The weak alternatives of one activity, each group checked against its question's text.
pub fn lint_activity(file: &Arc<SourceFile>, raw: &RawActivity) -> Vec<Diagnostic> {
    let text = |t: &Option<Text>| t.as_ref().map_or("", |t| t.get().as_str()).to_string();
    let mut asked: Vec<(String, &[RawKeywordGroup])> = Vec::new();
    for q in raw
        .questions
        .iter()
        .flat_map(|q| q.get())
        .chain(&raw.follow_up)
    {
        asked.push((q.prompt.get().clone(), &q.keywords));
    }
    for cell in raw.cells.iter().flat_map(|c| c.get()) {
        let row = raw
            .rows
            .iter()
            .flat_map(|r| r.get())
            .filter(|r| r.id.as_ref().is_some_and(|id| id.get() == cell.row.get()))
            .map(|r| text(&r.label));
        let column = raw
            .columns
            .iter()
            .flat_map(|c| c.get())
            .filter(|c| c.id.get() == cell.column.get())
            .map(|c| c.label.get().clone());
        let question: Vec<String> = row.chain(column).collect();
        asked.push((question.join(" "), &cell.keywords));
    }
    if let Some(j) = &raw.justification {
        asked.push((text(&j.get().prompt), &j.get().keywords));
    }
    if let Some(keywords) = &raw.keywords {
        let guidance: Vec<&str> = raw
            .guidance
            .iter()
            .flat_map(|g| g.get())
            .map(|g| g.get().as_str())
            .collect();
        asked.push((
            format!("{} {}", text(&raw.instructions), guidance.join(" ")),
            keywords.get(),
        ));
    }
    for s in raw.sections.iter().flat_map(|s| s.get()) {
        let guidance: Vec<&str> = s.guidance.iter().map(|g| g.get().as_str()).collect();
        asked.push((
            format!("{} {}", s.heading.get(), guidance.join(" ")),
            &s.keywords,
        ));
    }
    let mut found = Vec::new();
    for (question, groups) in asked {
        for alternative in groups.iter().flat_map(|g| &g.alternatives) {
            if let Some((message, help)) = weakness(alternative.get(), &question) {
                found.push(
                    Diagnostic::warning("weak-keyword", message)
                        .in_file(file)
                        .at(alternative.span())
                        .help(help),
                );
            }
        }
    }
    found
}

/// Why an alternative is weak, and what to do, if it is.
fn weakness(alternative: &str, question: &str) -> Option<(String, String)> {
    let words: Vec<String> = split_words(alternative).map(|w| w.into_owned()).collect();
    let shown = alternative.trim();
    if let Some(stem) = shown.strip_suffix('*').filter(|s| !s.contains(['*', ' '])) {
        let stem = stem.to_lowercase();
        if stem.chars().count() < MIN_WILDCARD_STEM {
            return Some((
                format!(
                    "the wildcard “{shown}” has a stem of fewer than {MIN_WILDCARD_STEM} letters: it matches many unrelated words"
                ),
                "write the word out, or give a longer stem".into(),
            ));
        }
        let own = stem_of(&stem);
        if let Some(other) = COMMON
            .iter()
            .find(|c| c.starts_with(stem.as_str()) && stem_of(c) != own)
        {
            return Some((
                format!("the wildcard “{shown}” also matches the common word “{other}”"),
                "give a longer stem, or list the forms you mean".into(),
            ));
        }
    }
    // "$9" is read as its words and numbers only: "9", which "magnitude 9.0" has too.
    let bare_number =
        !words.is_empty() && words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit()));
    if bare_number && shown.contains(|c: char| !c.is_alphanumeric() && !" .,*".contains(c)) {
        let number: String = shown
            .chars()
            .filter(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .collect();
        return Some((
            format!(
                "“{shown}” is matched as only the number “{number}”: signs such as $, % and £ are not read, so any {number} in an answer earns it"
            ),
            format!(
                "write the number with the word it goes with (“{number} billion”, “{number} per cent”)"
            ),
        ));
    }
    if !shown.contains('*') && words.len() == 1 && COMMON.contains(&words[0].as_str()) {
        return Some((
            format!(
                "“{shown}” is a common English word: it is found in answers that make no point"
            ),
            format!("use a phrase that makes the point (“… {shown} …”)"),
        ));
    }
    if says(shown, question) {
        return Some((
            format!(
                "“{shown}” is in the question's own text: an answer that repeats the question earns it"
            ),
            "accept words the question does not give away".into(),
        ));
    }
    None
}

/// The Snowball stem of one word.
fn stem_of(word: &str) -> String {
    Words::new(word)
        .distinct
        .first()
        .map_or_else(|| word.to_string(), |w| w.stem.clone())
}

#[cfg(test)]
mod tests;
