//! Compiles `rules/*.toml` into `$OUT_DIR/rules_data.rs` with `ukuk-rulesgen`,
//! which checks the data: a bad table stops the build, naming the file and
//! line of every problem.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules_dir = manifest.join("../../rules");
    println!("cargo:rerun-if-changed={}", rules_dir.display());
    if let Ok(entries) = std::fs::read_dir(&rules_dir) {
        for e in entries.flatten() {
            println!("cargo:rerun-if-changed={}", e.path().display());
        }
    }
    match ukuk_rulesgen::compile_dir(&rules_dir) {
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
