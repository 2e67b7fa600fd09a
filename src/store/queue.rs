//! Work waiting to be saved, oldest first: the one queue the terminal UI and the plain mode
//! keep what could not be saved yet in. It is saved again later, oldest first and stopping
//! at the first failure, and what is still waiting at the end is written as answer sheets
//! ([`super::sheet_file::keep_unsaved`]).

/// A piece of work that can wait to be saved.
pub trait Queued {
    /// Whether it is a draft, not a submission.
    fn is_draft(&self) -> bool;
}

/// Work waiting to be saved, oldest first.
#[derive(Debug)]
pub struct SaveQueue<T> {
    waiting: Vec<T>,
}

impl<T> Default for SaveQueue<T> {
    fn default() -> Self {
        Self {
            waiting: Vec::new(),
        }
    }
}

impl<T: Queued> SaveQueue<T> {
    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// What waits, oldest first.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.waiting.iter()
    }

    /// What waits, oldest first, to bring up to date.
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.waiting.iter_mut()
    }

    /// Queues `item` last.
    pub fn push(&mut self, item: T) {
        self.waiting.push(item);
    }

    /// The draft still waiting of the work `of` picks out: its last piece waiting, when
    /// that is a draft (so it came after the work's last submission). A newer draft of
    /// the work takes its place.
    pub fn waiting_draft(&mut self, of: impl Fn(&T) -> bool) -> Option<&mut T> {
        self.waiting
            .iter_mut()
            .rev()
            .find(|w| of(w))
            .filter(|w| w.is_draft())
    }

    /// Takes out the draft still waiting of the work `of` picks out (see
    /// [`SaveQueue::waiting_draft`]).
    pub fn take_draft(&mut self, of: impl Fn(&T) -> bool) -> Option<T> {
        let last = self.waiting.iter().rposition(of)?;
        self.waiting[last]
            .is_draft()
            .then(|| self.waiting.remove(last))
    }

    /// Drops every draft waiting of the work `of` picks out: a submission saved ends them.
    pub fn drop_drafts(&mut self, of: impl Fn(&T) -> bool) {
        self.waiting.retain(|w| !(w.is_draft() && of(w)));
    }

    /// Saves what waits with `save`, oldest first, stopping at the first failure: `save`
    /// then hands the piece back with the problem, and it stays first.
    pub fn flush<E>(&mut self, mut save: impl FnMut(T) -> Result<(), (T, E)>) -> Result<(), E> {
        while !self.waiting.is_empty() {
            let first = self.waiting.remove(0);
            if let Err((first, problem)) = save(first) {
                self.waiting.insert(0, first);
                return Err(problem);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A piece of work: its activity, and whether it is a draft.
    #[derive(Debug, PartialEq)]
    struct Piece(&'static str, bool);

    impl Queued for Piece {
        fn is_draft(&self) -> bool {
            self.1
        }
    }

    fn queue(pieces: Vec<Piece>) -> SaveQueue<Piece> {
        SaveQueue { waiting: pieces }
    }

    #[test]
    fn a_draft_waits_in_place_of_the_last_of_its_work_only_after_its_submission() {
        let mut q = queue(vec![Piece("a", true), Piece("b", false), Piece("b", true)]);
        assert_eq!(q.waiting_draft(|p| p.0 == "a"), Some(&mut Piece("a", true)));
        assert_eq!(q.waiting_draft(|p| p.0 == "b"), Some(&mut Piece("b", true)));
        let mut q = queue(vec![Piece("a", true), Piece("a", false)]);
        assert_eq!(q.waiting_draft(|p| p.0 == "a"), None, "after a submission");
        assert_eq!(q.take_draft(|p| p.0 == "a"), None);
        let mut q = queue(vec![Piece("a", false), Piece("a", true), Piece("b", true)]);
        assert_eq!(q.take_draft(|p| p.0 == "a"), Some(Piece("a", true)));
        assert_eq!(q.waiting, [Piece("a", false), Piece("b", true)]);
    }

    #[test]
    fn a_submission_ends_the_drafts_of_its_work() {
        let mut q = queue(vec![Piece("a", true), Piece("a", false), Piece("b", true)]);
        q.drop_drafts(|p| p.0 == "a");
        assert_eq!(q.waiting, [Piece("a", false), Piece("b", true)]);
    }

    #[test]
    fn saving_goes_oldest_first_and_stops_at_the_first_failure_which_stays_first() {
        let mut q = queue(vec![Piece("a", true), Piece("b", false), Piece("c", true)]);
        let mut saved = Vec::new();
        let result = q.flush(|p| {
            if p.0 == "b" {
                return Err((p, "locked"));
            }
            saved.push(p.0);
            Ok(())
        });
        assert_eq!(result, Err("locked"));
        assert_eq!(saved, ["a"]);
        assert_eq!(q.waiting, [Piece("b", false), Piece("c", true)]);
        assert_eq!(q.flush(|_| Ok::<(), (Piece, ())>(())), Ok(()));
        assert!(q.is_empty());
    }
}
