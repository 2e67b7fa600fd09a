//! Taking chance out of a mark: what guessing alone would earn does not count.
//!
//! Used where an answer can be built without knowing anything — an order shuffled at
//! random, every card in one bucket: the marks become
//! `max(0, (marks − chance) / (most − chance)) × most`, so chance earns 0 and a right answer
//! still earns everything.

use super::tally::{EPSILON, Tally};

/// `marks` (out of `most`) with `chance` taken out. When chance alone earns everything
/// (every item of an order tied, say), the marks stand.
pub(crate) fn beyond_chance(marks: f64, chance: f64, most: f64) -> f64 {
    let room = most - chance;
    if room <= EPSILON {
        return marks;
    }
    ((marks - chance) / room).max(0.0) * most
}

/// Adds a line to `tally` (for `task`) taking chance out of its marks, if that changes
/// them.
pub(crate) fn take_out_chance(
    tally: &mut Tally,
    task: &str,
    chance: f64,
    most: f64,
    reason: impl FnOnce() -> String,
) {
    let raw = tally.marks();
    let beyond = beyond_chance(raw, chance, most);
    if (beyond - raw).abs() > EPSILON {
        tally.adjust(task, beyond - raw, reason());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_is_beyond_chance_counts() {
        assert_eq!(beyond_chance(10.0, 5.0, 10.0), 10.0);
        assert_eq!(beyond_chance(5.0, 5.0, 10.0), 0.0);
        assert_eq!(beyond_chance(2.0, 5.0, 10.0), 0.0);
        assert_eq!(beyond_chance(7.5, 5.0, 10.0), 5.0);
        assert_eq!(beyond_chance(3.0, 3.0, 3.0), 3.0);
    }
}
