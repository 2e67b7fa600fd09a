//! Sentences that carry points without making them, seen once every point's phrases are
//! found: the words around the phrases are a sentence's **frame**. Where the answer is to be
//! written in sentences (prose), a point earns nothing in:
//!
//! - **names only**: the frame says nothing about the
//!   phrases but that they are there ("Lenin, Genoa and Litvinov are all mentioned in these
//!   sources", "Munich was important"): every word of it is a small word (see
//!   [`super::SENTENCE_WORDS`]), "and", "or", or one of [`TALK_WORDS`], and one at least of
//!   those.
//! - **the same frame**: the frame's words other than small ones, two or more, are word for
//!   word those of an earlier sentence that carried a point, in this text or, for a report,
//!   an earlier section ("The USSR wanted revolution at first. The USSR wanted trade at
//!   first."): a list written as sentences. The first sentence keeps its point. Elsewhere (a
//!   short answer, a grid cell) parallel sentences are often the answer itself ("traverse
//!   the left subtree. visit the root. traverse the right subtree.").

use super::{Clauses, is_sentence_word};
use crate::words::run_hash;

/// The frames of the sentences read so far that carried a point (see the module's doc).
pub(crate) type Frames = foldhash::HashSet<u64>;

/// Words that speak of the answer or the sources rather than of the subject: a frame of
/// these and small words only names the points it carries. In byte order.
pub const TALK_WORDS: &[&str] = &[
    "and",
    "another",
    "answer",
    "answers",
    "appear",
    "appeared",
    "appears",
    "chart",
    "charts",
    "cover",
    "covered",
    "covers",
    "discuss",
    "discussed",
    "discusses",
    "document",
    "documents",
    "etc",
    "event",
    "events",
    "example",
    "examples",
    "extract",
    "extracts",
    "factor",
    "factors",
    "feature",
    "featured",
    "features",
    "here",
    "important",
    "include",
    "included",
    "includes",
    "including",
    "involve",
    "involved",
    "involves",
    "key",
    "keyword",
    "keywords",
    "list",
    "listed",
    "lot",
    "lots",
    "many",
    "mention",
    "mentioned",
    "mentioning",
    "mentions",
    "named",
    "or",
    "other",
    "others",
    "passage",
    "passages",
    "point",
    "points",
    "question",
    "questions",
    "reason",
    "reasons",
    "refer",
    "referred",
    "referring",
    "refers",
    "relate",
    "related",
    "relates",
    "relevant",
    "several",
    "significant",
    "source",
    "sources",
    "stuff",
    "talk",
    "talked",
    "talking",
    "talks",
    "term",
    "terms",
    "text",
    "texts",
    "thing",
    "things",
    "topic",
    "topics",
    "word",
    "words",
];

