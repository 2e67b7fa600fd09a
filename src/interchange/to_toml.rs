//! Imported questions written as a classwork unit: `unit.toml` and one activity file per
//! run of choice questions, run of short questions, matching, ordering or essay question.

use std::fmt::Write as _;

use super::{Answer, Question};

/// A TOML string literal.
fn lit(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// A TOML number: whole numbers without a fraction.
fn num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// What one activity file will hold.
enum Group<'a> {
    Choice(Vec<&'a Question>),
    Short(Vec<&'a Question>),
    One(&'a Question),
}

/// The files of a unit holding `questions`: `(file name, text)`, `unit.toml` first. `id`
/// must be a classwork id; `title` is the unit's title.
pub fn unit_files(id: &str, title: &str, questions: &[Question]) -> Vec<(String, String)> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    for q in questions {
        match (&q.answer, groups.last_mut()) {
            (Answer::Choice { .. }, Some(Group::Choice(run))) => run.push(q),
            (Answer::Short { .. }, Some(Group::Short(run))) => run.push(q),
            (Answer::Choice { .. }, _) => groups.push(Group::Choice(vec![q])),
            (Answer::Short { .. }, _) => groups.push(Group::Short(vec![q])),
            _ => groups.push(Group::One(q)),
        }
    }
    let mut files = Vec::new();
    for (n, group) in groups.iter().enumerate() {
        let (kind, body) = match group {
            Group::Choice(run) => ("choice", activity_of_questions("choice", run, n)),
            Group::Short(run) => ("short", activity_of_questions("short", run, n)),
            Group::One(q) => single(q, n),
        };
        files.push((format!("{:02}-{kind}.toml", n + 1), body));
    }
    let mut unit = String::from("#:schema ../../assets/unit.schema.json\n");
    unit.push_str("# Imported by `classwork import`; check it with `classwork validate`.\n");
    let _ = writeln!(
        unit,
        "schema_version = 1\nid = {}\ntitle = {}",
        lit(id),
        lit(title)
    );
    unit.push_str("activities = [\n");
    for (name, _) in &files {
        let _ = writeln!(unit, "    {},", lit(name));
    }
    unit.push_str("]\n");
    files.insert(0, ("unit.toml".to_string(), unit));
    files
}

/// The lines every activity starts with.
fn head(out: &mut String, kind: &str, n: usize, title: &str) {
    out.push_str("#:schema ../../assets/activity.schema.json\nschema_version = 1\n");
    let _ = writeln!(
        out,
        "id = \"{kind}-{}\"\nkind = \"{kind}\"\ntitle = {}",
        n + 1,
        lit(title)
    );
}

fn activity_of_questions(kind: &str, run: &[&Question], n: usize) -> String {
    let mut out = String::new();
    let title = match run {
        [one] => one.name.clone().unwrap_or_else(|| "Questions".to_string()),
        _ => "Questions".to_string(),
    };
    head(&mut out, kind, n, &title);
    for (i, q) in run.iter().enumerate() {
        let _ = write!(
            out,
            "\n[[questions]]\nid = \"q{}\"\nprompt = {}\n",
            i + 1,
            lit(&q.prompt)
        );
        if q.points != 1.0 {
            let _ = writeln!(out, "points = {}", num(q.points));
        }
        if let Some(f) = &q.feedback {
            let _ = writeln!(out, "feedback = {}", lit(f));
        }
        match &q.answer {
            Answer::Choice { multiple, options } => {
                if *multiple {
                    out.push_str("multiple = true\n");
                }
                for (j, o) in options.iter().enumerate() {
                    let _ = write!(
                        out,
                        "\n[[questions.options]]\nid = \"{}\"\ntext = {}\nweight = {}\n",
                        option_id(j),
                        lit(&o.text),
                        num(o.weight)
                    );
                    if let Some(f) = &o.feedback {
                        let _ = writeln!(out, "feedback = {}", lit(f));
                    }
                }
            }
            Answer::Short { accept } => {
                let list: Vec<String> = accept.iter().map(|a| lit(a)).collect();
                let _ = writeln!(out, "accept = [{}]", list.join(", "));
            }
            _ => {}
        }
    }
    out
}

/// `a`, `b`, … `z`, `aa`, `ab`, …
fn option_id(n: usize) -> String {
    let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
    if n < 26 {
        letter(n).to_string()
    } else {
        format!("{}{}", letter(n / 26 - 1), letter(n))
    }
}

fn single(q: &Question, n: usize) -> (&'static str, String) {
    let mut out = String::new();
    let title = q.name.clone().unwrap_or_else(|| first_line(&q.prompt));
    let kind = match &q.answer {
        Answer::Matching { .. } => "match",
        Answer::Ordering { .. } => "rank",
        _ => "essay",
    };
    head(&mut out, kind, n, &title);
    let _ = writeln!(out, "instructions = {}", lit(&q.prompt));
    if let Some(f) = &q.feedback {
        let _ = writeln!(out, "feedback = {}", lit(f));
    }
    match &q.answer {
        Answer::Matching { pairs } => {
            let mut options: Vec<&str> = Vec::new();
            for (_, o) in pairs {
                if !options.contains(&o.as_str()) {
                    options.push(o);
                }
            }
            for (j, o) in options.iter().enumerate() {
                let _ = write!(
                    out,
                    "\n[[options]]\nid = \"o{}\"\nlabel = {}\n",
                    j + 1,
                    lit(o)
                );
            }
            for (j, (item, o)) in pairs.iter().enumerate() {
                let right = options.iter().position(|x| x == o).unwrap_or(0) + 1;
                let _ = write!(
                    out,
                    "\n[[items]]\nid = \"i{}\"\ntext = {}\noption = \"o{right}\"\n",
                    j + 1,
                    lit(item)
                );
            }
        }
        Answer::Ordering { items } => {
            let key: Vec<String> = (1..=items.len()).map(|j| format!("\"i{j}\"")).collect();
            let _ = writeln!(out, "key = [{}]", key.join(", "));
            for (j, item) in items.iter().enumerate() {
                let _ = write!(
                    out,
                    "\n[[items]]\nid = \"i{}\"\ntext = {}\n",
                    j + 1,
                    lit(item)
                );
            }
        }
        _ => {
            // A rubric of one criterion, so the teacher can give the marks by hand.
            let _ = write!(
                out,
                "\n[[rubric]]\nid = \"answer\"\ncriterion = \"Answers the question\"\n\n\
                 [[rubric.levels]]\npoints = 0\ndescription = \"Does not answer it.\"\n\n\
                 [[rubric.levels]]\npoints = {}\ndescription = \"Answers it fully.\"\n",
                num(q.points.max(1.0))
            );
        }
    }
    (kind, out)
}

/// The first line of a text, cut to a title's length.
fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("Question");
    let words = crate::text::first_words(line, 8);
    if words.len() < line.len() {
        format!("{words}…")
    } else {
        words.to_string()
    }
}
