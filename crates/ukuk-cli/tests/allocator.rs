//! `ukuk` runs with mimalloc as its `malloc` and `free` (`src/main.rs` says
//! why): mimalloc comes into the program only with its `override`, which the
//! workspace's `Cargo.toml` asks for, and only if the program refers to it.
//! Without that reference the linker would leave mimalloc out, and every
//! allocation would go to glibc's allocator, the program as right but a
//! quarter slower on the full path, with nothing to show it.

use std::process::Command;

/// mimalloc names itself when `MIMALLOC_VERBOSE` asks it to, as it starts:
/// it is in the program.
#[test]
fn mimalloc_is_the_programs_allocator() {
    let out = Command::new(env!("CARGO_BIN_EXE_ukuk")).arg("--version").env("MIMALLOC_VERBOSE", "1").output().expect("ukuk runs");
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.lines().any(|l| l.starts_with("mimalloc: v2.")), "no mimalloc in `ukuk`: {said}");
}
