//! The keyword matcher: which of the points a teacher expects a written answer makes.
//!
//! **Words.** A text is split into words: runs of letters, digits and apostrophes. Hyphens,
//! dashes and punctuation separate words, so "Nazi-Soviet", "Nazi–Soviet" and "Nazi Soviet"
//! are the same two words. Words are lowercased, curly apostrophes made straight, and a
//! possessive `'s` dropped ("Stalin's" is "stalin").
//!
//! **Alternatives.** Each alternative of a [`KeywordGroup`] is split the same way; a phrase
//! matches where its words appear one after another, in order. A word of an alternative
//! matches a word of the text when:
//!
//! - it contains `*`: the pattern matches the whole word, `*` standing for any run of
//!   letters, possibly none (`appease*` matches "appease", "appeasement"); if the pattern
//!   has five letters or more besides `*` and the word too, up to `typos` edits are allowed
//!   (`appease*` matches "apeasement");
//! - otherwise, when the two are equal; or, if the group stems, when their Snowball English
//!   stems are equal ("treaties" and "treaty"); or, if both have five letters or more, when
//!   their Damerau edit distance is at most the group's `typos` — comparing the stems too
//!   when the group stems ("apeasment" and "appeasement": stems "apeas" and "appeas").
//!
//! **Occurrences.** The text is read from the first word to the last; where alternatives
//! match, the longest is one occurrence and reading goes on after it. A group earns
//! `points × min(occurrences found, group.occurrences)`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use frostem::{Algorithm, Stemmer};

use crate::activity::KeywordGroup;
use crate::diagnostic::edit_distance;

/// Words shorter than this never match by typo allowance.
pub const TYPO_MIN_LETTERS: usize = 5;

/// One word, ready for comparison.
#[derive(Debug, Clone)]
struct Word {
    /// Lowercased, apostrophes straightened, possessive dropped.
    text: String,
    /// The Snowball English stem of `text`.
    stem: String,
    /// The characters of `text`.
    chars: Vec<char>,
    /// The characters of `stem`.
    stem_chars: Vec<char>,
    /// For a pattern with `*`: its characters other than `*`; `None` without `*`.
    wildcard_letters: Option<usize>,
}

impl Word {
    fn new(text: String, stemmer: Stemmer) -> Self {
        let stem = if text.contains('*') {
            text.clone()
        } else {
            stemmer.stem(&text).into_owned()
        };
        let chars: Vec<char> = text.chars().collect();
        let stars = chars.iter().filter(|&&c| c == '*').count();
        Self {
            wildcard_letters: (stars > 0).then(|| chars.len() - stars),
            stem_chars: stem.chars().collect(),
            chars,
            text,
            stem,
        }
    }

    fn letters(&self) -> usize {
        self.chars.len()
    }
}

/// A word of a text as written: lowercased, curly apostrophes straightened, a possessive
/// `'s` dropped. `None` for a run of apostrophes.
fn normalise(raw: &str) -> Option<String> {
    let lower = raw.to_lowercase().replace('’', "'");
    let trimmed = lower.trim_matches('\'');
    let text = trimmed.strip_suffix("'s").unwrap_or(trimmed);
    (!text.is_empty()).then(|| text.to_string())
}

/// Most words [`prepared`] keeps before it starts afresh.
const PREPARED_LIMIT: usize = 50_000;

thread_local! {
    /// Words already lowercased and stemmed. Stemming is the costly part of matching, and
    /// the same words come back in answer after answer to the same activity. The cache
    /// changes no result: a word is always prepared the same way.
    static PREPARED: RefCell<HashMap<String, Arc<Word>>> = RefCell::new(HashMap::new());
}

/// The word, prepared once per thread.
fn prepared(text: String, stemmer: Stemmer) -> Arc<Word> {
    PREPARED.with_borrow_mut(|cache| {
        if let Some(word) = cache.get(&text) {
            return Arc::clone(word);
        }
        if cache.len() >= PREPARED_LIMIT {
            cache.clear();
        }
        let word = Arc::new(Word::new(text.clone(), stemmer));
        cache.insert(text, Arc::clone(&word));
        word
    })
}

/// The words of a text, split, lowercased and stemmed once for every group matched on it.
/// Each distinct word is prepared (and later compared) once, however often it is written.
#[derive(Debug, Clone)]
pub struct Words {
    /// The distinct words, in order of first appearance.
    distinct: Vec<Arc<Word>>,
    /// The text's words, as indices into `distinct`.
    sequence: Vec<usize>,
}

