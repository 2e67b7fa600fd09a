//! The texts a student may copy (an activity's, a source's), kept so that a copy is found
//! quickly: word for word, a run of [`COPY_RUN`] words; with a few words changed, a chain
//! of [`NEAR_COPY`] of a passage's words that say something, in its order.

use std::collections::hash_map::Entry;
use std::hash::BuildHasher;
use std::ops::Range;

use super::split_words;

/// Runs of this many words or more, found in an activity or a source, are copied.
pub const COPY_RUN: usize = 8;

/// A copy with a few words changed: this many different words of a passage that are not
/// small words, in its order, each kept word at most two of the passage's and one of the
/// student's after the one before (words left out, added or swapped for others: "trade
/// with capitalist countries is unconditionally necessary" copied as "commerce with
/// capitalist countries is unconditionally essential").
pub const NEAR_COPY: usize = 6;

/// How many of a passage's words that say something may be left out between two kept
/// ones.
const TEXT_GAP: usize = 2;

/// How many words that say something a student may put between two kept ones.
const STUDENT_GAP: usize = 1;

/// A place in the chain of the passages' words that say something, marking where one
/// passage ends and the next begins: more than [`TEXT_GAP`] of them, so that no chain
/// crosses it.
const BETWEEN_TEXTS: u32 = u32::MAX;

/// The texts a student may copy, each with the place it came from (as the student is told
/// it: "the guidance", "Source 3"): every run of [`COPY_RUN`] words, found by a hash of the
/// run, and where each word that says something stands.
#[derive(Debug, Clone)]
pub struct Runs {
    /// The places texts came from.
    places: Vec<String>,
    /// Each run's hash, with its place (the first text that has it).
    runs: foldhash::HashMap<u64, u32>,
    /// The place of each word that says something, in the order of the texts, with
    /// [`BETWEEN_TEXTS`] between two texts.
    said: Vec<u32>,
    /// Where each such word (by hash) stands in `said`; a small word, which says nothing
    /// alone, stands nowhere (so that one look-up tells both).
    said_at: foldhash::HashMap<u64, Vec<u32>>,
}

impl Runs {
    /// No texts yet; `small` are the small words, which say nothing alone: a copy with a
    /// few words changed is found by the others.
    pub fn new<'a>(small: impl IntoIterator<Item = &'a str>) -> Self {
        Self {
            places: Vec::new(),
            runs: foldhash::HashMap::default(),
            said: Vec::new(),
            said_at: small
                .into_iter()
                .map(|w| (word_hash(w), Vec::new()))
                .collect(),
        }
    }

    /// Adds the runs of `text`, coming from `whence`, to be found word for word; a run
    /// already known keeps its place.
    pub fn add(&mut self, text: &str, whence: &str) {
        self.add_text(text, whence, false);
    }

    /// Adds the runs and words of a passage (a source's text), coming from `whence`, to be
    /// found word for word or with a few words changed (see [`Runs::near_copies`]).
    pub fn add_passage(&mut self, text: &str, whence: &str) {
        self.add_text(text, whence, true);
    }

    /// Adds the runs of `text`, and its words that say something when it is a `passage`.
    fn add_text(&mut self, text: &str, whence: &str, passage: bool) {
        let place = match self.places.iter().position(|p| p == whence) {
            Some(at) => at,
            None => {
                self.places.push(whence.to_string());
                self.places.len() - 1
            }
        } as u32;
        let words: Vec<String> = split_words(text).map(|w| w.into_owned()).collect();
        let hashes = word_hashes(&words);
        for hash in window_hashes(&hashes) {
            self.runs.entry(hash).or_insert(place);
        }
        if !passage {
            return;
        }
        if !self.said.is_empty() {
            self.said.extend([BETWEEN_TEXTS; TEXT_GAP + 1]);
        }
        for hash in hashes {
            let at = self.said.len() as u32;
            match self.said_at.entry(hash) {
                Entry::Occupied(small) if small.get().is_empty() => continue,
                Entry::Occupied(mut known) => known.get_mut().push(at),
                Entry::Vacant(new) => {
                    new.insert(vec![at]);
                }
            }
            self.said.push(place);
        }
    }

    /// Where the run of [`COPY_RUN`] words `run` came from, if it is one of these.
    pub fn find(&self, run: &[impl AsRef<str>]) -> Option<&str> {
        self.find_hashed(run_hash(run))
    }

    /// The same, for a run already hashed (see [`window_hashes`]), to look it up in many.
    pub fn find_hashed(&self, hash: u64) -> Option<&str> {
        self.runs
            .get(&hash)
            .map(|&at| self.places[at as usize].as_str())
    }

    /// The stretches of the words hashed as `hashes` (see [`word_hashes`]) copied from
    /// these passages with a few words changed (see [`NEAR_COPY`]), each with where it came
    /// from: from the first word kept to the last, the words changed among them included.
    pub fn near_copies(&self, hashes: &[u64]) -> Vec<(Range<usize>, &str)> {
        // Each word that says something, with where it stands in the passages.
        let said: Vec<(usize, &[u32])> = (hashes.iter().enumerate())
            .filter_map(|(i, hash)| match self.said_at.get(hash) {
                Some(small) if small.is_empty() => None,
                Some(known) => Some((i, known.as_slice())),
                None => Some((i, &[][..])),
            })
            .collect();
        // For each word of the student's that says something, each place it stands in the
        // passages with the longest chain ending there.
        // All the links, word after word; word `k`'s are `links[starts[k]..starts[k + 1]]`.
        let mut links: Vec<Link> = Vec::new();
        let mut starts = vec![0];
        let mut found = Vec::new();
        for (k, &(_, known)) in said.iter().enumerate() {
            for &at in known {
                let reach = at.saturating_sub(TEXT_GAP as u32 + 1)..at;
                let link = (k.saturating_sub(STUDENT_GAP + 1)..k)
                    .flat_map(|j| links_in(&links[starts[j]..starts[j + 1]], reach.clone()))
                    .max_by_key(|link| link.length)
                    .map_or(
                        Link {
                            at,
                            length: 1,
                            first: k,
                            first_at: at,
                        },
                        |before| Link {
                            at,
                            length: before.length + 1,
                            ..*before
                        },
                    );
                if link.length >= NEAR_COPY && distinct(hashes, &said[link.first..=k]) >= NEAR_COPY
                {
                    let place = self.said[at as usize];
                    // A word swapped for another just before the chain or just after it is
                    // part of the copy.
                    let in_text = |i: u32| self.said.get(i as usize) == Some(&place);
                    let start = match link.first.checked_sub(1) {
                        Some(j) if link.first_at > 0 && in_text(link.first_at - 1) => said[j].0,
                        _ => said[link.first].0,
                    };
                    let end = match said.get(k + 1) {
                        Some(&(i, _)) if in_text(at + 1) => i,
                        _ => said[k].0,
                    };
                    found.push((start..end + 1, self.places[place as usize].as_str()));
                }
                links.push(link);
            }
            starts.push(links.len());
        }
        found
    }
}

