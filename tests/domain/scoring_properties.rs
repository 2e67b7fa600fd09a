//! Properties of scoring for activities of every kind.
//!
//! Each case writes a random activity of one kind as TOML (random columns, keys, rules,
//! methods, keyword groups, word limits, rubrics, decisions and follow-ups), loads it
//! through the real loader, and checks, for a random answer, the perfect answer and the
//! empty answer:
//!
//! - the score is within 0 and the maximum, and the same every time;
//! - the explanation adds up: its lines sum to the marks, task by task and in all;
//! - the perfect answer scores exactly the maximum, and is not provisional;
//! - the empty answer scores 0 (except sort rows with no right column, which earn their
//!   marks when nothing is ticked);
//! - every answer survives a trip through an answer sheet unchanged.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use classwork::activity::validate::SourceIds;
use classwork::activity::{Activity, Body, QuestionAnswer};
use classwork::answer::sheet::{AnswerSheet, load_sheet, restore, write_sheet};
use classwork::answer::{Answer, Response};
use classwork::diagnostic::SourceFile;
use classwork::load::activity_from;
use classwork::scoring::{Detail, Outcome, Score, perfect_answer, score, score_with_detail};
use proptest::prelude::*;

use crate::written_properties::SENTENCES;

/// A small deterministic generator (xorshift64*), seeded by proptest.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len() - 1)]
    }

    /// A random subset, in the order given.
    fn subset<T: Clone>(&mut self, items: &[T]) -> Vec<T> {
        items.iter().filter(|_| self.chance(50)).cloned().collect()
    }

    fn shuffled<T>(&mut self, mut items: Vec<T>) -> Vec<T> {
        for i in (1..items.len()).rev() {
            let j = self.range(0, i);
            items.swap(i, j);
        }
        items
    }
}

/// Words and phrases keyword groups and answers are made of.
const WORDS: [&str; 14] = [
    "revolution",
    "security",
    "treaty",
    "Germany",
    "Litvinov",
    "trade",
    "Munich",
    "appease*",
    "collective security",
    "Far East",
    "purges",
    "Poland",
    "Japan*",
    "Nazi-Soviet",
];

fn quoted(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|i| format!("{i:?}")).collect();
    format!("[{}]", q.join(", "))
}

fn ids(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i}")).collect()
}

/// Between `count.0` and `count.1` keyword groups, as `[[table]]` entries.
fn keyword_groups(rng: &mut Rng, table: &str, count: (usize, usize)) -> String {
    let mut out = String::new();
    for _ in 0..rng.range(count.0, count.1) {
        let alternatives: Vec<String> = (0..rng.range(1, 3))
            .map(|_| rng.pick(&WORDS).to_string())
            .collect();
        let _ = write!(
            out,
            "[[{table}]]\nalternatives = {}\npoints = {}\noccurrences = {}\nstem = {}\ntypos = {}\n",
            quoted(&alternatives),
            rng.range(1, 2),
            rng.range(1, 2),
            rng.chance(70),
            rng.range(0, 1),
        );
        if rng.chance(50) {
            out.push_str("missed = \"Did you consider this?\"\n");
        }
    }
    out
}

/// Word limits (as the body of a `[table]`), or nothing.
fn word_limits(rng: &mut Rng, table: &str) -> String {
    match rng.range(0, 3) {
        0 => String::new(),
        1 => format!(
            "[{table}]\nmin = {}\nmax = {}\npoints = {}\nhard_min = {}\n",
            rng.range(0, 25),
            rng.range(40, 60),
            rng.range(0, 2),
            rng.chance(30),
        ),
        2 => {
            let mut out = format!("[{table}]\nmax = {}\n", rng.range(45, 60));
            let mut min = 0;
            for points in 1..=rng.range(1, 3) {
                min += rng.range(1, 12);
                let _ = write!(out, "[[{table}.bands]]\nmin = {min}\npoints = {points}\n");
            }
            out
        }
        _ => format!("[{table}]\nmin = {}\nhard_min = true\n", rng.range(1, 20)),
    }
}

