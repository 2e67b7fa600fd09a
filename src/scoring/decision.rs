//! The decision of a report: made, and argued for in the section the author names.
//!
//! The decision earns its points when the option chosen is mentioned (any of its alternatives,
//! matched as a keyword group with stemming and one typo) in that section *positively* — in a
//! sentence, not a list, in a clause with no word of negation before it (and never negatively
//! anywhere in the section) and no hedge ("maybe", "perhaps", "possibly", "might", "not sure") in
//! its sentence — and the section gives at least one reason: a sentence of four words or more with
//! "because", "since", "as", "so", "therefore", "would", "will", "could", "can", "must", "means",
//! "gives", "offers" or "protects". Otherwise it earns nothing, and the explanation says why: never
//! argued for, said only negatively, hedged, without a reason, or — when the section argues for
//! another option more often than for the one chosen (or only for it) — contradicted by the text.

use super::clauses::{Clauses, Flaw};
use super::context::quoted;
use super::keywords::{self, Words};
use super::tally::TaskMarks;
use crate::activity::{Decision, KeywordGroup};

/// Words that hedge a sentence: a decision in it is not made.
const HEDGES: &[&str] = &["maybe", "perhaps", "possibly", "might", "unsure", "either"];

/// Words that give a reason.
const REASONS: &[&str] = &[
    "because",
    "since",
    "as",
    "so",
    "therefore",
    "would",
    "will",
    "could",
    "can",
    "must",
    "means",
    "gives",
    "offers",
    "protects",
];

/// How an option fares in the section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stance {
    /// Never mentioned.
    Absent,
    /// Mentioned only negatively, hedged or in lists.
    Against,
    /// Argued for in a sentence, this many times.
    For(usize),
}

fn stance(alternatives: &[String], words: &Words, clauses: &Clauses) -> Stance {
    let group = KeywordGroup {
        alternatives: alternatives.iter().cloned().collect(),
        stem: true,
        typos: 1,
        synonyms: true,
        any_order: false,
        occurrences: u32::MAX,
        id: std::sync::Arc::default(),
        points: 0.0,
        found: None,
        missed: None,
        model_reading: Default::default(),
        asked: Default::default(),
    };
    let found = keywords::match_group(&group, words);
    if found.spans.is_empty() {
        return Stance::Absent;
    }
    let said_against = found
        .spans
        .iter()
        .zip(&found.negative)
        .any(|(&(at, len), &neg)| clauses.flaw(at, len, neg) == Some(Flaw::Negated));
    let positive = found
        .spans
        .iter()
        .zip(&found.negative)
        .filter(|&(&(at, len), &neg)| {
            clauses.flaw(at, len, neg).is_none()
                && !clauses.sentence_at(at).is_some_and(|s| {
                    clauses
                        .words_of(s)
                        .iter()
                        .any(|w| HEDGES.contains(&w.as_ref()))
                })
                && !clauses.sentence_at(at).is_some_and(|s| {
                    clauses
                        .words_of(s)
                        .windows(2)
                        .any(|w| w[0] == "not" && w[1] == "sure")
                })
        })
        .count();
    if positive > 0 && !said_against {
        Stance::For(positive)
    } else {
        Stance::Against
    }
}

