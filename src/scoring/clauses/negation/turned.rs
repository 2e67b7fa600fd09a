//! Denials turned round: a clause that opens with a negation and then an auxiliary before
//! its subject ("Not once did he …", "At no point did he …") is denied to its end.

use super::super::Clauses;
use crate::words::AUXILIARY_VERBS;

/// The words that may begin the subject after the auxiliary of a denial turned round (or
/// a name): "never did *he* …", "at no time was *the* League …".
const TURNED_SUBJECTS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "these", "those", "the",
    "a", "an", "his", "her", "its", "their", "our", "my", "your",
];

/// How far into its clause (or the part after an "and") a negation may begin a denial turned
/// round ("at no point did he"), and how many words on its auxiliary may come ("not once
/// did").
const TURNED_REACH: usize = 3;

impl Clauses<'_> {
    /// Whether the clause of word `at`, or the part of it after an "and", opens with a denial
    /// turned round: a negation among its first [`TURNED_REACH`] words, then an auxiliary
    /// and its subject (a pronoun, an article or a name), which the point comes after,
    /// however far ("Not once did Molotov seek better relations with Germany", "At no point
    /// did he think Rapallo worth signing", "Rarely was he suspicious"). "Not until 1939 did
    /// he sign" says when he did, "No sooner had he signed than …" when, and "No other
    /// commissar was as pro-German" whom it says it of.
    pub(super) fn denied_turned_round(&self, at: usize) -> bool {
        let word = |i: usize| self.word(i);
        // The clause, or its part after an "and": "Not once did he plan to stay out and tip
        // the balance", "He was loyal and at no point did he doubt it".
        let starts = [self.clause_start[at], self.part_start(at)];
        let mut openers = starts
            .into_iter()
            .flat_map(|start| start..at.min(start + TURNED_REACH));
        openers.any(|i| {
            // "if you don't have a car": a denying auxiliary is the clause's own verb, not
            // a denial turned round.
            self.negates(i)
                && !word(i).ends_with("n't")
                && word(i) != "cannot"
                && !matches!(
                    word(i + 1),
                    "until" | "till" | "before" | "since" | "sooner"
                )
                && (i + 1..at.min(i + 1 + TURNED_REACH)).any(|aux| {
                    AUXILIARY_VERBS.contains(&word(aux))
                        && (TURNED_SUBJECTS.contains(&word(aux + 1)) || self.capitalised(aux + 1))
                })
        })
    }
}
