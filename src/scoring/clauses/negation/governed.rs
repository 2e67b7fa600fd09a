//! Denials that reach past [`super::NEGATION_REACH`] words: what a denied belief, wish or
//! cause governs to the end of its clause, and what "nobody", "none of", "neither" or an
//! opening "nothing" deny.

use super::{NEGLECT, PREPOSITIONS};
use crate::scoring::clauses::is_sentence_word;
use crate::scoring::clauses::{CLAUSE_STARTS, Clauses};

/// Words that may come between a denial and the verb it denies (see [`GOVERNING`])
/// ("nobody could say", "did not really think", "did not in any way want", "never even
/// tried").
const BEFORE_GOVERNING: &[&str] = &[
    "could",
    "would",
    "can",
    "will",
    "should",
    "might",
    "may",
    "did",
    "does",
    "do",
    "really",
    "ever",
    "seriously",
    "even",
    "at",
    "all",
    "in",
    "any",
    "way",
];

/// The most words an opening phrase (a preposition and what it governs: "in 1939", "for
/// Stalin") may have before a "nothing" that opens its clause.
const NOTHING_AFTER_OPENING: usize = 3;

/// Words after a "nothing" that say what it leaves out or outdoes, so that it denies
/// nothing: "nothing but trade", "nothing except a guarantee", "nothing more than".
const NOTHING_BUT: &[&str] = &["but", "except", "besides", "than", "apart", "other"];

/// Verbs of thinking, feeling and saying (telling, predicting, promising), of wanting and
/// meaning to, and of making, letting and helping happen: denied ("did not think", "never
/// said", "the witches do not tell him he will be king", "did not want", "never intended
/// to", "does not make the water become runoff", "did not help the Republic", "rather than
/// thinking"), they deny what follows them in their clause, however far. In byte order, as they are looked up
/// by halves.
const GOVERNING: &[&str] = &[
    "accept",
    "accepted",
    "accepting",
    "accepts",
    "agree",
    "agreed",
    "agreeing",
    "agrees",
    "aim",
    "aimed",
    "allow",
    "allowed",
    "allows",
    "argue",
    "argued",
    "argues",
    "arguing",
    "believe",
    "believed",
    "believes",
    "believing",
    "cause",
    "caused",
    "causes",
    "claim",
    "claimed",
    "claiming",
    "claims",
    "enable",
    "enabled",
    "enables",
    "expect",
    "expected",
    "expecting",
    "feel",
    "feeling",
    "feels",
    "felt",
    "force",
    "forced",
    "forces",
    "help",
    "helped",
    "helps",
    "hope",
    "hoped",
    "hoping",
    "intend",
    "intended",
    "intending",
    "intends",
    "let",
    "lets",
    "made",
    "make",
    "makes",
    "mean",
    "meant",
    "plan",
    "planned",
    "planning",
    "predict",
    "predicted",
    "predicting",
    "predicts",
    "promise",
    "promised",
    "promises",
    "promising",
    "said",
    "say",
    "saying",
    "says",
    "seek",
    "sought",
    "suggest",
    "suggested",
    "suggesting",
    "suggests",
    "tell",
    "telling",
    "tells",
    "think",
    "thinking",
    "thinks",
    "thought",
    "told",
    "tried",
    "try",
    "want",
    "wanted",
    "wanting",
    "wants",
    "wish",
    "wished",
    "wishing",
];

/// Words after a "no" that opens a clause and denies nothing after them ("no doubt the
/// League failed", "no wonder Stalin signed", "no other commissar was as friendly", "no
/// sooner had he said it", "no fewer than ten").
const NO_ASIDES: &[&str] = &[
    "doubt", "fewer", "less", "matter", "other", "sooner", "wonder",
];

