//! Checks of the code's shape that the compiler cannot make, run with `cargo test`: imports
//! point one way between layers ([`layers`]). ARCHITECTURE.md describes them.

mod layers;
mod scan;
