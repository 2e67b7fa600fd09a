//! What the writer shows of a report or essay: its entries (the cover fields a student
//! fills in, the sections, the decision), each section's guidance and word limits, and how
//! far each is written.

use crate::activity::{Activity, CoverField, Decision, Document, Report, WordLimits};
use crate::answer::{Answer, Response};
use crate::scoring::keywords::mentions;
use crate::text::word_count;
use crate::tui::form::{self, TextTarget};

/// A place the writer's cursor can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A cover field the student fills in, by position in the report's cover.
    Cover(usize),
    /// A section, by position (an essay is one section).
    Section(usize),
    /// The decision.
    Decision,
}

/// A section as the writer shows it: a report's section, or the whole essay.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<'a> {
    /// The heading.
    pub heading: &'a str,
    /// The author's questions and hints.
    pub guidance: &'a [String],
    /// The word limits.
    pub words: Option<&'a WordLimits>,
    /// Earlier activities whose answers can be opened beside it.
    pub notes_from: &'a [String],
    /// Where its text is kept.
    pub target: TextTarget,
}

/// How a text stands against its word limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordStatus {
    /// Nothing written.
    Empty,
    /// Fewer words than the least asked.
    Short,
    /// Within the limits.
    Within,
    /// More words than allowed.
    Over,
}

impl WordStatus {
    /// Of `count` words against `limits`.
    pub fn of(count: usize, limits: Option<&WordLimits>) -> Self {
        match limits {
            _ if count == 0 => WordStatus::Empty,
            Some(l) if l.max.is_some_and(|m| count > m as usize) => WordStatus::Over,
            Some(l) if l.min.is_some_and(|m| count < m as usize) => WordStatus::Short,
            _ => WordStatus::Within,
        }
    }

    /// A sign that does not rely on colour: `✓` within, `!` over, `…` short, `·` empty.
    pub fn sign(self) -> &'static str {
        match self {
            WordStatus::Empty => "·",
            WordStatus::Short => "…",
            WordStatus::Within => "✓",
            WordStatus::Over => "!",
        }
    }

    /// The status in words.
    pub fn word(self) -> &'static str {
        match self {
            WordStatus::Empty => "not written",
            WordStatus::Short => "too short",
            WordStatus::Within => "within limits",
            WordStatus::Over => "too long",
        }
    }
}

/// `80–200 words`, `at least 80 words`, `at most 200 words`; `None` without limits.
pub fn limits_text(limits: Option<&WordLimits>) -> Option<String> {
    let l = limits?;
    match (l.min, l.max) {
        (Some(a), Some(b)) => Some(format!("{a}–{b} words")),
        (Some(a), None) => Some(format!("at least {a} words")),
        (None, Some(b)) => Some(format!("at most {b} words")),
        (None, None) => None,
    }
}

/// `10–40`, `≥10`, `≤40`: the limits in a few cells; `None` without limits.
pub fn limits_short(limits: Option<&WordLimits>) -> Option<String> {
    let l = limits?;
    match (l.min, l.max) {
        (Some(a), Some(b)) => Some(format!("{a}–{b}")),
        (Some(a), None) => Some(format!("≥{a}")),
        (None, Some(b)) => Some(format!("≤{b}")),
        (None, None) => None,
    }
}

/// The report of an activity, if it is one.
pub fn report(a: &Activity) -> Option<&Report> {
    match a.body.document()? {
        Document::Report(r) => Some(r),
        Document::Essay(_) => None,
    }
}

/// Whether the writer is the screen for an activity: reports and essays.
pub fn is_written(a: &Activity) -> bool {
    a.body.document().is_some()
}

/// How many sections of a report or essay have words, and how many there are.
pub fn sections_written(a: &Activity, answer: &Answer) -> (usize, usize) {
    let pages: Vec<_> = (0..).map_while(|k| page(a, k)).collect();
    let written = pages
        .iter()
        .filter(|p| section_words(answer, p).1 != WordStatus::Empty)
        .count();
    (written, pages.len())
}

/// How much of a report or essay is done, as the sections list counts it: "6 of 9
/// sections written", then the decision and any blank cover field of a report.
pub fn written_status(a: &Activity, answer: &Answer) -> String {
    let (written, sections) = sections_written(a, answer);
    let mut parts = vec![match sections {
        1 if written == 1 => "Written".to_string(),
        1 => "Not written yet".to_string(),
        n => format!("{written} of {n} sections written"),
    }];
    if let (
        Some(r),
        Response::Report {
            cover, decision, ..
        },
    ) = (report(a), &answer.response)
    {
        if r.decision.is_some() {
            parts.push(
                if decision.is_some() {
                    "decision made"
                } else {
                    "no decision yet"
                }
                .into(),
            );
        }
        let blank = r
            .cover
            .iter()
            .filter(|f| f.value.is_none())
            .filter(|f| cover.get(&*f.id).is_none_or(|v| v.trim().is_empty()))
            .count();
        match blank {
            0 => {}
            1 => parts.push("1 cover field blank".into()),
            n => parts.push(format!("{n} cover fields blank")),
        }
    }
    parts.join(", ") + "."
}

