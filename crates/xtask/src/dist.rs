//! Builds the web app and the JavaScript API into `web/dist` and reports their sizes.
//!
//! Steps: cargo build (wasm32, release) -> wasm-bindgen (`--target web`) ->
//! wasm-opt -Oz (npm `binaryen`, if installed) -> copy index.html, style.css
//! and web/static/* -> append `?v=<content hash>` to the asset URLs in
//! index.html. File names never change (ukuk_web.js, ukuk_web_bg.wasm, ...);
//! only the query string does, so hosts with long cache lifetimes still pick
//! up new builds.
//!
//! The JavaScript API for integrators (`crates/ukuk-wasm`) goes through the
//! same cargo build, wasm-bindgen (with TypeScript definitions) and wasm-opt
//! steps into `web/dist/api/` (`ukuk.js`, `ukuk_bg.wasm`, `ukuk.d.ts`), with
//! its example page as `web/dist/api/index.html`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::setup::{self, WASM_TARGET};
use crate::util::{self, Result};

/// The web crate's package and binary names; the binary name fixes the output file names.
const WEB_PACKAGE: &str = "ukuk-web";
const WEB_BIN: &str = "ukuk_web";

/// The JavaScript API's package, cargo's file name for its cdylib, and the
/// name of the files it ships as (ukuk.js, ukuk_bg.wasm, ukuk.d.ts).
const API_PACKAGE: &str = "ukuk-wasm";
const API_LIB: &str = "ukuk_wasm";
const API_NAME: &str = "ukuk";
/// The API's folder inside web/dist.
const API_DIR: &str = "api";
/// The API's example page, copied to web/dist/api/index.html.
const API_EXAMPLE: &str = "crates/ukuk-wasm/example/index.html";

/// Features Rust 1.95 enables by default for wasm32-unknown-unknown; wasm-opt must accept them.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
];

#[derive(Debug, Clone)]
pub struct BuildOpts {
    /// Run wasm-opt -Oz when web/node_modules/.bin/wasm-opt exists.
    pub wasm_opt: bool,
}

impl Default for BuildOpts {
    fn default() -> Self {
        BuildOpts { wasm_opt: true }
    }
}

