//! Items of a denied list: "shops do not give visibility, brand awareness, presence or
//! impulse sales" denies every item, not only the first, which is all the negation's clause
//! holds once a comma has ended it; and both ends of a denied span "between" two things.

use super::super::{CLAUSE_STARTS, Clauses, is_article, is_item_glue};
use super::GOING_ON;

/// The most words (articles, "and" and "or" aside) an item of such a list may have.
const ITEM_WORDS: usize = 4;

/// The most words from "between" to the "and" of its pair ("between peak rainfall and").
const BETWEEN_WORDS: usize = 5;

/// Words that open examples of what the sentence says, not more of what it denies:
/// "changes land use rather than the river, for example afforestation, zoning or warnings".
const EXAMPLES: &[&[&str]] = &[
    &["for", "example"],
    &["for", "instance"],
    &["such", "as"],
    &["e", "g"],
    &["eg"],
    &["like"],
    &["including"],
];

/// Words that open what a sentence allows in place of what it denies: "not allow to build
/// house near river, only park or farm there".
const IN_PLACE: &[&str] = &["only", "just", "instead", "except", "apart"];

impl Clauses<'_> {
    /// Whether the point at word `at` is in an item of a list that a comma opens and an
    /// "or" or "nor" closes (each item at most [`ITEM_WORDS`] words), where the item before
    /// it is denied: "no loyal customers, older customers, families or office workers",
    /// "will not compare, assess or evaluate the options". A clause of its own after the
    /// comma ("…, but Britain or France might", "…, and Britain or France gave way") is not
    /// an item, nor is what follows an opening phrase ("Without allies, Britain or France
    /// would fall"), nor are examples ([`EXAMPLES`]) or what is allowed in place of the
    /// denied ([`IN_PLACE`]).
    pub(super) fn listed_after_denied(&self, at: usize) -> bool {
        let start = self.clause_start[at];
        start > 0
            && self.after_comma(start)
            && !self.opens_own_clause(start)
            && !EXAMPLES.iter().any(|e| self.says_at(start, e))
            && !IN_PLACE.contains(&self.word(start))
            && !self.opening_phrase(self.clause_start[start - 1])
            && self.closed_by_or(start)
            && self.negated(start - 1, 1)
    }

    /// Whether the point at word `at` (perhaps two words after the "and") is the second of
    /// a pair that "between" opens, at most [`BETWEEN_WORDS`] words before it in its clause,
    /// and the first is denied: "not the time between peak rainfall and peak discharge".
    pub(super) fn paired_with_denied(&self, at: usize) -> bool {
        let start = self.clause_start[at];
        let Some(and) = (start.max(at.saturating_sub(3))..at)
            .rev()
            .find(|&i| self.word(i) == "and")
        else {
            return false;
        };
        let start = start.max(and.saturating_sub(BETWEEN_WORDS));
        (start..and)
            .rev()
            .find(|&i| self.word(i) == "between")
            .filter(|&between| between + 1 < and)
            .is_some_and(|between| {
                let first = between + 1 + usize::from(is_article(self.word(between + 1)));
                first < and && self.negated(first, 1)
            })
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
