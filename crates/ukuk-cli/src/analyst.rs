//! The analysts' commands: `ukuk synth`, `ukuk batch` and `ukuk simulate`
//! (the work is done by `ukuk-pop`; this is their command line).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use ukuk_pop::batch::{self, Format, Summary};
use ukuk_pop::problem::Problem;
use ukuk_rules::Date;

use crate::Cli;

/// Exit status when households were skipped as bad rows (the rest written).
const SKIPPED: u8 = 3;

/// `--flag value` / `--flag=value` / bare switches, and positional arguments.
struct Args {
    positional: Vec<String>,
    values: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Args {
    fn parse(cli: &Cli, args: &[String], with_value: &[&str], switches: &[&str]) -> Result<Args, ExitCode> {
        let mut out = Args { positional: vec![], values: vec![], switches: vec![] };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if let Some(flag) = a.strip_prefix("--") {
                let (name, inline) = match flag.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (flag, None),
                };
                if with_value.contains(&name) {
                    match inline.or_else(|| it.next().cloned()) {
                        Some(v) => out.values.push((name.to_string(), v)),
                        None => return Err(cli.usage_error("cli-error-missing-value", &[("flag", a)])),
                    }
                } else if switches.contains(&name) && inline.is_none() {
                    out.switches.push(name.to_string());
                } else {
                    return Err(cli.usage_error("cli-error-unknown-arg", &[("arg", a)]));
                }
            } else {
                out.positional.push(a.clone());
            }
        }
        Ok(out)
    }
    fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
    fn on(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }
    fn required(&self, cli: &Cli, name: &str) -> Result<&str, ExitCode> {
        self.value(name).ok_or_else(|| cli.usage_error("cli-error-missing-flag", &[("flag", &format!("--{name}"))]))
    }
    fn date(&self, cli: &Cli) -> Result<Date, ExitCode> {
        match self.value("date") {
            None => Ok(cli.today),
            Some(v) => Date::parse(v).ok_or_else(|| cli.usage_error("cli-error-date", &[("value", v)])),
        }
    }
    fn one_input(&self, cli: &Cli) -> Result<&str, ExitCode> {
        match self.positional.as_slice() {
            [one] => Ok(one.as_str()),
            [] => Err(cli.usage_error("cli-error-missing-input", &[])),
            _ => Err(cli.usage_error("cli-error-too-many-inputs", &[])),
        }
    }
}

fn whole(cli: &Cli, v: &str) -> Result<u64, ExitCode> {
    v.replace('_', "").parse::<u64>().map_err(|_| cli.usage_error("cli-error-number", &[("value", v)]))
}

/// A problem as the reader sees it: a [`Problem`] in the reader's language,
/// or text another library wrote, as it is.
trait Shown {
    fn shown(&self, cli: &Cli) -> String;
}
impl Shown for str {
    fn shown(&self, _: &Cli) -> String {
        self.to_string()
    }
}
impl Shown for String {
    fn shown(&self, _: &Cli) -> String {
        self.clone()
    }
}
impl Shown for Problem {
    fn shown(&self, cli: &Cli) -> String {
        self.text(cli.lang)
    }
}

fn fail(cli: &Cli, problem: &(impl Shown + ?Sized)) -> ExitCode {
    eprintln!("ukuk: {}", cli.t("cli-error-run", &[("problem", &problem.shown(cli))]));
    ExitCode::from(2)
}

