//! `cargo xtask bench-country`: the analysts' aim (issue 8) measured the
//! same way every time. A synthetic country (`ukuk synth`, seed 1, 1.7
//! million households by default, made once and kept under
//! `target/bench-country/`, its name carrying [`SYNTH_SHAPE`]: delete it
//! when `ukuk synth` draws other households) goes from
//! Parquet to Parquet with `ukuk batch`,
//! a few times; each run's wall time, CPU time and peak memory are printed,
//! then the mean and the best against the aim (2 s, 1 GB).
//!
//! The population is drawn and evaluated on one fixed date, so that every
//! household is evaluated: a run that skips any (a birth after the date, …)
//! is an error, not a figure. With `--pgo`, the build timed is the
//! profile-guided one (`cargo xtask pgo`). With `--against BIN`, another build of `ukuk`
//! runs in turns with this one, the way two builds are compared on a
//! machine whose speed changes from minute to minute, and the two results
//! files must be the same bytes.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::util::Result;

/// The date the population is drawn for and evaluated on.
const DATE: &str = "2026-09-01";
/// Kyrgyzstan's households, about (issue 8): `ukuk_pop::synth::COUNTRY_HOUSEHOLDS`,
/// which a test holds this to (xtask does not build the population crate).
const COUNTRY: u64 = 1_700_000;
/// The shape of `ukuk synth`'s Parquet file, in the kept country's name: a
/// change of its columns' types (2: typed columns, not text) draws the
/// country again.
const SYNTH_SHAPE: u32 = 2;
/// The aim: the country file to file in under 2 s, in at most 1 GB.
const AIM_SECONDS: f64 = 2.0;
const AIM_KB: u64 = 1 << 20;

/// One run: wall and CPU seconds, peak memory in KB (CPU and peak need
/// `/usr/bin/time`; without it they are not known).
struct Run {
    wall: f64,
    cpu: Option<f64>,
    peak_kb: Option<u64>,
}

pub fn command(root: &Path, args: &[String]) -> Result<()> {
    let mut households = COUNTRY;
    let mut runs = 5usize;
    let mut against: Option<PathBuf> = None;
    let mut build = true;
    let mut pgo = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |what: &str| it.next().cloned().ok_or_else(|| format!("`{a}` needs {what}"));
        match a.as_str() {
            "--households" => households = value("a number")?.parse().map_err(|_| "`--households` needs a number")?,
            "--runs" => runs = value("a number")?.parse().map_err(|_| "`--runs` needs a number")?,
            "--against" => against = Some(PathBuf::from(value("the path of another `ukuk`")?)),
            "--no-build" => build = false,
            "--pgo" => pgo = true,
            other => return Err(format!("unknown option `{other}` (see `cargo xtask help`)").into()),
        }
    }
    if households == 0 || runs == 0 {
        return Err("`--households` and `--runs` must be above zero".into());
    }
    if build && pgo {
        crate::pgo::command(root, &[])?;
    } else if build {
        let status = Command::new(env!("CARGO")).args(["build", "--release", "-p", "ukuk-cli"]).current_dir(root).status()?;
        if !status.success() {
            return Err("cargo build --release -p ukuk-cli failed".into());
        }
    }
    let ukuk = if pgo { crate::pgo::cli(root) } else { root.join("target").join("release").join("ukuk") };
    if !ukuk.is_file() {
        return Err(format!("{} is missing: build it (without --no-build)", ukuk.display()).into());
    }
    let dir = root.join("target").join("bench-country");
    std::fs::create_dir_all(&dir)?;
    let population = dir.join(format!("p{households}-seed1-{DATE}-shape{SYNTH_SHAPE}.parquet"));
    if !population.exists() {
        println!("Drawing {households} households (seed 1, {DATE}) into {} …", population.display());
        let partial = dir.join("drawing.parquet");
        let n = households.to_string();
        let status = Command::new(&ukuk)
            .args(["synth", "--households", &n, "--seed", "1", "--date", DATE, "--out"])
            .env("LANG", "en_US.UTF-8")
            .arg(&partial)
            .status()?;
        if !status.success() {
            return Err("ukuk synth failed".into());
        }
        std::fs::rename(&partial, &population)?;
    }
    let timer = Path::new("/usr/bin/time").exists();
    if !timer {
        println!("(/usr/bin/time is missing: wall times only)");
    }
    let builds: Vec<(&str, PathBuf)> = match &against {
        Some(other) => vec![("other", other.clone()), ("this", ukuk.clone())],
        None => vec![("this", ukuk.clone())],
    };
    let mut results: Vec<Vec<Run>> = builds.iter().map(|_| Vec::new()).collect();
    for turn in 1..=runs {
        for ((name, bin), done) in builds.iter().zip(results.iter_mut()) {
            let out = dir.join(format!("results-{name}.parquet"));
            let run = batch(bin, &population, &out, timer)?;
            println!("run {turn} {name}: {}", describe(&run, households));
            done.push(run);
        }
    }
    println!();
    for ((name, bin), done) in builds.iter().zip(&results) {
        let mean = done.iter().map(|r| r.wall).sum::<f64>() / done.len() as f64;
        let best = done.iter().map(|r| r.wall).fold(f64::INFINITY, f64::min);
        let cpu: Option<f64> = done.iter().map(|r| r.cpu).sum::<Option<f64>>().map(|c| c / done.len() as f64);
        let peak = done.iter().filter_map(|r| r.peak_kb).max();
        println!(
            "{name} ({}): {households} households, wall mean {mean:.2} s, best {best:.2} s ({:.0} households/s at the mean){}{}",
            bin.display(),
            households as f64 / mean,
            cpu.map(|c| format!(", CPU {c:.2} s")).unwrap_or_default(),
            peak.map(|p| format!(", peak {:.0} MB", p as f64 / 1024.0)).unwrap_or_default(),
        );
        if households == COUNTRY {
            let memory = peak.map_or("not measured".to_string(), |p| if p <= AIM_KB { "met".into() } else { "missed".into() });
            println!(
                "  the aim (the country in under {AIM_SECONDS} s, at most 1 GB): time {} at the best run, {} at the mean; memory {memory}",
                if best < AIM_SECONDS { "met" } else { "missed" },
                if mean < AIM_SECONDS { "met" } else { "missed" },
            );
        }
    }
    if against.is_some() {
        let a = std::fs::read(dir.join("results-other.parquet"))?;
        let b = std::fs::read(dir.join("results-this.parquet"))?;
        if a != b {
            return Err("the two builds wrote different results".into());
        }
        println!("The two builds wrote the same results, byte for byte.");
    }
    Ok(())
}

