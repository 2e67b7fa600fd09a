//! A small unit of one activity of each kind, built from TOML strings so screen snapshots
//! do not change when the bundled unit does, and helpers to drive and draw the UI.

#![allow(dead_code)]

use classwork::activity::validate::SourceIds;
use classwork::activity::{Activity, Source, SourceKind, Unit};
use classwork::answer::Answer;
use classwork::scoring::{Entry, Outcome, Score, TaskScore};
use classwork::tui::action::Action;
use classwork::tui::app::{App, update};
use classwork::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub const SORT: &str = r#"
schema_version = 1
id = "aims"
kind = "sort"
title = "What were the aims?"
instructions = "Tick every aim each source gives evidence of, and quote the sentence that shows it."
hints = ["Look at who is speaking, and when."]
require_evidence = true

[[columns]]
id = "revolution"
label = "Spreading revolution"
description = "A wish to see revolution spread abroad."

[[columns]]
id = "relations"
label = "Working relationships"
description = "Trade, treaties and diplomacy with capitalist states."

[[columns]]
id = "defence"
label = "Defence of Soviet interests"

[[rows]]
source = "s1"
right = ["revolution"]
explanation = "Lenin calls revolution abroad the chief task."

[[rows]]
source = "s2"
right = ["revolution"]

[[rows]]
id = "trade"
label = "Statement"
text = "We must trade with capitalist countries. Trade keeps the revolution alive."
right = ["relations"]
also_accept = ["defence"]

[[follow_up]]
id = "change"
prompt = "How did the aims change between 1920 and 1939?"
"#;

pub const CATEGORIZE: &str = r#"
schema_version = 1
id = "relations"
kind = "categorize"
title = "Britain and Germany"
instructions = "Put each event in the bucket it belongs to."

[[buckets]]
id = "better"
label = "Strengthened relations with Germany"

[[buckets]]
id = "worse"
label = "Weakened relations with Germany"

[[cards]]
id = "rapallo"
text = "1922: the Treaty of Rapallo restores relations and trade."
bucket = "better"

[[cards]]
id = "berlin"
text = "1926: the Treaty of Berlin renews Rapallo for five years."
bucket = "better"

[[cards]]
id = "trials"
text = "1928: German engineers are put on trial in the Shakhty case."
bucket = "worse"

[[cards]]
id = "hitler"
text = "1933: Hitler takes power and closes the secret military schools."
bucket = "worse"
"#;

pub const MATCH: &str = r#"
schema_version = 1
id = "historians"
kind = "match"
title = "Historians disagree"
instructions = "Match each historian to the interpretation they hold."

[[options]]
id = "security"
label = "Collective security"
description = "Moscow worked for a front against Hitler until the West let it down."

[[options]]
id = "german"
label = "The German school"
description = "Stalin always wanted a deal with Germany."

[[options]]
id = "internal"
label = "Internal politics"
description = "Policy was fought over inside the Politburo."

[[items]]
id = "haslam"
text = "Haslam (1984)"
option = "security"

[[items]]
id = "tucker"
text = "Tucker (1990)"
option = "german"

[[items]]
id = "watt"
text = "Watt (1989)"
option = "internal"
"#;

pub const RANK: &str = r#"
schema_version = 1
id = "factors"
kind = "rank"
title = "What drove Soviet foreign policy?"
instructions = "Put the factors in order, the most important first, and justify your order."
revisit = true

[[items]]
id = "security"
text = "Security and fear of invasion"

[[items]]
id = "ideology"
text = "Ideology"

[[items]]
id = "economy"
text = "Economic backwardness"

[[items]]
id = "leaders"
text = "The views of the leaders"

[justification]
prompt = "Why is your first factor more important than your last?"
min_words = 10
"#;

pub const TIMELINE: &str = r#"
schema_version = 1
id = "road"
kind = "timeline"
title = "The road to the pact"
instructions = "Put the events in the order they happened, earliest first."

