//! What every part of scoring reads: the activity, the answer and the unit's sources, and
//! the wording the explanations share.

use std::sync::Arc;

use crate::activity::{Activity, Source};
use crate::answer::Answer;

use super::tally::{TaskMarks, TaskName};
use crate::text::fmt_marks;

/// The activity being scored, the answer, and the sources sort evidence is checked against.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The activity.
    pub(crate) activity: &'a Activity,
    /// The answer.
    pub(crate) answer: &'a Answer,
    /// The unit's sources (may be empty).
    pub(crate) sources: &'a [Source],
    /// Whether the score is explained (see [`super::Detail`]).
    pub(crate) explain: bool,
}

impl<'a> Context<'a> {
    /// A task of this score with nothing given yet.
    pub(crate) fn task(&self, id: impl TaskName, label: impl TaskName, max: f64) -> TaskMarks {
        TaskMarks::new(id, label, max, self.explain)
    }

    /// The source with this id, if the sources were given.
    pub(crate) fn source(&self, id: &str) -> Option<&'a Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// What to call a row, card or item: its source's label ("Source 3") when its text is
    /// only the source id it stands for, else its own text.
    pub(crate) fn shown<'t>(&self, text: &'t Arc<str>, source: Option<&str>) -> &'t Arc<str>
    where
        'a: 't,
    {
        match source.and_then(|id| self.source(id)) {
            Some(s) if **text == *s.id => &s.label,
            _ => text,
        }
    }

    /// The teacher's mark under `key`, if one was given.
    pub(crate) fn teacher(&self, key: &str) -> Option<f64> {
        self.answer
            .teacher
            .get(key)
            .copied()
            .filter(|m| m.is_finite())
    }

    /// A model answer, when the activity shows them.
    pub(crate) fn model<'t>(&self, text: Option<&'t str>) -> Option<&'t str> {
        text.filter(|_| self.activity.show_model_answer)
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, … `11th`, `21st`.
pub(crate) fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A text in curly quotes, shortened to about sixty characters.
pub(crate) fn quoted(text: &str) -> String {
    let single_spaced = !text.contains(|c: char| c.is_whitespace() && c != ' ')
        && !text.contains("  ")
        && !text.starts_with(' ')
        && !text.ends_with(' ');
    if single_spaced && text.len() <= 60 {
        // Short and already flat (a matched keyword, most often): nothing to cut.
        return format!("“{text}”");
    }
    // The text with its spaces made single, read only as far as the cut.
    let mut flat = text
        .split_whitespace()
        .flat_map(|word| std::iter::once(' ').chain(word.chars()))
        .skip(1);
    let short: String = flat.by_ref().take(60).collect();
    if flat.next().is_some() {
        format!("“{}…”", short.trim_end())
    } else {
        format!("“{short}”")
    }
}

/// `1 mark`, `2.5 marks`.
pub(crate) fn marks(m: f64) -> String {
    let text = fmt_marks(m);
    if text == "1" {
        "1 mark".into()
    } else {
        format!("{text} marks")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_read_as_english() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"
            ]
        );
    }

    #[test]
    fn quotes_are_shortened() {
        assert_eq!(quoted("a  b\nc"), "“a b c”");
        assert_eq!(quoted(&"x".repeat(70)), format!("“{}…”", "x".repeat(60)));
        assert_eq!(
            quoted(&format!(" {}", "x".repeat(60))),
            format!("“{}”", "x".repeat(60))
        );
        let long = format!("{}\n  {}", "a".repeat(59), "b".repeat(10));
        assert_eq!(quoted(&long), format!("“{}…”", "a".repeat(59)));
        assert_eq!(marks(1.0), "1 mark");
        assert_eq!(marks(0.5), "0.5 marks");
    }

    proptest::proptest! {
        /// Reading the text only as far as the cut quotes it as flattening all of it does.
        #[test]
        fn a_quote_is_cut_as_the_whole_text_flattened_would_be(
            text in "[ab \n\t’é]{0,90}",
        ) {
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let short: String = flat.chars().take(60).collect();
            let want = if short.len() < flat.len() {
                format!("“{}…”", short.trim_end())
            } else {
                format!("“{short}”")
            };
            proptest::prop_assert_eq!(quoted(&text), want);
        }
    }
}
