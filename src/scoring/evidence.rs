//! Checking the words a student quotes as evidence for a `sort` row.
//!
//! Quotes and sources are compared as words: lowercased, with quotation marks, punctuation
//! and spacing ignored. A quote is good evidence when
//!
//! - it is a run of words of the row's source text (when that text is known), and
//! - if the row lists `evidence`, it shares a run of at least `min(3, words of that
//!   evidence)` consecutive words with one of them; if the row lists none, it is at least
//!   [`MIN_QUOTE_WORDS`] words long (or the whole source, if that is shorter).
//!
//! A source row's text is known only when the unit's sources are given to
//! [`crate::scoring::score_with_sources`]; a statement row's text is its own `text`.
//! When neither the source text nor listed evidence is there to check a quote against, any
//! quote of [`MIN_QUOTE_WORDS`] words or more is accepted, and the explanation says so.

use crate::text::{contains_run, lowercase_words};

/// Fewest words that make a quote, when the row lists no evidence of its own.
pub const MIN_QUOTE_WORDS: usize = 3;

/// What a quote was found to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// No quote given.
    Missing,
    /// Fewer words than a quote needs.
    TooShort,
    /// Not words of the source.
    NotInSource,
    /// From the source, but not the evidence the key lists.
    NotTheEvidence,
    /// Good evidence.
    Good,
    /// Accepted with nothing to check it against.
    Unchecked,
}

impl Verdict {
    /// Whether the quote earns the evidence marks.
    pub(crate) fn earns(self) -> bool {
        matches!(self, Verdict::Good | Verdict::Unchecked)
    }
}

/// Checks a quote against the source text (if known) and the evidence the key lists.
pub(crate) fn check(quote: &str, source: Option<&str>, expected: &[String]) -> Verdict {
    let quote = lowercase_words(quote);
    if quote.is_empty() {
        return Verdict::Missing;
    }
    let source = source.map(lowercase_words);
    if let Some(source) = &source
        && !contains_run(source, &quote)
    {
        return Verdict::NotInSource;
    }
    let expected: Vec<Vec<String>> = expected
        .iter()
        .map(|e| lowercase_words(e))
        .filter(|e| !e.is_empty())
        .collect();
    if !expected.is_empty() {
        let overlaps = expected
            .iter()
            .any(|e| longest_shared_run(&quote, e) >= MIN_QUOTE_WORDS.min(e.len()));
        return if overlaps {
            Verdict::Good
        } else {
            Verdict::NotTheEvidence
        };
    }
    let needed = source
        .as_ref()
        .map_or(MIN_QUOTE_WORDS, |s| MIN_QUOTE_WORDS.min(s.len()));
    if quote.len() < needed {
        Verdict::TooShort
    } else if source.is_some() {
        Verdict::Good
    } else {
        Verdict::Unchecked
    }
}

/// The length of the longest run of consecutive words the two share.
fn longest_shared_run(a: &[String], b: &[String]) -> usize {
    let mut best = 0;
    let mut previous = vec![0usize; b.len() + 1];
    for x in a {
        let mut current = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            if x == y {
                current[j + 1] = previous[j] + 1;
                best = best.max(current[j + 1]);
            }
        }
        previous = current;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "We go to it because trade with capitalist countries (so long as they \
                          have not altogether collapsed) is unconditionally necessary for us.";

    #[test]
    fn quotes_must_come_from_the_source() {
        let listed = ["trade with capitalist countries".to_string()];
        assert_eq!(
            check("“Trade with capitalist countries”", Some(SOURCE), &listed),
            Verdict::Good
        );
        assert_eq!(
            check("because TRADE, with capitalist", Some(SOURCE), &listed),
            Verdict::Good
        );
        assert_eq!(
            check("trade with communist countries", Some(SOURCE), &listed),
            Verdict::NotInSource
        );
        assert_eq!(
            check("unconditionally necessary for us", Some(SOURCE), &listed),
            Verdict::NotTheEvidence
        );
        assert_eq!(check("  ", Some(SOURCE), &listed), Verdict::Missing);
    }

    #[test]
    fn without_listed_evidence_any_quote_of_three_words_counts() {
        assert_eq!(check("we go to", Some(SOURCE), &[]), Verdict::Good);
        assert_eq!(check("trade", Some(SOURCE), &[]), Verdict::TooShort);
        assert_eq!(check("anything at all", None, &[]), Verdict::Unchecked);
        assert_eq!(check("two words", None, &[]), Verdict::TooShort);
        // Without the source, the listed evidence is all there is to check against.
        let listed = ["pull the chestnuts out of the fire".to_string()];
        assert_eq!(check("chestnuts out of", None, &listed), Verdict::Good);
        assert_eq!(check("out of the", None, &listed), Verdict::Good);
        assert_eq!(
            check("chestnuts out", None, &listed),
            Verdict::NotTheEvidence
        );
    }

    #[test]
    fn short_listed_evidence_needs_only_its_own_words() {
        let listed = ["Red Army".to_string()];
        assert_eq!(check("red army", None, &listed), Verdict::Good);
        assert_eq!(check("army", None, &listed), Verdict::NotTheEvidence);
    }
}
