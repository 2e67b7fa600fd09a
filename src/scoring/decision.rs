//! The decision of a report: made, and argued for in the section the author names.
//!
//! The decision earns its points when the option chosen is mentioned (any of its alternatives,
//! matched as a keyword group with stemming and one typo) in that section *positively* — in a
//! sentence, not a list, in a clause with no word of negation before it (and never negatively
//! anywhere in the section), with no hedge ("maybe", "perhaps", "possibly", "might", "not sure")
//! in its sentence, and not as what something is compared with ("cheaper than Germany") — and
//! the section gives at least one reason: a sentence of four words or more with a word of
//! [`REASONS`] ("because", "since", "so", "would", "means", "reason", "cheaper", "the only",
//! …) or a common verb saying what the option does ("it cuts carbon", "saves"). Otherwise
//! it earns nothing, and the explanation says why: never argued for, said only negatively,
//! hedged, without a reason, or contradicted by the text. The text contradicts the decision
//! when its sentences that recommend ("I recommend", "my advice", "I would choose", …:
//! [`RECOMMENDING`]) argue only for another option; or, when they argue for none or for both,
//! when the section argues for another option more often than for the one chosen (or only for
//! it). A good recommendation often weighs the other option ("Online is cheaper, but …"), so
//! what it recommends outweighs how often it names each.

use super::clauses::{Clauses, Flaw};
use super::context::quoted;
use super::keywords::{self, Words};
use super::tally::TaskMarks;
use crate::activity::{Decision, KeywordGroup};
use crate::words::is_common_verb;

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
    "reason",
    "reasons",
    "better",
    "best",
    "cheaper",
    "safer",
    "more",
    "less",
    "only",
    "avoids",
    "deals",
    "solves",
];

/// Words that recommend: a sentence with one says what the writer advises ("I recommend
/// the shops", "my advice is to sign", "I would go with Britain").
const RECOMMENDING: &[&str] = &[
    "advice",
    "advise",
    "advised",
    "advising",
    "choose",
    "choice",
    "opt",
    "prefer",
    "propose",
    "recommend",
    "recommendation",
    "recommended",
    "recommending",
    "suggest",
    "urge",
];

/// How an option fares in the section.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stance {
    /// Never mentioned.
    Absent,
    /// Mentioned only negatively, hedged or in lists.
    Against,
    /// Argued for in a sentence, once in each of these sentences (a sentence once for each
    /// mention).
    For(Vec<usize>),
}

impl Stance {
    /// How many times it is argued for.
    fn count(&self) -> usize {
        match self {
            Stance::For(sentences) => sentences.len(),
            Stance::Absent | Stance::Against => 0,
        }
    }

