//! `cargo xtask pgo`: the command line built with profile-guided
//! optimisation, and the engine's benches measured the same way.
//!
//! 1. An instrumented build (`-Cprofile-generate`) of `ukuk` and of the
//!    engine's training example (`crates/ukuk-rules/examples/train.rs`),
//!    under `target/pgo/gen`.
//! 2. A training run ([`train`]): synthetic populations drawn on three dates
//!    (the handbook's law, 2023's, today's) go through `ukuk synth`, `ukuk
//!    batch` (Parquet, CSV, and JSON Lines with every reason) and `ukuk
//!    simulate`, and `ukuk eval` runs on each case file's household; the
//!    example evaluates the JSON Lines households and the
//!    case files' households (which check every rule), about equally
//!    weighted, on the full, lean and text paths. Nothing is trained on the
//!    benches' own household.
//! 3. `llvm-profdata merge` of what the runs recorded, into
//!    `target/pgo/ukuk.profdata`.
//! 4. The final build (`-Cprofile-use`) under `target/pgo/use`: the command
//!    line is `target/pgo/use/release/ukuk`. With `--bench`, the engine's
//!    criterion benches are built and run the same way.
//!
//! The optimiser only lays out and inlines the same code differently: the
//! results are the same bytes (`cargo xtask bench-country --pgo --against
//! target/release/ukuk` checks it on the country).
//!
//! `llvm-profdata` must be of the LLVM version rustc uses: rustup's
//! `llvm-tools`, or Debian's `llvm-<major>` package, which is installed
//! (pinned) when missing and we are root.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::util::{self, Result};

/// Debian's LLVM package of the toolchain's LLVM version (rustc 1.95: LLVM
/// 22), pinned: (major version, package, version).
const DEBIAN_LLVM: (u32, &str, &str) = (22, "llvm-22", "1:22.1.8-1~deb12u1");

/// The dates the training populations are drawn and evaluated on.
const TRAINING_DATES: &[&str] = &["2020-06-15", "2023-03-01", "2026-09-01"];

/// The reform the training simulates.
const TRAINING_REFORM: &str = "examples/reform-gmi-1500.toml";

/// How many households the training draws on each date (Parquet; the CSV
/// and JSON Lines files are smaller).
const TRAINING_HOUSEHOLDS: u64 = 30_000;

pub fn command(root: &Path, args: &[String]) -> Result<()> {
    let mut bench = false;
    for a in args {
        match a.as_str() {
            "--bench" => bench = true,
            other => return Err(format!("unknown option `{other}` (see `cargo xtask help`)").into()),
        }
    }
    let started = Instant::now();
    let profdata_tool = ensure_profdata()?;
    let dir = root.join("target").join("pgo");
    let raw = dir.join("raw");
    let gen = dir.join("gen");
    let profile = dir.join("ukuk.profdata");

    util::heading("[pgo] instrumented build");
    let generate = format!("-Cprofile-generate={}", raw.display());
    util::run(cargo_with(root, &gen, &generate).args(["build", "--release", "-p", "ukuk-cli"]))?;
    util::run(cargo_with(root, &gen, &generate).args(["build", "--profile", "bench", "--example", "train", "-p", "ukuk-rules"]))?;

    util::heading("[pgo] training run");
    // Only the training's records: the build scripts ran instrumented too.
    if raw.exists() {
        std::fs::remove_dir_all(&raw)?;
    }
    let work = dir.join("training");
    let households = train(root, &gen.join("release").join("ukuk"), &work, TRAINING_HOUSEHOLDS)?;
    util::run(Command::new(gen.join("release").join("examples").join("train")).args(["--rounds", "3"]).args(&households))?;

    util::heading("[pgo] merging the profile");
    util::run(Command::new(&profdata_tool).arg("merge").arg("-o").arg(&profile).arg(&raw))?;

    util::heading("[pgo] optimised build");
    let used = use_flag(&profile);
    let final_dir = dir.join("use");
    util::run(cargo_with(root, &final_dir, &used).args(["build", "--release", "-p", "ukuk-cli"]))?;
    println!("\nThe command line, built with its profile: {} ({})", cli(root).display(), util::elapsed(started));
    if bench {
        util::heading("[pgo] the engine's benches, built with the profile");
        util::run(cargo_with(root, &final_dir, &used).args(["bench", "-p", "ukuk-rules", "--bench", "evaluate"]))?;
    }
    Ok(())
}

