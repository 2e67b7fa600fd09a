//! Words prepared for keyword matching: split, normalised and stemmed. The words of a text
//! ([`Words`]) are prepared when it is marked, each distinct word once; the words or phrases
//! a keyword group accepts ([`Phrases`]) once per loaded activity, the first time they are
//! matched (so that loading a unit stems nothing it does not mark). How they are compared is
//! scoring's (`scoring::keywords`).

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use frostem::{Algorithm, Stemmer};

mod frequent;
mod irregular;
mod known;
mod negations;
mod phrases;
mod runs;
mod small;
pub mod synonyms;
mod verbs;
mod vocabulary;

pub(crate) use frequent::{is_common, is_frequent};
pub(crate) use irregular::base_of;
pub(crate) use negations::denied_by;
pub use phrases::Phrases;
pub(crate) use phrases::{PREPOSITIONS, Split, is_preposition};
pub use runs::{COPY_RUN, NEAR_COPY, Runs, run_hash, window_hashes, word_hashes};
pub use small::SENTENCE_WORDS;
pub(crate) use verbs::is_common_verb;
pub use vocabulary::Vocabulary;

/// One word, ready for comparison.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Lowercased, apostrophes straightened, possessive dropped.
    pub(crate) text: String,
    /// The Snowball English stem of `text`, or of its base form if it is irregular ("fought"
    /// is stemmed as "fight", see [`irregular`]); `text` itself for a pattern with `*`.
    pub(crate) stem: String,
    /// The characters of `text`.
    pub(crate) chars: Vec<char>,
    /// For a pattern with `*`: its characters other than `*`; `None` without `*`.
    pub(crate) wildcard_letters: Option<usize>,
    /// The groups of synonyms it is in (see [`synonyms`]); for a pattern with `*`, those
    /// of the word before a final `*` of [`WILDCARD_SYNONYM_LETTERS`] letters or more, else
    /// none.
    pub(crate) synonyms: &'static [u32],
    /// Whether it is "not" or "never", or says "not" inside ("wasn't", "cannot": see
    /// [`says_not`]).
    pub(crate) negation: bool,
}

/// The fewest letters before a final `*` for the pattern to take the synonyms of the word
/// they spell: "wage*" those of *wage*, "ra*" none.
const WILDCARD_SYNONYM_LETTERS: usize = 4;

/// The characters of a word, in a vector allocated once (collecting `chars()` grows it
/// from a quarter of the bytes, a copy at each step).
fn chars_of(word: &str) -> Vec<char> {
    let mut chars = Vec::with_capacity(word.len());
    chars.extend(word.chars());
    chars
}

/// Words that all but deny what they are said of: each is its own stem, so it is neither
/// the word it is made from nor a synonym of its senses ("it hardly dents" says nothing of
/// being hard, "it barely gets a mark" nothing of being bare or just).
const ALL_BUT_DENYING: &[&str] = &["barely", "hardly", "scarcely"];

/// The stem a word (lowercased) is compared by: the Snowball English stem of the word, or
/// of its base form if it is irregular ("fought" is stemmed as "fight", see [`irregular`]);
/// the word itself for one of [`ALL_BUT_DENYING`].
fn stem_of(word: &str, stemmer: &Stemmer) -> String {
    if ALL_BUT_DENYING.contains(&word) {
        return word.to_string();
    }
    stemmer.stem(base_of(word).unwrap_or(word)).into_owned()
}

/// The stem a word (lowercased) is compared by (see [`stem_of`]), for a word read alone.
pub(crate) fn stem(word: &str) -> String {
    stem_of(word, &Stemmer::new(Algorithm::English))
}

