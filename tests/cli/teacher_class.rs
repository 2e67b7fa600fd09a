//! A generated class of 30 hand-in folders of the bundled unit — 27 students in three
//! designed groups, a second hand-in by one student (the teacher chose the other in the
//! marks file, which also holds group A's essay marks), a bad manifest, a hand-in of another unit, a
//! broken sheet and a stray file — read, scored and analysed, against values worked out
//! by hand below.
//!
//! The groups (9 students each; the unit's 15 activities are worth 375 marks, of which
//! `balance_of_power` is 12, and the seven activities in [`SEVEN`] 16+32+4+23+19+29+35 = 158):
//!
//! - **A** (Students 01–09): every activity but `balance_of_power` answered perfectly
//!   (375 − 12 = 363 marks);
//! - **B** (Students 10–18): the seven activities perfectly (158), the others handed in
//!   empty;
//! - **C** (Students 19–27): everything handed in empty except `final_essay`, written
//!   perfectly but not yet marked by the teacher: its keywords earn 42 − 30 = 12
//!   automatically, and the rubric's 12 + 9 + 6 + 3 = 30 wait for the teacher;
//!   `stalin_parallels` is not handed in at all.
//!
//! In `balance_of_power` only two questions (1 mark each) are answered: `thesis` — A wrong,
//! B and C right (a question that looks keyed wrongly) — and `definition` — A and B right,
//! C wrong. So the totals are A 363 + 0 + 1 = 364, B 158 + 1 + 1 = 160, C 12 + 1 + 0 = 13.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use classwork::activity::Unit;
use classwork::answer::{Answer, Response};
use classwork::scoring::perfect_answer_with_sources;
use classwork::teacher::heatmap::KeyMark;
use classwork::teacher::items::Flag;
use classwork::teacher::{
    Keep, Manifest, gradebook, item_analysis, order_positions, read_class, read_class_keeping,
    sort_heat_maps, xapi,
};
use common::class::choice;

/// The activities group B answers perfectly: the first seven files of the unit.
const SEVEN: [&str; 7] = [
    "aims",
    "commissars",
    "factors",
    "britain_germany",
    "comintern",
    "spain",
    "germany_or_allies",
];

fn unit() -> Unit {
    classwork::bundled::default_unit()
        .units
        .into_iter()
        .next()
        .expect("the bundled unit loads")
}

/// The answer of a student of `group` (`'A'`, `'B'` or `'C'`) to an activity; `None`
/// when the activity is not handed in.
fn answer(unit: &Unit, group: char, activity: &str) -> Option<Answer> {
    let a = unit.activity(activity).expect("activity");
    let perfect = || perfect_answer_with_sources(a, &unit.sources);
    let empty = || Answer {
        response: Response::empty_for(a),
        ..Answer::default()
    };
    Some(match (group, activity) {
        ('A', "balance_of_power") => {
            choice(&[("thesis", "revolution"), ("definition", "offsetting")])
        }
        ('B', "balance_of_power") => {
            choice(&[("thesis", "avoid_war"), ("definition", "offsetting")])
        }
        ('C', "balance_of_power") => {
            choice(&[("thesis", "avoid_war"), ("definition", "equal_arms")])
        }
        ('A', _) => perfect(),
        ('B', a) if SEVEN.contains(&a) => perfect(),
        ('C', "final_essay") => Answer {
            teacher: BTreeMap::new(),
            ..perfect()
        },
        ('C', "stalin_parallels") => return None,
        _ => empty(),
    })
}

fn hand_in(dir: &Path, unit: &Unit, student: &str, group: char, exported_at: &str) {
    common::class::hand_in(dir, unit, student, exported_at, |a| {
        answer(unit, group, &a.id)
    });
}

fn group_of(n: usize) -> char {
    match n {
        1..=9 => 'A',
        10..=18 => 'B',
        _ => 'C',
    }
}

