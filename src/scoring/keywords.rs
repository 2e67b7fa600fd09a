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

use frostem::{Algorithm, Stemmer};

use crate::activity::KeywordGroup;
use crate::diagnostic::edit_distance;

/// Words shorter than this never match by typo allowance.
pub const TYPO_MIN_LETTERS: usize = 5;

/// One word of a text, ready for comparison.
#[derive(Debug, Clone)]
struct Word {
    /// Lowercased, apostrophes straightened, possessive dropped.
    text: String,
    /// The Snowball English stem of `text`.
    stem: String,
    /// Number of characters of `text`.
    letters: usize,
}

impl Word {
    fn new(raw: &str, stemmer: Stemmer) -> Option<Self> {
        let lower = raw.to_lowercase().replace('’', "'");
        let trimmed = lower.trim_matches('\'');
        let text = trimmed.strip_suffix("'s").unwrap_or(trimmed).to_string();
        if text.is_empty() {
            return None;
        }
        let stem = if text.contains('*') {
            text.clone()
        } else {
            stemmer.stem(&text).into_owned()
        };
        Some(Self {
            letters: text.chars().count(),
            text,
            stem,
        })
    }
}

/// The words of a text, split, lowercased and stemmed once for every group matched on it.
#[derive(Debug, Clone)]
pub struct Words {
    words: Vec<Word>,
}

impl Words {
    /// Splits a text into words (see the module documentation).
    pub fn new(text: &str) -> Self {
        let stemmer = Stemmer::new(Algorithm::English);
        let words = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '*'))
            .filter_map(|w| Word::new(w, stemmer))
            .collect();
        Self { words }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
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
    phrases: Vec<Vec<Word>>,
    stem: bool,
    typos: usize,
}

impl Alternatives {
    fn new(alternatives: &[String], stem: bool, typos: u32) -> Self {
        let words = alternatives.iter().map(|a| Words::new(a).words);
        Self {
            phrases: words.filter(|p| !p.is_empty()).collect(),
            stem,
            typos: typos as usize,
        }
    }

    /// The occurrences in `words`, read left to right without overlap.
    fn occurrences(&self, words: &Words) -> Vec<String> {
        let words = &words.words;
        let mut found = Vec::new();
        let mut at = 0;
        while at < words.len() {
            // The longest alternative that matches here (the first listed among equals).
            let hit = self
                .phrases
                .iter()
                .filter(|phrase| {
                    phrase.len() <= words.len() - at
                        && phrase
                            .iter()
                            .zip(&words[at..])
                            .all(|(pattern, word)| self.word_matches(pattern, word))
                })
                .min_by_key(|phrase| std::cmp::Reverse(phrase.len()));
            match hit {
                Some(phrase) => {
                    let text: Vec<&str> = words[at..at + phrase.len()]
                        .iter()
                        .map(|w| w.text.as_str())
                        .collect();
                    found.push(text.join(" "));
                    at += phrase.len();
                }
                None => at += 1,
            }
        }
        found
    }

    fn word_matches(&self, pattern: &Word, word: &Word) -> bool {
        if pattern.text.contains('*') {
            let letters = pattern.text.chars().filter(|&c| c != '*').count();
            return wildcard_match(&pattern.text, &word.text)
                || (self.typos > 0
                    && letters >= TYPO_MIN_LETTERS
                    && word.letters >= TYPO_MIN_LETTERS
                    && wildcard_distance(&pattern.text, &word.text) <= self.typos);
        }
        if pattern.text == word.text || (self.stem && pattern.stem == word.stem) {
            return true;
        }
        if self.typos == 0 || pattern.letters < TYPO_MIN_LETTERS || word.letters < TYPO_MIN_LETTERS
        {
            return false;
        }
        within_typos(&pattern.text, &word.text, self.typos)
            || (self.stem && within_typos(&pattern.stem, &word.stem, self.typos))
    }
}

fn within_typos(a: &str, b: &str, typos: usize) -> bool {
    a.chars().count().abs_diff(b.chars().count()) <= typos && edit_distance(a, b) <= typos
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
fn wildcard_distance(pattern: &str, text: &str) -> usize {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
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
        assert_eq!(wildcard_distance("appease*", "appeasement"), 0);
        assert_eq!(wildcard_distance("appease*", "apeasement"), 1);
        assert_eq!(wildcard_distance("appease*", "appaesement"), 1);
        assert_eq!(wildcard_distance("appease*", "apeasment"), 2);
        assert_eq!(wildcard_distance("*ment", "appeasemnt"), 1);
        assert_eq!(wildcard_distance("a*c", ""), 2);
    }

    #[test]
    fn words_drop_possessives_and_split_hyphens() {
        let words = Words::new("Stalin’s Nazi-Soviet pact; 'quoted'");
        let texts: Vec<&str> = words.words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["stalin", "nazi", "soviet", "pact", "quoted"]);
        assert!(Words::new(" -- ").is_empty());
    }
}