/// A rubric of between `count.0` and `count.1` criteria, as `[[table]]` entries.
fn rubric(rng: &mut Rng, table: &str, count: (usize, usize)) -> String {
    let mut out = String::new();
    let n = rng.range(count.0, count.1);
    for id in ids("crit", n) {
        let top = rng.range(1, 4);
        let _ = write!(
            out,
            "[[{table}]]\nid = \"{id}\"\ncriterion = \"Criterion {id}\"\n\
             [[{table}.levels]]\npoints = 0\ndescription = \"Missing\"\n\
             [[{table}.levels]]\npoints = {top}\ndescription = \"Excellent\"\n"
        );
    }
    out
}

/// A written question: accepted answers, keywords (with word limits) or none at all.
fn written_question(rng: &mut Rng, table: &str, id: &str) -> String {
    let mut out = format!("[[{table}]]\nid = \"{id}\"\nprompt = \"Question {id}?\"\n");
    match rng.range(0, 2) {
        0 => {
            let _ = writeln!(
                out,
                "points = {}\naccept = [\"answer {id}\", \"the * {id}\"]",
                rng.range(1, 3)
            );
        }
        1 => {
            // One group of 1 point at least, so 1 point is always reachable.
            out.push_str("points = 1\n");
            out.push_str(&keyword_groups(rng, &format!("{table}.keywords"), (1, 3)));
            out.push_str(&word_limits(rng, &format!("{table}.words")));
        }
        _ => {
            let _ = writeln!(
                out,
                "points = {}\nmodel_answer = \"A model answer.\"",
                rng.range(1, 3)
            );
        }
    }
    out
}

fn sort_body(rng: &mut Rng) -> String {
    let columns = ids("col", rng.range(2, 4));
    let require_evidence = rng.chance(40);
    let mut out = format!(
        "kind = \"sort\"\nrequire_evidence = {require_evidence}\n[scoring]\nrule = \"{}\"\n",
        if rng.chance(50) {
            "partial"
        } else {
            "all_or_nothing"
        }
    );
    if require_evidence {
        let _ = writeln!(out, "evidence_points = {}", rng.range(1, 2));
    }
    for c in &columns {
        let _ = write!(out, "[[columns]]\nid = \"{c}\"\nlabel = \"Column {c}\"\n");
    }
    for row in ids("row", rng.range(1, 4)) {
        let right = rng.subset(&columns);
        let rest: Vec<String> = columns
            .iter()
            .filter(|c| !right.contains(c))
            .cloned()
            .collect();
        let also = rng.subset(&rest);
        let _ = write!(
            out,
            "[[rows]]\nid = \"{row}\"\ntext = \"In {row} security and trade both matter\"\n\
             right = {}\nalso_accept = {}\npoints = {}\nexplanation = \"Because.\"\n",
            quoted(&right),
            quoted(&also),
            rng.range(1, 3)
        );
        if rng.chance(50) {
            out.push_str("evidence = [\"security and trade both matter\"]\n");
        }
    }
    out
}

fn placement_body(rng: &mut Rng, categorize: bool) -> String {
    let (kind, targets, things, target_key, table) = if categorize {
        ("categorize", "buckets", "cards", "bucket", "card")
    } else {
        ("match", "options", "items", "option", "item")
    };
    let ids_of_targets = ids("t", rng.range(2, 4));
    let mut out = format!(
        "kind = \"{kind}\"\n[scoring]\nwrong_penalty = {}\n",
        rng.chance(50)
    );
    for t in &ids_of_targets {
        let _ = write!(out, "[[{targets}]]\nid = \"{t}\"\nlabel = \"Target {t}\"\n");
    }
    for id in ids(table, rng.range(1, 5)) {
        let best = rng.pick(&ids_of_targets).clone();
        let others: Vec<String> = ids_of_targets
            .iter()
            .filter(|t| **t != best)
            .cloned()
            .collect();
        let also = if rng.chance(30) {
            vec![rng.pick(&others).clone()]
        } else {
            vec![]
        };
        let _ = write!(
            out,
            "[[{things}]]\nid = \"{id}\"\ntext = \"Thing {id}\"\n{target_key} = \"{best}\"\n\
             also_accept = {}\n",
            quoted(&also)
        );
    }
    out
}

