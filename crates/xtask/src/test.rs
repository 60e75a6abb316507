//! `cargo xtask test`: the whole test suite, in order, with a summary.
//!
//! Every step runs even when an earlier one failed (so one run shows every
//! failure), except that nothing runs without setup, and the browser tests
//! need the web build. The exit code is non-zero if any step failed.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use crate::setup::{self, WASM_TARGET};
use crate::util::{self, Result};
use crate::{dist, server};

/// Crates that must keep compiling for wasm32-unknown-unknown: (package, directory).
/// A crate whose directory has no Cargo.toml yet is skipped.
const WASM_CLEAN_CRATES: &[(&str, &str)] = &[("ukuk-rules", "crates/ukuk-rules"), ("ukuk-wasm", "crates/ukuk-wasm")];

enum Outcome {
    Passed,
    Failed(String),
    Skipped(String),
}

struct Suite {
    results: Vec<(String, Outcome, String)>,
}

impl Suite {
    fn step(&mut self, name: &str, f: impl FnOnce() -> Result<Option<String>>) -> bool {
        util::heading(&format!("[test] {name}"));
        let started = Instant::now();
        let outcome = match f() {
            Ok(None) => Outcome::Passed,
            Ok(Some(reason)) => Outcome::Skipped(reason),
            Err(e) => {
                println!("\nFAILED: {name}: {e}");
                Outcome::Failed(e.to_string())
            }
        };
        let ok = !matches!(outcome, Outcome::Failed(_));
        self.results.push((name.to_string(), outcome, util::elapsed(started)));
        ok
    }

    fn skip(&mut self, name: &str, reason: &str) {
        util::heading(&format!("[test] {name}"));
        println!("skipped: {reason}");
        self.results.push((name.to_string(), Outcome::Skipped(reason.to_string()), "-".into()));
    }
}

