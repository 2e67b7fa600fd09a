//! Negation: whether a point found in a clause is said negatively there (see the rules in
//! the module documentation of [`super`]).

use super::Clauses;
use crate::words::split_words;

/// Words of negation: a point after one of them in its clause is not made.
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nor", "neither", "without", "hardly", "barely", "scarcely", "cannot",
    "lacked", "lacking", "avoid", "avoids", "avoided", "avoiding", "lack", "lacks", "nobody",
    "none",
];

/// Auxiliaries that, followed by a negation, negate the point before them ("Litvinov was
/// not …").
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "did", "does", "do", "had", "has", "have",
];

/// Words that may come between a denial and the verb of thinking or saying it denies
/// ("nobody could say", "did not really think").
const BEFORE_BELIEVING: &[&str] = &[
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
];

/// Prepositions that begin a short phrase between a point and the auxiliary that denies it
/// ("the purges at home did not matter").
const PREPOSITIONS: &[&str] = &[
    "at", "by", "for", "from", "in", "inside", "of", "on", "to", "under", "with", "within",
];

/// How many words after its preposition such a phrase may have.
const PHRASE_AFTER_POINT: usize = 3;

/// How many words before a point a word of negation reaches.
pub const NEGATION_REACH: usize = 4;

/// The small words of a noun phrase, which "not the" and "never a" reach past ("not the
/// Nazi-Soviet pact of 1939").
const PHRASE_GLUE: &[&str] = &["the", "a", "an", "of"];

/// Verbs that negate what follows them when "to" comes next ("failed to", "refused to").
const NEGATING_VERBS: &[&str] = &[
    "fail", "failed", "fails", "refuse", "refused", "refuses", "declined", "unable",
];

/// Verbs of thinking and saying: denied ("did not think", "never said"), they deny what
/// follows them in their clause, however far.
const BELIEVING: &[&str] = &[
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "say",
    "says",
    "said",
    "claim",
    "claims",
    "claimed",
    "argue",
    "argues",
    "argued",
    "agree",
    "agrees",
    "agreed",
    "suggest",
    "suggests",
    "suggested",
    "accept",
    "accepts",
    "accepted",
];

/// Words after which a clause goes on to say something of its own: a denied belief before
/// them does not reach past them.
const GOING_ON: &[&str] = &["and", "so", "then", "therefore", "thus"];

