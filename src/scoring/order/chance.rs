//! What a random order earns by each method, so that only what is beyond chance counts.
//!
//! The expectation is over every order of the `n` items, equally likely. It is exact for
//! `absolute`, `relative`, `pairs`, `kendall`, `footrule` and `all_or_nothing` (by
//! linearity: each item, or each pair, is placed at random), and for `subsequence` the mean
//! over every order up to 8 items, past that over a fixed set of shuffles (the same for the
//! same key, every time).

use std::collections::HashMap;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::methods::{self, Standing};
use crate::activity::OrderMethod;

/// Shuffles averaged for `subsequence` past [`EVERY_ORDER_UP_TO`] items.
const SHUFFLES: usize = 400;
/// Up to this many items, `subsequence` averages over every order (8! = 40,320).
const EVERY_ORDER_UP_TO: usize = 6;

/// The marks (out of `n`) a random order earns by `method`, on average.
pub(crate) fn expected(method: OrderMethod, standings: &[Standing]) -> f64 {
    let n = standings.len();
    if n == 0 {
        return 0.0;
    }
    let nf = n as f64;
    let at = |s: &Standing, p: usize| Standing {
        position: Some(p),
        ..*s
    };
    match method {
        OrderMethod::Absolute => standings
            .iter()
            .map(|s| (s.allowed.1 - s.allowed.0 + 1) as f64 / nf)
            .sum(),
        OrderMethod::Relative => standings
            .iter()
            .map(|s| {
                (0..n)
                    .map(|p| methods::relative_credit(&at(s, p), n))
                    .sum::<f64>()
                    / nf
            })
            .sum(),
        OrderMethod::Footrule => {
            let total: f64 = standings
                .iter()
                .map(|s| (0..n).map(|p| at(s, p).distance(n)).sum::<usize>() as f64 / nf)
                .sum();
            let most = (n * n / 2).max(1) as f64;
            nf * (1.0 - total / most).max(0.0)
        }
        OrderMethod::Kendall => {
            let pairs = (n * (n - 1) / 2).max(1) as f64;
            let counted = cross_pairs(standings) as f64;
            nf * (1.0 - counted / 2.0 / pairs)
        }
        OrderMethod::Pairs => {
            if n < 2 {
                return nf;
            }
            let mut good = 0usize;
            for a in standings {
                for b in standings {
                    if !std::ptr::eq(a, b) && (b.group == a.group || b.group == a.group + 1) {
                        good += 1;
                    }
                }
            }
            nf * good as f64 / (n * (n - 1)) as f64
        }
        OrderMethod::Subsequence => subsequence(standings),
        OrderMethod::AllOrNothing => {
            // The share of orders the key allows: Π (group size)! / n!.
            let mut sizes: HashMap<usize, usize> = HashMap::new();
            for s in standings {
                *sizes.entry(s.group).or_default() += 1;
            }
            let mut share = 1.0;
            let mut k = n;
            for size in sizes.values() {
                for i in 1..=*size {
                    share *= i as f64 / k as f64;
                    k -= 1;
                }
            }
            nf * share
        }
    }
}

/// Pairs of items in different key groups: the pairs an order can get wrong.
fn cross_pairs(standings: &[Standing]) -> usize {
    let mut counted = 0;
    for (i, a) in standings.iter().enumerate() {
        counted += standings[i + 1..]
            .iter()
            .filter(|b| b.group != a.group)
            .count();
    }
    counted
}

/// The mean `subsequence` marks of [`SHUFFLES`] shuffles of the key (seeded by its size).
fn subsequence(standings: &[Standing]) -> f64 {
    let mut groups: Vec<usize> = standings.iter().map(|s| s.group).collect();
    groups.sort_unstable();
    let counted = |order: &[usize]| match longest_run_len(order) {
        run if run >= 2 => run,
        _ => 0,
    };
    let mut order = groups.clone();
    if order.len() <= EVERY_ORDER_UP_TO {
        let (mut total, mut orders) = (0usize, 0usize);
        every_order(&mut order, |o| {
            total += counted(o);
            orders += 1;
        });
        total as f64 / orders as f64
    } else {
        let mut rng = ChaCha8Rng::seed_from_u64(groups.len() as u64);
        let mut total = 0usize;
        for _ in 0..SHUFFLES {
            order.shuffle(&mut rng);
            total += counted(&order);
        }
        total as f64 / SHUFFLES as f64
    }
}

/// Calls `f` on every order of `items` (Heap's algorithm).
fn every_order(items: &mut [usize], mut f: impl FnMut(&[usize])) {
    let n = items.len();
    let mut c = vec![0usize; n];
    f(items);
    let mut i = 0;
    while i < n {
        if c[i] < i {
            items.swap(if i % 2 == 0 { 0 } else { c[i] }, i);
            f(items);
            c[i] += 1;
            i = 0;
        } else {
            c[i] = 0;
            i += 1;
        }
    }
}

/// The length of the longest non-decreasing run (not necessarily adjacent) of `groups`.
fn longest_run_len(groups: &[usize]) -> usize {
    // tails[k]: the smallest last group of a run of length k + 1 found so far.
    let mut tails: Vec<usize> = Vec::with_capacity(groups.len());
    for &g in groups {
        let at = tails.partition_point(|&t| t <= g);
        if at == tails.len() {
            tails.push(g);
        } else {
            tails[at] = g;
        }
    }
    tails.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn untied(n: usize) -> Vec<Standing> {
        (0..n)
            .map(|i| Standing {
                position: None,
                allowed: (i, i),
                group: i,
            })
            .collect()
    }

    #[test]
    fn exact_expectations_match_known_values() {
        let s = untied(5);
        assert!((expected(OrderMethod::Absolute, &s) - 1.0).abs() < 1e-9);
        assert!((expected(OrderMethod::Kendall, &s) - 2.5).abs() < 1e-9);
        assert!((expected(OrderMethod::Pairs, &s) - 1.0).abs() < 1e-9);
        assert!((expected(OrderMethod::AllOrNothing, &s) - 5.0 / 120.0).abs() < 1e-9);
        // E|p − k| over a random place is (n² − 1) / 3n in all: 8 of at most 12 for n = 5.
        assert!((expected(OrderMethod::Footrule, &s) - 5.0 * (1.0 - 8.0 / 12.0)).abs() < 1e-9);
    }

    #[test]
    fn runs_are_counted_as_in_the_scoring() {
        assert_eq!(longest_run_len(&[0, 2, 1, 3]), 3);
        assert_eq!(longest_run_len(&[1, 1, 0]), 2);
        assert_eq!(longest_run_len(&[3, 2, 1, 0]), 1);
        // Of the 24 orders of 4 items, 1 has a longest run of 1, 13 of 2, 9 of 3 and 1 of 4.
        let e = expected(OrderMethod::Subsequence, &untied(4));
        assert!((e - 57.0 / 24.0).abs() < 1e-9, "{e}");
        let s = untied(12);
        let e = expected(OrderMethod::Subsequence, &s);
        assert!(e > 4.0 && e < 7.0, "{e}");
        assert_eq!(e, expected(OrderMethod::Subsequence, &s));
    }
}
