//! Moodle XML: a `<quiz>` of `<question type="…">` elements. Read: multichoice, truefalse,
//! shortanswer, matching, ordering and essay (other types are reported, not carried over);
//! written: the same types.

use std::fmt::Write as _;
use std::sync::Arc;

use super::xml::{Element, escape, parse};
use super::{Answer, Choice, Imported, Question, plain_text};
use crate::diagnostic::{Diagnostic, SourceFile};

/// Reads the questions of the Moodle XML `file`.
pub fn read(file: &Arc<SourceFile>) -> Result<Imported, Vec<Diagnostic>> {
    let error = |message: String, at: std::ops::Range<usize>| {
        Diagnostic::error("bad-moodle-xml", message)
            .in_file(file)
            .at(at)
    };
    let root = parse(&file.text).map_err(|(m, at)| vec![error(m, at)])?;
    if root.name != "quiz" {
        return Err(vec![
            error(
                format!("`<{}>` is not a Moodle quiz", root.name),
                root.at.clone(),
            )
            .help("a Moodle XML file holds its questions in `<quiz>`"),
        ]);
    }
    let mut imported = Imported::default();
    let mut errors = Vec::new();
    for q in root.all("question") {
        let Some(kind) = q.attr("type") else {
            errors.push(
                error("a question with no `type`".into(), q.at.clone())
                    .help("say what it is, e.g. `type=\"multichoice\"`"),
            );
            continue;
        };
        let mut note = |message: String| {
            imported.dropped.push(
                Diagnostic::warning("not-carried-over", message)
                    .in_file(file)
                    .at(q.at.clone()),
            );
        };
        let answer = match kind {
            "category" => continue,
            "multichoice" => {
                let single = q
                    .child("single")
                    .is_none_or(|s| matches!(s.text.trim(), "true" | "1"));
                let options: Vec<Choice> = q
                    .all("answer")
                    .map(|a| Choice {
                        text: text_of(a),
                        weight: fraction(a).clamp(-1.0, 1.0),
                        feedback: a.child("feedback").map(text_of).filter(|f| !f.is_empty()),
                    })
                    .collect();
                Answer::Choice {
                    multiple: !single,
                    options,
                }
            }
            "truefalse" => Answer::Choice {
                multiple: false,
                options: q
                    .all("answer")
                    .map(|a| Choice {
                        text: match text_of(a).as_str() {
                            "true" => "True".to_string(),
                            "false" => "False".to_string(),
                            other => other.to_string(),
                        },
                        weight: fraction(a).clamp(0.0, 1.0),
                        feedback: a.child("feedback").map(text_of).filter(|f| !f.is_empty()),
                    })
                    .collect(),
            },
            "shortanswer" => {
                let all: Vec<&Element> = q.all("answer").collect();
                if all.iter().any(|a| fraction(a) > 0.0 && fraction(a) < 1.0) {
                    note("an answer worth part of the marks is not carried over".into());
                }
                Answer::Short {
                    accept: all
                        .iter()
                        .filter(|a| fraction(a) >= 1.0)
                        .map(|a| text_of(a))
                        .collect(),
                }
            }
            "matching" => {
                let mut pairs = Vec::new();
                for s in q.all("subquestion") {
                    let option = s.child("answer").map(text_of).unwrap_or_default();
                    match text_of(s) {
                        item if item.is_empty() => {
                            note(format!(
                                "the extra wrong answer `{option}` is not carried over"
                            ));
                        }
                        item => pairs.push((item, option)),
                    }
                }
                Answer::Matching { pairs }
            }
            "ordering" => {
                let mut items: Vec<(f64, String)> =
                    q.all("answer").map(|a| (fraction(a), text_of(a))).collect();
                items.sort_by(|a, b| a.0.total_cmp(&b.0));
                Answer::Ordering {
                    items: items.into_iter().map(|(_, t)| t).collect(),
                }
            }
            "essay" => Answer::Essay,
            other => {
                note(format!("a `{other}` question is not carried over"));
                continue;
            }
        };
        let prompt = q.child("questiontext").map(text_of).unwrap_or_default();
        if q.child("questiontext")
            .is_some_and(|t| t.child("file").is_some() || t.text.contains("@@PLUGINFILE@@"))
        {
            note("the pictures of a question are not carried over".into());
        }
        match check(&prompt, &answer) {
            Some(why) => errors.push(error(why, q.at.clone())),
            None => imported.questions.push(Question {
                name: q.child("name").map(text_of).filter(|n| !n.is_empty()),
                prompt,
                points: q
                    .child("defaultgrade")
                    .and_then(|g| g.text.trim().parse::<f64>().ok())
                    .filter(|p| p.is_finite() && *p > 0.0)
                    .unwrap_or(1.0),
                feedback: q
                    .child("generalfeedback")
                    .map(text_of)
                    .filter(|f| !f.is_empty()),
                answer,
            }),
        }
    }
    if errors.is_empty() {
        Ok(imported)
    } else {
        Err(errors)
    }
}