/// `ukuk synth --households N [--seed S] [--date D] --out FILE`
pub fn synth(cli: &Cli, args: &[String]) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let a = Args::parse(cli, args, &["households", "seed", "out", "date"], &[])?;
        if !a.positional.is_empty() {
            return Err(cli.usage_error("cli-error-unknown-arg", &[("arg", &a.positional[0])]));
        }
        let n = whole(cli, a.required(cli, "households")?)?;
        let seed = a.value("seed").map_or(Ok(1), |s| whole(cli, s))?;
        let out = a.required(cli, "out")?;
        let date = a.date(cli)?;
        let format = Format::of(Path::new(out)).map_err(|e| fail(cli, &e))?;
        let file = std::fs::File::create(out).map_err(|e| fail(cli, &Problem::new("pop-file", &[("file", &out), ("detail", &e)])))?;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
        let started = Instant::now();
        let bar = batch::progress(n, &cli.t("cli-progress", &[]));
        match format {
            Format::Parquet => {
                drop(w);
                let mut sink = ukuk_pop::arrow::ParquetSink::create(
                    Path::new(out),
                    ukuk_pop::arrow::synth_batch(&[]).map_err(|e| fail(cli, &e))?.schema(),
                )
                .map_err(|e| fail(cli, &e))?;
                let mut rows = Vec::new();
                for h in ukuk_pop::synth::population(n, seed, date) {
                    rows.extend(
                        ukuk_pop::table::rows(&h.id, &h.weight, &h.household)
                            .ok_or_else(|| fail(cli, &format!("{}: not a table household", h.id)))?,
                    );
                    bar.inc(1);
                    if rows.len() >= 65_536 {
                        sink.write(&ukuk_pop::arrow::synth_batch(&rows).map_err(|e| fail(cli, &e))?).map_err(|e| fail(cli, &e))?;
                        rows.clear();
                    }
                }
                if !rows.is_empty() {
                    sink.write(&ukuk_pop::arrow::synth_batch(&rows).map_err(|e| fail(cli, &e))?).map_err(|e| fail(cli, &e))?;
                }
                sink.finish().map_err(|e| fail(cli, &e))?;
                bar.finish_and_clear();
                eprintln!("{}", cli.t("cli-synth-done", &[("households", &n.to_string()), ("file", out), ("seconds", &secs(started))]));
                return Ok(ExitCode::SUCCESS);
            }
            Format::JsonLines => {
                for h in ukuk_pop::synth::population(n, seed, date) {
                    let line = serde_json::json!({"id": h.id, "weight": h.weight, "household": h.household});
                    writeln!(w, "{line}").map_err(|e| fail(cli, &e.to_string()))?;
                    bar.inc(1);
                }
            }
            Format::Csv => {
                let mut c = csv::Writer::from_writer(w);
                c.write_record(ukuk_pop::table::columns()).map_err(|e| fail(cli, &e.to_string()))?;
                for h in ukuk_pop::synth::population(n, seed, date) {
                    let rows = ukuk_pop::table::rows(&h.id, &h.weight, &h.household)
                        .ok_or_else(|| fail(cli, &format!("{}: not a table household", h.id)))?;
                    for r in rows {
                        c.write_record(&r).map_err(|e| fail(cli, &e.to_string()))?;
                    }
                    bar.inc(1);
                }
                c.flush().map_err(|e| fail(cli, &e.to_string()))?;
                bar.finish_and_clear();
                eprintln!("{}", cli.t("cli-synth-done", &[("households", &n.to_string()), ("file", out), ("seconds", &secs(started))]));
                return Ok(ExitCode::SUCCESS);
            }
        }
        w.flush().map_err(|e| fail(cli, &e.to_string()))?;
        bar.finish_and_clear();
        eprintln!("{}", cli.t("cli-synth-done", &[("households", &n.to_string()), ("file", out), ("seconds", &secs(started))]));
        Ok(ExitCode::SUCCESS)
    };
    run().unwrap_or_else(|code| code)
}

fn secs(t: Instant) -> String {
    format!("{:.2}", t.elapsed().as_secs_f64())
}

fn report_bad(cli: &Cli, summary_bad: &[batch::BadRow], count: u64) {
    if count == 0 {
        return;
    }
    eprintln!("{}", cli.t("cli-bad-rows", &[("count", &count.to_string())]));
    for b in summary_bad {
        eprintln!("  {}", b.text(cli.lang));
    }
    let shown = summary_bad.len() as u64;
    if count > shown {
        eprintln!("  {}", cli.t("cli-bad-more", &[("count", &(count - shown).to_string())]));
    }
}

