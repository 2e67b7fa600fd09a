//! Comparing an order with its key: where each item stands, and each method's measure.
//!
//! Positions count from 0. The key allows each item a range of positions (one position, or
//! the positions of its group of equal rank). An item's distance is how far it is from that
//! range; an item the student left out counts as `n − 1` away, the farthest any item can be.

use crate::activity::OrderKey;

/// Where one item stands in the student's order, against the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Standing {
    /// Its position in the student's order, if placed.
    pub(crate) position: Option<usize>,
    /// The first and last positions the key allows.
    pub(crate) allowed: (usize, usize),
    /// The key group it belongs to.
    pub(crate) group: usize,
}

impl Standing {
    /// Places away from where the key allows (`n − 1` when not placed).
    pub(crate) fn distance(&self, n: usize) -> usize {
        let (lo, hi) = self.allowed;
        match self.position {
            None => n.saturating_sub(1),
            Some(p) if p < lo => lo - p,
            Some(p) if p > hi => p - hi,
            Some(_) => 0,
        }
    }

    /// Whether it is placed where the key allows.
    pub(crate) fn in_place(&self) -> bool {
        self.position.is_some() && self.distance(usize::MAX) == 0
    }
}

/// The student's order kept to the activity's items, each at its first appearance.
pub(crate) fn cleaned<'a>(order: &'a [String], items: &[&str]) -> Vec<&'a str> {
    let mut kept: Vec<&str> = Vec::new();
    for id in order {
        if items.contains(&id.as_str()) && !kept.contains(&id.as_str()) {
            kept.push(id);
        }
    }
    kept
}

/// Each item's standing, in the order of `items`.
pub(crate) fn standings(cleaned: &[&str], key: &OrderKey, items: &[&str]) -> Vec<Standing> {
    let n = items.len();
    items
        .iter()
        .map(|id| Standing {
            position: cleaned.iter().position(|c| c == id),
            allowed: key
                .allowed_positions(id)
                .unwrap_or((0, n.saturating_sub(1))),
            group: key.group_of(id).unwrap_or(0),
        })
        .collect()
}

/// `max(0, (n − 1) − distance) / (n − 1)`: the share of its mark an item earns by
/// `relative`.
pub(crate) fn relative_credit(standing: &Standing, n: usize) -> f64 {
    if n < 2 {
        return if standing.in_place() { 1.0 } else { 0.0 };
    }
    let spread = n - 1;
    spread.saturating_sub(standing.distance(n)) as f64 / spread as f64
}

/// The longest run of the student's order in the key's order (not necessarily adjacent;
/// items of equal rank in either order), as indices into the order. The earliest such run.
pub(crate) fn longest_run(groups: &[usize]) -> Vec<usize> {
    // best[i]: length of the longest run ending at i; from[i]: the index before i in it.
    let mut best = vec![1usize; groups.len()];
    let mut from: Vec<Option<usize>> = vec![None; groups.len()];
    for i in 0..groups.len() {
        for j in 0..i {
            if groups[j] <= groups[i] && best[j] + 1 > best[i] {
                best[i] = best[j] + 1;
                from[i] = Some(j);
            }
        }
    }
    let Some(end) = (0..groups.len()).max_by_key(|&i| (best[i], std::cmp::Reverse(i))) else {
        return Vec::new();
    };
    let mut run = vec![end];
    let mut at = end;
    while let Some(previous) = from[at] {
        run.push(previous);
        at = previous;
    }
    run.reverse();
    run
}

/// For each adjacent pair of the student's order, whether the key lets the second come
/// straight after the first (same group, or the next group).
pub(crate) fn adjacent_pairs(groups: &[usize]) -> Vec<bool> {
    groups
        .windows(2)
        .map(|w| w[1] == w[0] || w[1] == w[0] + 1)
        .collect()
}

/// Spearman's footrule: the total distance `Σ|pos − key|` and its maximum `⌊n²/2⌋`.
pub(crate) fn footrule(standings: &[Standing]) -> (usize, usize) {
    let n = standings.len();
    let total = standings.iter().map(|s| s.distance(n)).sum();
    (total, n * n / 2)
}

/// Kendall's tau distance: pairs in the wrong order, and all pairs `n(n − 1)/2`. Items of
/// equal rank are never in the wrong order; a pair with an item left out always is.
pub(crate) fn kendall(standings: &[Standing]) -> (usize, usize) {
    let n = standings.len();
    let mut discordant = 0;
    for (i, a) in standings.iter().enumerate() {
        for b in &standings[i + 1..] {
            let wrong = match (a.position, b.position) {
                (Some(pa), Some(pb)) => a.group != b.group && (pa < pb) != (a.group < b.group),
                _ => true,
            };
            discordant += usize::from(wrong);
        }
    }
    (discordant, n * n.saturating_sub(1) / 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(groups: &[&[&str]]) -> OrderKey {
        OrderKey {
            groups: groups
                .iter()
                .map(|g| g.iter().map(|s| s.to_string()).collect())
                .collect(),
        }
    }

    fn order(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn cleaning_drops_unknown_and_repeated_items() {
        let o = order(&["b", "x", "a", "b"]);
        assert_eq!(cleaned(&o, &["a", "b", "c"]), ["b", "a"]);
    }

    #[test]
    fn distance_is_to_the_allowed_range() {
        let k = key(&[&["a"], &["b", "c"], &["d"]]);
        let items = ["a", "b", "c", "d"];
        let o = order(&["c", "a", "d"]);
        let s = standings(&cleaned(&o, &items), &k, &items);
        // a at 1, allowed 0: 1 away. b missing: n − 1 = 3. c at 0, allowed 1–2: 1 away.
        // d at 2, allowed 3: 1 away.
        let d: Vec<usize> = s.iter().map(|s| s.distance(4)).collect();
        assert_eq!(d, [1, 3, 1, 1]);
        assert!(!s[0].in_place());
    }

    #[test]
    fn runs_follow_the_key_with_ties_either_way() {
        assert_eq!(longest_run(&[0, 2, 1, 3]), [0, 1, 3]);
        assert_eq!(longest_run(&[1, 1, 0]), [0, 1]);
        assert_eq!(longest_run(&[3, 2, 1, 0]), [0]);
        assert!(longest_run(&[]).is_empty());
    }
}
