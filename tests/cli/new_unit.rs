//! `classwork new unit` makes a unit that validates at once; filled with one activity of
//! each kind by `classwork new` it still has no error and no warning; every `#:schema`
//! line points at a schema `classwork schema` writes.

use std::path::Path;
use std::process::Command;

use classwork::activity::Kind;
use classwork::diagnostic::{Style, render_all};
use classwork::load::load_path;

fn classwork(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_classwork"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs classwork")
}

fn ok(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every `.toml` file of `dir` starts with a `#:schema` line naming a file that exists.
fn schema_lines_resolve(dir: &Path) {
    for entry in std::fs::read_dir(dir).expect("reads") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("reads");
            let first = text.lines().next().unwrap_or_default();
            let target = first.strip_prefix("#:schema ").expect("a #:schema line");
            assert!(dir.join(target).is_file(), "{}: {target}", path.display());
        }
    }
}

#[test]
fn a_new_unit_filled_with_every_kind_validates_cleanly() {
    let tmp = tempfile::tempdir().expect("temp dir");
    ok(&classwork(&["new", "unit", "courses/Week 3"], tmp.path()));
    let unit = tmp.path().join("courses/Week 3");
    let loaded = load_path(&unit);
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        render_all(&loaded.diagnostics, Style::Plain)
    );
    assert_eq!(loaded.units[0].id, "week-3");
    assert_eq!(loaded.units[0].activities.len(), 1);
    for kind in Kind::ALL {
        ok(&classwork(
            &["new", kind.name(), "--unit", "courses/Week 3"],
            tmp.path(),
        ));
    }
    let loaded = load_path(&unit);
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        render_all(&loaded.diagnostics, Style::Plain)
    );
    assert_eq!(loaded.units[0].activities.len(), Kind::ALL.len() + 1);
    schema_lines_resolve(&unit);
    // The schemas are written again where the lines point.
    std::fs::remove_dir_all(unit.join("schemas")).expect("removes");
    ok(&classwork(&["schema", "courses/Week 3"], tmp.path()));
    schema_lines_resolve(&unit);
    // A unit is never made over another.
    assert_eq!(
        classwork(&["new", "unit", "courses/Week 3"], tmp.path())
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        classwork(&["new", "unit"], tmp.path()).status.code(),
        Some(2)
    );
}

#[test]
fn check_points_at_the_starter_text_left_and_at_nothing_else() {
    let tmp = tempfile::tempdir().expect("temp dir");
    ok(&classwork(&["new", "unit", "week"], tmp.path()));
    for kind in Kind::ALL {
        ok(&classwork(
            &["new", kind.name(), "--unit", "week"],
            tmp.path(),
        ));
    }
    let said = |tmp: &Path| {
        let out = classwork(&["check", "week"], tmp);
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let first = said(tmp.path());
    let warnings: Vec<&str> = first.lines().filter(|l| l.starts_with("warning")).collect();
    assert!(!warnings.is_empty(), "{first}");
    assert!(
        warnings
            .iter()
            .all(|w| w.starts_with("warning[starter-text]")),
        "{first}"
    );
    // Every kind's starter has text still to write.
    for kind in Kind::ALL {
        assert!(
            first.contains(&format!("week/{}.toml:", kind.name())),
            "{}: {first}",
            kind.name()
        );
    }
    // Written over, the warnings go.
    for entry in std::fs::read_dir(tmp.path().join("week")).expect("the unit") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).expect("read");
            std::fs::write(&path, text.replace("Replace this with", "Here is")).expect("write");
        }
    }
    let after = said(tmp.path());
    assert!(!after.contains("warning"), "{after}");
}
