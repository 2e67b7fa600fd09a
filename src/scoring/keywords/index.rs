//! Indexes of a text's distinct words: by text or by stem (short words by a number made of
//! their bytes), and by length.

use std::borrow::Borrow;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::words::{FastMap, Word};

/// A word of at most eight bytes as one number: its bytes in order, zeros after. No word
/// holds a zero byte, so two such words are equal exactly when their numbers are; most
/// words are this short, and a number is quicker to hash and compare than a text.
fn short_key(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let byte = |i: usize| u64::from(bytes[i]) << (8 * i);
    let four = |at: usize| -> Option<u64> {
        Some(u64::from(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?)) << (8 * at))
    };
    // Read in whole numbers rather than copied byte by byte: the two fours of a word of
    // four to eight bytes overlap, and the bytes they share are the same.
    match n {
        0 => Some(0),
        1..=3 => Some(byte(0) | byte(n / 2) | byte(n - 1)),
        4..=8 => Some(four(0)? | four(n - 4)?),
        _ => None,
    }
}

/// A distinct word of a text, looked up by its text or, with `STEM`, by its stem.
#[derive(Debug, Clone)]
struct By<const STEM: bool>(Arc<Word>);

/// The part of `word` that [`By`] and [`Index`] look it up by.
fn part<const STEM: bool>(word: &Word) -> &str {
    if STEM { &word.stem } else { &word.text }
}

impl<const STEM: bool> Borrow<str> for By<STEM> {
    fn borrow(&self) -> &str {
        part::<STEM>(&self.0)
    }
}

impl<const STEM: bool> PartialEq for By<STEM> {
    fn eq(&self, other: &Self) -> bool {
        part::<STEM>(&self.0) == part::<STEM>(&other.0)
    }
}

impl<const STEM: bool> Eq for By<STEM> {}

impl<const STEM: bool> Hash for By<STEM> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        part::<STEM>(&self.0).hash(state);
    }
}

/// Distinct words by their text or, with `STEM`, by their stem: those of up to eight bytes
/// by [`short_key`], longer ones by the text itself.
#[derive(Debug, Clone, Default)]
pub(super) struct Index<const STEM: bool> {
    short: FastMap<u64, usize>,
    long: FastMap<By<STEM>, usize>,
}

impl<const STEM: bool> Index<STEM> {
    pub(super) fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }

    /// The distinct word indexed under `text`.
    pub(super) fn get(&self, text: &str) -> Option<usize> {
        match short_key(text) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(text).copied(),
        }
    }

    /// Indexes `word` as distinct word `at`; the one it replaces, if any.
    pub(super) fn insert(&mut self, word: &Arc<Word>, at: usize) -> Option<usize> {
        match short_key(part::<STEM>(word)) {
            Some(key) => self.short.insert(key, at),
            None => self.long.insert(By(Arc::clone(word)), at),
        }
    }

    /// The distinct word indexed under `text`, or a new one `make` makes, added to
    /// `distinct` and indexed.
    pub(super) fn get_or_add(
        &mut self,
        text: &str,
        distinct: &mut Vec<Arc<Word>>,
        make: impl FnOnce() -> Arc<Word>,
    ) -> usize {
        let add = || {
            distinct.push(make());
            distinct.len() - 1
        };
        match short_key(text) {
            Some(key) => *self.short.entry(key).or_insert_with(add),
            None => match self.long.get(text) {
                Some(&at) => at,
                None => {
                    let at = add();
                    self.long.insert(By(Arc::clone(&distinct[at])), at);
                    at
                }
            },
        }
    }
}

/// Indices `0..n` grouped by a small key (a length), so every index with a key in a range is
/// one slice: counting sort.
#[derive(Debug, Clone, Default)]
pub(super) struct ByLength {
    /// Indices, by key.
    order: Vec<usize>,
    /// `order[start[k]..start[k + 1]]` have key `k`.
    start: Vec<usize>,
}

impl ByLength {
    /// Groups `0..n` by `keys`, reusing the room the previous grouping had.
    pub(super) fn refill(&mut self, keys: impl Iterator<Item = usize> + Clone) {
        let longest = keys.clone().max().unwrap_or(0);
        let start = &mut self.start;
        start.clear();
        start.resize(longest + 2, 0);
        for k in keys.clone() {
            start[k + 1] += 1;
        }
        for k in 1..start.len() {
            start[k] += start[k - 1];
        }
        self.order.clear();
        self.order.resize(start[longest + 1], 0);
        // `start[k]` is the next free place in group k, so each group's indices come in
        // order.
        for (i, k) in keys.enumerate() {
            self.order[start[k]] = i;
            start[k] += 1;
        }
        // `start[k]` now holds where group k ends, which is where group k + 1 starts.
        start.rotate_right(1);
        start[0] = 0;
    }

    /// The indices whose key lies within `low..=high`.
    pub(super) fn within(&self, low: usize, high: usize) -> &[usize] {
        let Some(last) = self.start.len().checked_sub(2) else {
            return &[];
        };
        if low > last {
            return &[];
        }
        let high = high.min(last);
        &self.order[self.start[low]..self.start[high + 1]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_hold_the_bytes_in_order() {
        for n in 0..=8 {
            let word = &"abcdefgh"[..n];
            let mut bytes = [0; 8];
            bytes[..n].copy_from_slice(word.as_bytes());
            assert_eq!(short_key(word), Some(u64::from_le_bytes(bytes)), "{word}");
        }
        assert_eq!(short_key("abcdefghi"), None);
    }
}
