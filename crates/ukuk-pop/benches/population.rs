//! What a household of a population costs the engine, on average: 10 000
//! synthetic households (`ukuk synth --seed 1`, the day 2026-09-01), read
//! once, then evaluated one after the other on one core.
//!
//! * `population_lean`: every household on the lean path (`ukuk batch`,
//!   `ukuk simulate`, the Python package);
//! * `population_full`: every household with every reason and its figures.
//!
//! Criterion reports the time for all 10 000; divide by 10 000 for one
//! household (the note and the README give both). The single heavy
//! household with every section filled is `cargo bench -p ukuk-rules`.
//!
//! Run with `cargo bench -p ukuk-pop --bench population`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use ukuk_rules::{evaluate_household, output::with_lean, read_household, Date, Household};

// mimalloc as `malloc` and `free`, as in the command line (its `main.rs`
// says why and how).
#[global_allocator]
static ALLOCATOR: std::alloc::System = std::alloc::System;
#[used]
static MIMALLOC: unsafe extern "C" fn(usize) -> *mut std::ffi::c_void = libmimalloc_sys::mi_malloc;

const HOUSEHOLDS: u64 = 10_000;

fn benches(c: &mut Criterion) {
    let on = Date::parse("2026-09-01").expect("a date");
    let households: Vec<Household> = ukuk_pop::synth::population(HOUSEHOLDS, 1, on)
        .map(|s| read_household(&s.household, on).expect("a synthetic household is valid"))
        .collect();
    assert_eq!(households.len() as u64, HOUSEHOLDS);
    let mut g = c.benchmark_group("population");
    g.sample_size(20);
    g.bench_function("population_lean", |b| {
        b.iter(|| with_lean(|| households.iter().map(|h| evaluate_household(black_box(h)).benefits.len()).sum::<usize>()))
    });
    g.bench_function("population_full", |b| {
        b.iter(|| households.iter().map(|h| evaluate_household(black_box(h)).benefits.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(population_benches, benches);
criterion_main!(population_benches);