impl Word {
    fn new(text: String, stemmer: &Stemmer) -> Self {
        let stem_of = |word: &str| stem_of(word, stemmer);
        let stem = if text.contains('*') {
            text.clone()
        } else {
            stem_of(&text)
        };
        let chars = chars_of(&text);
        let stars = chars.iter().filter(|&&c| c == '*').count();
        Self {
            wildcard_letters: (stars > 0).then(|| chars.len() - stars),
            // "wage*" takes the synonyms of "wage" ("salary"): a word ending in a star
            // stands for the word and its endings.
            synonyms: match (stars, text.strip_suffix('*')) {
                (0, _) => synonyms::groups_of(&stem),
                (1, Some(word)) if word.chars().count() >= WILDCARD_SYNONYM_LETTERS => {
                    synonyms::groups_of(&stem_of(word))
                }
                _ => &[],
            },
            negation: matches!(text.as_str(), "not" | "never") || says_not(&text),
            chars,
            text,
            stem,
        }
    }

    /// Its length in characters.
    pub(crate) fn letters(&self) -> usize {
        self.chars.len()
    }
}

/// The words of a text, as keyword matching splits them (see [`words_at`]).
pub(crate) fn split_words(text: &str) -> impl Iterator<Item = Cow<'_, str>> {
    words_at(text).map(|(_, word)| word)
}

/// The words of a text, each with the byte range of its run in `text` (with any
/// apostrophes around it): runs of letters, digits, apostrophes and `*`, lowercased, curly
/// apostrophes made straight, apostrophes around them and a possessive `'s` dropped, and a
/// negative contraction written without its apostrophe given it back ("dont" is "don't",
/// see [`CONTRACTIONS`]). A run of lowercase ASCII is used as written, not copied.
pub(crate) fn words_at(text: &str) -> impl Iterator<Item = (Range<usize>, Cow<'_, str>)> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '*'))
        .filter_map(move |run| {
            let word = if run.is_ascii() && !run.bytes().any(|b| b.is_ascii_uppercase()) {
                trim(run).map(Cow::Borrowed)
            } else {
                let mut lower = run.to_lowercase();
                if lower.contains('’') {
                    lower = lower.replace('’', "'");
                }
                // One copy for most capitalised words: the lowercased run is the word.
                let word = trim(&lower)?;
                Some(Cow::Owned(if word.len() == lower.len() {
                    lower
                } else {
                    word.to_string()
                }))
            }?;
            // Every contraction without its apostrophe ends in "nt".
            let contraction = word.ends_with("nt").then(|| {
                CONTRACTIONS
                    .iter()
                    .find(|(bare, _)| *bare == word)
                    .map(|&(_, contraction)| contraction)
            });
            let word = match contraction.flatten() {
                Some(contraction) => Cow::Borrowed(contraction),
                None => word,
            };
            let start = run.as_ptr().addr() - text.as_ptr().addr();
            Some((start..start + run.len(), word))
        })
}

/// Negative contractions students often write without their apostrophe, each with its
/// spelling: a negation reads the same either way ("it doesnt" denies as "it doesn't" does).
const CONTRACTIONS: &[(&str, &str)] = &[
    ("arent", "aren't"),
    ("cant", "can't"),
    ("couldnt", "couldn't"),
    ("didnt", "didn't"),
    ("doesnt", "doesn't"),
    ("dont", "don't"),
    ("hadnt", "hadn't"),
    ("hasnt", "hasn't"),
    ("havent", "haven't"),
    ("isnt", "isn't"),
    ("mustnt", "mustn't"),
    ("shouldnt", "shouldn't"),
    ("wasnt", "wasn't"),
    ("werent", "weren't"),
    ("wont", "won't"),
    ("wouldnt", "wouldn't"),
];

/// A lowercased run without the apostrophes around it or a possessive `'s`; `None` when
/// nothing is left.
fn trim(run: &str) -> Option<&str> {
    let trimmed = run.trim_matches('\'');
    let word = trimmed.strip_suffix("'s").unwrap_or(trimmed);
    (!word.is_empty()).then_some(word)
}