const METHODS: [&str; 7] = [
    "absolute",
    "relative",
    "subsequence",
    "pairs",
    "footrule",
    "kendall",
    "all_or_nothing",
];

fn rank_body(rng: &mut Rng) -> String {
    let items = ids("item", rng.range(2, 6));
    let mut out = format!(
        "kind = \"rank\"\n[scoring]\nmethod = \"{}\"\n",
        rng.pick(&METHODS)
    );
    let keyed = rng.chance(70);
    if keyed {
        let mut groups: Vec<String> = Vec::new();
        let mut rest = rng.shuffled(items.clone());
        while !rest.is_empty() {
            let size = rng.range(1, rest.len().min(3));
            let group: Vec<String> = rest.drain(..size).collect();
            groups.push(if group.len() == 1 {
                format!("{:?}", group[0])
            } else {
                quoted(&group)
            });
        }
        out = format!("key = [{}]\n{out}", groups.join(", "));
    }
    if !keyed || rng.chance(40) {
        let _ = write!(
            out,
            "[justification]\nmin_words = {}\npoints = {}\n",
            rng.range(1, 10),
            rng.range(1, 3)
        );
    }
    for i in &items {
        let _ = write!(out, "[[items]]\nid = \"{i}\"\ntext = \"Factor {i}\"\n");
    }
    out
}

fn timeline_body(rng: &mut Rng) -> String {
    let mut out = format!(
        "kind = \"timeline\"\n[scoring]\nmethod = \"{}\"\n",
        rng.pick(&METHODS)
    );
    for e in ids("event", rng.range(2, 6)) {
        let _ = write!(
            out,
            "[[events]]\nid = \"{e}\"\ntext = \"Event {e}\"\ndate = \"{}\"\n",
            1920 + rng.range(0, 4)
        );
    }
    out
}

fn grid_body(rng: &mut Rng) -> String {
    let rows = ids("gr", rng.range(1, 2));
    let columns = ids("gc", rng.range(1, 2));
    let mut out = String::from("kind = \"grid\"\n");
    for r in &rows {
        let _ = write!(out, "[[rows]]\nid = \"{r}\"\nlabel = \"Row {r}\"\n");
    }
    for c in &columns {
        let _ = write!(out, "[[columns]]\nid = \"{c}\"\nlabel = \"Column {c}\"\n");
    }
    for r in &rows {
        for c in &columns {
            let _ = write!(out, "[[cells]]\nrow = \"{r}\"\ncolumn = \"{c}\"\n");
            if rng.chance(25) {
                out.push_str("given = \"Given text\"\n");
            } else {
                out.push_str("model_answer = \"A model answer\"\n");
                out.push_str(&keyword_groups(rng, "cells.keywords", (0, 2)));
            }
        }
    }
    out
}

fn choice_body(rng: &mut Rng) -> String {
    let mut out = String::from("kind = \"choice\"\n");
    for q in ids("q", rng.range(1, 3)) {
        let multiple = rng.chance(50);
        let options = ids("o", rng.range(2, 4));
        let right = rng.range(0, options.len() - 1);
        let _ = write!(
            out,
            "[[questions]]\nid = \"{q}\"\nprompt = \"Question {q}?\"\npoints = {}\nmultiple = {multiple}\n",
            rng.range(1, 3)
        );
        for (i, o) in options.iter().enumerate() {
            let correct = i == right || (multiple && rng.chance(40));
            let _ = write!(
                out,
                "[[questions.options]]\nid = \"{o}\"\ntext = \"Option {o}\"\ncorrect = {correct}\n\
                 feedback = \"About {o}.\"\n"
            );
        }
    }
    out
}

fn short_body(rng: &mut Rng) -> String {
    let mut out = String::from("kind = \"short\"\n");
    for q in ids("q", rng.range(1, 3)) {
        out.push_str(&written_question(rng, "questions", &q));
    }
    out
}

