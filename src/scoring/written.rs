//! Scoring written answers: short answers, follow-up questions and grid cells.
//!
//! - **Accepted answers.** An answer matching one of the question's `accept` patterns earns
//!   the question's points. Both are compared lowercased, with runs of spaces as one space
//!   and trailing full stops dropped; `*` in a pattern matches any run of characters. An
//!   accepted answer said only negatively ("not 1914"), as a guess or in a question put to
//!   the reader ("maybe 1914, maybe 1870", "Was it 1914?"), or named only among other
//!   candidates ("1870, 1914, 1939"), earns nothing, and neither do its keywords.
//! - **Keyword groups.** Otherwise each group earns `points × min(occurrences found,
//!   group.occurrences)`, found by [`super::keywords`] and counted where a sentence makes
//!   them (see [`super::prose`]); a follow-up question or grid cell worth two marks or
//!   more, or a question asking for twenty words or more, is to be answered in sentences,
//!   so a short list of words is a list there.
//! - **Word limits.** `points` for a length within `[min, max]`; with `bands`, the points of
//!   the highest band whose `min` is reached (none over `max`); the better of the two
//!   counts. With `hard_min`, an answer shorter than `min` earns nothing at all. Words past
//!   `max` are not read for points, and a text well under `min` keeps only a share of its
//!   keyword marks (see [`super::limits`]).
//! - **Cap.** A question never earns more than its points (a line says so when it bites).
//! - **No key.** A question with neither `accept` nor keyword groups is marked by a teacher
//!   (see [`super::teacher`]).
//! - **A story over the answers.** A short activity's answers with keyword groups, and a
//!   grid's cells to be written in sentences, are also read together: a story told over
//!   them earns nothing in any (see [`super::topic::across_answers`]). Grids are scored in
//!   [`super::grid`].
//!
//! A blank answer earns nothing. A follow-up question with options is scored as a choice
//! question (see [`super::choice`]).

use std::collections::BTreeSet;

use super::choice::score_choice;
use super::clauses::{Clauses, Flaw, ReadBefore, is_article, is_negative, is_sentence_word};
use super::context::{Context, marks, quoted};
use super::keywords::wildcard_match;
use super::prose::{Around, Prompt, Reading, mark_text};
use super::tally::{Tally, TaskMarks};
use super::teacher::teacher_mark;
use super::topic::{self, Elsewhere};
use crate::activity::{KeywordGroup, Question, QuestionAnswer, WordLimits};
use crate::answer::Response;
use crate::words::split_words;

/// Scores a question answered in text: a `short` question or a follow-up. A follow-up with
/// options is answered by the ids of the options chosen, separated by commas or spaces.
///
/// `earlier` holds the sentences of the answers to the questions before it: a sentence of
/// six words or more written again word for word earns nothing again (`REPEAT_ACROSS` in
/// `clauses::frames`).
pub(crate) fn score_question(
    ctx: &Context<'_>,
    question: &Question,
    text: &str,
    earlier: &mut ReadBefore,
    whole_elsewhere: Option<Elsewhere>,
) -> TaskMarks {
    match &question.answer {
        QuestionAnswer::Written {
            accept,
            keywords,
            words,
        } => score_written(
            ctx,
            question,
            accept,
            keywords,
            words.as_ref(),
            text,
            // Whether it is to be written in sentences is decided there.
            Reading {
                prose: false,
                before: earlier,
                whole_elsewhere,
                brief: true,
            },
        ),
        QuestionAnswer::Choice { options, .. } => {
            let chosen: BTreeSet<String> = text
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect();
            score_choice(ctx, question, options, Some(&chosen))
        }
    }
}

