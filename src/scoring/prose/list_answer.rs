//! A list that is the answer: a brief answer (a grid's cell, a short answer or a
//! follow-up) may name as a list the points its model answer names as one (see
//! [`ModelReading::listed`]), so long as the list is short and names them, not everything
//! the topic holds.

use crate::activity::{KeywordGroup, ModelReading};
use crate::scoring::clauses::Clauses;
use crate::scoring::keywords::GroupMatch;

/// The most items a brief answer's lists may have to be the answer: a longer list names
/// everything the topic holds in the hope that some of it is right.
const LIST_ANSWER_ITEMS: usize = 6;

/// The least share of a brief answer's list items, as three in four, that must name a
/// point its model answer names as a list for the list to be the answer (see
/// [`listed_points`]).
const LISTED_ITEMS: (usize, usize) = (3, 4);

/// The words whose points the text's lists make, if its lists (see
/// [`Clauses::list_items`]) are the answer: a few items ([`LIST_ANSWER_ITEMS`] or fewer),
/// three in four of them or more naming points its model answer names as a list
/// ("Fugue, concerto grosso; Bach, Handel." where it names forms and composers so); those
/// points' words, word by word. A list of everything the topic holds, or of points the
/// model answer explains, is not the answer: `None`.
pub(super) fn listed_points<'g>(
    clauses: &Clauses,
    keywords: &'g [KeywordGroup],
    found: &[GroupMatch],
    reading_of: impl Fn(&'g KeywordGroup) -> &'g ModelReading,
) -> Option<Vec<bool>> {
    let items = clauses.list_items();
    if items.len() < 2 || items.len() > LIST_ANSWER_ITEMS {
        return None;
    }
    let mut listed = vec![false; clauses.words.len()];
    for (group, found) in keywords.iter().zip(found) {
        if found.spans.is_empty() || !reading_of(group).listed {
            continue;
        }
        for &(at, len) in &found.spans {
            listed[at..at + len].fill(true);
        }
    }
    let named = items
        .iter()
        .filter(|item| listed[(*item).clone()].contains(&true))
        .count();
    let (least, of) = LISTED_ITEMS;
    (named >= 2 && named * of >= items.len() * least).then_some(listed)
}