fn essay_body(rng: &mut Rng) -> String {
    let mut out = String::from("kind = \"essay\"\n");
    out.push_str(&word_limits(rng, "words"));
    out.push_str(&keyword_groups(rng, "keywords", (1, 3)));
    out.push_str(&rubric(rng, "rubric", (0, 2)));
    out
}

fn report_body(rng: &mut Rng) -> String {
    let sections = ids("sec", rng.range(1, 3));
    let mut out = String::from("kind = \"report\"\n");
    for (i, f) in ids("field", rng.range(0, 2)).iter().enumerate() {
        let _ = write!(out, "[[cover]]\nid = \"{f}\"\nlabel = \"Field {f}\"\n");
        if i == 0 && rng.chance(50) {
            out.push_str("value = \"Fixed\"\n");
        }
    }
    for s in &sections {
        let _ = write!(
            out,
            "[[sections]]\nid = \"{s}\"\nheading = \"Heading {s}\"\nrequired = {}\n",
            rng.chance(70)
        );
        out.push_str(&word_limits(rng, "sections.words"));
        out.push_str(&keyword_groups(rng, "sections.keywords", (0, 2)));
        out.push_str(&rubric(rng, "sections.rubric", (0, 1)));
    }
    if rng.chance(60) {
        let _ = write!(
            out,
            "[decision]\nprompt = \"Which?\"\nsection = \"{}\"\npoints = {}\n\
             [[decision.options]]\nid = \"germany\"\nlabel = \"Germany\"\nalternatives = [\"Germany\", \"Berlin\"]\n\
             [[decision.options]]\nid = \"allies\"\nlabel = \"The Allies\"\n",
            rng.pick(&sections),
            rng.range(1, 2)
        );
    }
    out.push_str(&rubric(rng, "rubric", (0, 1)));
    out
}

/// A random activity of kind number `kind` (0 to 9), as TOML.
fn activity_toml(kind: usize, rng: &mut Rng) -> String {
    let body = match kind {
        0 => sort_body(rng),
        1 => placement_body(rng, true),
        2 => placement_body(rng, false),
        3 => rank_body(rng),
        4 => timeline_body(rng),
        5 => grid_body(rng),
        6 => choice_body(rng),
        7 => short_body(rng),
        8 => essay_body(rng),
        _ => report_body(rng),
    };
    // The body starts with its top-level keys; follow-up tables come last.
    let mut out = format!(
        "schema_version = 1\nid = \"act\"\ntitle = \"T\"\ninstructions = \"Do it.\"\n\
         show_model_answer = {}\n{body}",
        rng.chance(50)
    );
    for f in ids("fu", rng.range(0, 2)) {
        out.push_str(&written_question(rng, "follow_up", &f));
    }
    out
}

fn load(toml: &str) -> Activity {
    let file = SourceFile::new("generated.toml", toml);
    let mut diagnostics = Vec::new();
    let activity = activity_from(&file, &SourceIds::new(), &mut diagnostics);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}\n{toml}");
    activity.expect("the activity loads")
}

/// A random activity; now and then with a declared total below what the tasks can give.
fn random_activity(kind: usize, rng: &mut Rng) -> Activity {
    let toml = activity_toml(kind, rng);
    let activity = load(&toml);
    if activity.points >= 1.0 && rng.chance(30) {
        let lower = (activity.points * rng.range(1, 4) as f64 / 4.0).max(0.5);
        return load(&toml.replacen(
            "id = \"act\"",
            &format!("id = \"act\"\npoints = {lower}"),
            1,
        ));
    }
    activity
}

/// A text: one of proptest's strings, or words that may hit keyword groups.
fn random_text(rng: &mut Rng, texts: &[String]) -> String {
    if rng.chance(40) {
        return rng.pick(texts).clone();
    }
    let words: Vec<String> = (0..rng.range(0, 30))
        .map(|_| {
            if rng.chance(30) {
                rng.pick(&WORDS).replace('*', "ment")
            } else {
                "filler".to_string()
            }
        })
        .collect();
    words.join(" ")
}

fn texts_for(rng: &mut Rng, keys: Vec<String>, texts: &[String]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for key in keys {
        if rng.chance(70) {
            let text = random_text(rng, texts);
            out.insert(key, text);
        }
    }
    out
}

