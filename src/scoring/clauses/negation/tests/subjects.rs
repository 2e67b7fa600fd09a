//! Subjects denied after them, and clauses opened by "no" and a noun.

use crate::scoring::clauses::Flaw;
use crate::scoring::clauses::tests::flaw_of;

#[test]
fn a_subject_denied_after_an_adverb_or_by_never_is_denied() {
    for (text, point) in [
        (
            "Cardiac hypertrophy simply does not happen to athletes.",
            "hypertrophy",
        ),
        (
            "The diaphragm and the intercostal muscles never get stronger.",
            "diaphragm",
        ),
        (
            "The diaphragm never gets any stronger with training.",
            "diaphragm",
        ),
        ("The volume really does not rise at all.", "volume"),
        (
            "Athletes don't develop any tolerance to lactic acid.",
            "lactic",
        ),
        ("They never showed any interest in Germany.", "germany"),
    ] {
        assert_eq!(flaw_of(text, point), Some(Flaw::Negated), "{text}");
    }
    // What the subject does is said, and the denial is of something after it.
    for (text, point) in [
        (
            "The diaphragm contracts and never rests for long.",
            "diaphragm",
        ),
        (
            "Stroke volume rises, so the heart never needs to beat as fast.",
            "stroke",
        ),
        (
            "Lactic acid builds up when there is not any oxygen left.",
            "lactic",
        ),
        (
            "Encryption scrambles the data so hackers never see it.",
            "encryption",
        ),
    ] {
        assert_eq!(flaw_of(text, point), None, "{text}");
    }
}

#[test]
fn a_clause_opened_by_no_and_a_noun_denies_what_it_says() {
    for (text, point) in [
        (
            "Petitions exist, but no petition has ever reached the signatures needed.",
            "signatures",
        ),
        (
            "Young people never protest, and no school student took part in a climate strike.",
            "strike",
        ),
        (
            "There is no such thing as a UK Youth Parliament.",
            "parliament",
        ),
    ] {
        assert_eq!(flaw_of(text, point), Some(Flaw::Negated), "{text}");
    }
    for (text, point) in [
        (
            "No doubt the petition reached the signatures needed.",
            "signatures",
        ),
        (
            "No wonder young people joined the climate strike.",
            "strike",
        ),
        (
            "Young people have no vote, so they joined the climate strike instead.",
            "strike",
        ),
    ] {
        assert_eq!(flaw_of(text, point), None, "{text}");
    }
}