impl Clauses<'_> {
    /// Whether the clause of the point at word `at` denies it of everyone, however far
    /// before it: "none of the Western powers helped the Republic", "nobody in London
    /// trusted Stalin", "neither Britain nor France helped", "no petition has ever reached
    /// 100,000 signatures", "there is no such thing as a youth parliament" (not past "and",
    /// "so", "then");
    /// or of everything, by a "nothing" that opens it ("nothing about dams is natural", "in
    /// 1939 nothing the British offered was a guarantee"), unless it then says what
    /// "nothing" leaves out or outdoes ("nothing but trade", "nothing mattered more than
    /// security"). A "nothing" later in the clause is what something did or gave, and says
    /// nothing of the rest ("Britain offered nothing to the USSR for its security").
    pub(super) fn nobody_did(&self, at: usize) -> bool {
        let on = self.part_start(at);
        let word = |i: usize| self.words[i].as_ref();
        let opens = |i: usize| {
            i == on || (PREPOSITIONS.contains(&word(on)) && i - on <= NOTHING_AFTER_OPENING)
        };
        (on..at).any(|i| {
            let next = self.words.get(i + 1).map(AsRef::as_ref);
            if self.until_between(i, at) {
                return false;
            }
            match word(i) {
                // "nobody doubts", "nobody can deny": said of everyone.
                "nobody" => {
                    let verb = (i + 1..at).find(|&j| !BEFORE_GOVERNING.contains(&word(j)));
                    !verb.is_some_and(|j| NEGLECT.contains(&word(j)))
                }
                "neither" => true,
                "none" => next == Some("of"),
                // "no one", "no such thing as", or "no" and a noun opening the clause: "no
                // petition has ever reached 100,000 signatures".
                "no" => {
                    matches!(next, Some("one" | "such"))
                        || ((opens(i) || (i == on + 1 && CLAUSE_STARTS.contains(&word(on))))
                            && next
                                .is_some_and(|n| !is_sentence_word(n) && !NO_ASIDES.contains(&n)))
                }
                "nothing" => opens(i) && !(i + 1..at).any(|j| NOTHING_BUT.contains(&word(j))),
                _ => false,
            }
        })
    }

    /// Whether an "until" comes between word `i` and the point at word `at`: what comes
    /// until a denial ends is not denied ("few believed him until Pasteur showed …",
    /// "nobody listened to Snow until the Great Stink").
    fn until_between(&self, i: usize, at: usize) -> bool {
        (i + 1..at).any(|j| self.words[j] == "until")
    }

    /// Whether word `i` ends a subject that stands for no one or almost no one: "no one",
    /// "not one", "hardly anyone", "few", or "no", "few" or "not one" and a noun ("no
    /// historian", "few people", "not one expert"; not "a few"); `on` is where its part of
    /// the clause starts.
    fn no_one(&self, on: usize, i: usize) -> bool {
        let word = |j: usize| self.words[j].as_ref();
        let before = |n: usize| (i >= on + n).then(|| word(i - n));
        match (before(2), before(1), word(i)) {
            // "a few" and "quite a few" are some, not almost none.
            (_, Some("a"), "few") | (Some("a"), Some("few"), _) => false,
            (_, _, "few") => true,
            (_, Some("hardly" | "scarcely" | "barely"), "anyone" | "anybody") => true,
            (_, Some("no" | "not"), "one") => true,
            (Some("not"), Some("one"), _) | (_, Some("no" | "few"), _) => {
                !is_sentence_word(word(i))
            }
            _ => false,
        }
    }

    /// Whether the point at word `at` is in what a denied "is" says something is, or is
    /// about, to the end of its part of the clause: "the argument is not that euthanasia
    /// would lead to pressure on the vulnerable", "autonomy isn't about a right to choose".
    pub(super) fn content_denied(&self, at: usize) -> bool {
        let word = |i: usize| self.word(i);
        // "it's" is read as "it", its "'s" dropped.
        let be = |i: usize| matches!(word(i), "is" | "was" | "are" | "were" | "it");
        (self.part_start(at)..at.saturating_sub(1)).any(|i| {
            let denied_be = match word(i) {
                "not" | "never" => i >= 1 && be(i - 1),
                "isn't" | "wasn't" | "aren't" | "weren't" => true,
                _ => false,
            };
            denied_be && matches!(word(i + 1), "that" | "about")
        })
    }

    /// Whether the point at word `at` is what a denied verb of [`GOVERNING`] governs:
    /// "Tucker does not think the pact of 1939 put this into practice", "he never thought
    /// the USSR would be decisive", "does not make the water become runoff".
    pub(in crate::scoring::clauses) fn governed_denied(&self, at: usize) -> bool {
        let on = self.part_start(at);
        (on..at).any(|verb| {
            if GOVERNING.binary_search(&self.words[verb].as_ref()).is_err()
                || self.until_between(verb, at)
            {
                return false;
            }
            let mut denial = verb.checked_sub(1);
            while let Some(i) =
                denial.filter(|&i| i > on && BEFORE_GOVERNING.contains(&self.words[i].as_ref()))
            {
                denial = Some(i - 1);
            }
            // "rather than thinking …", "instead of hoping …"
            let instead = |i: usize| {
                i >= 1
                    && super::INSTEAD
                        .contains(&(self.words[i - 1].as_ref(), self.words[i].as_ref()))
            };
            denial.is_some_and(|i| i >= on && (self.negates(i) || self.no_one(on, i) || instead(i)))
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_governing_verbs_are_in_byte_order() {
        assert!(super::GOVERNING.is_sorted());
    }
}
