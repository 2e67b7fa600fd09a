//! What a clause says is kept from happening ("stops it bursting", "kept the USSR out of the
//! war"): a model answer that says so makes its point negatively.

use super::Clauses;

/// Verbs that say something is kept from happening: "stops it bursting", "prevents the
/// cell from bursting".
const PREVENTING: &[&str] = &[
    "prevent",
    "prevented",
    "preventing",
    "prevents",
    "stop",
    "stopped",
    "stopping",
    "stops",
];

/// Whether a word is a verb of [`PREVENTING`]: denied, it says the thing happens ("doesn't
/// stop the spread").
pub(crate) fn is_preventing(word: &str) -> bool {
    PREVENTING.contains(&word)
}

/// Verbs that, with "from" or "out" after them, say something is kept from happening:
/// "kept the USSR out of the war", "protects it from drying out".
const KEEPING: &[&str] = &[
    "keep",
    "keeping",
    "keeps",
    "kept",
    "protect",
    "protected",
    "protecting",
    "protects",
    "shield",
    "shielded",
    "shields",
];

/// How many words before a point a verb of [`PREVENTING`] or [`KEEPING`] reaches: "kept the
/// USSR out of the war".
const PREVENTION_REACH: usize = 6;

impl Clauses<'_> {
    /// Whether the point at word `at` is what its clause says is kept from happening, at most
    /// [`PREVENTION_REACH`] words after the verb that says so: "stops it bursting", "prevents
    /// the cell from bursting", "kept the USSR out of the war". A model answer that says so
    /// makes its point negatively.
    pub(crate) fn prevented(&self, at: usize) -> bool {
        let start = self.part_start(at).max(at.saturating_sub(PREVENTION_REACH));
        (start..at).any(|i| {
            let word = self.words[i].as_ref();
            PREVENTING.contains(&word)
                || (KEEPING.contains(&word)
                    && (i + 1..at).any(|j| matches!(self.words[j].as_ref(), "from" | "out")))
        })
    }
}
