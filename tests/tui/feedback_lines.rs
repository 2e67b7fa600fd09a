//! The marks screen of a short-answer activity: each question in full, the student's own
//! answer beside its mark with the phrases that earned points marked, every missed point
//! said once, and a filter that shows only what was missed.

use classwork::activity::Activity;
use classwork::activity::validate::SourceIds;
use classwork::answer::{Answer, Response};
use classwork::diagnostic::SourceFile;
use classwork::load::activity_from;
use classwork::scoring::score;
use classwork::tui::screen::feedback::content::score_lines;
use classwork::tui::theme::Theme;

const SHORT: &str = r#"schema_version = 1
id = "s"
kind = "short"
title = "T"
instructions = "Answer."
[[questions]]
id = "war"
prompt = "In 1925 Stalin said the world looked like the years before the outbreak of which war, and what did he conclude from that about the Soviet Union?"
points = 1
accept = ["*1914*", "first world war"]
[[questions]]
id = "why"
prompt = "Why did Stalin want a pact with Germany in 1939?"
points = 2
[[questions.keywords]]
alternatives = ["security"]
missed = "What did the pact give the USSR for the time being?"
[[questions.keywords]]
alternatives = ["time"]
missed = "What did the USSR gain by waiting?"
"#;

fn activity() -> Activity {
    let file = SourceFile::new("s.toml", SHORT);
    let mut diagnostics = Vec::new();
    let a = activity_from(&file, &SourceIds::new(), &mut diagnostics);
    assert!(
        diagnostics.iter().all(|d| !d.is_error()),
        "{diagnostics:#?}"
    );
    a.expect("the activity loads")
}

fn answer() -> Answer {
    Answer {
        response: Response::Short(
            [
                ("war".to_string(), "The war of 1914".to_string()),
                (
                    "why".to_string(),
                    "Stalin wanted security for the USSR against Hitler.".to_string(),
                ),
            ]
            .into(),
        ),
        ..Answer::default()
    }
}

fn shown(missed_only: bool, width: usize) -> String {
    let (a, answer) = (activity(), answer());
    let score = score(&a, &answer);
    score_lines(&Theme::plain(), (&score, &answer), missed_only, width)
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn each_question_is_shown_in_full_even_at_sixty_columns() {
    let text = shown(false, 60);
    let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("what did he conclude from that about the Soviet Union?"),
        "{text}"
    );
    assert!(!text.contains('…'), "{text}");
}

#[test]
fn the_students_own_answer_is_shown_with_the_phrase_that_earned_marked() {
    let text = shown(false, 100);
    assert!(text.contains("Your answer:"), "{text}");
    assert!(text.contains("The war of 1914"), "{text}");
    assert!(
        text.contains("Stalin wanted security✓ for the USSR against Hitler."),
        "{text}"
    );
}

#[test]
fn a_missed_point_is_said_once() {
    let text = shown(false, 100);
    assert_eq!(
        text.matches("What did the USSR gain by waiting?").count(),
        1,
        "{text}"
    );
}

#[test]
fn only_what_was_missed_hides_what_was_fully_right() {
    let all = shown(false, 100);
    let missed = shown(true, 100);
    assert!(all.contains("The war of 1914"), "{all}");
    assert!(!missed.contains("The war of 1914"), "{missed}");
    assert!(missed.contains("1 fully right hidden"), "{missed}");
    assert!(missed.contains("Why did Stalin want a pact"), "{missed}");
}
