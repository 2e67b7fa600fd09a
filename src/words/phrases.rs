//! The words or phrases a keyword group accepts, split once, with the other ways a student
//! may write each: hyphenated words as one, an auxiliary's "not" bare, a word with a
//! negative prefix as "not" and its base, a verb and its object in a relative clause, a
//! participle and what it describes said with "be", and an adjective as "not" and its
//! antonym.

use std::borrow::Cow;
use std::ops::Deref;
use std::sync::OnceLock;

use frostem::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

use super::{AUXILIARY_VERBS, HYPHENS, Word, negations, says_not, split_words};

/// The words or phrases a keyword group accepts, split into words and stemmed once, the
/// first time they are matched. Written (and read back) as the list of texts; two are equal
/// when their texts are.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Phrases {
    /// The phrases as written.
    texts: Vec<String>,
    /// Their words, once split.
    split: OnceLock<Split>,
}

/// The words of some phrases.
#[derive(Debug, Clone)]
pub(crate) struct Split {
    /// The words of every phrase, one after another.
    pub(crate) words: Vec<Word>,
    /// Each phrase as (first word in `words`, number of words), then each with hyphenated
    /// words written as one (see [`join_hyphens`]), then each with an auxiliary and "not"
    /// with a bare "not" (see [`bare_not`]), then each with a word that says "not" with a
    /// prefix as "not" and its base (see [`negations`]), then each verb and its object
    /// said in a relative clause (see [`in_relative_clause`]), then each participle and
    /// what it describes said with "be" (see [`said_to_be`]), then each adjective accepted
    /// alone as "not" and its only antonym (see [`negations`]); phrases with no words are
    /// left out.
    pub(crate) spans: Vec<(usize, usize)>,
    /// For each word, an earlier one it is the same as (text, stem, synonyms, and alone or
    /// in a phrase alike), which it therefore matches the same words as; `None` for the
    /// first of its kind.
    pub(crate) same_as: Vec<Option<usize>>,
}

impl Phrases {
    /// The phrases' words, split and stemmed on the first call.
    pub(crate) fn split(&self) -> &Split {
        self.split.get_or_init(|| {
            let stemmer = Stemmer::new(Algorithm::English);
            let mut words = Vec::new();
            let mut spans = Vec::new();
            let joined: Vec<String> = self.texts.iter().filter_map(|t| join_hyphens(t)).collect();
            let bare: Vec<String> = self.texts.iter().filter_map(|t| bare_not(t)).collect();
            let denied: Vec<String> = self
                .texts
                .iter()
                .filter_map(|t| negations::said_with_not(t))
                .collect();
            let relative: Vec<String> = self
                .texts
                .iter()
                .flat_map(|t| in_relative_clause(t))
                .collect();
            let predicated: Vec<String> = self.texts.iter().filter_map(|t| said_to_be(t)).collect();
            let opposed: Vec<String> = self
                .texts
                .iter()
                .filter_map(|t| negations::said_with_antonym(t))
                .collect();
            let variants = joined.iter().chain(&bare).chain(&denied).chain(&relative);
            // Each phrase's words, the last perhaps matched in its own way.
            let mut push = |text: &str, last: fn(&mut Word)| {
                let first = words.len();
                words.extend(split_words(text).map(|w| Word::new(w.into_owned(), &stemmer)));
                if let Some(word) = words.get_mut(first..).and_then(<[Word]>::last_mut) {
                    last(word);
                    spans.push((first, words.len() - first));
                }
            };
            for text in self.texts.iter().chain(variants) {
                push(text, |_| {});
            }
            for text in &predicated {
                // The participle in its own form: "is killing" is not "is killed".
                push(text, |participle| {
                    participle.stem = participle.text.clone();
                    participle.synonyms = &[];
                });
            }
            for text in &opposed {
                // The antonym alone: "not fresh" for "stale", not "not new".
                push(text, |antonym| antonym.synonyms = &[]);
            }
            let same_as = same_as(&words, &spans);
            Split {
                words,
                spans,
                same_as,
            }
        })
    }
}

/// For each of `words`, the first earlier one with the same text, stem and synonyms, alone
/// or in a phrase of several words (by `spans`) as it is.
fn same_as(words: &[Word], spans: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut in_phrase = vec![false; words.len()];
    for &(first, len) in spans.iter().filter(|&&(_, len)| len > 1) {
        in_phrase[first..first + len].fill(true);
    }
    let mut first_of = foldhash::HashMap::default();
    words
        .iter()
        .zip(in_phrase)
        .enumerate()
        .map(|(i, (word, in_phrase))| {
            let key = (
                word.text.as_str(),
                word.stem.as_str(),
                word.synonyms,
                in_phrase,
            );
            match first_of.entry(key) {
                std::collections::hash_map::Entry::Occupied(first) => Some(*first.get()),
                std::collections::hash_map::Entry::Vacant(vacant) => {
                    vacant.insert(i);
                    None
                }
            }
        })
        .collect()
}

