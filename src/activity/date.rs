//! Historical dates at year, month or day precision, as timelines use them.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct HistDate {
    /// Year (may be negative for BCE).
    pub year: i32,
    /// Month 1–12, if known.
    pub month: Option<u8>,
    /// Day 1–31, if known (only with a month).
    pub day: Option<u8>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl HistDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the month and the day of the month.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts
            .next()
            .filter(|y| !y.is_empty() && y.chars().all(|c| c.is_ascii_digit()))
            .and_then(|y| y.parse::<i32>().ok())
            .ok_or_else(|| format!("`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"))?;
        let number = |p: Option<&str>, what: &str, max: u8| -> Result<Option<u8>, String> {
            match p {
                None => Ok(None),
                Some(p) => match p.parse::<u8>() {
                    Ok(n) if (1..=max).contains(&n) && p.len() == 2 => Ok(Some(n)),
                    _ => Err(format!(
                        "`{p}` is not a {what}: write two digits, 01 to {max:02}"
                    )),
                },
            }
        };
        let month = number(parts.next(), "month", 12)?;
        let day = number(parts.next(), "day", 31)?;
        if let (Some(m), Some(d)) = (month, day) {
            let last = days_in_month(year, m);
            if d > last {
                return Err(format!(
                    "{} {year} has only {last} days",
                    MONTHS[usize::from(m) - 1]
                ));
            }
        }
        Ok(Self { year, month, day })
    }

    /// The first and last day the date may mean, as (year, month, day) triples.
    fn range(self) -> ((i32, u8, u8), (i32, u8, u8)) {
        match (self.month, self.day) {
            (Some(m), Some(d)) => ((self.year, m, d), (self.year, m, d)),
            (Some(m), None) => (
                (self.year, m, 1),
                (self.year, m, days_in_month(self.year, m)),
            ),
            _ => ((self.year, 1, 1), (self.year, 12, 31)),
        }
    }

    /// Orders two dates: `Some(Equal)` for the same date at the same precision, `None` when one
    /// contains the other (1939-08 and 1939-08-23) so that their order is ambiguous.
    pub fn compare(self, other: Self) -> Option<Ordering> {
        if self == other {
            return Some(Ordering::Equal);
        }
        let (a0, a1) = self.range();
        let (b0, b1) = other.range();
        if a1 < b0 {
            Some(Ordering::Less)
        } else if b1 < a0 {
            Some(Ordering::Greater)
        } else {
            None
        }
    }
}

impl HistDate {
    fn precision(self) -> u8 {
        u8::from(self.month.is_some()) + u8::from(self.day.is_some())
    }

    /// Of two dates, the one known more precisely (for messages).
    pub fn finer(self, other: Self) -> Self {
        if self.precision() >= other.precision() {
            self
        } else {
            other
        }
    }

    /// Of two dates, the one known less precisely (for messages).
    pub fn coarser(self, other: Self) -> Self {
        if self.precision() < other.precision() {
            self
        } else {
            other
        }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{d} {} {}", MONTHS[usize::from(m) - 1], self.year),
            (Some(m), None) => write!(f, "{} {}", MONTHS[usize::from(m) - 1], self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(HistDate::parse("1939").unwrap().to_string(), "1939");
        assert_eq!(
            HistDate::parse("1939-08").unwrap().to_string(),
            "August 1939"
        );
        assert_eq!(
            HistDate::parse("1939-08-23").unwrap().to_string(),
            "23 August 1939"
        );
    }

    #[test]
    fn refuses_impossible_dates() {
        assert!(HistDate::parse("1939-13").is_err());
        assert!(HistDate::parse("1939-02-29").is_err());
        assert!(HistDate::parse("1940-02-29").is_ok());
        assert!(HistDate::parse("1939-8").is_err());
        assert!(HistDate::parse("August 1939").is_err());
        assert!(HistDate::parse("").is_err());
    }

    #[test]
    fn orders_and_spots_ambiguity() {
        let d = |s| HistDate::parse(s).unwrap();
        assert_eq!(
            d("1939-08-22").compare(d("1939-08-23")),
            Some(Ordering::Less)
        );
        assert_eq!(d("1939-07").compare(d("1939-08-01")), Some(Ordering::Less));
        assert_eq!(d("1939-08").compare(d("1939-08")), Some(Ordering::Equal));
        assert_eq!(d("1939-08").compare(d("1939-08-23")), None);
        assert_eq!(d("1939").compare(d("1939-05")), None);
        assert_eq!(d("1940").compare(d("1939-12-31")), Some(Ordering::Greater));
    }
}
