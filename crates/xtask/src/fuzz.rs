//! `cargo xtask fuzz`: libFuzzer on the engine's JSON entry point
//! (`crates/ukuk-fuzz/fuzz_targets/eval_json.rs`), through cargo-fuzz.
//!
//! cargo-fuzz is installed from crates.io at a pinned version when missing.
//! The corpus lives in `target/fuzz-corpus/eval_json` and is seeded with the
//! household of every case file, so the fuzzer starts from real households.
//! It runs without a sanitizer (`-s none`: the stable toolchain has none)
//! but with debug assertions, so an arithmetic overflow is a crash too.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::util::{self, Result};

/// The cargo-fuzz release `cargo xtask fuzz` installs.
pub const CARGO_FUZZ_VERSION: &str = "0.13.2";
const TARGET: &str = "eval_json";

/// What a run did.
pub struct Report {
    pub executions: u64,
    pub seconds: u64,
    pub corpus: usize,
}

impl Report {
    pub fn print(&self) {
        let rate = self.executions / self.seconds.max(1);
        println!("fuzz {TARGET}: {} executions in {} s ({rate}/s), no crash; corpus {} inputs", self.executions, self.seconds, self.corpus);
    }
}

fn cargo_fuzz_installed() -> bool {
    util::output(util::cargo().args(["fuzz", "--version"])).is_some_and(|v| v.contains(CARGO_FUZZ_VERSION))
}

/// Installs cargo-fuzz from crates.io (compiled here, no prebuilt binary).
pub fn ensure_cargo_fuzz() -> Result<()> {
    if cargo_fuzz_installed() {
        return Ok(());
    }
    println!("cargo-fuzz {CARGO_FUZZ_VERSION} is missing; installing it from crates.io.");
    util::run(util::cargo().args(["install", "cargo-fuzz", "--locked", "--version", &format!("={CARGO_FUZZ_VERSION}")]))?;
    if !cargo_fuzz_installed() {
        return Err("`cargo install cargo-fuzz` did not install it".into());
    }
    Ok(())
}

/// The corpus folder, seeded with the case files' households when new.
fn corpus(root: &Path, target: &Path) -> Result<PathBuf> {
    let dir = target.join("fuzz-corpus").join(TARGET);
    std::fs::create_dir_all(&dir)?;
    let seeded = std::fs::read_dir(&dir)?.next().is_some();
    if !seeded {
        let seeds = target.join("fuzz-seeds").join(std::process::id().to_string());
        util::run(
            util::cargo()
                .args(["run", "--quiet", "--package", "ukuk-wasm", "--example", "case_inputs", "--"])
                .arg(&seeds)
                .current_dir(root),
        )?;
        for e in std::fs::read_dir(&seeds)?.flatten() {
            let name = e.file_name();
            if name.to_string_lossy() != "cases.json" {
                std::fs::copy(e.path(), dir.join(name))?;
            }
        }
        let _ = std::fs::remove_dir_all(&seeds);
    }
    Ok(dir)
}

/// Runs the fuzzer for `seconds` on `jobs` processes; fails on a crash.
pub fn run(root: &Path, seconds: u64, jobs: u32) -> Result<Report> {
    ensure_cargo_fuzz()?;
    let target = crate::dist::target_dir(root)?;
    let dir = corpus(root, &target)?;
    let started = Instant::now();
    let mut cmd = util::cargo();
    cmd.args(["fuzz", "run", "--fuzz-dir", "crates/ukuk-fuzz", "--sanitizer", "none", "--debug-assertions", "--target-dir"])
        .arg(target.join("fuzz"))
        .arg(TARGET)
        .arg(&dir)
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg("-print_final_stats=1")
        .arg("-max_len=65536")
        .current_dir(root);
    if jobs > 1 {
        cmd.arg(format!("-jobs={jobs}")).arg(format!("-workers={jobs}"));
    }
    let out = cmd.output()?;
    let log = String::from_utf8_lossy(&out.stderr);
    // libFuzzer's own summary: "stat::number_of_executed_units: N" (one per process).
    let executions: u64 =
        log.lines().filter_map(|l| l.strip_prefix("stat::number_of_executed_units:")).filter_map(|n| n.trim().parse::<u64>().ok()).sum();
    if !out.status.success() {
        let tail: Vec<&str> = log.lines().rev().take(40).collect();
        for l in tail.iter().rev() {
            eprintln!("{l}");
        }
        return Err(format!("the fuzzer found a crash (see above; the input is in crates/ukuk-fuzz/artifacts/{TARGET})").into());
    }
    let corpus = std::fs::read_dir(&dir)?.count();
    Ok(Report { executions, seconds: started.elapsed().as_secs(), corpus })
}

/// `cargo xtask fuzz [--seconds N] [--jobs N]`.
pub fn command(root: &Path, args: &[String]) -> Result<()> {
    let (mut seconds, mut jobs) = (600u64, 1u32);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |what: &str| it.next().ok_or_else(|| format!("`{a}` needs {what}"));
        match a.as_str() {
            "--seconds" => seconds = value("a number of seconds")?.parse().map_err(|_| "bad --seconds")?,
            "--jobs" => jobs = value("a number of processes")?.parse().map_err(|_| "bad --jobs")?,
            other => return Err(format!("unknown option `{other}` (see `cargo xtask help`)").into()),
        }
    }
    util::heading(&format!("[fuzz] {TARGET} for {seconds} s on {jobs} process(es)"));
    run(root, seconds, jobs)?.print();
    Ok(())
}
