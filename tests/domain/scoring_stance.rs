//! Stance: where the model answer of a cell or a short answer says a point was favoured
//! ("he proposed natural selection", "one of the makers of the Rapallo treaty"), a student
//! who says it was opposed ("he rejected natural selection", "hated Rapallo") says the
//! opposite and earns nothing for it; and the other way round ("he backed natural
//! selection" of its enemy). Where the model answer takes no side, either may make the
//! point.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::activities::{activity, answer, short_question};
use classwork::activity::Activity;
use classwork::answer::Response;
use classwork::load::load_path;
use classwork::scoring::score;

/// A grid of two scientists' views of natural selection, one for it and one against, each
/// cell of two points: the idea, and where it was argued.
fn views() -> Activity {
    activity(
        r#"id = "g"
kind = "grid"
title = "Reactions to Darwin"
instructions = "Describe each view in a sentence or two."
[[rows]]
id = "darwin"
label = "Charles Darwin"
[[rows]]
id = "owen"
label = "Richard Owen"
[[columns]]
id = "view"
label = "View of natural selection"
[[cells]]
row = "darwin"
column = "view"
model_answer = "He proposed natural selection and defended it for the rest of his life, first in On the Origin of Species in 1859."
[[cells.keywords]]
alternatives = ["natural selection", "survival of the fittest"]
[[cells.keywords]]
alternatives = ["Origin of Species", "1859"]
[[cells]]
row = "owen"
column = "view"
model_answer = "He was hostile to natural selection and attacked the Origin in an anonymous review."
[[cells.keywords]]
alternatives = ["natural selection", "survival of the fittest"]
[[cells.keywords]]
alternatives = ["review", "anonymous*"]
"#,
    )
}

/// The marks `text` earns as the answer to question `q` of a one-question short activity.
fn short_marks(question: &Activity, text: &str) -> f64 {
    let wrote = answer(Response::Short(BTreeMap::from([(
        "q".to_string(),
        text.to_string(),
    )])));
    score(question, &wrote).tasks[0].marks
}

/// The marks `text` earns in the cell of `row`.
fn cell_marks(row: &str, text: &str) -> f64 {
    let cells = BTreeMap::from([(format!("{row}.view"), text.to_string())]);
    let wrote = answer(Response::Grid(cells));
    let score = score(&views(), &wrote);
    score
        .tasks
        .iter()
        .find(|t| *t.id == *format!("{row}.view"))
        .map_or(0.0, |t| t.marks)
}

#[test]
fn opposing_what_the_model_answer_says_was_favoured_earns_nothing() {
    for (text, want) in [
        ("He rejected natural selection.", 0.0),
        ("He hated natural selection.", 0.0),
        ("He was against natural selection.", 0.0),
        ("He was hostile to the idea of natural selection.", 0.0),
        ("He was deeply sceptical of natural selection.", 0.0),
        ("He was a bitter enemy of natural selection.", 0.0),
        ("He was strongly opposed to natural selection.", 0.0),
        (
            "He opposed natural selection in On the Origin of Species.",
            1.0,
        ),
        ("He distrusted natural selection, and said so in 1859.", 1.0),
    ] {
        assert_eq!(cell_marks("darwin", text), want, "{text}");
    }
}

#[test]
fn the_point_said_as_favoured_in_other_words_still_earns() {
    for (text, want) in [
        ("He proposed natural selection in 1859.", 2.0),
        (
            "He distrusted the Church, and set out natural selection in 1859.",
            2.0,
        ),
        (
            "He came up with natural selection and published it in 1859.",
            2.0,
        ),
        // What others opposed, said of them, is not his stance.
        (
            "Churchmen hated the idea, but he argued for natural selection in 1859.",
            2.0,
        ),
        (
            "Natural selection was rejected by many, but he published it in 1859.",
            2.0,
        ),
        // Opposed by someone: the point is what was opposed, by whom comes after.
        (
            "He was opposed by Owen but kept natural selection at the heart of the Origin of Species.",
            2.0,
        ),
    ] {
        assert_eq!(cell_marks("darwin", text), want, "{text}");
    }
}

#[test]
fn opposing_what_the_model_answer_says_was_opposed_makes_the_point() {
    for (text, want) in [
        ("He rejected natural selection in an anonymous review.", 2.0),
        (
            "He hated natural selection and attacked it in a review.",
            2.0,
        ),
        ("He was against natural selection.", 1.0),
    ] {
        assert_eq!(cell_marks("owen", text), want, "{text}");
    }
}

#[test]
fn favouring_what_the_model_answer_says_was_opposed_earns_nothing() {
    for (text, want) in [
        ("He supported natural selection.", 0.0),
        ("He was pro-natural selection.", 0.0),
        (
            "He was in favour of natural selection, as his anonymous review showed.",
            1.0,
        ),
        ("He was keen on natural selection.", 0.0),
        // For it and against it in one breath: no side the other way round.
        ("He accepted natural selection only reluctantly.", 1.0),
        // Backed by someone: the point is what was backed, by whom comes after.
        (
            "Natural selection was backed by Huxley, but he rejected it.",
            1.0,
        ),
    ] {
        assert_eq!(cell_marks("owen", text), want, "{text}");
    }
}

