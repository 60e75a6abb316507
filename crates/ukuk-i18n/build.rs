//! Writes compact copies of the translation files (no comments, no blank
//! lines between entries) to `$OUT_DIR`: a wasm build carries those.

include!("src/compact.rs");

fn main() {
    let dir = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("locales");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for lang in ["ky", "ru", "en"] {
        for part in ["engine", "cli", "app"] {
            let src = dir.join(lang).join(format!("{part}.ftl"));
            println!("cargo:rerun-if-changed={}", src.display());
            let text = std::fs::read_to_string(&src).unwrap_or_default();
            std::fs::write(out.join(format!("{lang}-{part}.ftl")), compact_ftl(&text)).expect("OUT_DIR is writable");
        }
    }
}
