//! Activities written as TOML in a test, loaded through the real loader.

use classwork::activity::Activity;
use classwork::activity::validate::SourceIds;
use classwork::answer::{Answer, Response};
use classwork::diagnostic::SourceFile;
use classwork::load::activity_from;

/// The activity a whole file's TOML gives, the unit's sources being `ids`; the test fails on
/// any error.
pub fn load(toml: &str, ids: &SourceIds) -> Activity {
    let file = SourceFile::new("test.toml", toml);
    let mut diagnostics = Vec::new();
    let activity = activity_from(&file, ids, &mut diagnostics);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    activity.expect("the activity loads")
}

/// The activity of a file's TOML without its `schema_version`, in a unit whose one source
/// is `s1`.
pub fn activity(body: &str) -> Activity {
    let ids: SourceIds = ["s1".to_string()].into();
    load(&format!("schema_version = 1\n{body}"), &ids)
}

/// A `short` activity of one question, `q`, whose TOML after its id is `rest` (its prompt,
/// points, model answer and keywords).
pub fn short_question(rest: &str) -> Activity {
    activity(&format!(
        "id = \"s\"\nkind = \"short\"\ntitle = \"T\"\n[[questions]]\nid = \"q\"\n{rest}"
    ))
}

/// An answer that gives `response`, the rest as a new answer has it.
pub fn answer(response: Response) -> Answer {
    Answer {
        response,
        ..Answer::default()
    }
}
