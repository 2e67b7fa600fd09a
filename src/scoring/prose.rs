//! Scoring a written text — a short answer, a grid cell, an essay, a report section or a
//! justification — by its keyword groups and word limits: a point counts only where a
//! clause of the text makes it, in the student's own words (see [`super::clauses`] and
//! [`super::copying`]), and every phrase where a point was looked for is highlighted, with
//! why it earned nothing when it did not.

use std::cell::OnceCell;

use super::clauses::{Clauses, Flaw, ReadBefore};
use super::context::{Context, quoted};
use super::copying;
use super::keywords::{self, Words};
use super::limits;
use super::score::Found;
use super::tally::TaskMarks;
use super::topic::{self, Elsewhere};
use crate::activity::{KeywordGroup, ModelReading, WordLimits};
use crate::text::count;
use crate::text::word_count;
use crate::words::Prepared;
use asked::{ASKED, Asked};
use list_answer::listed_points;
use model_answer::{ModelReads, read_model, said_negatively, subject_of};
use read::Read;

mod asked;
mod list_answer;
mod model_answer;
mod other_words;
mod read;

/// A question asking for this many words or more asks for a sentence, not a bare answer:
/// keywords written as a run of fragments do not answer it ("Baked. Hard. Infiltration."
/// for *Why can heavy rain after a dry spell cause a flash flood?* asked in ten words).
pub const SENTENCE_MIN_WORDS: u32 = 8;

/// What the author wrote around an answer that bears on its marks: the question it answers,
/// whose own words make no point, and a model answer.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Around<'a> {
    /// The question asked, where the answer is to one.
    pub(crate) question: Option<Prompt<'a>>,
    /// The model answer, if there is one.
    pub(crate) model: Option<&'a str>,
}

/// A question an answer is to: its text, and the stems of its words, kept in the activity
/// and found once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prompt<'a> {
    /// The question.
    pub(crate) text: &'a str,
    /// The stems of its words (see [`asked::stems`]).
    pub(crate) stems: &'a Prepared<Vec<String>>,
}

impl<'a> Prompt<'a> {
    /// The stems of the question's words.
    pub(crate) fn stems(self) -> &'a [String] {
        self.stems.get_or_init(|| asked::stems(self.text))
    }
}

/// How a text is read (see [`mark_text`]).
pub(crate) struct Reading<'a> {
    /// Whether it is to be written in sentences: lists, frames and fragments are read as in
    /// prose (see [`super::clauses`]).
    pub(crate) prose: bool,
    /// What the texts read before it left: a report's earlier sections, in prose the frames
    /// of the sentences that count, or the answers to an activity's earlier questions.
    pub(crate) before: &'a mut ReadBefore,
    /// Whether the answers it is one of, read as a whole, are about something else (a
    /// grid's cells, a short activity's answers or a report's sections: see
    /// [`topic::across_answers`]); if not, the text is asked on its own.
    pub(crate) whole_elsewhere: Option<Elsewhere>,
    /// Whether it is a brief answer (a grid's cell, a short answer or a follow-up), which
    /// may name as a list the points its model answer names as one (see
    /// [`listed_points`]); not an essay, a report's section or a justification.
    pub(crate) brief: bool,
}

