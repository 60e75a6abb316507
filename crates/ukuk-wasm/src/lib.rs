//! The JavaScript API of Ukuk, for pages that embed the calculator (ministry
//! websites, counsellors' tools).
//!
//! `cargo xtask build` compiles this crate to WebAssembly and writes
//! `web/dist/api/ukuk.js`, `ukuk_bg.wasm` and `ukuk.d.ts`. From JavaScript:
//!
//! ```js
//! import init, { evaluate, evaluateJson, rules, version } from './ukuk.js';
//! await init();
//! const result = evaluate({ members: [...] });           // or a JSON string
//! if (result.errors) { /* bad input: every problem, with its JSON path */ }
//! ```
//!
//! Every function speaks the household contract (`interface.md` in the
//! shared docs): `evaluate` returns exactly the JSON `ukuk eval` prints,
//! parsed; `evaluateJson` returns the same text byte for byte. Bad input is
//! *returned* as `{errors: [...]}`, never thrown, and no input makes these
//! functions throw or trap: JavaScript values are turned into JSON text with
//! `JSON.stringify` (whose exceptions are caught), and the engine never
//! panics.
//!
//! "Today" (the evaluation date when the household has no `date`) is read
//! from the JavaScript clock in Kyrgyzstan's time zone (UTC+6 all year), as
//! the command line does, unless the caller passes `{today: "YYYY-MM-DD"}`.
//!
//! The TypeScript definitions are in `src/ukuk.d.ts` and go into the
//! generated `ukuk.d.ts` through a custom section.

use js_sys::{Array, Reflect, JSON};
use ukuk_rules::{Date, InputError, Output};
use wasm_bindgen::prelude::*;

/// Kyrgyzstan's time zone (Asia/Bishkek) is UTC+6 all year.
const BISHKEK_UTC_OFFSET_MS: f64 = 6.0 * 3600.0 * 1000.0;
const MS_PER_DAY: f64 = 86_400_000.0;

/// The option names `evaluate` and `evaluateJson` accept.
const OPTION_FIELDS: &[&str] = &["today"];

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = include_str!("ukuk.d.ts");

/// The civil date in Bishkek at `ms` milliseconds after the Unix epoch.
pub fn bishkek_date(ms: f64) -> Date {
    let days = ((ms + BISHKEK_UTC_OFFSET_MS) / MS_PER_DAY).floor();
    // A broken clock (NaN, far past or future) must not trap: keep to the
    // years the engine counts (`as` maps NaN to 0, 1970-01-01).
    let first = Date::from_ymd(ukuk_rules::date::MIN_YEAR, 1, 1).map_or(i32::MIN, Date::days);
    let last = Date::from_ymd(ukuk_rules::date::MAX_YEAR, 12, 31).map_or(i32::MAX, Date::days);
    Date::from_days((days as i32).clamp(first, last))
}

fn today_in_bishkek() -> Date {
    bishkek_date(js_sys::Date::now())
}

fn error(path: &str, code: &'static str, args: Vec<(&'static str, String)>) -> InputError {
    InputError { path: path.to_string(), code, args }
}

fn wrong_type(path: &str, expected: &str, found: String) -> InputError {
    error(path, "wrong_type", vec![("expected", expected.to_string()), ("found", found)])
}

/// `typeof v`, as JavaScript says it.
fn js_type(v: &JsValue) -> String {
    if v.is_null() {
        return "null".to_string();
    }
    v.js_typeof().as_string().unwrap_or_else(|| "unknown".to_string())
}

/// The message of a caught JavaScript exception, without trusting its shape.
fn exception_message(e: &JsValue) -> String {
    if let Some(s) = e.as_string() {
        return s;
    }
    Reflect::get(e, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()).unwrap_or_default()
}

/// The household as JSON text: a string is taken as it is, any other value
/// is written with `JSON.stringify`.
pub fn household_text(v: &JsValue) -> Result<String, InputError> {
    if let Some(text) = v.as_string() {
        return Ok(text);
    }
    if v.is_undefined() || v.is_function() || v.is_symbol() {
        return Err(wrong_type("", "object", js_type(v)));
    }
    match JSON::stringify(v) {
        Ok(text) => text.as_string().ok_or_else(|| wrong_type("", "object", js_type(v))),
        Err(e) => Err(wrong_type(
            "",
            "object",
            format!("a value JSON.stringify refuses ({})", exception_message(&e).lines().next().unwrap_or("")),
        )),
    }
}

