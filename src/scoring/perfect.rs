//! The perfect answer: built from an activity's key, it scores exactly the activity's marks.
//!
//! Every right column is ticked, every card and item placed where the key puts it, every
//! order given as the key has it, the best options chosen, and accepted answers given. A
//! written text is made of each keyword group's first alternative (with `*` dropped)
//! written `occurrences` times, each in a sentence after "The" (alone, a run of them would
//! be fragments, read as a list), padded with neutral words up to the length that earns the
//! most for its word limits (never past `max`; a report's sections, and the answers to an
//! activity's questions, each padded with a different sentence). A report decides on its first option and
//! names it in the section that must argue it. A teacher's mark is given at the top level
//! of every rubric criterion, and in full for every question with no key.

use std::collections::{BTreeMap, BTreeSet};

use crate::activity::{
    Activity, Body, Essay, Justification, KeywordGroup, Question, QuestionAnswer, Report, SortRow,
    Source, WordLimits,
};
use crate::answer::{Answer, Response};
use crate::text::word_count;

/// The word used to pad a text to length. Were it ever a keyword, matching it could only add
/// marks, which the caps keep within the maximum.
const PADDING: &str = "indeed";

/// The perfect answer to `activity` (see the module documentation). Sort evidence quotes a
/// row's listed evidence, else its statement, else a stand-in that [`super::score()`] accepts
/// without the source text at hand; use [`perfect_answer_with_sources`] when scoring with
/// the unit's sources.
pub fn perfect_answer(activity: &Activity) -> Answer {
    perfect_answer_with_sources(activity, &[])
}

/// The perfect answer, quoting sort evidence from `sources` where a row lists none.
pub fn perfect_answer_with_sources(activity: &Activity, sources: &[Source]) -> Answer {
    let mut teacher = BTreeMap::new();
    let response = match &activity.body {
        Body::Sort(sort) => {
            let ticks = sort
                .rows
                .iter()
                .map(|r| (r.id.to_string(), r.right.iter().cloned().collect()))
                .collect();
            let evidence = sort
                .rows
                .iter()
                .filter(|r| sort.require_evidence && !r.right.is_empty())
                .map(|r| (r.id.to_string(), quote_for(r, sources)))
                .collect();
            Response::Sort { ticks, evidence }
        }
        Body::Categorize(c) => Response::Categorize(
            c.cards
                .iter()
                .map(|c| (c.id.to_string(), c.bucket.clone()))
                .collect(),
        ),
        Body::Match(m) => Response::Match(
            m.items
                .iter()
                .map(|i| (i.id.to_string(), i.option.clone()))
                .collect(),
        ),
        Body::Rank(rank) => Response::Order {
            order: match &rank.key {
                Some(key) => key.flat(),
                None => rank.items.iter().map(|i| i.id.to_string()).collect(),
            },
            justification: rank
                .justification
                .as_ref()
                .map(|j| perfect_justification(j, &mut teacher))
                .unwrap_or_default(),
        },
        Body::Timeline(t) => Response::Order {
            order: t.key.flat(),
            justification: String::new(),
        },
        Body::Grid(grid) => Response::Grid(
            grid.cells
                .iter()
                .filter(|c| c.given.is_none())
                .filter_map(|c| {
                    let text = if c.keywords.is_empty() {
                        c.model_answer.clone()?
                    } else {
                        perfect_text(&c.keywords, None, None)
                    };
                    Some((c.id(), text))
                })
                .collect(),
        ),
        Body::Choice(quiz) => Response::Choice(
            quiz.questions
                .iter()
                .map(|q| (q.id.to_string(), best_options(q)))
                .collect(),
        ),
        Body::Short(quiz) => Response::Short(
            quiz.questions
                .iter()
                .enumerate()
                .map(|(n, q)| (q.id.to_string(), question_text(q, n, &mut teacher)))
                .collect(),
        ),
        Body::Essay(essay) => perfect_essay(essay, &mut teacher),
        Body::Report(report) => perfect_report(report, &mut teacher),
    };
    let follow_up = activity
        .follow_up
        .iter()
        .enumerate()
        .map(|(n, q)| (q.id.to_string(), question_text(q, n, &mut teacher)))
        .collect();
    Answer {
        response,
        follow_up,
        teacher,
    }
}

