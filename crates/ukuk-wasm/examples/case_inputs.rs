//! Writes the household of every case in `tests/cases/**/*.yaml` as a JSON
//! file, for the browser test of the JavaScript API
//! (`tests/browser/jsapi.test.mjs`), which compares the API's answer for
//! each with what `ukuk eval` prints for the same file.
//!
//! ```text
//! cargo run -p ukuk-wasm --example case_inputs -- OUT_DIR [CASES_DIR]
//! ```
//!
//! `OUT_DIR` receives one `NNN.json` per case (the `input` written as JSON,
//! or the exact `input_json` text) and `cases.json`, the list
//! `[{"name", "file", "today"}]` (`today` as the case runner uses it:
//! the case's `today`, else 2020-06-15). Cases that cannot be read are left
//! out here; the case runner (`cargo test -p ukuk-tests --test cases`)
//! reports them.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{json, Value};

/// The case runner's default "today" (tests/cases.rs).
const DEFAULT_TODAY: &str = "2020-06-15";

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            yaml_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
    Ok(())
}

/// The input text and "today" of one case file, or why it has none.
fn case_input(text: &str) -> Result<(String, String), String> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| format!("not YAML: {e}"))?;
    let case = serde_json::to_value(&yaml).map_err(|e| format!("not convertible to JSON: {e}"))?;
    let today = match case.get("today") {
        None => DEFAULT_TODAY.to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => return Err(format!("`today` is not a string: {other}")),
    };
    let input = match (case.get("input"), case.get("input_json")) {
        (Some(v), None) => serde_json::to_string_pretty(v).map_err(|e| e.to_string())? + "\n",
        (None, Some(Value::String(s))) => s.clone(),
        _ => return Err("no `input` (or `input_json` text)".to_string()),
    };
    Ok((input, today))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out_dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: case_inputs OUT_DIR [CASES_DIR]");
        return ExitCode::from(2);
    };
    let cases_dir = args.get(1).map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases"));
    let mut files = Vec::new();
    if let Err(e) = yaml_files(&cases_dir, &mut files) {
        eprintln!("case_inputs: cannot read {}: {e}", cases_dir.display());
        return ExitCode::FAILURE;
    }
    files.sort();

    let _ = std::fs::remove_dir_all(&out_dir);
    if let Err(e) = std::fs::create_dir_all(&out_dir) {
        eprintln!("case_inputs: cannot create {}: {e}", out_dir.display());
        return ExitCode::FAILURE;
    }
    let mut list = Vec::new();
    for path in &files {
        let name = path.strip_prefix(&cases_dir).unwrap_or(path).to_string_lossy().replace('\\', "/");
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("case_inputs: skipped {name}: {e}");
                continue;
            }
        };
        match case_input(&text) {
            Ok((input, today)) => {
                let file = format!("{:03}.json", list.len());
                if let Err(e) = std::fs::write(out_dir.join(&file), input) {
                    eprintln!("case_inputs: cannot write {file}: {e}");
                    return ExitCode::FAILURE;
                }
                list.push(json!({"name": name, "file": file, "today": today}));
            }
            Err(why) => eprintln!("case_inputs: skipped {name}: {why}"),
        }
    }
    let manifest = serde_json::to_string_pretty(&Value::Array(list.clone())).unwrap_or_default() + "\n";
    if let Err(e) = std::fs::write(out_dir.join("cases.json"), manifest) {
        eprintln!("case_inputs: cannot write cases.json: {e}");
        return ExitCode::FAILURE;
    }
    println!("case_inputs: {} of {} cases written to {}", list.len(), files.len(), out_dir.display());
    ExitCode::SUCCESS
}