    /// Whether it is argued for in a sentence that recommends (see [`RECOMMENDING`]).
    fn recommended(&self, clauses: &Clauses) -> bool {
        let Stance::For(sentences) = self else {
            return false;
        };
        sentences.iter().any(|&s| {
            clauses
                .words_of(&clauses.sentences[s])
                .iter()
                .any(|w| RECOMMENDING.contains(&w.as_ref()))
        })
    }
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
    let positive: Vec<usize> = found
        .spans
        .iter()
        .zip(&found.negative)
        .filter(|&(&(at, len), &neg)| {
            clauses.flaw(at, len, neg).is_none()
                && !compared_against(clauses, at)
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
        .map(|(&(at, _), _)| clauses.sentence_of[at])
        .collect();
    if !positive.is_empty() && !said_against {
        Stance::For(positive)
    } else {
        Stance::Against
    }
}

/// Whether the mention at word `at` is what something is compared with, or preferred to:
/// "shops are cheaper than online", "I prefer the shops over online".
fn compared_against(clauses: &Clauses, at: usize) -> bool {
    at.checked_sub(1)
        .is_some_and(|i| matches!(clauses.words[i].as_ref(), "than" | "over"))
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
    let others: Vec<_> = asked
        .options
        .iter()
        .filter(|o| o.id != option.id)
        .map(|o| (o, stance(&o.alternatives, &words, &clauses)))
        .filter(|(_, s)| matches!(s, Stance::For(_)))
        .collect();
    let other_recommended = others.iter().find(|(_, s)| s.recommended(&clauses));
    let other = other_recommended
        .or_else(|| others.iter().max_by_key(|(_, s)| s.count()))
        .map(|(o, s)| (*o, s.count()));
    let chosen_stance = stance(&option.alternatives, &words, &clauses);
    let reasoned = clauses.sentences.iter().any(|s| {
        let words = clauses.words_of(s);
        // A common verb saying what the option does is a reason too ("it cuts carbon,
        // saves Hollins Wood").
        words.len() >= 4
            && !s.list
            && words
                .iter()
                .any(|w| REASONS.contains(&w.as_ref()) || (w.ends_with('s') && is_common_verb(w)))
    });
    // What the recommending sentences argue for decides; only where they argue for both
    // options or neither does how often each is argued for.
    let outargued = match (
        chosen_stance.recommended(&clauses),
        other_recommended.is_some(),
    ) {
        (true, false) => false,
        (false, true) => true,
        _ => other.is_some_and(|(_, m)| m > chosen_stance.count()),
    };
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
    match chosen_stance {
        Stance::For(_) if outargued => contradicted(&mut task, "more "),
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
            Stance::For(vec![0])
        );
        assert_eq!(
            stance_of("I do not recommend Germany, because Hitler will attack us."),
            Stance::Against
        );
        assert_eq!(stance_of("Perhaps Germany would be best."), Stance::Against);
        assert_eq!(
            stance_of("Britain is a better friend than Germany."),
            Stance::Against
        );
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

    #[test]
    fn what_the_option_does_is_a_reason_for_it() {
        let asked = decision();
        for text in [
            "I recommend Germany. It keeps us out of the war and gives us land in Poland.",
            "Choose Germany: it is the only option that keeps the USSR out of a war.",
            "I recommend Germany. It cuts the risk of war and saves the Red Army.",
        ] {
            let task = decision_task(&asked, Some("germany"), text, "Advice", true);
            assert_eq!(task.marks(), 2.0, "{text}");
        }
        let task = decision_task(
            &asked,
            Some("germany"),
            "I recommend Germany.",
            "Advice",
            true,
        );
        assert_eq!(task.marks(), 0.0, "a bare choice gives no reason");
    }

    #[test]
    fn what_the_recommendation_argues_for_outweighs_how_often_each_is_named() {
        let asked = decision();
        // Weighing the other option is no contradiction.
        let text = "I recommend an agreement with Germany. Britain is friendlier, but Britain \
                    will not fight. Britain could still be asked again next year.";
        let task = decision_task(&asked, Some("germany"), text, "Advice", true);
        assert_eq!(task.marks(), 2.0, "{:?}", task.flagged());
        // A recommendation of the other option is, however often the chosen one is named.
        let text = "Germany is strong. Germany is near. Germany is rich. So I recommend Britain, \
                    because it will keep its word.";
        let task = decision_task(&asked, Some("germany"), text, "Advice", true);
        assert_eq!(task.marks(), 0.0);
        assert!(
            task.flagged()
                .is_some_and(|why| why.contains("contradicts"))
        );
        // With no recommending sentence, how often each is argued for decides.
        let text = "We must ally with Britain, because Britain will stand by us. Germany is near.";
        let task = decision_task(&asked, Some("germany"), text, "Advice", true);
        assert!(task.flagged().is_some_and(|why| why.contains("more for")));
        // What the recommendation prefers the other to is not recommended.
        let text = "I recommend Britain because it is stronger than Germany.";
        let task = decision_task(&asked, Some("germany"), text, "Advice", true);
        assert!(
            task.flagged()
                .is_some_and(|why| why.contains("contradicts"))
        );
    }
}