/// The decision task: made, argued for positively with a reason, and not contradicted;
/// explained when `explain` says.
pub(crate) fn decision_task(
    asked: &Decision,
    chosen: Option<&str>,
    argued_in: &str,
    heading: &str,
    explain: bool,
) -> TaskMarks {
    let mut task = TaskMarks::new("decision", asked.prompt.as_str(), asked.points, explain);
    let Some(chosen) = chosen else {
        task.note("no decision made");
        return task;
    };
    task.answered();
    let Some(option) = asked.options.iter().find(|o| o.id == chosen) else {
        task.note(|| {
            format!(
                "decided {}, which is not one of the choices",
                quoted(chosen)
            )
        });
        return task;
    };
    let clauses = Clauses::new(argued_in, true).forward_only();
    let words = clauses.matched_words();
    let label = quoted(&option.label);
    let section = quoted(heading);
    let other = asked
        .options
        .iter()
        .filter(|o| o.id != option.id)
        .map(|o| (o, stance(&o.alternatives, &words, &clauses)))
        .filter_map(|(o, s)| match s {
            Stance::For(n) => Some((o, n)),
            _ => None,
        })
        .max_by_key(|&(_, n)| n);
    let reasoned = clauses.sentences.iter().any(|s| {
        let words = clauses.words_of(s);
        words.len() >= 4 && !s.list && words.iter().any(|w| REASONS.contains(&w.as_ref()))
    });
    let outargued = |n: usize| other.is_some_and(|(_, m)| m > n);
    let argued_for = quoted(other.map_or("", |(o, _)| o.label.as_str()));
    let contradicted = |task: &mut TaskMarks, more: &str| {
        task.note(|| {
            format!(
                "decided {label}, but {section} argues {more}for {argued_for}: your decision \
                 and your text contradict each other"
            )
        });
        task.flag(format!(
            "the decision contradicts the text: decided {label}, but {section} argues \
             {more}for {argued_for}"
        ));
    };
    match stance(&option.alternatives, &words, &clauses) {
        Stance::For(n) if outargued(n) => contradicted(&mut task, "more "),
        Stance::For(_) if reasoned => task.give(asked.points, || {
            format!("decided {label} and argued for it in {section}")
        }),
        Stance::For(_) => task.note(|| {
            format!(
                "decided {label}, but {section} gives no reason for it: say why it serves \
                 best"
            )
        }),
        _ if other.is_some() => contradicted(&mut task, ""),
        Stance::Against => task.note(|| {
            format!(
                "decided {label}, but {section} mentions it only negatively, hedged or in a \
                 list ({}): argue for your decision there",
                Flaw::Negated.reason()
            )
        }),
        Stance::Absent => task.note(|| {
            format!(
                "decided {label}, but {section} never mentions it: argue for your decision there"
            )
        }),
    }
    task
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stance_of(text: &str) -> Stance {
        let alternatives = ["Germany".to_string(), "Hitler".to_string()];
        stance(
            &alternatives,
            &Words::new(text),
            &Clauses::new(text, true).forward_only(),
        )
    }

    #[test]
    fn an_option_is_argued_for_only_positively() {
        assert_eq!(
            stance_of("We should sign with Germany now."),
            Stance::For(1)
        );
        assert_eq!(
            stance_of("I do not recommend Germany, because Hitler will attack us."),
            Stance::Against
        );
        assert_eq!(stance_of("Perhaps Germany would be best."), Stance::Against);
        assert_eq!(stance_of("Britain is best."), Stance::Absent);
    }

    fn decision() -> Decision {
        let option = |id: &str, label: &str| crate::activity::model::DecisionOption {
            id: id.into(),
            label: label.into(),
            alternatives: vec![label.into()],
        };
        Decision {
            prompt: "Which ally?".into(),
            options: vec![option("germany", "Germany"), option("britain", "Britain")],
            section: "advice".into(),
            points: 2.0,
        }
    }

    #[test]
    fn a_decision_the_text_contradicts_is_flagged_for_the_teacher() {
        let asked = decision();
        let text = "We must ally with Britain, because Britain will stand by us.";
        let task = decision_task(&asked, Some("germany"), text, "Advice", true);
        assert_eq!(task.marks(), 0.0);
        let why = task.flagged().expect("flagged");
        assert!(why.contains("contradicts the text"), "{why}");
        assert!(why.contains("“Britain”"), "{why}");
        let task = decision_task(&asked, Some("britain"), text, "Advice", true);
        assert_eq!(task.marks(), 2.0);
        assert_eq!(task.flagged(), None, "a decision argued for is not flagged");
        let task = decision_task(
            &asked,
            Some("germany"),
            "Nothing decided here.",
            "Advice",
            true,
        );
        assert_eq!(
            task.flagged(),
            None,
            "a decision never argued is not a contradiction"
        );
    }
}