/// The command line `cargo xtask pgo` builds.
pub fn cli(root: &Path) -> PathBuf {
    root.join("target").join("pgo").join("use").join("release").join("ukuk")
}

/// `-Cprofile-use` of `profile`.
fn use_flag(profile: &Path) -> String {
    format!("-Cprofile-use={}", profile.display())
}

/// Cargo building into `target_dir` with `rustflags`, kept apart from the
/// usual builds (other flags, other artifacts).
fn cargo_with(root: &Path, target_dir: &Path, rustflags: &str) -> Command {
    let mut c = util::cargo();
    c.current_dir(root).env("CARGO_TARGET_DIR", target_dir).env("RUSTFLAGS", rustflags);
    c
}

/// The training workload, run by `ukuk` (any build: `cargo xtask test` runs
/// it small with the debug build, so that it keeps working): on each
/// training date, a population drawn as Parquet, CSV and JSON Lines, each
/// evaluated by `ukuk batch` (the JSON Lines with every reason), and a
/// reform simulated on the Parquet one; then `ukuk eval` of each case
/// file's household. Returns the arguments that give the engine's training
/// example the same households: the JSON Lines files, each after its date,
/// and the case files' households.
pub fn train(root: &Path, ukuk: &Path, work: &Path, households: u64) -> Result<Vec<std::ffi::OsString>> {
    std::fs::create_dir_all(work)?;
    let mut jsonl: Vec<std::ffi::OsString> = Vec::new();
    for (i, date) in TRAINING_DATES.iter().enumerate() {
        let seed = (100 + i).to_string();
        let file = |ext: &str| work.join(format!("population-{date}.{ext}"));
        for (ext, n) in [("parquet", households), ("csv", households.div_ceil(6)), ("jsonl", households.div_ceil(15))] {
            let n = n.to_string();
            let mut synth = Command::new(ukuk);
            synth.args(["synth", "--households", &n, "--seed", &seed, "--date", date, "--out"]).arg(file(ext));
            util::run(&mut synth)?;
        }
        for (ext, reasons) in [("parquet", false), ("csv", false), ("jsonl", true)] {
            let mut batch = Command::new(ukuk);
            batch.arg("batch").arg(file(ext)).arg("--out").arg(work.join(format!("results.{ext}"))).args(["--date", date]);
            if reasons {
                batch.arg("--reasons");
            }
            util::run(&mut batch)?;
        }
        let mut simulate = Command::new(ukuk);
        simulate.arg("simulate").arg(file("parquet")).arg("--reform").arg(root.join(TRAINING_REFORM)).args(["--date", date]);
        simulate.stdout(std::process::Stdio::null());
        util::run(&mut simulate)?;
        jsonl.extend(["--date".into(), date.into(), file("jsonl").into_os_string()]);
    }
    let cases = case_inputs(root, work)?;
    let (mut answered, mut refused) = (0, 0);
    for entry in std::fs::read_dir(work.join("cases"))? {
        let path = entry?.path();
        if path.extension().is_none_or(|x| x != "json") || path.file_name().is_some_and(|n| n == "cases.json") {
            continue;
        }
        // Some cases are refusals (exit code 1): they train the error path.
        let status = Command::new(ukuk).arg("eval").arg(&path).stdout(std::process::Stdio::null()).status()?;
        if status.success() {
            answered += 1;
        } else {
            refused += 1;
        }
    }
    println!("ukuk eval: {answered} case households answered, {refused} refused");
    if answered == 0 {
        return Err("ukuk eval answered no case household".into());
    }
    jsonl.extend(cases);
    Ok(jsonl)
}

/// What `rustc -vV` says of itself.
fn rustc_vv() -> Result<String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    util::output(Command::new(rustc).arg("-vV")).ok_or_else(|| "`rustc -vV` failed".into())
}

/// How many times a round the engine's training evaluates each case
/// household: the case files' 240-odd households, which check every rule,
/// weigh about as much as the synthetic ones (6 000 at full size), which
/// are shaped like the country's.
const CASE_WEIGHT: &str = "25";

/// The case files' households as JSON (`ukuk-wasm`'s `case_inputs`
/// example), and the arguments that give them to the engine's training
/// example.
fn case_inputs(root: &Path, work: &Path) -> Result<Vec<std::ffi::OsString>> {
    let dir = work.join("cases");
    util::run(
        util::cargo().args(["run", "--quiet", "--package", "ukuk-wasm", "--example", "case_inputs", "--"]).arg(&dir).current_dir(root),
    )?;
    Ok(vec!["--weight".into(), CASE_WEIGHT.into(), "--cases".into(), dir.into_os_string()])
}

