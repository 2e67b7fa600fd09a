//! Plain mode in a real terminal: what it says is wrapped at word boundaries to the
//! terminal's width.

use crate::common;

use common::pty::Terminal;

#[test]
fn plain_mode_in_a_narrow_terminal_breaks_lines_between_words() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let data_dir = data.path().to_str().expect("a UTF-8 path");
    let mut term = Terminal::spawn(
        &["--plain", "--profile", "Ada"],
        &[("CLASSWORK_DATA_DIR", data_dir)],
        50,
        40,
    );
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
    for pair in intro.windows(2) {
        let (line, next) = (pair[0].trim_end(), pair[1].trim_start());
        let broken = line.ends_with(char::is_alphabetic)
            && next.starts_with(char::is_lowercase)
            && line.chars().count() >= 49;
        assert!(
            !broken,
            "a word is split across lines:\n{line}\n{next}\n\n{screen}"
        );
        assert!(line.chars().count() <= 50, "{line}");
    }
    term.send("q\r");
    term.kill();
}
