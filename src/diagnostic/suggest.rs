//! "Did you mean …?" suggestions for misspelt keys, kinds and ids.

/// The candidate closest to `word`, if it is close enough to be a likely misspelling.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let letters = word.chars().count();
    let limit = (letters / 3).max(1);
    // An edit that changes every letter (`b` for `a`) is another word, not a misspelling.
    let close = |d: usize, c: &str| d <= limit && d < letters.max(c.chars().count());
    candidates
        .into_iter()
        .map(|c| (edit_distance(&word, &c.to_lowercase()), c))
        .filter(|(d, c)| close(*d, c) || (c.len() > 3 && (c.contains(&word) || word.contains(*c))))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance in characters, with a transposition counting as one edit.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let keys = ["title", "instructions", "id", "kind"];
        assert_eq!(closest("titel", keys), Some("title"));
        assert_eq!(closest("instruction", keys), Some("instructions"));
        assert_eq!(closest("colour", keys), None);
        assert_eq!(
            closest("categorise", ["categorize", "sort"]),
            Some("categorize")
        );
    }

    #[test]
    fn a_word_with_every_letter_changed_is_not_suggested() {
        assert_eq!(closest("b", ["a", "c"]), None);
        assert_eq!(closest("x", ["xy"]), Some("xy"));
        assert_eq!(closest("ab", ["ac", "zz"]), Some("ac"));
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