[[events]]
id = "pact"
text = "Ribbentrop and Molotov sign the pact"
date = "1939-08-23"

[[events]]
id = "prague"
text = "German troops occupy Prague"
date = "1939-03-15"

[[events]]
id = "litvinov"
text = "Litvinov is dismissed"
date = "1939-05-03"
"#;

pub const GRID: &str = r#"
schema_version = 1
id = "commissars"
kind = "grid"
title = "The Commissars"
instructions = "Fill in each cell in a sentence or two."

[[rows]]
id = "chicherin"
label = "Chicherin"

[[rows]]
id = "litvinov"
label = "Litvinov"

[[columns]]
id = "background"
label = "Background"

[[columns]]
id = "germany"
label = "Attitude to Germany"

[[cells]]
row = "chicherin"
column = "background"
given = "A noble who had served the Tsar's foreign ministry."

[[cells]]
row = "chicherin"
column = "germany"
model_answer = "Favoured Germany: the architect of Rapallo."

[[cells]]
row = "litvinov"
column = "background"
model_answer = "Lived in Britain for years."

[[cells]]
row = "litvinov"
column = "germany"
model_answer = "Distrusted Germany, above all after 1933."
"#;

pub const CHOICE: &str = r#"
schema_version = 1
id = "comintern"
kind = "choice"
title = "The Comintern"
instructions = "Choose the best answer to each question."

[[questions]]
id = "founded"
prompt = "When was the Comintern founded?"

[[questions.options]]
id = "a"
text = "In Moscow in March 1919"
correct = true

[[questions.options]]
id = "b"
text = "In London in 1864"

[[questions]]
id = "aims"
prompt = "Which were aims of the Comintern?"
multiple = true

[[questions.options]]
id = "revolution"
text = "World revolution"
correct = true

[[questions.options]]
id = "trade"
text = "Trade agreements"

[[questions.options]]
id = "parties"
text = "Guiding foreign Communist parties"
correct = true
"#;

pub const SHORT: &str = r#"
schema_version = 1
id = "spain"
kind = "short"
title = "Spain"
instructions = "Answer each question in a sentence or two."

[[questions]]
id = "why"
prompt = "Why did Stalin help the Spanish Republic?"
points = 2
model_answer = "To stop fascism winning another state."
accept = ["*fascis*"]

[[questions]]
id = "cost"
prompt = "What did it cost him?"
accept = ["*gold*"]
"#;

/// Parses and validates one activity, failing the test on any error.
pub fn activity(toml: &str) -> Activity {
    crate::common::activities::load(toml, &SourceIds::of(&sources()))
}

/// The sources of the test unit.
pub fn sources() -> Vec<Source> {
    vec![
        Source {
            id: "s1".into(),
            label: "Source 1".into(),
            who: Some("Lenin".into()),
            when: Some("February 1921".into()),
            kind: SourceKind::Speech,
            text: Some(
                "We have always said that our chief task is the spread of revolution. \
                 Without it we cannot win. The workers of the advanced countries will rise."
                    .into(),
            ),
            description: None,
            citation: Some("V. I. Lenin, 1921".into()),
            verbatim: None,
            note: None,
            vocabulary: Default::default(),
        },
        Source {
            id: "s2".into(),
            label: "Source 2".into(),
            who: Some("Viktor Deni".into()),
            when: Some("1920".into()),
            kind: SourceKind::Cartoon,
            text: None,
            description: Some(
                "Lenin stands on the globe and sweeps kings, priests and capitalists off it."
                    .into(),
            ),
            citation: None,
            verbatim: None,
            note: None,
            vocabulary: Default::default(),
        },
    ]
}

/// A unit of one activity of each kind, in the order of the constants above.
pub fn unit() -> Unit {
    Unit {
        id: "test-unit".into(),
        title: "A test unit".into(),
        description: Some("One activity of each kind, for testing the screens.".into()),
        activities: [SORT, CATEGORIZE, MATCH, RANK, TIMELINE, GRID, CHOICE, SHORT]
            .iter()
            .map(|t| activity(t))
            .collect(),
        sources: sources(),
        exam: None,
    }
}

