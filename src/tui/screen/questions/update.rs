//! The keys of questions (choice, short, essay, report, follow-up): move between the
//! places the cursor stops, choose an option or write an answer.

use crate::tui::action::Action;
use crate::tui::app::{App, TaskState};
use crate::tui::editor::Editor;
use crate::tui::form;
use crate::tui::form::Input;
use crate::tui::shuffle::shown_fields;
use crate::tui::task::{moved, vertical};

/// Applies an action to the task on screen, whose state is `st`.
pub fn update(app: &mut App, st: &mut TaskState, action: Action) -> Option<Action> {
    let a = &app.unit.activities[st.activity];
    let fields = shown_fields(a, st.part, &app.work[st.activity].options);
    let stops = form::stops(&fields);
    match action {
        Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
            vertical(st, action, stops.len())
        }
        Action::Left | Action::Right => {
            let f = stops.get(st.row).map_or(0, |s| s.0);
            let next = if action == Action::Right {
                stops.iter().position(|s| s.0 > f)
            } else {
                stops.iter().position(|s| f > 0 && s.0 == f - 1)
            };
            if let Some(p) = next {
                moved(st, p);
            }
        }
        Action::Toggle | Action::Activate => {
            let &(f, opt) = stops.get(st.row)?;
            match (&fields[f].input, opt) {
                (
                    Input::Choice {
                        target,
                        multiple,
                        options,
                    },
                    Some(o),
                ) => {
                    let id = &options[o].0;
                    form::choose(&mut app.work[st.activity].answer, target, id, *multiple);
                }
                (Input::Text(t), _) => {
                    let text = form::text(&app.work[st.activity].answer, t);
                    let title = crate::tui::wrap::truncate(&fields[f].prompt, 60);
                    app.editor = Some(Editor::open(t.clone(), title, text, &app.theme));
                }
                _ => {}
            }
        }
        _ => {}
    }
    None
}
