//! Denials that take what they deny as there: a clause that says a thing cannot be done or
//! undone ("guilt cannot be removed", "the blood won't wash off", "he is unable to sleep"),
//! or that one thing is done rather than, or instead of, another ("rather than break a
//! promise"), or what would have been without it ("without the alliances, it would have
//! stayed a local crisis"). Such a denial in a model answer still makes its point (the guilt, the
//! promise); a plain denial ("the blood does not show guilt", "she never mentions a
//! promise") says the point is not so (see `scoring::prose`).

use super::super::Clauses;
use super::is_plain_negation;

/// Words that deny by saying a thing cannot or will not be.
const INABILITY: &[&str] = &[
    "cannot",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "unable",
    "impossible",
];

/// Auxiliaries that, before "not", say a thing cannot or will not be ("could not be
/// washed", "will not come off").
const ABLE: &[&str] = &["can", "could", "will", "would"];

/// Auxiliaries that, after a "without", say what would have been: the thing is supposed
/// away, and so taken as there.
const SUPPOSING: &[&str] = &["would", "could", "might"];

impl Clauses<'_> {
    /// Whether the clause of word `at` denies only as a denial that takes what it denies as
    /// there does (see the module's doc): with a word of inability, a "not" after "can",
    /// "could", "will" or "would", or "rather than" or "instead of", and no plain word of
    /// negation besides.
    pub(crate) fn denies_presupposing(&self, at: usize) -> bool {
        if self.supposed_away(at) {
            return true;
        }
        let mut presupposing = false;
        for i in self.clause_words(at) {
            let word = self.word(i);
            let before = if i > 0 { self.word(i - 1) } else { "" };
            let after = self.word(i + 1);
            if INABILITY.contains(&word)
                || (word == "not" && ABLE.contains(&before))
                || (word == "rather" && after == "than")
                || (word == "instead" && after == "of")
            {
                presupposing = true;
            } else if is_plain_negation(word) {
                return false;
            }
        }
        presupposing
    }
}

impl Clauses<'_> {
    /// Whether the point at word `at` is in what a "without" before it in its sentence
    /// (the nearest word of negation before it) supposes away, with a "would", "could" or "might" after that "without" saying what
    /// would have been: "without the alliances, the arms race and the rivalries it would
    /// have remained a local crisis".
    fn supposed_away(&self, at: usize) -> bool {
        let sentence = self.sentence_words(at);
        // The denial nearest before the point must be the "without".
        let Some(without) = (sentence.start..at)
            .rev()
            .find(|&i| is_plain_negation(self.word(i)))
            .filter(|&i| self.word(i) == "without")
        else {
            return false;
        };
        (without + 1..sentence.end).any(|i| SUPPOSING.contains(&self.word(i)))
    }
}

#[cfg(test)]
mod tests {
    use crate::scoring::clauses::Clauses;

    fn presupposing(text: &str, word: &str) -> bool {
        let clauses = Clauses::new(text, true);
        let at = clauses.words.iter().position(|w| w == word).expect("word");
        clauses.denies_presupposing(at)
    }

    #[test]
    fn inability_and_preference_take_what_they_deny_as_there() {
        assert!(presupposing("Guilt cannot be removed.", "guilt"));
        assert!(presupposing("The blood won't wash off his hands.", "blood"));
        assert!(presupposing(
            "The blood could not be washed away.",
            "washed"
        ));
        assert!(presupposing(
            "She would kill her baby rather than break a promise.",
            "promise"
        ));
        assert!(presupposing("He is unable to sleep.", "sleep"));
        let supposed = "But without the alliances, the arms race and the rivalries it would \
                        probably have remained a local crisis.";
        assert!(presupposing(supposed, "alliances"));
        assert!(presupposing(supposed, "arms"));
    }

    #[test]
    fn a_plain_denial_does_not() {
        assert!(!presupposing("The blood does not show guilt.", "guilt"));
        assert!(!presupposing("She never mentions a promise.", "promise"));
        assert!(!presupposing("Nobody tries to wash their hands.", "wash"));
        assert!(!presupposing(
            "Guilt is not there and cannot be removed.",
            "guilt"
        ));
        assert!(!presupposing("Macbeth feels guilt.", "guilt"));
        assert!(!presupposing(
            "The war started without any alliances at all.",
            "alliances"
        ));
        assert!(!presupposing(
            "Without help the Republic did not survive, though it would have with arms.",
            "survive"
        ));
    }
}
