//! End to end, at each window size: what a student meets between the activities —
//! profiles (names without case, renaming, deleting with a copy of the work kept, the one
//! chosen last opened next), a justification's word count, the dates in a timeline's
//! marks, Ctrl+C while writing, and Esc on the home screen.

use crate::common;

use std::path::Path;

use classwork::activity::{Body, Unit};
use common::pty::{SIZES, Terminal, key};

fn unit() -> Unit {
    classwork::bundled::default_unit().units.remove(0)
}

/// Where the bundled unit lists its first activity of a kind, from 0.
fn position(kind: impl Fn(&Body) -> bool) -> usize {
    unit()
        .activities
        .iter()
        .position(|a| kind(&a.body))
        .expect("the bundled unit has one")
}

/// Starts classwork on a window of `size`, its progress kept in `data`.
fn start(data: &Path, args: &[&str], (width, height): (u16, u16)) -> Terminal {
    let dir = data.to_str().expect("a UTF-8 path");
    Terminal::spawn(args, &[("CLASSWORK_DATA_DIR", dir)], width, height)
}

/// Starts classwork as Ada on a window of `size`, at the list of activities.
fn as_ada(data: &Path, size: (u16, u16)) -> Terminal {
    let term = start(data, &["--profile", "Ada"], size);
    term.wait_for("Activities", 20);
    term
}

/// Opens the box under the cursor, writes `text` in it and closes it.
fn write(term: &mut Terminal, text: &str) {
    term.send(key::ENTER);
    term.wait_for("Esc stop writing", 10);
    term.send(text);
    term.send(key::ESC);
}

/// Submits the activity open, saying yes when asked.
fn submit(term: &mut Terminal) {
    term.send("s");
    term.wait_for("y yes", 10);
    term.send("y");
}

/// Quits, and checks classwork ended.
fn quit(term: &mut Terminal, size: (u16, u16)) {
    term.send("q");
    assert!(term.wait_exit(10).is_some(), "{size:?}: quits");
}

/// From the home screen, opens the activity at `position` and waits for `shows`.
fn open(term: &mut Terminal, position: usize, shows: &str) -> String {
    for _ in 0..position {
        term.send("j");
    }
    term.send(key::ENTER);
    term.wait_for(shows, 10)
}

/// The name at the right of the title bar.
fn who(screen: &str) -> String {
    let top = screen.lines().next().unwrap_or("").trim_end();
    top.rsplit(' ').next().unwrap_or("").to_string()
}

/// Types `text` into the open profile box and waits until it shows.
fn typed(term: &mut Terminal, text: &str) {
    term.send(text);
    term.wait_for(&format!("{text}▏"), 10);
}