/// Most of `things`, each to a random target.
fn placements<'a>(
    rng: &mut Rng,
    things: impl Iterator<Item = &'a std::sync::Arc<str>>,
    targets: &[String],
) -> BTreeMap<String, String> {
    let mut placed = BTreeMap::new();
    for thing in things {
        if rng.chance(80) {
            placed.insert(thing.to_string(), rng.pick(targets).clone());
        }
    }
    placed
}

/// A random answer of the activity's shape, with valid ids (so that it loads back).
fn random_answer(activity: &Activity, rng: &mut Rng, texts: &[String]) -> Answer {
    let mut teacher = BTreeMap::new();
    let response = match &activity.body {
        Body::Sort(s) => {
            let columns: Vec<String> = s.columns.iter().map(|c| c.id.clone()).collect();
            let rows: Vec<String> = s.rows.iter().map(|r| r.id.to_string()).collect();
            let mut ticks = BTreeMap::new();
            for row in &rows {
                if rng.chance(80) {
                    ticks.insert(row.clone(), rng.subset(&columns).into_iter().collect());
                }
            }
            Response::Sort {
                ticks,
                evidence: texts_for(rng, rows, texts),
            }
        }
        Body::Categorize(c) => {
            let buckets: Vec<String> = c.buckets.iter().map(|b| b.id.clone()).collect();
            Response::Categorize(placements(rng, c.cards.iter().map(|c| &c.id), &buckets))
        }
        Body::Match(m) => {
            let options: Vec<String> = m.options.iter().map(|o| o.id.clone()).collect();
            Response::Match(placements(rng, m.items.iter().map(|i| &i.id), &options))
        }
        Body::Rank(r) => {
            let some: Vec<String> = rng
                .subset(&r.items)
                .into_iter()
                .map(|i| i.id.to_string())
                .collect();
            Response::Order {
                order: rng.shuffled(some),
                justification: random_text(rng, texts),
            }
        }
        Body::Timeline(t) => Response::Order {
            order: rng.shuffled(t.events.iter().map(|e| e.id.to_string()).collect()),
            justification: String::new(),
        },
        Body::Grid(g) => Response::Grid(texts_for(
            rng,
            g.cells
                .iter()
                .filter(|c| c.given.is_none())
                .map(|c| c.id())
                .collect(),
            texts,
        )),
        Body::Choice(quiz) => Response::Choice(
            quiz.questions
                .iter()
                .filter_map(|q| match &q.answer {
                    QuestionAnswer::Choice { multiple, options } => {
                        let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
                        let chosen: BTreeSet<String> = if *multiple {
                            rng.subset(&ids).into_iter().collect()
                        } else {
                            [rng.pick(&ids).clone()].into()
                        };
                        Some((q.id.to_string(), chosen))
                    }
                    QuestionAnswer::Written { .. } => None,
                })
                .collect(),
        ),
        Body::Short(quiz) => Response::Short(texts_for(
            rng,
            quiz.questions.iter().map(|q| q.id.to_string()).collect(),
            texts,
        )),
        Body::Essay(e) => {
            for c in &e.rubric {
                if rng.chance(50) {
                    teacher.insert(c.id.clone(), c.max_points() * rng.range(0, 2) as f64 / 2.0);
                }
            }
            Response::Essay(random_text(rng, texts))
        }
        Body::Report(r) => {
            for s in &r.sections {
                for c in s.rubric.iter().filter(|_| rng.chance(50)) {
                    teacher.insert(format!("{}.{}", s.id, c.id), c.max_points());
                }
            }
            Response::Report {
                cover: texts_for(
                    rng,
                    r.cover
                        .iter()
                        .filter(|f| f.value.is_none())
                        .map(|f| f.id.clone())
                        .collect(),
                    texts,
                ),
                sections: texts_for(
                    rng,
                    r.sections.iter().map(|s| s.id.to_string()).collect(),
                    texts,
                ),
                decision: r
                    .decision
                    .as_ref()
                    .filter(|_| rng.chance(70))
                    .map(|d| rng.pick(&d.options).id.clone()),
            }
        }
    };
    let follow_up = texts_for(
        rng,
        activity
            .follow_up
            .iter()
            .map(|q| q.id.to_string())
            .collect(),
        texts,
    );
    Answer {
        response,
        follow_up,
        teacher,
    }
}

