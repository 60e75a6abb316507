//! Evaluates the benchmark household N times (default 1), for instruction
//! counts: `valgrind --tool=callgrind target/release/examples/one_eval 1000`
//! against `... one_eval 0` gives the cost of one evaluation. The first
//! argument is the count; the second selects the path: `household` (rules
//! only), `lean` (the rules on the lean path), `value` (read, check and rules: the default) or `text` (JSON text
//! in and out).

use std::hint::black_box;

use ukuk_rules::{evaluate, evaluate_household, evaluate_to_json, read_household, Date};

// mimalloc as `malloc` and `free`, as in the command line (its `main.rs`
// says why and how).
#[global_allocator]
static ALLOCATOR: std::alloc::System = std::alloc::System;
#[used]
static MIMALLOC: unsafe extern "C" fn(usize) -> *mut std::ffi::c_void = libmimalloc_sys::mi_malloc;

const HOUSEHOLD: &str = include_str!("../benches/household.json");

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let path = args.next().unwrap_or_else(|| "value".into());
    let today = Date::parse("2020-06-15").expect("a date");
    let value: serde_json::Value = serde_json::from_str(HOUSEHOLD).expect("JSON");
    let household = read_household(&value, today).expect("valid");
    // Something of each result is used, so that no evaluation is optimised away.
    let mut checksum = 0usize;
    for _ in 0..n {
        match path.as_str() {
            "household" => checksum += black_box(evaluate_household(black_box(&household))).reasons_len(),
            "lean" => checksum += ukuk_rules::output::with_lean(|| black_box(evaluate_household(black_box(&household))).reasons_len()),
            "value" => checksum += black_box(evaluate(black_box(&value), today)).map_or(0, |o| o.reasons_len()),
            "text" => checksum += black_box(evaluate_to_json(black_box(HOUSEHOLD), today)).0.len(),
            other => panic!("unknown path {other}"),
        }
    }
    println!("{n} evaluations ({path}), checksum {checksum}");
}

trait ReasonsLen {
    fn reasons_len(&self) -> usize;
}

impl ReasonsLen for ukuk_rules::Output {
    fn reasons_len(&self) -> usize {
        self.benefits.iter().map(|b| b.reasons().len()).sum()
    }
}