/// Reads the options of `evaluate`: `undefined`, `null` or `{today: "YYYY-MM-DD"}`.
/// Errors are reported under the path `options…`.
pub fn read_options(v: &JsValue) -> Result<Option<Date>, Vec<InputError>> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    if !v.is_object() || v.is_function() || Array::is_array(v) {
        let found = if Array::is_array(v) { "array".to_string() } else { js_type(v) };
        return Err(vec![wrong_type("options", "object", found)]);
    }
    let mut errors = Vec::new();
    match Reflect::own_keys(v) {
        Ok(keys) => {
            for key in keys.iter() {
                // Symbol keys are not options; skip them.
                let Some(key) = key.as_string() else { continue };
                if !OPTION_FIELDS.contains(&key.as_str()) {
                    errors.push(error(
                        &format!("options.{key}"),
                        "unknown_field",
                        vec![("field", key.clone()), ("known", OPTION_FIELDS.join(", "))],
                    ));
                }
            }
        }
        Err(e) => errors.push(wrong_type("options", "object", format!("an object whose keys cannot be read ({})", exception_message(&e)))),
    }
    let today = match Reflect::get(v, &JsValue::from_str("today")) {
        Ok(t) if t.is_undefined() || t.is_null() => None,
        Ok(t) => match t.as_string() {
            Some(s) => match Date::parse(&s) {
                Some(d) => Some(d),
                None => {
                    errors.push(error("options.today", "invalid_date", vec![("value", s)]));
                    None
                }
            },
            None => {
                errors.push(wrong_type("options.today", "string", js_type(&t)));
                None
            }
        },
        Err(e) => {
            errors.push(wrong_type("options.today", "string", format!("a property that cannot be read ({})", exception_message(&e))));
            None
        }
    };
    if errors.is_empty() {
        Ok(today)
    } else {
        Err(errors)
    }
}

/// Evaluates a household given as a JavaScript value, with the options.
/// Option errors come first, then the household's own.
fn run(household: &JsValue, options: &JsValue) -> Result<Output, Vec<InputError>> {
    let (today, mut errors) = match read_options(options) {
        Ok(today) => (today.unwrap_or_else(today_in_bishkek), Vec::new()),
        Err(errors) => (today_in_bishkek(), errors),
    };
    let result = match household_text(household) {
        Ok(text) => ukuk_rules::evaluate_str(&text, today),
        Err(e) => Err(vec![e]),
    };
    match result {
        Ok(out) if errors.is_empty() => Ok(out),
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            Err(errors)
        }
    }
}

