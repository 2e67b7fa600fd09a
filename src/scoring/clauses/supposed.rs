//! Supposing: a point in the "if" of a past that did not happen, or of a present that is not
//! so, is not made. "If the town had been paved with tarmac, …", "Had he been a member of
//! the Politburo, …" and "If it were true that vaccines contained a weakened pathogen, …"
//! say that the town was not paved, that he was not a member and that vaccines do not
//! contain one, whatever follows.

use super::Clauses;
use crate::words::base_of;

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
