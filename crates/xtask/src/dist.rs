//! Builds the web app and the JavaScript API into `web/dist` and reports their sizes.
//!
//! Steps: cargo build (wasm32, release) -> wasm-bindgen (`--target web`) ->
//! wasm-opt -Oz and terser (npm, web/package.json) -> web/dist: the wasm, the
//! glue script, the styles, the ru/en texts and the start-up scripts of
//! web/boot, each under a content-hashed name (`name.<10 hex>.ext`), named
//! in `index.html` (with its first screen), `embed.html` (the iframe mode)
//! and `ukuk-calculator.js` (the custom element, a stable name); then
//! `privacy.html`, the rules explorer (`rules.html`, `rules.ru.html`,
//! `rules.en.html`), `sw.js`, and a Brotli and a gzip copy of every file.
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
/// The file names of the app built for `<ukuk-calculator>` (feature `element`).
const ELEMENT_NAME: &str = "ukuk_element";

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
    let input = cargo_build_wasm(root, &target_dir, WEB_PACKAGE, Artifact::Bin(WEB_BIN), "", Goal::Size, "Web build")?;

    // Work in a per-process directory so that concurrent builds in one tree
    // (say, `cargo xtask serve` while `cargo xtask test` runs) don't trip over
    // each other; web/dist is replaced in one step at the end.
    let work = WorkDir(target_dir.join("ukuk-web-build").join(std::process::id().to_string()));
    remove_dir_all_if_exists(&work.0)?;
    let staging = work.0.join("bindgen");
    bindgen_and_optimize(&input, WEB_BIN, false, &staging, wasm_opt.as_deref(), Goal::Size, &work.0, "Web build")?;
    // The same app for <ukuk-calculator>, with what only a host page needs
    // (the `ukuk-result` event's result as contract JSON): the app's own
    // first load does not carry it.
    let element_input =
        cargo_build_wasm(root, &target_dir, WEB_PACKAGE, Artifact::Bin(WEB_BIN), "element", Goal::Size, "Custom element build")?;
    bindgen_and_optimize(&element_input, ELEMENT_NAME, false, &staging, wasm_opt.as_deref(), Goal::Size, &work.0, "Custom element build")?;
    // The glue script, minified (npm `terser`, installed with binaryen).
    let terser = web.join("node_modules").join(".bin").join("terser");
    if wasm_opt.is_some() && terser.is_file() {
        util::heading("Web build: terser (the JavaScript glue)");
        for name in [WEB_BIN, ELEMENT_NAME] {
            let js = staging.join(format!("{name}.js"));
            let before = file_len(&js)?;
            util::run(Command::new(&terser).arg(&js).args(["--module", "--compress", "--mangle", "-o"]).arg(&js))?;
            println!("terser {name}.js: {before} -> {} bytes", file_len(&js)?);
        }
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
    if out.join("index.html").exists() {
        return Err("web/static/index.html would overwrite web/index.html".into());
    }
    // Content-hashed names: a file's name changes with its content, so a
    // browser (and the service worker) may keep it for ever. The wasm first,
    // since the glue script names it.
    let mut html = fs::read_to_string(web.join("index.html"))?;
    let (wasm_name, js_name) = hash_glue_and_wasm(&out, WEB_BIN)?;
    let (element_wasm, element_js_name) = hash_glue_and_wasm(&out, ELEMENT_NAME)?;
    let css_name = hash_rename(&out, "style.css")?;
    let ru_name = hash_rename(&out, "i18n/ru.ftl")?;
    let en_name = hash_rename(&out, "i18n/en.ftl")?;
    // The styles of <ukuk-calculator>, inside its shadow root.
    fs::write(out.join("element.css"), element_css(&fs::read_to_string(out.join(&css_name))?))?;
    let element_css_name = hash_rename(&out, "element.css")?;
    // The start-up scripts (web/boot): the app's page, the iframe and the
    // custom element, each naming the glue script by its hashed name.
    let texts = format!("ru={ru_name} en={en_name}");
    let boot_script = |file: &str| -> Result<String> {
        let t = fs::read_to_string(web.join("boot").join(file))?;
        let glue = format!("\"./{WEB_BIN}.js\"");
        let element_glue = format!("\"./{ELEMENT_NAME}.js\"");
        if !t.contains(&glue) && !t.contains(&element_glue) {
            return Err(format!("web/boot/{file} imports neither {glue} nor {element_glue}").into());
        }
        Ok(t.replace(&glue, &format!("\"./{js_name}\""))
            .replace(&element_glue, &format!("\"./{element_js_name}\""))
            .replace("\"element.css\"", &format!("\"{element_css_name}\""))
            .replace("/*TEXTS*/", &texts))
    };
    fs::write(out.join("app.js"), boot_script("app.js")?)?;
    fs::write(out.join("embed.js"), boot_script("embed.js")?)?;
    fs::write(out.join("ukuk-calculator.js"), boot_script("ukuk-calculator.js")?)?;
    let app_name = hash_rename(&out, "app.js")?;
    let embed_name = hash_rename(&out, "embed.js")?;
    for (from, to) in [
        (format!("./{WEB_BIN}_bg.wasm"), format!("./{wasm_name}")),
        (format!("./{WEB_BIN}.js"), format!("./{js_name}")),
        ("./app.js".to_string(), format!("./{app_name}")),
        ("./style.css".to_string(), format!("./{css_name}")),
        ("i18n/ru.ftl".to_string(), ru_name.clone()),
        ("i18n/en.ftl".to_string(), en_name.clone()),
    ] {
        if !html.contains(&from) {
            return Err(format!("web/index.html does not name {from}").into());
        }
        html = html.replace(&from, &to);
    }
    if !html.contains("<!--FIRST-SCREEN-->") {
        return Err("web/index.html lacks <!--FIRST-SCREEN-->".into());
    }
    html = html.replace("<!--FIRST-SCREEN-->", &first_screen());
    fs::write(out.join("index.html"), &html)?;
    // The calculator alone, for another site's iframe.
    fs::write(out.join("embed.html"), html.replace(&format!("./{app_name}"), &format!("./{embed_name}")))?;
    fs::write(out.join("privacy.html"), privacy_page(&css_name))?;
    // The rules explorer, one page per language, from the engine's data.
    fs::write(out.join("rules.js"), fs::read_to_string(web.join("boot").join("rules.js"))?)?;
    let rules_js = hash_rename(&out, "rules.js")?;
    for lang in ukuk_i18n::Lang::ALL {
        fs::write(out.join(crate::explorer::page_name(lang)), crate::explorer::page(lang, &css_name, &rules_js))?;
    }
    let first_load = vec!["index.html".to_string(), wasm_name.clone(), js_name.clone(), app_name.clone(), css_name.clone()];
    // The service worker keeps these for offline use; its version changes
    // with any of them, so a new build replaces the old copy.
    let offline: Vec<String> = first_load.iter().chain([&ru_name, &en_name]).cloned().collect();
    write_service_worker(&web.join("sw.js"), &out.join("sw.js"), &offline)?;
    let versioned =
        [wasm_name, js_name, app_name, embed_name, css_name, element_wasm, element_js_name, element_css_name, rules_js, ru_name, en_name];
    let web_report = SizeReport::of(&out, &first_load)?;

    // The JavaScript API and its example page, in web/dist/api/.
    let api_out = out.join(API_DIR);
    if api_out.exists() {
        return Err(format!("web/static/{API_DIR} would collide with the JavaScript API in web/dist/{API_DIR}").into());
    }
    let api_input = cargo_build_wasm(root, &target_dir, API_PACKAGE, Artifact::Lib(API_LIB), "", Goal::Speed, "JavaScript API build")?;
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
    for file in ["example.js", "example.css"] {
        let from = Path::new(API_EXAMPLE).with_file_name(file);
        fs::copy(root.join(&from), api_out.join(file)).map_err(|e| format!("cannot copy {}: {e}", from.display()))?;
    }
    let api_report = SizeReport::of(&api_out, &[format!("{API_NAME}.js"), format!("{API_NAME}_bg.wasm")])?;

    // Brotli and gzip copies beside every file, for servers that send them
    // as they are (`cargo xtask serve`, nginx's gzip_static/brotli_static).
    util::heading("Web build: Brotli and gzip copies");
    let t = Instant::now();
    let written = precompress(&out)?;
    println!("{written} compressed copies written ({})", util::elapsed(t));

    remove_dir_all_if_exists(&dist)?;
    if fs::rename(&out, &dist).is_err() {
        // The target directory is on another file system: copy instead.
        fs::create_dir_all(&dist)?;
        copy_tree(&out, &dist)?;
    }
    println!("web/dist assembled; content-hashed files: {}", versioned.join(", "));
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
            Goal::Size => "release-size",
            Goal::Speed => "release",
        }
    }
    fn wasm_opt_level(self) -> &'static str {
        match self {
            Goal::Size => "-Oz",
            Goal::Speed => "-O3",
        }
    }
}

