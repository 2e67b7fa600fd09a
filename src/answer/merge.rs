//! Two versions of one answer made apart (two windows, or work done before the saved
//! one could be read) joined into one, against the version both started from.
//!
//! What only one side changed is taken from it. Where both wrote different text, both
//! texts are kept, one after the other, so no typing is lost; where both chose differently
//! (a tick, a placement, an order, a decision), `ours` is kept and the clash is counted, to
//! be told.

use std::collections::BTreeMap;

use super::{Answer, Response};

/// An answer joined from two versions, and how many choices clashed (`ours` kept).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The joined answer.
    pub answer: Answer,
    /// Choices both versions changed differently, where `ours` was kept.
    pub clashes: usize,
}

/// Joins `ours` and `theirs`, both made from `base`.
pub fn merge(base: &Answer, ours: &Answer, theirs: &Answer) -> Merged {
    let mut clashes = 0;
    let mut m = Merger {
        clashes: &mut clashes,
    };
    let answer = Answer {
        response: m.response(&base.response, &ours.response, &theirs.response),
        follow_up: m.texts(&base.follow_up, &ours.follow_up, &theirs.follow_up),
        teacher: m.map(&base.teacher, &ours.teacher, &theirs.teacher, no_join),
    };
    Merged { answer, clashes }
}

/// Joins two texts both changed from the one they started from: both kept, `ours` first.
fn join(ours: &String, theirs: &String) -> Option<String> {
    if ours.trim().is_empty() || ours.contains(theirs.as_str()) {
        return Some(if ours.trim().is_empty() { theirs } else { ours }.clone());
    }
    if theirs.contains(ours.as_str()) {
        return Some(theirs.clone());
    }
    Some(format!("{ours}\n\n{theirs}"))
}

/// Values that cannot be joined (choices): a clash.
fn no_join<T>(_: &T, _: &T) -> Option<T> {
    None
}

struct Merger<'a> {
    clashes: &'a mut usize,
}

