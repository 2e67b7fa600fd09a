//! Comparing words letter by letter: wildcard patterns and edit distances.

use crate::diagnostic::edit_distance;

/// Whether the Damerau edit distance of `a` and `b` is at most `typos`.
pub(super) fn within_typos(a: &[char], b: &[char], typos: usize) -> bool {
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
    wildcard_match_chars(&pattern, &text)
}

/// [`wildcard_match`] on words already split into characters.
pub(super) fn wildcard_match_chars(pattern: &[char], text: &[char]) -> bool {
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

/// How many letters of `pattern` (other than `*`, counted with repeats) `text` lacks: a
/// lower bound on [`wildcard_distance`], since each edit supplies at most one letter. Cheap,
/// so most words are ruled out before any table is built. Zero (no bound) for texts of over
/// 64 characters.
pub(super) fn missing_letters(pattern: &[char], text: &[char]) -> usize {
    if text.len() > 64 {
        return 0;
    }
    let mut used = 0u64;
    let mut missing = 0;
    for &letter in pattern.iter().filter(|&&c| c != '*') {
        let free = (0..text.len()).find(|&i| used & (1 << i) == 0 && text[i] == letter);
        match free {
            Some(i) => used |= 1 << i,
            None => missing += 1,
        }
    }
    missing
}

/// The fewest edits (insertions, deletions, substitutions and swaps of adjacent characters)
/// that make `text` match `pattern`, `*` matching any run of characters at no cost.
pub(super) fn wildcard_distance(pattern: &[char], text: &[char]) -> usize {
    let width = text.len() + 1;
    // d[i * width + j]: edits to match pattern[..i] with text[..j].
    let mut d = vec![0usize; (pattern.len() + 1) * width];
    for (j, cell) in d[..width].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=pattern.len() {
        let p = pattern[i - 1];
        let (row, above) = (i * width, (i - 1) * width);
        d[row] = d[above] + usize::from(p != '*');
        for j in 1..width {
            d[row + j] = if p == '*' {
                d[above + j].min(d[row + j - 1])
            } else {
                let substitute = d[above + j - 1] + usize::from(p != text[j - 1]);
                let mut best = substitute.min(d[above + j] + 1).min(d[row + j - 1] + 1);
                let swapped = i > 1
                    && j > 1
                    && pattern[i - 2] != '*'
                    && p == text[j - 2]
                    && pattern[i - 2] == text[j - 1];
                if swapped {
                    best = best.min(d[(i - 2) * width + j - 2] + 1);
                }
                best
            };
        }
    }
    d[pattern.len() * width + width - 1]
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
    fn missing_letters_count_what_no_edit_can_avoid() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(missing_letters(&chars("appease*"), &chars("treaty")), 5);
        assert_eq!(missing_letters(&chars("appease*"), &chars("apeasement")), 1);
        assert_eq!(missing_letters(&chars("a*c"), &chars("")), 2);
    }

    proptest::proptest! {
        /// The cheap bound may rule a word out only when the full count would too.
        #[test]
        fn missing_letters_never_exceed_the_distance(
            pattern in "[abc*]{0,8}",
            text in "[abcd]{0,10}",
        ) {
            let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
            proptest::prop_assert!(missing_letters(&p, &t) <= wildcard_distance(&p, &t));
        }
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
