//! Compiles `rules/*.toml` into `$OUT_DIR/rules_data.rs` with `ukuk-rulesgen`,
//! which checks the data: a bad table stops the build, naming the file and
//! line of every problem. It also reads this crate's `src/`, so that a
//! parameter no rule reads stops the build too.

use std::path::{Path, PathBuf};

fn watch(dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                watch(&p);
            } else {
                println!("cargo:rerun-if-changed={}", p.display());
            }
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules_dir = manifest.join("../../rules");
    let src_dir = manifest.join("src");
    watch(&rules_dir);
    watch(&src_dir);
    match ukuk_rulesgen::compile_dir(&rules_dir, Some(&src_dir)) {
        Ok(code) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rules_data.rs");
            std::fs::write(out, code).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("The rules data in rules/ is invalid; nothing was built:");
            for e in errors {
                eprintln!("error: {e}");
            }
            std::process::exit(1);
        }
    }
}
