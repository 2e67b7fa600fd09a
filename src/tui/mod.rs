//! The terminal UI: browse a unit, do each activity, see the marks.
//!
//! Built the Elm way: a key or click becomes an [`action::Action`] ([`keymap`]),
//! [`app::update`] applies it to the [`app::App`] state, and the views draw the state
//! (`impl Widget for &App`, [`view`]) without changing it. Each screen is one module of
//! [`screen`] holding its state, its bindings in the key table, its `update`, its
//! geometry and its `view`; what the screens share is here. Where things are and how far
//! they scroll ([`geometry`], measuring the lines of [`content`]) is shared by update and
//! the views and names neither. Work outside the state (saving a draft or an attempt in the progress
//! database) is an [`action::Effect`] the runner ([`run`](mod@run), with [`persist`])
//! performs. The event loop itself ([`runtime`]) is the same for the class results
//! ([`class`]).

pub mod action;
pub mod app;
pub mod class;
pub mod content;
pub mod cursor;
pub mod editor;
pub mod form;
pub mod geometry;
pub mod input;
pub mod keymap;
pub mod keys;
pub mod paste;
pub mod persist;
pub mod pointer;
pub mod progress;
pub mod query;
pub mod review;
pub mod run;
pub mod runtime;
pub mod screen;
pub mod shuffle;
pub mod task;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod work;
pub mod wrap;

pub use app::{App, update};
pub use run::run;
