//! What the keys do on the profile screen: choose a profile or type a new name.

use super::{MAX_NAME, ProfileState};
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Screen};

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
