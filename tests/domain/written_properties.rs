//! Properties of written answers, whatever holds them: a short question, a grid cell, an
//! essay or a report section.
//!
//! For a random set of four to six points (single words and phrases) and random sentences
//! that make them, in a random kind of written task to be answered in sentences (a short
//! question asking for twenty words or more, a grid cell worth two marks or more, an essay,
//! a report section):
//!
//! - the points made in sentences, each its own, earn full marks, and the explanation adds
//!   up;
//! - the same sentence written for every point, with only the point changed, earns one
//!   point at most (a list written as sentences);
//! - the same points without a sentence — run together, or listed with commas — earn nothing
//!   (a run of keywords is a list from four words, a list of them from three items);
//! - every sentence negated (in one of several ways: "not", "never", "no", "did not",
//!   "X was not", "it is a myth that") never keeps full marks, and the explanation still
//!   adds up.

use std::fmt::Write as _;

use classwork::activity::Activity;
use classwork::activity::validate::SourceIds;
use classwork::answer::{Answer, Response};
use classwork::diagnostic::SourceFile;
use classwork::load::activity_from;
use classwork::scoring::{Score, score};
use proptest::prelude::*;

/// Points a keyword group may ask for.
const POINTS: &[&str] = &[
    "appeasement",
    "Litvinov",
    "Rapallo",
    "Comintern",
    "Sudetenland",
    "Molotov",
    "Bessarabia",
    "Chamberlain",
    "rearmament",
    "neutrality",
    "collective security",
    "Munich Agreement",
    "secret protocol",
    "Red Army",
];

/// Sentences that make a point `{}`, each with its negation; each is its own (a sentence
/// written again for another point makes none). Also the sentences of
/// `scoring_properties`, one a word of its vocabulary.
pub(crate) const SENTENCES: &[(&str, &str)] = &[
    (
        "The ambassador's report gives {} as a reason.",
        "The ambassador's report never gives {} as a reason.",
    ),
    (
        "{} mattered a great deal to Stalin.",
        "{} did not matter to Stalin.",
    ),
    (
        "Historians point to {} in this period.",
        "Historians do not point to {} in this period.",
    ),
    (
        "It was {} that counted in the end.",
        "It was not {} that counted in the end.",
    ),
    (
        "There was {} behind the decision.",
        "There was no {} behind the decision.",
    ),
    (
        "In my view {} was the key to it.",
        "In my view {} was not the key to it.",
    ),
    (
        "Moscow saw {} as the danger then.",
        "It is a myth that Moscow saw {} as the danger then.",
    ),
    (
        "Stalin worried about {} that summer.",
        "Stalin never worried about {} that summer.",
    ),
    (
        "Moscow watched {} very closely.",
        "Moscow did not watch {} closely.",
    ),
    (
        "Diplomats argued over {} for months.",
        "Diplomats never argued over {}.",
    ),
    (
        "{} changed what the Politburo expected.",
        "{} never changed what Moscow expected.",
    ),
    (
        "Few in Moscow forgot {} afterwards.",
        "Nobody in Moscow thought about {} afterwards.",
    ),
    (
        "The press wrote often of {} then.",
        "The press hardly wrote of {} then.",
    ),
];

/// The kinds of written task a point can be asked for in.
#[derive(Debug, Clone, Copy)]
enum Task {
    Short,
    Grid,
    Essay,
    Report,
}

fn groups(table: &str, points: &[&str]) -> String {
    let mut toml = String::new();
    for p in points {
        let _ = write!(toml, "[[{table}]]\nalternatives = [\"{p}\"]\n");
    }
    toml
}

