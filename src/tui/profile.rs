//! The profile screen: "What is your name?" on first use, and the list of profiles to
//! switch to (with a new one at the end) from the home screen.

use super::action::{Action, Effect};
use super::app::{App, Screen};

/// The longest name a profile takes, in characters.
pub const MAX_NAME: usize = 40;

/// Where the student is on the profile screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileState {
    /// The row under the cursor: a profile's position, or one past the last for a new one.
    pub cursor: usize,
    /// The new name typed so far.
    pub name: String,
}

impl ProfileState {
    /// The screen with the cursor on the profile in use, else on a new name.
    pub fn new(app: &App) -> Self {
        let names = &app.progress.profiles;
        let current = app.progress.student.as_ref();
        ProfileState {
            cursor: current
                .and_then(|s| names.iter().position(|n| n == s))
                .unwrap_or(names.len()),
            name: String::new(),
        }
    }
}

/// Opens the profile screen, saving every draft of the profile being left first.
pub fn switch(app: &mut App) {
    let all = app.unsaved_work();
    app.save_drafts(&all);
    app.editor = None;
    app.screen = Screen::Profile(ProfileState::new(app));
}

/// Applies an action on the profile screen.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let Screen::Profile(st) = &mut app.screen else {
        return None;
    };
    let names = &app.progress.profiles;
    let new = names.len();
    match action {
        Action::Up => st.cursor = st.cursor.saturating_sub(1),
        Action::Down => st.cursor = (st.cursor + 1).min(new),
        Action::Char(c) if !c.is_control() => {
            st.cursor = new;
            if st.name.chars().count() < MAX_NAME {
                st.name.push(c);
            }
        }
        Action::Backspace => {
            st.cursor = new;
            st.name.pop();
        }
        Action::Activate => {
            let chosen = match names.get(st.cursor) {
                Some(name) => name.clone(),
                None => st.name.trim().to_string(),
            };
            if chosen.is_empty() {
                app.notice = Some("Type your name, then press Enter.".into());
            } else {
                app.effects.push(Effect::ChooseProfile(chosen));
            }
        }
        Action::Back if app.progress.student.is_some() => app.screen = Screen::Home,
        _ => {}
    }
    None
}
