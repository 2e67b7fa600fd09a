//! A small unit for the writer: two earlier activities whose answers a report's section
//! links as notes, a report, and an essay; and helpers to type and to read the screen.

#![allow(dead_code)]

use classwork::activity::Unit;
use classwork::tui::action::Action;
use classwork::tui::app::App;
use classwork::tui::theme::Theme;

pub use crate::tui_fixtures::{CATEGORIZE, GRID, activity, apply, draw, sources};

pub const REPORT: &str = r#"
schema_version = 1
id = "report"
kind = "report"
title = "Report to Stalin"
instructions = "Advise Stalin: an agreement with Germany, or with Britain and France?"
hints = ["Write as an adviser in August 1939."]

[[cover]]
id = "title"
label = "Title"
placeholder = "Germany or the West?"

[[cover]]
id = "from"
label = "From"
placeholder = "Your name and post"

[[cover]]
id = "for"
label = "For"
value = "Comrade Stalin"

[[cover]]
id = "date"
label = "Date"
value = "10 August 1939"

[[sections]]
id = "collective_security"
heading = "Collective security"
guidance = ["What did collective security achieve?", "Who was its public face?"]
notes_from = ["commissars", "relations"]

[sections.words]
min = 10
max = 40
points = 1

[[sections.keywords]]
id = "league"
alternatives = ["League of Nations", "League"]
missed = "Did you mention the League of Nations?"

[[sections.keywords]]
id = "litvinov"
alternatives = ["Litvinov"]
missed = "Which Commissar was the face of collective security?"

[[sections]]
id = "munich"
heading = "The Munich Conference"
guidance = ["Who was invited to Munich, and who was not?"]

[sections.words]
max = 30
points = 1

[[sections.keywords]]
id = "excluded"
alternatives = ["not invited", "excluded", "left out"]
missed = "Was the USSR invited to Munich?"

[[sections.rubric]]
id = "lesson"
criterion = "Draws a lesson from Munich"

[[sections.rubric.levels]]
points = 0
description = "No lesson drawn."

[[sections.rubric.levels]]
points = 2
description = "A clear lesson for the USSR."

[[sections]]
id = "recommendations"
heading = "Recommendations"
guidance = ["Which side should the USSR choose, and on what terms?"]

[sections.words]
min = 5
max = 60

[decision]
prompt = "Germany, or Britain and France?"
section = "recommendations"
points = 2

[[decision.options]]
id = "germany"
label = "Germany"
alternatives = ["Germany", "Hitler", "Berlin"]

[[decision.options]]
id = "allies"
label = "Britain and France"
alternatives = ["Britain", "France", "London"]

[[rubric]]
id = "judgement"
criterion = "A clear recommendation that follows from the report"

[[rubric.levels]]
points = 0
description = "No recommendation."

[[rubric.levels]]
points = 2
description = "Clear, but loosely argued."

[[rubric.levels]]
points = 4
description = "Clear, well argued, with terms."
"#;

pub const ESSAY: &str = r#"
schema_version = 1
id = "essay"
kind = "essay"
title = "Why did Stalin choose Germany?"
instructions = "Why did Stalin make an agreement with Germany in 1939?"
guidance = ["Security: how did the pact keep the USSR out of war?", "Conclude: which reason mattered most?"]

[words]
min = 20
max = 80
points = 1

[[keywords]]
id = "security"
alternatives = ["security", "neutral*"]
missed = "How did the pact promise to keep the USSR out of the war?"
"#;

/// Positions in [`unit`].
pub const GRID_AT: usize = 0;
/// The categorize.
pub const CATEGORIZE_AT: usize = 1;
/// The report.
pub const REPORT_AT: usize = 2;
/// The essay.
pub const ESSAY_AT: usize = 3;

/// The grid and the categorize the report links, the report, and the essay.
pub fn unit() -> Unit {
    Unit {
        id: "writer-unit".into(),
        title: "A writing unit".into(),
        description: None,
        activities: [GRID, CATEGORIZE, REPORT, ESSAY]
            .iter()
            .map(|t| activity(t))
            .collect(),
        sources: sources(),
        exam: None,
    }
}

/// The UI on the writing unit, scored by the real rules, in the plain theme.
pub fn app() -> App {
    let mut app = App::new(unit(), classwork::scoring::score_with_sources, Some(1));
    app.theme = Theme::plain();
    app
}

/// The actions that type `text` (a line break is a new line).
pub fn typed(text: &str) -> Vec<Action> {
    text.chars()
        .map(|c| {
            if c == '\n' {
                Action::Newline
            } else {
                Action::Char(c)
            }
        })
        .collect()
}

/// Applies actions, then draws at 80×24.
pub fn screen(app: &mut App, actions: &[Action]) -> String {
    apply(app, actions);
    draw(app, 80, 24)
}