pub fn run(root: &Path) -> Result<ExitCode> {
    let started = Instant::now();
    let mut suite = Suite { results: Vec::new() };

    // 1. Setup: everything below assumes it.
    let setup_ok = suite.step("setup (wasm target, Chromium, npm packages)", || {
        setup::ensure_wasm_target()?;
        let chromium = setup::ensure_chromium()?;
        println!("chromium: {}", chromium.display());
        setup::ensure_npm_packages(&root.join("tests").join("browser"))?;
        setup::ensure_npm_packages(&root.join("web"))?;
        Ok(None)
    });

    if setup_ok {
        // Format and lints: the compiler holds the engine to "no unwrap, no
        // indexing, no floats" (crates/ukuk-rules/src/lib.rs).
        // The Python package has a workspace of its own (it links against
        // the interpreter): checked here by its manifest.
        let python_manifest = root.join("crates").join("ukuk-py").join("Cargo.toml");
        suite.step("cargo fmt --check", || {
            util::run(util::cargo().args(["fmt", "--all", "--check"]).current_dir(root))?;
            util::run(util::cargo().args(["fmt", "--check", "--manifest-path"]).arg(&python_manifest).current_dir(root))?;
            Ok(None)
        });
        suite.step("cargo clippy -- -D warnings", || {
            util::run(util::cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]).current_dir(root))?;
            util::run(
                util::cargo()
                    .args(["clippy", "--locked", "--all-targets", "--manifest-path"])
                    .arg(&python_manifest)
                    .args(["--", "-D", "warnings"])
                    .current_dir(root),
            )?;
            Ok(None)
        });

        // 2. Rust unit and integration tests (native).
        suite.step("cargo test --workspace", || {
            util::run(util::cargo().args(["test", "--workspace", "--no-fail-fast", "--exclude", "ukuk-web"]).current_dir(root))?;
            Ok(None)
        });

        suite.step("web app unit tests (cargo test -p ukuk-web)", || {
            util::run(util::cargo().args(["test", "--package", "ukuk-web"]).current_dir(root))?;
            Ok(None)
        });

        // The training run of the profile-guided build (`cargo xtask pgo`),
        // small and with the debug build: its workload keeps working.
        suite.step("PGO training workload (200 households a date, debug build)", || {
            util::run(util::cargo().args(["build", "--package", "ukuk-cli", "--bin", "ukuk"]).current_dir(root))?;
            let target = dist::target_dir(root)?;
            let ukuk = target.join("debug").join(format!("ukuk{}", std::env::consts::EXE_SUFFIX));
            let work = target.join("pgo-training").join(std::process::id().to_string());
            let households = crate::pgo::train(root, &ukuk, &work, 200)?;
            util::run(
                util::cargo()
                    .args(["run", "--quiet", "--package", "ukuk-rules", "--example", "train", "--"])
                    .args(&households)
                    .current_dir(root),
            )?;
            std::fs::remove_dir_all(&work)?;
            Ok(None)
        });

        // A short fuzz run of the JSON entry point (a long one: `cargo xtask fuzz`).
        suite.step("fuzz eval_json for 60 s (libFuzzer)", || {
            crate::fuzz::run(root, 60, 1)?.print();
            Ok(None)
        });

        // 3. The engine must stay wasm-clean.
        for &(package, dir) in WASM_CLEAN_CRATES {
            suite.step(&format!("{package} builds for {WASM_TARGET}"), || {
                if !root.join(dir).join("Cargo.toml").is_file() {
                    println!("skipped: {dir}/Cargo.toml does not exist yet");
                    return Ok(Some(format!("{dir} has no Cargo.toml yet")));
                }
                util::run(util::cargo().args(["build", "--package", package, "--target", WASM_TARGET]).current_dir(root))?;
                Ok(None)
            });
        }

        // ---------------------------------------------------------------
        // More native or wasm checks go here (e.g. rule-case runners, size
        // budgets, wasm-bindgen-test), each as one `suite.step(...)`.
        // ---------------------------------------------------------------

        // 4. The web app, exactly as `cargo xtask build` makes it.
        let web_ok = suite.step("web build (web/dist)", || {
            dist::build(root, &dist::BuildOpts::default())?.print();
            Ok(None)
        });

        // 5. Browser tests against web/dist on a free loopback port. The
        //    JavaScript API's test compares its answers with the `ukuk` binary's
        //    on the case inputs, written as JSON files first.
        if web_ok {
            let mut env = Vec::new();
            suite.step("JS API test inputs (ukuk CLI, case inputs as JSON)", || {
                env = jsapi_test_inputs(root)?;
                Ok(None)
            });
            suite.step("TypeScript definitions against real results (tsc --strict)", || typescript_check(root, &env));
            suite.step("browser tests (node --test tests/browser/)", || browser_tests(root, &env));
            suite.step("served by Debian's nginx with web/nginx/ukuk.conf: smoke, field and embedding tests", || nginx_tests(root, &env));
            suite.step("Python package (PyO3, maturin) and pytest, with a Dask LocalCluster", || python_tests(root, &env));
            if let Some((_, cases)) = env.iter().find(|(k, _)| *k == "UKUK_JSAPI_CASES") {
                let _ = std::fs::remove_dir_all(cases);
            }
        } else {
            suite.skip("browser tests (node --test tests/browser/)", "the web build failed");
        }
    }

    Ok(summary(&suite, started))
}

/// Builds the `ukuk` binary and writes the case inputs as JSON for
/// tests/browser/jsapi.test.mjs; returns the environment telling it where.
fn jsapi_test_inputs(root: &Path) -> Result<Vec<(&'static str, PathBuf)>> {
    util::run(util::cargo().args(["build", "--package", "ukuk-cli", "--bin", "ukuk"]).current_dir(root))?;
    let target = dist::target_dir(root)?;
    // Per process, so that concurrent test runs in one tree keep their own.
    let cases = target.join("jsapi-cases").join(std::process::id().to_string());
    util::run(
        util::cargo().args(["run", "--quiet", "--package", "ukuk-wasm", "--example", "case_inputs", "--"]).arg(&cases).current_dir(root),
    )?;
    let cli = target.join("debug").join(format!("ukuk{}", std::env::consts::EXE_SUFFIX));
    Ok(vec![("UKUK_CLI", cli), ("UKUK_JSAPI_CASES", cases)])
}

