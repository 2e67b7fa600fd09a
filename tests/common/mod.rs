//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod activities;
pub mod class;
pub mod hostile;
pub mod process;
pub mod pty;
