//! Chance earns nothing, and word limits mean something.
//!
//! For each rule, first how a clever student would game it (and must earn about nothing),
//! then how a good student could lose by it (and must keep most of the marks): on the
//! bundled unit, and over random orders of every size and method.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use classwork::activity::validate::SourceIds;
use classwork::activity::{Activity, Body, Unit};
use classwork::answer::{Answer, Response};
use classwork::diagnostic::SourceFile;
use classwork::load::{activity_from, load_path};
use classwork::scoring::{Score, perfect_answer_with_sources, score_with_sources};
use proptest::prelude::*;
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

fn unit() -> Unit {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("activities/soviet-foreign-policy");
    let mut loaded = load_path(&path);
    loaded.units.remove(0)
}

fn find<'a>(unit: &'a Unit, id: &str) -> &'a Activity {
    unit.activities
        .iter()
        .find(|a| a.id == id)
        .expect("the bundled unit has the activity")
}

fn scored(unit: &Unit, activity: &Activity, response: Response) -> Score {
    let answer = Answer {
        response,
        ..Answer::default()
    };
    let s = score_with_sources(activity, &answer, &unit.sources);
    let sum: f64 = s.entries.iter().map(|e| e.marks).sum();
    assert!((sum - s.marks).abs() < 1e-9, "{:#?}", s.entries);
    s
}

fn perfect(unit: &Unit, activity: &Activity) -> Response {
    perfect_answer_with_sources(activity, &unit.sources).response
}

fn order_of(response: Response) -> Vec<String> {
    match response {
        Response::Order { order, .. } => order,
        other => panic!("not an order: {other:?}"),
    }
}

fn timeline(order: Vec<String>) -> Response {
    Response::Order {
        order,
        justification: String::new(),
    }
}

#[test]
fn a_random_or_reversed_timeline_earns_about_nothing_and_one_swap_most() {
    let unit = unit();
    let activity = find(&unit, "road_to_pact");
    let key = order_of(perfect(&unit, activity));
    let n = key.len();
    assert!(n >= 19, "the road to the pact has {n} events");
    let full = scored(&unit, activity, timeline(key.clone())).marks;
    assert!((full - n as f64).abs() < 1e-9);
    // Gaming: the key backwards, or shuffled.
    let mut reversed = key.clone();
    reversed.reverse();
    assert_eq!(scored(&unit, activity, timeline(reversed)).marks, 0.0);
    let mut rng = ChaCha8Rng::seed_from_u64(18);
    let mut total = 0.0;
    for _ in 0..200 {
        let mut shuffled = key.clone();
        shuffled.shuffle(&mut rng);
        total += scored(&unit, activity, timeline(shuffled)).marks;
    }
    let mean = total / 200.0 / full;
    assert!(mean < 0.10, "a random order earns {mean:.3} of the marks");
    // A good student: two neighbouring events swapped, anywhere, keeps most of the marks.
    for i in 0..n - 1 {
        let mut swapped = key.clone();
        swapped.swap(i, i + 1);
        let got = scored(&unit, activity, timeline(swapped)).marks;
        assert!(
            got >= 0.9 * full,
            "swapping events {i} and {} earns {got} of {full}",
            i + 1
        );
    }
}

#[test]
fn every_card_in_one_bucket_earns_nothing_and_one_misplaced_most() {
    let unit = unit();
    for id in ["britain_germany", "spain", "germany_or_allies"] {
        let activity = find(&unit, id);
        let Body::Categorize(c) = &activity.body else {
            panic!("{id} is a categorize")
        };
        let Response::Categorize(right) = perfect(&unit, activity) else {
            panic!("a categorize answer")
        };
        let full = scored(&unit, activity, Response::Categorize(right.clone())).marks;
        for bucket in &c.buckets {
            let all: BTreeMap<String, String> = c
                .cards
                .iter()
                .map(|card| (card.id.to_string(), bucket.id.clone()))
                .collect();
            let got = scored(&unit, activity, Response::Categorize(all)).marks;
            assert!(got <= 0.05 * full, "{id}: all in {} earns {got}", bucket.id);
        }
        // One card put in the first bucket that does not accept it. (In “spain” one bucket
        // accepts 9 of the 12 cards, so chance is high and one card costs a third.)
        let card = &c.cards[0];
        let wrong = c
            .buckets
            .iter()
            .find(|b| b.id != card.bucket && !card.also_accept.contains(&b.id))
            .expect("a bucket the card does not belong in");
        let mut one_off = right.clone();
        one_off.insert(card.id.to_string(), wrong.id.to_string());
        let got = scored(&unit, activity, Response::Categorize(one_off)).marks;
        assert!(
            got >= 0.6 * full,
            "{id}: one card misplaced earns {got} of {full}"
        );
    }
}

