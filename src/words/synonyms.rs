//! Synonyms, from WordNet 3.0: two words are synonyms when they share a meaning that is among
//! the first two senses of each (WordNet lists senses most frequent first). The groups of
//! synonyms are `assets/wordnet/synonyms.txt` (one group a line; built by
//! `scripts/wordnet-synonyms.py`, licence beside it); small words ("make", "take", "thing")
//! and words of fewer than three letters are in none. Words are looked up by their Snowball
//! stem, so "helping" finds the synonyms of "help", and "security" those of "secure".
//! Besides WordNet's groups, each of some fifty countries is grouped with the word for its
//! people ("Britain" with "British", "France" with "French"), which WordNet relates only as
//! "pertaining to", and each verb with the noun WordNet derives from it for its act or result,
//! spelt alike at the start ("invade" with "invasion", "agree" with "agreement").
//!
//! Built in is `assets/wordnet/stems.txt`, made from the groups: one line a stem, in byte
//! order, with the groups (line numbers of `synonyms.txt`) its words are in. The lines are
//! read once, at the first look-up, into a map from each stem to where its groups are in one
//! list of every line's groups. A test keeps the file current:
//! `UPDATE_SYNONYMS=1 cargo test --lib words::synonyms` rewrites it.

use std::ops::Range;
use std::sync::LazyLock;

/// Each stem with its groups: `stem id id …`, one a line, in byte order of the stems.
const STEMS: &str = include_str!("../../assets/wordnet/stems.txt");

/// Words shorter than this have no synonyms.
pub const SYNONYM_MIN_LETTERS: usize = 3;

/// The lines of [`STEMS`], read: each stem with where its groups are in `groups`.
struct Index {
    stems: foldhash::HashMap<&'static str, Range<usize>>,
    groups: Vec<u32>,
}

/// [`STEMS`] read into an [`Index`], at the first look-up.
static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index {
        stems: foldhash::HashMap::default(),
        groups: Vec::new(),
    };
    for line in STEMS.lines() {
        let (stem, ids) = line.split_once(' ').unwrap_or((line, ""));
        let start = index.groups.len();
        index
            .groups
            .extend(ids.split(' ').filter_map(|id| id.parse::<u32>().ok()));
        index.stems.insert(stem, start..index.groups.len());
    }
    index
});

/// The groups of synonyms a word with this stem is in, in increasing order (none for a
/// short stem).
pub(crate) fn groups_of(stem: &str) -> &'static [u32] {
    if stem.chars().count() < SYNONYM_MIN_LETTERS {
        return &[];
    }
    let index = &*INDEX;
    index
        .stems
        .get(stem)
        .map_or(&[], |range| &index.groups[range.clone()])
}

/// Whether two lists of groups, each in increasing order, share one.
pub(crate) fn share(a: &[u32], b: &[u32]) -> bool {
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
    use std::collections::BTreeMap;

    use frostem::{Algorithm, Stemmer};

    use super::*;

    /// The stems file as the groups make it.
    fn stems_of_groups() -> String {
        let groups = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/wordnet/synonyms.txt"),
        )
        .expect("the groups are readable");
        let stemmer = Stemmer::new(Algorithm::English);
        let mut stems: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (line, id) in groups.lines().zip(0u32..) {
            for word in line.split_whitespace() {
                let ids = stems.entry(stemmer.stem(word).into_owned()).or_default();
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        }
        stems
            .iter()
            .map(|(stem, ids)| {
                let ids: Vec<String> = ids.iter().map(u32::to_string).collect();
                format!("{stem} {}\n", ids.join(" "))
            })
            .collect()
    }

    #[test]
    fn the_stems_built_in_are_those_of_the_groups() {
        let want = stems_of_groups();
        if std::env::var_os("UPDATE_SYNONYMS").is_some() {
            let path =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/wordnet/stems.txt");
            std::fs::write(path, &want).expect("the stems are written");
            return;
        }
        assert!(
            STEMS == want,
            "assets/wordnet/stems.txt is stale: UPDATE_SYNONYMS=1 cargo test --lib words::synonyms"
        );
    }

    fn synonyms(a: &str, b: &str) -> bool {
        let stemmer = Stemmer::new(Algorithm::English);
        share(groups_of(&stemmer.stem(a)), groups_of(&stemmer.stem(b)))
    }

    #[test]
    fn a_country_and_its_people_are_synonyms() {
        assert!(synonyms("britain", "british"));
        assert!(synonyms("france", "french"));
        assert!(synonyms("germany", "germans"));
        assert!(!synonyms("britain", "french"));
        // "polish" is also what is done to shoes.
        assert!(!synonyms("poland", "polish"));
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
        // A verb's forms do not join verbs through their stems ("deciding determining").
        assert!(!synonyms("determined", "decide"));
        assert!(!synonyms("determined", "decisive"));
        assert!(groups_of("of").is_empty());
        assert!(groups_of("zzzz").is_empty());
    }

    #[test]
    fn groups_are_listed_in_order_so_they_can_be_merged() {
        assert!(STEMS.lines().all(|line| {
            let ids: Vec<u32> = line
                .split(' ')
                .skip(1)
                .filter_map(|id| id.parse().ok())
                .collect();
            !ids.is_empty() && ids.is_sorted()
        }));
        assert!(STEMS.lines().map(|l| l.split(' ').next()).is_sorted());
        assert!(share(&[1, 4, 9], &[2, 9]));
        assert!(!share(&[1, 4], &[2, 3, 5]));
        assert!(!share(&[], &[1]));
    }
}
