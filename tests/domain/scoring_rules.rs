//! Table-driven tests of every scoring rule. Activities are written as TOML and loaded
//! through the real loader; every expected mark is worked out by hand from the formula in
//! the comment above it.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::activities::{activity, answer, short_question};
use classwork::activity::{Activity, Source, SourceKind};
use classwork::answer::{Answer, Response};
use classwork::scoring::{Outcome, Score, compare_rankings, score, score_with_sources};

/// Checks what every score must satisfy and returns its marks.
fn marks(score: &Score) -> f64 {
    let sum: f64 = score.entries.iter().map(|e| e.marks).sum();
    assert!((sum - score.marks).abs() < 1e-9, "{:#?}", score.entries);
    assert!(score.marks >= 0.0 && score.marks <= score.max, "{score:#?}");
    score.marks
}

fn assert_marks(got: f64, want: f64, case: &str) {
    assert!((got - want).abs() < 1e-9, "{case}: got {got}, want {want}");
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn ticks(row: &str, ticked: &[&str]) -> Answer {
    answer(Response::Sort {
        ticks: [(row.to_string(), set(ticked))].into(),
        evidence: BTreeMap::new(),
    })
}

const COLUMNS: &str = r#"
[[columns]]
id = "a"
label = "Alpha"
[[columns]]
id = "b"
label = "Beta"
[[columns]]
id = "c"
label = "Gamma"
[[columns]]
id = "d"
label = "Delta"
[[columns]]
id = "e"
label = "Epsilon"
"#;

fn sort(rule: &str, row: &str) -> Activity {
    activity(&format!(
        "id = \"s\"\nkind = \"sort\"\ntitle = \"T\"\ninstructions = \"I\"\n\
         [scoring]\nrule = \"{rule}\"\n{COLUMNS}\n[[rows]]\nid = \"r\"\nlabel = \"A statement\"\ntext = \"A statement\"\n{row}"
    ))
}

#[test]
fn sort_partial_credit_is_the_ou_matrix() {
    // total = 2 right columns (a, b), c also accepted; 2 points: max(min(right, 2 − wrong), 0) / 2 × 2.
    let a = sort(
        "partial",
        "right = [\"a\", \"b\"]\nalso_accept = [\"c\"]\npoints = 2",
    );
    let cases: &[(&[&str], f64)] = &[
        (&["a", "b"], 2.0),           // min(2, 2) = 2
        (&["a"], 1.0),                // min(1, 2) = 1
        (&["a", "d"], 1.0),           // min(1, 2 − 1) = 1: the wrong tick costs nothing more
        (&["a", "b", "d"], 1.0),      // min(2, 1) = 1
        (&["a", "b", "d", "e"], 0.0), // min(2, 0) = 0
        (&["d"], 0.0),                // min(0, 1) = 0
        (&["a", "b", "c"], 2.0),      // also_accept never costs
        (&["c"], 0.0),                // ... nor earns
        (&["a", "c", "d"], 1.0),      // right 1, wrong 1: min(1, 1) = 1
        (&[], 0.0),
    ];
    for (ticked, want) in cases {
        let s = score(&a, &ticks("r", ticked));
        assert_marks(marks(&s), *want, &format!("{ticked:?}"));
    }
    // One right column (a), 1 point, two wrong ticks: max(min(1, 1 − 2), 0) = 0, floored.
    let a = sort("partial", "right = [\"a\"]");
    let s = score(&a, &ticks("r", &["a", "d", "e"]));
    assert_marks(marks(&s), 0.0, "floored");
    assert!(
        s.entries
            .iter()
            .any(|e| e.reason.contains("never scores below 0"))
    );
    let reasons: Vec<String> = s.explanation();
    assert!(
        reasons.contains(&"A statement: +1 Alpha — right".to_string()),
        "{reasons:#?}"
    );
    assert!(
        reasons.contains(&"A statement: −1 Delta ticked: not supported by this source".to_string()),
        "{reasons:#?}"
    );
}

#[test]
fn sort_three_right_columns_share_the_points() {
    // total 3, 3 points, one mark a column: right 3, wrong 1 → min(3, 2) = 2.
    let a = sort("partial", "right = [\"a\", \"b\", \"c\"]\npoints = 3");
    let cases: &[(&[&str], f64)] = &[
        (&["a", "b", "c", "d"], 2.0),
        (&["a", "d"], 1.0), // min(1, 2) = 1
        (&["a", "b"], 2.0),
        (&["d", "e"], 0.0),
    ];
    for (ticked, want) in cases {
        let s = score(&a, &ticks("r", ticked));
        assert_marks(marks(&s), *want, &format!("{ticked:?}"));
    }
}

#[test]
fn sort_all_or_nothing() {
    let a = sort(
        "all_or_nothing",
        "right = [\"a\", \"b\"]\nalso_accept = [\"c\"]\npoints = 2",
    );
    let cases: &[(&[&str], f64)] = &[
        (&["a", "b"], 2.0),
        (&["a"], 0.0),
        (&["a", "b", "d"], 0.0),
        (&["a", "b", "c"], 2.0),
        (&[], 0.0),
    ];
    for (ticked, want) in cases {
        let s = score(&a, &ticks("r", ticked));
        assert_marks(marks(&s), *want, &format!("{ticked:?}"));
    }
}

#[test]
fn a_row_with_no_right_column_earns_its_marks_when_nothing_wrong_is_ticked() {
    let a = sort(
        "partial",
        "right = []\nalso_accept = [\"c\"]\nexplanation = \"Nothing fits.\"",
    );
    let cases: &[(&[&str], f64)] = &[(&[], 1.0), (&["c"], 1.0), (&["d"], 0.0), (&["c", "d"], 0.0)];
    for (ticked, want) in cases {
        let s = score(&a, &ticks("r", ticked));
        assert_marks(marks(&s), *want, &format!("{ticked:?}"));
        assert!(
            s.entries
                .iter()
                .any(|e| e.reason.contains("no column fits"))
        );
    }
}

fn source() -> Source {
    Source {
        id: "s1".into(),
        label: "Source 1".into(),
        who: None,
        when: None,
        kind: SourceKind::Speech,
        text: Some("We go to it because trade with capitalist countries is necessary.".into()),
        description: None,
        citation: None,
        verbatim: None,
        note: None,
        vocabulary: Default::default(),
    }
}

#[test]
fn sort_evidence_is_checked_against_the_source_when_it_is_given() {
    let body = |evidence: &str| {
        activity(&format!(
            "id = \"s\"\nkind = \"sort\"\ntitle = \"T\"\ninstructions = \"I\"\n\
             require_evidence = true\n[scoring]\nevidence_points = 0.5\n{COLUMNS}\n\
             [[rows]]\nsource = \"s1\"\nright = [\"a\"]\n{evidence}"
        ))
    };
    let quoting = |quote: &str| Answer {
        response: Response::Sort {
            ticks: [("s1".to_string(), set(&["a"]))].into(),
            evidence: [("s1".to_string(), quote.to_string())].into(),
        },
        ..Answer::default()
    };
    let sources = [source()];
    let listed = body("evidence = [\"trade with capitalist countries\"]");
    let open = body("");
    // (activity, quote, marks with sources, marks without): 1 for the tick + 0.5 evidence.
    let cases: &[(&Activity, &str, f64, f64)] = &[
        (&listed, "“Trade with capitalist countries”", 1.5, 1.5),
        (&listed, "trade with communist countries", 1.0, 1.0),
        (&listed, "trade with capitalist countries, never", 1.0, 1.5), // not in the source
        (&listed, "go to it because", 1.0, 1.0),                       // not the listed words
        (&open, "go to it because", 1.5, 1.5),
        (&open, "it because wealth", 1.0, 1.5), // without the source nothing to check
        (&open, "trade", 1.0, 1.0),             // shorter than three words
        (&open, "", 1.0, 1.0),
    ];
    for (a, quote, with, without) in cases {
        let s = score_with_sources(a, &quoting(quote), &sources);
        assert_marks(marks(&s), *with, &format!("{quote} with the source"));
        let s = score(a, &quoting(quote));
        assert_marks(marks(&s), *without, &format!("{quote} without"));
    }
    // The row is named after its source when the sources are given.
    let s = score_with_sources(&listed, &quoting("x"), &sources);
    assert_eq!(&*s.tasks[0].label, "Source 1");
}

/// Placements (thing → bucket or option), marks without the penalty, marks with it.
type PlacementCase = (&'static [(&'static str, &'static str)], f64, f64);

const CARDS: &str = r#"
[[buckets]]
id = "x"
label = "Britain"
[[buckets]]
id = "y"
label = "Germany"
[[cards]]
id = "c1"
text = "Trade agreement"
bucket = "x"
[[cards]]
id = "c2"
text = "Rapallo"
bucket = "y"
also_accept = ["x"]
[[cards]]
id = "c3"
text = "Zinoviev letter"
bucket = "x"
[[cards]]
id = "c4"
text = "Treaty of Berlin"
bucket = "y"
"#;

#[test]
fn categorize_counts_right_placements_with_an_optional_penalty() {
    let plain = activity(&format!(
        "id = \"c\"\nkind = \"categorize\"\ntitle = \"T\"\ninstructions = \"I\"\n{CARDS}"
    ));
    let penalised = activity(&format!(
        "id = \"c\"\nkind = \"categorize\"\ntitle = \"T\"\ninstructions = \"I\"\n\
         [scoring]\nwrong_penalty = true\n{CARDS}"
    ));
    // Without the penalty, beyond what every card in one bucket earns: “Britain” accepts
    // three of the four cards (Rapallo too), so max(0, (right − 3) / (4 − 3)) × 4. With
    // it, right − wrong, floored at 0.
    let cases: &[PlacementCase] = &[
        (
            &[("c1", "x"), ("c2", "y"), ("c3", "x"), ("c4", "y")],
            4.0,
            4.0,
        ),
        (
            &[("c1", "y"), ("c2", "x"), ("c3", "x"), ("c4", "y")],
            0.0,
            2.0,
        ), // 3 right, as many as everything in “Britain”
        (
            &[("c1", "x"), ("c2", "x"), ("c3", "x"), ("c4", "x")],
            0.0,
            2.0,
        ), // every card in one bucket: 3 right − 1 wrong with the penalty
        (
            &[("c1", "y"), ("c2", "x"), ("c3", "y"), ("c4", "x")],
            0.0,
            0.0,
        ), // 1 − 3 → 0
        (&[("c1", "x")], 0.0, 1.0), // unplaced cards cost nothing, but 1 is not beyond 2
        (&[], 0.0, 0.0),
    ];
    for (placed, without, with) in cases {
        let a = answer(Response::Categorize(map(placed)));
        assert_marks(marks(&score(&plain, &a)), *without, &format!("{placed:?}"));
        let s = score(&penalised, &a);
        assert_marks(marks(&s), *with, &format!("{placed:?} penalised"));
    }
    let worst = answer(Response::Categorize(map(&[
        ("c1", "y"),
        ("c2", "x"),
        ("c3", "y"),
        ("c4", "x"),
    ])));
    let s = score(&penalised, &worst);
    assert!(
        s.entries
            .iter()
            .any(|e| e.reason.contains("never score below 0") && e.marks == 2.0)
    );
    let lines = score(&plain, &worst).explanation();
    assert!(
        lines.contains(&"Trade agreement: 0 in “Germany”: it belongs in “Britain”".to_string()),
        "{lines:#?}"
    );
}

#[test]
fn match_counts_right_choices_with_an_optional_penalty() {
    let body = |penalty: bool| {
        activity(&format!(
            "id = \"m\"\nkind = \"match\"\ntitle = \"T\"\ninstructions = \"I\"\n\
             [scoring]\nwrong_penalty = {penalty}\n\
             [[options]]\nid = \"taylor\"\nlabel = \"Taylor\"\n\
             [[options]]\nid = \"roberts\"\nlabel = \"Roberts\"\n\
             [[items]]\nid = \"i1\"\ntext = \"Improvisation\"\noption = \"taylor\"\n\
             [[items]]\nid = \"i2\"\ntext = \"Late decision\"\noption = \"roberts\"\n\
             [[items]]\nid = \"i3\"\ntext = \"Security\"\noption = \"roberts\"\n"
        ))
    };
    // Without the penalty, beyond what matching everything to Roberts earns (2 of 3).
    let cases: &[PlacementCase] = &[
        (
            &[("i1", "taylor"), ("i2", "roberts"), ("i3", "roberts")],
            3.0,
            3.0,
        ),
        (&[("i1", "taylor"), ("i2", "taylor")], 0.0, 0.0), // 1 right, 1 wrong, 1 left
        (
            &[("i1", "roberts"), ("i2", "taylor"), ("i3", "taylor")],
            0.0,
            0.0,
        ),
    ];
    for (chosen, without, with) in cases {
        let a = answer(Response::Match(map(chosen)));
        assert_marks(
            marks(&score(&body(false), &a)),
            *without,
            &format!("{chosen:?}"),
        );
        assert_marks(
            marks(&score(&body(true), &a)),
            *with,
            &format!("{chosen:?} penalised"),
        );
    }
}

fn ranked(method: &str, key: &str) -> Activity {
    activity(&format!(
        "id = \"r\"\nkind = \"rank\"\ntitle = \"T\"\ninstructions = \"I\"\n\
         key = {key}\n[scoring]\nmethod = \"{method}\"\n\
         [[items]]\nid = \"a\"\ntext = \"A\"\n[[items]]\nid = \"b\"\ntext = \"B\"\n\
         [[items]]\nid = \"c\"\ntext = \"C\"\n[[items]]\nid = \"d\"\ntext = \"D\"\n"
    ))
}

fn order(ids: &[&str]) -> Answer {
    answer(Response::Order {
        order: ids.iter().map(|s| s.to_string()).collect(),
        justification: String::new(),
    })
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

/// Checks an order against `key` by every method: `want` in the order of [`METHODS`].
fn check_methods(key: &str, student: &[&str], want: [f64; 7]) {
    for (method, want) in METHODS.iter().zip(want) {
        let s = score(&ranked(method, key), &order(student));
        assert_marks(
            marks(&s),
            want,
            &format!("{method} on {student:?} with {key}"),
        );
    }
}

#[test]
fn order_methods_on_a_strict_key() {
    let key = r#"["a", "b", "c", "d"]"#;
    // n = 4. Each method's raw marks r become max(0, (r − c) / (4 − c)) × 4, where c is what
    // a random order earns on average: absolute 1; relative 0.5 + 2/3 + 2/3 + 0.5 = 7/3;
    // subsequence (1·0 + 13·2 + 9·3 + 1·4) / 24 = 57/24; pairs 4 × 1/4 = 1; footrule
    // 4 × (1 − 5/8) = 1.5; kendall 4 × 1/2 = 2; all or nothing 4/24.
    // Every method gives 4 marks for the key's own order.
    check_methods(key, &["a", "b", "c", "d"], [4.0; 7]);
    // b a d c: every item 1 away.
    //   absolute 0; relative raw 4 × (3 − 1)/3 = 8/3 → (1/3)/(5/3) × 4 = 0.8; subsequence
    //   raw 2 (a d) < 57/24 → 0; pairs 0; footrule raw 1 − 4/8 → 2 → 0.5/2.5 × 4 = 0.8;
    //   kendall: (a,b) and (c,d) discordant, raw 8/3 → (2/3)/2 × 4 = 4/3; all or nothing 0.
    check_methods(
        key,
        &["b", "a", "d", "c"],
        [0.0, 0.8, 0.0, 0.0, 0.8, 4.0 / 3.0, 0.0],
    );
    // d c b a, the key reversed: 0 by every method (relative raw 4/3 is below chance).
    check_methods(key, &["d", "c", "b", "a"], [0.0; 7]);
    // a c, with b and d left out (each n − 1 = 3 away; every pair with them discordant):
    //   raw absolute 1, relative 5/3, subsequence 2, pairs 0, footrule 0.5, kendall 2/3:
    //   none beyond chance.
    check_methods(key, &["a", "c"], [0.0; 7]);
    check_methods(key, &[], [0.0; 7]);
}

#[test]
fn order_methods_with_ties() {
    // b and c are of equal rank: either may be 2nd or 3rd.
    let key = r#"["a", ["b", "c"], "d"]"#;
    check_methods(key, &["a", "c", "b", "d"], [4.0; 7]);
    // Chance with the tie: absolute (1 + 2 + 2 + 1)/4 = 1.5; relative 0.5 + 5/6 + 5/6 + 0.5
    // = 8/3; subsequence 8/3 (over the 24 orders); pairs 4 × 6/12 = 2; footrule
    // 4 × (1 − 4/8) = 2; kendall 4 × (1 − 2.5/6) = 7/3 (5 pairs can be wrong).
    // c a b d: c at 0 (allowed 1–2) is 1 away, a at 1 (allowed 0) 1 away, b and d in place.
    //   absolute raw 2 → 0.5/2.5 × 4 = 0.8; relative raw 10/3 → (2/3)/(4/3) × 4 = 2;
    //   subsequence raw 3 (a b d) → (1/3)/(4/3) × 4 = 1; pairs raw (a,b), (b,d) → 8/3 →
    //   (2/3)/2 × 4 = 4/3; footrule raw 1 − 2/8 → 3 → 1/2 × 4 = 2; kendall: only (a,c)
    //   discordant → raw 10/3 → 1/(5/3) × 4 = 2.4; all or nothing 0.
    check_methods(
        key,
        &["c", "a", "b", "d"],
        [0.8, 2.0, 1.0, 4.0 / 3.0, 2.0, 2.4, 0.0],
    );
}

#[test]
fn a_rank_without_a_key_marks_completeness_and_the_justification() {
    let a = activity(
        "id = \"r\"\nkind = \"rank\"\ntitle = \"T\"\ninstructions = \"I\"\n\
         [justification]\nmin_words = 5\npoints = 2\n\
         [[items]]\nid = \"a\"\ntext = \"A\"\n[[items]]\nid = \"b\"\ntext = \"B\"\n\
         [[items]]\nid = \"c\"\ntext = \"C\"\n",
    );
    let with = |ids: &[&str], why: &str| {
        answer(Response::Order {
            order: ids.iter().map(|s| s.to_string()).collect(),
            justification: why.to_string(),
        })
    };
    // 1 for a complete ranking; the justification (no keyword groups) awaits the teacher,
    // whatever its length, unless nothing is written.
    let cases: &[(&[&str], &str, f64, f64)] = &[
        (&["c", "a", "b"], "Security mattered most of all.", 1.0, 2.0),
        (&["c", "a", "b"], "Security mattered most.", 1.0, 2.0),
        (&["c", "a"], "Security mattered most of all.", 0.0, 2.0), // incomplete
        (&["c", "a", "a"], "", 0.0, 0.0),                          // a twice, b missing
        (&[], "", 0.0, 0.0),
    ];
    for (ids, why, want, awaiting) in cases {
        let s = score(&a, &with(ids, why));
        assert_marks(marks(&s), *want, &format!("{ids:?} {why}"));
        assert_marks(
            s.awaiting_teacher,
            *awaiting,
            &format!("{ids:?} {why} awaiting"),
        );
    }
    let mut marked = with(&["c", "a", "b"], "Security mattered most of all.");
    marked.teacher.insert("justification".into(), 1.5);
    assert_marks(marks(&score(&a, &marked)), 2.5, "marked by the teacher");
}

#[test]
fn a_timeline_is_keyed_by_its_dates() {
    // Keyed 1922 → 1933 → 1939 (two events in 1939 are tied); relative, n = 4.
    let a = activity(
        "id = \"t\"\nkind = \"timeline\"\ntitle = \"T\"\ninstructions = \"I\"\n\
         [[events]]\nid = \"pact\"\ntext = \"Pact\"\ndate = \"1939\"\n\
         [[events]]\nid = \"rapallo\"\ntext = \"Rapallo\"\ndate = \"1922\"\n\
         [[events]]\nid = \"hitler\"\ntext = \"Hitler\"\ndate = \"1933\"\n\
         [[events]]\nid = \"war\"\ntext = \"War\"\ndate = \"1939\"\n",
    );
    // A random order earns 0.5 + 2/3 + 0.75 + 0.75 = 8/3 by relative on average: marks r
    // become max(0, (r − 8/3) / (4/3)) × 4.
    let cases: &[(&[&str], f64)] = &[
        (&["rapallo", "hitler", "war", "pact"], 4.0),
        // hitler 1 away, rapallo 1 away: raw 2/3 + 2/3 + 1 + 1 = 10/3 → 2.
        (&["hitler", "rapallo", "pact", "war"], 2.0),
        // pact at 0 (allowed 2–3) 2 away: 1/3; rapallo 1 away 2/3; hitler 1 away 2/3; war 1:
        // raw 8/3, no better than chance.
        (&["pact", "rapallo", "hitler", "war"], 0.0),
    ];
    for (ids, want) in cases {
        assert_marks(marks(&score(&a, &order(ids))), *want, &format!("{ids:?}"));
    }
}

#[test]
fn choice_weights_are_summed_and_clamped() {
    let a = activity(
        r#"id = "q"
kind = "choice"
title = "T"
[[questions]]
id = "single"
prompt = "Who?"
points = 2
[[questions.options]]
id = "a"
text = "Litvinov"
weight = 1
feedback = "Yes: the face of collective security."
[[questions.options]]
id = "b"
text = "Molotov"
weight = 0.5
[[questions.options]]
id = "c"
text = "Trotsky"
weight = -0.5
[[questions]]
id = "many"
prompt = "Which?"
points = 3
multiple = true
[[questions.options]]
id = "a"
text = "A"
correct = true
[[questions.options]]
id = "b"
text = "B"
correct = true
[[questions.options]]
id = "c"
text = "C"
correct = true
[[questions.options]]
id = "d"
text = "D"
[[questions.options]]
id = "e"
text = "E"
"#,
    );
    let chose =
        |q: &str, ids: &[&str]| answer(Response::Choice([(q.to_string(), set(ids))].into()));
    // clamp(Σ weights, 0, 1) × points. In "many" right options weigh 1/3, wrong −1/3, but
    // beside other ticks a wrong option takes off at least its share: 1 ÷ 2 wrong options.
    let cases: &[(&str, &[&str], f64)] = &[
        ("single", &["a"], 2.0),
        ("single", &["b"], 1.0),
        ("single", &["c"], 0.0),      // −0.5 clamped to 0
        ("single", &["a", "b"], 2.0), // 1.5 clamped to 1
        ("many", &["a", "b"], 2.0),
        ("many", &["a", "b", "c"], 3.0),
        ("many", &["a", "b", "c", "d"], 1.5),      // 1 − 1/2
        ("many", &["a", "b", "c", "d", "e"], 0.0), // every option: 1 − 1
        ("many", &["a", "d", "e"], 0.0),           // 1/3 − 1 → 0
        ("many", &["d"], 0.0),
        ("many", &[], 0.0),
    ];
    for (q, ids, want) in cases {
        let s = score(&a, &chose(q, ids));
        assert_marks(marks(&s), *want, &format!("{q} {ids:?}"));
    }
    let s = score(&a, &chose("single", &["a"]));
    assert!(
        s.tasks[0]
            .feedback
            .iter()
            .any(|f| f.contains("collective security"))
    );
    assert_eq!(s.tasks[0].outcome, Outcome::Right);
}

const SHORT: &str = r#"id = "s"
kind = "short"
title = "T"
[[questions]]
id = "who"
prompt = "Who replaced Litvinov?"
points = 2
accept = ["Molotov", "V* Molotov"]
[[questions]]
id = "why"
prompt = "Why did collective security fail?"
points = 3
[[questions.keywords]]
alternatives = ["collective security", "Litvinov"]
[[questions.keywords]]
alternatives = ["appease*"]
occurrences = 2
[[questions.keywords]]
alternatives = ["Munich"]
points = 2
[[questions]]
id = "opinion"
prompt = "What do you think?"
points = 3
"#;

#[test]
fn short_answers_by_acceptance_keywords_cap_and_teacher() {
    let a = activity(SHORT);
    let wrote = |q: &str, text: &str| answer(Response::Short(map(&[(q, text)])));
    let cases: &[(&str, &str, f64)] = &[
        ("who", "  molotov. ", 2.0),
        ("who", "Vyacheslav Molotov", 2.0),
        ("who", "Litvinov", 0.0),
        // 1 (collective security, found twice, counted once) + 2 (Munich) = 3.
        (
            "why",
            "Litvinov's collective security failed after Munich.",
            3.0,
        ),
        // 1 + 2 × 1 (appeasement, appeasing) + 2 = 5, capped at 3.
        (
            "why",
            "After Munich, appeasement and the appeasing of Hitler ruined Litvinov.",
            3.0,
        ),
        // One occurrence of the appease* group: 1.
        ("why", "Appeasement.", 1.0),
        ("why", "", 0.0),
    ];
    for (q, text, want) in cases {
        let s = score(&a, &wrote(q, text));
        assert_marks(marks(&s), *want, &format!("{q}: {text}"));
    }
    let capped = score(
        &a,
        &wrote(
            "why",
            "After Munich, appeasement and the appeasing of Hitler ruined Litvinov.",
        ),
    );
    assert!(
        capped
            .entries
            .iter()
            .any(|e| e.reason.contains("capped at the question's 3 marks") && e.marks == -2.0),
        "{:#?}",
        capped.entries
    );
    // No accept and no keywords: the teacher marks it; until then it is provisional.
    let s = score(&a, &wrote("opinion", "Stalin had little choice."));
    assert_eq!((marks(&s), s.awaiting_teacher), (0.0, 3.0));
    assert!(s.is_provisional());
    let mut marked = wrote("opinion", "Stalin had little choice.");
    marked.teacher.insert("opinion".into(), 2.0);
    let s = score(&a, &marked);
    assert_eq!((marks(&s), s.awaiting_teacher), (2.0, 0.0));
    // Nothing written: nothing to wait for.
    let s = score(&a, &wrote("opinion", " "));
    assert_eq!((marks(&s), s.awaiting_teacher), (0.0, 0.0));
}

#[test]
fn keyword_groups_take_synonyms_unless_told_not_and_any_order_when_told() {
    let a = activity(
        r#"id = "s"
kind = "short"
title = "T"
[[questions]]
id = "help"
prompt = "What did Britain send?"
points = 1
[[questions.keywords]]
alternatives = ["help"]
[[questions]]
id = "exact"
prompt = "What did Britain send?"
points = 1
[[questions.keywords]]
alternatives = ["help"]
synonyms = false
[[questions]]
id = "pact"
prompt = "What did Stalin sign?"
points = 1
[[questions.keywords]]
alternatives = ["pact with Germany"]
any_order = true
"#,
    );
    let wrote = |q: &str, text: &str| answer(Response::Short(map(&[(q, text)])));
    let cases: &[(&str, &str, f64)] = &[
        ("help", "Britain sent aid to Poland.", 1.0),
        ("exact", "Britain sent aid to Poland.", 0.0),
        ("exact", "Britain sent help to Poland.", 1.0),
        ("pact", "Germany made a pact with him.", 1.0),
        ("pact", "A pact with Germany.", 1.0),
        ("pact", "Germany made no offer of a pact.", 0.0),
    ];
    for (q, text, want) in cases {
        let s = score(&a, &wrote(q, text));
        assert_marks(marks(&s), *want, &format!("{q}: {text}"));
    }
}

fn essay(words: &str, rubric: bool) -> Activity {
    let rubric = if rubric {
        "[[rubric]]\nid = \"argument\"\ncriterion = \"Argument\"\n\
         [[rubric.levels]]\npoints = 0\ndescription = \"None\"\n\
         [[rubric.levels]]\npoints = 4\ndescription = \"Clear and sustained\"\n"
    } else {
        ""
    };
    activity(&format!(
        "id = \"e\"\nkind = \"essay\"\ntitle = \"T\"\ninstructions = \"Why?\"\n\
         [words]\n{words}\n[[keywords]]\nalternatives = [\"Munich\"]\n{rubric}"
    ))
}

fn essay_of(words: usize, keyword: bool) -> Answer {
    // Filler that reads as a sentence: every other word is a small one.
    let mut text: Vec<&str> = (0..words)
        .map(|i| if i % 2 == 0 { "stone" } else { "the" })
        .collect();
    if keyword {
        text[0] = "Munich";
        if words > 1 {
            text[1] = "was";
        }
    }
    answer(Response::Essay(text.join(" ")))
}

#[test]
fn word_limits_points_bands_and_hard_minimum() {
    // 2 points within [10, 20]; the keyword is 1 more.
    let within = essay("min = 10\nmax = 20\npoints = 2", false);
    for (words, want) in [(9, 1.0), (10, 3.0), (20, 3.0), (21, 1.0)] {
        let s = score(&within, &essay_of(words, true));
        assert_marks(marks(&s), want, &format!("{words} words within"));
    }
    // Bands: 1 from 5 words, 2 from 10, 3 from 15; none over 20.
    let bands = essay(
        "max = 20\n[[words.bands]]\nmin = 5\npoints = 1\n[[words.bands]]\nmin = 10\npoints = 2\n\
         [[words.bands]]\nmin = 15\npoints = 3",
        false,
    );
    for (words, want) in [
        (4, 0.0),
        (5, 1.0),
        (12, 2.0),
        (15, 3.0),
        (20, 3.0),
        (21, 0.0),
    ] {
        let s = score(&bands, &essay_of(words, false));
        assert_marks(marks(&s), want, &format!("{words} words in bands"));
    }
    // A hard minimum: below it the keyword earns nothing either.
    let hard = essay("min = 10\nhard_min = true", false);
    for (words, want) in [(9, 0.0), (10, 1.0)] {
        let s = score(&hard, &essay_of(words, true));
        assert_marks(marks(&s), want, &format!("{words} words, hard minimum"));
    }
    let s = score(&hard, &essay_of(9, true));
    assert!(
        s.entries
            .iter()
            .any(|e| e.reason.contains("earns no marks"))
    );
}

#[test]
fn rubric_criteria_wait_for_the_teacher() {
    let a = essay("min = 1", true);
    let mut written = essay_of(3, true);
    let s = score(&a, &written);
    // The keyword: 1; the criterion (4) awaits the teacher.
    assert_eq!((marks(&s), s.awaiting_teacher), (1.0, 4.0));
    assert_eq!(s.tasks[1].outcome, Outcome::AwaitingTeacher);
    written.teacher.insert("argument".into(), 4.0);
    let s = score(&a, &written);
    assert_eq!((marks(&s), s.awaiting_teacher), (5.0, 0.0));
    assert!(
        s.explanation()
            .iter()
            .any(|l| l.contains("“Clear and sustained”"))
    );
}

const REPORT: &str = r#"id = "rep"
kind = "report"
title = "Report"
instructions = "Advise Stalin."
[[sections]]
id = "intro"
heading = "Introduction"
[[sections.keywords]]
alternatives = ["war"]
[[sections]]
id = "advice"
heading = "Recommendation"
[[sections.rubric]]
id = "evidence"
criterion = "Evidence"
[[sections.rubric.levels]]
points = 0
description = "None"
[[sections.rubric.levels]]
points = 2
description = "Good"
[[sections]]
id = "notes"
heading = "Notes"
required = false
[decision]
prompt = "Germany or the Allies?"
section = "advice"
points = 2
[[decision.options]]
id = "germany"
label = "Germany"
alternatives = ["Germany", "Berlin"]
[[decision.options]]
id = "allies"
label = "Britain and France"
alternatives = ["Britain", "France", "Allies"]
"#;

fn report(intro: &str, advice: &str, decision: Option<&str>) -> Answer {
    let mut sections = BTreeMap::new();
    for (id, text) in [("intro", intro), ("advice", advice)] {
        if !text.is_empty() {
            sections.insert(id.to_string(), text.to_string());
        }
    }
    answer(Response::Report {
        cover: BTreeMap::new(),
        sections,
        decision: decision.map(str::to_string),
    })
}

#[test]
fn a_report_is_marked_section_by_section_with_its_decision() {
    let a = activity(REPORT);
    // intro keyword 1; decision 2 when argued in "advice"; the advice rubric (2) awaits.
    let cases: &[(&str, &str, Option<&str>, f64, f64)] = &[
        (
            "War is coming.",
            "Sign with Berlin, because it keeps us out of war.",
            Some("germany"),
            3.0,
            2.0,
        ),
        (
            "War is coming.",
            "Sign with Berlin, because it keeps us out of war.",
            Some("allies"),
            1.0,
            2.0,
        ),
        ("War is coming.", "Sign now.", Some("germany"), 1.0, 2.0),
        (
            "War is coming.",
            "Sign with Berlin, because it keeps us out of war.",
            None,
            1.0,
            2.0,
        ),
        ("", "", Some("germany"), 0.0, 0.0),
    ];
    for (intro, advice, decision, want, awaiting) in cases {
        let s = score(&a, &report(intro, advice, *decision));
        assert_marks(
            marks(&s),
            *want,
            &format!("{intro} / {advice} / {decision:?}"),
        );
        assert_marks(s.awaiting_teacher, *awaiting, "awaiting");
    }
    let s = score(
        &a,
        &report(
            "",
            "Sign with Berlin, because it keeps us out of war.",
            Some("germany"),
        ),
    );
    assert!(
        s.explanation().contains(
            &"Introduction: 0 the required section “Introduction” is missing".to_string()
        ),
        "{:#?}",
        s.explanation()
    );
    let mut marked = report(
        "War.",
        "Sign with Berlin, because it keeps us out of war.",
        Some("germany"),
    );
    marked.teacher.insert("advice.evidence".into(), 2.0);
    let s = score(&a, &marked);
    assert_eq!((marks(&s), s.is_provisional()), (5.0, false));
}

#[test]
fn the_total_is_capped_at_the_activitys_points_and_follow_ups_count() {
    let a = activity(&format!(
        "id = \"c\"\nkind = \"categorize\"\ntitle = \"T\"\ninstructions = \"I\"\npoints = 4\n{CARDS}\n\
         [[follow_up]]\nid = \"f\"\nprompt = \"Why?\"\npoints = 1\naccept = [\"trade\"]\n"
    ));
    let all = map(&[("c1", "x"), ("c2", "y"), ("c3", "x"), ("c4", "y")]);
    let mut perfect = answer(Response::Categorize(all));
    perfect.follow_up.insert("f".into(), "Trade".into());
    // 4 cards + 1 follow-up = 5, capped at 4.
    let s = score(&a, &perfect);
    assert_marks(marks(&s), 4.0, "capped");
    let last = s.entries.last().expect("a cap line");
    assert_eq!(
        (last.marks, &*last.reason),
        (-1.0, "capped at the activity's 4 marks")
    );
    perfect.follow_up.clear();
    assert_marks(marks(&score(&a, &perfect)), 4.0, "no cap needed");
}

#[test]
fn model_answers_are_shown_only_when_the_activity_allows() {
    let shown = activity(SHORT);
    let hidden = activity(&format!("show_model_answer = false\n{SHORT}"));
    let a = answer(Response::Short(map(&[("who", "Molotov")])));
    assert_eq!(
        score(&shown, &a).tasks[0].model_answer.as_deref(),
        Some("Molotov")
    );
    assert!(
        score(&hidden, &a)
            .tasks
            .iter()
            .all(|t| t.model_answer.is_none())
    );
    // Nor does the explanation name a point missed, unless the author phrased it.
    let missed = answer(Response::Short(map(&[("why", "Litvinov")])));
    let names_it = |a: &Activity| {
        let lines = score(a, &missed).explanation();
        lines.iter().any(|l| l.contains("“Munich”"))
    };
    assert!(names_it(&shown));
    assert!(!names_it(&hidden));
}

#[test]
fn revisiting_a_ranking_reports_each_items_movement() {
    let ids = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let moves = compare_rankings(&ids(&["a", "b", "c", "d"]), &ids(&["c", "a", "b", "e"]));
    let got: Vec<(&str, Option<usize>, Option<usize>, i64)> = moves
        .iter()
        .map(|m| (m.item.as_str(), m.from, m.to, m.moved_by))
        .collect();
    assert_eq!(
        got,
        [
            ("c", Some(3), Some(1), 2),
            ("a", Some(1), Some(2), -1),
            ("b", Some(2), Some(3), -1),
            ("e", None, Some(4), 0),
            ("d", Some(4), None, 0),
        ]
    );
}

#[test]
fn scoring_is_deterministic() {
    let a = activity(SHORT);
    let text = answer(Response::Short(map(&[(
        "why",
        "Munich, appeasement and Litvinov",
    )])));
    assert_eq!(score(&a, &text), score(&a, &text));
}

/// Marks each answer to the one question of a `short` activity (see [`short_question`]),
/// against the marks a teacher would give.
fn check_short_answers(question: &str, cases: &[(&str, f64)]) {
    let short = short_question(question);
    for (text, want) in cases {
        let wrote = answer(Response::Short(map(&[("q", text)])));
        assert_marks(marks(&score(&short, &wrote)), *want, text);
    }
}

/// A `short` question worth one point, keyed by one group of `alternatives`.
fn one_point(prompt: &str, model: Option<&str>, alternatives: &[&str]) -> String {
    let model = model.map_or(String::new(), |m| format!("model_answer = {m:?}\n"));
    format!(
        "prompt = {prompt:?}\npoints = 1\n{model}[[questions.keywords]]\nalternatives = {alternatives:?}\n"
    )
}

/// A question on the pacts of 1935 whose model answer denies that they were backed by
/// military talks, and does not deny that they were a political gesture.
const PACTS: &str = r#"prompt = "How much were the pacts of 1935 worth to the USSR?"
points = 1
model_answer = "Neither pact was ever backed by military talks, and the French treated theirs as a political gesture."
[[questions.keywords]]
alternatives = ["neither pact was backed", "no military", "staff talks", "political gesture"]
"#;

/// A point the model answer makes negatively may be made so in the same words; a negation
/// of another of the group's alternatives is still denied.
#[test]
fn a_negative_model_answer_excuses_only_its_own_words() {
    let spain = r#"prompt = "What did Spain show about Britain and France?"
points = 1
model_answer = "Britain and France did not help the Republic, so collective security was not working."
[[questions.keywords]]
alternatives = ["collective security", "non-intervention"]
"#;
    check_short_answers(
        spain,
        &[
            (
                "It showed that collective security was not working at all.",
                1.0,
            ),
            (
                "They kept to non-intervention while Italy armed Franco.",
                1.0,
            ),
            (
                "Britain and France did not keep to non-intervention at all.",
                0.0,
            ),
            // Supposing what did not happen says it did not: as the model answer does.
            (
                "If collective security had worked, they would have helped the Republic.",
                1.0,
            ),
        ],
    );
    // An alternative that shares a word with the one the model answer denies is the same
    // point said another way: "cannot return values" for "do not have a return type".
    let constructor = r#"prompt = "What is the difference between a constructor and a function?"
points = 1
model_answer = "Constructors do not have a return type, but functions have to indicate one."
[[questions.keywords]]
alternatives = ["return type", "return", "void"]
"#;
    check_short_answers(
        constructor,
        &[
            ("A constructor cannot return values.", 1.0),
            ("A constructor does not have a return type.", 1.0),
            ("A constructor is never void.", 0.0),
        ],
    );
    // So is a denial of what the model answer's own denial names: its clause "backed by
    // military talks" lets a student deny "staff talks"; the model answer does not deny a
    // "political gesture", so a student who does says the opposite.
    check_short_answers(
        PACTS,
        &[
            (
                "The French generals never sat down to staff talks with us.",
                1.0,
            ),
            ("There were no staff talks, so the pact was hollow.", 1.0),
            ("The pact was treated as a political gesture.", 1.0),
            ("The pact was not a political gesture at all.", 0.0),
            ("The French never made a political gesture to us.", 0.0),
        ],
    );
}

/// What the model answer only ever denies, a student who asserts it says the opposite:
/// "the pacts were backed by staff talks" for a model answer's "neither pact was ever backed
/// by military talks". Words the model answer also says positively, or that come before its
/// denial ("collective security was not working"), are not turned round.
#[test]
fn what_the_model_answer_only_denies_is_not_made_by_asserting_it() {
    check_short_answers(
        PACTS,
        &[
            (
                "Both pacts were backed by staff talks between the armies.",
                0.0,
            ),
            ("The pacts were backed by staff talks from the start.", 0.0),
            // Not what the model answer denies of them: the point in other words.
            ("The French put off staff talks for four years.", 1.0),
            ("There were no staff talks, so the pact was hollow.", 1.0),
            ("The pacts lacked any staff talks to give them teeth.", 1.0),
            ("Staff talks were missing from both pacts.", 1.0),
            ("The French treated the pact as a political gesture.", 1.0),
            ("Neither pact was backed by anything real.", 1.0),
        ],
    );
    let constructor = one_point(
        "What is the difference between a constructor and a function?",
        Some("Constructors do not have a return type, but functions have to indicate one."),
        &["return type", "no return"],
    );
    check_short_answers(
        &constructor,
        &[
            ("A constructor has a return type like any function.", 0.0),
            ("A constructor does not have a return type.", 1.0),
            ("A constructor has no return value.", 1.0),
        ],
    );
    // A verb that denies is not a plain negation: other verbs deny as well.
    let reference = one_point(
        "Why pass large objects by reference?",
        Some("It avoids making copies of large data structures."),
        &["copies", "copying"],
    );
    check_short_answers(
        &reference,
        &[(
            "Passing by reference eliminates the copying of large data.",
            1.0,
        )],
    );
    // The subject of a denial is not what it denies: "collective security was not working"
    // leaves "collective security collapsed in Spain" a point.
    let spain = one_point(
        "What did Spain show about Britain and France?",
        Some(
            "Britain and France did not help the Republic, so collective security was not working.",
        ),
        &["collective security"],
    );
    check_short_answers(
        &spain,
        &[("Spain showed that collective security had collapsed.", 1.0)],
    );
    // Words the model answer also says positively are not turned round.
    let gains = one_point(
        "What could Britain and France offer the USSR?",
        Some(
            "They stand by the frontiers of 1919 and will not accept a Soviet sphere of influence in the Baltic, while Germany would offer us a sphere of influence there.",
        ),
        &["sphere of influence", "frontiers of 1919"],
    );
    check_short_answers(
        &gains,
        &[
            ("Britain keeps to the frontiers of 1919 in the east.", 1.0),
            (
                "Germany could give us a sphere of influence in the Baltic.",
                1.0,
            ),
        ],
    );
}

/// A verb and what it acts on may be said the other way round, in a clause about the thing:
/// "the League of Nations, which we joined in 1934" makes `"joined the League"`.
#[test]
fn a_verb_and_its_object_may_be_said_in_a_relative_clause() {
    let league = one_point(
        "What did collective security achieve?",
        None,
        &["joined the League"],
    );
    check_short_answers(
        &league,
        &[
            ("The USSR joined the League in 1934.", 1.0),
            (
                "The League of Nations, which we joined in 1934, did nothing for us.",
                1.0,
            ),
            ("It was the League that the USSR joined in 1934.", 1.0),
            (
                "The League of Nations, which we never joined, did nothing.",
                0.0,
            ),
            ("The League, which Japan left in 1933, did nothing.", 0.0),
        ],
    );
}

/// An answer asked for in a sentence or more that is only its points between commas reads
/// as a list, even where a point has a verb of its own ("does not conduct"); a sentence
/// that lists its points after saying who did what does not.
#[test]
fn points_between_commas_read_as_a_list() {
    let pact = r#"prompt = "What did the pact give the USSR?"
points = 3
[questions.words]
min = 8
[[questions.keywords]]
alternatives = ["time"]
[[questions.keywords]]
alternatives = ["territory"]
[[questions.keywords]]
alternatives = ["security", "was not attacked"]
"#;
    check_short_answers(
        pact,
        &[
            (
                "We gained time, territory, security and peace from the pact.",
                3.0,
            ),
            ("time, territory, was not attacked, peace.", 0.0),
            ("time, territory, security, peace.", 0.0),
            // Names that are not points, among points, are a list all the same.
            ("pact, time, territory, Stalin", 0.0),
            (
                "In 1939 the pact gave us time, territory, and security.",
                3.0,
            ),
        ],
    );
}

/// A verb and the noun that names its act are one word to a group with synonyms:
/// "Germany's invasion of Poland" makes `"invaded Poland"`, "the agreement" `"agreed"`.
#[test]
fn a_verb_matches_the_noun_that_names_its_act() {
    let invasion = one_point(
        "Why did Britain declare war in September 1939?",
        None,
        &["invaded Poland"],
    );
    check_short_answers(
        &invasion,
        &[
            (
                "It was the German invasion of Poland that brought war.",
                1.0,
            ),
            ("Germany invaded Poland on 1 September.", 1.0),
            ("Germany threatened Poland all summer.", 0.0),
        ],
    );
}

/// A word that says "not" with a prefix is made by "not" and the word it denies: "does
/// not trust us" makes the point keyed `distrust*`; denying either form denies the point.
#[test]
fn a_negative_prefix_may_be_said_with_not() {
    let chamberlain = r#"prompt = "What was Chamberlain's attitude to the USSR?"
points = 1
[[questions.keywords]]
alternatives = ["distrust*", "unreliable"]
"#;
    check_short_answers(
        chamberlain,
        &[
            ("Chamberlain plainly does not trust the Soviet Union.", 1.0),
            ("Chamberlain never trusted Stalin or the Red Army.", 1.0),
            (
                "He thought the Red Army was not reliable after the purges.",
                1.0,
            ),
            ("Chamberlain distrusted the USSR from the start.", 1.0),
            ("Chamberlain did not distrust the USSR at all.", 0.0),
            ("Chamberlain trusted the Soviet Union completely.", 0.0),
            (
                "He thought the Red Army was reliable after the purges.",
                0.0,
            ),
        ],
    );
}

/// An adjective with one antonym is made by "not" and the antonym, matched without its
/// synonyms: "not fresh" makes the point keyed `stale`, "not new" does not, and denying
/// the adjective itself still denies the point.
#[test]
fn an_antonym_may_be_said_with_not() {
    let delivery = r#"prompt = "What could go wrong with delivering bread to customers' homes?"
points = 1
[[questions.keywords]]
alternatives = ["stale"]
"#;
    check_short_answers(
        delivery,
        &[
            (
                "The bread might not be fresh when it reaches the house.",
                1.0,
            ),
            ("The bread is not fresh by the time the van arrives.", 1.0),
            ("The loaves could go stale in the back of the van.", 1.0),
            (
                "The bread will not be stale because it is baked that morning.",
                0.0,
            ),
            ("The van is not new and the driver is slow.", 0.0),
        ],
    );
}

/// A negation of a limit says the point holds: "not limited in size" makes the point
/// *size*; a negation of the point itself still denies it.
#[test]
fn a_limit_denied_makes_the_point() {
    let lists = r#"prompt = "What is the main advantage of linked lists over arrays?"
points = 1
[[questions.keywords]]
alternatives = ["variable size", "size", "grow"]
"#;
    check_short_answers(
        lists,
        &[
            ("Linked lists are not limited in size like arrays are.", 1.0),
            ("There is no limit on the size of a linked list.", 1.0),
            ("A linked list is not restricted to a fixed size.", 1.0),
            ("A linked list cannot grow.", 0.0),
            ("The size of a linked list is not variable.", 0.0),
            ("It is not the size that matters but the speed.", 0.0),
        ],
    );
}

/// A model answer that says what something stops or prevents makes that point negatively:
/// "cannot burst" makes it as "stops it bursting" does. A denial of another alternative is
/// still a denial.
#[test]
fn a_model_answer_that_says_what_is_prevented_makes_its_point_negatively() {
    let wall = r#"prompt = "Why do plant cells have a cell wall?"
points = 2
model_answer = "The wall supports the cell and stops it bursting when it takes in water."
[[questions.keywords]]
alternatives = ["support*", "rigid*"]
[[questions.keywords]]
alternatives = ["burst*"]
"#;
    check_short_answers(
        wall,
        &[
            ("The wall is rigid, so the cell cannot burst.", 2.0),
            (
                "It is rigid, and the cell never bursts however much water comes in.",
                2.0,
            ),
            (
                "It prevents the cell from bursting and gives it support.",
                2.0,
            ),
            ("The wall is not rigid, and the cell cannot burst.", 1.0),
        ],
    );
    let pact = r#"prompt = "What did the USSR gain from the pact of August 1939?"
points = 1
model_answer = "The pact kept the USSR out of the war in the west for the time being."
[[questions.keywords]]
alternatives = ["war"]
"#;
    check_short_answers(
        pact,
        &[
            ("The USSR did not have to fight in the war for now.", 1.0),
            (
                "The USSR would not be dragged into a war with Germany yet.",
                1.0,
            ),
        ],
    );
}

/// A point the model answer makes of one thing and denies of another is judged by what
/// the student says it of: "plastic has plenty of free electrons" says the opposite, as
/// "copper has no free electrons" does; said of either rightly, or of "it", it counts.
#[test]
fn a_point_said_of_the_wrong_thing_says_the_opposite() {
    let electrons = one_point(
        "Why does a plastic coat stop electricity, when the copper wire inside conducts?",
        Some(
            "Plastic has no free electrons to carry charge, while copper has many free electrons that move easily.",
        ),
        &["free electrons"],
    );
    check_short_answers(
        &electrons,
        &[
            ("Copper has plenty of free electrons, so it conducts.", 1.0),
            ("Plastic has no free electrons, so it cannot conduct.", 1.0),
            ("It has free electrons that carry the current.", 1.0),
            (
                "Plastic has plenty of free electrons, so it conducts well.",
                0.0,
            ),
            ("Copper has no free electrons, so it conducts badly.", 0.0),
        ],
    );
}

/// An accepted phrase that the question itself holds earns nothing in a sentence that only
/// says the question back (its words, small words and vague ones such as "things"); used
/// in a sentence that says something more, it is the student's.
#[test]
fn a_point_in_a_sentence_that_only_says_the_question_back_earns_nothing() {
    let ill = one_point(
        "What does a vaccine contain, and why doesn't it make you ill?",
        None,
        &["does not make you ill", "cannot reproduce"],
    );
    check_short_answers(
        &ill,
        &[
            (
                "A vaccine contains things and it doesn't make you ill.",
                0.0,
            ),
            ("It doesn't make you ill.", 0.0),
            (
                "It doesn't make you ill because the virus in it is dead and cannot reproduce.",
                1.0,
            ),
            (
                "The weakened virus doesn't make you ill, as your body destroys it first.",
                1.0,
            ),
        ],
    );
}

/// Where the model answer makes a point negatively ("cannot spread"), a denial may make it
/// too, but not the denial of a prevention: "it doesn't stop the spread" says it spreads.
#[test]
fn a_denied_prevention_is_not_excused_by_a_negative_model_answer() {
    let herd = one_point(
        "Why does herd immunity protect people who cannot be vaccinated?",
        Some("The pathogen cannot spread easily from person to person."),
        &["cannot spread", "stops the spread"],
    );
    check_short_answers(
        &herd,
        &[
            (
                "Vaccinating most people stops the spread of the disease.",
                1.0,
            ),
            (
                "The disease can't spread between people who are immune.",
                1.0,
            ),
            ("Herd immunity doesn't stop the spread of the disease.", 0.0),
        ],
    );
}

/// The hint a missed point shows is the activity's text: pasted back after a first try, its
/// words earn nothing; a right answer that shares a few of them with it still earns.
#[test]
fn a_missed_points_hint_pasted_back_earns_nothing() {
    let question = r#"prompt = "Why are the toys made in a batch of 500?"
points = 1
[[questions.keywords]]
alternatives = ["jig", "template"]
missed = "Name a jig, template or machine that makes every part identical."
"#;
    check_short_answers(
        question,
        &[
            (
                "Name a jig, template or machine that makes every part identical.",
                0.0,
            ),
            (
                "A drilling jig holds each part, so the holes are in the same place every time.",
                1.0,
            ),
            ("A jig makes every part identical.", 1.0),
        ],
    );
}