/// Builds web/dist (with the JavaScript API in web/dist/api) from scratch.
/// Returns the size reports of both.
pub fn build(root: &Path, opts: &BuildOpts) -> Result<BuildReport> {
    let started = Instant::now();
    let web = root.join("web");
    let dist = web.join("dist");

    util::heading("Web build: setup");
    setup::ensure_wasm_target()?;
    let wasm_opt = if opts.wasm_opt {
        match setup::ensure_npm_packages(&web) {
            Ok(()) => {
                let bin = web.join("node_modules").join(".bin").join("wasm-opt");
                if bin.is_file() {
                    Some(bin)
                } else {
                    println!("warning: {} is missing; skipping wasm-opt", bin.display());
                    None
                }
            }
            Err(e) => {
                println!("warning: {e}; skipping wasm-opt");
                None
            }
        }
    } else {
        None
    };

    let target_dir = target_dir(root)?;
    let input = cargo_build_wasm(root, &target_dir, WEB_PACKAGE, Artifact::Bin(WEB_BIN), Goal::Size, "Web build")?;

    // Work in a per-process directory so that concurrent builds in one tree
    // (say, `cargo xtask serve` while `cargo xtask test` runs) don't trip over
    // each other; web/dist is replaced in one step at the end.
    let work = WorkDir(target_dir.join("ukuk-web-build").join(std::process::id().to_string()));
    remove_dir_all_if_exists(&work.0)?;
    let staging = work.0.join("bindgen");
    bindgen_and_optimize(&input, WEB_BIN, false, &staging, wasm_opt.as_deref(), Goal::Size, &work.0, "Web build")?;
    // The glue script, minified (npm `terser`, installed with binaryen).
    let terser = web.join("node_modules").join(".bin").join("terser");
    if wasm_opt.is_some() && terser.is_file() {
        util::heading("Web build: terser (the JavaScript glue)");
        let js = staging.join(format!("{WEB_BIN}.js"));
        let before = file_len(&js)?;
        util::run(Command::new(&terser).arg(&js).args(["--module", "--compress", "--mangle", "-o"]).arg(&js))?;
        println!("terser: {before} -> {} bytes", file_len(&js)?);
    }

    util::heading("Web build: assemble web/dist");
    let out = work.0.join("dist");
    fs::create_dir_all(&out)?;
    copy_tree(&staging, &out)?;
    fs::write(out.join("style.css"), minify_css(&fs::read_to_string(web.join("style.css"))?))?;
    // Russian and English texts, fetched when chosen (the first load
    // carries Kyrgyz only).
    let locales = root.join("crates").join("ukuk-i18n").join("locales");
    let i18n_out = out.join("i18n");
    fs::create_dir_all(&i18n_out)?;
    let read = |l: &str, part: &str| fs::read_to_string(locales.join(l).join(format!("{part}.ftl")));
    for l in ["ru", "en"] {
        let text = format!("{}\n{}", read(l, "engine")?, read(l, "app")?);
        fs::write(i18n_out.join(format!("{l}.ftl")), ukuk_i18n::compact_ftl(&text))?;
    }
    let static_dir = web.join("static");
    if static_dir.is_dir() {
        copy_tree(&static_dir, &out)?;
    }
    let html = fs::read_to_string(web.join("index.html"))?;
    let mut assets_with_hash = Vec::new();
    for rel in list_files(&out)? {
        if rel == "index.html" {
            return Err("web/static/index.html would overwrite web/index.html".into());
        }
        let hash = short_hash(&fs::read(out.join(&rel))?);
        assets_with_hash.push((rel, hash));
    }
    let mut versioned = Vec::new();
    let html = add_cache_busting(&html, &assets_with_hash, &mut versioned);
    fs::write(out.join("index.html"), html)?;
    let mut first_load = versioned.clone();
    first_load.push("index.html".to_string());
    let web_report = SizeReport::of(&out, &first_load)?;

    // The JavaScript API and its example page, in web/dist/api/.
    let api_out = out.join(API_DIR);
    if api_out.exists() {
        return Err(format!("web/static/{API_DIR} would collide with the JavaScript API in web/dist/{API_DIR}").into());
    }
    let api_input = cargo_build_wasm(root, &target_dir, API_PACKAGE, Artifact::Lib(API_LIB), Goal::Speed, "JavaScript API build")?;
    bindgen_and_optimize(
        &api_input,
        API_NAME,
        true,
        &api_out,
        wasm_opt.as_deref(),
        Goal::Speed,
        &work.0.join(API_DIR),
        "JavaScript API build",
    )?;
    fs::copy(root.join(API_EXAMPLE), api_out.join("index.html")).map_err(|e| format!("cannot copy {API_EXAMPLE}: {e}"))?;
    let api_report = SizeReport::of(&api_out, &[format!("{API_NAME}.js"), format!("{API_NAME}_bg.wasm")])?;

    remove_dir_all_if_exists(&dist)?;
    if fs::rename(&out, &dist).is_err() {
        // The target directory is on another file system: copy instead.
        fs::create_dir_all(&dist)?;
        copy_tree(&out, &dist)?;
    }
    println!(
        "web/dist assembled; cache-busted URLs in index.html: {}",
        if versioned.is_empty() { "none".to_string() } else { versioned.join(", ") }
    );
    println!("Web build done in {}", util::elapsed(started));
    Ok(BuildReport { web: web_report, api: api_report })
}

