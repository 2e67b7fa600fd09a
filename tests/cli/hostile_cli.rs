//! Terminal injection through the command line: a unit, answer sheets, a hand-in and a
//! profile whose every text tries to set the window title (`ESC ]0;…BEL`), clear the screen
//! (`ESC [2J`), hide text (`ESC [8m`, U+202E) or start a control sequence (U+009B), run
//! through every command. Nothing of it may reach stdout or stderr raw, and HTML escapes it.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use classwork::activity::Activity;
use classwork::answer::sheet::{AnswerSheet, write_sheet};
use classwork::answer::{Answer, Response};
use classwork::load::load_path;
use classwork::teacher::{Manifest, write_handin};
use classwork::text::is_unsafe;
use common::hostile::{EVIL, unit_files};
use common::process::Reaped;

/// A sheet by the evil student, its answer full of `EVIL`.
fn sheet(activity: &Activity) -> String {
    let response = match activity.id.as_str() {
        "quiz" => Response::Choice([("q".to_string(), ["b".to_string()].into())].into()),
        _ => Response::Essay(format!("On trade: {EVIL}\n\n{EVIL}")),
    };
    let answer = Answer {
        response,
        ..Answer::default()
    };
    let mut sheet = AnswerSheet::new(activity, answer);
    sheet.student = Some(format!("Ada {EVIL}"));
    sheet.submitted = Some("2026-11-21T10:00:00Z".into());
    write_sheet(&sheet)
}

/// The unit, a folder of sheets and a class of one hand-in, in `temp`.
struct World {
    unit: PathBuf,
    sheets: PathBuf,
    class: PathBuf,
    data: PathBuf,
}

fn world(temp: &Path) -> World {
    // Even the folder's name is hostile: paths are printed too.
    let unit = temp.join("unit \u{1b}]0;pwned\u{7}");
    unit_files(&unit);
    let loaded = load_path(&unit);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let activities = &loaded.units[0].activities;
    let sheets = temp.join("sheets");
    std::fs::create_dir_all(&sheets).expect("made");
    let mut texts = Vec::new();
    for a in activities {
        let text = sheet(a);
        std::fs::write(sheets.join(format!("{}.toml", a.id)), &text).expect("written");
        texts.push((a.id.clone(), text));
    }
    let class = temp.join("class");
    let manifest = Manifest {
        student: format!("Ada {EVIL}"),
        unit: "evil".into(),
        exported_at: "2026-11-21T10:20:00Z".into(),
        classwork: env!("CARGO_PKG_VERSION").into(),
    };
    write_handin(&class.join("ada"), &manifest, &texts).expect("the hand-in");
    World {
        unit,
        sheets,
        class,
        data: temp.join("data"),
    }
}

/// Runs classwork with `args` and `input`; returns stdout and stderr as one text.
fn run(world: &World, args: &[&str], input: &str) -> String {
    let output = Reaped::spawn(
        Command::new(env!("CARGO_BIN_EXE_classwork"))
            .args(args)
            .env("CLASSWORK_DATA_DIR", &world.data)
            .env_remove("NO_COLOR")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .output_with(input.as_bytes());
    let code = output.status.code();
    assert!(
        matches!(code, Some(0..=2)),
        "`classwork {}` exited with {code:?}",
        args.join(" ")
    );
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    text
}

/// Fails when `out` holds a character that could drive a terminal; with `shows`, also
/// when it holds none of the hostile text (the command would test nothing).
fn assert_clean(args: &[&str], out: &str, shows: bool) {
    let bad: Vec<String> = out
        .chars()
        .filter(|c| is_unsafe(*c) || *c == '\r')
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    assert!(
        bad.is_empty(),
        "`classwork {}` printed {bad:?}:\n{out}",
        args.join(" ")
    );
    assert!(
        !shows || out.contains("pwned"),
        "`classwork {}` printed none of the hostile text, so tests nothing:\n{out}",
        args.join(" ")
    );
}

#[test]
fn no_command_prints_an_escape_sequence_from_a_file() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let w = world(temp.path());
    let unit = w.unit.to_string_lossy().into_owned();
    let sheets = w.sheets.to_string_lossy().into_owned();
    let class = w.class.to_string_lossy().into_owned();
    let essay = w.sheets.join("essay.toml").to_string_lossy().into_owned();
    let out = temp.path().join("hand-in").to_string_lossy().into_owned();
    let profile = format!("Eve {EVIL}");
    let commands: Vec<(Vec<&str>, &str)> = vec![
        (vec!["validate", &unit], ""),
        (vec!["validate", "--format", "json", &unit], ""),
        (vec!["list", &unit], ""),
        (vec!["check", &unit], ""),
        (vec!["check", "--format", "json", &unit], ""),
        (vec!["print", &unit], ""),
        (vec!["print", &unit, "--answers"], ""),
        (vec!["print", &unit, "--format", "html", "--answers"], ""),
        (vec!["grade", &unit, &sheets], ""),
        (vec!["grade", "--format", "json", &unit, &sheets], ""),
        (vec!["grade", "--format", "csv", &unit, &sheets], ""),
        (vec!["class", &class, "--unit", &unit], ""),
        (
            vec!["class", &class, "--unit", &unit, "--format", "csv"],
            "",
        ),
        (
            vec!["class", &class, "--unit", &unit, "--format", "json"],
            "",
        ),
        (
            vec!["class", &class, "--unit", &unit, "--format", "markdown"],
            "",
        ),
        (
            vec!["class", &class, "--unit", &unit, "--format", "html"],
            "",
        ),
        (vec!["export", "report", &unit, &essay], ""),
        (vec!["mark", &essay, "--unit", &unit], "3\n"),
        (vec!["mark", &essay, "--unit", &unit, "argument=2"], ""),
        (
            vec!["--plain", &unit, "--profile", &profile],
            "1\n2\ny\nq\n",
        ),
        (vec!["review", &unit, "--profile", &profile], ""),
        (vec!["store"], ""),
        (
            vec![
                "export",
                "answers",
                "--unit",
                "evil",
                "--out",
                &out,
                "--profile",
                &profile,
            ],
            "",
        ),
    ];
    for (args, input) in &commands {
        let printed = run(&w, args, input);
        // JSON of a unit with no problems names nothing from its files.
        let shows = !(args.contains(&"json") && matches!(args[0], "validate" | "check"));
        assert_clean(args, &printed, shows);
        if args.contains(&"html") {
            assert!(
                !printed.contains("<script>"),
                "HTML not escaped:\n{printed}"
            );
        }
    }
}
