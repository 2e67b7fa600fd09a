//! Text copied from the activity: a point found in words the student copied earns nothing.
//!
//! Words are copied when they belong to a run of [`COPY_RUN`] words or more, word for word
//! (as the keyword matcher splits them), found in the activity's own text — its
//! instructions, questions, guidance, hints (the hint a missed point shows among them) and
//! options — or in the text of a source it
//! shows or refers to (a row's, a card's or an item's source among them); or when they
//! belong to a stretch of a source copied with a few words changed ([`NEAR_COPY`] of the
//! source's words that say something, in its order, with a word or two left out, added or
//! swapped between two of them). The activity's model answers are shown only once the
//! answer is handed in: a right answer that says what they say has not copied them. A
//! shorter quotation, a few words of a source given as evidence, is the student's own, and
//! so is a longer one in a sentence mostly the student's (see [`keep_quotations`]).

use serde_json::Value;

use super::clauses::SENTENCE_WORDS;
use super::context::Context;
use crate::words::{COPY_RUN, NEAR_COPY, Runs, window_hashes, word_hashes};

/// Fields whose text the student never sees, or that is not prose.
const HIDDEN: &[&str] = &[
    "id",
    "alternatives",
    "accept",
    "found",
    "content_hash",
    "kind",
    "sources",
    "notes_from",
    "feedback",
    "model_answer",
];

/// For each word of `words`, where it was copied from, if it was: the activity's own text
/// or one of its sources. The texts' runs are found once and kept with the activity.
pub(crate) fn copied<'a>(ctx: &Context<'a>, words: &[impl AsRef<str>]) -> Vec<Option<&'a str>> {
    let mut from = vec![None; words.len()];
    if words.len() < COPY_RUN.min(NEAR_COPY) {
        return from;
    }
    let hashes = word_hashes(words);
    let known = known_runs(ctx);
    for (at, hash) in window_hashes(&hashes).into_iter().enumerate() {
        if let Some(whence) = known.find_hashed(hash) {
            for slot in &mut from[at..at + COPY_RUN] {
                *slot = Some(whence);
            }
        }
    }
    for (stretch, whence) in known.near_copies(&hashes) {
        for slot in &mut from[stretch] {
            slot.get_or_insert(whence);
        }
    }
    from
}

/// The least share (in percent) of a sentence's words that must be copied for its copied
/// words to count as copied: fewer are a quotation in the student's own sentence.
const COPIED_SHARE: usize = 60;

/// Clears the copied words of each sentence (word ranges of `from`) that is mostly the
/// student's own: less than [`COPIED_SHARE`] percent copied. "Market Street carries 22,000
/// vehicles a day, and peak crossings take 25 minutes instead of 7" quotes the brief's
/// figures as evidence; a sentence pasted whole is still copied.
pub(crate) fn keep_quotations(
    from: &mut [Option<&str>],
    sentences: impl Iterator<Item = std::ops::Range<usize>>,
) {
    for sentence in sentences {
        let Some(words) = from.get_mut(sentence) else {
            continue;
        };
        let copied = words.iter().filter(|w| w.is_some()).count();
        if copied * 100 < words.len() * COPIED_SHARE {
            words.fill(None);
        }
    }
}

/// Runs for texts to come, with the words that say little alone: the small words of a
/// sentence, "and" and "or". A copy with a few words changed is found by the others.
fn new_runs() -> Runs {
    Runs::new(SENTENCE_WORDS.iter().chain(&["and", "or"]).copied())
}

/// The runs of the text an activity shows the student and of the sources it shows or refers
/// to (only theirs are passages a student rewords), kept with the activity when it is first
/// marked: always with its unit's sources.
fn known_runs<'a>(ctx: &Context<'a>) -> &'a Runs {
    ctx.activity.copy_runs.get_or_init(|| {
        let mut runs = new_runs();
        if let Ok(value) = serde_json::to_value(ctx.activity) {
            add_value(&mut runs, &value, "the activity");
        }
        for id in ctx.activity.referenced_sources() {
            if let Some(source) = ctx.source(id) {
                runs.add_passage(source.body(), &source.label);
            }
        }
        runs
    })
}

fn add_value(runs: &mut Runs, value: &Value, whence: &str) {
    match value {
        Value::String(text) => runs.add(text, whence),
        Value::Array(items) => items.iter().for_each(|v| add_value(runs, v, whence)),
        Value::Object(fields) => {
            for (key, v) in fields {
                if !HIDDEN.contains(&key.as_str()) {
                    add_value(runs, v, &where_from(key, whence));
                }
            }
        }
        _ => {}
    }
}

