//! The explanation shows where each point was found: scoring returns, for a written task,
//! the phrases of the student's text that earned a point or earned nothing (with why), and
//! the written feedback shows the student's sentences with those phrases marked.

use classwork::activity::Activity;
use classwork::activity::validate::SourceIds;
use classwork::answer::{Answer, Response};
use classwork::diagnostic::SourceFile;
use classwork::load::activity_from;
use classwork::scoring::{Detail, Found, score, score_with_detail};

const ESSAY: &str = r#"schema_version = 1
id = "e"
kind = "essay"
title = "Why did Stalin choose Germany?"
instructions = "Write."
[[keywords]]
alternatives = ["security"]
[[keywords]]
alternatives = ["appease*"]
[[keywords]]
alternatives = ["Munich"]
"#;

const TEXT: &str = "Above all, Stalin wanted security for the USSR. Appeasement was not the reason.\nMunich Poland Danzig Rapallo";

fn essay() -> Activity {
    let file = SourceFile::new("e.toml", ESSAY);
    let mut diagnostics = Vec::new();
    activity_from(&file, &SourceIds::new(), &mut diagnostics).expect("the essay loads")
}

fn answer() -> Answer {
    Answer {
        response: Response::Essay(TEXT.to_string()),
        ..Answer::default()
    }
}

#[test]
fn scoring_says_which_phrase_earned_each_point_and_why_others_did_not() {
    let score = score(&essay(), &answer());
    let task = &score.tasks[0];
    let found: Vec<(&str, &str, Found, &str)> = task
        .highlights
        .iter()
        .map(|h| {
            (
                &TEXT[h.range.clone()],
                &TEXT[h.sentence.clone()],
                h.found,
                &*h.reason,
            )
        })
        .collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(found[0].0, "security");
    assert_eq!(found[0].1, "Above all, Stalin wanted security for the USSR");
    assert_eq!(found[0].2, Found::Earned);
    assert_eq!(found[1].0, "Appeasement");
    assert_eq!(found[1].1, "Appeasement was not the reason");
    assert_eq!(found[1].2, Found::Refused);
    assert!(found[1].3.contains("you said the opposite"), "{found:#?}");
    assert_eq!(found[2].0, "Munich");
    assert_eq!(found[2].2, Found::Refused);
    assert!(found[2].3.contains("this reads as a list"), "{found:#?}");
    let bare = score_with_detail(&essay(), &answer(), &[], Detail::MarksOnly);
    assert!(bare.tasks[0].highlights.is_empty());
    assert_eq!(bare.tasks[0].points, task.points);
}

#[cfg(feature = "tui")]
#[test]
fn the_written_feedback_shows_the_students_sentences_marked() {
    use classwork::tui::screen::feedback::content::written::lines;
    use classwork::tui::theme::Theme;
    let activity = essay();
    let answer = answer();
    let score = score(&activity, &answer);
    let theme = Theme::plain();
    let shown: Vec<String> = lines(&theme, &activity, (&answer, &score), false, 100)
        .expect("an essay's feedback")
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    let text = shown.join("\n");
    assert!(text.contains("Your words:"), "{text}");
    assert!(
        text.contains("Above all, Stalin wanted security✓ for the USSR"),
        "{text}"
    );
    assert!(text.contains("Appeasement✗ was not the reason"), "{text}");
    assert!(
        text.contains("✗ “Appeasement”: you said the opposite"),
        "{text}"
    );
    assert!(text.contains("✗ “Munich”: this reads as a list"), "{text}");
}

/// A point made again after it counted as often as it may is no fault of the student's:
/// it is shown plainly, neither ticked nor crossed, and no reason is listed for it.
#[cfg(feature = "tui")]
#[test]
fn a_point_made_again_is_neither_ticked_nor_crossed() {
    use classwork::tui::screen::feedback::content::written::lines;
    use classwork::tui::theme::Theme;
    let activity = essay();
    let text = "Stalin wanted security for the USSR. Above all, security mattered most to him.";
    let answer = Answer {
        response: Response::Essay(text.to_string()),
        ..Answer::default()
    };
    let score = score(&activity, &answer);
    let found: Vec<Found> = score.tasks[0].highlights.iter().map(|h| h.found).collect();
    assert_eq!(found, [Found::Earned, Found::Again]);
    let shown: Vec<String> = lines(&Theme::plain(), &activity, (&answer, &score), false, 100)
        .expect("an essay's feedback")
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    let shown = shown.join("\n");
    assert!(
        shown.contains("Stalin wanted security✓ for the USSR"),
        "{shown}"
    );
    assert!(
        shown.contains("Above all, security mattered most"),
        "{shown}"
    );
    assert!(!shown.contains('✗'), "{shown}");
}
