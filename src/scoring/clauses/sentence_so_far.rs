//! A sentence being read word by word: its items and the links of its chain, counted by
//! length, from which [`super::Clauses`] judges whether it reads as a list.

use super::lists::Items;
use super::{is_article, is_item_glue, is_number};

/// An item of a list being read: how many words it has (articles and joining words aside),
/// and whether one of them is not a number (an item of numbers alone is not counted:
/// "{1,2,3,4,5,6,7,8,9}" is one value, not nine items).
#[derive(Debug, Default)]
struct ItemSoFar {
    /// Its words.
    words: usize,
    /// Whether a word is not a number.
    worded: bool,
}

impl ItemSoFar {
    /// Counts a word of the item.
    fn add(&mut self, word: &str) {
        self.words += 1;
        self.worded |= !is_number(word);
    }

    /// Ends the item, counting it in `items` if it has words that are not all numbers.
    fn end(&mut self, items: &mut Items) {
        if self.worded {
            items.add(self.words);
        }
        *self = Self::default();
    }
}

/// A sentence being read: where it starts, and its items counted by length: the runs of
/// words between clause breaks, and the links of a chain (the runs between those breaks,
/// "and" and "or").
#[derive(Debug, Default)]
pub(super) struct SentenceSoFar {
    /// Its first word.
    pub(super) first: usize,
    /// The item being read.
    item: ItemSoFar,
    /// Items read.
    pub(super) items: Items,
    /// The link being read.
    link: ItemSoFar,
    /// Links read.
    pub(super) chain: Items,
    /// Whether the last word read was "and" or "or".
    after_and: bool,
    /// How many times "and" or "or" came before an article ("and the rent").
    pub(super) joints: usize,
}

impl SentenceSoFar {
    /// A sentence whose first word is word `first`.
    pub(super) fn starting_at(first: usize) -> Self {
        Self {
            first,
            ..Self::default()
        }
    }

    /// Ends the item and the link being read.
    pub(super) fn end_item(&mut self) {
        self.item.end(&mut self.items);
        self.link.end(&mut self.chain);
    }

    /// Reads a word: one more of the item and link, or the end of a link; and counts the
    /// joints where an article follows "and" or "or".
    pub(super) fn add(&mut self, word: &str) {
        self.joints += usize::from(self.after_and && is_article(word));
        self.after_and = matches!(word, "and" | "or");
        if self.after_and {
            self.link.end(&mut self.chain);
        } else if !is_item_glue(word) {
            self.item.add(word);
            self.link.add(word);
        }
    }
}
