//! Subjects denied after them, and clauses opened by "no" and a noun.

use crate::scoring::clauses::Flaw;
use crate::scoring::clauses::tests::assert_flaw_of;

#[test]
fn a_subject_denied_after_an_adverb_or_by_never_is_denied() {
    assert_flaw_of(
        &[
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
            (
                "Urbanisation no longer affects hydrographs.",
                "urbanisation",
            ),
            (
                "Straightening no longer makes the river flow faster.",
                "straightening",
            ),
            // A point later in the subject, its noun finished by one word more.
            (
                "The diaphragm and intercostal muscles never get stronger.",
                "intercostal",
            ),
            ("The heart and stroke volume do not change.", "stroke"),
            (
                "Dams, embankments and flood walls will not stop the water.",
                "flood",
            ),
        ],
        Some(Flaw::Negated),
    );
    // What the subject does is said, and the denial is of something after it.
    assert_flaw_of(
        &[
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
            ("The root has no parent node.", "root"),
            // What an opening phrase names is not the subject, comma or not.
            (
                "After Munich Stalin could no longer trust Britain.",
                "munich",
            ),
            ("After Munich Stalin could not trust Britain.", "munich"),
            ("In Britain France did not want war.", "britain"),
            ("The town no longer floods since the dam.", "dam"),
            // A word after the point that is its verb, not its noun.
            ("Stalin and Hitler agreed never to fight.", "hitler"),
            ("The heart and lungs work harder and never stop.", "lungs"),
        ],
        None,
    );
}

#[test]
fn a_clause_opened_by_no_and_a_noun_denies_what_it_says() {
    assert_flaw_of(
        &[
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
        ],
        Some(Flaw::Negated),
    );
    assert_flaw_of(
        &[
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
        ],
        None,
    );
}
