//! The small words every sentence has: a sentence without one reads as a list or a
//! fragment (see [`super`]).

use std::ops::Range;

pub(crate) use crate::words::{PREPOSITIONS, is_preposition};

pub use crate::words::SENTENCE_WORDS;

/// [`SENTENCE_WORDS`] as a set: every word of every answer is looked up in it.
static SENTENCE_WORD_SET: std::sync::LazyLock<foldhash::HashSet<&str>> =
    std::sync::LazyLock::new(|| SENTENCE_WORDS.iter().copied().collect());

/// Whether a word is a particle of a phrasal verb ("burns out", "cuts off", "goes up"):
/// small, but no sign of a sentence, so a run of keywords with one is still a list.
pub(crate) fn is_particle(word: &str) -> bool {
    matches!(word, "up" | "down" | "out" | "off")
}

/// Whether a word (lowercased) is an article: "a", "an", "the".
pub(crate) fn is_article(word: &str) -> bool {
    matches!(word, "a" | "an" | "the")
}

/// Whether a word (lowercased) is one of [`SENTENCE_WORDS`], or an auxiliary of them with
/// "n't" ("didn't", "wasn't", "can't", "won't").
pub(crate) fn is_sentence_word(word: &str) -> bool {
    SENTENCE_WORD_SET.contains(word)
        || word.strip_suffix("n't").is_some_and(|auxiliary| {
            matches!(auxiliary, "ca" | "wo" | "sha") || SENTENCE_WORD_SET.contains(auxiliary)
        })
}

/// Words and phrases that open a sentence without adding to what it says ("Also, …",
/// "Again, …", "Then, …", "As I said, …"): a sentence said again behind them says nothing
/// new (see [`said`]). In order of their first words.
const LEAD_INS: &[&[&str]] = &[
    &["above", "all"],
    &["additionally"],
    &["after", "all"],
    &["again"],
    &["all", "in", "all"],
    &["also"],
    &["and"],
    &["anyway"],
    &["as", "i", "said"],
    &["basically"],
    &["besides"],
    &["certainly"],
    &["clearly"],
    &["finally"],
    &["first"],
    &["firstly"],
    &["furthermore"],
    &["hence"],
    &["however"],
    &["importantly"],
    &["in", "addition"],
    &["in", "conclusion"],
    &["in", "fact"],
    &["in", "other", "words"],
    &["indeed"],
    &["lastly"],
    &["likewise"],
    &["moreover"],
    &["next"],
    &["now"],
    &["obviously"],
    &["of", "course"],
    &["on", "top", "of", "that"],
    &["once", "again"],
    &["once", "more"],
    &["overall"],
    &["plus"],
    &["really"],
    &["second"],
    &["secondly"],
    &["similarly"],
    &["so"],
    &["still"],
    &["then"],
    &["therefore"],
    &["third"],
    &["thirdly"],
    &["thus"],
    &["to", "conclude"],
    &["to", "repeat"],
    &["to", "sum", "up"],
];

/// Words and phrases that close a sentence without adding to what it says ("…, too.").
const CLOSINGS: &[&[&str]] = &[
    &["again"],
    &["also"],
    &["as", "well"],
    &["indeed"],
    &["really"],
    &["too"],
];

/// What a sentence says, as the range of its words left without the words of [`LEAD_INS`]
/// it opens with or of [`CLOSINGS`] it closes with: "Also, dams are expensive" and "Dams
/// are expensive, too" say what "Dams are expensive" says.
pub(crate) fn said<S: AsRef<str>>(words: &[S]) -> Range<usize> {
    let is = |run: &[S], phrase: &[&str]| {
        run.len() == phrase.len() && run.iter().zip(phrase).all(|(w, p)| w.as_ref() == *p)
    };
    let (mut start, mut end) = (0, words.len());
    // The lead-ins are in order of their first words: only those of the sentence's first
    // word are tried.
    while let Some(first) = words.get(start).map(AsRef::as_ref) {
        let from = LEAD_INS.partition_point(|l| l[0] < first);
        let Some(lead_in) = LEAD_INS[from..]
            .iter()
            .take_while(|l| l[0] == first)
            .find(|l| start + l.len() < end && is(&words[start..start + l.len()], l))
        else {
            break;
        };
        start += lead_in.len();
    }
    while let Some(closing) = CLOSINGS
        .iter()
        .find(|c| start + c.len() < end && is(&words[end - c.len()..end], c))
    {
        end -= closing.len();
    }
    start..end
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lead_ins_are_in_order_of_their_first_words() {
        assert!(super::LEAD_INS.is_sorted());
    }
}