/// What a field of the activity is called to the student.
fn where_from(key: &str, outer: &str) -> String {
    match key {
        "instructions" => "the instructions",
        "prompt" | "questions" => "the question",
        "guidance" => "the guidance",
        "hints" | "missed" => "the hints",
        "options" => "the options",
        _ => outer,
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use proptest::strategy::{Just, Strategy};

    use super::*;

    /// The runs of one passage.
    fn runs_of(text: &str, whence: &str) -> Runs {
        let mut runs = new_runs();
        runs.add_passage(text, whence);
        runs
    }
    use crate::words::split_words;

    /// The words of `text` that [`Runs::near_copies`] finds copied from `known`.
    fn near_copied(known: &str, text: &str) -> Vec<String> {
        let runs = runs_of(known, "Source 3");
        let words: Vec<String> = split_words(text).map(|w| w.into_owned()).collect();
        let mut copied = vec![false; words.len()];
        for (stretch, whence) in runs.near_copies(&word_hashes(&words)) {
            assert_eq!(whence, "Source 3");
            copied[stretch].fill(true);
        }
        (words.into_iter().zip(copied))
            .filter_map(|(w, c)| c.then_some(w))
            .collect()
    }

    const LENIN: &str = "We go to it because trade with capitalist countries (so long as \
        they have not altogether collapsed) is unconditionally necessary for us. The \
        ensuring of peace cannot depend on our efforts alone; it requires the collaboration \
        and co-operation of other states.";

    #[test]
    fn a_copy_with_a_few_words_changed_is_copied() {
        // A word in five or so swapped for another, one left out, one added.
        let copied = near_copied(
            LENIN,
            "Lenin wrote that commerce with capitalist nations (so long as they have not \
             altogether collapsed) is unconditionally essential for us, and the ensuring \
             of peace cannot rest on our own efforts, it needs the collaboration of states.",
        );
        for word in [
            "commerce",
            "capitalist",
            "essential",
            "peace",
            "rest",
            "collaboration",
        ] {
            assert!(copied.iter().any(|w| w == word), "{word}: {copied:?}");
        }
        assert!(!copied.iter().any(|w| w == "lenin"), "{copied:?}");
    }

    #[test]
    fn the_same_facts_in_other_words_are_not_copied() {
        for text in [
            "Lenin needed trade with the capitalist countries, because the economy had \
             collapsed and peace depended on other states co-operating.",
            "Trade was necessary: as long as capitalism survived, the Soviet state could not \
             keep the peace by its own efforts and needed other states to collaborate.",
            "Source 3 says trade with capitalist countries is unconditionally necessary, which \
             shows how practical Lenin had become.",
        ] {
            assert_eq!(near_copied(LENIN, text), Vec::<String>::new(), "{text}");
        }
        // The question's terms said again are the subject's own.
        assert_eq!(
            near_copied(
                "What is the main disadvantage of a doubly-linked list over a basic linked list?",
                "Adding and removing nodes in a doubly linked list is more complex than in a \
                 basic linked list."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_quotation_in_a_sentence_mostly_the_students_own_is_not_copied() {
        // Ten words, eight of them copied; then twenty, eight of them copied.
        let brief = Some("the instructions");
        let mut from = vec![brief; 8];
        from.extend([None, None]);
        from.extend([brief; 8]);
        from.extend([None; 12]);
        keep_quotations(&mut from, [0..10, 10..30].into_iter());
        assert!(from[..8].iter().all(Option::is_some));
        assert!(from[10..].iter().all(Option::is_none));
    }

    /// Words for the property below: eight that say something and three small ones.
    const WORDS: &str = "(alpha|beta|gamma|delta|eps|zeta|eta|theta|the|of|and)";

    proptest::proptest! {
        /// Any text against any passage: every stretch found lies within the text, and six
        /// different words of the passage that say something, in a row, pasted into the
        /// text are found.
        #[test]
        fn near_copies_lie_in_the_text_and_find_a_whole_copy(
            before in proptest::collection::vec(WORDS, 0..20),
            six in Just(vec!["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"])
                .prop_shuffle(),
            after in proptest::collection::vec(WORDS, 0..20),
            text in proptest::collection::vec(WORDS, 0..40),
        ) {
            let six = &six[..6];
            let passage = [before.join(" "), six.join(" "), after.join(" ")].join(" ");
            let runs = runs_of(&passage, "Source 1");
            let found = runs.near_copies(&word_hashes(&text));
            let inside = found
                .iter()
                .all(|(stretch, _)| stretch.start < stretch.end && stretch.end <= text.len());
            proptest::prop_assert!(inside);
            let mut pasted = text.clone();
            pasted.extend(six.iter().map(|w| w.to_string()));
            let end = pasted.len();
            let found = runs.near_copies(&word_hashes(&pasted));
            let whole = found
                .iter()
                .any(|(stretch, _)| stretch.end == end && stretch.start <= end - 6);
            proptest::prop_assert!(whole);
        }
    }

    #[test]
    fn a_long_run_is_copied_and_a_short_quote_is_not() {
        let runs = runs_of(
            "Britain and France have offered guarantees to Poland but nothing to us.",
            "Source 3",
        );
        let words = |t: &str| -> Vec<String> { split_words(t).map(|w| w.into_owned()).collect() };
        let copied = words(
            "As they wrote, Britain and France have offered guarantees to Poland but nothing.",
        );
        assert_eq!(runs.find(&copied[3..3 + COPY_RUN]), Some("Source 3"));
        assert_eq!(runs.find(&copied[0..COPY_RUN]), None);
        let quoted = words("They offered guarantees to Poland, it says, and nothing more.");
        assert!(quoted.windows(COPY_RUN).all(|run| runs.find(run).is_none()));
    }
}
