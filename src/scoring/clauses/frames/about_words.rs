//! Sentences about words, or about nothing: "Congestion is a word with four syllables",
//! "I recommend using the word recommend", "Air quality, Hollins Wood and 55% are all
//! things that exist". They hold points without saying anything of what the points name.

use super::asking::says_any;

/// Phrases that make a sentence one about words or about mere existence.
const ABOUT_WORDS: &[&[&str]] = &[
    &["is", "a", "word"],
    &["are", "words"],
    &["is", "a", "term"],
    &["the", "word"],
    &["syllable"],
    &["syllables"],
    &["letters", "long"],
    &["rhymes", "with"],
    &["things", "that", "exist"],
    &["all", "exist"],
    &["exist", "in", "the", "world"],
    &["dictionary"],
    &["is", "a", "noun"],
    &["are", "nouns"],
    &["naming", "words"],
    &["is", "a", "number"],
    &["are", "numbers"],
    &["is", "a", "name"],
    &["is", "written", "with"],
    &["can", "be", "discussed"],
];

/// Words that say what a word means or does: a sentence about a word with one of these
/// reads it, as an answer on a text does ("the word 'fair' suggests deceit").
const MEANING: &[&str] = &[
    "conveys",
    "connotation",
    "connotations",
    "emphasises",
    "emphasizes",
    "highlights",
    "implies",
    "meaning",
    "means",
    "represents",
    "reveals",
    "shows",
    "suggests",
    "symbolises",
    "symbolizes",
];

/// Whether a sentence of `words` speaks of words or of things merely existing (see
/// [`ABOUT_WORDS`]), and not of what a word means (see [`MEANING`]).
pub(super) fn about_words(words: &[std::borrow::Cow<'_, str>]) -> bool {
    let reads_meaning = words.iter().any(|w| MEANING.contains(&w.as_ref()));
    !reads_meaning && says_any(words, ABOUT_WORDS)
}
