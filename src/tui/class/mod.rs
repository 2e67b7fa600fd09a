//! The class results in the terminal: the gradebook, item analysis, heat maps, marking
//! and the problems met reading the class, as tabs.
//!
//! Built the Elm way, like the student UI: a key becomes a [`action::ClassAction`]
//! ([`keymap`]), [`update`] applies it to the [`ClassApp`], and the views in [`view`] draw
//! it without changing it. A mark to save is an [`action::Effect`] the runner performs
//! ([`save::perform`]) through the same domain code as `classwork mark`.

pub mod action;
pub mod app;
pub mod geometry;
pub mod keymap;
pub mod marking;
pub mod queue;
pub mod rekey;
pub mod run;
pub mod save;
pub mod view;
pub mod writing;

pub use app::{ClassApp, Live, update};
pub use run::run;