/// What every score must satisfy.
fn check_score(activity: &Activity, answer: &Answer) -> Result<Score, TestCaseError> {
    let s = score(activity, answer);
    prop_assert_eq!(&s, &score(activity, answer), "not deterministic");
    prop_assert!(
        s.marks >= 0.0 && s.marks <= s.max,
        "{} out of 0..={}",
        s.marks,
        s.max
    );
    let sum: f64 = s.entries.iter().map(|e| e.marks).sum();
    prop_assert!(
        (sum - s.marks).abs() <= 1e-9,
        "lines add to {sum}, not {}",
        s.marks
    );
    for task in &s.tasks {
        let lines: f64 = s
            .entries
            .iter()
            .filter(|e| e.task == task.id)
            .map(|e| e.marks)
            .sum();
        prop_assert!(
            (lines - task.marks).abs() <= 1e-9,
            "task {}: {lines} ≠ {}",
            task.id,
            task.marks
        );
        prop_assert!(
            task.marks <= task.max + 1e-9 || task.max == 0.0,
            "task {} over",
            task.id
        );
    }
    prop_assert_eq!(s.explanation().len(), s.entries.len());
    // A note (a line of no marks) is said once in a task.
    let mut notes = BTreeSet::new();
    for e in s.entries.iter().filter(|e| e.marks == 0.0) {
        prop_assert!(
            notes.insert((e.task.clone(), e.reason.clone())),
            "said twice: {}",
            e.reason
        );
    }
    // Marks without words: the same marks, tasks, points and flags, with no explanation
    // lines, highlights, feedback or model answers.
    let bare = score_with_detail(activity, answer, &[], Detail::MarksOnly);
    prop_assert_eq!((bare.marks, bare.max), (s.marks, s.max));
    prop_assert_eq!(bare.awaiting_teacher, s.awaiting_teacher);
    let tasks = |s: &Score| -> Vec<(String, String, f64, f64, Outcome)> {
        s.tasks
            .iter()
            .map(|t| {
                (
                    t.id.to_string(),
                    t.label.to_string(),
                    t.marks,
                    t.max,
                    t.outcome,
                )
            })
            .collect()
    };
    prop_assert_eq!(tasks(&bare), tasks(&s));
    prop_assert!(bare.entries.is_empty() && bare.feedback.is_none());
    prop_assert!(
        bare.tasks
            .iter()
            .all(|t| t.feedback.is_empty() && t.model_answer.is_none() && t.highlights.is_empty())
    );
    let points = |s: &Score| -> Vec<_> {
        s.tasks
            .iter()
            .map(|t| (t.points.clone(), t.flagged.clone()))
            .collect()
    };
    prop_assert_eq!(points(&bare), points(&s));
    Ok(s)
}

/// Marks the rules give an empty answer.
fn empty_marks(activity: &Activity) -> f64 {
    let rows = match &activity.body {
        Body::Sort(sort) => sort
            .rows
            .iter()
            .filter(|r| r.right.is_empty())
            .map(|r| r.points)
            .sum(),
        _ => 0.0,
    };
    rows.min(activity.points)
}