/// What cargo builds for wasm32: the web app's binary or the API's cdylib.
enum Artifact<'a> {
    Bin(&'a str),
    /// A library, by cargo's file name for it (the package name with `_`).
    Lib(&'a str),
}

/// `cargo build --release --target wasm32-unknown-unknown` of one package;
/// returns the path of the .wasm it wrote.
/// What a wasm build is optimised for: the web app's first load (size), or
/// the JavaScript API's evaluations (speed; integrators load it once and may
/// evaluate many households).
#[derive(Clone, Copy)]
enum Goal {
    Size,
    Speed,
}

impl Goal {
    /// The cargo profile (root Cargo.toml) and its directory under target/.
    fn profile(self) -> &'static str {
        match self {
            Goal::Size => "release",
            Goal::Speed => "release-speed",
        }
    }
    fn wasm_opt_level(self) -> &'static str {
        match self {
            Goal::Size => "-Oz",
            Goal::Speed => "-O3",
        }
    }
}

fn cargo_build_wasm(root: &Path, target_dir: &Path, package: &str, artifact: Artifact, goal: Goal, step: &str) -> Result<PathBuf> {
    let (selector, name): (&[&str], &str) = match &artifact {
        Artifact::Bin(name) => (&["--bin", name], name),
        Artifact::Lib(name) => (&["--lib"], name),
    };
    let profile = goal.profile();
    util::heading(&format!("{step}: cargo build -p {package} --profile {profile} --target {WASM_TARGET}"));
    util::run(
        util::cargo()
            .args(["build", "--profile", profile, "--package", package])
            .args(selector)
            .args(["--target", WASM_TARGET])
            // The root profile strips symbols, which also drops the `target_features`
            // section wasm-bindgen reads to detect reference types; wasm-bindgen and
            // wasm-opt strip what is left afterwards.
            .env("CARGO_PROFILE_RELEASE_STRIP", "false")
            .env("CARGO_PROFILE_RELEASE_SPEED_STRIP", "false")
            .current_dir(root),
    )?;
    Ok(target_dir.join(WASM_TARGET).join(profile).join(format!("{name}.wasm")))
}

/// wasm-bindgen `--target web` of `input` into `out_dir` (`<out_name>.js`,
/// `<out_name>_bg.wasm`, and `<out_name>.d.ts` with `typescript`), then
/// wasm-opt -Oz on the .wasm when `wasm_opt` is given. `scratch` holds the
/// optimiser's temporary file.
#[allow(clippy::too_many_arguments)] // each is one independent choice of the two builds
fn bindgen_and_optimize(
    input: &Path,
    out_name: &str,
    typescript: bool,
    out_dir: &Path,
    wasm_opt: Option<&Path>,
    goal: Goal,
    scratch: &Path,
    step: &str,
) -> Result<()> {
    util::heading(&format!("{step}: wasm-bindgen --target web"));
    let t = Instant::now();
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(input)
        .out_name(out_name)
        .web(true)?
        .typescript(typescript)
        // Like the CLI: let `init()` find the .wasm next to the JS when called without arguments.
        .omit_default_module_path(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .generate(out_dir)
        .map_err(|e| format!("wasm-bindgen failed on {}: {e:#}", input.display()))?;
    println!("wasm-bindgen: {} -> {} ({})", input.display(), out_dir.display(), util::elapsed(t));

    let wasm = out_dir.join(format!("{out_name}_bg.wasm"));
    match wasm_opt {
        Some(bin) => {
            let level = goal.wasm_opt_level();
            util::heading(&format!("{step}: wasm-opt {level}"));
            fs::create_dir_all(scratch)?;
            let optimized = scratch.join(format!("{out_name}_bg.opt.wasm"));
            util::run(
                Command::new(bin)
                    .arg(&wasm)
                    .arg(level)
                    .args(WASM_FEATURES)
                    .args(["--strip-debug", "--strip-producers", "-o"])
                    .arg(&optimized),
            )?;
            let (before, after) = (file_len(&wasm)?, file_len(&optimized)?);
            fs::rename(&optimized, &wasm)?;
            println!("wasm-opt: {before} -> {after} bytes");
        }
        None => println!("\n(wasm-opt skipped)"),
    }
    Ok(())
}

/// The style sheet without comments and layout whitespace: the same rules,
/// fewer bytes for a phone's first load. Strings are kept as they are.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                pending_space = true;
            }
            '"' | '\'' => {
                if pending_space && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', '(', '>', ':']) {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        if let Some(e) = chars.next() {
                            out.push(e);
                        }
                    } else if d == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => pending_space = true,
            '{' | '}' | ';' | ',' | '>' => {
                while out.ends_with(' ') {
                    out.pop();
                }
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
                pending_space = false;
            }
            c => {
                if pending_space && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', '>', ':']) {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

/// A scratch directory removed when dropped (also when the build fails).
struct WorkDir(PathBuf);

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Appends `?v=<hash>` to every quoted reference (`"./x"`, `'./x'`, `"x"`, `'x'`)
/// to a dist file in index.html. Records the names it changed in `versioned`.
fn add_cache_busting(html: &str, assets: &[(String, String)], versioned: &mut Vec<String>) -> String {
    let mut html = html.to_string();
    for (rel, hash) in assets {
        let mut hit = false;
        for prefix in ["./", ""] {
            for quote in ['"', '\''] {
                let needle = format!("{quote}{prefix}{rel}{quote}");
                if html.contains(&needle) {
                    html = html.replace(&needle, &format!("{quote}{prefix}{rel}?v={hash}{quote}"));
                    hit = true;
                }
            }
        }
        if hit {
            versioned.push(rel.clone());
        }
    }
    html
}

/// First 10 hex digits of the 64-bit FNV-1a hash: stable across builds and toolchains.
fn short_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")[..10].to_string()
}

