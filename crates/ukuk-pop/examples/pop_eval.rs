//! Evaluates 1 000 synthetic households (`ukuk synth --seed 1`, the day
//! 2026-09-01) N times, for instruction counts on a population rather than
//! on one heavy household: `valgrind --tool=callgrind
//! target/release/examples/pop_eval 10 lean`, minus the count for N = 0,
//! divided by 10 000, is one household. The second argument is `lean` (the
//! default) or `full`. Build with `cargo build --profile bench --example
//! pop_eval -p ukuk-pop`.

use std::hint::black_box;

use ukuk_rules::{evaluate_household, output::with_lean, read_household, Date, Household};

// mimalloc as `malloc` and `free`, as in the command line (its `main.rs`
// says why and how).
#[global_allocator]
static ALLOCATOR: std::alloc::System = std::alloc::System;
#[used]
static MIMALLOC: unsafe extern "C" fn(usize) -> *mut std::ffi::c_void = libmimalloc_sys::mi_malloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let lean = args.next().is_none_or(|p| p == "lean");
    let on = Date::parse("2026-09-01").expect("a date");
    let households: Vec<Household> = ukuk_pop::synth::population(1_000, 1, on)
        .map(|s| read_household(&s.household, on).expect("a synthetic household is valid"))
        .collect();
    let eval = |h: &Household| evaluate_household(black_box(h)).benefits.len();
    let mut checksum = 0usize;
    for _ in 0..n {
        checksum += if lean { with_lean(|| households.iter().map(eval).sum::<usize>()) } else { households.iter().map(eval).sum() };
    }
    println!("{n} rounds of {} households ({}), checksum {checksum}", households.len(), if lean { "lean" } else { "full" });
}
