//! Changing an activity's key for the whole class, with a preview first: accepting a
//! student's phrasing for a question (one of its accepted answers) or a keyword point (one
//! of the group's alternatives), or making another option the right one of a choice
//! question the item analysis flags as probably keyed wrongly.
//!
//! The activity file is edited with `toml_edit`, so the author's comments and layout are
//! kept; the edited text must load before anything is written. [`regrade`] works out
//! which students' marks the new key changes, and by how much, with the teacher's marks and
//! overrides as they are (an override still stands: see [`super::moderation`]).

use std::path::{Path, PathBuf};

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, value};

use super::class::Class;
use super::marks::Marks;
use super::moderation::split_key;
use crate::activity::validate::SourceIds;
use crate::activity::{Activity, Unit};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::load::activity_from;
use crate::scoring::Detail;

/// A change to an activity's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyChange {
    /// Accept `phrase` for `task` (a written question: one more accepted answer) or for
    /// `task/point` (one more alternative of the keyword point).
    Accept {
        /// `task` or `task/point`.
        target: String,
        /// The phrasing accepted.
        phrase: String,
    },
    /// Make `option` the right option of the choice question `question` (the only right
    /// one, unless the question takes several).
    Key {
        /// The question's id.
        question: String,
        /// The option's id.
        option: String,
    },
}

/// The file of the activity `id` in the unit folder `dir`: the `.toml` file whose `id` it is.
pub fn activity_file(dir: &Path, id: &str) -> Option<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    files.sort();
    files.into_iter().find(|p| {
        std::fs::read_to_string(p)
            .ok()
            .and_then(|t| t.parse::<toml::Table>().ok())
            .is_some_and(|t| t.get("id").and_then(toml::Value::as_str) == Some(id))
    })
}

/// The element of the array of tables `name` of `parent` whose `id` is `id` (or, for
/// keyword groups without an id, whose first alternative is).
fn element<'a>(parent: &'a mut Table, name: &str, id: &str) -> Option<&'a mut Table> {
    let tables: &mut ArrayOfTables = parent.get_mut(name)?.as_array_of_tables_mut()?;
    tables.iter_mut().find(|t| {
        let own = t.get("id").and_then(Item::as_str);
        let first = || {
            t.get("alternatives")
                .and_then(Item::as_array)
                .and_then(|a| a.get(0))
                .and_then(|v| v.as_str())
        };
        own == Some(id) || (own.is_none() && first() == Some(id))
    })
}

/// Adds `phrase` to the array `name` of `table` (made when missing), unless it is there.
fn push_once(table: &mut Table, name: &str, phrase: &str) -> Result<(), String> {
    let array = table
        .entry(name)
        .or_insert_with(|| value(Array::new()))
        .as_array_mut()
        .ok_or_else(|| format!("`{name}` is not a list"))?;
    if array.iter().any(|v| v.as_str() == Some(phrase)) {
        return Err(format!("“{phrase}” is accepted already"));
    }
    array.push(phrase);
    Ok(())
}

/// The activity file's text with `change` made, comments and layout kept.
pub fn edit_key(text: &str, change: &KeyChange) -> Result<String, String> {
    let mut doc = text
        .parse::<DocumentMut>()
        .map_err(|e| e.message().to_string())?;
    let root = doc.as_table_mut();
    match change {
        KeyChange::Accept { target, phrase } => {
            let (task, point) = split_key(target);
            let holder = if task == "essay" && point.is_some() {
                Some(root)
            } else {
                ["questions", "follow_up", "sections"]
                    .into_iter()
                    .find(|n| {
                        root.get(n)
                            .and_then(Item::as_array_of_tables)
                            .is_some_and(|a| {
                                a.iter()
                                    .any(|t| t.get("id").and_then(Item::as_str) == Some(task))
                            })
                    })
                    .and_then(|n| element(root, n, task))
            }
            .ok_or_else(|| format!("no question or section `{task}` to accept a phrasing for"))?;
            match point {
                Some(point) => {
                    let group = element(holder, "keywords", point)
                        .ok_or_else(|| format!("`{task}` has no keyword point `{point}`"))?;
                    push_once(group, "alternatives", phrase)
                }
                None => push_once(holder, "accept", phrase),
            }?;
        }
        KeyChange::Key { question, option } => {
            let q = element(root, "questions", question)
                .ok_or_else(|| format!("no question `{question}`"))?;
            let multiple = q.get("multiple").and_then(Item::as_bool) == Some(true);
            let options = q
                .get_mut("options")
                .and_then(Item::as_array_of_tables_mut)
                .ok_or_else(|| format!("`{question}` has no options"))?;
            if !options
                .iter()
                .any(|o| o.get("id").and_then(Item::as_str) == Some(option))
            {
                return Err(format!("`{question}` has no option `{option}`"));
            }
            for o in options.iter_mut() {
                let chosen = o.get("id").and_then(Item::as_str) == Some(option);
                if chosen {
                    o.insert("correct", value(true));
                    if o.contains_key("weight") {
                        o.insert("weight", value(1.0));
                    }
                } else if !multiple {
                    o.remove("correct");
                    if o.contains_key("weight") {
                        o.insert("weight", value(0.0));
                    }
                }
            }
        }
    }
    Ok(doc.to_string())
}