/// Where the sentences of a text end, as byte offsets: at `!`, `?`, line breaks, and a full
/// stop followed by a space or the end (not the dots of "do...while" or "1.5").
pub(crate) fn sentence_ends(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    text.char_indices()
        .filter(|&(i, c)| match c {
            '!' | '?' | '\n' | '\r' => true,
            '.' => {
                let next = bytes.get(i + 1).copied();
                let before = i.checked_sub(1).map(|j| bytes[j]);
                before != Some(b'.')
                    && next != Some(b'.')
                    && next.is_none_or(|b| b.is_ascii_whitespace())
            }
            _ => false,
        })
        .map(|(i, _)| i)
        .collect()
}

/// The words of a text, split, lowercased and stemmed once for every group matched on it.
/// Each distinct word is prepared (and later compared) once, however often it is written.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// The distinct words, in order of first appearance: a known word (see [`known`]) as
    /// prepared once for the program, any other prepared here.
    pub(crate) distinct: Vec<Cow<'static, Word>>,
    /// The text's words, as indices into `distinct`.
    pub(crate) sequence: Vec<usize>,
    /// Two words written joined by a hyphen ("re-usability", see [`HYPHENS`]), as (the first
    /// one's place in `sequence`, the two written as one in `distinct`), in order of place.
    pub(crate) compounds: Vec<(usize, usize)>,
    /// The places in `sequence` of the words that begin a sentence after the first (see
    /// [`sentence_ends`]), in order: no phrase runs past them.
    pub(crate) sentence_starts: Vec<usize>,
}

impl Words {
    /// Splits a text into words (see the module documentation of `keywords`).
    pub fn new(text: &str) -> Self {
        let (ranges, words): (Vec<_>, Vec<_>) = words_at(text).unzip();
        Self::of(text, &words, &ranges)
    }

    /// The words of `text` already split by [`words_at`]: the words in order, and the byte
    /// range of each. Two written joined by a hyphen are also taken as one ("reusability"
    /// for "re-usability", see [`Words::compounds`]).
    pub(crate) fn of(text: &str, split: &[impl AsRef<str>], ranges: &[Range<usize>]) -> Self {
        let stemmer = Stemmer::new(Algorithm::English);
        let mut words = Self::default();
        let mut seen: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
        for word in split {
            let word = word.as_ref();
            let at = *seen.entry(word).or_insert_with(|| {
                words.distinct.push(match known::known(word) {
                    Some(known) => Cow::Borrowed(known),
                    None => Cow::Owned(Word::new(word.to_string(), &stemmer)),
                });
                words.distinct.len() - 1
            });
            words.sequence.push(at);
        }
        let mut ends = sentence_ends(text).into_iter().peekable();
        for (at, range) in ranges.iter().enumerate() {
            if ends.next_if(|&end| end < range.start).is_some() {
                while ends.next_if(|&end| end < range.start).is_some() {}
                if at > 0 {
                    words.sentence_starts.push(at);
                }
            }
        }
        for (at, pair) in ranges.windows(2).enumerate() {
            let mut between = text
                .get(pair[0].end..pair[1].start)
                .unwrap_or_default()
                .chars();
            if between.next().is_some_and(|c| HYPHENS.contains(&c)) && between.next().is_none() {
                let (first, second) = (words.sequence[at], words.sequence[at + 1]);
                let joined = format!(
                    "{}{}",
                    words.distinct[first].text, words.distinct[second].text
                );
                words.distinct.push(Cow::Owned(Word::new(joined, &stemmer)));
                words.compounds.push((at, words.distinct.len() - 1));
            }
        }
        words
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.sequence.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.sequence.is_empty()
    }
}

/// Auxiliaries and modal verbs: a "not" may follow one ("could not be trusted" says what
/// "not be trusted" does), and one may turn a clause round after a negation ("never did
/// he …").
pub(crate) const AUXILIARY_VERBS: &[&str] = &[
    "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might", "must",
    "shall", "should", "was", "were", "will", "would",
];

/// Whether a word says "not" inside it: a negative contraction ("wasn't", "can't") or
/// "cannot". Any two words that say "not", alone or inside, match (see [`Word::negation`]).
pub(crate) fn says_not(word: &str) -> bool {
    word.ends_with("n't") || word == "cannot"
}

