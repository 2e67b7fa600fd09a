//! Sentences about words, or about nothing: "Congestion is a word with four syllables",
//! "I recommend using the word recommend", "Air quality, Hollins Wood and 55% are all
//! things that exist". They hold points without saying anything of what the points name.

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
];

/// Whether a sentence of `words` speaks of words or of things merely existing (see
/// [`ABOUT_WORDS`]).
pub(super) fn about_words(words: &[std::borrow::Cow<'_, str>]) -> bool {
    ABOUT_WORDS.iter().any(|phrase| {
        words
            .windows(phrase.len())
            .any(|w| w.iter().map(AsRef::as_ref).eq(phrase.iter().copied()))
    })
}