fn score_written(
    ctx: &Context<'_>,
    question: &Question,
    accept: &[String],
    keywords: &[KeywordGroup],
    words: Option<&WordLimits>,
    text: &str,
    reading: Reading<'_>,
) -> TaskMarks {
    let mut task = ctx.task(&question.id, &question.prompt, question.points);
    if accept.is_empty() && keywords.is_empty() {
        teacher_mark(ctx, &mut task, &question.id, text, |_| {
            "marked by your teacher".to_string()
        });
    } else if let Some(pattern) = accept.iter().find(|p| {
        accepts(p, text) && unmade(p, text).is_none() && !among_candidates(accept, p, text)
    }) {
        task.answered();
        task.give(question.points, || {
            format!("matches the accepted answer {}", quoted(pattern))
        });
    } else {
        let candidates = accept.iter().find(|p| among_candidates(accept, p, text));
        let first_unmade = || {
            accept
                .iter()
                .filter(|p| accepts(p, text))
                .find_map(|p| unmade(p, text))
                .map(|(flaw, words)| (words, flaw.reason()))
        };
        let pattern_words = |pattern: &str| {
            pattern
                .split('*')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let why = candidates
            .map(|p| (pattern_words(p), CANDIDATES))
            .or_else(first_unmade);
        if let Some((words, reason)) = why {
            task.note(|| format!("no mark for {}: {reason}", quoted(&words)));
        }
        let model = question.model_answer.as_deref();
        // A short question's terse answer may be a list ("push, pop, peek"); a follow-up
        // worth marks asks for an explanation.
        let follow_up = ctx
            .activity
            .follow_up
            .iter()
            .any(|q| std::ptr::eq(q, question));
        let prose = in_sentences(if follow_up { question.points } else { 0.0 }, words);
        if candidates.is_some() {
            task.answered();
        } else {
            let around = Around {
                question: Some(Prompt {
                    text: &question.prompt,
                    stems: &question.prompt_stems,
                }),
                model,
            };
            // The answer is read with the sentences of those before it, but not their
            // frames: another question's answer may say its points in the same words.
            reading.before.forget_frames();
            let reading = Reading { prose, ..reading };
            mark_text(ctx, &mut task, text, keywords, words, around, reading);
        }
        task.cap(question.points, || {
            format!("capped at the question's {}", marks(question.points))
        });
    }
    task.feedback(question.feedback.as_deref());
    let model = question
        .model_answer
        .as_deref()
        .or_else(|| accept.first().map(String::as_str));
    task.model_answer(ctx.model(model));
    task
}

/// Scores the follow-up questions of any activity.
pub(crate) fn score_follow_ups(ctx: &Context<'_>) -> Tally {
    let mut tally = Tally::default();
    let mut earlier = ReadBefore::default();
    for q in &ctx.activity.follow_up {
        let text = ctx.answer.follow_up.get(&*q.id).map_or("", String::as_str);
        tally.push(score_question(ctx, q, text, &mut earlier, None));
    }
    tally
}

/// Scores the written questions of a `short` activity.
pub(crate) fn score_short(ctx: &Context<'_>, questions: &[Question]) -> Tally {
    let answers = match &ctx.answer.response {
        Response::Short(answers) => Some(answers),
        _ => None,
    };
    let text_of = |q: &Question| {
        answers
            .and_then(|a| a.get(&*q.id))
            .map_or("", String::as_str)
    };
    // A story told over the answers is told by all its words together, as over a grid's
    // cells.
    let written = questions.iter().filter_map(|q| match &q.answer {
        QuestionAnswer::Written { keywords, .. } if !keywords.is_empty() => {
            Some((text_of(q), keywords.as_slice()))
        }
        _ => None,
    });
    let whole_elsewhere = topic::across_answers(ctx, written);
    let mut tally = Tally::default();
    let mut earlier = ReadBefore::default();
    for q in questions {
        tally.push(score_question(
            ctx,
            q,
            text_of(q),
            &mut earlier,
            whole_elsewhere,
        ));
    }
    tally
}

/// Whether `text` matches an accepted-answer pattern (see the module documentation).
pub fn accepts(pattern: &str, text: &str) -> bool {
    let text = normalise_answer(text);
    !text.is_empty() && wildcard_match(&normalise_answer(pattern), &text)
}

/// Why an accepted answer named among other candidates earns nothing.
const CANDIDATES: &str =
    "this reads as a list of possible answers: choose one and say it in a sentence";

/// Whether a follow-up question or a grid cell worth `points` (0 for a `short` question) is
/// to be answered in sentences: when it is worth two marks or more, or asks for twenty words
/// or more. Its short lists are then lists (see [`super::clauses`]).
pub(super) fn in_sentences(points: f64, words: Option<&WordLimits>) -> bool {
    points >= 2.0 || words.is_some_and(|w| w.min.is_some_and(|m| m >= 20))
}

/// Whether `text` names the accepted answer only as one of a list of candidates: three
/// items or more, split by commas, semicolons, slashes, brackets or "or", each of four words
/// or fewer and none with a small word a sentence needs besides an article (see
/// [`super::clauses::is_sentence_word`]), one of them matching `pattern` ("1870, 1914, 1939"
/// against `*1914*`); or two such items offered as alternatives ("or", a slash), one of
/// them matching `pattern` and the other none of the accepted answers (`accept`): "Either
/// 1914 or 1939", "Brest-Litovsk / Versailles", but not "Muscovy or Muscovite Russia".
fn among_candidates(accept: &[String], pattern: &str, text: &str) -> bool {
    let candidate = |item: &str| {
        let words: Vec<String> = split_words(item).map(|w| w.into_owned()).collect();
        words.len() <= 4 && words.iter().all(|w| is_article(w) || !is_sentence_word(w))
    };
    let lowered = text.to_lowercase();
    let items: Vec<&str> = lowered
        .split([',', ';', '/', '(', ')'])
        .flat_map(|part| part.split(" or "))
        .map(str::trim)
        .map(|item| item.strip_prefix("or ").unwrap_or(item))
        .filter(|item| split_words(item).next().is_some())
        .collect();
    let offered = lowered.contains('/') || split_words(&lowered).any(|w| w == "or");
    let unaccepted = || {
        items
            .iter()
            .any(|item| !accept.iter().any(|p| accepts(p, item)))
    };
    (items.len() >= 3 || (items.len() == 2 && offered && unaccepted()))
        && items.iter().all(|item| candidate(item))
        && items.iter().any(|item| accepts(pattern, item))
}

/// Why `text`, accepted by `pattern`, makes no point with it, if it makes none: it says the
/// accepted words only in clauses that negate them ("it was never 1914" against `*1914*`,
/// when the pattern is not itself negative), as guesses ("maybe 1914, maybe 1870", "1914
/// or 1870?"), taken back ("1914. Actually, no.") or in a question put to the reader ("Was
/// it 1914?"; see
/// [`super::clauses`]). With the flaw, the words of the text that were accepted, as the
/// keyword matcher writes them, so that a keyword group finding the same words tells the
/// same reason once.
fn unmade(pattern: &str, text: &str) -> Option<(Flaw, String)> {
    // The pattern's runs of words between its `*`s: each run's words stand together, the
    // runs in order with anything between them.
    let runs: Vec<Vec<String>> = pattern
        .split('*')
        .map(|run| split_words(run).map(|w| w.into_owned()).collect::<Vec<_>>())
        .filter(|run| !run.is_empty())
        .collect();
    let core: Vec<&str> = runs.iter().flatten().map(String::as_str).collect();
    if core.is_empty() {
        return None;
    }
    let negative = is_negative(&core);
    let mut clauses = Clauses::new(text, false);
    let words = &clauses.words;
    // A `*` against a word lets it run on ("*encircle*" takes "encirclement"): the first
    // word of a run after a `*` may end it, the last before a `*` may begin it.
    let trimmed = pattern.trim();
    let run_fits = |k: usize, at: usize| {
        let run = &runs[k];
        let open_start = k > 0 || trimmed.starts_with('*');
        let open_end = k + 1 < runs.len() || trimmed.ends_with('*');
        at + run.len() <= words.len()
            && run.iter().enumerate().all(|(i, want)| {
                let word: &str = &words[at + i];
                word == want
                    || (i + 1 == run.len() && open_end && word.starts_with(want.as_str()))
                    || (i == 0 && open_start && word.ends_with(want.as_str()))
            })
    };
    // Each place the runs are found in order: its first word and the words it spans.
    let places: Vec<(usize, usize)> = (0..words.len())
        .filter(|&at| run_fits(0, at))
        .filter_map(|at| {
            let mut end = at + runs[0].len();
            for (k, run) in runs.iter().enumerate().skip(1) {
                let next = (end..words.len()).find(|&i| run_fits(k, i))?;
                end = next + run.len();
            }
            Some((at, end - at))
        })
        .collect();
    clauses.read_points(places.iter().copied(), &mut ReadBefore::default());
    let flaws: Vec<Option<Flaw>> = places
        .iter()
        .map(|&(at, len)| clauses.flaw(at, len, negative))
        .collect();
    let unmade = |flaw: &Option<Flaw>| {
        matches!(
            flaw,
            Some(Flaw::Negated | Flaw::Supposed | Flaw::Guessed | Flaw::Asked | Flaw::TakenBack)
        )
    };
    if flaws.iter().all(unmade) {
        let (&(at, len), flaw) = places.iter().zip(flaws).find(|(_, f)| f.is_some())?;
        Some((flaw?, clauses.words[at..at + len].join(" ")))
    } else {
        None
    }
}

fn normalise_answer(text: &str) -> String {
    let joined = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    joined.trim_end_matches('.').trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_answers_ignore_case_spacing_and_full_stops() {
        assert!(accepts("Maxim Litvinov", "  maxim   LITVINOV. "));
        assert!(accepts("*Litvinov", "Maxim Litvinov"));
        assert!(accepts("19*", "1939"));
        assert!(!accepts("Litvinov", "Maxim Litvinov"));
        assert!(!accepts("*", "   "));
    }

    #[test]
    fn an_accepted_answer_guessed_or_asked_is_not_accepted() {
        for text in [
            "Maybe the First World War, maybe the Crimean War.",
            "Was it Brest-Litovsk or Versailles?",
            "It could be Versailles or perhaps Brest-Litovsk, I am not sure.",
            "Is it Brest-Litovsk?",
        ] {
            let pattern = if text.contains("War") {
                "*first world war*"
            } else {
                "*brest*"
            };
            assert!(unmade(pattern, text).is_some(), "{text}");
        }
        for text in [
            "Brest-Litovsk?",
            "The Treaty of Brest-Litovsk, I think.",
            "Maybe Brest-Litovsk.",
        ] {
            assert_eq!(unmade("*brest*", text), None, "{text}");
        }
    }

    #[test]
    fn an_accepted_answer_said_only_negatively_is_not_accepted() {
        assert_eq!(
            unmade("*1914*", "Not the First World War, it was never 1914."),
            Some((Flaw::Negated, "1914".to_string()))
        );
        assert_eq!(
            unmade("*encircle*", "It was not encirclement."),
            Some((Flaw::Negated, "encirclement".to_string()))
        );
        assert_eq!(unmade("*1914*", "The years before 1914."), None);
        assert_eq!(
            unmade("*1914*", "Not 1870: the years before 1914, as he said."),
            None
        );
        assert_eq!(unmade("*not invited*", "The USSR was not invited."), None);
        // Words the pattern lets stand apart are denied together.
        assert_eq!(
            unmade("*pact*1939*", "It was not the Nazi-Soviet pact of 1939."),
            Some((Flaw::Negated, "pact of 1939".to_string()))
        );
        assert_eq!(
            unmade(
                "*pact*1939*",
                "It was the Nazi-Soviet pact of 1939, not a treaty of friendship."
            ),
            None
        );
    }

    /// Whether `text` offers the accepted answer `pattern` among candidates, with
    /// `*1914*` and `*first world war*` accepted besides.
    fn among_candidates(pattern: &str, text: &str) -> bool {
        let accept = [pattern, "*1914*", "*first world war*"].map(String::from);
        super::among_candidates(&accept, pattern, text)
    }

    #[test]
    fn an_accepted_answer_and_a_wrong_one_offered_together_are_candidates() {
        assert!(among_candidates("*1914*", "Either 1914 or 1939."));
        assert!(among_candidates("*1914*", "1914/1939"));
        assert!(among_candidates(
            "*brest*",
            "Brest-Litovsk (or possibly Versailles)."
        ));
        assert!(!among_candidates("*1914*", "1914 or the First World War."));
        assert!(!among_candidates("*brest*", "Brest-Litovsk, 1918."));
        assert!(!among_candidates(
            "*brest*",
            "Brest-Litovsk, or the treaty as Lenin called it, the shameful peace."
        ));
    }

    #[test]
    fn an_accepted_answer_among_candidates_is_not_chosen() {
        assert!(among_candidates("*1914*", "1870, 1914, 1939"));
        assert!(among_candidates(
            "*mitochondri*",
            "nucleus, ribosomes, mitochondria or the vacuole"
        ));
        assert!(among_candidates(
            "*brest*",
            "Versailles / Brest-Litovsk / Riga"
        ));
        assert!(!among_candidates("*1914*", "The First World War, in 1914."));
        assert!(!among_candidates(
            "*muscov*",
            "Muscovite Russia, which was isolated, gathered in the lands of Rus."
        ));
        assert!(!among_candidates(
            "*1914*",
            "The years before 1914, when the powers armed, Russia allied with France, and war came."
        ));
    }
}