/// Writes the class: 27 students, a duplicate, a bad manifest, another unit's hand-in, a
/// broken sheet and a stray file.
fn generate(root: &Path, unit: &Unit) {
    for n in 1..=27 {
        let student = format!("Student {n:02}");
        hand_in(
            &root.join(format!("s{n:02}")),
            unit,
            &student,
            group_of(n),
            "2026-11-21T10:00:00Z",
        );
    }
    // An older hand-in by Student 05, all empty: left out, as the teacher chose the other
    // in the marks file.
    hand_in(
        &root.join("s05-first-try"),
        unit,
        "student 05",
        'C',
        "2026-11-21T09:59:59+00:00",
    );
    let marks = root.join("marks.toml");
    let mut text = std::fs::read_to_string(&marks).expect("group A's essays are marked");
    text.push_str("\n[hand_ins.\"Student 05\"]\nfolder = \"s05\"\n");
    std::fs::write(&marks, text).expect("write");
    let bad = root.join("bad-manifest");
    std::fs::create_dir_all(&bad).expect("mkdir");
    std::fs::write(
        bad.join("handin.toml"),
        "schema_version = 1\nstudent = \"Nobody\"\n",
    )
    .expect("write");
    let other = root.join("other-unit");
    std::fs::create_dir_all(&other).expect("mkdir");
    let manifest = Manifest {
        student: "Student 99".into(),
        unit: "early-railways".into(),
        exported_at: "2026-11-21T10:00:00Z".into(),
        classwork: "0.1.0".into(),
    };
    std::fs::write(other.join("handin.toml"), manifest.to_toml()).expect("write");
    std::fs::write(root.join("s02").join("junk.toml"), "this is = not [toml").expect("write");
    std::fs::write(root.join("notes.txt"), "remember to mark the essays").expect("write");
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn a_generated_class_matches_the_hand_worked_values() {
    let unit = unit();
    let dir = tempfile::tempdir().expect("tempdir");
    generate(dir.path(), &unit);
    let class = read_class(dir.path(), &unit);

    // 30 folders; 27 students kept.
    assert_eq!(class.hand_ins.len(), 27);
    let codes: Vec<&str> = class.diagnostics.iter().map(|d| d.code).collect();
    for code in ["duplicate-hand-in", "other-unit", "foreign-file"] {
        assert!(codes.contains(&code), "no {code} in {codes:?}");
    }
    assert!(codes.len() >= 5, "{codes:?}");
    let s05 = class
        .hand_ins
        .iter()
        .find(|h| h.manifest.student == "Student 05")
        .expect("kept");
    assert_eq!(s05.manifest.exported_at, "2026-11-21T10:00:00Z");

    // The gradebook: the totals of each group, and the essays awaiting the teacher.
    let book = gradebook(&class, &unit);
    assert_eq!(book.max, 375.0);
    assert_eq!(book.columns.len(), 15);
    let essay = book
        .columns
        .iter()
        .position(|c| c.id == "final_essay")
        .expect("column");
    let parallels = book
        .columns
        .iter()
        .position(|c| c.id == "stalin_parallels")
        .expect("column");
    for (n, row) in book.rows.iter().enumerate() {
        let n = n + 1;
        assert_eq!(row.student, format!("Student {n:02}"));
        let expected = match group_of(n) {
            'A' => 364.0,
            'B' => 160.0,
            _ => 13.0,
        };
        assert!(
            close(row.total, expected),
            "{}: {} ≠ {expected}",
            row.student,
            row.total
        );
        if group_of(n) == 'C' {
            let cell = row.cells[essay].expect("handed in");
            assert!(
                close(cell.marks, 12.0) && close(cell.awaiting_teacher, 30.0),
                "{cell:?}"
            );
            assert_eq!(row.provisional, vec!["final_essay".to_string()]);
            assert_eq!(row.cells[parallels], None);
        } else {
            assert!(row.provisional.is_empty(), "{row:?}");
        }
    }

    // Item analysis. Nine students per group behave alike, so each statistic is that of
    // three points (one per group) with equal weights.
    let items = item_analysis(&class, &unit);
    let item = |task: &str| {
        items
            .iter()
            .find(|i| i.activity == "balance_of_power" && i.task == task)
            .expect("item")
    };
    // `thesis`: x = (0, 1, 1) for A, B, C; facility = 18 / 27 = 2/3. Rest of the test
    // X = T − x = (364, 159, 12); x̄ = 2/3, X̄ = 535/3.
    // Σ(x − x̄)(X − X̄) = [(−2)(557) + (1)(−58) + (1)(−499)] / 9 = −1671/9
    // Σ(x − x̄)² = (4 + 1 + 1)/9 = 6/9; Σ(X − X̄)² = (557² + 58² + 499²)/9 = 562614/9
    // r = −1671 / √(6 · 562614) = −1671 / √3375684 ≈ −0.9095.
    let thesis = item("thesis");
    assert_eq!(thesis.n, 27);
    assert_eq!(thesis.what, "question");
    assert!(close(thesis.facility.expect("facility"), 2.0 / 3.0));
    let expected = -1671.0 / 3_375_684f64.sqrt();
    assert!(
        close(thesis.discrimination.expect("defined"), expected),
        "{thesis:?}"
    );
    assert!((expected + 0.9095).abs() < 1e-4);
    assert_eq!(thesis.flags, vec![Flag::NegativeDiscrimination]);
    assert!(close(thesis.upper_facility.expect("upper"), 0.0));

    // `definition`: x = (1, 1, 0); X = (363, 159, 13); X̄ = 535/3.
    // Σ(x − x̄)(X − X̄) = [(1)(554) + (1)(−58) + (−2)(−496)] / 9 = 1488/9
    // Σ(X − X̄)² = (554² + 58² + 496²)/9 = 556296/9
    // r = 1488 / √(6 · 556296) = 1488 / √3337776 ≈ 0.8145.
    let definition = item("definition");
    assert!(close(definition.facility.expect("facility"), 2.0 / 3.0));
    let expected = 1488.0 / 3_337_776f64.sqrt();
    assert!(
        close(definition.discrimination.expect("defined"), expected),
        "{definition:?}"
    );
    assert!((expected - 0.8145).abs() < 1e-4);
    assert!(definition.flags.is_empty());

    // `rapallo`: no one answered it. Facility 0, for the strongest third too; no
    // variation, so no discrimination.
    let rapallo = item("rapallo");
    assert!(close(rapallo.facility.expect("facility"), 0.0));
    assert_eq!(rapallo.discrimination, None);
    assert_eq!(rapallo.flags, vec![Flag::StrongStudentsFail]);

    // The essay's rubric awaits the teacher for all of C, so only A's 9 marks and B's 9
    // empty essays (nothing written earns 0 and awaits no one) count: n = 18.
    let judgement = items
        .iter()
        .filter(|i| i.activity == "final_essay" && i.what == "criterion")
        .map(|i| i.n)
        .collect::<Vec<_>>();
    assert!(
        !judgement.is_empty() && judgement.iter().all(|&n| n == 18),
        "{judgement:?}"
    );

    // The sort heat map: A and B tick exactly the right columns, C nothing.
    let maps = sort_heat_maps(&class, &unit);
    let aims = maps.iter().find(|m| m.activity == "aims").expect("aims");
    assert_eq!(aims.students, 27);
    for row in &aims.rows {
        for cell in &row.cells {
            let expected = if cell.key == KeyMark::Right { 18 } else { 0 };
            assert_eq!(cell.ticked, expected, "{}: {cell:?}", row.id);
        }
    }

    // Average positions: A and B give the key's order, C nothing.
    let orders = order_positions(&class, &unit);
    let factors = orders
        .iter()
        .find(|p| p.activity == "factors")
        .expect("factors");
    assert_eq!(factors.students, 27);
    for item in &factors.items {
        assert_eq!(item.placed, 18);
        if let (Some(mean), Some((lo, hi))) = (item.mean, item.key) {
            assert!(mean >= lo as f64 && mean <= hi as f64, "{item:?}");
        }
    }

    // xAPI: one statement per sheet; C's essays are `completed`, not `scored`.
    let statements = xapi::statements(&class, &unit);
    let all = statements.as_array().expect("array");
    // 27 × 15 sheets, less C's 9 missing `stalin_parallels`.
    assert_eq!(all.len(), 27 * 15 - 9);
    let essay_c = all
        .iter()
        .find(|s| {
            s["actor"]["name"] == "Student 19"
                && s["object"]["id"]
                    == "https://classwork.invalid/activities/soviet-foreign-policy/final_essay"
        })
        .expect("statement");
    assert_eq!(essay_c["verb"]["id"], xapi::COMPLETED);
    assert_eq!(essay_c["result"]["score"]["raw"], 12.0);
    assert_eq!(essay_c["result"]["score"]["max"], 42.0);
    assert_eq!(essay_c["timestamp"], "2026-11-20T09:00:00Z");
}

#[test]
fn the_class_command_reports_and_writes_csv_and_xapi() {
    let unit = unit();
    let dir = tempfile::tempdir().expect("tempdir");
    generate(dir.path(), &unit);
    let xapi_file = dir.path().join("statements.json");
    let out = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .arg("class")
        .arg(dir.path())
        .args(["--format", "csv", "--xapi"])
        .arg(&xapi_file)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    // A bad manifest is an error: reported, left out, and the exit status says so.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("duplicate-hand-in"), "{stderr}");
    let csv = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 28, "{csv}");
    assert!(
        lines[0].starts_with("Student,aims,commissars,"),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with(",Total,Needs marking"));
    assert!(
        lines[1].starts_with("Student 01,16,32,4,19,15,23,17,29,35,28,53,27,1,23,42,364,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[27].starts_with("Student 27,0,0,0,0,,0,0,0,0,0,0,0,1,0,12,13,final_essay"),
        "{}",
        lines[27]
    );
    let statements: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&xapi_file).expect("written")).expect("json");
    assert_eq!(statements.as_array().map(Vec::len), Some(27 * 15 - 9));
}