fn activity(task: Task, points: &[&str]) -> Activity {
    let head = "schema_version = 1\nid = \"w\"\ntitle = \"W\"\ninstructions = \"Write.\"\n";
    let body = match task {
        Task::Short => format!(
            "kind = \"short\"\n[[questions]]\nid = \"q\"\nprompt = \"Why?\"\npoints = {}\n{}\
             [questions.words]\nmin = 20\n",
            points.len().max(2),
            groups("questions.keywords", points)
        ),
        Task::Grid => {
            let cells: Vec<String> = points
                .iter()
                .map(|p| format!("{{ alternatives = [\"{p}\"] }}"))
                .collect();
            format!(
                "kind = \"grid\"\n[[rows]]\nid = \"r\"\nlabel = \"R\"\n[[columns]]\nid = \"c\"\n\
                 label = \"C\"\n[[cells]]\nrow = \"r\"\ncolumn = \"c\"\nkeywords = [{}]\n",
                cells.join(", ")
            )
        }
        Task::Essay => format!("kind = \"essay\"\n{}", groups("keywords", points)),
        Task::Report => format!(
            "kind = \"report\"\n[[sections]]\nid = \"s\"\nheading = \"S\"\n{}",
            groups("sections.keywords", points)
        ),
    };
    let file = SourceFile::new("w.toml", format!("{head}{body}"));
    let mut diagnostics = Vec::new();
    let activity = activity_from(&file, &SourceIds::new(), &mut diagnostics);
    activity.unwrap_or_else(|| panic!("{diagnostics:#?}"))
}

fn answer(task: Task, text: String) -> Answer {
    let response = match task {
        Task::Short => Response::Short([("q".to_string(), text)].into()),
        Task::Grid => Response::Grid([("r.c".to_string(), text)].into()),
        Task::Essay => Response::Essay(text),
        Task::Report => Response::Report {
            cover: Default::default(),
            sections: [("s".to_string(), text)].into(),
            decision: None,
        },
    };
    Answer {
        response,
        ..Answer::default()
    }
}

fn adds_up(score: &Score) -> Result<(), TestCaseError> {
    let sum: f64 = score.entries.iter().map(|e| e.marks).sum();
    prop_assert!(
        (sum - score.marks).abs() < 1e-6,
        "{:?}",
        score.explanation()
    );
    Ok(())
}

fn case() -> impl Strategy<Value = (usize, Vec<usize>, Vec<usize>)> {
    (
        0..4usize,
        proptest::sample::subsequence((0..POINTS.len()).collect::<Vec<_>>(), 4..=6),
        Just((0..SENTENCES.len()).collect::<Vec<_>>()).prop_shuffle(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Full marks in sentences; nothing without a sentence; never full marks negated.
    #[test]
    fn points_earn_only_in_sentences_that_make_them((kind, chosen, forms) in case()) {
        let task = [Task::Short, Task::Grid, Task::Essay, Task::Report][kind];
        let points: Vec<&str> = chosen.iter().map(|&i| POINTS[i]).collect();
        let activity = activity(task, &points);
        let written = |negated: bool| -> String {
            points
                .iter()
                .zip(&forms)
                .map(|(p, &f)| {
                    let (made, denied) = SENTENCES[f];
                    let sentence = if negated { denied } else { made }.replace("{}", p);
                    let mut chars = sentence.chars();
                    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let full = score(&activity, &answer(task, written(false)));
        adds_up(&full)?;
        prop_assert!((full.marks - full.max).abs() < 1e-9, "{task:?}: {:?}", full.explanation());

        let negated = score(&activity, &answer(task, written(true)));
        adds_up(&negated)?;
        prop_assert!(negated.marks < full.max - 1e-9, "{task:?}: {:?}", negated.explanation());

        let (frame, _) = SENTENCES[forms[0]];
        let same: Vec<String> = points.iter().map(|p| frame.replace("{}", p)).collect();
        let same_frame = score(&activity, &answer(task, same.join(" ")));
        adds_up(&same_frame)?;
        prop_assert!(same_frame.marks <= 1.0 + 1e-9, "{task:?}: {:?}", same_frame.explanation());

        for text in [points.join(" "), points.join(", "), format!("{}.", points.join(", "))] {
            let listed = score(&activity, &answer(task, text.clone()));
            adds_up(&listed)?;
            prop_assert!(listed.marks < 1e-9, "{task:?} {text:?}: {:?}", listed.explanation());
        }
    }
}