fn cargo_build_wasm(
    root: &Path,
    target_dir: &Path,
    package: &str,
    artifact: Artifact,
    features: &str,
    goal: Goal,
    step: &str,
) -> Result<PathBuf> {
    let (selector, name): (&[&str], &str) = match &artifact {
        Artifact::Bin(name) => (&["--bin", name], name),
        Artifact::Lib(name) => (&["--lib"], name),
    };
    let profile = goal.profile();
    util::heading(&format!("{step}: cargo build -p {package} --profile {profile} --target {WASM_TARGET} --features '{features}'"));
    util::run(
        util::cargo()
            .args(["build", "--profile", profile, "--package", package])
            .args(selector)
            .args(["--features", features])
            .args(["--target", WASM_TARGET])
            // The root profile strips symbols, which also drops the `target_features`
            // section wasm-bindgen reads to detect reference types; wasm-bindgen and
            // wasm-opt strip what is left afterwards.
            .env("CARGO_PROFILE_RELEASE_STRIP", "false")
            .env("CARGO_PROFILE_RELEASE_SIZE_STRIP", "false")
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

/// The first screen as plain HTML, in Kyrgyz (the default language): the
/// heading, the privacy line and the first question, shown before the wasm
/// arrives, with the app's own classes so nothing moves when it takes over
/// (the app removes `#first-screen` as it starts). The first question can be
/// answered already: on a slow connection the wait is not lost, and the app
/// takes the answer over (`boot` in web/src/main.rs). A line saying that the
/// calculator is on its way (`#first-loading`) stays hidden unless the app
/// is slow to start (`web/boot/app.js`), and without scripts.
fn first_screen() -> String {
    use ukuk_i18n::{Bundle, Lang};
    let b = Bundle::get(Lang::Ky);
    let t = |id: &str| html_escape(&b.text(id, &[]));
    format!(
        "<div id=\"first-screen\">\n\
         <header class=\"top\"><div class=\"brand\"><h1>{title}</h1><p class=\"tagline\">{tagline}</p></div>\
         <div class=\"privacy\"><p>{privacy}</p></div></header>\n\
         <main class=\"layout\"><div class=\"questions\"><section class=\"section\"><h2>{members}</h2><p class=\"note\">{note}</p>\
         <article class=\"card member\"><h3>{person}</h3><div class=\"field\"><label for=\"first-birth-date\">{birth} <span class=\"fmt\">{fmt}</span></label>\
         <input type=\"text\" id=\"first-birth-date\" placeholder=\"{fmt}\" autocomplete=\"off\"></div></article>\
         <p class=\"note\" id=\"first-loading\" role=\"status\" hidden>{loading}</p></section></div></main>\n\
         </div>",
        title = t("app-title"),
        tagline = t("app-tagline"),
        privacy = t("app-privacy"),
        members = t("app-members"),
        note = t("app-members-note"),
        person = html_escape(&b.text("app-member-default", &[("n", "1")])),
        birth = t("app-birth-date"),
        fmt = t("app-date-format"),
        loading = t("app-loading"),
    )
}

/// The privacy statement in Kyrgyz, Russian and English, one section each
/// (`privacy.html#ky`, `#ru`, `#en`), from the translation files; plain HTML,
/// the app's styles, no script.
fn privacy_page(css: &str) -> String {
    use ukuk_i18n::{Bundle, Lang};
    let mut sections = String::new();
    for lang in Lang::ALL {
        let b = Bundle::get(lang);
        let t = |id: &str| html_escape(&b.text(id, &[]));
        let paragraphs: String = ["privacy-where", "privacy-stored", "privacy-files", "privacy-embed", "privacy-forget"]
            .iter()
            .map(|id| format!("<p>{}</p>", t(id)))
            .collect();
        sections.push_str(&format!(
            "<section class=\"card\" id=\"{code}\" lang=\"{code}\" aria-labelledby=\"h-{code}\"><h2 id=\"h-{code}\">{title}</h2>{paragraphs}\
             <p><a href=\"./?lang={code}\">{back}</a></p></section>\n",
            code = lang.code(),
            title = t("privacy-title"),
            back = t("privacy-back"),
        ));
    }
    let ky = Bundle::get(Lang::Ky);
    format!(
        "<!doctype html>\n<html lang=\"ky\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<title>Ukuk — {title}</title>\n<link rel=\"icon\" href=\"data:,\">\n\
         <link rel=\"stylesheet\" href=\"./{css}\">\n</head>\n<body>\n<main class=\"layout privacy-page\">\n<h1>Ukuk</h1>\n{sections}</main>\n</body>\n</html>\n",
        title = html_escape(&ky.text("privacy-link", &[])),
    )
}

pub(crate) fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Gives `<name>_bg.wasm` and then `<name>.js` (which names the wasm, so the
/// wasm first) content-hashed names; returns both.
fn hash_glue_and_wasm(out: &Path, name: &str) -> Result<(String, String)> {
    let wasm_name = hash_rename(out, &format!("{name}_bg.wasm"))?;
    let js_path = out.join(format!("{name}.js"));
    let js = fs::read_to_string(&js_path)?;
    let plain_wasm = format!("\"{name}_bg.wasm\"");
    if js.matches(&plain_wasm).count() != 1 {
        return Err(format!("{name}.js does not name {plain_wasm} exactly once; cannot give the wasm a hashed name").into());
    }
    fs::write(&js_path, js.replace(&plain_wasm, &format!("\"{wasm_name}\"")))?;
    Ok((wasm_name, hash_rename(out, &format!("{name}.js"))?))
}

/// Renames `rel` (below `dir`) to `name.<hash>.ext` and returns the new
/// relative name.
fn hash_rename(dir: &Path, rel: &str) -> Result<String> {
    let path = dir.join(rel);
    let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (stem, ext) = rel.rsplit_once('.').ok_or_else(|| format!("{rel} has no extension"))?;
    let new = format!("{stem}.{}.{ext}", short_hash(&bytes));
    fs::rename(&path, dir.join(&new))?;
    Ok(new)
}

/// Writes `sw.js` from its template (`web/sw.js`): the files to keep for
/// offline use and a version that changes with them.
fn write_service_worker(template: &Path, out: &Path, files: &[String]) -> Result<()> {
    let t = fs::read_to_string(template)?;
    let list = std::iter::once("./".to_string())
        .chain(files.iter().filter(|f| *f != "index.html").map(|f| format!("./{f}")))
        .map(|f| format!("{f:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let version = short_hash(files.join("\n").as_bytes());
    for marker in ["/*FILES*/", "/*VERSION*/"] {
        if !t.contains(marker) {
            return Err(format!("{} lacks {marker}", template.display()).into());
        }
    }
    fs::write(out, t.replace("/*FILES*/", &list).replace("/*VERSION*/", &version))?;
    Ok(())
}

/// Writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip -9) beside
/// every file below `dir` whose copy is smaller; returns how many.
fn precompress(dir: &Path) -> Result<usize> {
    let mut written = 0;
    for rel in list_files(dir)? {
        let path = dir.join(&rel);
        let bytes = fs::read(&path)?;
        let mut br = Vec::new();
        {
            let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, ..Default::default() };
            brotli::BrotliCompress(&mut &bytes[..], &mut br, &params)?;
        }
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        gz.write_all(&bytes)?;
        let gz = gz.finish()?;
        for (ext, data) in [("br", br), ("gz", gz)] {
            if data.len() < bytes.len() {
                fs::write(dir.join(format!("{rel}.{ext}")), data)?;
                written += 1;
            }
        }
    }
    Ok(written)
}

/// The style sheet without comments and layout whitespace: the same rules,
/// fewer bytes for a phone's first load. Strings are kept as they are.
/// The app's styles for a shadow root: the custom properties and page
/// defaults of `:root`, `html` and `body` go on the element itself (`:host`)
/// and its root (`.ukuk-root`).
pub fn element_css(css: &str) -> String {
    let mut out = String::from(":host{display:block}");
    out.push_str(
        &css.replace(":root{", ":host{").replace(":root {", ":host {").replace("body{", ".ukuk-root{").replace("body {", ".ukuk-root {"),
    );
    out
}

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
    fn hashed_names_and_compressed_copies() {
        let dir = std::env::temp_dir().join(format!("xtask-dist-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("i18n")).unwrap();
        fs::write(dir.join("i18n/ru.ftl"), "app-x = текст\n".repeat(50)).unwrap();
        let name = hash_rename(&dir, "i18n/ru.ftl").unwrap();
        assert!(name.starts_with("i18n/ru.") && name.ends_with(".ftl") && name.len() == "i18n/ru..ftl".len() + 10, "{name}");
        assert!(dir.join(&name).is_file() && !dir.join("i18n/ru.ftl").exists());
        fs::write(dir.join("tiny.txt"), "a").unwrap();
        assert_eq!(precompress(&dir).unwrap(), 2, "a file too small to gain is left alone");
        let br = fs::read(dir.join(format!("{name}.br"))).unwrap();
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, fs::read(dir.join(&name)).unwrap());
        assert!(dir.join(format!("{name}.gz")).is_file() && !dir.join("tiny.txt.br").exists());
        let _ = fs::remove_dir_all(&dir);
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
