//! What the keys do on the profile screen: choose a profile or type a new name, rename a
//! profile, or delete one (its name typed again to be sure, a copy of its work kept
//! unless the student says not to).

use super::{MAX_NAME, Pending, ProfileState};
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
    // A profile deleted since leaves the cursor past the list.
    st.cursor = st.cursor.min(new);
    if let Some(pending) = st.pending.clone() {
        match action {
            Action::Char(c) if !c.is_control() && st.name.chars().count() < MAX_NAME => {
                st.name.push(c);
            }
            Action::Backspace => {
                st.name.pop();
            }
            Action::Toggle => {
                if let Some(Pending::Delete { keep, .. }) = &mut st.pending {
                    *keep = !*keep;
                }
            }
            Action::Back => {
                st.pending = None;
                st.name.clear();
            }
            Action::Activate => {
                let typed = st.name.trim().to_string();
                match pending {
                    Pending::Rename(from) if !typed.is_empty() => {
                        app.effects.push(Effect::RenameProfile { from, to: typed });
                    }
                    Pending::Delete { name, keep } if typed.eq_ignore_ascii_case(name.trim()) => {
                        app.effects.push(Effect::DeleteProfile { name, keep });
                    }
                    Pending::Rename(_) => {
                        app.notice = Some("Type the new name, then press Enter.".into());
                        return None;
                    }
                    Pending::Delete { name, .. } => {
                        app.notice = Some(format!(
                            "Not deleted: type “{name}” exactly to delete it, or Esc to keep it."
                        ));
                        return None;
                    }
                }
                st.pending = None;
                st.name.clear();
            }
            _ => {}
        }
        return None;
    }
    match action {
        Action::Rename | Action::Delete if st.cursor >= new => {
            app.notice = Some("Choose a profile in the list first.".into());
        }
        Action::Rename => {
            st.pending = Some(Pending::Rename(names[st.cursor].clone()));
            st.name.clear();
        }
        Action::Delete if app.progress.student.as_ref() == names.get(st.cursor) => {
            app.notice =
                Some("That profile is in use: open another before deleting this one.".into());
        }
        Action::Delete => {
            st.pending = Some(Pending::Delete {
                name: names[st.cursor].clone(),
                keep: true,
            });
            st.name.clear();
        }
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
