//! `classwork check` warns, at the word in the file, about accepted words that earn marks
//! for text making no point: common English words, words of the question itself, and
//! wildcards with a short or common stem.

use std::path::Path;
use std::process::Command;

const ACTIVITY: &str = r#"schema_version = 1
id = "why"
kind = "short"
title = "Why?"
instructions = "Answer in a sentence."

[[questions]]
id = "q"
prompt = "Why did Stalin sign a pact with Germany?"
points = 4
keywords = [
    { alternatives = ["time", "buy time"] },
    { alternatives = ["Germany", "Rapallo"] },
    { alternatives = ["deter*", "gen*"] },
    { alternatives = ["appease*"] },
]
"#;

fn check(dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(["check", "."])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("classwork runs");
    assert!(out.status.success(), "{out:?}");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn weak_keywords_are_warned_about_where_they_are_written() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("why.toml"), ACTIVITY).expect("the activity");
    let said = check(dir.path());
    let warned = |word: &str, line: usize| {
        let col = ACTIVITY
            .lines()
            .nth(line - 1)
            .unwrap()
            .find(&format!("\"{word}\""))
            .unwrap()
            + 1;
        let at = format!("why.toml:{line}:{col}");
        assert!(said.contains(&at), "{word} at {at}:\n{said}");
    };
    warned("time", 12);
    warned("Germany", 13);
    warned("deter*", 14);
    warned("gen*", 14);
    assert!(said.contains("“time” is a common English word"), "{said}");
    assert!(
        said.contains("“Germany” is in the question's own text"),
        "{said}"
    );
    assert!(
        said.contains("“deter*” also matches the common word “determined”"),
        "{said}"
    );
    assert!(
        said.contains("“gen*” has a stem of fewer than 4 letters"),
        "{said}"
    );
    for fine in ["buy time", "Rapallo", "appease*"] {
        assert!(!said.contains(&format!("“{fine}”")), "{fine}:\n{said}");
    }
    assert!(said.contains("4 warnings"), "{said}");
}