/// A sheet written and read back gives the same answer, but for the teacher's marks: a
/// sheet read from a file gives none (they are the marks file's, and a `[teacher]` table
/// is reported), while the student's own progress keeps them.
fn round_trip(activity: &Activity, answer: &Answer) -> Result<(), TestCaseError> {
    let text = write_sheet(&AnswerSheet::new(activity, answer.clone()));
    let file = SourceFile::new("sheet.toml", text);
    let mut diagnostics = Vec::new();
    let sheet = load_sheet(&file, &[activity], &mut diagnostics);
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    let expected: &[&str] = if answer.teacher.is_empty() {
        &[]
    } else {
        &["teacher-marks-in-sheet"]
    };
    prop_assert_eq!(codes, expected, "{:#?}\n{}", diagnostics, file.text);
    let back = sheet.map(|s| s.answer);
    let handed_in = Answer {
        teacher: Default::default(),
        ..answer.clone()
    };
    prop_assert_eq!(back.as_ref(), Some(&handed_in), "{}", file.text);
    let kept = restore(activity, &file.text).map(|r| r.answer);
    prop_assert_eq!(kept.as_ref(), Some(answer), "{}", file.text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn scores_hold_their_properties_for_every_kind(
        kind in 0usize..10,
        seed in any::<u64>(),
        texts in proptest::collection::vec(any::<String>(), 1..6),
    ) {
        let mut rng = Rng::new(seed);
        let activity = random_activity(kind, &mut rng);

        let answer = random_answer(&activity, &mut rng, &texts);
        check_score(&activity, &answer)?;
        round_trip(&activity, &answer)?;

        let perfect = perfect_answer(&activity);
        let best = check_score(&activity, &perfect)?;
        prop_assert_eq!(best.marks, best.max, "perfect answer: {:#?}", best.explanation());
        prop_assert!(!best.is_provisional());
        round_trip(&activity, &perfect)?;

        let empty = check_score(&activity, &Answer::default())?;
        prop_assert!((empty.marks - empty_marks(&activity)).abs() <= 1e-9, "empty: {:#?}", empty.explanation());
        prop_assert!(!empty.is_provisional());
        round_trip(&activity, &Answer::default())?;
        let shaped = Answer { response: Response::empty_for(&activity), ..Answer::default() };
        prop_assert_eq!(score(&activity, &shaped).marks, empty.marks);
        round_trip(&activity, &shaped)?;
    }
}

/// Words a random keyword group accepts in the written-answer properties below.
const VOCABULARY: &[&str] = &[
    "appeasement",
    "Litvinov",
    "Rapallo",
    "Comintern",
    "Sudetenland",
    "Danzig",
    "Molotov",
    "Bessarabia",
    "Chamberlain",
    "Manchuria",
    "rearmament",
    "neutrality",
];

fn essay_with(words: &[&str]) -> Activity {
    let mut toml = String::from(
        "schema_version = 1\nid = \"e\"\nkind = \"essay\"\ntitle = \"E\"\ninstructions = \"Write.\"\n",
    );
    for w in words {
        let _ = write!(toml, "[[keywords]]\nalternatives = [\"{w}\"]\n");
    }
    let file = SourceFile::new("e.toml", toml);
    let mut diagnostics = Vec::new();
    activity_from(&file, &SourceIds::new(), &mut diagnostics).expect("the essay loads")
}

fn essay_answer(text: String) -> Answer {
    Answer {
        response: Response::Essay(text),
        ..Answer::default()
    }
}

proptest! {
    /// Written answers: a full-marks answer in sentences keeps full marks; the same points
    /// as a list, or every sentence negated, never do; the explanation adds up.
    #[test]
    fn points_are_made_in_sentences_and_not_negated(seed in any::<u64>()) {
        let mut rng = Rng::new(seed);
        let mut words = rng.subset(VOCABULARY);
        if words.is_empty() {
            words.push(VOCABULARY[0]);
        }
        let activity = essay_with(&words);
        let sentences = |negated: bool| -> String {
            words
                .iter()
                .zip(SENTENCES)
                .map(|(w, (made, denied))| if negated { denied } else { made }.replace("{}", w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let full = score(&activity, &essay_answer(sentences(false)));
        prop_assert!((full.marks - full.max).abs() < 1e-9, "{:?}", full.explanation());
        let negated = score(&activity, &essay_answer(sentences(true)));
        prop_assert!(negated.marks < full.max, "{:?}", negated.explanation());
        let listed = words.join(", ");
        let list = score(&activity, &essay_answer(format!("{listed}, {listed}, {listed}")));
        prop_assert!(list.marks < 1e-9, "{:?}", list.explanation());
        for s in [&full, &negated, &list] {
            let sum: f64 = s.entries.iter().map(|e| e.marks).sum();
            prop_assert!((sum - s.marks).abs() < 1e-6);
        }
    }
}
