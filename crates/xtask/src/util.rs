//! Small helpers shared by the commands.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Prints a step heading that stands out in long CI logs.
pub fn heading(title: &str) {
    println!("\n==> {title}");
}

/// The cargo that runs us (set by `cargo run`), so nested builds use the same toolchain.
pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs a command with inherited stdio, echoing it first; fails on a non-zero exit.
pub fn run(cmd: &mut Command) -> Result<()> {
    println!("$ {}", display_command(cmd));
    let started = Instant::now();
    let status = cmd.status().map_err(|e| format!("could not start `{}`: {e}", display_command(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status}) after {}", display_command(cmd), elapsed(started)).into())
    }
}

/// Runs a command quietly and returns its stdout, or None if it could not run or failed.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn display_command(cmd: &Command) -> String {
    // Show the cargo that runs us (a long toolchain path) simply as `cargo`.
    let program = cmd.get_program();
    let mut s =
        if std::env::var_os("CARGO").as_deref() == Some(program) { "cargo".to_string() } else { program.to_string_lossy().into_owned() };
    for arg in cmd.get_args() {
        s.push(' ');
        s.push_str(&quote(arg));
    }
    if let Some(dir) = cmd.get_current_dir() {
        s = format!("(cd {} && {s})", dir.display());
    }
    s
}

fn quote(arg: &OsStr) -> String {
    let a = arg.to_string_lossy();
    if !a.is_empty() && a.chars().all(|c| c.is_ascii_alphanumeric() || "-_=./:,@+".contains(c)) {
        a.into_owned()
    } else {
        format!("'{}'", a.replace('\'', r"'\''"))
    }
}

pub fn elapsed(started: Instant) -> String {
    format!("{:.1}s", started.elapsed().as_secs_f64())
}

/// Is `program` on PATH (or an existing path)?
pub fn which(program: &str) -> Option<PathBuf> {
    let p = Path::new(program);
    if p.components().count() > 1 {
        return p.is_file().then(|| p.to_path_buf());
    }
    std::env::split_paths(&std::env::var_os("PATH")?).map(|dir| dir.join(program)).find(|candidate| candidate.is_file())
}
