//! Sentences about what a good answer or an examiner would say rather than about the
//! subject: "A strong answer here would compare the 62% …", "The examiner would look for
//! economies of scale …", "Top marks would go to an answer that explains …". They hold
//! points without making them.

use std::borrow::Cow;

/// Words for whoever marks, or for marks, that make a sentence about the marking whatever
/// comes before them.
const MARKING: &[&str] = &[
    "answers",
    "examiner",
    "examiners",
    "marker",
    "markers",
    "marks",
    "response",
    "responses",
];

/// Words for a piece of work, or whoever writes it, that make a sentence about the marking
/// after one of [`QUALITIES`] ("a strong answer", "a good student", "a full-mark
/// recommendation").
const WORK: &[&str] = &[
    "answer",
    "answers",
    "candidate",
    "candidates",
    "essay",
    "essays",
    "recommendation",
    "report",
    "reports",
    "student",
    "students",
];

/// Words that judge a piece of work (see [`WORK`]).
const QUALITIES: &[&str] = &[
    "best",
    "excellent",
    "full",
    "good",
    "great",
    "high",
    "mark",
    "perfect",
    "strong",
    "top",
];

/// Modal verbs that say what the work would or should do.
const MODALS: &[&str] = &["could", "might", "must", "should", "will", "would"];

/// Verbs of what an answer does: what a good answer "would compare", "should explain", or
/// where the marks "would go".
const ANSWER_VERBS: &[&str] = &[
    "analyse", "argue", "choose", "compare", "consider", "describe", "discuss", "evaluate",
    "explain", "give", "go", "include", "look", "mention", "note", "refer", "say", "set", "state",
    "use", "weigh",
];

/// The most words between the marking's word and its modal ("a strong answer here would").
const TO_MODAL: usize = 2;

/// Whether `words` (a sentence) says what a good answer, a good student or an examiner
/// would do: a word of [`MARKING`], or of [`WORK`] after one of [`QUALITIES`], then within
/// [`TO_MODAL`] words a modal and (perhaps after an adverb) a verb of [`ANSWER_VERBS`]. What a
/// student would do in the subject is left alone ("a good student would lose the bursary").
pub(super) fn about_the_marking(words: &[Cow<'_, str>]) -> bool {
    let word = |i: usize| words.get(i).map_or("", AsRef::as_ref);
    (0..words.len()).any(|i| {
        let marking = MARKING.contains(&word(i))
            || (i > 0 && WORK.contains(&word(i)) && QUALITIES.contains(&word(i - 1)));
        marking
            && (i + 1..=i + 1 + TO_MODAL)
                .find(|&m| MODALS.contains(&word(m)))
                .is_some_and(|m| {
                    ANSWER_VERBS.contains(&word(m + 1)) || ANSWER_VERBS.contains(&word(m + 2))
                })
    })
}
