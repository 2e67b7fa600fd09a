//! Items of a denied list: "shops do not give visibility, brand awareness, presence or
//! impulse sales" denies every item, not only the first, which is all the negation's clause
//! holds once a comma has ended it.

use super::super::{CLAUSE_STARTS, Clauses, is_item_glue};
use super::GOING_ON;

/// The most words (articles, "and" and "or" aside) an item of such a list may have.
const ITEM_WORDS: usize = 4;

impl Clauses<'_> {
    /// Whether the point at word `at` is in an item of a list that a comma opens and an
    /// "or" or "nor" closes (each item at most [`ITEM_WORDS`] words), where the item before
    /// it is denied: "no loyal customers, older customers, families or office workers",
    /// "will not compare, assess or evaluate the options". A clause of its own after the
    /// comma ("…, but Britain or France might", "…, and Britain or France gave way") is not
    /// an item, nor is what follows an opening phrase ("Without allies, Britain or France
    /// would fall").
    pub(super) fn listed_after_denied(&self, at: usize) -> bool {
        let start = self.clause_start[at];
        start > 0
            && self.after_comma(start)
            && !self.opens_own_clause(start)
            && !self.opening_phrase(self.clause_start[start - 1])
            && self.closed_by_or(start)
            && self.negated(start - 1, 1)
    }

    /// Whether the word `i` opens a clause of its own ("but", "and", "so", …).
    fn opens_own_clause(&self, i: usize) -> bool {
        CLAUSE_STARTS.contains(&self.word(i)) || GOING_ON.contains(&self.word(i))
    }

    /// Whether the clause that begins at word `start` opens its sentence with a phrase
    /// that a "without", "not" or "never" begins ("Without allies, …", "Not surprisingly,
    /// …").
    fn opening_phrase(&self, start: usize) -> bool {
        (start == 0 || self.sentence_of[start - 1] != self.sentence_of[start])
            && matches!(self.word(start), "without" | "not" | "never")
    }

    /// Whether the word `start` follows a comma in the same sentence.
    pub(super) fn after_comma(&self, start: usize) -> bool {
        self.sentence_of[start - 1] == self.sentence_of[start]
            && self.text[self.ranges[start - 1].end..self.ranges[start].start].trim() == ","
    }

    /// Whether the list whose item begins at word `start` goes on in items of at most
    /// [`ITEM_WORDS`] words, each after a comma, to one that holds an "or" or a "nor".
    fn closed_by_or(&self, start: usize) -> bool {
        let mut item = start;
        let mut words = 0;
        for i in start..self.words.len() {
            if self.clause_start[i] != item {
                if !self.after_comma(i) || self.opens_own_clause(i) {
                    return false;
                }
                item = i;
                words = 0;
            }
            if matches!(self.word(i), "or" | "nor") {
                return true;
            }
            if !is_item_glue(self.word(i)) {
                words += 1;
                if words > ITEM_WORDS {
                    return false;
                }
            }
        }
        false
    }
}