/// The activity as the edited text `text` (of the file `name`) gives it, checked as
/// `classwork validate` checks it; its problems when it does not load.
pub fn load_edited(name: &str, text: &str, unit: &Unit) -> Result<Activity, Vec<Diagnostic>> {
    let file = SourceFile::new(name, text);
    let ids: SourceIds = unit.sources.iter().map(|s| s.id.clone()).collect();
    let mut diagnostics = Vec::new();
    match activity_from(&file, &ids, &mut diagnostics) {
        Some(a) if !diagnostics.iter().any(Diagnostic::is_error) => Ok(a),
        _ => Err(diagnostics),
    }
}

/// One student's mark for the activity before and after a change of key.
#[derive(Debug, Clone, PartialEq)]
pub struct Regrade {
    /// The student.
    pub student: String,
    /// The final mark now.
    pub before: f64,
    /// The final mark with the new key.
    pub after: f64,
}

impl Regrade {
    /// Whether the mark changes.
    pub fn changes(&self) -> bool {
        (self.after - self.before).abs() > 1e-9
    }
}

/// Each student's final mark for `new` (the activity with its new key) beside the one the
/// class has now, for every student who handed it in; the class read with its answers
/// whole.
pub fn regrade(class: &Class, unit: &Unit, marks: &Marks, new: &Activity) -> Vec<Regrade> {
    class
        .hand_ins
        .iter()
        .filter_map(|h| {
            let sheet = h.sheet(&new.id)?;
            let mut answer = sheet.sheet.answer.clone();
            let student = &h.manifest.student;
            let after = marks
                .final_score(
                    student,
                    new,
                    &mut answer,
                    &unit.sources,
                    Detail::MarksOnly,
                    &mut Vec::new(),
                )
                .score
                .marks;
            Some(Regrade {
                student: student.clone(),
                before: sheet.score.marks,
                after,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHORT: &str = "\
id = \"short\"
[[questions]]
id = \"who\"
accept = [\"Right answer\"] # the author's note

[[questions]]
id = \"why\"
[[questions.keywords]]
id = \"first-point\"
alternatives = [\"keyword\"]
[[questions.keywords]]
alternatives = [\"keyword two\"]
";

    #[test]
    fn a_phrasing_is_accepted_for_a_question_or_a_point_with_comments_kept() {
        let accept = |target: &str, phrase: &str| KeyChange::Accept {
            target: target.into(),
            phrase: phrase.into(),
        };
        let text = edit_key(SHORT, &accept("who", "Right one")).expect("edits");
        assert!(
            text.contains("accept = [\"Right answer\", \"Right one\"] # the author's note"),
            "{text}"
        );
        let text = edit_key(SHORT, &accept("why/first-point", "main word")).expect("edits");
        assert!(
            text.contains("alternatives = [\"keyword\", \"main word\"]"),
            "{text}"
        );
        let text = edit_key(SHORT, &accept("why/keyword two", "second word")).expect("edits");
        assert!(
            text.contains("[\"keyword two\", \"second word\"]"),
            "{text}"
        );
        assert!(edit_key(SHORT, &accept("who", "Right answer")).is_err());
        assert!(edit_key(SHORT, &accept("why/third", "x")).is_err());
        assert!(edit_key(SHORT, &accept("nobody", "x")).is_err());
    }

    #[test]
    fn a_choice_question_is_keyed_again() {
        let text = "[[questions]]\nid = \"q\"\n[[questions.options]]\nid = \"a\"\ncorrect = true\n[[questions.options]]\nid = \"b\"\n";
        let keyed = edit_key(
            text,
            &KeyChange::Key {
                question: "q".into(),
                option: "b".into(),
            },
        )
        .expect("edits");
        assert_eq!(
            keyed,
            "[[questions]]\nid = \"q\"\n[[questions.options]]\nid = \"a\"\n[[questions.options]]\nid = \"b\"\ncorrect = true\n"
        );
    }
}
