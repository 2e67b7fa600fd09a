//! Synonyms, from WordNet 3.0: two words are synonyms when they share a meaning that is among
//! the first three senses of each (WordNet lists senses most frequent first), as listed in
//! `assets/wordnet/synonyms.txt` (one group of words a line; built by
//! `scripts/wordnet-synonyms.py`, licence beside it). Small words ("make", "take", "thing")
//! and words of fewer than three letters have none. Words are looked up by their Snowball
//! stem, so "helping" finds the synonyms of "help". The table is read the first time a
//! synonym is looked up.

use std::collections::HashMap;
use std::sync::LazyLock;

use frostem::{Algorithm, Stemmer};

/// The groups of synonyms, one a line.
const TABLE: &str = include_str!("../../../assets/wordnet/synonyms.txt");

/// Words shorter than this have no synonyms.
pub const SYNONYM_MIN_LETTERS: usize = 3;

/// For each stem, the lines of [`TABLE`] it is on, in increasing order.
static GROUPS: LazyLock<HashMap<String, Vec<u32>>> = LazyLock::new(|| {
    let stemmer = Stemmer::new(Algorithm::English);
    let mut groups: HashMap<String, Vec<u32>> = HashMap::new();
    for (line, id) in TABLE.lines().zip(0u32..) {
        for word in line.split_whitespace() {
            let ids = groups.entry(stemmer.stem(word).into_owned()).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }
    groups
});

/// The groups of synonyms a word with this stem belongs to (none for a short stem).
pub(super) fn groups_of(stem: &str) -> &'static [u32] {
    if stem.chars().count() < SYNONYM_MIN_LETTERS {
        return &[];
    }
    GROUPS.get(stem).map_or(&[], Vec::as_slice)
}

/// Whether two lists of groups, each in increasing order, share one.
pub(super) fn share(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synonyms(a: &str, b: &str) -> bool {
        let stemmer = Stemmer::new(Algorithm::English);
        share(groups_of(&stemmer.stem(a)), groups_of(&stemmer.stem(b)))
    }

    #[test]
    fn words_sharing_a_common_meaning_are_synonyms() {
        assert!(synonyms("help", "aid"));
        assert!(synonyms("helping", "aided"));
        assert!(synonyms("safe", "security"));
        assert!(synonyms("simulate", "imitate"));
        assert!(synonyms("big", "large"));
        assert!(synonyms("huge", "vast"));
    }

    #[test]
    fn unrelated_small_and_rare_senses_are_not() {
        assert!(!synonyms("help", "safe"));
        assert!(!synonyms("treaty", "football"));
        // "make" and "take" are small words with too many senses to be anyone's synonym.
        assert!(!synonyms("make", "create"));
        // "go" is too short.
        assert!(!synonyms("go", "travel"));
        assert!(groups_of("of").is_empty());
    }

    #[test]
    fn groups_are_listed_in_order_so_they_can_be_merged() {
        assert!(GROUPS.values().all(|ids| ids.is_sorted()));
        assert!(share(&[1, 4, 9], &[2, 9]));
        assert!(!share(&[1, 4], &[2, 3, 5]));
        assert!(!share(&[], &[1]));
    }
}
