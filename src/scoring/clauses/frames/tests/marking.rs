//! Sentences about what a good answer or an examiner would say, not about the subject.

use super::assert_flaws;
use crate::scoring::clauses::Flaw;

#[test]
fn what_a_good_answer_would_say_makes_no_point() {
    assert_flaws(
        &[
            "A strong answer here would compare the 62% who would buy online with the \
             competition from Costa.",
            "In this section a good student would compare the loan with retained profit.",
            "Top marks would go to an answer that explains the bank balance and the overdraft.",
            "The examiner would look for economies of scale such as the bulk discount.",
            "A full-mark recommendation would choose one option and give a reason such as \
             break-even.",
            "The best answers will mention interception by the canopy.",
        ],
        &[
            "competition",
            "loan",
            "overdraft",
            "economies",
            "option",
            "interception",
        ],
        Some(Flaw::NamesOnly),
    );
    // What students, or an answer in the subject, would do is the subject itself.
    assert_flaws(
        &[
            "A good student would lose the bursary if the cafe took them on full time.",
            "Students would pay the loan back over five years.",
            "The answer is that the overdraft would cover the gap in January.",
        ],
        &["loan", "overdraft", "bursary"],
        None,
    );
}