/// A quote that is good evidence for a row.
fn quote_for(row: &SortRow, sources: &[Source]) -> String {
    let source = row
        .source
        .as_ref()
        .and_then(|id| sources.iter().find(|s| &s.id == id))
        .map(|s| s.body().to_string());
    row.evidence
        .first()
        .cloned()
        .or(source)
        .or_else(|| row.text.clone())
        .unwrap_or_else(|| format!("quoted from {}", row.label))
}

/// The option ids with the best weights: every positive one in a multiple-choice
/// question, else the single best.
fn best_options(question: &Question) -> BTreeSet<String> {
    let QuestionAnswer::Choice { multiple, options } = &question.answer else {
        return BTreeSet::new();
    };
    if *multiple {
        options
            .iter()
            .filter(|o| o.weight > 0.0)
            .map(|o| o.id.clone())
            .collect()
    } else {
        options
            .iter()
            .max_by(|a, b| a.weight.total_cmp(&b.weight))
            .map(|o| o.id.clone())
            .into_iter()
            .collect()
    }
}

/// The text of a perfect answer to a question, the `number`th of its activity (option ids
/// for one with options), its sentences numbered as a report's sections' are, since a long
/// sentence written again in the answer to a later question is padding; a question with no
/// key gets full marks from the teacher.
fn question_text(
    question: &Question,
    number: usize,
    teacher: &mut BTreeMap<String, f64>,
) -> String {
    match &question.answer {
        QuestionAnswer::Choice { .. } => {
            let ids: Vec<String> = best_options(question).into_iter().collect();
            ids.join(", ")
        }
        QuestionAnswer::Written {
            accept,
            keywords,
            words,
        } => {
            if let Some(pattern) = accept.first() {
                let text = pattern.replace('*', "");
                if text.trim().is_empty() {
                    PADDING.to_string()
                } else {
                    text
                }
            } else if keywords.is_empty() {
                teacher.insert(question.id.to_string(), question.points);
                let model = question.model_answer.clone().unwrap_or_default();
                if model.trim().is_empty() {
                    PADDING.to_string()
                } else {
                    model
                }
            } else {
                perfect_section(keywords, words.as_ref(), None, Some(number))
            }
        }
    }
}

/// A justification's points made, at its fewest words; one with no keyword groups gets
/// full marks from the teacher.
fn perfect_justification(asked: &Justification, teacher: &mut BTreeMap<String, f64>) -> String {
    let length = asked.min_words.max(1) as usize;
    if asked.keywords.is_empty() {
        teacher.insert("justification".to_string(), asked.points);
        return padded(String::new(), length);
    }
    padded(perfect_text(&asked.keywords, None, None), length)
}

fn perfect_essay(essay: &Essay, teacher: &mut BTreeMap<String, f64>) -> Response {
    for c in &essay.rubric {
        teacher.insert(c.id.clone(), c.max_points());
    }
    Response::Essay(perfect_text(&essay.keywords, essay.words.as_ref(), None))
}

fn perfect_report(report: &Report, teacher: &mut BTreeMap<String, f64>) -> Response {
    for c in &report.rubric {
        teacher.insert(c.id.clone(), c.max_points());
    }
    let decision = report.decision.as_ref().and_then(|d| d.options.first());
    let sections = report
        .sections
        .iter()
        .enumerate()
        .map(|(n, s)| {
            for c in &s.rubric {
                teacher.insert(format!("{}.{}", s.id, c.id), c.max_points());
            }
            let argued = report
                .decision
                .as_ref()
                .filter(|d| *d.section == *s.id)
                .and(decision)
                .and_then(|o| o.alternatives.first())
                .map(|a| a.replace('*', ""));
            let text = perfect_section(
                &s.keywords,
                s.words.as_ref(),
                argued.as_deref(),
                Some(n + 1),
            );
            (s.id.to_string(), text)
        })
        .collect();
    let cover = report
        .cover
        .iter()
        .filter(|f| f.value.is_none())
        .map(|f| {
            let text = f.placeholder.clone().unwrap_or_else(|| f.label.clone());
            (f.id.clone(), text)
        })
        .collect();
    Response::Report {
        cover,
        sections,
        decision: decision.map(|o| o.id.clone()),
    }
}