impl Clauses<'_> {
    /// Whether a word of negation comes before word `at` in its clause, at most
    /// [`NEGATION_REACH`] words before it, or within it, or an auxiliary and a negation
    /// follow it ("Litvinov was not").
    pub(super) fn negated(&self, at: usize, len: usize) -> bool {
        let end = at + len;
        let in_clause = |i: usize| {
            i < self.words.len()
                && self.clause_start[i] == self.clause_start[at]
                && self.sentence_of[i] == self.sentence_of[at]
        };
        let is_auxiliary = |i: usize| {
            self.words
                .get(i)
                .is_some_and(|w| AUXILIARIES.contains(&w.as_ref()))
        };
        // A short phrase may come between the point and its auxiliary: "the purges at home
        // did not matter".
        let auxiliary = if self
            .words
            .get(end)
            .is_some_and(|w| PREPOSITIONS.contains(&w.as_ref()))
        {
            (end + 1..=end + PHRASE_AFTER_POINT).find(|&i| is_auxiliary(i))
        } else {
            is_auxiliary(end).then_some(end)
        };
        let after = auxiliary.map_or(end, |i| i + 1);
        if !self.forward_only && in_clause(after) && self.negates_before(after, auxiliary.is_some())
        {
            return true;
        }
        let mut start = self.clause_start[at].max(at.saturating_sub(NEGATION_REACH));
        if let Some(and) = (start..at).rev().find(|&i| self.words[i] == "and") {
            start = and + 1;
        }
        let end = (at + len).min(self.words.len());
        (start..end).any(|i| self.negates(i))
            || self.phrase_denied(at)
            || self.belief_denied(at)
            || self.nobody_did(at)
            || self.is_denied(at)
    }

    /// The first word of the part of its clause the word `at` is in: the clause's first, or
    /// the one after the last "and", "so", "then" (see [`GOING_ON`]) before `at`.
    fn part_start(&self, at: usize) -> usize {
        let clause = self.clause_start[at];
        (clause..at)
            .rev()
            .find(|&i| GOING_ON.contains(&self.words[i].as_ref()))
            .map_or(clause, |i| i + 1)
    }

    /// Whether the point at word `at` is in a noun phrase that "not" or "never" denies,
    /// [`NEGATION_REACH`] words long without its small words ([`PHRASE_GLUE`]): "not the
    /// Nazi-Soviet pact of 1939" denies "1939" as "not the pact" denies "pact". Only a
    /// phrase the negation opens: "not confined to a specific size" does not deny "size".
    fn phrase_denied(&self, at: usize) -> bool {
        let glue = |i: usize| PHRASE_GLUE.contains(&self.words[i].as_ref());
        (self.part_start(at)..at).any(|i| {
            matches!(self.words[i].as_ref(), "not" | "never")
                && matches!(self.words[i + 1].as_ref(), "the" | "a" | "an")
                && (i + 1..at).filter(|&j| !glue(j)).count() < NEGATION_REACH
        })
    }

    /// Whether the clause of the point at word `at` denies it of everyone, however far
    /// before it: "none of the Western powers helped the Republic", "nobody in London
    /// trusted Stalin" (not past "and", "so", "then").
    fn nobody_did(&self, at: usize) -> bool {
        let on = self.part_start(at);
        (on..at).any(|i| {
            let next = self.words.get(i + 1).map(AsRef::as_ref);
            match self.words[i].as_ref() {
                "nobody" => true,
                "none" | "neither" => next == Some("of"),
                "no" => next == Some("one"),
                _ => false,
            }
        })
    }

    /// Whether the point at word `at` is what a denied belief or claim governs: "Tucker
    /// does not think the pact of 1939 put this into practice", "he never thought the USSR
    /// would be decisive".
    pub(super) fn belief_denied(&self, at: usize) -> bool {
        let on = self.part_start(at);
        (on..at).any(|verb| {
            if !BELIEVING.contains(&self.words[verb].as_ref()) {
                return false;
            }
            let mut denial = verb.checked_sub(1);
            while let Some(i) =
                denial.filter(|&i| i > on && BEFORE_BELIEVING.contains(&self.words[i].as_ref()))
            {
                denial = Some(i - 1);
            }
            denial.is_some_and(|i| {
                i >= on
                    && (self.negates(i)
                        || (self.words[i] == "one" && i > on && self.words[i - 1] == "no"))
            })
        })
    }

    /// Whether word `i`, just after a point (`after_auxiliary`: after the point and an
    /// auxiliary), denies the point before it: a negation of the verb ("security never
    /// mattered", "glucagon does not raise it", "Litvinov was no friend"), not one of what
    /// follows ("easier without help", "the root has no parent").
    fn negates_before(&self, i: usize, after_auxiliary: bool) -> bool {
        let word = self.words[i].as_ref();
        let be =
            after_auxiliary && matches!(self.words[i - 1].as_ref(), "is" | "was" | "are" | "were");
        let denies_what_follows = matches!(word, "without" | "neither")
            || word.starts_with("lack")
            || word.starts_with("avoid")
            || (word == "no" && !be);
        !denies_what_follows && self.negates(i)
    }

    /// Whether word `i` negates what follows it in its clause.
    fn negates(&self, i: usize) -> bool {
        let word = self.words[i].as_ref();
        let next = self.words.get(i + 1).map(AsRef::as_ref);
        if word == "not" && matches!(next, Some("only" | "just" | "merely")) {
            return false;
        }
        // "no matter how", "no doubt" and "with or without" deny nothing.
        if word == "no" && matches!(next, Some("matter" | "doubt")) {
            return false;
        }
        if word == "without" && i >= 2 && self.words[i - 1] == "or" && self.words[i - 2] == "with" {
            return false;
        }
        let after = self.words.get(i + 2).map(AsRef::as_ref);
        if matches!(word, "no" | "not")
            && matches!(next, Some("more" | "less" | "fewer"))
            && after == Some("than")
        {
            return false;
        }
        let before = i.checked_sub(1).map(|j| self.words[j].as_ref());
        if word == "nothing" {
            return next == Some("to")
                && after == Some("do")
                && self.words.get(i + 3).is_some_and(|w| w == "with");
        }
        NEGATIONS.contains(&word)
            || word.ends_with("n't")
            || (NEGATING_VERBS.contains(&word) && next == Some("to"))
            || (word == "to" && before.is_some_and(|b| NEGATING_VERBS.contains(&b)))
    }
}

