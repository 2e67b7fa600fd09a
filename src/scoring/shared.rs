//! Texts of a score, shared rather than copied.
//!
//! A class's scores repeat the same texts thousands of times: every student's score of an
//! activity has its labels, feedback and model answers, and most explanation lines come
//! back student after student ("in “Britain” — right"). Each thread keeps the texts it has
//! handed out, and hands out the same one again, so a class of a thousand holds one copy.
//!
//! A class needs its scores' marks, not their words: [`without_explanations`] scores without
//! explanation lines (they are written with empty reasons while marking, then left out),
//! and tasks without labels, feedback or model answers, sparing most of the texts.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::sync::Arc;

use foldhash::fast::RandomState;

/// Most texts a thread keeps before it starts afresh (texts handed out stay valid).
const KEPT_LIMIT: usize = 20_000;

thread_local! {
    static KEPT: RefCell<HashSet<Arc<str>, RandomState>> = RefCell::new(HashSet::default());
    /// Whether scores made on this thread keep their words (see [`without_explanations`]).
    static EXPLAINING: Cell<bool> = const { Cell::new(true) };
    /// The empty text that stands for every word left out.
    static EMPTY: Arc<str> = Arc::from("");
}

/// Runs `score` with scores that keep their marks but not their words.
pub(crate) fn without_explanations<T>(score: impl FnOnce() -> T) -> T {
    /// Puts the thread's setting back, even if `score` panics.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            EXPLAINING.set(self.0);
        }
    }
    let _restore = Restore(EXPLAINING.replace(false));
    score()
}

/// Whether scores keep their words on this thread now.
pub(crate) fn explaining() -> bool {
    EXPLAINING.get()
}

/// A text of an explanation: shared, or empty while scores keep only their marks.
pub(crate) fn explained(text: &str) -> Arc<str> {
    if explaining() {
        shared(text)
    } else {
        EMPTY.with(Arc::clone)
    }
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

    #[test]
    fn without_explanations_texts_are_empty_until_it_ends() {
        assert_eq!(&*explained("right"), "right");
        let inside = without_explanations(|| explained("right"));
        assert_eq!(&*inside, "");
        assert!(explaining());
        let caught = std::panic::catch_unwind(|| without_explanations(|| panic!("scoring failed")));
        assert!(caught.is_err());
        assert!(explaining(), "the setting is put back after a panic");
    }
}
