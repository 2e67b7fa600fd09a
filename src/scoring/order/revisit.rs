//! How a ranking moved when a student came back to it (`revisit = true`).

/// One item's move between an earlier and a later ranking. Positions count from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Movement {
    /// Id of the item.
    pub item: String,
    /// Its position in the earlier ranking, if it was there.
    pub from: Option<usize>,
    /// Its position in the later ranking, if it is there.
    pub to: Option<usize>,
    /// Places it moved up (`from − to`): positive towards the top, negative down, 0 when
    /// it stayed or is missing from either ranking.
    pub moved_by: i64,
}

/// Each item's movement, in the later ranking's order, then items only in the earlier one.
/// An item listed twice counts at its first place.
pub fn compare_rankings(earlier: &[String], later: &[String]) -> Vec<Movement> {
    let first_place =
        |ranking: &[String], item: &str| ranking.iter().position(|i| i == item).map(|p| p + 1);
    let mut movements: Vec<Movement> = Vec::new();
    for item in later.iter().chain(earlier) {
        if movements.iter().any(|m| &m.item == item) {
            continue;
        }
        let from = first_place(earlier, item);
        let to = first_place(later, item);
        let moved_by = match (from, to) {
            (Some(f), Some(t)) => f as i64 - t as i64,
            _ => 0,
        };
        movements.push(Movement {
            item: item.clone(),
            from,
            to,
            moved_by,
        });
    }
    movements
}
