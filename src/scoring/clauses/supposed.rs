//! Supposing: a point in the "if" of a past that did not happen, or of a present that is not
//! so, is not made. "If the town had been paved with tarmac, …", "Had he been a member of
//! the Politburo, …" and "If it were true that vaccines contained a weakened pathogen, …"
//! say that the town was not paved, that he was not a member and that vaccines do not
//! contain one, whatever follows.

use super::Clauses;
use crate::words::{AUXILIARY_VERBS, base_of};

/// The auxiliaries that begin what would have followed, where no comma ends the "if" before
/// them ("if the greenhouse had been heated the enzymes would have …").
const WOULD: &[&str] = &["would", "could", "might", "should"];

impl Clauses<'_> {
    /// Whether word `at` is in the part of its clause that supposes a past that did not
    /// happen: after an "if" and before the clause's end (or a "would", "could", "might" or
    /// "should"), that part saying "had" and a past participle ("if the town had been
    /// paved", "if Britain had offered"), or in a clause that opens with "had", its subject
    /// and then a participle ("had he been", "had the ground been baked"); or after an "if"
    /// and a singular subject with "were" ("if it were", "if he were"), or with "was true
    /// that" or "were true that" after the "if". A supposition
    /// with a "not" in it says what did happen, and is left to the rules of negation.
    pub(super) fn supposed(&self, at: usize) -> bool {
        if self.supposed_throughout(at) {
            return true;
        }
        let start = self.clause_start[at];
        let word = |i: usize| self.word(i);
        let end = (at + 1..self.words.len())
            .find(|&i| {
                self.clause_start[i] != start
                    || self.sentence_of[i] != self.sentence_of[at]
                    || WOULD.contains(&word(i))
            })
            .unwrap_or(self.words.len());
        // "Had he been …": a subject, then a participle.
        let inverted = word(start) == "had"
            && start + 1 < end
            && !is_participle(word(start + 1))
            && word(start + 1) != "to"
            && (start + 2..end).any(|i| is_participle(word(i)));
        let opens = if inverted {
            start
        } else {
            match (start..at).rev().find(|&i| word(i) == "if") {
                Some(i) => i,
                None => return false,
            }
        };
        let had_done =
            inverted || (opens + 1..end).any(|i| word(i) == "had" && is_participle(word(i + 1)));
        // "If it were …", "if it was true that …": a present that is not so.
        let not_so = (matches!(word(opens + 1), "it" | "he" | "she" | "i" | "this" | "that")
            && word(opens + 2) == "were")
            || (opens + 1..end).any(|i| {
                matches!(word(i), "was" | "were") && word(i + 1) == "true" && word(i + 2) == "that"
            });
        let says_not =
            (opens..end).any(|i| matches!(word(i), "not" | "never") || word(i).ends_with("n't"));
        (had_done || not_so) && !says_not
    }
}

/// Openings that suppose all the sentence says: "Suppose …", "Imagine that …". Not
/// "Assuming …", which in a report sets out a forecast's basis ("Assuming sales of …").
const SUPPOSING: &[&str] = &["imagine", "pretend", "suppose", "supposing"];

/// Words that open a clause doubting that what the sentence says is so ("…, if that is what
/// it did", "…, supposing they existed", "…, assuming it had").
const DOUBTING: &[&str] = &["assuming", "if", "provided", "supposing"];

/// The most words of such a clause.
const DOUBT_WORDS: usize = 7;

/// Words that, in a short clause of [`DOUBTING`], ask whether something is so or exists at
/// all ("if such an interview existed", "if that had ever been tested"); a condition on
/// what is done ("if it is built properly", "if there is money") has none.
const WHETHER_SO: &[&str] = &[
    "all", "case", "exist", "existed", "exists", "ever", "real", "true", "what",
];

impl Clauses<'_> {
    /// Whether the sentence of word `at` supposes all it says: it opens with one of
    /// [`SUPPOSING`]; its last clause, not its first, opens with one of [`DOUBTING`] and, in
    /// [`DOUBT_WORDS`] words or fewer, asks whether any of it is so ([`WHETHER_SO`]) or ends
    /// on an auxiliary or "one" ("…, assuming it had", "…, if there were one"); or it says
    /// "I am not saying" or "I'm not claiming" it.
    fn supposed_throughout(&self, at: usize) -> bool {
        let sentence = self.sentence_words(at);
        let word = |i: usize| self.word(i);
        if SUPPOSING.contains(&word(sentence.start)) {
            return true;
        }
        let not_saying = (sentence.start..sentence.end.saturating_sub(1)).any(|i| {
            word(i) == "not" && matches!(word(i + 1), "saying" | "claiming" | "suggesting")
        });
        let doubted = (sentence.start + 1..sentence.end).any(|i| {
            if !DOUBTING.contains(&word(i)) || self.clause_start[i] == sentence.start {
                return false;
            }
            let end = (i + 1..sentence.end)
                .find(|&j| self.clause_start[j] != self.clause_start[i])
                .unwrap_or(sentence.end);
            end == sentence.end
                && end - i <= DOUBT_WORDS
                && ((i + 1..end).any(|j| WHETHER_SO.contains(&word(j)))
                    || AUXILIARY_VERBS.contains(&word(end - 1))
                    || word(end - 1) == "one")
        });
        not_saying || doubted
    }
}

