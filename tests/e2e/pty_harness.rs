//! The pseudo-terminal harness itself: the binary runs in it and its output is read back.

use crate::common;

use common::pty::Terminal;

#[test]
fn the_binary_runs_in_a_pseudo_terminal() {
    let mut term = Terminal::spawn(&["--version"], &[], 80, 24);
    term.wait_for(concat!("classwork ", env!("CARGO_PKG_VERSION")), 20);
    assert_eq!(term.wait_exit(10), Some(0));
}
