//! The keyword matcher on what students write in the sections of the bundled "Report to
//! Comrade Stalin": misspellings, plurals and other forms, hyphens and dashes, possessives,
//! phrases in another order, points made in the wrong section, and the decision argued (or
//! not) in its section.

use std::collections::BTreeMap;

use classwork::activity::{Activity, Body, Report};
use classwork::answer::{Answer, Response};
use classwork::scoring::keywords::{match_groups, mentions};
use classwork::scoring::score;

fn unit() -> classwork::activity::Unit {
    classwork::bundled::default_unit().units.remove(0)
}

fn report(a: &Activity) -> &Report {
    match &a.body {
        Body::Report(r) => r,
        _ => panic!("the bundled report"),
    }
}

/// Ids of the keyword groups of section `section` that `text` makes.
fn points(r: &Report, section: &str, text: &str) -> Vec<String> {
    let s = r
        .sections
        .iter()
        .find(|s| *s.id == *section)
        .expect(section);
    match_groups(&s.keywords, text)
        .iter()
        .zip(&s.keywords)
        .filter(|(m, _)| m.found > 0)
        .map(|(_, g)| g.id.to_string())
        .collect()
}

#[test]
fn collective_security_in_a_students_own_spelling() {
    let unit = unit();
    let r = report(unit.activity("report_to_stalin").expect("report"));
    let cases: &[(&str, &[&str])] = &[
        (
            "Litvinof took us into the Leage of Nations in 1934 and we signed \
             mutual-assistance treaties with France and Czechoslovakia, but they were only paper.",
            &["league", "pacts_1935", "no_military_talks", "litvinov"],
        ),
        (
            "LITVINOV'S policy: Geneva speeches, and the Comintern's Popular Fronts.",
            &["league", "litvinov", "popular_fronts"],
        ),
        (
            // The pacts' words in another order make no phrase: "assistance" that was
            // "mutual" is not "mutual assistance".
            "We gave assistance that was mutual, on paper only.",
            &["no_military_talks"],
        ),
        ("Collective security failed.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(points(r, "collective_security", text), *want, "{text:?}");
    }
}

#[test]
fn britain_and_france_with_plurals_possessives_and_other_forms() {
    let unit = unit();
    let r = report(unit.activity("report_to_stalin").expect("report"));
    let cases: &[(&str, &[&str])] = &[
        (
            "Chamberlains government appeased Hitler over the Rhineland and distrusts us; the \
             British dragged the talks out and sent Admiral Drax by slow boat.",
            &["appeasement", "delay", "chamberlain"],
        ),
        (
            "Their guarantees to the Poles tie them down; British public opinion wants a deal.",
            &["guarantee", "chamberlain"],
        ),
        (
            "They apeased him in Austria and then guaranteed the Poles.",
            &["appeasement", "guarantee"],
        ),
        ("London and Paris gave way at every step.", &["appeasement"]),
    ];
    for (text, want) in cases {
        assert_eq!(points(r, "britain_france", text), *want, "{text:?}");
    }
}

#[test]
fn spain_with_hyphens_dashes_and_spaces() {
    let unit = unit();
    let r = report(unit.activity("report_to_stalin").expect("report"));
    for text in [
        "Britain and France hid behind non-intervention while Mussolini sent troops.",
        "Britain and France hid behind non–intervention while Mussolini sent troops.",
        "Britain and France hid behind Non Intervention while Mussolini sent troops.",
    ] {
        assert_eq!(
            points(r, "spain", text),
            ["non_intervention", "germany_italy"],
            "{text:?}"
        );
    }
    assert_eq!(
        points(
            r,
            "spain",
            "We sent tanks and planes; Madrid held, and we got the gold."
        ),
        ["aid", "gains_losses"]
    );
    // "intervention" alone is not the policy of non-intervention.
    assert_eq!(
        points(r, "spain", "Soviet intervention was limited."),
        Vec::<String>::new()
    );
}

#[test]
fn munich_and_the_case_for_germany() {
    let unit = unit();
    let r = report(unit.activity("report_to_stalin").expect("report"));
    assert_eq!(
        points(
            r,
            "munich",
            "The Sudeten Germans were handed over and we were left out of the conference."
        ),
        ["sudetenland", "excluded"]
    );
    // "not invited" is a phrase: "invited … not" in another order does not make it.
    assert!(!points(r, "munich", "Invited? We were not.").contains(&"excluded".to_string()));
    assert_eq!(
        points(
            r,
            "case_germany",
            "Hitler wants us to stay neutral; a pact buys time to rearm the Red Army after the \
             purges, and the Japanese threat in the Far East would ease."
        ),
        ["neutrality", "time", "japan"]
    );
}

fn texts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_point_counts_only_in_its_own_section() {
    let unit = unit();
    let a = unit.activity("report_to_stalin").expect("report");
    let answer = Answer {
        response: Response::Report {
            cover: BTreeMap::new(),
            sections: texts(&[(
                "munich",
                "We joined the League of Nations, yet the Czechs still lost the Sudetenland.",
            )]),
            decision: None,
        },
        ..Answer::default()
    };
    let s = score(a, &answer);
    let about = |task: &str| -> Vec<&str> {
        s.entries
            .iter()
            .filter(|e| &*e.task == task && e.marks > 0.0)
            .map(|e| &*e.reason)
            .collect()
    };
    assert!(about("collective_security").is_empty(), "{:?}", s.entries);
    assert_eq!(about("munich"), ["mentioned “sudetenland”"]);
}

#[test]
fn the_decision_is_argued_by_any_of_its_words() {
    let unit = unit();
    let r = report(unit.activity("report_to_stalin").expect("report"));
    let decision = r.decision.as_ref().expect("a decision");
    let option = |id: &str| {
        &decision
            .options
            .iter()
            .find(|o| o.id == id)
            .expect(id)
            .alternatives
    };
    let germany = option("germany");
    let allies = option("allies");
    assert!(mentions(
        germany,
        "We should come to terms with the Germans at once."
    ));
    assert!(mentions(
        germany,
        "Sign a non aggression pact and keep our hands free."
    ));
    assert!(mentions(germany, "Hitler's offer is the better one."));
    assert!(!mentions(germany, "Ribbentrop's offer is the better one."));
    assert!(mentions(
        allies,
        "An Anglo French alliance could still deter him."
    ));
    assert!(mentions(allies, "Frnace and Britian are slow but honest."));
    assert!(!mentions(
        allies,
        "The Western democracies cannot be trusted."
    ));
}

#[test]
fn the_decision_earns_its_marks_once_its_section_argues_for_it() {
    let unit = unit();
    // The bundled report gives its marks for judgement to the rubric; give the decision two
    // of its own here, to see when they are earned.
    let mut a = unit.activity("report_to_stalin").expect("report").clone();
    match &mut a.body {
        Body::Report(r) => r.decision.as_mut().expect("a decision").points = 2.0,
        _ => panic!("the bundled report"),
    }
    let a = &a;
    let with = |text: &str| Answer {
        response: Response::Report {
            cover: BTreeMap::new(),
            sections: texts(&[("recommendations", text)]),
            decision: Some("germany".into()),
        },
        ..Answer::default()
    };
    let decision_marks = |text: &str| {
        let s = score(a, &with(text));
        s.tasks
            .iter()
            .find(|t| &*t.id == "decision")
            .map(|t| t.marks)
            .expect("the decision task")
    };
    assert_eq!(decision_marks("Keep talking to London while we wait."), 0.0);
    assert_eq!(
        decision_marks("Sign with Berlin; keep talking to London."),
        0.0
    );
    assert_eq!(
        decision_marks(
            "Sign with Berlin, because a pact keeps us out of war; keep talking to London."
        ),
        2.0
    );
    // Argued against, hedged, or contradicted by the text: the decision is not argued for.
    for text in [
        "I do not recommend Germany, because Hitler will attack us in the end.",
        "Maybe Germany, maybe not; it is hard to say what will happen.",
        "Germany",
        "We must ally with Britain and France, because only they can stop Hitler; a triple alliance will protect us.",
    ] {
        assert_eq!(decision_marks(text), 0.0, "{text}");
    }
}