#[test]
fn hand_ins_are_found_in_folders_of_folders_to_four_levels() {
    let temp = tempfile::tempdir().expect("a temp dir");
    let root = temp.path();
    let unit = unit();
    // Levels 1, 2 and 4 are read; level 5 is beyond the search.
    hand_in(
        &root.join("s01"),
        &unit,
        "Student 01",
        'A',
        "2026-11-21T10:00:00Z",
    );
    hand_in(
        &root.join("p1/s02"),
        &unit,
        "Student 02",
        'B',
        "2026-11-21T10:00:00Z",
    );
    let deep = root.join("p2/a/b/s03");
    hand_in(&deep, &unit, "Student 03", 'C', "2026-11-21T10:00:00Z");
    // Too deep to be read (and with no teacher's marks, so no marks file beside it).
    let deeper = root.join("p2/a/b/c/s04");
    hand_in(&deeper, &unit, "Student 04", 'C', "2026-11-21T10:00:00Z");
    // A folder called `handin.toml` does not make a hand-in: the sheet beside it belongs
    // to none.
    std::fs::create_dir_all(root.join("p3/handin.toml")).expect("mkdir");
    std::fs::copy(deep.join("aims.toml"), root.join("p3/aims.toml")).expect("copied");
    // A problem finding hand-ins is reported before a problem reading one, whatever their
    // folders' order.
    std::fs::write(root.join("p1/s02/junk.toml"), "not = [toml").expect("written");
    std::fs::write(root.join("p4.txt"), "notes").expect("written");

    let class = read_class(root, &unit);
    let students: Vec<&str> = class
        .hand_ins
        .iter()
        .map(|h| h.manifest.student.as_str())
        .collect();
    assert_eq!(students, ["Student 01", "Student 02", "Student 03"]);
    let problems: Vec<(&str, String)> = class
        .diagnostics
        .iter()
        .map(|d| {
            let shown = d.message.replace(&root.display().to_string(), "");
            (d.code, shown)
        })
        .collect();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert_eq!(problems[0].0, "foreign-file");
    assert!(problems[0].1.contains("`/p3/aims.toml`"), "{problems:#?}");
    assert_eq!(problems[1].0, "foreign-file");
    assert!(problems[1].1.contains("`/p4.txt`"), "{problems:#?}");
    assert_eq!(problems[2].0, "syntax");
}

