//! A sentence written word for word in the answer to an earlier question of the same
//! activity earns nothing again: one sentence pasted into every answer answers one question
//! at most. A short sentence said again, and the same frame with other points, still count.

use std::collections::BTreeMap;

use classwork::activity::Activity;
use classwork::answer::{Answer, Response};
use classwork::scoring::score;

fn short() -> Activity {
    crate::common::activities::activity(
        r#"id = "macbeth"
kind = "short"
title = "Macbeth"
instructions = "Answer in sentences."

[[questions]]
id = "witches"
prompt = "How do the witches affect Macbeth?"
points = 2
[questions.words]
min = 8
[[questions.keywords]]
alternatives = ["ambition", "ambitious"]
[[questions.keywords]]
alternatives = ["murder*", "kill*"]

[[questions]]
id = "change"
prompt = "How does Macbeth change?"
points = 2
[questions.words]
min = 8
[[questions.keywords]]
alternatives = ["tyrant", "cruel"]
[[questions.keywords]]
alternatives = ["murder*", "kill*"]
"#,
    )
}

fn answers(witches: &str, change: &str) -> Answer {
    let answers = BTreeMap::from([
        ("witches".to_string(), witches.to_string()),
        ("change".to_string(), change.to_string()),
    ]);
    Answer {
        response: Response::Short(answers),
        ..Answer::default()
    }
}

#[test]
fn a_sentence_pasted_into_a_later_answer_earns_nothing_there() {
    let pasted = "Macbeth is a play about ambition, murder and a cruel tyrant king.";
    let scored = score(&short(), &answers(pasted, pasted));
    let by_id = |id: &str| scored.tasks.iter().find(|t| &*t.id == id).expect("task");
    assert_eq!(by_id("witches").marks, 2.0, "{:#?}", scored.explanation());
    assert_eq!(by_id("change").marks, 0.0, "{:#?}", scored.explanation());
}

#[test]
fn answers_in_their_own_sentences_keep_their_points() {
    let scored = score(
        &short(),
        &answers(
            "The witches make Macbeth ambitious, so he starts to think about murder.",
            "Macbeth becomes a cruel tyrant who will murder anyone in his way.",
        ),
    );
    assert_eq!(scored.marks, 4.0, "{:#?}", scored.explanation());
    // A short sentence said again is a summing up, not a paste.
    let scored = score(
        &short(),
        &answers(
            "He turns to murder. The witches make him ambitious for the crown.",
            "He turns to murder. By the end he is a cruel tyrant.",
        ),
    );
    assert_eq!(scored.marks, 4.0, "{:#?}", scored.explanation());
}
