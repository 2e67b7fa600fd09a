//! Saving a draft over the one a window last read or wrote: a draft another window changed
//! since is joined with it first ([`merge`]), so no typing is lost. The terminal UI and the
//! plain mode both save their drafts so.

use std::borrow::Cow;

use super::{DraftWrite, Profile, Store, StoreError};
use crate::activity::Activity;
use crate::answer::Answer;
use crate::answer::merge::merge;
use crate::answer::sheet::{restore, sheet_text};

/// How many times a draft is joined with another window's before the save gives up as
/// locked (each time round, another window saved in between).
const JOINS: usize = 5;

/// A draft as a window last read or wrote it.
#[derive(Debug, Clone)]
pub struct KnownDraft {
    /// Its revision in the database (`None`: there was no draft).
    pub revision: Option<i64>,
    /// The answer it holds.
    pub answer: Answer,
}

/// A draft saved ([`Store::save_draft_joined`]).
#[derive(Debug)]
pub struct SavedDraft {
    /// Its new revision.
    pub revision: i64,
    /// When another window had changed it: what was joined and saved.
    pub joined: Option<Joined>,
}

/// A draft joined with another window's before it was saved.
#[derive(Debug)]
pub struct Joined {
    /// The answer saved: ours joined with theirs.
    pub answer: Answer,
    /// Choices both windows changed differently, where ours was kept.
    pub clashes: usize,
}

/// Which draft is saved: the unit, the activity, and whether it is practice.
#[derive(Debug, Clone, Copy)]
pub struct DraftOf<'a> {
    /// Unit id.
    pub unit: &'a str,
    /// The activity answered.
    pub activity: &'a Activity,
    /// Whether it is practice (review, a retry), not work to hand in.
    pub practice: bool,
}

impl Store {
    /// Saves `ours` as `profile`'s draft of `of.activity`, over `known`, the draft last read
    /// or written (`None`: none was read, and ours is taken as what it was made from). When another window saved since, its draft is read back (`fit` shapes
    /// it as the window shows answers), joined with ours and saved again. The answer is
    /// never copied unless it is joined.
    pub fn save_draft_joined(
        &self,
        profile: &Profile,
        of: DraftOf<'_>,
        known: Option<&KnownDraft>,
        ours: &Answer,
        fit: &dyn Fn(Answer) -> Answer,
    ) -> Result<SavedDraft, StoreError> {
        let activity = of.activity;
        let mut expected = known.and_then(|k| k.revision);
        let mut base = Cow::Borrowed(known.map_or(ours, |k| &k.answer));
        let mut mine = Cow::Borrowed(ours);
        let mut clashes = None;
        for _ in 0..JOINS {
            let text = sheet_text(activity, &mine, Some(&profile.name), None);
            let id = [of.unit, &activity.id, &activity.content_hash, &text];
            match self.save_draft_if(profile, id, of.practice, expected)? {
                DraftWrite::Saved(revision) => {
                    let joined = clashes.map(|clashes| Joined {
                        answer: mine.into_owned(),
                        clashes,
                    });
                    return Ok(SavedDraft { revision, joined });
                }
                DraftWrite::Changed(theirs) => {
                    let theirs_answer = restore(activity, &theirs.answer)
                        .map_or_else(|| base.clone().into_owned(), |r| fit(r.answer));
                    let merged = merge(&base, &mine, &theirs_answer);
                    *clashes.get_or_insert(0) += merged.clashes;
                    mine = Cow::Owned(merged.answer);
                    base = Cow::Owned(theirs_answer);
                    expected = Some(theirs.revision);
                }
            }
        }
        Err(StoreError::Locked {
            path: self.path().to_path_buf(),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::answer::Response;

    fn short(pairs: &[(&str, &str)]) -> Answer {
        let texts = pairs
            .iter()
            .map(|(q, a)| (q.to_string(), a.to_string()))
            .collect::<BTreeMap<_, _>>();
        Answer {
            response: Response::Short(texts),
            ..Answer::default()
        }
    }

    #[test]
    fn a_draft_changed_elsewhere_is_joined_and_one_unchanged_is_saved_as_it_is() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let store = Store::open_in(dir.path()).expect("opened");
        let profile = store.profile("Ada").expect("a profile");
        let unit = crate::bundled::default_unit().units.remove(0);
        let activity = unit
            .activities
            .iter()
            .find(|a| matches!(a.body, crate::activity::Body::Short(_)))
            .expect("a short activity");
        let questions: Vec<String> = match &activity.body {
            crate::activity::Body::Short(quiz) => {
                quiz.questions.iter().map(|q| q.id.to_string()).collect()
            }
            _ => Vec::new(),
        };
        let (q1, q2) = (questions[0].as_str(), questions[1].as_str());
        let of = DraftOf {
            unit: &unit.id,
            activity,
            practice: false,
        };
        let same = |a: Answer| a;
        let first = short(&[(q1, "mine")]);
        let saved = store
            .save_draft_joined(&profile, of, None, &first, &same)
            .expect("saved");
        assert!(saved.joined.is_none());
        // Another window saves over it; this one still knows only its own first draft.
        let theirs = short(&[(q1, "mine"), (q2, "theirs")]);
        let known = KnownDraft {
            revision: Some(saved.revision),
            answer: first.clone(),
        };
        store
            .save_draft_joined(&profile, of, Some(&known), &theirs, &same)
            .expect("saved by the other window");
        let ours = short(&[(q1, "mine, longer")]);
        let joined = store
            .save_draft_joined(&profile, of, Some(&known), &ours, &same)
            .expect("saved")
            .joined
            .expect("joined with the other window's");
        assert_eq!(
            joined.answer,
            short(&[(q1, "mine, longer"), (q2, "theirs")])
        );
        assert_eq!(joined.clashes, 0);
        let kept = store
            .draft(&profile, &unit.id, &activity.id)
            .expect("read")
            .expect("a draft");
        let back = restore(activity, &kept.answer).expect("restored").answer;
        assert_eq!(back, joined.answer);
    }
}