/// The last-resort value if our own JSON could not be parsed back (never expected).
fn internal_error() -> JsValue {
    JSON::parse(r#"{"errors":[{"path":"","code":"internal","message":"internal error"}]}"#).unwrap_or(JsValue::NULL)
}

fn parse_own_json(text: &str) -> JsValue {
    JSON::parse(text).unwrap_or_else(|_| internal_error())
}

/// Evaluates a household: a JavaScript object in the shape of the contract,
/// or its JSON text. Returns the result object (as `ukuk eval` prints it,
/// parsed), or `{errors: [...]}` for input that cannot be evaluated. Never
/// throws. `options.today` ("YYYY-MM-DD") replaces the clock's date.
#[wasm_bindgen(js_name = evaluate, skip_typescript)]
pub fn evaluate(household: JsValue, options: JsValue) -> JsValue {
    match run(&household, &options) {
        // Compact text parses faster; the object is the same.
        Ok(out) => match serde_json::to_string(&out) {
            Ok(text) => parse_own_json(&text),
            Err(_) => internal_error(),
        },
        errors => parse_own_json(&ukuk_rules::to_json(&errors).0),
    }
}

/// Like `evaluate`, but returns the JSON text, byte for byte what
/// `ukuk eval` prints (two-space indentation, final newline).
#[wasm_bindgen(js_name = evaluateJson, skip_typescript)]
pub fn evaluate_json(household: JsValue, options: JsValue) -> String {
    ukuk_rules::to_json(&run(&household, &options)).0
}

/// Every parameter in force on `date` ("YYYY-MM-DD"; default: today in
/// Bishkek), with its source: what `ukuk rules --date DATE` prints, parsed.
/// A bad date gives `{errors: [...]}` with the path `date`.
#[wasm_bindgen(js_name = rules, skip_typescript)]
pub fn rules(date: JsValue) -> JsValue {
    let date = if date.is_undefined() || date.is_null() {
        today_in_bishkek()
    } else {
        let parsed = match date.as_string() {
            Some(s) => Date::parse(&s).ok_or_else(|| error("date", "invalid_date", vec![("value", s)])),
            None => Err(wrong_type("date", "string", js_type(&date))),
        };
        match parsed {
            Ok(d) => d,
            Err(e) => return parse_own_json(&ukuk_rules::to_json(&Err(vec![e])).0),
        }
    };
    match serde_json::to_string(&ukuk_rules::listing::rules_on(date)) {
        Ok(text) => parse_own_json(&text),
        Err(_) => internal_error(),
    }
}

/// The versions behind this build, as JSON text (see `VersionInfo` in ukuk.d.ts).
pub fn version_json() -> String {
    let verified = ukuk_rules::params::data::VERIFIED.iter().map(|(_, d)| *d).min();
    let verified = verified.map_or_else(|| "null".to_string(), |d| format!("\"{d}\""));
    format!(
        "{{\"version\":{},\"package\":\"{}\",\"rules_verified_until\":{verified}}}",
        ukuk_rules::output::VERSION,
        env!("CARGO_PKG_VERSION"),
    )
}

/// `{version, package, rules_verified_until}`: the contract version (the
/// `version` field of every result), this package's version, and the last
/// day every rules file was checked against its source.
#[wasm_bindgen(js_name = version, skip_typescript)]
pub fn version() -> JsValue {
    parse_own_json(&version_json())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ukuk_rules::params::Grade;

    #[test]
    fn bishkek_date_is_utc_plus_six() {
        // 2020-06-14T17:59:59.999Z is still the 14th in Bishkek; 18:00Z is the 15th.
        let at = |s: &str| bishkek_date(s.parse::<f64>().unwrap());
        let day_ms = 1_592_179_200_000.0; // 2020-06-15T00:00:00Z
        assert_eq!(bishkek_date(day_ms - 6.0 * 3_600_000.0 - 1.0).to_string(), "2020-06-14");
        assert_eq!(bishkek_date(day_ms - 6.0 * 3_600_000.0).to_string(), "2020-06-15");
        assert_eq!(bishkek_date(day_ms + 17.0 * 3_600_000.0).to_string(), "2020-06-15");
        assert_eq!(bishkek_date(day_ms + 18.0 * 3_600_000.0).to_string(), "2020-06-16");
        assert_eq!(at("0").to_string(), "1970-01-01");
        // A broken clock gives some date, never a trap.
        let _ = bishkek_date(f64::NAN);
        let _ = bishkek_date(f64::INFINITY);
        let _ = bishkek_date(-f64::INFINITY);
    }

    #[test]
    fn version_json_is_json_with_the_contract_version() {
        let v: serde_json::Value = serde_json::from_str(&version_json()).unwrap();
        assert_eq!(v["version"], ukuk_rules::output::VERSION);
        assert_eq!(v["package"], env!("CARGO_PKG_VERSION"));
        assert!(Date::parse(v["rules_verified_until"].as_str().unwrap()).is_some());
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 3);
    }

    /// The string unions of ukuk.d.ts name exactly the engine's codes.
    #[test]
    fn the_typescript_unions_match_the_engine() {
        let ts = include_str!("ukuk.d.ts");
        let union = |name: &str| -> Vec<String> {
            let start = ts.find(&format!("export type {name} =")).unwrap_or_else(|| panic!("{name} is not declared"));
            let body = &ts[start..];
            let body = &body[..body.find(';').unwrap()];
            body.split('"').skip(1).step_by(2).map(str::to_string).collect()
        };
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };
        let codes = |l: &[&str]| sorted(l.iter().map(|s| s.to_string()).collect());
        assert_eq!(sorted(union("WarningCode")), codes(ukuk_rules::WARNING_CODES));
        assert_eq!(sorted(union("BenefitId")), codes(&ukuk_rules::benefit_ids()));
        let mut errors = codes(ukuk_rules::input::ERROR_CODES);
        errors.push("internal".into());
        assert_eq!(sorted(union("ErrorCode")), sorted(errors));
        let grades = [Grade::Official, Grade::ActText, Grade::Handbook, Grade::Press].map(|g| g.code().to_string()).to_vec();
        assert_eq!(sorted(union("Grade")), sorted(grades));
    }

    #[test]
    fn the_typescript_declares_every_export() {
        for name in ["export function evaluate(", "export function evaluateJson(", "export function rules(", "export function version("] {
            assert!(include_str!("ukuk.d.ts").contains(name), "{name} is not declared in ukuk.d.ts");
        }
    }
}