/// One `ukuk batch` of the population; an error if it fails or skips a household.
fn batch(ukuk: &Path, population: &Path, out: &Path, timer: bool) -> Result<Run> {
    let mut cmd = if timer {
        let mut c = Command::new("/usr/bin/time");
        c.args(["-f", "UKUK-TIME %e %U %S %M"]).arg(ukuk);
        c
    } else {
        Command::new(ukuk)
    };
    cmd.arg("batch").arg(population).arg("--out").arg(out).args(["--date", DATE]);
    // Messages in English, whatever the machine's language.
    cmd.env("LANG", "en_US.UTF-8");
    let start = Instant::now();
    let output = cmd.output()?;
    let wall = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        let head: String = stderr.lines().take(5).collect::<Vec<_>>().join("\n");
        return Err(format!("{} batch failed or skipped households ({}):\n{head}", ukuk.display(), output.status).into());
    }
    let figures = stderr.lines().find_map(|l| l.strip_prefix("UKUK-TIME ")).map(|l| l.split_whitespace().collect::<Vec<_>>());
    let number = |i: usize| figures.as_ref().and_then(|f| f.get(i)).and_then(|v| v.parse::<f64>().ok());
    Ok(Run {
        wall: number(0).unwrap_or(wall),
        cpu: number(1).zip(number(2)).map(|(user, system)| user + system),
        peak_kb: number(3).map(|kb| kb as u64),
    })
}

fn describe(run: &Run, households: u64) -> String {
    format!(
        "{:.2} s ({:.0} households/s){}{}",
        run.wall,
        households as f64 / run.wall,
        run.cpu.map(|c| format!(", CPU {c:.2} s")).unwrap_or_default(),
        run.peak_kb.map(|p| format!(", peak {:.0} MB", p as f64 / 1024.0)).unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    /// The country drawn here is the one `ukuk synth` weights its
    /// households to.
    #[test]
    fn the_country_is_the_one_synth_weights_to() {
        let synth = include_str!("../../ukuk-pop/src/synth.rs");
        let line = synth.lines().find(|l| l.starts_with("pub const COUNTRY_HOUSEHOLDS: u64 = ")).expect("the constant");
        let value: u64 =
            line.trim_start_matches("pub const COUNTRY_HOUSEHOLDS: u64 = ").trim_end_matches(';').replace('_', "").parse().unwrap();
        assert_eq!(value, super::COUNTRY);
    }
}