impl Words {
    /// Splits a text into words (see the module documentation).
    pub fn new(text: &str) -> Self {
        let stemmer = Stemmer::new(Algorithm::English);
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut distinct = Vec::new();
        let mut sequence = Vec::new();
        let raw = text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '*'));
        for word in raw.filter_map(normalise) {
            let next = distinct.len();
            let at = *index.entry(word).or_insert_with_key(|w| {
                distinct.push(prepared(w.clone(), stemmer));
                next
            });
            sequence.push(at);
        }
        Self { distinct, sequence }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.sequence.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.sequence.is_empty()
    }

    /// The words in order.
    fn in_order(&self) -> impl Iterator<Item = &Arc<Word>> {
        self.sequence.iter().map(|&i| &self.distinct[i])
    }
}

/// How a keyword group fared in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMatch {
    /// Occurrences found, all of them.
    pub found: u32,
    /// Occurrences that earn marks: at most the group's `occurrences`.
    pub counted: u32,
    /// Marks earned: `points × counted`.
    pub marks: f64,
    /// The words matched, occurrence by occurrence, as lowercased in the text.
    pub matched: Vec<String>,
}

/// Matches every group against a text, in the groups' order.
pub fn match_groups(groups: &[KeywordGroup], text: &str) -> Vec<GroupMatch> {
    let words = Words::new(text);
    groups.iter().map(|g| match_group(g, &words)).collect()
}

/// Matches one group against words already split.
pub fn match_group(group: &KeywordGroup, words: &Words) -> GroupMatch {
    let alternatives = Alternatives::new(&group.alternatives, group.stem, group.typos);
    let matched = alternatives.occurrences(words);
    let found = u32::try_from(matched.len()).unwrap_or(u32::MAX);
    let counted = found.min(group.occurrences);
    GroupMatch {
        found,
        counted,
        marks: group.points * f64::from(counted),
        matched,
    }
}

/// Whether a text mentions any of `alternatives`, matched as a keyword group with the
/// defaults authors get (stemming on, one typo allowed).
pub fn mentions(alternatives: &[String], text: &str) -> bool {
    let words = Words::new(text);
    !Alternatives::new(alternatives, true, 1)
        .occurrences(&words)
        .is_empty()
}

/// A group's alternatives, split into words and stemmed.
struct Alternatives {
    phrases: Vec<Vec<Arc<Word>>>,
    stem: bool,
    typos: usize,
}

impl Alternatives {
    fn new(alternatives: &[String], stem: bool, typos: u32) -> Self {
        let phrases = alternatives
            .iter()
            .map(|a| Words::new(a).in_order().cloned().collect::<Vec<_>>());
        Self {
            phrases: phrases.filter(|p| !p.is_empty()).collect(),
            stem,
            typos: typos as usize,
        }
    }

    /// The occurrences in `words`, read left to right without overlap.
    fn occurrences(&self, words: &Words) -> Vec<String> {
        // matches[p][k][d]: whether word k of phrase p matches distinct word d of the text.
        let matches: Vec<Vec<Vec<bool>>> = self
            .phrases
            .iter()
            .map(|phrase| {
                phrase
                    .iter()
                    .map(|pattern| {
                        let matching = |word: &Arc<Word>| self.word_matches(pattern, word);
                        words.distinct.iter().map(matching).collect()
                    })
                    .collect()
            })
            .collect();
        let sequence = &words.sequence;
        let mut found = Vec::new();
        let mut at = 0;
        while at < sequence.len() {
            // The longest alternative that matches here.
            let hit = matches
                .iter()
                .filter(|phrase| {
                    phrase.len() <= sequence.len() - at
                        && phrase
                            .iter()
                            .zip(&sequence[at..])
                            .all(|(pattern, &word)| pattern[word])
                })
                .map(Vec::len)
                .max();
            match hit {
                Some(len) => {
                    let text: Vec<&str> = sequence[at..at + len]
                        .iter()
                        .map(|&w| words.distinct[w].text.as_str())
                        .collect();
                    found.push(text.join(" "));
                    at += len;
                }
                None => at += 1,
            }
        }
        found
    }

    fn word_matches(&self, pattern: &Word, word: &Word) -> bool {
        if let Some(letters) = pattern.wildcard_letters {
            return wildcard_match(&pattern.text, &word.text)
                || (self.typos > 0
                    && letters >= TYPO_MIN_LETTERS
                    && word.letters() >= TYPO_MIN_LETTERS
                    && word.letters() + self.typos >= letters
                    && wildcard_distance(&pattern.chars, &word.chars) <= self.typos);
        }
        if pattern.text == word.text || (self.stem && pattern.stem == word.stem) {
            return true;
        }
        if self.typos == 0
            || pattern.letters() < TYPO_MIN_LETTERS
            || word.letters() < TYPO_MIN_LETTERS
        {
            return false;
        }
        within_typos(&pattern.chars, &word.chars, self.typos)
            || (self.stem && within_typos(&pattern.stem_chars, &word.stem_chars, self.typos))
    }
}

