//! A unit whose every text tries to drive the terminal, for the injection tests.

use std::path::Path;

use classwork::text::is_unsafe;

/// What every text of the unit, the sheets, the hand-in and the profile carries.
pub const EVIL: &str = "\u{1b}]0;pwned\u{7} \u{1b}[2J \u{202E}gnp.exe \u{1b}[8mhidden \u{9b}31m \u{2066}x\u{2069} <script>alert(1)</script>";

/// `EVIL` as a TOML basic string's escapes.
pub fn escaped() -> String {
    EVIL.chars()
        .map(|c| match c {
            c if c.is_control() || is_unsafe(c) => format!("\\u{:04X}", u32::from(c)),
            c => c.to_string(),
        })
        .collect()
}

/// Writes the unit (`unit.toml`, a choice activity `quiz` and an essay `essay`) into `dir`.
pub fn unit_files(dir: &Path) {
    let e = escaped();
    let files = [
        (
            "unit.toml",
            format!(
                "schema_version = 1\nid = \"evil\"\ntitle = \"Unit {e}\"\ndescription = \"About {e}\"\nactivities = [\"quiz.toml\", \"essay.toml\"]\n"
            ),
        ),
        (
            "quiz.toml",
            format!(
                "schema_version = 1\nid = \"quiz\"\nkind = \"choice\"\ntitle = \"Quiz {e}\"\ninstructions = \"Choose {e}\"\nhints = [\"Hint {e}\"]\nfeedback = \"Feedback {e}\"\n\n\
                 [[questions]]\nid = \"q\"\nprompt = \"Which? {e}\"\nfeedback = \"Because {e}\"\n\n\
                 [[questions.options]]\nid = \"a\"\ntext = \"Right {e}\"\ncorrect = true\nfeedback = \"Yes {e}\"\n\n\
                 [[questions.options]]\nid = \"b\"\ntext = \"Wrong {e}\"\n"
            ),
        ),
        (
            "essay.toml",
            format!(
                "schema_version = 1\nid = \"essay\"\nkind = \"essay\"\ntitle = \"Essay {e}\"\npoints = 4\ninstructions = \"Write {e}\"\nguidance = [\"Guide {e}\"]\nmodel_answer = \"Model {e}\"\n\n\
                 [[keywords]]\nid = \"trade\"\nalternatives = [\"trade\"]\nfound = \"Found {e}\"\nmissed = \"Missed {e}\"\n\n\
                 [[rubric]]\nid = \"argument\"\ncriterion = \"Argument {e}\"\nlevels = [\n    {{ points = 0, description = \"None {e}\" }},\n    {{ points = 3, description = \"Full {e}\" }},\n]\n"
            ),
        ),
    ];
    std::fs::create_dir_all(dir).expect("the unit folder");
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("written");
    }
}