/// A chain of a student's words kept from a passage, ending at one of them.
#[derive(Debug, Clone, Copy)]
struct Link {
    /// Where the word stands in the passages' words that say something.
    at: u32,
    /// How many words the chain has kept.
    length: usize,
    /// The chain's first word, among the student's words that say something.
    first: usize,
    /// Where that word stands in the passages.
    first_at: u32,
}

/// The links of one word (in the order of the texts) that stand within `reach`.
fn links_in(links: &[Link], reach: Range<u32>) -> &[Link] {
    let from = links.partition_point(|link| link.at < reach.start);
    let to = links.partition_point(|link| link.at < reach.end);
    &links[from..to]
}

/// How many different words there are among `said`: a chain that says the same few words
/// again ("a doubly linked list … a basic linked list") is the subject's own terms, not a
/// copy.
fn distinct(hashes: &[u64], said: &[(usize, &[u32])]) -> usize {
    let mut hashes: Vec<u64> = said.iter().map(|&(i, _)| hashes[i]).collect();
    hashes.sort_unstable();
    hashes.dedup();
    hashes.len()
}

/// A hash of a run of words, word by word, so that equal runs hash alike.
pub fn run_hash(run: &[impl AsRef<str>]) -> u64 {
    combine(run.iter().map(|w| word_hash(w.as_ref())))
}

/// Each word's hash, as [`window_hashes`] and [`Runs::near_copies`] take them.
pub fn word_hashes(words: &[impl AsRef<str>]) -> Vec<u64> {
    words.iter().map(|w| word_hash(w.as_ref())).collect()
}

/// The [`run_hash`] of every run of [`COPY_RUN`] words, given each word's hash (see
/// [`word_hashes`]), in order.
pub fn window_hashes(hashes: &[u64]) -> Vec<u64> {
    hashes
        .windows(COPY_RUN)
        .map(|run| combine(run.iter().copied()))
        .collect()
}

/// A word's hash, the same for the same word throughout the process.
fn word_hash(word: &str) -> u64 {
    foldhash::fast::FixedState::default().hash_one(word)
}

/// Folds word hashes in order (FNV's step, on whole words).
fn combine(hashes: impl Iterator<Item = u64>) -> u64 {
    hashes.fold(0xcbf2_9ce4_8422_2325, |acc, h| {
        (acc ^ h).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