#[test]
fn profiles_ignore_case_are_renamed_and_deleted_and_the_last_chosen_opens() {
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = start(data.path(), &[], size);
        term.wait_for("What is your name?", 20);
        typed(&mut term, "sam");
        term.send(key::ENTER);
        let screen = term.wait_for("Activities", 10);
        assert_eq!(who(&screen), "sam", "{size:?}:\n{screen}");
        // Some work: a tick in the first activity, kept as a draft on leaving it.
        open(&mut term, 0, "rows answered");
        term.send(" ");
        term.send(key::ESC);
        term.wait_for("Activities", 10);

        // "Sam" is sam: no second profile.
        term.send("p");
        term.wait_for("sam  (in use)", 10);
        typed(&mut term, "Sam");
        term.send(key::ENTER);
        let screen = term.wait_for("Activities", 10);
        assert_eq!(who(&screen), "sam", "{size:?}:\n{screen}");
        term.send("p");
        let list = term.wait_for("sam  (in use)", 10);
        assert!(!list.contains("Sam"), "{size:?}:\n{list}");

        // Sam → Bob → Sam, then quit: the next launch opens sam.
        typed(&mut term, "Bob");
        term.send(key::ENTER);
        let screen = term.wait_for("Activities", 10);
        assert_eq!(who(&screen), "Bob", "{size:?}:\n{screen}");
        term.send("p");
        term.wait_for("Bob  (in use)", 10);
        term.send(key::DOWN);
        term.send(key::ENTER);
        let screen = term.wait_for("Activities", 10);
        assert_eq!(who(&screen), "sam", "{size:?}:\n{screen}");
        term.send("q");
        assert_eq!(term.wait_exit(10), Some(0), "{size:?}");
        let mut term = start(data.path(), &[], size);
        let screen = term.wait_for("Activities", 20);
        assert_eq!(
            who(&screen),
            "sam",
            "{size:?}: the one chosen last\n{screen}"
        );

        // Bob renamed Robert; then sam deleted from Robert, a copy of its work kept.
        term.send("p");
        term.wait_for("sam  (in use)", 10);
        term.send(key::UP);
        term.send(key::F2);
        term.wait_for("New name for Bob", 10);
        typed(&mut term, "Robert");
        term.send(key::ENTER);
        term.wait_for("Bob is now Robert", 10);
        term.send(key::UP);
        term.send(key::ENTER);
        let screen = term.wait_for("Activities", 10);
        assert_eq!(who(&screen), "Robert", "{size:?}:\n{screen}");
        term.send("p");
        term.wait_for("Robert  (in use)", 10);
        term.send(key::DOWN);
        term.send(key::DELETE);
        let asked = term.wait_for("Type sam again to delete it", 10);
        assert!(
            asked.contains("A copy of its work is kept"),
            "{size:?}:\n{asked}"
        );
        assert!(asked.contains("Esc to leave it"), "{size:?}:\n{asked}");
        typed(&mut term, "sam");
        term.send(key::ENTER);
        let screen = term.wait_for("is deleted", 10);
        let listed = |l: &str| l.contains("┃  sam") || l.contains("┃▶ sam");
        assert!(!screen.lines().any(listed), "{size:?}:\n{screen}");
        let kept = data
            .path()
            .join("deleted-profiles/sam/soviet-foreign-policy-drafts");
        let files = std::fs::read_dir(&kept).map(Iterator::count).unwrap_or(0);
        assert_eq!(files, 1, "{size:?}: the draft kept in {}", kept.display());
        term.send(key::ESC);
        term.wait_for("Activities", 10);
        term.send("q");
        assert_eq!(term.wait_exit(10), Some(0), "{size:?}");
    }
}

#[test]
fn a_justification_counts_its_words_against_the_least_it_asks() {
    let at = position(|b| matches!(b, Body::Rank(r) if r.justification.is_some()));
    let Body::Rank(rank) = &unit().activities[at].body else {
        unreachable!("found as a rank")
    };
    let least = rank.justification.as_ref().map_or(0, |j| j.min_words);
    assert!(least > 3);
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = as_ada(data.path(), size);
        open(&mut term, at, &format!("0 words, at least {least}"));
        for _ in 0..rank.items.len() {
            term.send("j");
        }
        term.send(key::ENTER);
        term.wait_for("Esc stop writing", 10);
        term.send("Security came first");
        // Counted as it is written, then on the box once it is closed.
        term.wait_for(&format!("3 words, at least {least}"), 10);
        term.send(key::ESC);
        let screen = term.wait_for("J/K move item", 10);
        assert!(
            screen.contains(&format!("3 words, at least {least}")),
            "{size:?}:\n{screen}"
        );
        quit(&mut term, size);
    }
}

#[test]
fn a_timelines_marks_give_the_dates_not_only_the_places() {
    let at = position(|b| matches!(b, Body::Timeline(_)));
    let Body::Timeline(timeline) = &unit().activities[at].body else {
        unreachable!("found as a timeline")
    };
    let dates: Vec<String> = timeline.dates.iter().map(ToString::to_string).collect();
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = start(data.path(), &["--profile", "Ada", "--seed", "1"], size);
        term.wait_for("Activities", 20);
        open(&mut term, at, " 1. ");
        submit(&mut term);
        let marks = term.wait_for("Model answer: ", 10);
        let line = marks
            .lines()
            .find(|l| l.contains("Model answer: "))
            .expect("a model answer shown");
        assert!(
            dates.iter().any(|d| line.contains(&format!(": {d}"))),
            "{size:?}: the date beside the place\n{marks}"
        );
        quit(&mut term, size);
    }
}