/// Marks a text by keyword groups and word limits (no cap), into `task`: a point counts only where
/// a clause of the text makes it, in the student's own words (see [`super::clauses`] and
/// [`super::copying`]); a point the model answer makes negatively, in the same or related words,
/// may be made negatively; `reading` says whether the answer is to be written in sentences, and
/// holds what the texts before it left that counts (see [`Reading`]). A point missed is
/// told by the group's `missed` text (a question); without one, the point itself is named only when
/// the activity shows model answers, so the explanation never gives the key away.
pub(crate) fn mark_text(
    ctx: &Context<'_>,
    task: &mut TaskMarks,
    text: &str,
    keywords: &[KeywordGroup],
    words: Option<&WordLimits>,
    around: Around<'_>,
    reading: Reading<'_>,
) {
    let Reading {
        prose,
        before,
        whole_elsewhere,
        brief,
    } = reading;
    for group in keywords {
        task.point(&group.id, 0.0, group.max_points(), None);
    }
    if text.trim().is_empty() {
        task.note("nothing written");
        return;
    }
    task.answered();
    let read = limits::read_for_points(text, words);
    let mut clauses = Clauses::new(read, prose);
    if brief {
        clauses = clauses.of_given_subject();
    }
    // A short answer asked for in sentences is read as one, for lists and for its topic.
    let asked_in_sentences = !prose
        && words
            .and_then(|w| w.min)
            .is_some_and(|m| m >= SENTENCE_MIN_WORDS);
    if asked_in_sentences {
        clauses = clauses.asked_in_sentences();
    }
    let split = clauses.matched_words();
    let found: Vec<_> = keywords
        .iter()
        .map(|group| keywords::match_group(group, &split))
        .collect();
    let in_sentences = prose;
    let seen = before;
    clauses.read_points(found.iter().flat_map(|f| f.spans.iter().copied()), seen);
    // Sentences written again are padding: they do not count towards the length, past the
    // words read for points too. The words read know a report's earlier sections; past them,
    // only the text's own sentences are compared.
    let padding = if read.len() == text.len() {
        clauses.repeated_words()
    } else {
        clauses
            .repeated_words()
            .max(Clauses::new(text, in_sentences).repeated_words())
    };
    let length = word_count(text) - padding;
    if padding > 0 && words.is_some_and(|l| l.min.is_some()) {
        task.note(|| {
            format!(
                "{} in sentences written before do not count towards the length",
                count(padding, "word")
            )
        });
    }
    if let Some(limits) = words
        && let Some(min) = limits
            .min
            .filter(|&m| limits.hard_min && length < m as usize)
    {
        task.note(|| {
            format!(
                "{}, fewer than the {min} required: the answer earns no marks",
                count(length, "word")
            )
        });
        return;
    }
    // The model answer is read only when a point was said negatively: most answers never
    // need it.
    let model_text = around.model.unwrap_or("");
    let model = OnceCell::new();
    let model = || {
        model.get_or_init(|| {
            let clauses = Clauses::new(model_text, false);
            (clauses.matched_words(), clauses)
        })
    };
    let copied = if keywords.is_empty() {
        Vec::new()
    } else {
        let mut copied = copying::copied(ctx, &clauses.words);
        copying::keep_quotations(
            &mut copied,
            clauses.sentences.iter().map(|s| s.words.clone()),
        );
        copied
    };
    let points = found.iter().flat_map(|f| f.spans.iter().copied());
    let asked_words = || around.question.map_or(&[][..], Prompt::stems);
    let elsewhere = whole_elsewhere.or_else(|| {
        (in_sentences || asked_in_sentences)
            .then(|| topic::elsewhere(ctx, &split, points, asked_words))
            .flatten()
    });
    if let Some(elsewhere) = elsewhere {
        task.note(|| elsewhere.note());
    }
    let before = task.marks();
    let reading_of = |group| model_reading(group, &model);
    if brief
        && around.model.is_some()
        && let Some(listed) = listed_points(&clauses, keywords, &found, reading_of)
    {
        clauses.lists_make(listed);
    }
    let read = Read {
        words: &split,
        clauses: &clauses,
        copied: &copied,
        elsewhere: elsewhere.is_some(),
        brief,
        claims: OnceCell::new(),
    };
    for (group, found) in keywords.iter().zip(&found) {
        // The alternatives the question itself holds: an answer that only repeats it makes
        // no point by them.
        let asked = Asked {
            alternatives: match around.question {
                Some(question) => group.asked.get_or_init(|| {
                    keywords::match_group(group, &Words::new(question.text)).alternatives
                }),
                None => &[],
            },
            question: around.question,
        };
        let model_reads = ModelReads {
            negative: &|alternative: usize| {
                let (words, clauses) = model();
                said_negatively(group, alternative, words, clauses)
            },
            reading: reading_of(group),
        };
        mark_group(ctx, task, group, found, &read, &model_reads, &asked);
    }
    if elsewhere.is_none() && (in_sentences || asked_in_sentences) {
        other_words::flag(task, keywords, words, length, task.marks() - before);
    }
    limits::note_unread(task, words, length);
    limits::scale_short(task, words, length, task.marks() - before);
    if let Some(limits) = words {
        limits::mark_length(task, limits, length);
    }
}

/// What the model answer says of a group's point (see [`read_model`]), read from the
/// model answer's words and clauses (`model`) the first time it is needed.
fn model_reading<'g, 'm>(
    group: &'g KeywordGroup,
    model: &impl Fn() -> &'m (Words, Clauses<'m>),
) -> &'g ModelReading {
    group.model_reading.get_or_init(|| {
        let (words, clauses) = model();
        read_model(group, words, clauses)
    })
}

