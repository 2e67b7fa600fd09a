//! End to end: a short report written in the bundled "Report to Comrade Stalin" by keys in
//! a pseudo-terminal, left, reopened after quitting, submitted, and exported as Markdown.

#![cfg(feature = "tui")]

use crate::common;

use classwork::activity::Body;
use common::pty::{SIZES, Terminal, key};

/// Alt+↓ as xterm sends it: the next section, still writing.
const ALT_DOWN: &str = "\x1b[1;3B";

/// Starts classwork as Ada with the data in `dir` on a window of `size` and opens the
/// activity at `position`.
fn open_report(dir: &str, position: usize, (width, height): (u16, u16)) -> Terminal {
    let mut term = Terminal::spawn(
        &["--profile", "Ada"],
        &[("CLASSWORK_DATA_DIR", dir)],
        width,
        height,
    );
    term.wait_for("Activities", 20);
    for _ in 0..position {
        term.send("j");
    }
    term.send(key::ENTER);
    term
}

/// Where the bundled "Report to Comrade Stalin" stands in its unit.
fn report_position() -> usize {
    let unit = classwork::bundled::default_unit().units.remove(0);
    unit.activities
        .iter()
        .position(|a| a.id == "report_to_stalin")
        .expect("the bundled report")
}

#[test]
fn a_report_is_written_quit_reopened_submitted_and_exported() {
    for size in SIZES {
        written_quit_reopened_submitted_and_exported(size);
    }
}

fn written_quit_reopened_submitted_and_exported(size: (u16, u16)) {
    let unit = classwork::bundled::default_unit().units.remove(0);
    let position = report_position();
    let Body::Report(report) = &unit.activities[position].body else {
        panic!("a report")
    };
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let mut term = open_report(&dir, position, size);
    term.wait_for("Sections", 10);

    // The cover: up from the first section to "From", then on into the Introduction.
    term.send(key::UP);
    term.send(key::ENTER);
    term.send("A. Adviser, Narkomindel");
    term.send(key::ENTER);
    term.send("Comrade Stalin, war over Poland is close and both sides court us.");
    term.wait_for("12 words", 10);
    term.send(ALT_DOWN);
    term.send("Litvinov led us into the League of Nations, but the pacts were paper.");
    term.send(key::ESC);
    // The decision is the last part; then back up to the section that must argue it.
    for _ in 0..12 {
        term.send("j");
    }
    term.send("1");
    term.wait_for("(•) 1 Germany", 10);
    term.send("k");
    term.send(key::ENTER);
    term.send("Sign with Berlin at once, and keep talking to London.");
    term.send(key::ESC);
    term.wait_for("✓ Decision", 10);

    // Leave the report and quit; start classwork again and reopen it: every word is there.
    term.send(key::ESC);
    term.wait_for("Activities", 10);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));
    let mut term = open_report(&dir, position, size);
    // It opens where the student left off: the last section written, the recommendations.
    let reopened = ["Sign with Berlin", "A. Adviser", "3/9 written"];
    term.wait_until(10, &format!("{size:?}: {reopened:?}"), |screen| {
        reopened.iter().all(|text| screen.contains(text))
    });

    term.send("s");
    term.wait_for("Submit?", 10);
    term.send("y");
    let screen = term.wait_for("Total:", 10);
    assert!(screen.contains("Provisional"), "{screen}");
    term.send(key::ESC);
    term.wait_for("Activities", 10);
    term.send(key::ENTER);
    term.wait_for("Sections", 10);
    term.send("x");
    term.wait_for("Exported to", 10);
    term.send("q");
    assert_eq!(term.wait_exit(10), Some(0));

    let markdown = std::fs::read_to_string(data.path().join("report_to_stalin.md"))
        .expect("the report was exported");
    assert!(
        markdown.contains("From: A. Adviser, Narkomindel"),
        "{markdown}"
    );
    let mut at = 0;
    for heading in report
        .sections
        .iter()
        .map(|s| &*s.heading)
        .chain(["Decision"])
    {
        let line = format!("\n## {heading}\n");
        let found = markdown[at..].find(&line);
        assert!(
            found.is_some(),
            "{line:?} missing or out of order in\n{markdown}"
        );
        at += found.unwrap_or(0) + line.len();
    }
    assert!(markdown.contains("League of Nations"), "{markdown}");
    assert!(markdown.ends_with("Decision: Germany\n"), "{markdown}");
    let store = classwork::store::Store::open_in(data.path()).expect("the progress database");
    let ada = store.profile("Ada").expect("Ada");
    let attempts = store
        .attempts(&ada, "soviet-foreign-policy", "report_to_stalin")
        .expect("attempts");
    let sheet = &attempts.last().expect("the submitted sheet").answer;
    assert!(sheet.contains("decision = \"germany\""), "{sheet}");
}

#[test]
fn words_typed_in_the_report_survive_the_process_being_killed() {
    let position = report_position();
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let mut term = open_report(&dir, position, (100, 30));
    term.wait_for("Sections", 10);
    term.send(key::ENTER);
    term.send("Both camps are courting Moscow this summer.");
    term.wait_for("7 words", 10);
    // Still writing, with no key pressed for longer than the autosave waits.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    term.kill();
    let term = open_report(&dir, position, (100, 30));
    let screen = term.wait_for("Both camps are courting Moscow", 10);
    assert!(screen.contains("Introduction"), "{screen}");
}

/// Text pasted into a section arrives whole (bracketed paste): its line breaks start new
/// lines and its letters are typed, where as keys `q` or `s` would have been commands; a
/// paste outside a text box does nothing at all.
#[test]
fn text_pasted_into_a_section_is_typed_and_a_paste_elsewhere_is_ignored() {
    let position = report_position();
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let mut term = open_report(&dir, position, (100, 30));
    term.wait_for("Sections", 10);
    // Between sections, a paste of command letters changes nothing.
    term.send("\x1b[200~qsx\x1b[201~");
    term.send(key::ENTER);
    term.send("\x1b[200~Stalin squeezes both sides.\r\nquite so\x1b[201~");
    term.wait_for("quite so", 10);
    let screen = term.wait_for("6 words", 10);
    assert!(screen.contains("Stalin squeezes both sides."), "{screen}");
    assert!(!screen.contains("Quit"), "{screen}");
}

/// A long paste lands at once and whole: one insertion, however long the text (typed as
/// keys one by one, 30,000 characters took over ten seconds).
#[test]
fn a_long_paste_lands_whole_at_once() {
    let position = report_position();
    let data = tempfile::tempdir().expect("a temp dir");
    let dir = data.path().to_string_lossy().to_string();
    let mut term = open_report(&dir, position, (100, 30));
    term.wait_for("Sections", 10);
    term.send(key::ENTER);
    let text = format!("{}finis", "Molotov ".repeat(3750));
    assert!(text.chars().count() > 30_000);
    term.send(&format!("\x1b[200~{text}\x1b[201~"));
    let screen = term.wait_for("3751 words", 5);
    assert!(screen.contains("finis"), "{screen}");
}