/// Position of each kind's activity in [`unit`].
pub const SORT_AT: usize = 0;
/// Position of the categorize.
pub const CATEGORIZE_AT: usize = 1;
/// Position of the match.
pub const MATCH_AT: usize = 2;
/// Position of the rank.
pub const RANK_AT: usize = 3;
/// Position of the timeline.
pub const TIMELINE_AT: usize = 4;
/// Position of the grid.
pub const GRID_AT: usize = 5;
/// Position of the choice.
pub const CHOICE_AT: usize = 6;
/// Position of the short.
pub const SHORT_AT: usize = 7;

/// A fixed score, so feedback snapshots do not depend on the scoring rules' wording.
pub fn fixed_score(a: &Activity, _: &Answer, _: &[Source]) -> Score {
    let task = |id: &str, label: &str, marks: f64, outcome: Outcome| TaskScore {
        id: id.into(),
        label: label.into(),
        marks,
        max: 1.0,
        outcome,
        feedback: vec![format!("Why {label} is marked so.").into()],
        model_answer: (outcome != Outcome::Right)
            .then(|| format!("The model answer for {label}.").into()),
        points: Vec::new(),
        highlights: Vec::new(),
        flagged: None,
    };
    let ids: Vec<(String, String)> = match &a.body {
        classwork::activity::Body::Sort(s) => s
            .rows
            .iter()
            .map(|r| (r.id.to_string(), r.label.to_string()))
            .collect(),
        classwork::activity::Body::Categorize(c) => c
            .cards
            .iter()
            .map(|x| (x.id.to_string(), x.id.to_string()))
            .collect(),
        _ => vec![("one".into(), "One".into()), ("two".into(), "Two".into())],
    };
    let outcomes = [
        Outcome::Right,
        Outcome::Wrong,
        Outcome::Partial,
        Outcome::Unanswered,
    ];
    let tasks: Vec<TaskScore> = ids
        .iter()
        .enumerate()
        .map(|(k, (id, label))| {
            let o = outcomes[k % outcomes.len()];
            let m = match o {
                Outcome::Right => 1.0,
                Outcome::Partial => 0.5,
                _ => 0.0,
            };
            task(id, label, m, o)
        })
        .collect();
    let entries = tasks
        .iter()
        .map(|t| Entry {
            task: t.id.clone(),
            marks: t.marks,
            reason: format!("{} is {}", t.label, t.outcome.word()).into(),
        })
        .collect();
    Score {
        marks: tasks.iter().map(|t| t.marks).sum(),
        max: tasks.len() as f64,
        tasks,
        entries,
        feedback: Some("The sources show a shift in emphasis rather than a clean break.".into()),
        awaiting_teacher: 0.0,
    }
}

/// The UI on the test unit, in the plain theme, with a fixed score.
pub fn app() -> App {
    let mut app = App::new(unit(), fixed_score, Some(1));
    app.theme = Theme::plain();
    app
}

/// The UI on the test unit, scored by the real scoring rules.
pub fn scored_app() -> App {
    let mut app = App::new(unit(), classwork::scoring::score_with_sources, Some(1));
    app.theme = Theme::plain();
    app
}

/// Applies actions, and the actions they chain, in order.
pub fn apply(app: &mut App, actions: &[Action]) {
    for &a in actions {
        let mut next = Some(a);
        while let Some(a) = next {
            next = update(app, a);
        }
    }
}

/// Draws the app at a size and returns the screen's text.
pub fn draw(app: &mut App, width: u16, height: u16) -> String {
    apply(app, &[Action::Resize { width, height }]);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(&*app, f.area()))
        .expect("drawing on a test terminal");
    terminal.backend().to_string()
}