impl Clauses<'_> {
    /// Marks the sentences that only name the points they carry, and those that repeat the
    /// frame of one in `seen` (which takes theirs), given every phrase where a point was
    /// found, as (first word, number of words). Only prose is read.
    pub(crate) fn read_frames(
        &mut self,
        phrases: impl IntoIterator<Item = (usize, usize)>,
        seen: &mut Frames,
    ) {
        if !self.prose {
            return;
        }
        let mut carried = vec![false; self.words.len()];
        for (at, len) in phrases {
            for word in carried.iter_mut().skip(at).take(len) {
                *word = true;
            }
        }
        let talk = |word: &str| TALK_WORDS.binary_search(&word).is_ok();
        for sentence in &mut self.sentences {
            let range = sentence.words.clone();
            if !carried[range.clone()].contains(&true) {
                continue;
            }
            let frame: Vec<&str> = range
                .filter(|&i| !carried[i])
                .map(|i| self.words[i].as_ref())
                .filter(|w| !is_sentence_word(w))
                .collect();
            sentence.names_only = !frame.is_empty() && frame.iter().all(|w| talk(w));
            sentence.same_frame = frame.len() >= 2 && !seen.insert(run_hash(&frame));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::clauses::Flaw;

    /// The clauses of `text` (prose) with `points` (phrases by their words, lowercased)
    /// found wherever they are.
    fn read(text: &str, points: &[&str]) -> Clauses<'static> {
        let text: &'static str = Box::leak(text.to_string().into_boxed_str());
        let mut clauses = Clauses::new(text, true);
        let words: Vec<String> = clauses.words.iter().map(|w| w.to_string()).collect();
        let mut phrases = Vec::new();
        for point in points {
            let point: Vec<&str> = point.split(' ').collect();
            for at in 0..words.len() {
                if words[at..].starts_with(&point.iter().map(|p| p.to_string()).collect::<Vec<_>>())
                {
                    phrases.push((at, point.len()));
                }
            }
        }
        clauses.read_frames(phrases, &mut Frames::default());
        clauses
    }

    /// The flaw of the first phrase of `point` in `clauses`.
    fn flaw_of(clauses: &Clauses, point: &str) -> Option<Flaw> {
        let at = clauses.words.iter().position(|w| w == point).unwrap();
        clauses.flaw(at, 1, false)
    }

    #[test]
    fn talk_words_are_in_byte_order() {
        assert!(TALK_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn names_in_a_frame_about_the_text_make_no_point() {
        let clauses = read(
            "Lenin, Genoa, Litvinov and Germany are all mentioned in these sources.",
            &["lenin", "genoa", "litvinov", "germany"],
        );
        for point in ["lenin", "genoa", "litvinov", "germany"] {
            assert_eq!(flaw_of(&clauses, point), Some(Flaw::NamesOnly), "{point}");
        }
        let clauses = read("Munich was important.", &["munich"]);
        assert_eq!(flaw_of(&clauses, "munich"), Some(Flaw::NamesOnly));
    }

    #[test]
    fn a_frame_that_says_something_of_the_names_makes_the_points() {
        for text in [
            "The USSR feared Germany and Japan.",
            "It was Litvinov.",
            "Munich was important because it showed the West would not resist Hitler.",
            "Sources 1 and 2 both mention revolution.",
        ] {
            let clauses = read(
                text,
                &["germany", "japan", "litvinov", "munich", "revolution"],
            );
            for point in ["germany", "japan", "litvinov", "munich", "revolution"] {
                if clauses.words.iter().any(|w| w == point) {
                    assert_eq!(flaw_of(&clauses, point), None, "{text}: {point}");
                }
            }
        }
    }

    #[test]
    fn frames_are_read_only_in_prose() {
        let mut clauses = Clauses::new("Litvinov is the answer.", false);
        clauses.read_frames([(0, 1)], &mut Frames::default());
        assert_eq!(clauses.flaw(0, 1, false), None);
        let text = "traverse the left subtree. visit the root. traverse the right subtree.";
        let mut clauses = Clauses::new(text, false);
        clauses.read_frames([(2, 1), (6, 1), (9, 1)], &mut Frames::default());
        assert_eq!(clauses.words[9], "right");
        assert_eq!(clauses.flaw(9, 1, false), None);
    }

    #[test]
    fn a_frame_repeated_with_other_points_keeps_only_the_first() {
        let clauses = read(
            "The USSR wanted revolution at first. The USSR wanted trade at first.",
            &["revolution", "trade"],
        );
        assert_eq!(flaw_of(&clauses, "revolution"), None);
        assert_eq!(flaw_of(&clauses, "trade"), Some(Flaw::SameFrame));
    }

    #[test]
    fn frames_of_small_words_or_one_word_are_not_compared() {
        let clauses = read(
            "Lenin wanted revolution. Litvinov wanted security. It was trade. It was Genoa.",
            &[
                "lenin",
                "revolution",
                "litvinov",
                "security",
                "trade",
                "genoa",
            ],
        );
        for point in ["revolution", "security", "trade", "genoa"] {
            assert_eq!(flaw_of(&clauses, point), None, "{point}");
        }
    }

    #[test]
    fn frames_differing_only_in_small_words_are_the_same() {
        let clauses = read(
            "Stalin should think about the war. Stalin should think about Poland.",
            &["war", "poland"],
        );
        assert_eq!(flaw_of(&clauses, "war"), None);
        assert_eq!(flaw_of(&clauses, "poland"), Some(Flaw::SameFrame));
    }

    #[test]
    fn frames_seen_in_an_earlier_text_count() {
        let mut seen = Frames::default();
        let mut first = Clauses::new("Stalin should think about the war.", true);
        first.read_frames([(5, 1)], &mut seen);
        assert_eq!(first.flaw(5, 1, false), None);
        let mut second = Clauses::new("Stalin should think about Poland.", true);
        second.read_frames([(4, 1)], &mut seen);
        assert_eq!(second.words[4], "poland");
        assert_eq!(second.flaw(4, 1, false), Some(Flaw::SameFrame));
    }

    #[test]
    fn a_sentence_with_no_point_sets_no_frame() {
        let clauses = read(
            "The sources talk about many things. The sources talk about trade.",
            &["trade"],
        );
        assert_eq!(flaw_of(&clauses, "trade"), Some(Flaw::NamesOnly));
        let clauses = read(
            "The USSR wanted many things. The USSR wanted trade.",
            &["trade"],
        );
        assert_eq!(flaw_of(&clauses, "trade"), None);
    }
}
