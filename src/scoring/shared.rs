//! Texts of a score, shared rather than copied.
//!
//! A class's scores repeat the same texts thousands of times: every student's score of an
//! activity has its labels, feedback and model answers, and most explanation lines come
//! back student after student ("in “Britain” — right"). Each thread keeps the texts it has
//! handed out, and hands out the same one again, so a class of a thousand holds one copy.

use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::Arc;

use foldhash::fast::RandomState;

/// Most texts a thread keeps before it starts afresh (texts handed out stay valid).
const KEPT_LIMIT: usize = 20_000;

thread_local! {
    static KEPT: RefCell<HashSet<Arc<str>, RandomState>> = RefCell::new(HashSet::default());
}

/// The text, as a copy shared with every other score on this thread that has it.
pub(crate) fn shared(text: &str) -> Arc<str> {
    KEPT.with_borrow_mut(|kept| {
        if let Some(found) = kept.get(text) {
            return Arc::clone(found);
        }
        if kept.len() >= KEPT_LIMIT {
            kept.clear();
        }
        let text: Arc<str> = Arc::from(text);
        kept.insert(Arc::clone(&text));
        text
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_is_one_copy() {
        let a = shared("in “Britain” — right");
        let b = shared(&String::from("in “Britain” — right"));
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &shared("in “Germany” — right")));
    }
}
