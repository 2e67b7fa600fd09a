//! Denials of the part a point plays: "energy prices like gas did not matter",
//! "concentration has no effect", "glycogen is irrelevant", "Rapallo proved nothing".

use super::super::Clauses;
use super::{AUXILIARIES, GOING_ON};

/// Verbs that, with "no" and a word of [`NO_ROLE`], say their subject plays no part
/// ("makes no difference", "played no part", "has no effect").
const ROLE_VERBS: &[&str] = &[
    "had", "has", "have", "make", "made", "makes", "play", "played", "plays",
];

/// Verbs that, denied, say their subject plays no part: "did not matter".
const MATTER: &[&str] = &[
    "matter", "mattered", "matters", "count", "counted", "counts",
];

/// Verbs that, with "nothing" after them, say their subject signifies nothing: "Rapallo
/// proved nothing", "Munich changed nothing"; not "Britain offered nothing", which says
/// what Britain did.
const SIGNIFYING: &[&str] = &[
    "achieved",
    "achieves",
    "changed",
    "changes",
    "demonstrated",
    "demonstrates",
    "meant",
    "means",
    "proved",
    "proves",
    "showed",
    "shows",
    "signified",
    "signifies",
];

/// How many words after a point the denial of any part it plays may begin: the rest of
/// its noun phrase ("energy prices like gas did not matter").
const ROLE_REACH: usize = 7;

/// What "no" denies a point when it says the point does nothing: "concentration has no
/// effect", "the pancreas plays no part" deny the point before them, where "the root has
/// no parent" or "Stalin had no choice" deny nothing of it.
const NO_ROLE: &[&str] = &[
    "bearing",
    "difference",
    "effect",
    "impact",
    "importance",
    "influence",
    "link",
    "part",
    "relevance",
    "role",
];

/// Words that, after "is", "was", "are" or "were", deny what the point before them does:
/// "glycogen is irrelevant".
const IRRELEVANT: &[&str] = &["insignificant", "irrelevant", "unimportant"];

impl Clauses<'_> {
    /// Whether the point ending before word `end` is in the subject of a clause that says
    /// it plays no part, at most [`ROLE_REACH`] words on and before "so" or "then", and
    /// before "and" unless the point opens its clause (then "and" joins the subject):
    /// "energy prices like gas and oil did not matter", "concentration has no effect",
    /// "the pancreas plays no part", "glycogen is irrelevant", "Rapallo proved nothing"
    /// (see [`SIGNIFYING`]); not "Stalin wanted security and the details did not matter".
    pub(super) fn role_denied(&self, at: usize, end: usize) -> bool {
        let word = |i: usize| self.word(i);
        // An "and" after a point that opens its clause joins the subject.
        let opens = self.opens_clause(at);
        let goes_on = |i: usize| GOING_ON.contains(&word(i)) && !(opens && word(i) == "and");
        let in_part = |i: usize| self.same_clause(at, i) && !goes_on(i);
        let matters = |i: usize| MATTER.contains(&word(i));
        (end..end + ROLE_REACH)
            .take_while(|&i| in_part(i))
            .any(|i| {
                let has = ROLE_VERBS.contains(&word(i));
                let be = matches!(word(i), "is" | "was" | "are" | "were");
                (has && word(i + 1) == "no" && NO_ROLE.contains(&word(i + 2)))
                    || (be && IRRELEVANT.contains(&word(i + 1)))
                    || (SIGNIFYING.contains(&word(i)) && word(i + 1) == "nothing")
                    || (matters(i + 1) && self.negates(i))
                    || (matters(i + 2)
                        && AUXILIARIES.contains(&word(i))
                        && in_part(i + 1)
                        && self.negates(i + 1))
            })
    }
}
