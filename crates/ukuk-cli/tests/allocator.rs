//! `ukuk` runs with mimalloc as its `malloc` and `free` (`src/main.rs` says
//! why): mimalloc comes into the program only if the program refers to it,
//! and serves Rust's `System` allocator only with its `override`, which the
//! workspace's `Cargo.toml` asks for. Without either, every allocation would
//! go to glibc's allocator, the program as right but a quarter slower on the
//! full path, with nothing to show it.

use std::process::Command;

/// mimalloc names itself when `MIMALLOC_VERBOSE` asks it to, as it starts
/// (it is in the program), and its statistics at the end
/// (`MIMALLOC_SHOW_STATS`) count the memory it took from the system for the
/// program's blocks: none when it is linked without `override` and glibc
/// serves `malloc` (measured so in session 17: 0 segments and 0 reserved,
/// against 1 segment and 1 GiB reserved).
#[test]
fn mimalloc_is_the_programs_malloc() {
    let out = Command::new(env!("CARGO_BIN_EXE_ukuk"))
        .args(["rules", "--date", "2026-09-01"])
        .env("MIMALLOC_VERBOSE", "1")
        .env("MIMALLOC_SHOW_STATS", "1")
        .output()
        .expect("ukuk runs");
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.lines().any(|l| l.starts_with("mimalloc: v2.")), "no mimalloc in `ukuk`: {said}");
    // `segments:  PEAK  TOTAL  CURRENT`: the peak of the segments it took.
    let segments = said
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("segments:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|peak| peak.parse::<u64>().ok());
    assert!(segments.is_some_and(|n| n > 0), "mimalloc is in `ukuk` but serves none of its blocks: {said}");
}