/// Checks `ukuk.d.ts` with `tsc --strict` against what the engine really
/// gives: every case input the engine accepts is typed as a `Household`, its
/// result as a `Result`, every refusal as an `ErrorList`. Object literals get
/// TypeScript's excess-property check, so a field the engine writes that the
/// definitions do not declare (or a declared type it does not match) fails.
fn typescript_check(root: &Path, env: &[(&str, PathBuf)]) -> Result<Option<String>> {
    let get = |k: &str| env.iter().find(|(n, _)| *n == k).map(|(_, p)| p.clone()).ok_or(format!("{k} is not set"));
    let (cli, cases) = (get("UKUK_CLI")?, get("UKUK_JSAPI_CASES")?);
    let work = cases.join("typescript");
    std::fs::create_dir_all(&work)?;
    std::fs::copy(root.join("crates/ukuk-wasm/src/ukuk.d.ts"), work.join("ukuk.d.ts"))?;
    let mut ts = String::from("import type { ErrorList, Household, Result, UkukResultDetail } from \"./ukuk\";\n");
    let mut first_result = None;
    let (mut results, mut refusals) = (0, 0);
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&cases)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.file_name().is_some_and(|n| n != "cases.json"))
        .collect();
    inputs.sort();
    for (i, input) in inputs.iter().enumerate() {
        let text = std::fs::read_to_string(input)?;
        let t = text.trim();
        if !(t.starts_with('{') && t.ends_with('}')) {
            continue; // not a JSON object: nothing to type
        }
        let out = Command::new(&cli).args(["eval", "--today", "2026-09-01"]).arg(input).output()?;
        let printed = String::from_utf8_lossy(&out.stdout);
        if out.status.success() {
            ts.push_str(&format!("export const h{i}: Household = {t};\nexport const r{i}: Result = {};\n", printed.trim()));
            results += 1;
            first_result.get_or_insert(i);
        } else {
            ts.push_str(&format!("export const e{i}: ErrorList = {};\n", printed.trim()));
            refusals += 1;
        }
    }
    // The custom element's event carries a household and its result.
    if let Some(i) = first_result {
        ts.push_str(&format!("export const event: UkukResultDetail = {{ input: h{i}, result: r{i} }};\nexport const waiting: UkukResultDetail = {{ input: h{i}, result: null }};\n"));
    }
    std::fs::write(work.join("check.ts"), ts)?;
    let tsc = root.join("tests/browser/node_modules/typescript/bin/tsc");
    util::run(
        Command::new("node")
            .arg(tsc)
            .args([
                "--strict",
                "--noEmit",
                "--lib",
                "es2020,dom",
                "--target",
                "es2020",
                "--module",
                "es2020",
                "--moduleResolution",
                "bundler",
            ])
            .arg(work.join("check.ts"))
            .current_dir(root),
    )?;
    println!("tsc --strict: {results} households and their results, {refusals} refusals typed against ukuk.d.ts");
    Ok(None)
}

fn browser_tests(root: &Path, env: &[(&str, PathBuf)]) -> Result<Option<String>> {
    let server = server::Server::start(&root.join("web").join("dist"), "127.0.0.1:0".parse()?, false)?;
    let url = format!("http://{}/", server.addr());
    println!("static server: {url}");
    let result = util::run(
        Command::new("node")
            .args(["--test", "tests/browser/"])
            .env("UKUK_URL", &url)
            .env("UKUK_CHROMIUM", setup::chromium_path())
            .envs(env.iter().map(|(k, v)| (*k, v)))
            .current_dir(root),
    );
    server.stop();
    println!("static server stopped");
    result.map(|()| None)
}

fn summary(suite: &Suite, started: Instant) -> ExitCode {
    util::heading("[test] summary");
    let mut failed = 0;
    for (name, outcome, time) in &suite.results {
        let (mark, note) = match outcome {
            Outcome::Passed => ("ok     ", String::new()),
            Outcome::Skipped(why) => ("skipped", format!(" ({why})")),
            Outcome::Failed(why) => {
                failed += 1;
                ("FAILED ", format!(" ({why})"))
            }
        };
        println!("  {mark}  {name}  [{time}]{note}");
    }
    let total = util::elapsed(started);
    if failed == 0 {
        println!("\nxtask test: all steps ok in {total}");
        ExitCode::SUCCESS
    } else {
        println!("\nxtask test: {failed} step(s) FAILED in {total}");
        ExitCode::FAILURE
    }
}