#[test]
fn ctrl_c_while_writing_quits_and_keeps_the_words() {
    let at = position(|b| matches!(b, Body::Short(_)));
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = as_ada(data.path(), size);
        open(&mut term, at, "answered");
        term.send(key::ENTER);
        term.wait_for("Esc stop writing", 10);
        term.send("Tsarist Russia");
        term.wait_for("Tsarist Russia", 10);
        term.send(key::CTRL_C);
        assert_eq!(term.wait_exit(10), Some(0), "{size:?}: Ctrl+C quits");
        let said = String::from_utf8_lossy(&term.output()).to_string();
        assert!(said.contains("Your work is saved"), "{size:?}: {said}");
        let mut term = as_ada(data.path(), size);
        open(&mut term, at, "Tsarist Russia");
        quit(&mut term, size);
    }
}

#[test]
fn esc_on_the_home_screen_is_not_offered_and_leaves_it_as_it_was() {
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = start(data.path(), &["--profile", "Ada"], size);
        let before = term.wait_for("Activities", 20);
        let footer = before.lines().last().unwrap_or("").to_string();
        assert!(footer.contains("q quit"), "{size:?}: {footer}");
        assert!(!footer.contains("Esc"), "{size:?}: {footer}");
        term.send("j");
        let moved = term.wait_for("▶  2", 10);
        term.send(key::ESC);
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert_eq!(term.screen(), moved, "{size:?}: Esc changes nothing");
        assert_eq!(term.wait_exit(0), None, "{size:?}: still running");
        term.send("q");
        assert_eq!(term.wait_exit(10), Some(0), "{size:?}");
    }
}

#[test]
fn the_marks_show_the_students_own_answer_beside_its_mark() {
    let at = position(|b| matches!(b, Body::Short(_)));
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = as_ada(data.path(), size);
        open(&mut term, at, "answered");
        write(&mut term, "Stalin saw the eve of the Great War");
        term.wait_for("1 of", 10);
        submit(&mut term);
        let marks = term.wait_for("Your answer:", 10);
        assert!(marks.contains("eve of the Great War"), "{size:?}:\n{marks}");
        quit(&mut term, size);
    }
}

#[test]
fn retrying_what_was_wrong_after_full_marks_says_there_is_nothing() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let quiz = folder.path().join("railway.toml");
    std::fs::write(
        &quiz,
        r#"schema_version = 1
id = "railway"
kind = "choice"
title = "Railway facts"
shuffle = false

[[questions]]
id = "first-line"
prompt = "Which was the first public railway to use steam locomotives?"

[[questions.options]]
id = "stockton"
text = "The Stockton and Darlington Railway"
correct = true

[[questions.options]]
id = "liverpool"
text = "The Liverpool and Manchester Railway"
"#,
    )
    .expect("written");
    let quiz = quiz.to_str().expect("a UTF-8 path");
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = start(data.path(), &[quiz, "--profile", "Ada"], size);
        term.wait_for("Activities", 20);
        open(&mut term, 0, "0 of 1 answered");
        term.send(" ");
        term.wait_for("1 of 1 answered", 10);
        submit(&mut term);
        term.wait_for("(100%)", 10);
        term.send("w");
        let screen = term.wait_for("nothing to retry", 10);
        assert!(
            screen.contains("(100%)"),
            "{size:?}: still the marks\n{screen}"
        );
        quit(&mut term, size);
    }
}

#[test]
fn every_task_footer_offers_the_instructions_at_every_size() {
    let unit = unit();
    let tasks: Vec<usize> = (0..unit.activities.len())
        .filter(|&i| !matches!(unit.activities[i].body, Body::Essay(_) | Body::Report(_)))
        .collect();
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = as_ada(data.path(), size);
        let mut cursor = 0;
        for &i in &tasks {
            // Home keeps the cursor on the activity last opened.
            open(
                &mut term,
                i - cursor,
                &format!("{} of {}", i + 1, unit.activities.len()),
            );
            cursor = i;
            std::thread::sleep(std::time::Duration::from_millis(100));
            let screen = term.screen();
            let footer = screen.lines().last().unwrap_or_default();
            assert!(
                footer.contains("i instructions") && footer.contains("s submit"),
                "{size:?}, activity {}: {footer}",
                i + 1
            );
            term.send(key::ESC);
            term.wait_for("Unit progress", 10);
        }
        quit(&mut term, size);
    }
}

