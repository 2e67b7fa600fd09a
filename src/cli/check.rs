//! `classwork check`: everything `validate` does, warnings about weak keywords (see
//! [`crate::teacher::lint`]), then a dry run of every activity that loaded: the perfect answer built from the key must earn full marks, the marks an empty
//! answer gets are shown, and the activity is printed as the student will see it.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{Map, Value, json};

use super::DiagnosticFormat;
use super::validate::Checked;
use crate::activity::{Activity, Unit};
use crate::answer::Answer;
use crate::scoring::{perfect_answer_with_sources, score_with_sources};
use crate::teacher::doc::{Doc, plain};
use crate::teacher::lint::weak_keywords;
use crate::teacher::worksheet::activity_blocks;
use crate::text::clean;
use crate::text::fmt_marks;

/// What the dry run found for one activity.
struct DryRun {
    id: String,
    kind: &'static str,
    perfect: f64,
    empty: f64,
    max: f64,
}

impl DryRun {
    fn reachable(&self) -> bool {
        self.perfect >= self.max - 1e-9
    }
}

fn dry_run(unit: &Unit, activity: &Activity) -> DryRun {
    let perfect = perfect_answer_with_sources(activity, &unit.sources);
    let perfect = score_with_sources(activity, &perfect, &unit.sources);
    let empty = score_with_sources(activity, &Answer::default(), &unit.sources);
    DryRun {
        id: activity.id.clone(),
        kind: activity.kind().name(),
        perfect: perfect.marks,
        empty: empty.marks,
        max: activity.points,
    }
}

/// The text printed for one activity: its marks, then its preview, indented.
fn human(unit: &Unit, activity: &Activity, run: &DryRun) -> String {
    let verdict = if run.reachable() {
        "full marks reachable".to_string()
    } else {
        "FULL MARKS NOT REACHABLE".to_string()
    };
    let mut out = format!(
        "check `{}` ({}): perfect answer {}/{} — {verdict}; empty answer {}/{}\n",
        clean(&run.id),
        run.kind,
        fmt_marks(run.perfect),
        fmt_marks(run.max),
        fmt_marks(run.empty),
        fmt_marks(run.max),
    );
    let doc = Doc {
        title: activity.title.clone(),
        blocks: activity_blocks(unit, activity, false),
    };
    for line in plain::render(&doc).lines() {
        out.push_str(&format!("    {line}\n").replace("    \n", "\n"));
    }
    out.push('\n');
    out
}

/// Checks `paths` (or `activities/`) and dry-runs every activity that loaded.
pub fn run(paths: &[PathBuf], format: DiagnosticFormat) -> ExitCode {
    let mut checked = Checked::load(paths);
    let weak = weak_keywords(&checked.paths);
    checked.loaded.diagnostics.extend(weak);
    let loaded = &checked.loaded;
    let loose = Unit {
        id: "activities".into(),
        title: String::new(),
        description: None,
        activities: loaded.activities.clone(),
        sources: loaded.sources.clone(),
        exam: None,
    };
    let mut text = String::new();
    let mut runs = Vec::new();
    for unit in loaded.units.iter().chain([&loose]) {
        for activity in &unit.activities {
            let run = dry_run(unit, activity);
            text.push_str(&human(unit, activity, &run));
            runs.push(run);
        }
    }
    let unreachable: Vec<&DryRun> = runs.iter().filter(|r| !r.reachable()).collect();
    let failure = (!unreachable.is_empty()).then(|| {
        format!(
            "full marks are not reachable in {} activit{}",
            unreachable.len(),
            if unreachable.len() == 1 { "y" } else { "ies" }
        )
    });
    let mut extra = Map::new();
    extra.insert(
        "dry_runs".into(),
        Value::Array(
            runs.iter()
                .map(|r| {
                    json!({
                        "activity": clean(&r.id),
                        "kind": r.kind,
                        "max": r.max,
                        "perfect": r.perfect,
                        "empty": r.empty,
                        "full_marks_reachable": r.reachable(),
                    })
                })
                .collect(),
        ),
    );
    checked.report(format, extra, &text, failure.as_deref());
    checked.exit_code(!unreachable.is_empty())
}
