//! Common verbs in the present tense: a short run of words without the small words of a
//! sentence is still a clause when one of these says what something does ("Market Street
//! becomes quieter", "drivers save 19 minutes"), where a run of names and nouns has none.

/// The base forms, in byte order: the verbs answers most often use to say what a thing does
/// or what happens to it. Words as often nouns of a list ("cost", "work") are left out.
const BASES: &[&str] = &[
    "affect",
    "allow",
    "attack",
    "become",
    "benefit",
    "bring",
    "cause",
    "change",
    "control",
    "create",
    "cut",
    "damage",
    "defend",
    "destroy",
    "drop",
    "encourage",
    "fall",
    "feel",
    "force",
    "gain",
    "get",
    "give",
    "go",
    "grow",
    "harm",
    "help",
    "hurt",
    "improve",
    "increase",
    "keep",
    "kill",
    "lead",
    "let",
    "lose",
    "lower",
    "make",
    "mean",
    "move",
    "need",
    "offer",
    "prevent",
    "produce",
    "protect",
    "provide",
    "raise",
    "reduce",
    "remain",
    "rise",
    "save",
    "seem",
    "show",
    "spread",
    "stay",
    "stop",
    "take",
    "threaten",
    "want",
    "win",
    "worsen",
];

/// Whether `word` (lowercased) is one of [`BASES`] or its form with "-s" ("saves", "goes",
/// "worries").
pub(crate) fn is_common_verb(word: &str) -> bool {
    let known = |base: &str| BASES.binary_search(&base).is_ok();
    known(word)
        || word.strip_suffix('s').is_some_and(known)
        || word.strip_suffix("es").is_some_and(known)
        || word
            .strip_suffix("ies")
            .is_some_and(|stem| known(&format!("{stem}y")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_are_in_byte_order() {
        assert!(BASES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_verb_is_known_in_its_present_forms() {
        for word in ["save", "saves", "becomes", "goes", "reduces", "cut"] {
            assert!(is_common_verb(word), "{word}");
        }
        for word in ["street", "bus", "buses", "jobs", "quieter", "minutes"] {
            assert!(!is_common_verb(word), "{word}");
        }
    }
}
