//! How the marks read to a student: a model answer that teaches (timeline dates, the best
//! option, no stray punctuation), a word that made a point said once, a reason told once,
//! and a note whose words agree with its mark.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::activities::{activity, answer, short_question};
use classwork::activity::{Activity, Body};
use classwork::answer::Response;
use classwork::scoring::{Score, score, score_with_sources};

const CHOICE: &str = r#"id = "c"
kind = "choice"
title = "T"
[[questions]]
id = "single"
prompt = "Who?"
points = 2
[[questions.options]]
id = "a"
text = "Litvinov."
weight = 1
[[questions.options]]
id = "b"
text = "Molotov."
weight = 0.5
[[questions]]
id = "many"
prompt = "Which?"
points = 2
multiple = true
[[questions.options]]
id = "a"
text = "Trade fell."
correct = true
[[questions.options]]
id = "b"
text = "Parties shrank."
correct = true
[[questions.options]]
id = "c"
text = "Nothing changed."
"#;

#[test]
fn a_choice_model_answer_is_the_best_option_or_every_right_one_in_one_sentence() {
    let a = activity(CHOICE);
    let s = score(&a, &answer(Response::Choice(BTreeMap::new())));
    let model = |id: &str| {
        s.tasks
            .iter()
            .find(|t| &*t.id == id)
            .and_then(|t| t.model_answer.clone())
            .expect("a model answer")
    };
    // Part credit is not the answer.
    assert_eq!(&*model("single"), "Litvinov.");
    assert_eq!(&*model("many"), "Trade fell; Parties shrank.");
    assert!(!model("many").contains(".;"));
}

#[test]
fn timeline_model_answers_give_the_dates() {
    let unit = classwork::bundled::default_unit()
        .units
        .into_iter()
        .next()
        .expect("the bundled unit");
    let mut checked = 0;
    for a in &unit.activities {
        let Body::Timeline(t) = &a.body else { continue };
        let mut order: Vec<String> = t.events.iter().map(|e| e.id.to_string()).collect();
        order.reverse();
        let wrong = answer(Response::Order {
            order,
            justification: String::new(),
        });
        let s = score_with_sources(a, &wrong, &unit.sources);
        let models: Vec<&str> = s
            .tasks
            .iter()
            .filter_map(|t| t.model_answer.as_deref())
            .collect();
        assert!(!models.is_empty(), "{}", a.id);
        for date in &t.dates {
            let date = date.to_string();
            assert!(
                models.iter().any(|m| m.contains(&date)),
                "{}: no model answer gives {date}: {models:?}",
                a.id
            );
        }
        checked += 1;
    }
    assert!(checked > 0, "the bundled unit has a timeline");
}

/// The score of a `short` activity whose question `q` is answered with `text`.
fn answered(activity: &Activity, text: &str) -> Score {
    score(
        activity,
        &answer(Response::Short(
            [("q".to_string(), text.to_string())].into(),
        )),
    )
}

/// The reasons of a score's lines that `keep` keeps.
fn reasons(score: &Score, keep: impl Fn(&str) -> bool) -> Vec<&str> {
    score
        .entries
        .iter()
        .map(|e| &*e.reason)
        .filter(|r| keep(r))
        .collect()
}

#[test]
fn a_word_that_made_a_point_several_times_is_named_once() {
    let a = short_question(
        r#"prompt = "Why did Stalin want a pact with someone in 1939?"
points = 2
[[questions.keywords]]
alternatives = ["security"]
occurrences = 2
"#,
    );
    let text =
        "Stalin wanted security for the USSR. He also thought security came before revolution.";
    let s = answered(&a, text);
    let said = reasons(&s, |r| r.contains("security"));
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("“security” (2 times)"), "{said:?}");
}

/// An accepted answer and a keyword group that find the same words, said negatively, give
/// one note, in the student's words ("muscovy"), not the pattern's ("muscov").
#[test]
fn a_denied_answer_found_by_a_pattern_and_a_group_is_told_once_in_its_own_words() {
    let a = short_question(
        r#"prompt = "Which earlier state did Stalin compare the USSR with?"
points = 1
accept = ["*muscov*"]
[[questions.keywords]]
alternatives = ["Muscov*", "Muscovy"]
"#,
    );
    let s = answered(&a, "Not Muscovy.");
    let notes = reasons(&s, |r| r.starts_with("no mark for"));
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].starts_with("no mark for “muscovy”:"), "{notes:?}");
    assert_eq!(s.marks, 0.0);
}

#[test]
fn a_row_that_scores_nothing_never_says_no_mark_off() {
    let a = activity(
        r#"id = "s"
kind = "sort"
title = "T"
instructions = "I"
[scoring]
rule = "partial"
[[columns]]
id = "x"
label = "Security"
[[columns]]
id = "y"
label = "Revolution"
[[rows]]
id = "r"
label = "Row"
text = "A row"
right = ["x"]
points = 1
"#,
    );
    let ticked: BTreeSet<String> = ["y".to_string()].into();
    let s = score(
        &a,
        &answer(Response::Sort {
            ticks: [("r".to_string(), ticked)].into(),
            evidence: BTreeMap::new(),
        }),
    );
    assert_eq!(s.marks, 0.0);
    for e in &s.entries {
        assert!(!e.reason.contains("(no mark off,"), "{}", e.reason);
    }
    assert!(
        s.entries
            .iter()
            .any(|e| e.reason.contains("the column you missed already cost it")),
        "{:#?}",
        s.entries
    );
}
