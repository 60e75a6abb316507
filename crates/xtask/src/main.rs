//! Ukuk's build, serve and test tooling: `cargo xtask <command>`.
//!
//! Everything a fresh machine needs is installed on demand (the wasm target,
//! npm packages, Debian's Chromium for the browser tests), so these two
//! commands are all a developer or CI has to know:
//!
//! * `cargo xtask serve` — build the web app and serve it on http://127.0.0.1:8080
//! * `cargo xtask test`  — the whole test suite (Rust tests, wasm check, browser tests)

mod country;
mod dist;
mod explorer;
mod fuzz;
mod pgo;
mod server;
mod setup;
mod test;
mod util;

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use util::Result;

const USAGE: &str = "\
Usage: cargo xtask <command> [options]

Commands:
  build               Build the web app into web/dist and the JavaScript API into
                      web/dist/api (ukuk.js, ukuk_bg.wasm, ukuk.d.ts, example page);
                      print their sizes
                        --no-wasm-opt   skip the wasm-opt pass
  dist-size           Same as `build` (build, then print raw and gzip -9 sizes)
  serve               Build, then serve web/dist over HTTP
                        --port <n>      port to listen on (default 8080; 0 = any free port)
                        --addr <ip>     address to bind (default 127.0.0.1)
                        --no-build      serve the existing web/dist as it is
                        --no-wasm-opt   skip the wasm-opt pass
  test                Run the whole test suite (setup, format and lint checks,
                      cargo test, wasm check, a one-minute fuzz run, web build,
                      browser tests); exits non-zero on any failure
  fuzz                Fuzz the engine's JSON entry point with libFuzzer
                      (installs cargo-fuzz from crates.io when missing)
                        --seconds <n>   how long (default 600)
                        --jobs <n>      parallel fuzzing processes (default 1)
  bench-load          Time a first visit in headless Chromium, on slow 3G
                      (400 kbit/s, 400 ms, CPU 4x slower) and on a fast
                      connection: until the heading shows, until the first result
                        --no-build      measure the existing web/dist
                        --runs <n>      visits per connection (median; default 3)
  bench-country       Time `ukuk batch` on a synthetic country, Parquet to Parquet
                      (drawn once into target/bench-country/, seed 1, every
                      household evaluated): wall, CPU, peak memory against the
                      aim of 2 s and 1 GB (not part of `test`)
                        --households <n>  how many (default 1700000)
                        --runs <n>        runs (default 5)
                        --against <bin>   another build of `ukuk`, run in turns;
                                          the two results files must be equal
                        --no-build        use the existing target/release/ukuk
                                          (with --pgo: target/pgo/use/release/ukuk)
                        --pgo             time the profile-guided build (`pgo`),
                                          building it first unless --no-build
  pgo                 Build `ukuk` with profile-guided optimisation into
                      target/pgo/use/release/ukuk: an instrumented build runs a
                      training workload (synthetic populations on three dates
                      through synth, batch and simulate; eval of the case files'
                      households; the engine's full, lean and text paths on the
                      same households), then the build uses what it recorded.
                      Needs llvm-profdata of rustc's LLVM (Debian's llvm-22,
                      installed when missing and root); not part of `test`
                        --bench           then run the engine's criterion benches
                                          (ukuk-rules `evaluate`) built the same way
  help                Show this message