/// A phrase with a bare "not" where it has an auxiliary and "not" ("will not fight" as
/// "not fight"), so that it matches however a student says the auxiliary's "not" ("won't
/// fight", "would not fight"); `None` when it has no auxiliary before a "not". Its "not" then
/// matches any word that says "not" (see [`Word::negation`]), as "cannot" and "can't" do.
fn bare_not(text: &str) -> Option<String> {
    let words: Vec<Cow<'_, str>> = split_words(text).collect();
    let auxiliary = |i: usize| {
        AUXILIARY_VERBS.contains(&words[i].as_ref()) && words.get(i + 1).is_some_and(|w| w == "not")
    };
    (0..words.len()).any(auxiliary).then(|| {
        let kept: Vec<&str> = (0..words.len())
            .filter(|&i| !auxiliary(i))
            .map(|i| words[i].as_ref())
            .collect();
        kept.join(" ")
    })
}

/// Prepositions: they begin a short phrase between a point and the auxiliary that denies
/// it ("the purges at home did not matter"), and may be part of a name ("the brunt of the
/// fighting").
pub(crate) const PREPOSITIONS: &[&str] = &[
    "against", "at", "between", "by", "for", "from", "in", "inside", "of", "on", "through", "to",
    "under", "with", "within",
];

/// Whether a word (lowercased) is one of [`PREPOSITIONS`].
pub(crate) fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(&word)
}

/// A phrase of a participle and the thing it describes ("killed pathogen", "weakened
/// virus") said of the thing with "be" ("the pathogen has been killed", "viruses that are
/// weakened": "pathogen is killed", any form of "be" matching "is"); `None` for another
/// phrase. Not a compound's first word ("collective security", "Red Army": "security was
/// collective" says something else), only a past participle of five letters or more in
/// "-ed" or "-en".
fn said_to_be(text: &str) -> Option<String> {
    let words: Vec<Cow<'_, str>> = split_words(text).collect();
    match words.as_slice() {
        [participle, thing]
            if participle.chars().count() >= 5
                && (participle.ends_with("ed") && !participle.ends_with("eed")
                    || participle.ends_with("en"))
                && !participle.contains('*')
                && !thing.contains('*')
                && !is_preposition(thing) =>
        {
            Some(format!("{thing} is {participle}"))
        }
        _ => None,
    }
}

/// A phrase of a verb, an article and what the verb acts on ("joined the League") said the
/// other way round, in a relative clause ("the League, which we joined": "League which
/// joined", "League that joined"); none for another phrase, or one that opens with a small
/// word ("in the Politburo", "not the pact").
fn in_relative_clause(text: &str) -> Vec<String> {
    let words: Vec<Cow<'_, str>> = split_words(text).collect();
    match words.as_slice() {
        [verb, article, thing @ ..]
            if !thing.is_empty()
                && matches!(article.as_ref(), "the" | "a" | "an")
                && !is_preposition(verb)
                && !AUXILIARY_VERBS.contains(&verb.as_ref())
                && !says_not(verb)
                && !matches!(verb.as_ref(), "not" | "never" | "no") =>
        {
            let thing = thing.join(" ");
            ["which", "that"]
                .map(|relative| format!("{thing} {relative} {verb}"))
                .into()
        }
        _ => Vec::new(),
    }
}

/// A phrase with its hyphenated words written as one ("co-operation" as "cooperation",
/// "non-aggression pact" as "nonaggression pact"), for students who write them so; `None`
/// when it has no hyphen between two letters.
fn join_hyphens(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let joins = |i: usize| {
        HYPHENS.contains(&chars[i])
            && i > 0
            && i + 1 < chars.len()
            && chars[i - 1].is_alphabetic()
            && chars[i + 1].is_alphabetic()
    };
    (0..chars.len()).any(joins).then(|| {
        (0..chars.len())
            .filter(|&i| !joins(i))
            .map(|i| chars[i])
            .collect()
    })
}

impl From<Vec<String>> for Phrases {
    fn from(texts: Vec<String>) -> Self {
        Self {
            texts,
            split: OnceLock::new(),
        }
    }
}

impl FromIterator<String> for Phrases {
    fn from_iter<I: IntoIterator<Item = String>>(texts: I) -> Self {
        Self::from(texts.into_iter().collect::<Vec<_>>())
    }
}

impl From<Phrases> for Vec<String> {
    fn from(phrases: Phrases) -> Self {
        phrases.texts
    }
}

impl PartialEq for Phrases {
    fn eq(&self, other: &Self) -> bool {
        self.texts == other.texts
    }
}

impl Deref for Phrases {
    type Target = [String];

    fn deref(&self) -> &[String] {
        &self.texts
    }
}