#[test]
fn where_the_model_answer_takes_no_side_opposing_the_point_makes_it() {
    let question = short_question(
        r#"prompt = "Why did many Victorians distrust Darwin's theory?"
points = 2
model_answer = "Natural selection left no need for a creator, which troubled the Church."
[[questions.keywords]]
alternatives = ["natural selection"]
[[questions.keywords]]
alternatives = ["creator", "God", "Genesis"]
"#,
    );
    let text = "They distrusted natural selection because it challenged Genesis.";
    assert_eq!(short_marks(&question, text), 2.0, "{text}");
}

/// The marks of a one-question short activity whose model answer says who favoured the
/// point, for `text`.
fn named_favour_marks(text: &str) -> f64 {
    let question = short_question(
        r#"prompt = "Why did Stalin doubt that Britain and France would stand up to Hitler?"
points = 1
model_answer = "Britain and France favoured appeasement, and gave way to Hitler at Munich."
[[questions.keywords]]
alternatives = ["appeasement", "Munich"]
"#,
    );
    short_marks(&question, text)
}

#[test]
fn opposition_by_someone_else_than_who_favoured_it_is_no_opposite() {
    for (text, want) in [
        (
            "Stalin distrusted appeasement, which he saw as weakness.",
            1.0,
        ),
        ("Britain and France rejected appeasement.", 0.0),
        ("They hated appeasement.", 0.0),
    ] {
        assert_eq!(named_favour_marks(text), want, "{text}");
    }
}

#[test]
fn an_essay_is_not_read_for_stance() {
    let essay = activity(
        r#"id = "e"
kind = "essay"
title = "T"
instructions = "How did Victorians react to Darwin?"
points = 1
model_answer = "In 1859 he proposed natural selection; many churchmen attacked it."
[[keywords]]
alternatives = ["natural selection"]
"#,
    );
    // "They" are the churchmen of the sentence before: in an essay the subject may change
    // from sentence to sentence, as it does not in a cell or a short answer.
    let text = "Churchmen were alarmed. They rejected natural selection because it seemed to leave no room for a creator.";
    let wrote = answer(Response::Essay(text.to_string()));
    assert_eq!(score(&essay, &wrote).tasks[0].marks, 1.0, "{text}");
}

#[test]
fn the_bundled_grids_attitude_said_the_other_way_round_earns_nothing() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("activities/soviet-foreign-policy");
    let unit = load_path(&path).units.remove(0);
    let commissars = unit
        .activities
        .iter()
        .find(|a| a.id == "commissars")
        .expect("the commissars grid");
    let marks = |cell: &str, text: &str| {
        let cells = BTreeMap::from([(cell.to_string(), text.to_string())]);
        let score = score(commissars, &answer(Response::Grid(cells)));
        score
            .tasks
            .iter()
            .find(|t| *t.id == *cell)
            .map_or(0.0, |t| t.marks)
    };
    for (cell, text, want) in [
        (
            "chicherin.germany",
            "He was not pro-German at all and hated Rapallo.",
            0.0,
        ),
        ("chicherin.germany", "He opposed the Rapallo treaty.", 0.0),
        (
            "chicherin.germany",
            "He was pro-German and helped to make the Rapallo treaty.",
            2.0,
        ),
        // Litvinov went along with Rapallo only reluctantly: disliking it is the point.
        (
            "litvinov.germany",
            "He disliked Rapallo and distrusted Germany.",
            2.0,
        ),
        (
            "litvinov.germany",
            "He accepted Rapallo only reluctantly and distrusted Germany.",
            2.0,
        ),
        (
            "molotov.germany",
            "He opposed better relations with Germany.",
            0.0,
        ),
        (
            "litvinov.other",
            "He rejected disarmament and opposed the League of Nations.",
            0.0,
        ),
        (
            "litvinov.other",
            "He backed disarmament and the League of Nations.",
            1.0,
        ),
    ] {
        assert_eq!(marks(cell, text), want, "{cell}: {text}");
    }
}

#[test]
fn a_side_is_read_for_each_alternative_in_its_own_words() {
    // "war" is opposed and "peace" worked for: wanting peace is the point, not its opposite.
    let question = short_question(
        r#"prompt = "Where did Jaurès stand in July 1914?"
points = 1
model_answer = "He opposed the war: as leader of the French socialists he campaigned for peace."
[[questions.keywords]]
alternatives = ["war", "peace"]
"#,
    );
    for (text, want) in [
        ("He wanted peace between the powers.", 1.0),
        ("He was against the war.", 1.0),
        ("He supported the war.", 0.0),
    ] {
        assert_eq!(short_marks(&question, text), want, "{text}");
    }
}
