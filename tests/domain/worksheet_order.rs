//! A printed worksheet shuffles what its author allows (`shuffle = true`), the same way at
//! every printing, and its answer key follows the printed order.

use classwork::activity::{Activity, Body, QuestionAnswer, Unit};
use classwork::teacher::doc::markdown;
use classwork::teacher::worksheet::worksheet;

fn bundled() -> Unit {
    let loaded = classwork::bundled::default_unit();
    loaded
        .units
        .into_iter()
        .next()
        .expect("the bundled unit loads")
}

/// What an activity lists and a student puts in order, ticks or places, as the author
/// wrote them: rows, cards, items, events, or each question's options.
fn listed(activity: &Activity) -> Vec<Vec<String>> {
    match &activity.body {
        Body::Sort(s) => vec![s.rows.iter().map(|r| r.label.to_string()).collect()],
        Body::Categorize(c) => vec![c.cards.iter().map(|c| c.text.to_string()).collect()],
        Body::Match(m) => vec![
            m.items.iter().map(|i| i.text.to_string()).collect(),
            m.options.iter().map(|o| o.label.clone()).collect(),
        ],
        Body::Rank(r) => vec![r.items.iter().map(|i| i.text.to_string()).collect()],
        Body::Timeline(t) => vec![t.events.iter().map(|e| e.text.to_string()).collect()],
        Body::Choice(quiz) => quiz
            .questions
            .iter()
            .filter_map(|q| match &q.answer {
                QuestionAnswer::Choice { options, .. } => {
                    Some(options.iter().map(|o| o.text.clone()).collect())
                }
                QuestionAnswer::Written { .. } => None,
            })
            .collect(),
        Body::Grid(_) | Body::Short(_) | Body::Essay(_) | Body::Report(_) => Vec::new(),
    }
}

/// The unit with only `activity`, and without the sources and description a worksheet
/// prints first, so that what is found is the activity's own.
fn alone(unit: &Unit, activity: &Activity) -> Unit {
    Unit {
        activities: vec![activity.clone()],
        sources: Vec::new(),
        description: None,
        ..unit.clone()
    }
}

/// The texts of `things` in the order they first appear in `printed`.
fn printed_order(printed: &str, things: &[String]) -> Vec<String> {
    let mut found: Vec<(usize, &String)> = things
        .iter()
        .map(|t| {
            (
                printed
                    .find(t.as_str())
                    .unwrap_or_else(|| panic!("{t:?} is printed")),
                t,
            )
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, t)| t.clone()).collect()
}

fn print(unit: &Unit, answers: bool, seed: Option<u64>) -> String {
    markdown::render(&worksheet(unit, answers, seed))
}

#[test]
fn each_kind_that_shuffles_prints_in_another_order_than_its_file() {
    let unit = bundled();
    let mut kinds = std::collections::BTreeSet::new();
    for activity in unit.activities.iter().filter(|a| a.shuffle) {
        let one = alone(&unit, activity);
        let sheet = print(&one, false, None);
        let lists = listed(activity);
        assert!(!lists.is_empty(), "{} shuffles something", activity.id);
        let moved = lists
            .iter()
            .filter(|list| list.len() > 2)
            .any(|list| &printed_order(&sheet, list) != list);
        assert!(
            moved,
            "{} prints in its file's order:\n{sheet}",
            activity.id
        );
        kinds.insert(activity.kind().name());
    }
    assert!(
        kinds.len() >= 4,
        "the bundled unit shuffles several kinds: {kinds:?}"
    );
}

#[test]
fn every_printing_is_the_same_and_the_seed_changes_it() {
    let unit = bundled();
    assert_eq!(print(&unit, false, None), print(&unit, false, None));
    assert_eq!(print(&unit, true, Some(5)), print(&unit, true, Some(5)));
    assert_ne!(print(&unit, false, Some(5)), print(&unit, false, Some(6)));
}

#[test]
fn an_activity_that_does_not_shuffle_prints_as_written() {
    let unit = bundled();
    let activity = unit
        .activities
        .iter()
        .find(|a| !a.shuffle && listed(a).iter().any(|l| l.len() > 2))
        .expect("the bundled unit has a list that is not shuffled");
    let sheet = print(&alone(&unit, activity), false, Some(9));
    for list in listed(activity).iter().filter(|l| l.len() > 2) {
        assert_eq!(&printed_order(&sheet, list), list);
    }
}

#[test]
fn the_answer_key_follows_the_worksheet_order() {
    let unit = bundled();
    for activity in unit.activities.iter().filter(|a| {
        a.shuffle && matches!(a.body, Body::Sort(_) | Body::Categorize(_) | Body::Match(_))
    }) {
        let one = alone(&unit, activity);
        let (sheet, key) = (print(&one, false, None), print(&one, true, None));
        let first = &listed(activity)[0];
        assert_eq!(
            printed_order(&key, first),
            printed_order(&sheet, first),
            "{}",
            activity.id
        );
    }
}

/// An answer key as scored.
mod answer_key {
    use classwork::activity::validate::SourceIds;
    use classwork::activity::{Activity, Unit};
    use classwork::diagnostic::SourceFile;
    use classwork::load::activity_from;
    use classwork::teacher::doc::markdown;
    use classwork::teacher::worksheet::worksheet;

    fn key_of(body: &str) -> String {
        let file = SourceFile::new("a.toml", format!("schema_version = 1\n{body}"));
        let mut diagnostics = Vec::new();
        let activity: Activity = activity_from(&file, &SourceIds::new(), &mut diagnostics)
            .unwrap_or_else(|| panic!("loads: {diagnostics:#?}"));
        let unit = Unit {
            id: "u".into(),
            title: "U".into(),
            description: None,
            activities: vec![activity],
            sources: Vec::new(),
            exam: None,
        };
        markdown::render(&worksheet(&unit, true, None))
    }

    #[test]
    fn a_single_answer_question_keys_its_best_option_and_says_a_wrong_one_earns_nothing() {
        let key = key_of(
            r#"id = "c"
kind = "choice"
title = "T"
[[questions]]
id = "q"
prompt = "Who?"
points = 2
[[questions.options]]
id = "a"
text = "Litvinov"
weight = 1
[[questions.options]]
id = "b"
text = "Molotov"
weight = 0.5
[[questions.options]]
id = "c"
text = "Trotsky"
weight = -0.5
"#,
        );
        assert!(key.contains("✓ Litvinov (all of the marks)"), "{key}");
        assert!(
            key.contains("~ Molotov (part credit: 50% of the marks)"),
            "{key}"
        );
        assert!(key.contains("✗ Trotsky (no marks)"), "{key}");
        assert!(!key.contains("takes off"), "{key}");
        assert!(key.contains("Who? (2 marks)"), "{key}");
    }

    #[test]
    fn an_activity_whose_parts_add_up_to_more_than_it_gives_says_so() {
        let key = key_of(
            r#"id = "e"
kind = "essay"
title = "T"
instructions = "Why did Stalin choose Germany?"
points = 2
[[keywords]]
alternatives = ["security"]
[[keywords]]
alternatives = ["time"]
[[keywords]]
alternatives = ["Poland"]
"#,
        );
        assert!(
            key.contains("The parts below add up to 3 marks; the activity gives at most 2 marks"),
            "{key}"
        );
        assert!(key.contains("security — 1 mark"), "{key}");
    }

    #[test]
    fn the_bundled_key_never_says_one_marks() {
        let unit = super::bundled();
        let key = markdown::render(&worksheet(&unit, true, None));
        assert!(!key.contains(" 1 marks"), "{key}");
        assert!(!key.contains("(1 marks)"), "{key}");
    }
}