impl Merger<'_> {
    /// One value, three ways: `join` settles values both changed, else `ours` is kept and
    /// the clash counted.
    fn pick<T: PartialEq + Clone>(
        &mut self,
        base: Option<&T>,
        ours: Option<&T>,
        theirs: Option<&T>,
        join: impl Fn(&T, &T) -> Option<T>,
    ) -> Option<T> {
        if ours == theirs || theirs == base {
            return ours.cloned();
        }
        if ours == base {
            return theirs.cloned();
        }
        match (ours, theirs) {
            (Some(o), Some(t)) => {
                if let Some(joined) = join(o, t) {
                    return Some(joined);
                }
                *self.clashes += 1;
                Some(o.clone())
            }
            // One side cleared what the other changed: the change is kept.
            (Some(o), None) => Some(o.clone()),
            (None, t) => t.cloned(),
        }
    }

    /// A map, key by key.
    fn map<T: PartialEq + Clone>(
        &mut self,
        base: &BTreeMap<String, T>,
        ours: &BTreeMap<String, T>,
        theirs: &BTreeMap<String, T>,
        join: impl Fn(&T, &T) -> Option<T> + Copy,
    ) -> BTreeMap<String, T> {
        let keys: std::collections::BTreeSet<&String> = base
            .keys()
            .chain(ours.keys())
            .chain(theirs.keys())
            .collect();
        keys.into_iter()
            .filter_map(|k| {
                let v = self.pick(base.get(k), ours.get(k), theirs.get(k), join)?;
                Some((k.clone(), v))
            })
            .collect()
    }

    /// A map of texts: texts both changed are both kept.
    fn texts(
        &mut self,
        base: &BTreeMap<String, String>,
        ours: &BTreeMap<String, String>,
        theirs: &BTreeMap<String, String>,
    ) -> BTreeMap<String, String> {
        self.map(base, ours, theirs, join)
    }

    /// One text.
    fn text(&mut self, base: &String, ours: &String, theirs: &String) -> String {
        self.pick(Some(base), Some(ours), Some(theirs), join)
            .unwrap_or_default()
    }

    fn response(&mut self, base: &Response, ours: &Response, theirs: &Response) -> Response {
        use Response as R;
        match (base, ours, theirs) {
            (
                R::Sort { ticks, evidence },
                R::Sort {
                    ticks: o_ticks,
                    evidence: o_evidence,
                },
                R::Sort {
                    ticks: t_ticks,
                    evidence: t_evidence,
                },
            ) => R::Sort {
                ticks: self.map(ticks, o_ticks, t_ticks, no_join),
                evidence: self.texts(evidence, o_evidence, t_evidence),
            },
            (R::Categorize(b), R::Categorize(o), R::Categorize(t)) => {
                R::Categorize(self.map(b, o, t, no_join))
            }
            (R::Match(b), R::Match(o), R::Match(t)) => R::Match(self.map(b, o, t, no_join)),
            (R::Choice(b), R::Choice(o), R::Choice(t)) => R::Choice(self.map(b, o, t, no_join)),
            (R::Grid(b), R::Grid(o), R::Grid(t)) => R::Grid(self.texts(b, o, t)),
            (R::Short(b), R::Short(o), R::Short(t)) => R::Short(self.texts(b, o, t)),
            (R::Essay(b), R::Essay(o), R::Essay(t)) => R::Essay(self.text(b, o, t)),
            (
                R::Order {
                    order,
                    justification,
                },
                R::Order {
                    order: o_order,
                    justification: o_just,
                },
                R::Order {
                    order: t_order,
                    justification: t_just,
                },
            ) => R::Order {
                order: self
                    .pick(Some(order), Some(o_order), Some(t_order), no_join)
                    .unwrap_or_default(),
                justification: self.text(justification, o_just, t_just),
            },
            (
                R::Report {
                    cover,
                    sections,
                    decision,
                },
                R::Report {
                    cover: o_cover,
                    sections: o_sections,
                    decision: o_decision,
                },
                R::Report {
                    cover: t_cover,
                    sections: t_sections,
                    decision: t_decision,
                },
            ) => R::Report {
                cover: self.texts(cover, o_cover, t_cover),
                sections: self.texts(sections, o_sections, t_sections),
                decision: self.pick(
                    decision.as_ref(),
                    o_decision.as_ref(),
                    t_decision.as_ref(),
                    no_join,
                ),
            },
            // Shapes that differ (an empty answer on one side): the one that changed.
            _ => self
                .pick(Some(base), Some(ours), Some(theirs), no_join)
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(cells: &[(&str, &str)]) -> Answer {
        Answer {
            response: Response::Grid(
                cells
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            ),
            ..Answer::default()
        }
    }

    #[test]
    fn what_only_one_side_changed_is_taken_and_texts_both_changed_are_both_kept() {
        let base = grid(&[("a", "start"), ("b", "same")]);
        let ours = grid(&[("a", "ours"), ("b", "same"), ("c", "only ours")]);
        let theirs = grid(&[("a", "theirs"), ("b", "same"), ("d", "only theirs")]);
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(
            merged.answer,
            grid(&[
                ("a", "ours\n\ntheirs"),
                ("b", "same"),
                ("c", "only ours"),
                ("d", "only theirs")
            ])
        );
        assert_eq!(merged.clashes, 0);
        // A text that grew from the other is kept once.
        let grown = merge(
            &base,
            &grid(&[("a", "start")]),
            &grid(&[("a", "start more")]),
        );
        assert_eq!(grown.answer, grid(&[("a", "start more")]));
        let grown = merge(
            &grid(&[]),
            &grid(&[("a", "Litvinov sought allies")]),
            &grid(&[("a", "Litvinov")]),
        );
        assert_eq!(grown.answer, grid(&[("a", "Litvinov sought allies")]));
    }

    #[test]
    fn choices_both_changed_keep_ours_and_are_counted() {
        let cat = |pairs: &[(&str, &str)]| Answer {
            response: Response::Categorize(
                pairs
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            ),
            ..Answer::default()
        };
        let merged = merge(
            &cat(&[]),
            &cat(&[("card", "left"), ("mine", "x")]),
            &cat(&[("card", "right"), ("yours", "y")]),
        );
        assert_eq!(
            merged.answer,
            cat(&[("card", "left"), ("mine", "x"), ("yours", "y")])
        );
        assert_eq!(merged.clashes, 1);
    }

    #[test]
    fn an_empty_side_takes_the_other() {
        let essay = |t: &str| Answer {
            response: Response::Essay(t.into()),
            ..Answer::default()
        };
        let merged = merge(
            &Answer::default(),
            &Answer::default(),
            &essay("Stalin chose time."),
        );
        assert_eq!(merged.answer, essay("Stalin chose time."));
        let merged = merge(&essay(""), &essay("Mine."), &essay("Theirs."));
        assert_eq!(merged.answer, essay("Mine.\n\nTheirs."));
    }
}