pub(crate) fn target_dir(root: &Path) -> Result<PathBuf> {
    let out = util::output(util::cargo().args(["metadata", "--format-version", "1", "--no-deps", "--offline"]).current_dir(root))
        .ok_or("`cargo metadata` failed")?;
    let json: serde_json::Value = serde_json::from_str(&out)?;
    json["target_directory"].as_str().map(PathBuf::from).ok_or_else(|| "`cargo metadata` printed no target_directory".into())
}

fn remove_dir_all_if_exists(dir: &Path) -> Result<()> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(format!("cannot remove {}: {e}", dir.display()).into()),
        _ => Ok(()),
    }
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for rel in list_files(from)? {
        let dest = to.join(&rel);
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::copy(from.join(&rel), &dest)?;
    }
    Ok(())
}

/// All files below `dir`, as sorted `/`-separated relative paths.
fn list_files(dir: &Path) -> Result<Vec<String>> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> std::io::Result<()> {
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
            if entry.file_type()?.is_dir() {
                walk(&entry.path(), &rel, out)?;
            } else {
                out.push(rel);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out)?;
    out.sort();
    Ok(out)
}

fn file_len(path: &Path) -> Result<u64> {
    Ok(fs::metadata(path)?.len())
}

fn gzip9_len(bytes: &[u8]) -> Result<u64> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?.len() as u64)
}

/// The sizes of a build: the web app (web/dist) and the JavaScript API (web/dist/api).
pub struct BuildReport {
    pub web: SizeReport,
    pub api: SizeReport,
}

impl BuildReport {
    pub fn print(&self) {
        self.web.print_as("web/dist sizes (bytes; gzip = gzip -9)", "first-load", "(not loaded at start)");
        self.api.print_as(
            &format!("web/dist/{API_DIR} sizes: the JavaScript API (bytes; gzip = gzip -9)"),
            "embedding page loads",
            "(not loaded by an embedding page)",
        );
    }
}

/// Raw and gzip -9 sizes of every file in a folder.
pub struct SizeReport {
    pub files: Vec<FileSize>,
}