/// Whether a phrase says "not" (or another word of negation) itself.
pub(crate) fn is_negative(phrase: &str) -> bool {
    let words: Vec<String> = split_words(phrase).map(|w| w.into_owned()).collect();
    // Most phrases hold no word that could negate: no need to read them as a clause.
    let may_negate = words.iter().any(|w| {
        NEGATIONS.contains(&w.as_str())
            || w.ends_with("n't")
            || NEGATING_VERBS.contains(&w.as_str())
    });
    may_negate && Clauses::new(phrase, false).negated(0, words.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::clauses::Flaw;
    use crate::scoring::clauses::tests::flaw_of;

    /// The shortcut in `is_negative` gives what reading the phrase as a clause gives.
    #[test]
    fn a_phrase_is_negative_as_its_clause_reads() {
        let words = [
            "not", "invited", "never", "refused", "to", "join", "didn't", "only", "no", "more",
            "than", "help", "failed", "without", "allies", "nor",
        ];
        for a in words {
            for b in words {
                for c in ["", "treaty", "to"] {
                    let phrase = format!("{a} {b} {c}");
                    let n = split_words(&phrase).count();
                    let full = n > 0 && Clauses::new(&phrase, false).negated(0, n);
                    assert_eq!(is_negative(&phrase), full, "{phrase}");
                }
            }
        }
    }

    #[test]
    fn negation_reaches_through_a_noun_phrase() {
        let text = "The turning point was not the Nazi-Soviet pact of 1939 but Munich in 1938.";
        assert_eq!(flaw_of(text, "1939"), Some(Flaw::Negated));
        assert_eq!(flaw_of(text, "1938"), None);
        assert_eq!(
            flaw_of(
                "It was never a pact of friendship between equals.",
                "friendship"
            ),
            Some(Flaw::Negated)
        );
        // Only a phrase the negation opens; its other words still count.
        assert_eq!(
            flaw_of("Linked lists are not confined to a specific size.", "size"),
            None
        );
        assert_eq!(
            flaw_of("The list has no extra data at the end.", "end"),
            None
        );
        assert_eq!(
            flaw_of(
                "Not long after the purges ended, Stalin trusted Germany in 1939.",
                "1939"
            ),
            None
        );
        assert_eq!(
            flaw_of("He did not wait long and signed the pact in 1939.", "1939"),
            None
        );
    }

    #[test]
    fn negation_reaches_to_the_end_of_its_clause() {
        assert_eq!(
            flaw_of("The USSR never joined the League.", "league"),
            Some(Flaw::Negated)
        );
        assert_eq!(
            flaw_of("He was not pro-German at all and hated Rapallo.", "german"),
            Some(Flaw::Negated)
        );
        assert_eq!(
            flaw_of(
                "Stalin didn't trust the West, but he joined the League.",
                "league"
            ),
            None
        );
        assert_eq!(
            flaw_of("Britain failed to send a mission to Moscow.", "mission"),
            Some(Flaw::Negated)
        );
        assert_eq!(
            flaw_of(
                "Not only the League but also France mattered to him.",
                "league"
            ),
            None
        );
        assert_eq!(
            flaw_of("Without allies, the USSR joined the League.", "league"),
            None
        );
    }

    #[test]
    fn a_belief_denied_denies_what_it_governs_to_the_end_of_its_clause() {
        for (text, word) in [
            (
                "He never thought the USSR would be decisive in the war.",
                "decisive",
            ),
            (
                "Tucker does not think the pact of 1939 put this plan into practice.",
                "practice",
            ),
            (
                "Historians do not agree that Stalin had planned the pact all along.",
                "pact",
            ),
            (
                "I don't believe that the Western powers would ever have signed.",
                "signed",
            ),
            (
                "Nobody could say that collective security was working.",
                "security",
            ),
            (
                "No one would claim that the League protected Spain.",
                "league",
            ),
            ("Stalin did not really think Britain would fight.", "fight"),
        ] {
            assert_eq!(flaw_of(text, word), Some(Flaw::Negated), "{text}");
        }
        // Past the clause, or once the sentence goes on to say something of its own, the
        // point stands.
        for (text, word) in [
            (
                "Stalin did not think the West could be trusted, so he chose neutrality.",
                "neutrality",
            ),
            (
                "Stalin did not believe Britain would help and chose neutrality instead.",
                "neutrality",
            ),
            (
                "He did not think Britain sincere; the pact was his answer.",
                "pact",
            ),
            (
                "Tucker does not say so, but the pact fulfilled the plan.",
                "pact",
            ),
            (
                "Stalin thought the pact would keep the USSR out of the war.",
                "pact",
            ),
        ] {
            assert_eq!(flaw_of(text, word), None, "{text}");
        }
    }

    #[test]
    fn a_point_followed_by_its_negation_is_negated() {
        for (text, word) in [
            ("Security never mattered to the USSR.", "security"),
            ("Lenin never wanted trade with the West.", "lenin"),
            ("Glucagon does not raise it.", "glucagon"),
            ("Diabetes has nothing to do with it.", "diabetes"),
            (
                "Blood glucose is not controlled by the pancreas.",
                "pancreas",
            ),
            ("The day is not bright or sunny.", "sunny"),
            ("The shape does not give it more surface.", "surface"),
            ("Litvinov was no friend of Germany.", "litvinov"),
            ("Security doesnt matter.", "security"),
            ("He isnt pro-German.", "german"),
            ("The purges at home did not matter at all.", "purges"),
            ("Trade with Britain was never important.", "trade"),
            ("Nobody trusted the League after Abyssinia.", "league"),
            ("None of them helped the Republic.", "helped"),
            (
                "None of the Western powers in 1936 helped the Republic.",
                "helped",
            ),
            (
                "Nobody in the Foreign Office of Britain trusted the Soviet government.",
                "government",
            ),
        ] {
            assert_eq!(flaw_of(text, word), Some(Flaw::Negated), "{text}");
        }
        for (text, word) in [
            ("The pancreas makes insulin, not glucagon.", "pancreas"),
            ("He did not trust Britain and joined the League.", "league"),
            ("Security mattered, but nothing else did.", "security"),
            ("Hitler had nothing to offer.", "hitler"),
            ("It is easier without help.", "easier"),
            ("The root has no parent.", "root"),
            ("It stops it bursting no matter how much water.", "bursting"),
            ("Names are given with or without types.", "types"),
            ("No doubt the League mattered to him.", "league"),
            (
                "Trade with Britain grew, but Germany did not help.",
                "trade",
            ),
            ("The purges at home did a great deal of harm.", "purges"),
            (
                "None of the others mattered much and the pact gave Stalin time.",
                "time",
            ),
            (
                "The League never acted. Security mattered most.",
                "security",
            ),
        ] {
            assert_eq!(flaw_of(text, word), None, "{text}");
        }
    }

    #[test]
    fn a_negative_phrase_is_its_own_point() {
        assert!(is_negative("not invited"));
        assert!(!is_negative("left out"));
        let clauses = Clauses::new("The USSR was not invited to Munich.", true);
        assert_eq!(clauses.flaw(3, 2, true), None);
        // Unless what says it is denied.
        let clauses = Clauses::new(
            "Nobody could say that the USSR was not invited to Munich.",
            true,
        );
        assert_eq!(clauses.flaw(7, 2, true), Some(Flaw::Negated));
    }
}
