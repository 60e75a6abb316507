//! The engine's part of the training run of a profile-guided build
//! (`cargo xtask pgo`): evaluates every household of the JSON Lines files
//! given (as `ukuk synth` writes them: a line's `household` is a contract
//! household), on each path the benches time: from a `serde_json::Value`
//! with every reason, the same on the lean path, and JSON text in and out.
//!
//! `train [--rounds N] [--weight W] [--date D] FILE.jsonl... [--cases DIR]`:
//! the households of the files after `--date D` are evaluated on `D` (the
//! date they were drawn for; 2026-09-01 before any); `--cases DIR` adds the
//! case files' households as `cargo run -p ukuk-wasm --example case_inputs`
//! writes them (`DIR/cases.json`, each on its case's date; some are
//! refused, as their cases expect), which check every rule; each household
//! after `--weight W` is evaluated `W` times a round. Built with
//! `-Cprofile-generate`, its run records which branches the engine takes on
//! those households; the benches are then built with what it recorded. It
//! never trains on the benches' own household.

use std::hint::black_box;

use ukuk_rules::{evaluate, evaluate_lean, evaluate_to_json, Date};

// mimalloc as `malloc` and `free`, as in the command line (its `main.rs`
// says why and how).
#[global_allocator]
static ALLOCATOR: std::alloc::System = std::alloc::System;
#[used]
static MIMALLOC: unsafe extern "C" fn(usize) -> *mut std::ffi::c_void = libmimalloc_sys::mi_malloc;

/// A household to evaluate: its contract value, its JSON text, its date,
/// and how many times a round.
struct Training {
    value: serde_json::Value,
    text: String,
    date: Date,
    weight: usize,
}

fn main() -> Result<(), String> {
    let mut rounds = 1usize;
    let mut weight = 1usize;
    let mut date = Date::parse("2026-09-01").ok_or("a date")?;
    let mut households: Vec<Training> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--rounds" => rounds = args.next().and_then(|n| n.parse().ok()).ok_or("`--rounds` needs a number")?,
            "--weight" => weight = args.next().and_then(|n| n.parse().ok()).ok_or("`--weight` needs a number")?,
            "--date" => date = args.next().as_deref().and_then(Date::parse).ok_or("`--date` needs a date")?,
            "--cases" => {
                let dir = std::path::PathBuf::from(args.next().ok_or("`--cases` needs a folder")?);
                let list = std::fs::read_to_string(dir.join("cases.json")).map_err(|e| format!("{}: {e}", dir.display()))?;
                let list: Vec<serde_json::Value> = serde_json::from_str(&list).map_err(|e| format!("cases.json: {e}"))?;
                for case in list {
                    let (Some(file), Some(today)) = (case["file"].as_str(), case["today"].as_str().and_then(Date::parse)) else {
                        return Err(format!("cases.json: a case without its file or date: {case}"));
                    };
                    let text = std::fs::read_to_string(dir.join(file)).map_err(|e| format!("{file}: {e}"))?;
                    // An input that is not even JSON is left to the case runner.
                    if let Ok(value) = serde_json::from_str(&text) {
                        households.push(Training { value, text, date: today, weight });
                    }
                }
            }
            file => {
                let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    let mut row: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{file}: a line is not JSON: {e}"))?;
                    let value =
                        row.get_mut("household").map(serde_json::Value::take).ok_or(format!("{file}: a line has no `household`"))?;
                    let text = value.to_string();
                    households.push(Training { value, text, date, weight });
                }
            }
        }
    }
    if households.is_empty() {
        return Err("usage: train [--rounds N] [--weight W] [--date D] FILE.jsonl... [--cases DIR]".into());
    }
    let (mut evaluated, mut refused) = (0usize, 0usize);
    for _ in 0..rounds {
        for h in &households {
            for _ in 0..h.weight {
                match black_box(evaluate(black_box(&h.value), h.date)) {
                    Ok(_) => evaluated += 1,
                    Err(_) => refused += 1,
                }
                let _ = black_box(evaluate_lean(black_box(&h.value), h.date));
                let _ = black_box(evaluate_to_json(black_box(&h.text), h.date));
            }
        }
    }
    println!("{evaluated} evaluations on each path, {refused} refused, from {} households", households.len());
    if evaluated == 0 {
        return Err("no household was evaluated".into());
    }
    Ok(())
}