#[test]
fn the_card_under_the_cursor_reads_in_full_beside_a_categorize() {
    let at = position(|b| matches!(b, Body::Categorize(_)));
    let Body::Categorize(c) = &unit().activities[at].body else {
        unreachable!("found as a categorize")
    };
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = start(data.path(), &["--profile", "Ada", "--seed", "3"], size);
        term.wait_for("Activities", 20);
        let mut screen = open(&mut term, at, "cards placed");
        // The card selected, as the list shows its beginning.
        let selected = |screen: &str| {
            screen
                .lines()
                .find_map(|l| l.split_once("▶ ").map(|(_, rest)| rest))
                .and_then(|rest| rest.split(['…', '┃']).next())
                .map(|s| s.trim().to_string())
        };
        // Moving down shows the card selected beside the list instead of the instructions;
        // a card that is a source shows the source, so go on to one written as text.
        let mut shown = selected(&screen).expect("a card selected");
        for _ in 0..c.cards.len() {
            term.send("j");
            screen = term.wait_until(10, "the next card", |s| {
                selected(s).is_some_and(|next| next != shown)
            });
            shown = selected(&screen).expect("a card selected");
            if !shown.starts_with("Source") {
                break;
            }
        }
        let card = c
            .cards
            .iter()
            .find(|k| k.text.starts_with(shown.as_str()))
            .expect("the selected card is one of the activity's");
        let panel = term.wait_for("Details", 10);
        let beside: String = panel
            .lines()
            .filter_map(|l| l.split('│').nth(1))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            words(&beside).contains(&words(&card.text)),
            "{size:?}: {:?} not in full beside the list:\n{panel}",
            card.text
        );
        quit(&mut term, size);
    }
}

#[test]
fn a_missed_point_is_asked_once_on_the_marks() {
    let at = position(|b| matches!(b, Body::Short(_)));
    let Body::Short(quiz) = &unit().activities[at].body else {
        unreachable!("found as a short")
    };
    let classwork::activity::QuestionAnswer::Written { keywords, .. } = &quiz.questions[0].answer
    else {
        unreachable!("a short answer is written")
    };
    let missed = keywords
        .iter()
        .find_map(|k| k.missed.clone())
        .expect("the first question says what a missed point asks");
    let start_of_it: String = missed.chars().take(20).collect();
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = as_ada(data.path(), size);
        open(&mut term, at, "answered");
        write(&mut term, "Napoleon invaded in 1812");
        term.wait_for("1 of", 10);
        submit(&mut term);
        let marks = term.wait_for(&start_of_it, 10);
        assert_eq!(
            marks.matches(&start_of_it).count(),
            1,
            "{size:?}: asked once\n{marks}"
        );
        quit(&mut term, size);
    }
}

#[test]
fn retrying_what_was_wrong_keeps_a_partly_right_follow_up_to_improve() {
    let at = position(|b| matches!(b, Body::Sort(_)));
    assert!(!unit().activities[at].follow_up.is_empty());
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = as_ada(data.path(), size);
        open(&mut term, at, "rows answered");
        term.send("]");
        term.wait_for("follow-up", 10);
        write(
            &mut term,
            "In 1920 Lenin hoped for a world revolution, as Source 2 shows.",
        );
        term.wait_for("s submit", 10);
        submit(&mut term);
        term.wait_for("Marks ·", 10);
        term.send("w");
        term.wait_for("rows answered", 10);
        term.send("]");
        let screen = term.wait_for("world", 10);
        assert!(screen.contains("In 1920 Lenin"), "{size:?}: kept\n{screen}");
        quit(&mut term, size);
    }
}
