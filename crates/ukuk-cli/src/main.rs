//! `ukuk`: the calculator on the command line.
//!
//! ```text
//! ukuk eval [FILE|-]        evaluate one household (JSON), print the result
//! ukuk rules [--date D]     print every parameter in force on D, with sources
//! ukuk synth --households N --out FILE      a synthetic population
//! ukuk batch INPUT --out OUTPUT             every household of a file
//! ukuk simulate INPUT --reform REFORM       a reform costed against today's rules
//! ```
//!
//! Exit status: 0 for a result, 2 for input errors (printed as
//! `{"errors": [...]}`) or a usage error. Help and messages come from the
//! translation files, in the language of `--lang` or of `LANG`.

mod analyst;
mod report;

/// mimalloc, as the program's `malloc` and `free`: with every core evaluating
/// households, glibc's allocator's locking took four tenths of `ukuk batch`'s
/// time (perf). `libmimalloc-sys` is built with `override` (the workspace's
/// `Cargo.toml`), so mimalloc's object defines `malloc` and `free` for the
/// whole program once the linker takes it in, which this reference to it
/// makes sure of. Rust's `System` allocator asks `malloc` for a block of
/// alignment 16 or less, mimalloc's fast path; the `mimalloc` crate's
/// allocator asked `mi_malloc_aligned` for every block, which costs about 25
/// instructions more each (full path 34 082 → 31 763 instructions,
/// docs/performance.md, session 17). No `unsafe`: the reference is only kept.
#[global_allocator]
static ALLOCATOR: std::alloc::System = std::alloc::System;
#[used]
static MIMALLOC: unsafe extern "C" fn(usize) -> *mut std::ffi::c_void = libmimalloc_sys::mi_malloc;

use std::io::{Read, Write};
use std::process::ExitCode;

use ukuk_i18n::{Bundle, Lang};
use ukuk_rules::Date;

/// Kyrgyzstan's time zone (Asia/Bishkek) is UTC+6 all year.
const BISHKEK_UTC_OFFSET_SECONDS: i64 = 6 * 3600;

fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    Date::from_days(((secs + BISHKEK_UTC_OFFSET_SECONDS).div_euclid(86_400)) as i32)
}

pub(crate) struct Cli {
    lang: Lang,
    pub(crate) today: Date,
}

impl Cli {
    pub(crate) fn t(&self, id: &str, args: &[(&str, &str)]) -> String {
        Bundle::get(self.lang).text(id, args)
    }

    pub(crate) fn usage_error(&self, id: &str, args: &[(&str, &str)]) -> ExitCode {
        eprintln!("ukuk: {}", self.t(id, args));
        eprintln!("{}", self.t("cli-see-help", &[]));
        ExitCode::from(2)
    }

    fn eval(&self, args: &[String]) -> ExitCode {
        if args.len() > 1 {
            return self.usage_error("cli-error-too-many-args", &[]);
        }
        let source = args.first().map(String::as_str).unwrap_or("-");
        let mut text = String::new();
        let read = if source == "-" {
            std::io::stdin().read_to_string(&mut text).map(|_| ())
        } else {
            std::fs::read_to_string(source).map(|t| text = t)
        };
        if let Err(e) = read {
            return self.usage_error("cli-error-read", &[("file", source), ("problem", &e.to_string())]);
        }
        let (json, ok) = ukuk_rules::evaluate_to_json(&text, self.today);
        let _ = std::io::stdout().write_all(json.as_bytes());
        if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(2)
        }
    }

    fn rules(&self, args: &[String]) -> ExitCode {
        let mut date = self.today;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let value = if a == "--date" { it.next().cloned() } else { a.strip_prefix("--date=").map(str::to_string) };
            match (a.starts_with("--date"), value) {
                (true, Some(v)) => match Date::parse(&v) {
                    Some(d) => date = d,
                    None => return self.usage_error("cli-error-date", &[("value", &v)]),
                },
                (true, None) => return self.usage_error("cli-error-date", &[("value", "")]),
                _ => return self.usage_error("cli-error-unknown-arg", &[("arg", a)]),
            }
        }
        let listing = ukuk_rules::listing::rules_on(date);
        let mut text = serde_json::to_string_pretty(&listing).unwrap_or_default();
        text.push('\n');
        let _ = std::io::stdout().write_all(text.as_bytes());
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut lang = std::env::var("LANG").ok().and_then(|l| Lang::from_code(&l)).unwrap_or(Lang::DEFAULT);
    let mut today_override = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].clone();
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        if flag == "--lang" || flag == "--today" {
            let value = inline.or_else(|| args.get(i + 1).cloned());
            let consumed = if a.contains('=') { 1 } else { 2 };
            match (flag.as_str(), value) {
                ("--lang", Some(v)) => match Lang::from_code(&v) {
                    Some(l) => lang = l,
                    None => {
                        eprintln!("ukuk: {}", Bundle::get(lang).text("cli-error-lang", &[]));
                        return ExitCode::from(2);
                    }
                },
                ("--today", Some(v)) => today_override = Some(v),
                _ => {
                    eprintln!("ukuk: {}", Bundle::get(lang).text("cli-error-missing-value", &[("flag", &flag)]));
                    return ExitCode::from(2);
                }
            }
            args.drain(i..(i + consumed).min(args.len()));
        } else {
            i += 1;
        }
    }
    let mut cli = Cli { lang, today: today() };
    if let Some(t) = today_override {
        match Date::parse(&t) {
            Some(d) => cli.today = d,
            None => return cli.usage_error("cli-error-date", &[("value", &t)]),
        }
    }
    match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            let topic = args.get(1).map(String::as_str);
            let id = match topic {
                Some("eval") => "cli-help-eval",
                Some("rules") => "cli-help-rules",
                Some("synth") => "cli-help-synth",
                Some("batch") => "cli-help-batch",
                Some("simulate") => "cli-help-simulate",
                _ => "cli-help",
            };
            println!("{}", cli.t(id, &[]));
            if args.is_empty() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        Some("--version" | "-V") => {
            println!("ukuk {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("eval") if args.iter().any(|a| a == "--help" || a == "-h") => {
            println!("{}", cli.t("cli-help-eval", &[]));
            ExitCode::SUCCESS
        }
        Some("rules") if args.iter().any(|a| a == "--help" || a == "-h") => {
            println!("{}", cli.t("cli-help-rules", &[]));
            ExitCode::SUCCESS
        }
        Some(cmd @ ("synth" | "batch" | "simulate")) if args.iter().any(|a| a == "--help" || a == "-h") => {
            println!("{}", cli.t(&format!("cli-help-{cmd}"), &[]));
            ExitCode::SUCCESS
        }
        Some("synth") => analyst::synth(&cli, &args[1..]),
        Some("batch") => analyst::batch(&cli, &args[1..]),
        Some("simulate") => analyst::simulate(&cli, &args[1..]),
        Some("eval") => cli.eval(&args[1..]),
        Some("rules") => cli.rules(&args[1..]),
        Some(other) => cli.usage_error("cli-error-unknown-command", &[("command", other)]),
    }
}