/// The entries in order: cover fields to fill in, the sections, then the decision.
pub fn entries(a: &Activity) -> Vec<Entry> {
    match a.body.document() {
        Some(Document::Report(r)) => {
            let cover = r.cover.iter().enumerate();
            let mut out: Vec<Entry> = cover
                .filter(|(_, c)| c.value.is_none())
                .map(|(k, _)| Entry::Cover(k))
                .collect();
            out.extend((0..r.sections.len()).map(Entry::Section));
            if r.decision.is_some() {
                out.push(Entry::Decision);
            }
            out
        }
        Some(Document::Essay(_)) => vec![Entry::Section(0)],
        None => Vec::new(),
    }
}

/// The section at position `k` (the essay at 0).
pub fn page(a: &Activity, k: usize) -> Option<Page<'_>> {
    match a.body.document()? {
        Document::Report(r) => r.sections.get(k).map(|s| Page {
            heading: &s.heading,
            guidance: &s.guidance,
            words: s.words.as_ref(),
            notes_from: &s.notes_from,
            target: TextTarget::Section(s.id.to_string()),
        }),
        Document::Essay(e) => (k == 0).then(|| Page {
            heading: "Your essay",
            guidance: &e.guidance,
            words: e.words.as_ref(),
            notes_from: &[],
            target: TextTarget::Essay,
        }),
    }
}

/// The cover field at position `k`.
pub fn cover_field(a: &Activity, k: usize) -> Option<&CoverField> {
    report(a)?.cover.get(k)
}

/// The text written for a section.
pub fn text<'a>(answer: &'a Answer, page: &Page<'_>) -> &'a str {
    form::text(answer, &page.target)
}

/// Words written for a section, and how they stand against its limits.
pub fn section_words(answer: &Answer, page: &Page<'_>) -> (usize, WordStatus) {
    let n = word_count(text(answer, page));
    (n, WordStatus::of(n, page.words))
}

/// The decision asked for and the option chosen, if any.
pub fn decision<'a>(a: &'a Activity, answer: &Answer) -> Option<(&'a Decision, Option<usize>)> {
    let asked = report(a)?.decision.as_ref()?;
    let chosen = match &answer.response {
        Response::Report {
            decision: Some(id), ..
        } => asked.options.iter().position(|o| &o.id == id),
        _ => None,
    };
    Some((asked, chosen))
}

/// Position of the section the decision must be argued in.
pub fn decision_section(a: &Activity) -> Option<usize> {
    let r = report(a)?;
    let id = &r.decision.as_ref()?.section;
    r.sections.iter().position(|s| *s.id == **id)
}

/// Whether the decision is made and its section argues for it, as the scoring decides.
/// `None` when there is no decision to make or none is made yet.
pub fn decision_argued(a: &Activity, answer: &Answer) -> Option<bool> {
    let (asked, chosen) = decision(a, answer)?;
    let option = &asked.options[chosen?];
    let section = page(a, decision_section(a)?)?;
    Some(mentions(&option.alternatives, text(answer, &section)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(min: Option<u32>, max: Option<u32>) -> WordLimits {
        WordLimits {
            min,
            max,
            hard_min: false,
            points: 1.0,
            bands: Vec::new(),
        }
    }

    #[test]
    fn word_status_follows_the_limits() {
        let l = limits(Some(80), Some(200));
        let of = |n| WordStatus::of(n, Some(&l));
        assert_eq!(of(0), WordStatus::Empty);
        assert_eq!(of(79), WordStatus::Short);
        assert_eq!(of(80), WordStatus::Within);
        assert_eq!(of(200), WordStatus::Within);
        assert_eq!(of(201), WordStatus::Over);
        assert_eq!(WordStatus::of(5, None), WordStatus::Within);
        assert_eq!(limits_text(Some(&l)).as_deref(), Some("80–200 words"));
        assert_eq!(
            limits_text(Some(&limits(None, Some(9)))).as_deref(),
            Some("at most 9 words")
        );
        assert_eq!(limits_text(Some(&limits(None, None))), None);
        assert_eq!(limits_short(Some(&l)).as_deref(), Some("80–200"));
        assert_eq!(
            limits_short(Some(&limits(Some(5), None))).as_deref(),
            Some("≥5")
        );
    }
}