/// What makes a question unusable, if anything.
fn check(prompt: &str, answer: &Answer) -> Option<String> {
    if prompt.is_empty() {
        return Some("this question has no text".into());
    }
    match answer {
        Answer::Choice { multiple, options } => {
            if options.len() < 2 || options.iter().any(|o| o.text.is_empty()) {
                return Some("a choice question needs two or more answers with text".into());
            }
            let best = if *multiple {
                options.iter().map(|o| o.weight.max(0.0)).sum::<f64>()
            } else {
                options.iter().map(|o| o.weight).fold(0.0, f64::max)
            };
            (best + 1e-6 < 1.0).then(|| "no answer to this question earns full marks".into())
        }
        Answer::Short { accept } if accept.iter().all(|a| a.is_empty()) => {
            Some("no answer to this question earns full marks".into())
        }
        Answer::Matching { pairs }
            if pairs.len() < 2 || pairs.iter().any(|(i, o)| i.is_empty() || o.is_empty()) =>
        {
            Some("a matching question needs two or more pairs, each with both texts".into())
        }
        Answer::Ordering { items } if items.len() < 2 || items.iter().any(String::is_empty) => {
            Some("an ordering question needs two or more items with text".into())
        }
        _ => None,
    }
}

/// The `<text>` of an element, as plain text when it is HTML (Moodle's default).
fn text_of(el: &Element) -> String {
    let raw = el.child("text").map_or("", |t| t.text.as_str());
    match el.attr("format") {
        None | Some("html") => plain_text(raw),
        _ => raw.trim().to_string(),
    }
}

/// An answer's `fraction` (a percentage) as a share of the marks.
fn fraction(a: &Element) -> f64 {
    a.attr("fraction")
        .and_then(|f| f.trim().parse::<f64>().ok())
        .filter(|f| f.is_finite())
        .map_or(0.0, |f| f / 100.0)
}

/// `<tag format="plain_text"><text>…</text></tag>`.
fn text_el(tag: &str, text: &str, attrs: &str) -> String {
    format!(
        "<{tag}{attrs} format=\"plain_text\"><text>{}</text></{tag}>",
        escape(text)
    )
}

/// A percentage as Moodle writes it.
fn percent(weight: f64) -> String {
    let p = (weight * 100.0 * 100_000.0).round() / 100_000.0;
    format!("{p}")
}

/// `questions` as a Moodle XML quiz.
pub fn write(questions: &[Question]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    for (n, q) in questions.iter().enumerate() {
        let kind = match &q.answer {
            Answer::Choice { .. } => "multichoice",
            Answer::Short { .. } => "shortanswer",
            Answer::Matching { .. } => "matching",
            Answer::Ordering { .. } => "ordering",
            Answer::Essay => "essay",
        };
        let name = q
            .name
            .clone()
            .unwrap_or_else(|| format!("Question {}", n + 1));
        let _ = writeln!(out, "  <question type=\"{kind}\">");
        let _ = writeln!(out, "    <name><text>{}</text></name>", escape(&name));
        let _ = writeln!(out, "    {}", text_el("questiontext", &q.prompt, ""));
        if let Some(f) = &q.feedback {
            let _ = writeln!(out, "    {}", text_el("generalfeedback", f, ""));
        }
        let _ = writeln!(out, "    <defaultgrade>{}</defaultgrade>", q.points);
        match &q.answer {
            Answer::Choice { multiple, options } => {
                let _ = writeln!(out, "    <single>{}</single>", !multiple);
                out.push_str("    <shuffleanswers>0</shuffleanswers>\n");
                for o in options {
                    let fraction = format!(" fraction=\"{}\"", percent(o.weight));
                    let feedback = o
                        .feedback
                        .as_ref()
                        .map(|f| text_el("feedback", f, ""))
                        .unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "    <answer{fraction} format=\"plain_text\"><text>{}</text>{feedback}</answer>",
                        escape(&o.text)
                    );
                }
            }
            Answer::Short { accept } => {
                out.push_str("    <usecase>0</usecase>\n");
                for a in accept {
                    let _ = writeln!(out, "    {}", text_el("answer", a, " fraction=\"100\""));
                }
            }
            Answer::Matching { pairs } => {
                out.push_str("    <shuffleanswers>1</shuffleanswers>\n");
                for (item, option) in pairs {
                    let _ = writeln!(
                        out,
                        "    <subquestion format=\"plain_text\"><text>{}</text><answer><text>{}</text></answer></subquestion>",
                        escape(item),
                        escape(option)
                    );
                }
            }
            Answer::Ordering { items } => {
                for (i, item) in items.iter().enumerate() {
                    let attr = format!(" fraction=\"{}\"", i + 1);
                    let _ = writeln!(out, "    {}", text_el("answer", item, &attr));
                }
            }
            Answer::Essay => {
                out.push_str("    <responseformat>plain</responseformat>\n");
                out.push_str("    <responsefieldlines>15</responsefieldlines>\n");
            }
        }
        out.push_str("  </question>\n");
    }
    out.push_str("</quiz>\n");
    out
}