#[test]
fn ticking_every_option_earns_nothing_and_one_wrong_tick_keeps_some() {
    let unit = unit();
    let activity = find(&unit, "comintern");
    let Body::Choice(quiz) = &activity.body else {
        panic!("a choice activity")
    };
    let Response::Choice(best) = perfect(&unit, activity) else {
        panic!("a choice answer")
    };
    let mut checked = 0;
    for q in &quiz.questions {
        let classwork::activity::QuestionAnswer::Choice {
            options,
            multiple: true,
        } = &q.answer
        else {
            continue;
        };
        let task = |chosen: BTreeSet<String>| {
            let s = scored(
                &unit,
                activity,
                Response::Choice([(q.id.to_string(), chosen)].into()),
            );
            s.tasks.iter().find(|t| *t.id == *q.id).unwrap().marks
        };
        let every: BTreeSet<String> = options.iter().map(|o| o.id.clone()).collect();
        assert_eq!(task(every), 0.0, "{}: every option ticked", q.id);
        let right = best[&*q.id].clone();
        let full = task(right.clone());
        assert!((full - q.points).abs() < 1e-9);
        let wrong = options.iter().filter(|o| o.weight <= 0.0).count();
        if wrong >= 2 {
            let mut one_more = right.clone();
            one_more.insert(options.iter().find(|o| o.weight <= 0.0).unwrap().id.clone());
            let got = task(one_more);
            assert!(
                got > 0.0 && got < full,
                "{}: one wrong tick earns {got}",
                q.id
            );
        }
        checked += 1;
    }
    assert!(checked >= 2);
}

#[test]
fn an_unkeyed_justification_is_never_marked_by_its_length() {
    let unit = unit();
    let activity = find(&unit, "factors");
    let Body::Rank(rank) = &activity.body else {
        panic!("a rank")
    };
    let asked = rank.justification.as_ref().expect("a justification");
    assert!(asked.keywords.is_empty());
    let Response::Order { order, .. } = perfect(&unit, activity) else {
        panic!("an order")
    };
    let filler = "lorem ipsum dolor sit amet ".repeat(20);
    let s = scored(
        &unit,
        activity,
        Response::Order {
            order,
            justification: filler,
        },
    );
    let task = s.tasks.iter().find(|t| &*t.id == "justification").unwrap();
    assert_eq!(task.marks, 0.0);
    assert!((s.awaiting_teacher - asked.points).abs() < 1e-9);
}

fn rank_with_keywords() -> Activity {
    let text = "schema_version = 1\nid = \"r\"\nkind = \"rank\"\ntitle = \"T\"\n\
        instructions = \"I\"\n[justification]\nmin_words = 20\n\
        [[justification.keywords]]\nalternatives = [\"security\"]\n\
        [[justification.keywords]]\nalternatives = [\"Munich\"]\npoints = 2\n\
        [[items]]\nid = \"a\"\ntext = \"A\"\n[[items]]\nid = \"b\"\ntext = \"B\"\n";
    let file = SourceFile::new("r.toml", text);
    let mut diagnostics = Vec::new();
    let activity = activity_from(&file, &SourceIds::new(), &mut diagnostics);
    assert!(
        diagnostics.iter().all(|d| !d.is_error()),
        "{diagnostics:#?}"
    );
    activity.expect("it loads")
}

#[test]
fn a_justification_with_keyword_groups_earns_their_points() {
    let activity = rank_with_keywords();
    let Body::Rank(rank) = &activity.body else {
        panic!("a rank")
    };
    assert_eq!(rank.justification.as_ref().unwrap().points, 3.0);
    let say = |why: &str| {
        let answer = Answer {
            response: Response::Order {
                order: vec!["a".into(), "b".into()],
                justification: why.into(),
            },
            ..Answer::default()
        };
        let s = score_with_sources(&activity, &answer, &[]);
        s.tasks
            .iter()
            .find(|t| &*t.id == "justification")
            .unwrap()
            .marks
    };
    let good = "After Munich Stalin could no longer trust Britain and France, so the \
                security of the Soviet Union came first and a deal with Germany bought time.";
    assert_eq!(say(good), 3.0);
    // Length alone earns nothing.
    assert_eq!(say(&"and then we thought about it ".repeat(10)), 0.0);
    // Well under the 20 words asked: the points count for only a share.
    let short = say("Munich: security.");
    assert!(short > 0.0 && short < 1.0, "{short}");
}