/// Marks one keyword group, `found` in a text already split: an occurrence counts where
/// its clause makes the point (see [`super::clauses`] and [`super::copying`]); where none
/// does, the first reason one did not is told. Each occurrence is highlighted, earned or
/// not.
fn mark_group(
    ctx: &Context<'_>,
    task: &mut TaskMarks,
    group: &KeywordGroup,
    found: &keywords::GroupMatch,
    read: &Read<'_>,
    model: &ModelReads<'_>,
    asked: &Asked<'_>,
) {
    let mut made = Vec::new();
    let mut flaw = None;
    for (k, &(at, len)) in found.spans.iter().enumerate() {
        let copy = read
            .copied
            .get(at..at + len)
            .and_then(|c| c.iter().flatten().next());
        let subject = || subject_of(group, read.words, read.clauses, at);
        let why = if read.elsewhere {
            Some(topic::ELSEWHERE.to_string())
        } else if let Some(whence) = copy {
            Some(format!(
                "copied from {whence}: put the point in your own words"
            ))
        } else if asked.repeated(read, found.alternatives[k], at) {
            Some(ASKED.to_string())
        } else {
            read.clauses
                .flaw(at, len, found.negative[k])
                .map_or_else(
                    // Asserted: the opposite where the point is that it was missing, or
                    // said of what the model answer denies it of.
                    || {
                        let denied = model.reading.denied.get(found.alternatives[k]);
                        if !found.negative[k]
                            && denied.is_some_and(|denied| read.asserts(at, denied))
                            && !read.clauses.denies_something(at)
                        {
                            Some(Flaw::Affirmed)
                        } else {
                            read.other_side(at, found.alternatives[k], model.reading)
                                .or_else(|| {
                                    model
                                        .wrong_subject(subject, true)
                                        .then_some(Flaw::Misattributed)
                                })
                        }
                    },
                    |flaw| match flaw {
                        // The model answer makes the point so: a denial may make it too,
                        // of what the model answer denies it of; but not a denied
                        // prevention ("doesn't stop the spread"), which says it happens.
                        Flaw::Negated | Flaw::Supposed
                            if model.allows_denial(found.alternatives[k], || {
                                read.clauses.denies_presupposing(at)
                            }) && !model.wrong_subject(subject, false)
                                && !read.prevents(at, len) =>
                        {
                            read.clauses.flaw_besides_negation(at, len)
                        }
                        flaw => Some(flaw),
                    },
                )
                .or_else(|| read.contradicted(at).then_some(Flaw::Contradicted))
                .map(|flaw| flaw.reason().to_string())
        };
        let earned = why.is_none() && made.len() < group.occurrences as usize;
        if let Some((range, sentence)) = read.places(at, len) {
            let did = match (&why, earned) {
                (None, true) => Found::Earned,
                (None, false) => Found::Again,
                (Some(_), _) => Found::Refused,
            };
            task.highlight(range, sentence, did, || match &why {
                Some(why) => why.clone(),
                None if earned => format!("a point made: {}", quoted(&found.matched[k])),
                None => "made already: a point counts only so many times".to_string(),
            });
        }
        match why {
            // Only the first is told.
            Some(why) if flaw.is_none() => {
                flaw = Some(format!("{}: {why}", quoted(&found.matched[k])));
            }
            Some(_) => {}
            None => made.push(found.matched[k].as_str()),
        }
    }
    let counted = u32::try_from(made.len())
        .unwrap_or(u32::MAX)
        .min(group.occurrences);
    if counted > 0 {
        let earned = group.points * f64::from(counted);
        task.give(earned, || {
            let wrote = said_once(&made[..counted as usize]);
            let of = if group.occurrences > 1 {
                format!(" ({} of {} counted)", counted, group.occurrences)
            } else {
                String::new()
            };
            format!("mentioned {}{of}", wrote.join(", "))
        });
        task.point(&group.id, earned, group.max_points(), None);
        task.feedback(group.found.as_deref());
    } else if let Some(flaw) = flaw {
        task.note(|| format!("no mark for {flaw}"));
        task.point(&group.id, 0.0, group.max_points(), Some(&flaw));
    } else {
        if let Some(near) = keywords::near_miss(group, read.words) {
            // For the teacher to judge: the student is told only that the point was missed.
            task.point(
                &group.id,
                0.0,
                group.max_points(),
                Some(&near_reason(&near)),
            );
        }
        let point = group.alternatives.first().map_or("", String::as_str);
        match &group.missed {
            Some(question) => task.note(question.as_str()),
            None if ctx.activity.show_model_answer => {
                task.note(|| format!("missed the point {}", quoted(&point.replace('*', ""))))
            }
            None => task.note("missed one of the points to make here"),
        }
        task.feedback(group.missed.as_deref());
    }
}

/// The words that made a point, each quoted once, with how many times it counted when
/// more than once: `“security” (2 times), “neutrality”`.
fn said_once(made: &[&str]) -> Vec<String> {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for &m in made {
        match seen.iter_mut().find(|(w, _)| w.eq_ignore_ascii_case(m)) {
            Some((_, n)) => *n += 1,
            None => seen.push((m, 1)),
        }
    }
    seen.into_iter()
        .map(|(w, n)| match n {
            1 => quoted(w),
            n => format!("{} ({n} times)", quoted(w)),
        })
        .collect()
}

/// Why a near miss earned nothing, as the teacher is told it.
fn near_reason(near: &keywords::NearMiss) -> String {
    if near.found == near.words {
        format!(
            "near miss: {} has the words of {}, but too far apart",
            quoted(&near.written),
            quoted(&near.alternative)
        )
    } else {
        format!(
            "near miss: {} has {} of the {} words of {}",
            quoted(&near.written),
            near.found,
            near.words,
            quoted(&near.alternative)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::said_once;

    #[test]
    fn words_that_made_a_point_are_each_said_once() {
        assert_eq!(
            said_once(&["security", "Security", "neutrality", "security"]),
            vec![
                "“security” (3 times)".to_string(),
                "“neutrality”".to_string()
            ]
        );
        assert_eq!(said_once(&["pact"]), vec!["“pact”".to_string()]);
    }
}
