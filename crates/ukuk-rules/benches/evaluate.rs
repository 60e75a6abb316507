//! How long one household takes: a six-member household with every section
//! filled (incomes of counted and uncounted types, disability, HIV, orphan,
//! hero mother, elderly, vehicles, livestock with an unconvertible animal,
//! two births, unemployment), in `household.json`.
//!
//! * `evaluate_household`: the rules alone, on a household already read;
//! * `evaluate`: reading and checking a `serde_json::Value`, then the rules,
//!   with every reason;
//! * `evaluate_to_json`: JSON text in, JSON text out (the CLI and JS path);
//! * `evaluate_household_lean` and `evaluate_lean`: the same without the
//!   reasons' figures (`ukuk batch`, `ukuk simulate`).
//!
//! Run with `cargo bench -p ukuk-rules --bench evaluate`.
//!
//! The allocator is mimalloc, as `ukuk` (the command line) runs the engine
//! with it: as `malloc` and `free`. glibc's allocator adds about a quarter
//! to the full path (measured 6.18 µs against 4.88 µs).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use ukuk_rules::{evaluate, evaluate_household, evaluate_lean, evaluate_to_json, read_household, Date};

// mimalloc as `malloc` and `free`, as in the command line (its `main.rs`
// says why and how).
#[global_allocator]
static ALLOCATOR: std::alloc::System = std::alloc::System;
#[used]
static MIMALLOC: unsafe extern "C" fn(usize) -> *mut std::ffi::c_void = libmimalloc_sys::mi_malloc;

const HOUSEHOLD: &str = include_str!("household.json");

fn benches(c: &mut Criterion) {
    let today = Date::parse("2020-06-15").expect("a date");
    let value: serde_json::Value = serde_json::from_str(HOUSEHOLD).expect("the bench household is JSON");
    let household = read_household(&value, today).expect("the bench household is valid");
    let out = evaluate_household(&household);
    assert_eq!(out.benefits.len(), ukuk_rules::benefits::REGISTRY.len());
    assert!(out.benefits.iter().map(|b| b.reasons().len()).sum::<usize>() > 40, "every section is exercised");

    c.bench_function("evaluate_household", |b| b.iter(|| evaluate_household(black_box(&household))));
    c.bench_function("evaluate", |b| b.iter(|| evaluate(black_box(&value), black_box(today))));
    c.bench_function("evaluate_household_lean", |b| b.iter(|| ukuk_rules::output::with_lean(|| evaluate_household(black_box(&household)))));
    c.bench_function("evaluate_lean", |b| b.iter(|| evaluate_lean(black_box(&value), black_box(today))));
    c.bench_function("evaluate_to_json", |b| b.iter(|| evaluate_to_json(black_box(HOUSEHOLD), black_box(today))));
}

criterion_group!(evaluate_benches, benches);
criterion_main!(evaluate_benches);