/// The hyphens that join two words into one: the ASCII hyphen-minus and Unicode's hyphen.
pub(crate) const HYPHENS: &[char] = &['-', '‐'];

/// Something worked out from the model the first time it is needed and kept with it, such
/// as an activity's [`Runs`]. It is not part of the model's value: two are always equal, it
/// is never written out, and it reads back empty.
#[derive(Debug, Clone)]
pub struct Prepared<T>(OnceLock<T>);

impl<T> Default for Prepared<T> {
    fn default() -> Self {
        Self(OnceLock::new())
    }
}

impl<T> Prepared<T> {
    /// The value, made by `make` on the first call.
    pub fn get_or_init(&self, make: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(make)
    }
}

impl<T> PartialEq for Prepared<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_contraction_written_without_its_apostrophe_ends_in_nt() {
        for (bare, contraction) in CONTRACTIONS {
            assert!(bare.ends_with("nt"), "{bare}");
            assert_eq!(split_words(bare).collect::<Vec<_>>(), [*contraction]);
        }
    }

    #[test]
    fn words_drop_possessives_and_split_hyphens() {
        let words = Words::new("Stalin’s Nazi-Soviet pact; 'quoted' pact");
        let texts: Vec<&str> = (words.sequence.iter())
            .map(|&i| words.distinct[i].text.as_str())
            .collect();
        assert_eq!(
            texts,
            ["stalin", "nazi", "soviet", "pact", "quoted", "pact"]
        );
        // Five distinct words, and "nazisoviet" for the two joined by a hyphen.
        assert_eq!(words.distinct.len(), 6);
        assert_eq!(words.sequence, [0, 1, 2, 3, 4, 3]);
        assert_eq!(words.compounds, [(1, 5)]);
        assert_eq!(words.distinct[5].text, "nazisoviet");
        assert!(Words::new(" -- ").is_empty());
    }

    #[test]
    fn a_contraction_without_its_apostrophe_is_the_contraction() {
        let words: Vec<String> = split_words("It DOESNT, it dont; it isn’t. Dontcha")
            .map(Cow::into_owned)
            .collect();
        assert_eq!(
            words,
            ["it", "doesn't", "it", "don't", "it", "isn't", "dontcha"]
        );
    }

    #[test]
    fn each_word_comes_with_its_run_in_the_text() {
        let text = "‘Stalin’s’ — DONT, über-pact";
        let found: Vec<(&str, String)> = words_at(text)
            .map(|(range, word)| (&text[range], word.into_owned()))
            .collect();
        assert_eq!(
            found,
            [
                ("Stalin’s’", "stalin".to_string()),
                ("DONT", "don't".to_string()),
                ("über", "über".to_string()),
                ("pact", "pact".to_string()),
            ]
        );
    }

    #[test]
    fn phrases_are_split_once_and_read_back_as_written() {
        let phrases = Phrases::from(vec![
            "Collective security".to_string(),
            " -- ".to_string(),
            "appease*".to_string(),
        ]);
        let split = phrases.split();
        let words: Vec<&str> = split.words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(words, ["collective", "security", "appease*"]);
        assert_eq!(split.spans, [(0, 2), (2, 1)]);
        let json = serde_json::to_string(&phrases).expect("written");
        assert_eq!(json, r#"["Collective security"," -- ","appease*"]"#);
        let back: Phrases = serde_json::from_str(&json).expect("read");
        assert_eq!(back, phrases);
        assert_eq!(back.split().spans, split.spans);
    }

    #[test]
    fn words_are_stemmed_and_patterns_are_not() {
        let words = Words::new("Treaties appease* ÜBER");
        let stems: Vec<&str> = words.distinct.iter().map(|w| w.stem.as_str()).collect();
        assert_eq!(stems, ["treati", "appease*", "über"]);
        let wildcards: Vec<Option<usize>> =
            words.distinct.iter().map(|w| w.wildcard_letters).collect();
        assert_eq!(wildcards, [None, Some(7), None]);
    }
}
