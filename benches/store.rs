//! How long the progress database takes to give the home screen what it shows.
//!
//! The database is built once, before the benchmarks run: one student with 10,000 past
//! attempts spread over the bundled unit's activities (each a real answer sheet and its
//! score), a draft of every activity, and the review queue those attempts leave.
//!
//! - `home_screen`: open the database, find the profile used last, and load the unit's
//!   summary (attempts, best share and history of every activity). Target: under 10 ms.
//! - `everything_at_start`: the same, plus what the terminal UI also reads when it opens a
//!   profile: every profile, the drafts, the latest attempts and the tasks due.
//!
//! Run with `cargo bench --bench store`; figures are recorded in BENCHMARKS.md.

use std::path::Path;
use std::sync::OnceLock;

use classwork::activity::Unit;
use classwork::answer::sheet::sheet_text;
use classwork::scoring::{perfect_answer_with_sources, score_with_sources};
use classwork::store::Store;
use classwork::time::now;
use divan::Bencher;

/// Past attempts in the database.
const ATTEMPTS: usize = 10_000;

/// The folder of the database, built once.
static DATA: OnceLock<tempfile::TempDir> = OnceLock::new();

fn unit() -> Unit {
    classwork::bundled::default_unit()
        .units
        .into_iter()
        .next()
        .expect("the bundled unit loads")
}

fn build(dir: &Path, unit: &Unit) {
    let store = Store::open_in(dir).expect("a new database");
    let ada = store.profile("Ada").expect("a profile");
    store.set_last_profile(&ada).expect("remembered");
    for other in ["Bob", "Cleo", "Dmitri"] {
        store.profile(other).expect("a profile");
    }
    // Each activity's perfect answer and an empty one, alternately, so scores vary and
    // the review queue fills and empties.
    let answers: Vec<_> = unit
        .activities
        .iter()
        .map(|a| {
            let perfect = perfect_answer_with_sources(a, &unit.sources);
            let empty = classwork::answer::Answer {
                response: classwork::answer::Response::empty_for(a),
                ..Default::default()
            };
            [perfect, empty].map(|answer| {
                let score = score_with_sources(a, &answer, &unit.sources);
                (sheet_text(a, &answer, Some("Ada"), Some(now())), score)
            })
        })
        .collect();
    for n in 0..ATTEMPTS {
        let k = n % unit.activities.len();
        let a = &unit.activities[k];
        let (text, score) = &answers[k][(n / unit.activities.len()) % 2];
        store
            .record_attempt(&ada, &unit.id, &a.id, &a.content_hash, text, score)
            .expect("recorded");
    }
    for (a, answer) in unit.activities.iter().zip(&answers) {
        store
            .save_draft(&ada, &unit.id, &a.id, &a.content_hash, &answer[0].0)
            .expect("a draft");
    }
}

fn data() -> &'static Path {
    DATA.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        build(dir.path(), &unit());
        dir
    })
    .path()
}

fn main() {
    data();
    divan::main();
}

#[divan::bench]
fn home_screen(bencher: Bencher) {
    let dir = data();
    let unit = unit().id;
    bencher.bench(|| {
        let store = Store::open_in(dir).expect("opens");
        let profile = store.last_profile().expect("reads").expect("Ada");
        let summary = store.unit_summary(&profile, &unit).expect("reads");
        assert_eq!(
            summary.values().map(|s| s.attempts).sum::<usize>(),
            ATTEMPTS
        );
        summary
    });
}

#[divan::bench]
fn everything_at_start(bencher: Bencher) {
    let dir = data();
    let unit = unit().id;
    bencher.bench(|| {
        let store = Store::open_in(dir).expect("opens");
        let profile = store.last_profile().expect("reads").expect("Ada");
        (
            store.profiles().expect("reads"),
            store.unit_summary(&profile, &unit).expect("reads"),
            store.unit_drafts(&profile, &unit).expect("reads"),
            store.latest_attempts(&profile, &unit).expect("reads"),
            store.due_reviews(&profile, now()).expect("reads"),
        )
    });
}
