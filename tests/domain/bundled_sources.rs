//! The bundled unit's sources say the words of their documents: every extract marked
//! `verbatim = true` is found, word for word, in one of the documents the unit is built from
//! (the textbook chapter beside the checkout in `../shared/seeds/`), so an edit that is not
//! declared fails. Extracts that differ on purpose are marked `verbatim = false` and say how
//! in a `note`; `verbatim` and `note` are checked like every other key.
//!
//! The comparison ignores case, spaces, line breaks, punctuation and quotation marks (the
//! chapter's copy is a scan, with its hyphens and quotes as the scan left them). An ellipsis
//! (`…`) in an extract stands for words left out: the pieces between them must come in order.
//! Square brackets are the editor's: `[do]` may be the book's own bracket or a word supplied
//! where the copy is cut, so the bracketed words may be there or not, but nothing else may
//! differ.

use std::path::{Path, PathBuf};

use classwork::activity::Source;
use classwork::diagnostic::{Diagnostic, Style, render_all};
use classwork::load::load_path;

const UNIT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/activities/soviet-foreign-policy"
);

/// The documents the unit is built from, beside the checkout; `None` (with a line saying so)
/// where they are not.
fn documents() -> Option<Vec<(String, String)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!(
            "skipped: the unit's documents are not beside the checkout ({})",
            dir.display()
        );
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let docs: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("a document is readable text");
            (
                p.file_name().expect("a file name").to_string_lossy().into(),
                letters(&text),
            )
        })
        .collect();
    if docs.is_empty() {
        println!("skipped: no documents in {}", dir.display());
        return None;
    }
    Some(docs)
}

/// Only the letters and digits of a text, lowercased.
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A piece of an extract between ellipses, as its ways of reading: each bracketed group
/// kept or dropped.
fn readings(piece: &str) -> Vec<String> {
    let mut parts: Vec<(String, bool)> = Vec::new();
    let mut rest = piece;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            break;
        };
        parts.push((letters(&rest[..open]), false));
        parts.push((letters(&rest[open + 1..close]), true));
        rest = &rest[close + 1..];
    }
    parts.push((letters(rest), false));
    let optional = parts.iter().filter(|(_, o)| *o).count();
    assert!(optional <= 8, "too many brackets in one piece: {piece}");
    (0..1u32 << optional)
        .map(|mask| {
            let mut n = 0;
            let mut out = String::new();
            for (text, is_optional) in &parts {
                if *is_optional {
                    if mask & (1 << n) != 0 {
                        out.push_str(text);
                    }
                    n += 1;
                } else {
                    out.push_str(text);
                }
            }
            out
        })
        .collect()
}

/// The first piece of `extract` not found in `document` after the pieces before it; `None`
/// when every piece is there, in order.
fn first_missing<'a>(extract: &'a str, document: &str) -> Option<&'a str> {
    let mut from = 0;
    for piece in extract.split(['…']).flat_map(|p| p.split("...")) {
        let ways = readings(piece);
        if ways.iter().all(String::is_empty) {
            continue;
        }
        let found = ways
            .iter()
            .filter(|w| !w.is_empty())
            .filter_map(|w| {
                document[from..]
                    .find(w.as_str())
                    .map(|at| from + at + w.len())
            })
            .min();
        match found {
            Some(end) => from = end,
            None => return Some(piece.trim()),
        }
    }
    None
}

fn sources() -> Vec<Source> {
    let loaded = load_path(Path::new(UNIT));
    assert!(
        !loaded.has_errors(),
        "{}",
        render_all(&loaded.diagnostics, Style::Plain)
    );
    loaded
        .units
        .into_iter()
        .next()
        .expect("the unit loads")
        .sources
}

