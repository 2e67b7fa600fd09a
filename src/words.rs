//! Words of a text, prepared for matching: split, normalised and stemmed, each distinct
//! word once however often it is written.

use std::collections::HashMap;

use frostem::{Algorithm, Stemmer};

/// One word, ready for comparison.
#[derive(Debug, Clone)]
pub(super) struct Word {
    /// Lowercased, apostrophes straightened, possessive dropped.
    pub(super) text: String,
    /// The Snowball English stem of `text` (`text` itself for a pattern with `*`).
    pub(super) stem: String,
    /// The characters of `text`.
    pub(super) chars: Vec<char>,
    /// The characters of `stem`.
    pub(super) stem_chars: Vec<char>,
    /// For a pattern with `*`: its characters other than `*`; `None` without `*`.
    pub(super) wildcard_letters: Option<usize>,
}

impl Word {
    fn new(text: String, stemmer: &Stemmer) -> Self {
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

    /// Its length in characters.
    pub(super) fn letters(&self) -> usize {
        self.chars.len()
    }
}

/// The words of a text: runs of letters, digits, apostrophes and `*`, lowercased, curly
/// apostrophes made straight, apostrophes around them and a possessive `'s` dropped.
fn split(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '*'))
        .filter_map(|run| {
            let lower = run.to_lowercase().replace('’', "'");
            let trimmed = lower.trim_matches('\'');
            let word = trimmed.strip_suffix("'s").unwrap_or(trimmed);
            (!word.is_empty()).then(|| word.to_string())
        })
}

/// The words of a text, split, lowercased and stemmed once for every group matched on it.
/// Each distinct word is prepared (and later compared) once, however often it is written.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// The distinct words, in order of first appearance.
    pub(super) distinct: Vec<Word>,
    /// The text's words, as indices into `distinct`.
    pub(super) sequence: Vec<usize>,
}

impl Words {
    /// Splits a text into words (see the module documentation of `keywords`).
    pub fn new(text: &str) -> Self {
        let stemmer = Stemmer::new(Algorithm::English);
        let mut words = Self::default();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for word in split(text) {
            let at = match seen.get(&word) {
                Some(&at) => at,
                None => {
                    let at = words.distinct.len();
                    words.distinct.push(Word::new(word.clone(), &stemmer));
                    seen.insert(word, at);
                    at
                }
            };
            words.sequence.push(at);
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

    /// The words in order.
    pub(super) fn in_order(&self) -> impl Iterator<Item = &Word> {
        self.sequence.iter().map(|&i| &self.distinct[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_possessives_and_split_hyphens() {
        let words = Words::new("Stalin’s Nazi-Soviet pact; 'quoted' pact");
        let texts: Vec<&str> = words.in_order().map(|w| w.text.as_str()).collect();
        assert_eq!(
            texts,
            ["stalin", "nazi", "soviet", "pact", "quoted", "pact"]
        );
        assert_eq!(words.distinct.len(), 5);
        assert_eq!(words.sequence, [0, 1, 2, 3, 4, 3]);
        assert!(Words::new(" -- ").is_empty());
    }

    #[test]
    fn words_are_stemmed_and_patterns_are_not() {
        let words = Words::new("Treaties appease* ÜBER");
        let stems: Vec<&str> = words.in_order().map(|w| w.stem.as_str()).collect();
        assert_eq!(stems, ["treati", "appease*", "über"]);
        let wildcards: Vec<Option<usize>> = words.in_order().map(|w| w.wildcard_letters).collect();
        assert_eq!(wildcards, [None, Some(7), None]);
    }
}