/// Builds the `ukuk` Python package (crates/ukuk-py, with maturin) into a
/// virtual environment under target/ with the pinned packages of
/// tests/python/requirements.txt (PyPI), and runs tests/python with pytest:
/// the package against the `ukuk` binary, and on a Dask LocalCluster.
fn python_tests(root: &Path, env: &[(&str, PathBuf)]) -> Result<Option<String>> {
    let venv = dist::target_dir(root)?.join("python-venv");
    let python = venv.join("bin").join("python");
    if !python.is_file() {
        util::run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    }
    let requirements = std::fs::read_to_string(root.join("tests/python/requirements.txt"))?;
    let stamp = venv.join(".ukuk-requirements");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(requirements.as_str()) {
        util::run(
            Command::new(&python)
                .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r"])
                .arg(root.join("tests/python/requirements.txt")),
        )?;
        std::fs::write(&stamp, &requirements)?;
    }
    // The package, from the source as it is now (maturin from the venv).
    let path = format!("{}:{}", venv.join("bin").display(), std::env::var("PATH").unwrap_or_default());
    util::run(
        Command::new(&python)
            .env("PATH", &path)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-build-isolation",
                "--force-reinstall",
                "--no-deps",
            ])
            .arg(root.join("crates/ukuk-py")),
    )?;
    util::run(Command::new(&python).args(["-m", "pytest", "-q", "tests/python"]).envs(env.iter().map(|(k, v)| (*k, v))).current_dir(root))?;
    Ok(None)
}

/// Starts Debian's nginx with `web/nginx/ukuk.conf` on a free loopback port
/// and runs the smoke, field and embedding tests (compression, caching,
/// offline, the security headers, CORS for <ukuk-calculator> on another
/// origin, the iframe) against it: the app as a ministry would serve it.
fn nginx_tests(root: &Path, env: &[(&str, PathBuf)]) -> Result<Option<String>> {
    let nginx = setup::ensure_nginx()?;
    let dist = root.join("web").join("dist").canonicalize()?;
    let conf_file = root.join("web").join("nginx").join("ukuk.conf").canonicalize()?;
    let work = std::env::temp_dir().join(format!("ukuk-nginx-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work)?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let w = work.display();
    let conf = format!(
        "load_module {module};\nuser root;\nworker_processes 1;\nerror_log {w}/error.log;\npid {w}/nginx.pid;\n\
         events {{ worker_connections 256; }}\n\
         http {{\n  access_log {w}/access.log;\n  client_body_temp_path {w}/body;\n  proxy_temp_path {w}/proxy;\n  \
         fastcgi_temp_path {w}/fastcgi;\n  uwsgi_temp_path {w}/uwsgi;\n  scgi_temp_path {w}/scgi;\n  \
         default_type application/octet-stream;\n  server {{\n    listen 127.0.0.1:{port};\n    root {dist};\n    include {conf};\n  }}\n}}\n",
        module = setup::NGINX_BROTLI_MODULE,
        dist = dist.display(),
        conf = conf_file.display(),
    );
    std::fs::write(work.join("nginx.conf"), conf)?;
    util::run(Command::new(&nginx).arg("-t").arg("-p").arg(&work).arg("-c").arg(work.join("nginx.conf")))?;
    let mut child = Command::new(&nginx).arg("-p").arg(&work).arg("-c").arg(work.join("nginx.conf")).args(["-g", "daemon off;"]).spawn()?;
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse()?;
    let up = (0..100).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(200)).is_ok()
    });
    let result = if up {
        println!("nginx: http://{addr}/ ({})", conf_file.display());
        util::run(
            Command::new("node")
                .args(["--test", "tests/browser/smoke.test.mjs", "tests/browser/field.test.mjs", "tests/browser/embed.test.mjs"])
                .env("UKUK_URL", format!("http://{addr}/"))
                .env("UKUK_CHROMIUM", setup::chromium_path())
                .envs(env.iter().map(|(k, v)| (*k, v)))
                .current_dir(root),
        )
    } else {
        Err(format!("nginx did not start; see {w}/error.log").into())
    };
    let _ = child.kill();
    let _ = child.wait();
    if result.is_ok() {
        let _ = std::fs::remove_dir_all(&work);
    }
    result.map(|()| None)
}