#[test]
fn a_class_read_without_texts_reports_the_same() {
    let unit = unit();
    let dir = tempfile::tempdir().expect("tempdir");
    generate(dir.path(), &unit);
    let whole = read_class(dir.path(), &unit);
    let lean = read_class_keeping(dir.path(), &unit, Keep::NoTexts);
    assert_eq!(gradebook(&lean, &unit), gradebook(&whole, &unit));
    assert_eq!(item_analysis(&lean, &unit), item_analysis(&whole, &unit));
    assert_eq!(sort_heat_maps(&lean, &unit), sort_heat_maps(&whole, &unit));
    assert_eq!(
        order_positions(&lean, &unit),
        order_positions(&whole, &unit)
    );
    assert_eq!(
        xapi::statements(&lean, &unit),
        xapi::statements(&whole, &unit)
    );
    assert_eq!(lean.diagnostics, whole.diagnostics);
    // The texts are what is left out: the final essays, written in full, are empty.
    let essay = |class: &classwork::teacher::Class| -> usize {
        class
            .hand_ins
            .iter()
            .filter_map(|h| h.sheet("final_essay"))
            .map(|s| match &s.sheet.answer.response {
                Response::Essay(text) => text.len(),
                _ => 0,
            })
            .sum()
    };
    assert!(essay(&whole) > 0);
    assert_eq!(essay(&lean), 0);
}