#[test]
fn every_extract_marked_verbatim_is_word_for_word_in_its_document() {
    let Some(documents) = documents() else {
        return;
    };
    let mut wrong = Vec::new();
    let mut checked = 0;
    for source in sources() {
        let (Some(true), Some(text)) = (source.verbatim, &source.text) else {
            continue;
        };
        checked += 1;
        // Where it differs from the document it follows furthest.
        let misses: Option<Vec<&str>> = documents
            .iter()
            .map(|(_, doc)| first_missing(text, doc))
            .collect();
        let furthest = misses.and_then(|m| m.into_iter().max_by_key(|piece| text.find(piece)));
        if let Some(first) = furthest {
            wrong.push(format!(
                "{} ({}): not in any document: \"{first}\"",
                source.label, source.id
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "extracts marked `verbatim = true` that differ from their document; quote it \
         exactly, or mark the extract `verbatim = false` with a `note` saying how it \
         differs:\n{}",
        wrong.join("\n")
    );
    assert!(checked >= 20, "only {checked} extracts were checked");
}

#[test]
fn every_text_says_whether_it_is_verbatim_and_every_difference_is_explained() {
    for source in sources() {
        if source.text.is_none() {
            continue;
        }
        match source.verbatim {
            None => panic!(
                "{} ({}) does not say whether its text is the document's own words: add \
                 `verbatim = true`, or `verbatim = false` with a `note`",
                source.label, source.id
            ),
            Some(false) => assert!(
                source.note.as_deref().is_some_and(|n| !n.trim().is_empty()),
                "{} ({}) differs from its document without a note",
                source.label,
                source.id
            ),
            Some(true) => {}
        }
    }
}

#[test]
fn the_comparison_catches_edits_and_allows_cuts_and_brackets() {
    let book = letters(
        "England and France have rejected the policy of collective security ... and \
         taken a position of non-intervention. Be cautious and [do] not allow Soviet Russia \
         to be drawn into the conflicts by warmongers who pull the chestnuts out of the",
    );
    let same = "England and France have rejected the policy … and taken a position";
    assert_eq!(first_missing(same, &book), None);
    let cut_word = "Be cautious and [do] not allow Soviet Russia … chestnuts out of the [fire]";
    assert_eq!(first_missing(cut_word, &book), None);
    let edited = "and have taken up a position of non-intervention";
    assert_eq!(first_missing(edited, &book), Some(edited));
    let replaced = "Be cautious and [do] not allow our country to be drawn";
    assert_eq!(first_missing(replaced, &book), Some(replaced));
    let disguised = "not allow [our country] to be drawn";
    assert_eq!(first_missing(disguised, &book), Some(disguised));
    let reordered = "taken a position … England and France have rejected";
    assert_eq!(
        first_missing(reordered, &book),
        Some("England and France have rejected")
    );
}

/// The problems of a unit whose one activity shows the sources in `sources_toml`.
fn problems(sources_toml: &str) -> Vec<Diagnostic> {
    let dir = tempfile::tempdir().expect("a temp dir");
    let write =
        |name: &str, text: &str| std::fs::write(dir.path().join(name), text).expect("written");
    write(
        "unit.toml",
        "schema_version = 1\nid = \"u\"\ntitle = \"U\"\nactivities = [\"a.toml\"]\n",
    );
    write("sources.toml", sources_toml);
    write(
        "a.toml",
        "schema_version = 1\nid = \"a\"\nkind = \"short\"\ntitle = \"A\"\n\
         sources = [\"s1\"]\n\n[[questions]]\nid = \"q\"\nprompt = \"Why?\"\n\
         model_answer = \"Because.\"\n",
    );
    load_path(dir.path()).diagnostics
}

fn source_with(keys: &str) -> String {
    format!(
        "schema_version = 1\n\n[[source]]\nid = \"s1\"\nlabel = \"Source 1\"\nkind = \
         \"speech\"\n{keys}\n"
    )
}

#[test]
fn a_text_that_differs_on_purpose_must_say_how() {
    let undeclared = problems(&source_with("text = \"Words.\"\nverbatim = false"));
    assert!(
        undeclared
            .iter()
            .any(|d| d.code == "missing-key" && d.message.contains("does not say how")),
        "{}",
        render_all(&undeclared, Style::Plain)
    );
    let explained = problems(&source_with(
        "text = \"Words.\"\nverbatim = false\nnote = \"Shortened.\"",
    ));
    assert!(
        explained.is_empty(),
        "{}",
        render_all(&explained, Style::Plain)
    );
    let exact = problems(&source_with("text = \"Words.\"\nverbatim = true"));
    assert!(exact.is_empty(), "{}", render_all(&exact, Style::Plain));
}

#[test]
fn verbatim_needs_a_text_and_a_note_needs_words() {
    let picture = problems(
        "schema_version = 1\n\n[[source]]\nid = \"s1\"\nlabel = \"Source 1\"\nkind = \
         \"cartoon\"\ndescription = \"A drawing.\"\nverbatim = true\n",
    );
    assert!(
        picture.iter().any(|d| d.code == "key-not-for-kind"),
        "{}",
        render_all(&picture, Style::Plain)
    );
    let blank = problems(&source_with("text = \"Words.\"\nnote = \"  \""));
    assert!(
        blank.iter().any(|d| d.code == "empty-prompt"),
        "{}",
        render_all(&blank, Style::Plain)
    );
}