/// Whether the Damerau edit distance of `a` and `b` is at most `typos`.
fn within_typos(a: &[char], b: &[char], typos: usize) -> bool {
    if a.len().abs_diff(b.len()) > typos {
        return false;
    }
    if typos == 1 {
        return within_one_edit(a, b);
    }
    let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
    edit_distance(&a, &b) <= typos
}

/// Whether `a` and `b` differ by at most one substitution, insertion, deletion or swap of
/// adjacent characters (the common case, checked without building a table).
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(first) = short.iter().zip(long).position(|(x, y)| x != y) else {
        return long.len() - short.len() <= 1;
    };
    if short.len() == long.len() {
        let swapped = first + 1 < short.len()
            && short[first] == long[first + 1]
            && short[first + 1] == long[first]
            && short[first + 2..] == long[first + 2..];
        swapped || short[first + 1..] == long[first + 1..]
    } else {
        short[first..] == long[first + 1..]
    }
}

/// Whether `text` matches `pattern` as a whole, `*` standing for any run of characters
/// (possibly none).
pub fn wildcard_match(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0, 0);
    // Where the last `*` was, and the text position it has swallowed up to.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == '*' {
            star = Some((p, t));
            p += 1;
        } else if p < pattern.len() && pattern[p] == text[t] {
            p += 1;
            t += 1;
        } else if let Some((star_p, star_t)) = star {
            p = star_p + 1;
            t = star_t + 1;
            star = Some((star_p, star_t + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// The fewest edits (insertions, deletions, substitutions and swaps of adjacent characters)
/// that make `text` match `pattern`, `*` matching any run of characters at no cost.
fn wildcard_distance(pattern: &[char], text: &[char]) -> usize {
    let n = text.len();
    // d[i][j]: edits to match pattern[..i] with text[..j].
    let mut d = vec![vec![0usize; n + 1]; pattern.len() + 1];
    d[0] = (0..=n).collect();
    for i in 1..=pattern.len() {
        let p = pattern[i - 1];
        d[i][0] = d[i - 1][0] + usize::from(p != '*');
        for j in 1..=n {
            d[i][j] = if p == '*' {
                d[i - 1][j].min(d[i][j - 1])
            } else {
                let substitute = d[i - 1][j - 1] + usize::from(p != text[j - 1]);
                let mut best = substitute.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
                let swapped = i > 1
                    && j > 1
                    && pattern[i - 2] != '*'
                    && p == text[j - 2]
                    && pattern[i - 2] == text[j - 1];
                if swapped {
                    best = best.min(d[i - 2][j - 2] + 1);
                }
                best
            };
        }
    }
    d[pattern.len()][n]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_whole_words() {
        assert!(wildcard_match("appease*", "appeasement"));
        assert!(wildcard_match("appease*", "appease"));
        assert!(wildcard_match("*ment", "appeasement"));
        assert!(wildcard_match("a*e*t", "appeasement"));
        assert!(!wildcard_match("appease*", "appeal"));
        assert!(!wildcard_match("pact", "pacts"));
    }

    #[test]
    fn wildcard_distance_counts_edits_outside_the_star() {
        let distance = |p: &str, t: &str| {
            wildcard_distance(
                &p.chars().collect::<Vec<_>>(),
                &t.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(distance("appease*", "appeasement"), 0);
        assert_eq!(distance("appease*", "apeasement"), 1);
        assert_eq!(distance("appease*", "appaesement"), 1);
        assert_eq!(distance("appease*", "apeasment"), 2);
        assert_eq!(distance("*ment", "appeasemnt"), 1);
        assert_eq!(distance("a*c", ""), 2);
    }

    #[test]
    fn words_drop_possessives_and_split_hyphens() {
        let words = Words::new("Stalin’s Nazi-Soviet pact; 'quoted' pact");
        let texts: Vec<&str> = words.in_order().map(|w| w.text.as_str()).collect();
        assert_eq!(
            texts,
            ["stalin", "nazi", "soviet", "pact", "quoted", "pact"]
        );
        assert_eq!(words.distinct.len(), 5);
        assert!(Words::new(" -- ").is_empty());
    }

    #[test]
    fn one_edit_is_a_substitution_insertion_deletion_or_swap() {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        let within = |a: &str, b: &str| within_one_edit(&chars(a), &chars(b));
        assert!(within("litvinov", "litvinov"));
        assert!(within("litvinov", "litvinof"));
        assert!(within("litvinov", "litvnov"));
        assert!(within("litvinov", "litvinovv"));
        assert!(within("litvinov", "iltvinov"));
        assert!(!within("litvinov", "iltvinof"));
        assert!(!within("litvinov", "litvi"));
        assert!(!within("abc", "cba"));
        for (a, b) in [
            ("kitten", "sitten"),
            ("ab", "ba"),
            ("abcd", "acbd"),
            ("abc", "abd"),
        ] {
            let by_table = edit_distance(a, b) <= 1;
            assert_eq!(within(a, b), by_table, "{a} {b}");
        }
    }
}
