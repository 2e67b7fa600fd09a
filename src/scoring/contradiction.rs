//! A point said in one sentence and denied in another in the same words ("Germany offers
//! us neutrality. Germany does not offer us neutrality.") covers both sides and means
//! neither: it earns nothing either way. Two sentences contradict each other when their
//! words, the small ones and those that say "not" aside, are the same stems in the same
//! order, and the clauses that say "not" hold different ones of them. A contrast of two
//! things ("Grass lets rain soak in; tarmac does not.") is no contradiction: its sentences
//! are about different things; nor is a question and its answer, since a question (or a
//! guess) claims nothing.

use std::ops::Range;

use super::clauses::{Clauses, Flaw, is_sentence_word};
use super::keywords::Words;
use crate::words::Word;

/// What a sentence claims, and which of it it denies.
#[derive(Default)]
pub(super) struct Claim<'w> {
    /// The stems of its words but the small ones and those that say "not", in order:
    /// "Germany does not offer us neutrality" claims *germani*, *offer*, *neutral*, as
    /// "Germany offers us neutrality" does, and "Hitler did not trust Stalin" is not what
    /// "Stalin trusted Hitler" claims.
    stems: Vec<&'w str>,
    /// Those of the clauses that say "not" (or "never", "no", "cannot", …).
    denied: Vec<&'w str>,
}

/// What each sentence of a text claims, in order; none for a text that denies nothing,
/// where no sentence can contradict another.
pub(super) fn claims<'w>(words: &'w Words, clauses: &Clauses<'_>) -> Vec<Claim<'w>> {
    if !words.distinct.iter().any(|word| denies(word)) {
        return Vec::new();
    }
    (clauses.sentences.iter())
        .map(|s| {
            // A question or a guess claims nothing: "Was the USSR invited to Munich? No,
            // the USSR was not invited to Munich." is no contradiction.
            let asserts = !matches!(s.unmade, Some(Flaw::Asked | Flaw::Guessed));
            if asserts && !clauses.ends_in_question(s.words.clone()) {
                claim(words, &clauses.clause_start, s.words.clone())
            } else {
                Claim::default()
            }
        })
        .collect()
}

/// Whether another sentence of the text claims what the sentence of word `at` does, denying
/// other parts of it; `claims` are the text's (see [`claims`]).
pub(super) fn contradicted(claims: &[Claim<'_>], clauses: &Clauses<'_>, at: usize) -> bool {
    let Some(this) = (clauses.sentence_of.get(at)).and_then(|&s| claims.get(s)) else {
        return false;
    };
    !this.stems.is_empty()
        && claims
            .iter()
            .any(|other| other.stems == this.stems && other.denied != this.denied)
}

/// Whether a word says "not": "not", "never", "no", "cannot", "didn't", ….
fn denies(word: &Word) -> bool {
    word.negation || word.text == "no"
}

/// What the sentence of words `sentence` claims, its clauses as `clause_start` (the first
/// word of each word's clause) divides them.
fn claim<'w>(words: &'w Words, clause_start: &[usize], sentence: Range<usize>) -> Claim<'w> {
    let mut claim = Claim::default();
    let mut at = sentence.start;
    while at < sentence.end {
        let clause = at..(at..sentence.end)
            .find(|&i| clause_start.get(i) != clause_start.get(at))
            .unwrap_or(sentence.end);
        let mut stems = Vec::new();
        let mut denied = false;
        for &d in words.sequence.get(clause.clone()).unwrap_or_default() {
            let word = &words.distinct[d];
            if denies(word) {
                denied = true;
            } else if !is_sentence_word(&word.text) {
                stems.push(word.stem.as_str());
            }
        }
        if denied {
            claim.denied.extend(&stems);
        }
        claim.stems.extend(stems);
        at = clause.end;
    }
    claim
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the sentence with `word` in `text` is contradicted.
    fn contradicted_at(text: &str, word: &str) -> bool {
        let clauses = Clauses::new(text, true);
        let words = clauses.matched_words();
        let at = clauses.words.iter().position(|w| w == word).expect("word");
        contradicted(&claims(&words, &clauses), &clauses, at)
    }

    #[test]
    fn a_claim_said_and_denied_in_the_same_words_is_contradicted() {
        let both = "Germany offers us neutrality. Germany does not offer us neutrality.";
        assert!(contradicted_at(both, "neutrality"));
        assert!(contradicted_at(
            "Hitler can be trusted. Hitler cannot be trusted.",
            "hitler"
        ));
        assert!(contradicted_at(
            "Germany never offered the Baltic. Germany offered the Baltic!",
            "baltic"
        ));
        // Each clause is denied in turn.
        assert!(contradicted_at(
            "The ground is baked hard, so rain cannot infiltrate. \
             The ground is not baked hard, so rain can infiltrate.",
            "hard"
        ));
    }

    #[test]
    fn contrasts_repeats_and_other_claims_are_not_contradictions() {
        // Of different things.
        assert!(!contradicted_at(
            "Germany offers us neutrality. Britain does not offer us neutrality.",
            "neutrality"
        ));
        assert!(!contradicted_at(
            "Clay is baked hard, so water cannot soak in. Sand stays loose, so water can soak in.",
            "hard"
        ));
        // Who does what to whom.
        assert!(!contradicted_at(
            "Stalin trusted Hitler. Hitler did not trust Stalin.",
            "stalin"
        ));
        // Said twice, the same way.
        assert!(!contradicted_at(
            "Tarmac is not permeable. Tarmac is not permeable.",
            "tarmac"
        ));
        // A question answered.
        assert!(!contradicted_at(
            "Is concrete permeable? No. It is impermeable.",
            "impermeable"
        ));
        assert!(!contradicted_at(
            "Was the USSR invited to Munich? No, the USSR was not invited to Munich.",
            "munich"
        ));
        assert!(!contradicted_at(
            "The USSR was not invited to Munich. Was the USSR invited to Munich?",
            "munich"
        ));
        assert!(!contradicted_at("Concrete is impermeable.", "concrete"));
    }
}
