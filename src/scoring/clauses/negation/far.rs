//! Denials that reach past what stands between them and the point: a phrase put in right
//! after the negation ("did not at any point in the 1920s want close relations"), and an
//! aside between commas after a clause that ends in its negation ("He was not, as some
//! claim, pro-German").

use super::super::sentence_words::is_preposition;
use super::super::{CLAUSE_STARTS, Clauses};
use super::NEGLECT;

/// Words that, right after a negation, open a phrase put in before the verb it denies:
/// "never once in his career worked for …", "did not really want …".
const INSERT_OPENERS: &[&str] = &[
    "actually",
    "even",
    "ever",
    "once",
    "really",
    "seriously",
    "truly",
];

/// Words that begin a clause of their own inside the one a negation opens: what follows
/// is said by it, not denied ("It is not in doubt that he made Rapallo").
const OWN_CLAUSE: &[&str] = &[
    "that", "which", "who", "whom", "whose", "he", "she", "they", "it", "we", "i", "you", "there",
];

/// How many words after a negation that opens a phrase put in the point may be: "did not
/// at any point in the 1920s want close ties with Germany" (the phrase, then the verb and
/// what it acts on).
const INSERT_REACH: usize = 12;

/// The most words of an aside between a clause ending in its negation and the point's
/// clause: "as some claim", "in fact", "whatever his critics said".
const ASIDE_WORDS: usize = 5;

/// How far into its clause the point may be after an aside: "pro-German", "a friend of
/// Germany".
const AFTER_ASIDE: usize = 2;

impl Clauses<'_> {
    /// Whether the point at word `at` is denied by a negation beyond the usual reach: one
    /// that a phrase put in follows, in the same part of the clause, at most
    /// [`INSERT_REACH`] words before the point, with no "or" or "nor" between (those carry
    /// a negation on by their own rule); or one that ends the clause before an aside, the
    /// point opening the clause after it. Not where a clause of its own begins between
    /// (see [`OWN_CLAUSE`]), nor where what is denied is a neglect ("did not, in the end,
    /// ignore Germany" heeds it).
    pub(super) fn denied_from_afar(&self, at: usize) -> bool {
        let own_clause_or_neglect = |from: usize| {
            (from..at).any(|j| {
                let word = self.word(j);
                OWN_CLAUSE.contains(&word) || NEGLECT.contains(&word)
            })
        };
        (self
            .denied_across_insert(at)
            .is_some_and(|n| !own_clause_or_neglect(n + 1)))
            || (self.denied_across_aside(at) && !own_clause_or_neglect(self.clause_start[at]))
    }

    /// The negation that denies the point at word `at` across a phrase put in, if one does
    /// (see [`Self::denied_from_afar`]): "He never once in his career as Commissar worked
    /// for co-operation with Berlin".
    fn denied_across_insert(&self, at: usize) -> Option<usize> {
        let start = self.part_start(at).max(at.saturating_sub(INSERT_REACH));
        (start..at).find(|&n| {
            let next = self.word(n + 1);
            self.negates(n)
                && n + 1 < at
                && ((is_preposition(next) && next != "to") || INSERT_OPENERS.contains(&next))
                && !(n + 1..at).any(|j| matches!(self.word(j), "or" | "nor"))
        })
    }

    /// See [`Self::denied_from_afar`]: "He was not, as some claim, pro-German", "He did
    /// not, at any point, want close relations with Germany".
    fn denied_across_aside(&self, at: usize) -> bool {
        let clause = self.clause_start[at];
        if at - clause > AFTER_ASIDE || clause < 2 || CLAUSE_STARTS.contains(&self.word(clause)) {
            return false;
        }
        let aside = self.clause_start[clause - 1];
        let before = aside.checked_sub(1);
        before.is_some_and(|end| {
            clause - aside <= ASIDE_WORDS
                && self.sentence_of[end] == self.sentence_of[at]
                && self.negates(end)
        })
    }
}
