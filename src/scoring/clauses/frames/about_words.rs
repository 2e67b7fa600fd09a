//! Sentences about words, or about nothing: "Congestion is a word with four syllables",
//! "Natural and sustainable are adjectives", "I recommend using the word recommend", "Air quality, Hollins Wood and 55% are all
//! things that exist", "'Diaphragm' is hard to spell because of the silent g". They hold
//! points without saying anything of what the points name.

use super::asking::says_any;

/// Phrases that make a sentence one about words or about mere existence.
const ABOUT_WORDS: &[&[&str]] = &[
    &["the", "word"],
    &["syllable"],
    &["syllables"],
    &["letters", "long"],
    &["rhymes", "with"],
    &["things", "that", "exist"],
    &["all", "exist"],
    &["exist", "in", "the", "world"],
    &["dictionary"],
    &["naming", "words"],
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

/// Kinds of word: "subsidy is a noun", "cost-benefit is a hyphenated word".
const WORD_KINDS: &[&str] = &[
    "adjective",
    "adjectives",
    "name",
    "names",
    "noun",
    "nouns",
    "number",
    "numbers",
    "phrase",
    "phrases",
    "term",
    "terms",
    "verb",
    "verbs",
    "word",
    "words",
];

/// Words after a kind of word that say what it names: "a term for the movement of sand",
/// "the name of the force", "the number of tanks" define or count, not speak of words.
const NAMING: &[&str] = &["for", "given", "of", "used"];

/// The most words between "is" and the kind of word it calls a thing ("is also a
/// phrase", "is a hyphenated word").
const KIND_AFTER: usize = 3;

/// Whether a sentence of `words` speaks of words or of things merely existing (see
/// [`ABOUT_WORDS`]), or calls something a kind of word (see [`WORD_KINDS`]), and not of
/// what a word means (see [`MEANING`]).
pub(super) fn about_words(words: &[std::borrow::Cow<'_, str>]) -> bool {
    let reads_meaning = words.iter().any(|w| MEANING.contains(&w.as_ref()));
    !reads_meaning && (says_any(words, ABOUT_WORDS) || called_a_word(words))
}

/// Whether `words` call something a kind of word: "is", "are", "was" or "were", then
/// within [`KIND_AFTER`] words one of [`WORD_KINDS`] that [`NAMING`] does not follow.
fn called_a_word(words: &[std::borrow::Cow<'_, str>]) -> bool {
    let word = |i: usize| words.get(i).map_or("", AsRef::as_ref);
    (0..words.len())
        .filter(|&i| matches!(word(i), "is" | "are" | "was" | "were"))
        .any(|i| {
            (i + 1..=i + KIND_AFTER + 1)
                .find(|&j| WORD_KINDS.contains(&word(j)))
                .is_some_and(|j| !NAMING.contains(&word(j + 1)))
        })
}

/// Words that speak of a word's form: its spelling, sound, letters, grammar or origin.
const FORM: &[&str] = &[
    "abbreviation",
    "acronym",
    "adjective",
    "adverb",
    "greek",
    "latin",
    "letters",
    "noun",
    "plural",
    "prefix",
    "pronounce",
    "pronounced",
    "rhyme",
    "rhymes",
    "silent",
    "singular",
    "sounds",
    "spell",
    "spelled",
    "spelling",
    "spelt",
    "suffix",
    "syllable",
    "syllables",
    "verb",
];

/// Whether a sentence of `words` that quotes a word (`quoted`) speaks of a word's form
/// ([`FORM`]) and not of what it means ([`MEANING`]): "'Hypertrophy' is a long word with
/// eleven letters", "'alveoli' is a plural". A quoted term said of the thing ("the router
/// reads the 'destination' and sends the packet on") is left alone.
pub(super) fn speaks_of_a_words_form(words: &[std::borrow::Cow<'_, str>], quoted: bool) -> bool {
    quoted
        && words.iter().any(|w| FORM.contains(&w.as_ref()))
        && !words.iter().any(|w| MEANING.contains(&w.as_ref()))
}

/// Whether the word whose run is `range` of `text` is quoted: its run opens with a quote
/// mark, or one stands straight before it.
pub(super) fn quoted(text: &str, range: &std::ops::Range<usize>) -> bool {
    const QUOTES: [char; 5] = ['\'', '‘', '’', '"', '“'];
    text[range.clone()].starts_with(QUOTES) || text[..range.start].ends_with(QUOTES)
}
