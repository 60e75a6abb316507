//! The engine's JSON entry point on arbitrary bytes: it must never panic,
//! and must always answer JSON, a result or a list of errors, the same way
//! twice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ukuk_rules::Date;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // A fixed "today" inside the rules, so that runs are reproducible.
    let Some(today) = Date::parse("2026-09-01") else { return };
    let (out, ok) = ukuk_rules::evaluate_to_json(text, today);
    let parsed: serde_json::Value = serde_json::from_str(&out).expect("the engine always answers JSON");
    assert_eq!(ok, parsed.get("errors").is_none(), "a result has no `errors`, a refusal only `errors`");
    if ok {
        // Every amount the result states is a non-negative decimal string.
        for b in parsed["benefits"].as_array().expect("benefits is a list") {
            if let Some(a) = b["amount"].as_str() {
                assert!(!a.starts_with('-'), "negative amount {a} in {out}");
            }
        }
    }
    let (again, _) = ukuk_rules::evaluate_to_json(text, today);
    assert_eq!(out, again, "the same input gave two answers");
});
