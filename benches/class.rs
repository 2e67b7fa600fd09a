//! How long `classwork class` takes over a large class and over a class of 30.
//!
//! `class_command_1000_hand_ins` runs the command as a teacher does, over 1,000 hand-in
//! folders of the bundled unit (15 answer sheets each, 15,000 files): `classwork class DIR`,
//! a process of its own each time, which starts, loads the bundled unit, reads and scores
//! every sheet, and prints the report (gradebook, item analysis, sort heat maps, order
//! positions) to `/dev/null`. Target: under 1 s. `class_command_30_hand_ins` does the same
//! for a class of 30 (450 files). Target: under 100 ms.
//!
//! `class_1000_hand_ins` times the same work as library calls in this process, without
//! starting a process or printing: reading and scoring the class, the gradebook, item
//! analysis, heat maps and order positions.
//!
//! Each student answers each activity perfectly (four times in five) or emptily, by a fixed
//! pattern; as in a real hand-in, no sheet carries a teacher's marks. The classes are written once to a temporary folder
//! before the benchmarks run. Run with `cargo bench --bench class`; figures are recorded in
//! BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use classwork::activity::Unit;
use classwork::answer::sheet::{AnswerSheet, write_sheet};
use classwork::answer::{Answer, Response};
use classwork::scoring::perfect_answer_with_sources;
use classwork::teacher::{
    Manifest, gradebook, item_analysis, order_positions, read_class, sort_heat_maps, write_handin,
};

/// Students in the large class.
const STUDENTS: usize = 1000;

/// Students in a class of the usual size.
const CLASS_SIZE: usize = 30;

/// Where the large class and the class of 30 were written.
static CLASSES: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();

fn unit() -> Unit {
    classwork::bundled::default_unit()
        .units
        .into_iter()
        .next()
        .expect("the bundled unit loads")
}

fn write_class(root: &Path, unit: &Unit, students: usize) {
    for n in 0..students {
        let student = format!("Student {n:04}");
        let sheets: Vec<(String, String)> = unit
            .activities
            .iter()
            .enumerate()
            .map(|(i, a)| {
                // A hand-in carries no teacher's marks (those live in the class's
                // `marks.toml`), as `classwork export answers` writes it.
                let mut answer = match (n * 7 + i * 3) % 5 {
                    0..=3 => Answer {
                        teacher: Default::default(),
                        ..perfect_answer_with_sources(a, &unit.sources)
                    },
                    _ => Answer {
                        response: Response::empty_for(a),
                        ..Answer::default()
                    },
                };
                if n % 4 == 0 {
                    answer.follow_up.clear();
                }
                let sheet = AnswerSheet {
                    student: Some(student.clone()),
                    submitted: Some("2026-11-20T09:00:00Z".into()),
                    ..AnswerSheet::new(a, answer)
                };
                (a.id.clone(), write_sheet(&sheet))
            })
            .collect();
        let manifest = Manifest {
            student,
            unit: unit.id.clone(),
            exported_at: "2026-11-21T10:00:00Z".into(),
            classwork: "0.1.0".into(),
        };
        write_handin(&root.join(format!("s{n:04}")), &manifest, &sheets).expect("writes");
    }
}

fn main() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let (large, small) = (temp.path().join("large"), temp.path().join("small"));
    let unit = unit();
    write_class(&large, &unit, STUDENTS);
    write_class(&small, &unit, CLASS_SIZE);
    // A class is read long after it was copied in: write the files out to the disk now, so
    // the kernel's write-back does not run during the timed reads. Where there is no
    // `sync` command the timings are only noisier.
    let _ = Command::new("sync").status();
    CLASSES.get_or_init(|| (large, small));
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn class_1000_hand_ins(bencher: divan::Bencher) {
    let unit = unit();
    let (dir, _) = CLASSES.get().expect("written in main");
    bencher.bench_local(|| {
        let class = read_class(dir, &unit);
        assert_eq!(class.hand_ins.len(), STUDENTS);
        let book = gradebook(&class, &unit);
        let items = item_analysis(&class, &unit);
        let maps = sort_heat_maps(&class, &unit);
        let orders = order_positions(&class, &unit);
        (class, book, items, maps, orders)
    });
}

/// Runs `classwork class DIR` as a teacher does: not a terminal, so the report is printed
/// rather than browsed.
fn run_command(dir: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_classwork"))
        .arg("class")
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("classwork runs");
    assert!(status.success(), "classwork class failed: {status}");
}

#[divan::bench(sample_count = 10)]
fn class_command_1000_hand_ins(bencher: divan::Bencher) {
    let (dir, _) = CLASSES.get().expect("written in main");
    bencher.bench_local(|| run_command(dir));
}

#[divan::bench(sample_count = 20)]
fn class_command_30_hand_ins(bencher: divan::Bencher) {
    let (_, dir) = CLASSES.get().expect("written in main");
    bencher.bench_local(|| run_command(dir));
}
