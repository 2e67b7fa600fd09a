//! The teacher's view of a class being served, as the serving terminal prints it: who is
//! connected and on which activity, and how many have submitted each activity. No speed,
//! no ranking: only where the class is.

use super::students::Doing;

/// The lines of the view at `time` ("10:42"): a heading, each student connected with the
/// activity on their screen, then each activity of `activities` (titles, in the unit's
/// order) with how many of those connected have submitted it.
pub fn view(time: &str, students: &[(String, Doing)], activities: &[String]) -> Vec<String> {
    let mut out = vec![match students.len() {
        0 => format!("[{time}] no student connected"),
        1 => format!("[{time}] 1 student connected"),
        n => format!("[{time}] {n} students connected"),
    }];
    let name_w = students
        .iter()
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    for (name, doing) in students {
        let name: String = name.chars().take(name_w).collect();
        let on = doing
            .activity
            .as_deref()
            .unwrap_or("(the list of activities)");
        out.push(format!("  {name:<name_w$}  {on}"));
    }
    let submitted: Vec<String> = activities
        .iter()
        .enumerate()
        .filter_map(|(k, title)| {
            let n = students
                .iter()
                .filter(|(_, d)| d.submitted.contains(title))
                .count();
            (n > 0).then(|| format!("{}. {title}: {n}", k + 1))
        })
        .collect();
    if !students.is_empty() {
        out.push(match submitted.is_empty() {
            true => "  Submitted: nothing yet".to_string(),
            false => format!("  Submitted: {}", submitted.join(" · ")),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_says_who_is_where_and_what_is_submitted() {
        let activities = vec!["Aims".to_string(), "Report".to_string()];
        let students = vec![
            (
                "Ada".to_string(),
                Doing {
                    activity: Some("Report".into()),
                    submitted: vec!["Aims".into()],
                },
            ),
            ("Bo".to_string(), Doing::default()),
        ];
        assert_eq!(
            view("10:42", &students, &activities),
            [
                "[10:42] 2 students connected",
                "  Ada  Report",
                "  Bo   (the list of activities)",
                "  Submitted: 1. Aims: 1",
            ]
        );
        assert_eq!(
            view("10:43", &[], &activities),
            ["[10:43] no student connected"]
        );
    }
}
