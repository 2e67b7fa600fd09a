//! Questions in and out of other quiz formats: GIFT, Aiken and Moodle XML are read into
//! [`Question`]s and written as a classwork unit ([`unit_files`]); a unit's questions are
//! written as Moodle XML or a QTI 2.1 content package.
//!
//! What a format cannot say is never dropped in silence: it is listed in a report of
//! warnings ([`Imported::dropped`], [`Exported::dropped`]).

pub mod aiken;
pub mod from_model;
pub mod gift;
pub mod moodle_xml;
pub mod qti;
pub mod to_toml;
mod xml;

use std::io::Write as _;
use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, SourceFile};

pub use from_model::{Exported, questions_of};
pub use to_toml::unit_files;

/// A question as the formats share it.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Its name (GIFT `::title::`, Moodle `<name>`), if it has one.
    pub name: Option<String>,
    /// The question, as plain text.
    pub prompt: String,
    /// Marks.
    pub points: f64,
    /// General feedback.
    pub feedback: Option<String>,
    /// How it is answered.
    pub answer: Answer,
}

/// How a question is answered and keyed.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Choose one option (or several, when `multiple`).
    Choice {
        /// Whether several may be chosen.
        multiple: bool,
        /// The options.
        options: Vec<Choice>,
    },
    /// A short written answer, right when it matches one of these (`*` matches anything).
    Short {
        /// The answers accepted in full.
        accept: Vec<String>,
    },
    /// Each item to its right option: (item, option) pairs.
    Matching {
        /// The pairs.
        pairs: Vec<(String, String)>,
    },
    /// Items to put in order, given in the right order.
    Ordering {
        /// The items, first to last.
        items: Vec<String>,
    },
    /// A long written answer, marked by hand.
    Essay,
}

/// An option of a choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// What it says.
    pub text: String,
    /// Share of the marks for choosing it, from -1 to 1.
    pub weight: f64,
    /// Feedback when chosen.
    pub feedback: Option<String>,
}

/// The formats questions are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Moodle's GIFT text format.
    Gift,
    /// The Aiken text format (choice questions with `ANSWER:` lines).
    Aiken,
    /// Moodle XML.
    MoodleXml,
}

impl Format {
    /// The format of a file: by its extension, else by its text (XML, or Aiken's
    /// `ANSWER:` lines, else GIFT).
    pub fn detect(name: &str, text: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".xml") || text.trim_start().starts_with('<') {
            Format::MoodleXml
        } else if lower.ends_with(".gift") {
            Format::Gift
        } else if text.lines().any(|l| l.trim_start().starts_with("ANSWER:")) && !text.contains('{')
        {
            Format::Aiken
        } else {
            Format::Gift
        }
    }
}

/// Questions read from a file, with what could not be carried over.
#[derive(Debug, Default)]
pub struct Imported {
    /// The questions, in file order.
    pub questions: Vec<Question>,
    /// Warnings: each question or part left out, and why.
    pub dropped: Vec<Diagnostic>,
}

/// Reads the questions of `file` in `format`; a file that cannot be read gives its errors,
/// located.
pub fn import(file: &Arc<SourceFile>, format: Format) -> Result<Imported, Vec<Diagnostic>> {
    let mut imported = match format {
        Format::Gift => gift::read(file),
        Format::Aiken => aiken::read(file),
        Format::MoodleXml => moodle_xml::read(file),
    }?;
    for q in &mut imported.questions {
        if let Answer::Choice { multiple, options } = &mut q.answer {
            round_shares(*multiple, options);
        }
    }
    Ok(imported)
}

/// Shares written with few decimals (Moodle's 33.33333%) made whole again: right options
/// whose shares come within 0.1% of full marks are scaled to reach it exactly.
fn round_shares(multiple: bool, options: &mut [Choice]) {
    let best = if multiple {
        options.iter().map(|o| o.weight.max(0.0)).sum::<f64>()
    } else {
        options.iter().map(|o| o.weight).fold(0.0, f64::max)
    };
    if best > 0.999 && best < 1.0 {
        for o in options.iter_mut().filter(|o| o.weight > 0.0) {
            o.weight = (o.weight / best).min(1.0);
        }
    }
}

/// An id made of `text`: lowercase letters, digits and `-`, starting with a letter.
pub fn id_of(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.starts_with(|c: char| c.is_ascii_lowercase()) {
        id.to_string()
    } else {
        format!("unit-{id}").trim_end_matches('-').to_string()
    }
}

/// Writes `files` (`(name, text)`) into the folder `dir`, made if missing. Nothing is
/// written over: a file there already is an error, and the files before it stay.
pub fn write_files(dir: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, text) in files {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(dir.join(name))?;
        file.write_all(text.as_bytes())?;
    }
    Ok(())
}

/// Plain text from HTML: tags dropped, paragraphs and line breaks kept as line breaks,
/// entities decoded; `None` when it had no markup.
pub fn plain_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(name.as_str(), "br" | "p" | "div" | "li" | "tr")
            && !out.is_empty()
            && !out.ends_with('\n')
        {
            out.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    decoded
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }
            .map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            plain_text("<p>Who built <b>Rocket</b>?</p><p>Say &amp; explain&#33;</p>"),
            "Who built Rocket?\nSay & explain!"
        );
        assert_eq!(plain_text("a &unknown; b < c"), "a &unknown; b < c");
    }

    #[test]
    fn formats_are_told_apart() {
        assert_eq!(Format::detect("q.xml", ""), Format::MoodleXml);
        assert_eq!(
            Format::detect("q.txt", "Q?\nA. x\nB. y\nANSWER: A\n"),
            Format::Aiken
        );
        assert_eq!(Format::detect("q.txt", "Q? {=x ~y}"), Format::Gift);
    }

    #[test]
    fn thirds_written_short_still_make_full_marks() {
        let third = |w: f64| Choice {
            text: "x".into(),
            weight: w,
            feedback: None,
        };
        let mut options = vec![
            third(0.3333333),
            third(0.3333333),
            third(0.3333333),
            third(-1.0),
        ];
        round_shares(true, &mut options);
        let sum: f64 = options.iter().map(|o| o.weight.max(0.0)).sum();
        assert!((sum - 1.0).abs() < 1e-12, "{sum}");
        assert_eq!(options[3].weight, -1.0);
        let mut half = vec![third(0.5), third(0.0)];
        round_shares(false, &mut half);
        assert_eq!(half[0].weight, 0.5, "a real half stays a half");
    }

    #[test]
    fn ids_are_made_of_names() {
        assert_eq!(id_of("Week 3: Railways!"), "week-3-railways");
        assert_eq!(id_of("2024 quiz"), "unit-2024-quiz");
        assert_eq!(id_of("…"), "unit");
    }
}
