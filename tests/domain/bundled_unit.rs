//! The bundled unit: it validates clean, its prepared copy is current, every source is used,
//! and a perfect answer sheet for each activity, written and read back with the teacher's
//! marks of it, scores full marks.
//!
//! After changing `activities/soviet-foreign-policy/` or the activity model, rewrite the
//! prepared copy with `UPDATE_BUNDLED=1 cargo test --test domain bundled_unit`.

use crate::common;

use std::path::Path;

use classwork::activity::Kind;
use classwork::diagnostic::{Style, render_all};
use classwork::load::load_path;
use classwork::scoring::{perfect_answer_with_sources, score_with_sources};

const UNIT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/activities/soviet-foreign-policy"
);

#[test]
fn the_unit_on_disk_validates_with_no_warnings() {
    let loaded = load_path(Path::new(UNIT));
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        render_all(&loaded.diagnostics, Style::Plain)
    );
    assert_eq!(loaded.units.len(), 1);
}

#[test]
fn the_copy_in_the_binary_is_the_unit_on_disk() {
    let embedded = classwork::bundled::default_unit();
    let disk = load_path(Path::new(UNIT));
    assert!(
        embedded.diagnostics.is_empty(),
        "{}",
        render_all(&embedded.diagnostics, Style::Plain)
    );
    assert_eq!(embedded.units, disk.units);
}

#[test]
fn the_prepared_copy_is_what_parsing_the_files_gives() {
    use classwork::bundled::{Prepared, parse_default_unit, prepare, prepared_is_current};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/bundled-unit.json");
    let fresh = prepare().expect("the bundled unit loads without a problem");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let same = |a: &str, b: &str| {
        let read = |t: &str| serde_json::from_str::<Prepared>(t).ok();
        matches!((read(a), read(b)), (Some(a), Some(b)) if a.fingerprint == b.fingerprint && a.files == b.files && a.unit == b.unit)
    };
    if !same(&committed, &fresh) {
        if std::env::var_os("UPDATE_BUNDLED").is_some_and(|v| !v.is_empty()) {
            std::fs::write(&path, format!("{fresh}\n")).expect("assets/ is writable");
            return;
        }
        panic!(
            "assets/bundled-unit.json is not what loading the bundled unit gives; rewrite it \
             with `UPDATE_BUNDLED=1 cargo test --test domain bundled_unit`"
        );
    }
    assert!(prepared_is_current());
    let parsed = parse_default_unit();
    assert_eq!(classwork::bundled::default_unit().units, parsed.units);
    assert_eq!(classwork::bundled::default_unit().files, parsed.files);
}

#[test]
fn every_kind_is_shown_and_every_source_used() {
    let loaded = load_path(Path::new(UNIT));
    let unit = &loaded.units[0];
    for kind in Kind::ALL {
        assert!(
            unit.activities.iter().any(|a| a.kind() == kind),
            "no `{}` activity",
            kind.name()
        );
    }
    assert!(
        unit.activities.len() >= 14,
        "the unit has {} activities",
        unit.activities.len()
    );
    for source in &unit.sources {
        assert!(
            unit.activities
                .iter()
                .any(|a| a.referenced_sources().contains(&source.id.as_str())),
            "no activity uses {}",
            source.id
        );
    }
}

#[test]
fn a_perfect_sheet_for_every_activity_scores_full_marks() {
    let loaded = load_path(Path::new(UNIT));
    let unit = &loaded.units[0];
    for activity in &unit.activities {
        let perfect = perfect_answer_with_sources(activity, &unit.sources);
        let read = common::class::through_sheet_and_marks(activity, &perfect);
        let score = score_with_sources(activity, &read, &unit.sources);
        assert!(
            (score.marks - activity.points).abs() < 1e-9 && score.max == activity.points,
            "{}: {} of {}\n{:#?}",
            activity.id,
            score.marks,
            activity.points,
            score
                .entries
                .iter()
                .filter(|e| e.marks <= 0.0)
                .collect::<Vec<_>>()
        );
        assert!(
            !score.is_provisional(),
            "{}: the teacher's marks file gives the perfect sheet its marks",
            activity.id
        );
    }
}

#[test]
fn the_keyword_groups_of_a_task_are_the_points_its_score_reports() {
    let loaded = load_path(Path::new(UNIT));
    let unit = &loaded.units[0];
    let mut keyed = 0;
    for activity in &unit.activities {
        let perfect = perfect_answer_with_sources(activity, &unit.sources);
        let score = score_with_sources(activity, &perfect, &unit.sources);
        // A written answer accepted whole (`accept`) reports no points.
        for task in score.tasks.iter().filter(|t| !t.points.is_empty()) {
            let groups = activity.body.keywords_of(&task.id);
            keyed += usize::from(!groups.is_empty());
            for g in groups {
                assert!(
                    task.points.iter().any(|p| *p.id == *g.id),
                    "{}: {} has no point {}",
                    activity.id,
                    task.id,
                    g.id
                );
            }
        }
        assert!(activity.body.keywords_of("no such task").is_empty());
    }
    assert!(keyed >= 5, "only {keyed} keyed tasks found");
}

#[test]
fn every_task_the_marker_scored_reads_back_from_a_full_answer() {
    use classwork::answer::summary::task_answer;
    let loaded = load_path(Path::new(UNIT));
    let unit = &loaded.units[0];
    for activity in &unit.activities {
        let perfect = perfect_answer_with_sources(activity, &unit.sources);
        let score = score_with_sources(activity, &perfect, &unit.sources);
        let teachers: Vec<String> = activity.markable().into_iter().map(|m| m.key).collect();
        for task in score
            .tasks
            .iter()
            .filter(|t| !teachers.contains(&t.id.to_string()))
        {
            let given = task_answer(activity, &perfect, &task.id);
            assert!(
                given.as_deref().is_some_and(|g| !g.trim().is_empty()),
                "{}: {} reads back as {given:?}",
                activity.id,
                task.id
            );
        }
    }
}
