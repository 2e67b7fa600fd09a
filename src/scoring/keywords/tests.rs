//! Tests of the keyword matcher: trying only the phrases that may begin at a word finds what
//! trying every phrase at every word finds.
use super::*;
use proptest::prelude::*;

/// The occurrences found by trying every phrase at every word of the text.
fn every_phrase_everywhere(
    rules: &Rules,
    phrases: &Phrases,
    text: &Words,
) -> Vec<(usize, usize, usize)> {
    let split = phrases.split();
    let table = rules.table(split, text);
    let every: Vec<usize> = (0..split.spans.len()).collect();
    rules.read(split, text, &table, &vec![every; text.distinct.len()])
}

const VOCABULARY: &[&str] = &[
    "the",
    "pact",
    "pacts",
    "treaty",
    "treaties",
    "germany",
    "not",
    "help",
    "aid",
    "safe",
    "security",
    "collective",
    "appease*",
    "appeasement",
    "league",
    "leage",
    "nations",
    "of",
    "co-operation",
    "cooperation",
    "re-use",
    "reuse",
];

fn words_from(picks: &[usize]) -> String {
    let words: Vec<&str> = picks
        .iter()
        .map(|&i| VOCABULARY[i % VOCABULARY.len()])
        .collect();
    words.join(" ")
}

proptest! {
    #[test]
    fn trying_only_the_phrases_that_may_begin_finds_the_same(
        text in prop::collection::vec(0usize..100, 0..40),
        phrases in prop::collection::vec(prop::collection::vec(0usize..100, 1..4), 1..5),
        stem in any::<bool>(),
        typos in 0usize..3,
        synonyms in any::<bool>(),
        any_order in any::<bool>(),
    ) {
        let rules = Rules { stem, typos, synonyms: synonyms && stem, any_order };
        let phrases: Phrases = phrases.iter().map(|p| words_from(p)).collect();
        let text = Words::new(&words_from(&text));
        prop_assert_eq!(
            rules.occurrences(&phrases, &text),
            every_phrase_everywhere(&rules, &phrases, &text)
        );
    }
}
