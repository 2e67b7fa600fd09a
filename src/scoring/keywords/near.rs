//! Near misses: where a keyword point was not found, a phrase of it that almost matched,
//! for the teacher to judge. A phrase of two words or more almost matches where all its
//! words are written in order but a little too far apart (at most [`NEAR_GAP`] other words
//! between two of them, more than [`PHRASE_GAP`]), or, for a phrase of three words or more,
//! where all its words but one are written as a phrase would be.

use super::{PHRASE_GAP, Rules, gapped_span};
use crate::activity::KeywordGroup;
use crate::words::{Words, synonyms};

/// Most words of the text between two words of a phrase for it to almost match.
pub const NEAR_GAP: usize = 2 * PHRASE_GAP;

/// A phrase of the text that almost makes a point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    /// The words written, as lowercased in the text.
    pub written: String,
    /// The alternative it almost matches, as the author wrote it.
    pub alternative: String,
    /// How many of the alternative's words were found.
    pub found: usize,
    /// How many words the alternative has.
    pub words: usize,
}

/// The first phrase of `words` that almost matches an alternative of `group` (see the
/// module documentation); `None` when none does. Meant for a group that was not found.
pub fn near_miss(group: &KeywordGroup, words: &Words) -> Option<NearMiss> {
    let rules = Rules {
        stem: group.stem,
        typos: group.typos as usize,
        synonyms: group.synonyms && group.stem,
        any_order: group.any_order,
    };
    let split = group.alternatives.split();
    let sequence = &words.sequence;
    let end = sequence.len();
    for (phrase, &(first, len)) in split.spans.iter().enumerate() {
        if len < 2 {
            continue;
        }
        let table: Vec<Vec<bool>> = split.words[first..first + len]
            .iter()
            .map(|pattern| {
                words
                    .distinct
                    .iter()
                    .map(|word| {
                        rules.word_matches(pattern, word, super::TYPO_MIN_LETTERS_IN_PHRASE)
                            || (rules.synonyms && synonyms::share(pattern.synonyms, word.synonyms))
                    })
                    .collect()
            })
            .collect();
        let hit = |k: usize, i: usize| table[k][sequence[i]];
        let alternative = group.alternatives.get(phrase).cloned().unwrap_or_default();
        let near = |at: usize, span: usize, found: usize| NearMiss {
            written: written(words, at, span),
            alternative: alternative.clone(),
            found,
            words: len,
        };
        for at in 0..end {
            if let Some(span) = gapped_span(len, at, end, NEAR_GAP, hit, |_, _| true) {
                return Some(near(at, span, len));
            }
            if len >= 3 {
                for left_out in 0..len {
                    let kept = |k: usize| if k < left_out { k } else { k + 1 };
                    let matches = |k: usize, i: usize| hit(kept(k), i);
                    if let Some(span) =
                        gapped_span(len - 1, at, end, PHRASE_GAP, matches, |_, _| true)
                    {
                        return Some(near(at, span, len - 1));
                    }
                }
            }
        }
    }
    None
}

/// The words `at..at + span` of the text, as lowercased in it.
fn written(words: &Words, at: usize, span: usize) -> String {
    words.sequence[at..at + span]
        .iter()
        .map(|&w| words.distinct[w].text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(alternatives: &[&str]) -> KeywordGroup {
        KeywordGroup {
            alternatives: alternatives.iter().map(|a| a.to_string()).collect(),
            stem: true,
            typos: 1,
            synonyms: false,
            any_order: false,
            occurrences: 1,
            id: "p".into(),
            points: 1.0,
            found: None,
            missed: None,
            model_reading: Default::default(),
            asked: Default::default(),
        }
    }

    fn near(alternatives: &[&str], text: &str) -> Option<NearMiss> {
        near_miss(&group(alternatives), &Words::new(text))
    }

    #[test]
    fn a_phrase_with_one_word_missing_almost_matches() {
        let found = near(
            &["league of nations"],
            "Stalin joined the league in 1934 to find friends.",
        );
        assert_eq!(found, None, "one word of three is not most of them");
        let found = near(
            &["collective security against Germany"],
            "He wanted collective security with the west against Hitler.",
        )
        .expect("a near miss");
        assert_eq!(found.found, 3);
        assert_eq!(found.words, 4);
        assert_eq!(found.written, "collective security with the west against");
    }

    #[test]
    fn a_phrase_whose_words_are_a_little_too_far_apart_almost_matches() {
        let text = "Britain stalled for months and sent junior officials, so Stalin saw delay.";
        let found = near(&["britain delay"], text);
        assert_eq!(found, None, "too far apart even for a near miss");
        let found = near(
            &["britain stalled talks"],
            "Britain stalled the slow and dull talks.",
        )
        .expect("a near miss");
        assert_eq!(found.found, 3, "all three words, one gap of four");
        assert_eq!(found.written, "britain stalled the slow and dull talks");
    }

    #[test]
    fn one_word_of_a_short_phrase_or_a_single_word_is_no_near_miss() {
        assert_eq!(near(&["keyword two"], "Only the keyword here."), None);
        assert_eq!(near(&["appeasement"], "Nothing like it."), None);
    }
}