#[test]
fn essays_well_under_the_minimum_or_past_the_maximum_lose_what_they_should() {
    let unit = unit();
    let activity = find(&unit, "final_essay");
    let Body::Essay(essay) = &activity.body else {
        panic!("an essay")
    };
    let limits = essay.words.as_ref().expect("word limits");
    let (min, max) = (limits.min.unwrap() as usize, limits.max.unwrap() as usize);
    let Response::Essay(text) = perfect(&unit, activity) else {
        panic!("an essay answer")
    };
    let task_marks = |text: String| {
        let s = scored(&unit, activity, Response::Essay(text));
        s.tasks.iter().find(|t| &*t.id == "essay").unwrap().marks
    };
    let full = task_marks(text.clone());
    assert!(full > 0.0);
    // The points made in a quarter of the words asked count for about a quarter.
    let quarter = classwork::text::first_words(&text, min / 4).to_string();
    let got = task_marks(quarter);
    assert!(got <= 0.35 * full, "{} words earn {got} of {full}", min / 4);
    // Within a tenth of the minimum loses nothing.
    let nearly = classwork::text::first_words(&text, min * 9 / 10).to_string();
    assert_eq!(task_marks(nearly), full);
    // Points made only after the maximum are not read.
    let late = format!("{} {text}", "indeed ".repeat(max));
    let got = task_marks(late);
    assert_eq!(got, 0.0, "points past the maximum earned {got}");
}

#[test]
fn strong_report_sections_of_thirty_words_and_more_are_not_cut() {
    let unit = unit();
    let activity = find(&unit, "report_to_stalin");
    let Body::Report(report) = &activity.body else {
        panic!("a report")
    };
    for section in &report.sections {
        if let Some(min) = section.words.as_ref().and_then(|w| w.min) {
            assert!(min <= 30, "{} asks at least {min} words", section.id);
        }
    }
}

/// A rank of `n` items keyed in id order (`i00`, `i01`, …), marked by `method`.
fn rank(n: usize, method: &str) -> Activity {
    let ids: Vec<String> = (0..n).map(|i| format!("i{i:02}")).collect();
    let mut text = format!(
        "schema_version = 1\nid = \"r\"\nkind = \"rank\"\ntitle = \"T\"\ninstructions = \"I\"\n\
         key = {ids:?}\n[scoring]\nmethod = \"{method}\"\n"
    );
    for id in &ids {
        text.push_str(&format!("[[items]]\nid = \"{id}\"\ntext = \"Item {id}\"\n"));
    }
    let file = SourceFile::new("r.toml", text);
    let mut diagnostics = Vec::new();
    activity_from(&file, &SourceIds::new(), &mut diagnostics).expect("the rank loads")
}

fn marks_of(activity: &Activity, order: &[String]) -> f64 {
    let answer = Answer {
        response: timeline(order.to_vec()),
        ..Answer::default()
    };
    let s = score_with_sources(activity, &answer, &[]);
    let sum: f64 = s.entries.iter().map(|e| e.marks).sum();
    assert!((sum - s.marks).abs() < 1e-9);
    s.marks
}

const CHANCE_PROOF: [&str; 6] = [
    "absolute",
    "relative",
    "subsequence",
    "pairs",
    "footrule",
    "kendall",
];

/// From a dozen items up, random orders earn under a tenth of the marks on average, by
/// every method but `all_or_nothing` (400 orders each, from a fixed seed).
#[test]
fn random_orders_earn_under_a_tenth_of_the_marks() {
    for n in 12..=25 {
        for (m, method) in CHANCE_PROOF.iter().enumerate() {
            let activity = rank(n, method);
            let key: Vec<String> = (0..n).map(|i| format!("i{i:02}")).collect();
            let mut rng = ChaCha8Rng::seed_from_u64((n * 10 + m) as u64);
            let samples = 400;
            let mut total = 0.0;
            for _ in 0..samples {
                let mut shuffled = key.clone();
                shuffled.shuffle(&mut rng);
                total += marks_of(&activity, &shuffled);
            }
            let mean = total / samples as f64 / n as f64;
            assert!(
                mean < 0.10,
                "{method} on {n} items: random orders earn {mean:.3}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The key earns everything and the key reversed nothing; a swap of neighbours keeps at
    /// least (n − 3)/(n − 1) of the marks ((n − 5)/(n − 1) by `pairs`, which can break three
    /// neighbours at once).
    #[test]
    fn the_key_earns_all_reversed_nothing_and_a_swap_most(
        n in 4usize..=25,
        method in 0usize..CHANCE_PROOF.len(),
        at in any::<prop::sample::Index>(),
    ) {
        let method = CHANCE_PROOF[method];
        let activity = rank(n, method);
        let key: Vec<String> = (0..n).map(|i| format!("i{i:02}")).collect();
        let max = n as f64;
        prop_assert!((marks_of(&activity, &key) - max).abs() < 1e-9);
        let mut reversed = key.clone();
        reversed.reverse();
        prop_assert_eq!(marks_of(&activity, &reversed), 0.0);
        let i = at.index(n - 1);
        let mut swapped = key.clone();
        swapped.swap(i, i + 1);
        let lost = if method == "pairs" { 5.0 } else { 3.0 };
        let bound = (max - lost) / (max - 1.0);
        let got = marks_of(&activity, &swapped) / max;
        prop_assert!(got >= bound - 1e-9, "{} on {} items: a swap keeps {:.3}", method, n, got);
    }
}
