//! An answer the marker is unsure of is put to the teacher: written in sentences, as long as
//! asked and on the subject, setting off no rule, yet earning little of its keyword points
//! (it may make them in words the key does not have). Its mark stands.

use classwork::activity::Activity;
use classwork::answer::{Answer, Response};
use classwork::scoring::score;

fn essay() -> Activity {
    crate::common::activities::activity(
        "id = \"rates\"\nkind = \"essay\"\ntitle = \"Rates\"\n\
         instructions = \"Explain how temperature and a catalyst change the rate of a reaction.\"\n\
         [words]\nmin = 30\n\
         [[keywords]]\nalternatives = [\"collide\", \"collision*\"]\n\
         [[keywords]]\nalternatives = [\"activation energy\"]\n\
         [[keywords]]\nalternatives = [\"catalyst*\"]\n",
    )
}

fn flagged(text: &str) -> Option<String> {
    let answer = Answer {
        response: Response::Essay(text.to_string()),
        ..Answer::default()
    };
    let score = score(&essay(), &answer);
    score
        .tasks
        .iter()
        .find_map(|t| t.flagged.as_deref().map(str::to_string))
}

#[test]
fn an_answer_on_the_subject_that_earns_little_is_put_to_the_teacher() {
    // Right, in everyday words the key does not have.
    let own_words = "When you heat the mixture the tiny bits whizz about faster, so they \
        bump into each other more often and harder, and more of the bumps are hard enough to \
        break bonds. Adding the helper substance gives the reaction a shortcut that needs \
        less of a push, and it comes out the other end unchanged.";
    let why = flagged(own_words).expect("flagged");
    assert!(why.contains("words the key does not have"), "{why}");
}

#[test]
fn a_short_answer_a_full_one_or_one_already_flagged_is_not() {
    // Shorter than asked.
    assert_eq!(flagged("Heat makes the bits whizz about faster."), None);
    // Its points made in the key's words.
    let keyed = "Heating the mixture makes the particles move faster, so they collide more \
        often and more of them have the activation energy. A catalyst gives another route \
        with a lower activation energy and is not used up by the reaction at all.";
    assert_eq!(flagged(keyed), None);
    // Its points denied: the denials are flagged point by point already.
    let denied = "Heating the mixture does not make the particles collide any more often, \
        and it is a myth that a catalyst lowers the activation energy. Nothing about the \
        particles changes when the temperature goes up, so the rate stays the same.";
    assert_eq!(flagged(denied), None);
}
