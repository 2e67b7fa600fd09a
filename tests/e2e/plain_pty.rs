//! Plain mode in a real terminal, at each window size: the name asked once and remembered,
//! a one-line answer ended by Enter and a long one by a line with only `.`, work left
//! unsubmitted listed "in progress" and shown when resumed (Enter keeps it), options
//! shuffled by the seed, and everything wrapped at word boundaries to the window.

use crate::common;

use std::collections::HashSet;
use std::path::Path;

use common::pty::{SIZES, Terminal};

/// Starts plain mode on a window of `size` with its progress in `data`.
fn plain(data: &Path, args: &[&str], (width, height): (u16, u16)) -> Terminal {
    let dir = data.to_str().expect("a UTF-8 path");
    let mut all = vec!["--plain"];
    all.extend_from_slice(args);
    Terminal::spawn(&all, &[("CLASSWORK_DATA_DIR", dir)], width, height)
}

/// Where the bundled unit lists its first activity of `kind`, from 1 as plain mode numbers.
fn number(kind: &str) -> String {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let at = unit
        .activities
        .iter()
        .position(|a| a.kind().name() == kind)
        .expect("the bundled unit has one");
    (at + 1).to_string()
}

/// Every word the bundled unit and plain mode's own messages use, lowercased.
fn known_words() -> HashSet<String> {
    fn read(dir: &Path, words: &mut HashSet<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                read(&path, words);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                words.extend(
                    text.split(|c: char| !c.is_alphanumeric())
                        .map(str::to_lowercase),
                );
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut words = HashSet::new();
    for dir in ["activities/soviet-foreign-policy", "src/plain", "src/cli"] {
        read(&root.join(dir), &mut words);
    }
    words
}

/// Asserts that no line of `screen` is wider than `width`, and that where a line ends in a
/// word and the next begins with one, both are whole words (a word broken in two leaves
/// pieces that are not words: "internatio" and "nal").
fn wrapped_between_words(screen: &str, width: usize, known: &HashSet<String>) {
    let lines: Vec<&str> = screen.lines().map(str::trim_end).collect();
    for line in &lines {
        assert!(line.chars().count() <= width, "{line}");
    }
    for pair in lines.windows(2) {
        let last = pair[0].rsplit(|c: char| !c.is_alphanumeric()).next();
        let first = pair[1]
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next();
        if let (Some(last), Some(first)) = (last, first)
            && !last.is_empty()
            && !first.is_empty()
        {
            let whole = |w: &str| known.contains(&w.to_lowercase());
            assert!(
                whole(last) && whole(first),
                "a word is split across lines:\n{}\n{}\n\n{screen}",
                pair[0],
                pair[1]
            );
        }
    }
}

#[test]
fn plain_mode_remembers_the_name_ends_answers_plainly_and_resumes_what_is_saved() {
    let short = number("short");
    let essay = number("essay");
    let known = known_words();
    for size in SIZES {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = plain(data.path(), &[], size);
        term.wait_for("What is your name?", 20);
        term.send("Grace\r");
        term.wait_for("Type an activity number", 10);

        // A one-line answer ends with Enter; the rest are left empty and not submitted.
        term.send(&format!("{short}\r"));
        let screen = term.wait_for("Question 1 of", 10);
        wrapped_between_words(&screen, size.0 as usize, &known);
        term.send("Tsarist Russia\r");
        term.wait_for("Answer to question 1 recorded", 10);
        let mut screen = term.wait_for("Question 2 of", 10);
        while !screen.contains("Submit your answers?") {
            term.send("\r");
            std::thread::sleep(std::time::Duration::from_millis(100));
            screen = term.screen();
        }
        term.send("n\r");
        term.wait_for("Type an activity number", 10);
        // The list printed again (scrolled past on a short window), its lines joined.
        let said = String::from_utf8_lossy(&term.output()).to_string();
        let list = said.rsplit("Not submitted").next().unwrap_or_default();
        let list = list.split_whitespace().collect::<Vec<_>>().join(" ");
        let entry = list
            .split(&format!(" {short}. "))
            .nth(1)
            .and_then(|rest| rest.split(')').nth(1))
            .unwrap_or_default();
        assert!(entry.starts_with(", in progress"), "{size:?}:\n{list}");

        // A long answer ends with a line of only `.`.
        term.send(&format!("{essay}\r"));
        term.wait_for("End it with a line containing only .", 10);
        term.send("Stalin chose Germany\r");
        term.send("because it offered peace\r");
        term.send(".\r");
        term.wait_for("Essay recorded (7 words)", 10);
        term.send("n\r");
        term.wait_for("Type an activity number", 10);
        term.send("q\r");
        assert_eq!(term.wait_exit(10), Some(0), "{size:?}");

        // The next launch does not ask the name; resuming shows the saved answer and Enter
        // keeps it.
        let mut term = plain(data.path(), &[], size);
        term.wait_for("Type an activity number", 20);
        let said = String::from_utf8_lossy(&term.output()).to_string();
        assert!(!said.contains("What is your name?"), "{size:?}: {said}");
        assert!(said.contains("Grace"), "{size:?}: {said}");
        term.send(&format!("{short}\r"));
        term.wait_for("Saved answer: Tsarist Russia", 10);
        term.send("\r");
        term.wait_for("Question 2 of", 10);
        let mut screen = term.screen();
        while !screen.contains("Submit your answers?") {
            term.send("\r");
            std::thread::sleep(std::time::Duration::from_millis(100));
            screen = term.screen();
        }
        term.send("y\r");
        term.wait_for("Type an activity number", 10);
        term.send("q\r");
        assert_eq!(term.wait_exit(10), Some(0), "{size:?}");
        let store = classwork::store::Store::open_in(data.path()).expect("the database");
        let grace = store.profile("Grace").expect("Grace");
        let attempts = store
            .attempts(&grace, "soviet-foreign-policy", "stalin_parallels")
            .unwrap_or_default();
        let sheet = &attempts.last().expect("submitted").answer;
        assert!(sheet.contains("Tsarist Russia"), "{size:?}: kept\n{sheet}");
    }
}

#[test]
fn plain_mode_options_follow_the_seed() {
    let choice = number("choice");
    let options = |seed: &str| {
        let data = tempfile::tempdir().expect("a temporary folder");
        let mut term = plain(
            data.path(),
            &["--profile", "Ada", "--seed", seed],
            (100, 30),
        );
        term.wait_for("Type an activity number", 20);
        term.send(&format!("{choice}\r"));
        let screen = term.wait_for("Question 1 of", 10);
        term.kill();
        screen
            .lines()
            .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let orders: Vec<Vec<String>> = ["1", "2", "3", "4"].into_iter().map(options).collect();
    assert!(orders.iter().all(|o| o.len() >= 3), "{orders:?}");
    assert!(
        orders.iter().any(|o| o != &orders[0]),
        "the options stand in one order whatever the seed: {orders:?}"
    );
}

#[test]
fn plain_mode_in_a_narrow_terminal_breaks_lines_between_words() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut term = plain(data.path(), &["--profile", "Ada"], (50, 40));
    term.wait_for("Type an activity number", 20);
    term.send("2\r");
    let screen = term.wait_for("Type your answer", 20);
    // The grid's introduction is several sentences long: at 50 columns it fills many lines,
    // and none of them ends in the middle of a word that the next line finishes.
    let intro: Vec<&str> = screen
        .lines()
        .skip_while(|l| !l.contains("Commissars for Foreign Affairs"))
        .take_while(|l| !l.contains("Type your answer"))
        .collect();
    assert!(intro.len() > 8, "{screen}");
    wrapped_between_words(&intro.join("\n"), 50, &known_words());
    term.send("q\r");
    term.kill();
}
