//! Work spread over every core.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Applies `f` to every item on all cores, keeping the order. Each thread (this one too)
/// takes the next item not yet taken, so a thread that drew quick items is not left idle.
pub(crate) fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads < 2 || items.len() < 2 {
        return items.iter().map(&f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let at = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(at) else {
                return done;
            };
            done.push((at, f(item)));
        }
    };
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads.min(items.len()))
            .map(|_| scope.spawn(work))
            .collect();
        let mut done = work();
        for other in others {
            done.extend(
                other
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        done
    });
    done.sort_unstable_by_key(|&(at, _)| at);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_map_keeps_the_order_of_uneven_work() {
        let items: Vec<u64> = (0..500).collect();
        let slow_then_quick = |&n: &u64| {
            // The first items take longest, so threads finish them out of order.
            let spin = if n < 10 { 200_000 } else { 10 };
            (0..spin).fold(n, |acc, k| acc.wrapping_add(k % 3))
                - (0..spin).map(|k| k % 3).sum::<u64>()
        };
        assert_eq!(parallel_map(&items, slow_then_quick), items);
    }
}