/// `ukuk batch INPUT --out OUTPUT [--date D] [--reasons] [--strict]`
pub fn batch(cli: &Cli, args: &[String]) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let a = Args::parse(cli, args, &["out", "date"], &["reasons", "strict"])?;
        let input = a.one_input(cli)?;
        let out = a.required(cli, "out")?;
        let date = a.date(cli)?;
        let reasons = a.on("reasons");
        let items = batch::open(Path::new(input)).map_err(|e| fail(cli, &e))?;
        let mut sink = batch::Sink::create(Path::new(out), reasons).map_err(|e| fail(cli, &e))?;
        let started = Instant::now();
        let bar = batch::progress(0, &cli.t("cli-progress", &[]));
        let render = |e: batch::Evaluated| e.result.as_ref().map(|out| batch::OutRow::of(e.id, e.weight, out, reasons)).unwrap_or_default();
        let depth = if reasons { batch::Depth::Full } else { batch::Depth::Lean };
        // A hidden bar (not a terminal) still reads the clock on each step.
        let shown = !bar.is_hidden();
        let summary: Summary = batch::run_with(items, date, None, depth, a.on("strict"), render, |row| {
            if shown {
                bar.inc(1);
            }
            sink.write(row)
        })
        .map_err(|e| fail(cli, &e))?;
        sink.finish().map_err(|e| fail(cli, &e))?;
        bar.finish_and_clear();
        let elapsed = started.elapsed().as_secs_f64();
        let rate = if elapsed > 0.0 { (summary.households as f64 / elapsed).round() } else { 0.0 };
        eprintln!(
            "{}",
            cli.t(
                "cli-batch-done",
                &[
                    ("households", &summary.households.to_string()),
                    ("file", out),
                    ("seconds", &format!("{elapsed:.2}")),
                    ("rate", &format!("{rate}"))
                ]
            )
        );
        report_bad(cli, &summary.bad, summary.bad_count);
        Ok(if summary.bad_count > 0 { ExitCode::from(SKIPPED) } else { ExitCode::SUCCESS })
    };
    run().unwrap_or_else(|code| code)
}

/// `ukuk simulate INPUT --reform REFORM [--date D] [--strict] [--json]`
pub fn simulate(cli: &Cli, args: &[String]) -> ExitCode {
    let run = || -> Result<ExitCode, ExitCode> {
        let a = Args::parse(cli, args, &["reform", "date", "chart"], &["strict", "json"])?;
        let input = a.one_input(cli)?;
        let reform_path = a.required(cli, "reform")?;
        let date = a.date(cli)?;
        let reform = match ukuk_pop::simulate::read_reform(Path::new(reform_path)) {
            Ok(r) => Arc::new(r),
            Err(errors) => {
                for e in errors {
                    eprintln!("ukuk: {}", e.text(cli.lang));
                }
                return Err(ExitCode::from(2));
            }
        };
        let items = batch::open(Path::new(input)).map_err(|e| fail(cli, &e))?;
        let c = ukuk_pop::simulate::simulate(items, date, &reform, a.on("strict")).map_err(|e| fail(cli, &e))?;
        if let Some(svg) = a.value("chart") {
            let labels = ukuk_pop::chart::Labels {
                title: cli.t("cli-sim-chart-title", &[("title", &c.title)]),
                baseline: cli.t("cli-sim-baseline", &[]),
                reform: cli.t("cli-sim-reform", &[]),
                axis: cli.t("cli-sim-chart-axis", &[]),
                benefit_names: ukuk_rules::benefit_ids()
                    .iter()
                    .map(|id| (id.to_string(), cli.t(&format!("benefit-short-{id}"), &[])))
                    .collect(),
            };
            ukuk_pop::chart::draw(&c, &labels, Path::new(svg)).map_err(|e| fail(cli, &format!("{svg}: {e}")))?;
        }
        if a.on("json") {
            println!("{}", crate::report::comparison_json(&c));
        } else {
            print!("{}", crate::report::comparison_text(cli, &c));
        }
        report_bad(cli, &c.bad, c.bad_count);
        Ok(if c.bad_count > 0 { ExitCode::from(SKIPPED) } else { ExitCode::SUCCESS })
    };
    run().unwrap_or_else(|code| code)
}