/// Each group's first alternative `occurrences` times, each in a sentence, then `extra`,
/// padded to the length that earns the most for `words`.
pub(crate) fn perfect_text(
    keywords: &[KeywordGroup],
    words: Option<&WordLimits>,
    extra: Option<&str>,
) -> String {
    perfect_section(keywords, words, extra, None)
}

/// [`perfect_text`] for the section numbered `section` of a report, padded unlike the
/// others (see [`padded_as`]).
fn perfect_section(
    keywords: &[KeywordGroup],
    words: Option<&WordLimits>,
    extra: Option<&str>,
    section: Option<usize>,
) -> String {
    let mut phrases: Vec<String> = Vec::new();
    // How often each sentence is written: a sentence written again is padding, so each
    // time after the first is numbered.
    let mut written: BTreeMap<String, usize> = BTreeMap::new();
    for group in keywords {
        let phrase = group
            .alternatives
            .first()
            .map(|a| a.replace('*', ""))
            .unwrap_or_default();
        for _ in 0..group.occurrences {
            let sentence = format!("It is the {}", phrase.trim());
            let times = written.entry(sentence.clone()).or_default();
            *times += 1;
            // One word numbers every sentence, in its section of a report and among those
            // written again: a sentence of six words or more written again in a later
            // section is padding, two words in common after the points a frame, and
            // sentences of nothing but small words around their points ("It is the
            // League") the same frame.
            phrases.push(match (section, *times) {
                (None, n) => format!("{sentence} {n}"),
                (Some(s), n) => format!("{sentence} s{s}n{n}"),
            });
        }
    }
    phrases.extend(extra.map(|e| format!("{e} because it serves")));
    let text = phrases.join(". ");
    let base = word_count(&text).max(1);
    let target = words.map_or(base, |w| best_length(w, base));
    padded_as(text, target, section)
}

/// `text` with padding words added until it has `length` words.
fn padded(text: String, length: usize) -> String {
    padded_as(text, length, None)
}

/// `text` with padding words added until it has `length` words, the first of them
/// `section`'s number when there is one: a report's sections are padded with different
/// sentences, since a long sentence written again in a later section is padding that does
/// not count (see [`super::clauses`]).
fn padded_as(mut text: String, length: usize, section: Option<usize>) -> String {
    let missing = length.saturating_sub(word_count(&text));
    if missing > 0 && !text.is_empty() {
        // The padding is a sentence of its own, leaving the points' sentences as they are.
        text.push('.');
    }
    for i in 0..missing {
        if !text.is_empty() {
            text.push(' ');
        }
        match section.filter(|_| i == 0) {
            Some(n) => text.push_str(&n.to_string()),
            None => text.push_str(PADDING),
        }
    }
    text
}

/// The shortest length of at least `base` words that earns the most for `limits`: within
/// `[min, max]`, or in the best band reachable (below the next band and `max`).
fn best_length(limits: &WordLimits, base: usize) -> usize {
    let min = limits.min.map_or(0, |m| m as usize).max(base);
    let max = limits.max.map_or(usize::MAX, |m| m as usize);
    let mut best = (limits.points, min);
    for (i, band) in limits.bands.iter().enumerate() {
        let lo = (band.0 as usize).max(min);
        let hi = limits
            .bands
            .get(i + 1)
            .map_or(max, |next| (next.0 as usize).saturating_sub(1).min(max));
        if lo <= hi && band.1 > best.0 {
            best = (band.1, lo);
        }
    }
    best.1
}