/// The major version of the LLVM rustc uses (`rustc -vV`: `LLVM version: 22.1.2`).
fn rustc_llvm_major() -> Result<u32> {
    llvm_major(&rustc_vv()?, "LLVM version: ").ok_or_else(|| "`rustc -vV` names no LLVM version".into())
}

/// The major version after `marker` in `text`.
fn llvm_major(text: &str, marker: &str) -> Option<u32> {
    let rest = text.split(marker).nth(1)?;
    rest.split('.').next()?.trim().parse().ok()
}

/// An `llvm-profdata` of rustc's LLVM version: `$UKUK_LLVM_PROFDATA`,
/// rustup's `llvm-tools`, `llvm-profdata-<major>`, Debian's
/// `/usr/lib/llvm-<major>`; else Debian's package, installed when we are root.
fn ensure_profdata() -> Result<PathBuf> {
    let major = rustc_llvm_major()?;
    let fits = |p: &Path| util::output(Command::new(p).arg("--version")).is_some_and(|v| llvm_major(&v, "LLVM version ") == Some(major));
    // rustup's llvm-tools sit in the toolchain, under the host's triple.
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let sysroot = util::output(Command::new(rustc).args(["--print", "sysroot"]));
    let host = rustc_vv()?.lines().find_map(|l| l.strip_prefix("host: ").map(str::to_string));
    let host_tools =
        sysroot.zip(host).map(|(s, host)| Path::new(s.trim()).join("lib").join("rustlib").join(host).join("bin").join("llvm-profdata"));
    let candidates: Vec<PathBuf> = std::env::var_os("UKUK_LLVM_PROFDATA")
        .map(PathBuf::from)
        .into_iter()
        .chain(host_tools)
        .chain(util::which(&format!("llvm-profdata-{major}")))
        .chain([PathBuf::from(format!("/usr/lib/llvm-{major}/bin/llvm-profdata"))])
        .collect();
    if let Some(found) = candidates.iter().find(|p| p.is_file() && fits(p)) {
        return Ok(found.clone());
    }
    let (debian_major, package, version) = DEBIAN_LLVM;
    let installable = major == debian_major && crate::setup::is_root() && util::which("apt-get").is_some();
    if !installable {
        return Err(format!(
            "no llvm-profdata of LLVM {major} (rustc's): install Debian's llvm-{major}, or run \
             `rustup component add llvm-tools`, or set UKUK_LLVM_PROFDATA"
        )
        .into());
    }
    println!("llvm-profdata of LLVM {major} is missing; installing Debian's {package} {version}.");
    util::run(Command::new("apt-get").args(["update", "-q"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
    util::run(
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends", &format!("{package}={version}")])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    let installed = PathBuf::from(format!("/usr/lib/llvm-{major}/bin/llvm-profdata"));
    if !fits(&installed) {
        return Err(format!("installed {package}, but {} is not LLVM {major}'s llvm-profdata", installed.display()).into());
    }
    Ok(installed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The LLVM version is read from rustc's and llvm-profdata's own words.
    #[test]
    fn llvm_versions_are_read() {
        let rustc = "rustc 1.95.0 (59807616e 2026-04-14)\nbinary: rustc\nhost: x86_64-unknown-linux-gnu\nLLVM version: 22.1.2\n";
        assert_eq!(llvm_major(rustc, "LLVM version: "), Some(22));
        let debian = "Debian LLVM version 22.1.8\n  Optimized build.\n";
        assert_eq!(llvm_major(debian, "LLVM version "), Some(22));
        assert_eq!(llvm_major("LLVM (http://llvm.org/):\n  LLVM version 14.0.6\n", "LLVM version "), Some(14));
        assert_eq!(llvm_major("no version here", "LLVM version "), None);
    }

    /// The Debian package pinned is of the LLVM the toolchain uses (when
    /// rustc moves to another LLVM, the pin must follow).
    #[test]
    fn the_pinned_llvm_is_rustcs() {
        let Ok(major) = rustc_llvm_major() else { return };
        assert_eq!(major, DEBIAN_LLVM.0, "rustc uses LLVM {major}: pin Debian's llvm-{major} in DEBIAN_LLVM");
        assert!(DEBIAN_LLVM.1.ends_with(&DEBIAN_LLVM.0.to_string()));
    }

    /// The reform the training simulates exists.
    #[test]
    fn the_training_reform_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        assert!(root.join(TRAINING_REFORM).is_file());
    }
}