/// Whether a word reads as a past participle after "had": "been", a word ending in "-ed",
/// or an irregular past form ("built", "fought", "taken").
fn is_participle(word: &str) -> bool {
    word == "been"
        || (word.len() > 3 && word.ends_with("ed"))
        || base_of(word).is_some_and(|base| !base.starts_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::scoring::clauses::Flaw;
    use crate::scoring::clauses::tests::flaw_of;

    #[test]
    fn a_point_in_the_if_of_a_past_that_did_not_happen_is_not_made() {
        for (text, word) in [
            (
                "If the town had been paved with tarmac, floods would have been worse.",
                "tarmac",
            ),
            (
                "Had he been a member of the Politburo, he would have mattered more.",
                "politburo",
            ),
            (
                "Had the ground been baked hard by a drought, the river would have flooded.",
                "baked",
            ),
            (
                "Stalin would have signed with Britain if they had offered a real alliance.",
                "alliance",
            ),
            (
                "If the greenhouse had been heated the enzymes would have worked faster.",
                "heated",
            ),
            // A present that is not so: "if it were", "if it was true that".
            (
                "If it were true that vaccines contained a weakened pathogen, they would be pointless.",
                "weakened",
            ),
            (
                "If it was true that the tarmac let water through, there would be no floods.",
                "tarmac",
            ),
            ("If he were in the Politburo, he would matter.", "politburo"),
        ] {
            assert_eq!(flaw_of(text, word), Some(Flaw::Supposed), "{text}");
        }
    }

    #[test]
    fn a_sentence_supposed_or_doubted_throughout_makes_no_point() {
        for (text, word) in [
            (
                "Suppose a police officer reinstated the context; there might be more cues.",
                "context",
            ),
            (
                "Imagine that obedience fell from 65% to 40% in the same room.",
                "obedience",
            ),
            (
                "If a bypass were built, it might take traffic out of the town, if that is what it did.",
                "traffic",
            ),
            (
                "People would shift into an agentic state, supposing they existed.",
                "agentic",
            ),
            (
                "The council would know whether it had worked, assuming it had.",
                "council",
            ),
            (
                "Rehearsal would transfer them into long-term memory, if there were one.",
                "rehearsal",
            ),
            (
                "Rehearsal transfers them into long-term memory; but I am not saying that there is.",
                "rehearsal",
            ),
        ] {
            assert_eq!(flaw_of(text, word), Some(Flaw::Supposed), "{text}");
        }
        for (text, word) in [
            ("The bypass would cut traffic, if it is built.", "traffic"),
            ("The package works, if there is money for it.", "package"),
            (
                "Go to the left node, then the root (if left and right exist), then the right.",
                "root",
            ),
            (
                "Assuming sales of £550,000, the delivery plan pays back in a year.",
                "delivery",
            ),
            ("Stalin signed the pact, if only to buy time.", "pact"),
            (
                "The cognitive interview helps, if the officer is trained properly.",
                "interview",
            ),
            (
                "Britain would have fought, if it had to, but Stalin doubted it.",
                "britain",
            ),
        ] {
            assert_eq!(flaw_of(text, word), None, "{text}");
        }
    }

    #[test]
    fn what_follows_the_if_and_other_ifs_are_read_as_usual() {
        for (text, word) in [
            // What would have followed is left to the teacher's reading.
            (
                "If Stalin had signed with Britain, he would have had to fight Germany alone.",
                "alone",
            ),
            // An "if" without "had" and a participle is a condition, not a past undone.
            ("If the ground is baked hard, rain runs off.", "baked"),
            // Nor is one with a plural "were", which may be a plain condition.
            (
                "If most people were vaccinated, the disease could not spread.",
                "vaccinated",
            ),
            (
                "If he had doubts about Britain, he kept them quiet.",
                "doubts",
            ),
            ("Had to choose, he chose Germany.", "germany"),
            // A clause of its own before the "if".
            (
                "The ground was baked hard, and if it had rained the river would have flooded.",
                "baked",
            ),
        ] {
            assert_eq!(flaw_of(text, word), None, "{text}");
        }
        // A text may end on "had".
        assert_eq!(flaw_of("If only it had", "only"), None);
        // A supposition with a "not" says what did happen: the rules of negation read it.
        assert_eq!(
            flaw_of(
                "If Molotov had not been in the Politburo, nothing would have changed.",
                "politburo"
            ),
            Some(Flaw::Negated)
        );
    }
}
