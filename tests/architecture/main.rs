//! Checks of the code's shape that the compiler cannot make, run with `cargo test`: imports
//! point one way between layers ([`layers`]), and every match over kinds names every kind
//! ([`kinds`]). ARCHITECTURE.md describes both.

mod kinds;
mod layers;
mod scan;
mod tui;
