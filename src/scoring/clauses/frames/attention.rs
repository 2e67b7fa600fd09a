//! Points named only as things to attend to: a sentence whose points are all what a verb
//! of attention points at names them without making them ("Stalin should consider the
//! tanks").

use super::{LIST_ITEM_WORDS, is_talk_word};
use crate::scoring::clauses::{is_article, is_number, is_preposition, is_sentence_word};
use crate::words::AUXILIARY_VERBS;

/// Verbs of attention: a sentence whose points are all what one of these points at, with
/// nothing after it but the points and small words, names the points without making them
/// ("Stalin should consider the tanks"). "think" and "thinking" count before "about" or
/// "of", "look" before "at", "mind" after "in" ("keep in mind").
const ATTENTION: &[&str] = &[
    "consider",
    "considering",
    "forget",
    "forgetting",
    "note",
    "noting",
    "recall",
    "recalling",
    "remember",
    "remembering",
];

/// Whether word `at` of `words` is a verb of attention (see [`ATTENTION`]).
fn attends(words: &[std::borrow::Cow<'_, str>], at: usize) -> bool {
    let word = |i: usize| words.get(i).map_or("", AsRef::as_ref);
    match word(at) {
        "think" | "thinks" | "thinking" => {
            let next = (at + 1..words.len()).find(|&i| !matches!(word(i), "also" | "again"));
            next.is_some_and(|i| matches!(word(i), "about" | "of"))
        }
        "look" | "looking" => word(at + 1) == "at",
        "mind" => at > 0 && word(at - 1) == "in",
        w => ATTENTION.contains(&w),
    }
}

/// Whether a sentence's points are only what a verb of attention points at: one comes
/// before every point, and after it come only names up to a second verb of attention,
/// after which a few more words may say what to attend to them for ("… when we think
/// about security"). A name is a part of the list after the verb (between commas, "and"
/// or "or", as `clause_start`, the first word of each word's clause, numbered as the
/// text's words are, and the words tell) of points, numbers, articles,
/// prepositions, possessives, talk words and small words, and [`LIST_ITEM_WORDS`] other
/// words or fewer ("the Drax mission", "Chamberlain's distrust"); a part with such words
/// and a small word that opens a clause is a clause of its own ("that the tanks sent to
/// Spain were lost"), not one with only points ("what is sustainable").
pub(super) fn only_attended(
    words: &[std::borrow::Cow<'_, str>],
    carried: &[bool],
    clause_start: &[usize],
) -> bool {
    let Some(first) = carried.iter().position(|&c| c) else {
        return false;
    };
    let Some(verb) = (0..first).rev().find(|&i| attends(words, i)) else {
        return false;
    };
    let word = |i: usize| words[i].as_ref();
    let joining = |i: usize| matches!(word(i), "and" | "or");
    let glue = |i: usize| {
        carried[i]
            || is_article(word(i))
            || is_preposition(word(i))
            || POSSESSIVES.contains(&word(i))
            || is_talk_word(word(i))
            || is_number(word(i))
            || (word(i) == "well" && i > 0 && word(i - 1) == "as")
    };
    // The second verb, and where its clause starts ("when we think about …").
    let then = (verb + 1..words.len())
        .find(|&i| attends(words, i))
        .unwrap_or(words.len());
    // The sentence's first word opens its first clause: `clause_start` counts from it.
    let sentence_start = clause_start[0];
    let names_end = clause_start
        .get(then)
        .map(|&c| c - sentence_start)
        .filter(|&c| c > first)
        .unwrap_or(then);
    let (mut own_words, mut clause) = (0, false);
    for i in verb + 1..names_end {
        if joining(i) || (i > verb + 1 && clause_start[i] != clause_start[i - 1]) {
            (own_words, clause) = (0, false);
        }
        clause |= opens_a_clause(word(i));
        if !(glue(i) || joining(i) || is_sentence_word(word(i))) {
            own_words += 1;
        }
        if own_words > LIST_ITEM_WORDS || (clause && own_words > 0) {
            return false;
        }
    }
    (names_end..words.len())
        .filter(|&i| !glue(i) && !is_sentence_word(word(i)) && !attends(words, i))
        .count()
        <= LIST_ITEM_WORDS
}

/// Possessive determiners: part of a name ("our tanks").
const POSSESSIVES: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

/// Whether a small word makes what follows a clause rather than a name: an auxiliary, a
/// word that opens a clause ("that", "how", "because") or a subject ("the tanks we lost").
fn opens_a_clause(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "be", "because", "been", "he", "how", "i", "if", "it", "she", "that", "they", "we", "what",
        "where", "which", "who", "why", "you",
    ];
    AUXILIARY_VERBS.contains(&word) || OPENERS.contains(&word)
}