Environment:
  UKUK_CHROMIUM       Chromium executable for the browser tests (default /usr/bin/chromium)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("\nxtask: error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode> {
    let Some((command, rest)) = args.split_first() else {
        print!("{USAGE}");
        return Ok(ExitCode::FAILURE);
    };
    let root = workspace_root();
    match command.as_str() {
        "build" | "dist-size" => {
            let opts = parse_build_opts(rest)?;
            let report = dist::build(&root, &opts)?;
            report.print();
            Ok(ExitCode::SUCCESS)
        }
        "serve" => serve(&root, rest),
        "test" => {
            if let Some(arg) = rest.first() {
                return Err(format!("`test` takes no arguments, got `{arg}`").into());
            }
            test::run(&root)
        }
        "fuzz" => {
            fuzz::command(&root, rest)?;
            Ok(ExitCode::SUCCESS)
        }
        "bench-load" => bench_load(&root, rest),
        "bench-country" => {
            country::command(&root, rest)?;
            Ok(ExitCode::SUCCESS)
        }
        "pgo" => {
            pgo::command(&root, rest)?;
            Ok(ExitCode::SUCCESS)
        }
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => {
            eprint!("unknown command `{other}`\n\n{USAGE}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `cargo xtask bench-load`: builds (unless `--no-build`), serves web/dist
/// as `serve` does (compressed copies, caching) and runs
/// tests/browser/bench-load.mjs, which prints the figures.
fn bench_load(root: &std::path::Path, args: &[String]) -> Result<ExitCode> {
    let mut build = true;
    let mut runs = "3".to_string();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--no-build" => build = false,
            "--runs" => runs = it.next().ok_or("--runs needs a number")?.clone(),
            other => return Err(format!("unknown option `{other}` (see `cargo xtask help`)").into()),
        }
    }
    if build {
        dist::build(root, &dist::BuildOpts::default())?.print();
    }
    setup::ensure_npm_packages(&root.join("tests").join("browser"))?;
    let chromium = setup::ensure_chromium()?;
    let server = server::Server::start(&root.join("web").join("dist"), "127.0.0.1:0".parse()?, false)?;
    let status = std::process::Command::new("node")
        .arg("tests/browser/bench-load.mjs")
        .env("UKUK_URL", format!("http://{}/", server.addr()))
        .env("UKUK_CHROMIUM", chromium)
        .env("UKUK_BENCH_RUNS", runs)
        .current_dir(root)
        .status()?;
    server.stop();
    Ok(if status.success() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn parse_build_opts(args: &[String]) -> Result<dist::BuildOpts> {
    let mut opts = dist::BuildOpts::default();
    for arg in args {
        match arg.as_str() {
            "--no-wasm-opt" => opts.wasm_opt = false,
            other => return Err(format!("unknown option `{other}` (see `cargo xtask help`)").into()),
        }
    }
    Ok(opts)
}

fn serve(root: &std::path::Path, args: &[String]) -> Result<ExitCode> {
    let mut port: u16 = 8080;
    let mut addr: IpAddr = [127, 0, 0, 1].into();
    let mut build = true;
    let mut opts = dist::BuildOpts::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        // Accept both `--port 8080` and `--port=8080`.
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |what: &str| -> Result<String> {
            inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| format!("`{name}` needs a {what}").into())
        };
        match name {
            "--port" => {
                let v = value("port number")?;
                port = v.parse().map_err(|_| format!("bad port `{v}`"))?;
            }
            "--addr" => {
                let v = value("IP address")?;
                addr = v.parse().map_err(|_| format!("bad IP address `{v}`"))?;
            }
            "--no-build" => build = false,
            "--no-wasm-opt" => opts.wasm_opt = false,
            other => return Err(format!("unknown option `{other}` (see `cargo xtask help`)").into()),
        }
    }

    let dist_dir = root.join("web").join("dist");
    if build {
        dist::build(root, &opts)?.print();
    } else if !dist_dir.join("index.html").is_file() {
        return Err("web/dist/index.html is missing: run without --no-build".into());
    }

    let server = server::Server::start(&dist_dir, (addr, port).into(), true)?;
    let bound = server.addr();
    let host = if bound.ip().is_unspecified() {
        "127.0.0.1".to_string()
    } else if bound.is_ipv6() {
        format!("[{}]", bound.ip())
    } else {
        bound.ip().to_string()
    };
    util::heading("Serving web/dist");
    println!("Ukuk is served at http://{host}:{}/  (Ctrl-C to stop)", bound.port());
    server.wait();
    Ok(ExitCode::SUCCESS)
}

/// The workspace root: two levels above this crate's manifest.
fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.ancestors().nth(2).expect("crates/xtask sits two levels below the workspace root").to_path_buf()
}