pub struct FileSize {
    pub path: String,
    pub raw: u64,
    pub gzip: u64,
    /// Fetched on first load: index.html and everything it references
    /// (for the API: what an embedding page loads, ukuk.js and ukuk_bg.wasm).
    pub first_load: bool,
}

impl SizeReport {
    /// The sizes of every file below `dist`; `first_load` lists the files loaded at first.
    pub fn of(dist: &Path, first_load: &[String]) -> Result<SizeReport> {
        let mut files = Vec::new();
        for path in list_files(dist)? {
            let bytes = fs::read(dist.join(&path))?;
            let first_load = first_load.contains(&path);
            files.push(FileSize { raw: bytes.len() as u64, gzip: gzip9_len(&bytes)?, path, first_load });
        }
        Ok(SizeReport { files })
    }

    pub fn first_load_gzip(&self) -> u64 {
        self.files.iter().filter(|f| f.first_load).map(|f| f.gzip).sum()
    }

    /// Prints one line per file, marking those not loaded at first with
    /// `not_loaded`, then the totals of the files that are (`loaded`).
    pub fn print_as(&self, title: &str, loaded: &str, not_loaded: &str) {
        util::heading(title);
        let width = self.files.iter().map(|f| f.path.len()).max().unwrap_or(4).max(24);
        println!("{:<width$} {:>10} {:>10}", "file", "raw", "gzip");
        for f in &self.files {
            let mark = if f.first_load { String::new() } else { format!("  {not_loaded}") };
            println!("{:<width$} {:>10} {:>10}{mark}", f.path, f.raw, f.gzip);
        }
        let (raw, gz): (u64, u64) = self.files.iter().filter(|f| f.first_load).fold((0, 0), |(r, g), f| (r + f.raw, g + f.gzip));
        println!("{:<width$} {:>10} {:>10}", format!("{loaded} total"), raw, gz);
        println!("{loaded} transfer (gzip -9): {} bytes ({:.1} KiB)", self.first_load_gzip(), gz as f64 / 1024.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_busting_versions_quoted_references_only() {
        let html = r#"<link href="./style.css"><script>import init from './ukuk_web.js'; init({ module_or_path: './ukuk_web_bg.wasm' });</script><a href="style.css.map">"#;
        let assets = vec![
            ("style.css".to_string(), "aaaaaaaaaa".to_string()),
            ("ukuk_web.js".to_string(), "bbbbbbbbbb".to_string()),
            ("ukuk_web_bg.wasm".to_string(), "cccccccccc".to_string()),
            ("unused.png".to_string(), "dddddddddd".to_string()),
        ];
        let mut versioned = Vec::new();
        let out = add_cache_busting(html, &assets, &mut versioned);
        assert!(out.contains(r#"href="./style.css?v=aaaaaaaaaa""#));
        assert!(out.contains("'./ukuk_web.js?v=bbbbbbbbbb'"));
        assert!(out.contains("'./ukuk_web_bg.wasm?v=cccccccccc'"));
        assert!(out.contains(r#"href="style.css.map""#));
        assert_eq!(versioned, ["style.css", "ukuk_web.js", "ukuk_web_bg.wasm"]);
    }

    #[test]
    fn short_hash_is_stable() {
        assert_eq!(short_hash(b""), "cbf29ce484");
        assert_ne!(short_hash(b"a"), short_hash(b"b"));
        assert_eq!(short_hash(b"a").len(), 10);
    }
}

#[cfg(test)]
mod css_tests {
    use super::minify_css;

    #[test]
    fn minified_css_keeps_every_rule() {
        let css = "/* a comment */\n.a b, .c > d {\n  color: red;\n  margin: 0 auto;\n}\n.w::before { content: \"⚠ \"; }\n@media (min-width: 40rem) {\n  .x:hover { top: 0; }\n}\n";
        assert_eq!(
            minify_css(css),
            ".a b,.c>d{color:red;margin:0 auto}.w::before{content:\"⚠ \"}@media (min-width:40rem){.x:hover{top:0}}"
        );
    }
}
