//! Installs what the build and the tests need, only when it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{self, Result};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Makes sure the standard library for `wasm32-unknown-unknown` is installed.
pub fn ensure_wasm_target() -> Result<()> {
    if wasm_target_installed() {
        return Ok(());
    }
    println!("The {WASM_TARGET} target is missing; installing it with rustup.");
    if util::which("rustup").is_none() {
        return Err(format!(
            "the {WASM_TARGET} target is not installed and rustup is not on PATH: \
             install the target for this toolchain by hand"
        )
        .into());
    }
    util::run(Command::new("rustup").args(["target", "add", WASM_TARGET]))?;
    if !wasm_target_installed() {
        return Err(format!("`rustup target add {WASM_TARGET}` did not install the target").into());
    }
    Ok(())
}

fn wasm_target_installed() -> bool {
    // Asks the rustc that cargo will use where the target's libraries live.
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Some(libdir) = util::output(Command::new(rustc).args(["--print", "target-libdir", "--target", WASM_TARGET])) else {
        return false;
    };
    std::fs::read_dir(libdir.trim())
        .map(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("libcore-")))
        .unwrap_or(false)
}

/// Runs `npm ci` in `dir` when its node_modules is missing or older than its
/// package-lock.json. Returns an error if npm is needed but missing.
pub fn ensure_npm_packages(dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    if !lock.is_file() {
        return Err(format!("{} is missing", lock.display()).into());
    }
    // npm writes this hidden lockfile on every install: it tells what is in node_modules.
    let installed = dir.join("node_modules").join(".package-lock.json");
    let fresh = match (mtime(&installed), mtime(&lock)) {
        (Some(installed), Some(lock)) => installed >= lock,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    if util::which("npm").is_none() {
        return Err(format!("npm is not on PATH; it is needed to install {}", dir.display()).into());
    }
    util::run(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]).current_dir(dir))
}

fn mtime(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The Chromium the browser tests drive: `$UKUK_CHROMIUM` or Debian's /usr/bin/chromium.
pub fn chromium_path() -> PathBuf {
    std::env::var_os("UKUK_CHROMIUM").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// Makes sure Chromium is installed, installing Debian's package when we are root.
pub fn ensure_chromium() -> Result<PathBuf> {
    let path = chromium_path();
    if path.is_file() {
        return Ok(path);
    }
    if path != Path::new("/usr/bin/chromium") {
        return Err(format!("UKUK_CHROMIUM={} does not exist", path.display()).into());
    }
    if !is_root() {
        return Err("Chromium is missing: run `apt-get install -y chromium chromium-driver` \
                    as root (or set UKUK_CHROMIUM to a Chromium executable)"
            .into());
    }
    if util::which("apt-get").is_none() {
        return Err("Chromium is missing and apt-get is not available to install it".into());
    }
    println!("Chromium is missing; installing Debian's chromium and chromium-driver.");
    util::run(Command::new("apt-get").args(["update", "-q"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
    util::run(
        Command::new("apt-get").args(["install", "-y", "-q", "chromium", "chromium-driver"]).env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    if !path.is_file() {
        return Err(format!("installed chromium, but {} is still missing", path.display()).into());
    }
    Ok(path)
}

pub fn is_root() -> bool {
    util::output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

/// Debian's nginx, with its Brotli module, for the test of the server
/// configuration (`web/nginx/ukuk.conf`); installed when missing and we are
/// root. Returns the nginx executable.
pub fn ensure_nginx() -> Result<PathBuf> {
    let nginx = PathBuf::from("/usr/sbin/nginx");
    let module = Path::new(NGINX_BROTLI_MODULE);
    if nginx.is_file() && module.is_file() {
        return Ok(nginx);
    }
    if !is_root() || util::which("apt-get").is_none() {
        return Err("nginx is missing: run `apt-get install -y nginx libnginx-mod-http-brotli-static` as root".into());
    }
    println!("nginx is missing; installing Debian's nginx and its Brotli module.");
    util::run(Command::new("apt-get").args(["update", "-q"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
    util::run(
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends", "nginx", "libnginx-mod-http-brotli-static"])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    if !nginx.is_file() || !module.is_file() {
        return Err("installed nginx, but /usr/sbin/nginx or its Brotli module is still missing".into());
    }
    Ok(nginx)
}

/// Where Debian's package puts nginx's Brotli module.
pub const NGINX_BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
