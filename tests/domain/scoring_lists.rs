//! A list that is the answer: where the model answer of a cell or a short question names
//! a point's alternatives as a list ("Bach, Handel and Vivaldi"), a brief answer may name
//! them as a list too; a list of everything, or of points the model answer explains rather
//! than names, still earns nothing.

use std::collections::BTreeMap;

use crate::common::activities::{activity, answer, short_question};
use classwork::activity::Activity;
use classwork::answer::Response;
use classwork::scoring::score;

/// A grid of one row and two columns, each cell worth two marks: forms and composers,
/// which the model answer lists, and texture, which it explains.
fn styles() -> Activity {
    activity(
        r#"id = "g"
kind = "grid"
title = "Baroque music"
instructions = "Describe each feature in a sentence or two."
[[rows]]
id = "baroque"
label = "Baroque"
[[columns]]
id = "texture"
label = "Texture"
[[columns]]
id = "forms"
label = "Forms and composers"
[[cells]]
row = "baroque"
column = "texture"
model_answer = "The texture is polyphonic: several melodies weave together at once, which sounds thick."
[[cells.keywords]]
alternatives = ["polyphon*", "counterpoint"]
[[cells.keywords]]
alternatives = ["thick", "busy", "dense"]
[[cells]]
row = "baroque"
column = "forms"
model_answer = "Typical forms are the fugue, the suite and the concerto grosso. Composers include Bach, Handel and Vivaldi."
[[cells.keywords]]
alternatives = ["fugue*", "suite*", "concerto grosso", "oratorio*"]
[[cells.keywords]]
alternatives = ["Bach", "Handel", "Vivaldi", "Purcell"]
"#,
    )
}

/// The marks `text` earns in the cell of `column`.
fn cell_marks(column: &str, text: &str) -> f64 {
    let cells = BTreeMap::from([(format!("baroque.{column}"), text.to_string())]);
    let wrote = answer(Response::Grid(cells));
    let score = score(&styles(), &wrote);
    score
        .tasks
        .iter()
        .find(|t| *t.id == *format!("baroque.{column}"))
        .map_or(0.0, |t| t.marks)
}

#[test]
fn a_list_earns_where_the_model_answer_names_the_points_as_one() {
    for (text, want) in [
        ("Fugue, concerto grosso; Bach, Handel.", 2.0),
        ("Fugues, suites, oratorios. Bach, Purcell, Handel.", 2.0),
        ("Fugue. Suite. Bach. Handel.", 2.0),
        ("Bach and Handel wrote fugues.", 2.0),
        // Half of it from the wrong period: a guess at everything.
        ("Fugue, symphony, Bach, Mozart, Haydn", 0.0),
        // Every term of the topic, in every cell.
        (
            "polyphonic, homophonic, thick, clear, fugue, concerto grosso, symphony, \
             Bach, Mozart, Haydn",
            0.0,
        ),
    ] {
        assert_eq!(cell_marks("forms", text), want, "{text}");
    }
}

#[test]
fn a_list_still_earns_nothing_where_the_model_answer_explains_the_points() {
    for (text, want) in [
        ("Polyphonic, thick, busy, dense.", 0.0),
        ("Polyphonic. Thick. Dense.", 0.0),
        ("It is polyphonic, so it sounds thick.", 2.0),
    ] {
        assert_eq!(cell_marks("texture", text), want, "{text}");
    }
}

/// A short question asked in a sentence or more, whose model answer explains one point
/// and lists the composers of another.
const CONCERTO: &str = r#"prompt = "What is a concerto grosso, and who wrote them?"
points = 2
model_answer = "A concerto grosso sets a small group of soloists against the full orchestra. Corelli, Handel and Bach wrote them."
[questions.words]
min = 8
[[questions.keywords]]
alternatives = ["small group", "concertino", "soloists"]
[[questions.keywords]]
alternatives = ["Corelli", "Handel", "Bach", "Vivaldi"]
"#;

#[test]
fn a_short_answers_list_earns_only_the_points_named_as_a_list() {
    let question = short_question(CONCERTO);
    for (text, want) in [
        (
            "A small group of soloists plays against the whole orchestra. Corelli, Handel.",
            2.0,
        ),
        // The explained point is listed with the names: a list of the keys.
        (
            "concertino, small group, soloists, Handel, Corelli, Mozart, Haydn",
            0.0,
        ),
        (
            "It is a long piece for one pianist. Corelli, Handel, Bach.",
            1.0,
        ),
    ] {
        let answers = BTreeMap::from([("q".to_string(), text.to_string())]);
        let marks = score(&question, &answer(Response::Short(answers))).marks;
        assert_eq!(marks, want, "{text}");
    }
}

/// An essay (prose at length) asks for sentences: a list there earns nothing, whatever the
/// model answer does.
#[test]
fn an_essays_list_earns_nothing() {
    let essay = activity(
        r#"id = "e"
kind = "essay"
title = "Baroque"
instructions = "Which composers shaped the Baroque, and how?"
model_answer = "Bach, Handel and Vivaldi shaped it."
[[keywords]]
alternatives = ["Bach", "Handel", "Vivaldi"]
"#,
    );
    let wrote = answer(Response::Essay("Bach, Handel, Vivaldi.".into()));
    assert_eq!(score(&essay, &wrote).marks, 0.0);
}
