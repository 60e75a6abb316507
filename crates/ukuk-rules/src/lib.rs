//! Ukuk's rules engine: Kyrgyz state benefits computed from dated rules data.
//!
//! The engine is a pure function from a household (JSON, `interface.md`) and
//! a default date to a result that explains itself. It knows nothing of
//! browsers, files, terminals or clocks: the caller passes "today".
//!
//! ```
//! let today = ukuk_rules::Date::parse("2020-06-15").unwrap();
//! let input = r#"{"members": [{"id": "a", "birth_date": "1990-01-01", "sex": "female"}]}"#;
//! let out = ukuk_rules::evaluate_str(input, today).unwrap();
//! assert_eq!(out.benefits.len(), 4);
//! ```

pub mod benefits;
pub mod date;
pub mod input;
pub mod listing;
pub mod output;
pub mod params;

pub use date::Date;
pub use input::{read_household, Household, InputError};
pub use output::Output;

use output::{Detail, Warning};

/// Every warning code (each has a message `warning-<code>`).
pub const WARNING_CODES: &[&str] = &["rules_not_verified", "age_readings_differ"];
/// The benefits, in the order of the output.
pub const BENEFIT_IDS: &[&str] = &[
    benefits::birth_payment::ID,
    benefits::family_assistance::ID,
    benefits::social_benefit::ID,
    benefits::unemployment_allowance::ID,
];

/// Evaluates a checked household.
pub fn evaluate_household(h: &Household) -> Output {
    let mut warnings = Vec::new();
    let benefits = vec![
        benefits::birth_payment::evaluate(h),
        benefits::family_assistance::evaluate(h),
        benefits::social_benefit::evaluate(h, &mut warnings),
        benefits::unemployment_allowance::evaluate(h),
    ];
    let mut stale: Vec<_> = params::data::VERIFIED.iter().filter(|(_, until)| h.date > *until).collect();
    stale.sort_by_key(|(_, until)| *until);
    for (file, until) in stale {
        warnings.insert(
            0,
            Warning { code: "rules_not_verified", detail: Detail::new().with("rules", *file).with("verified_until", *until) },
        );
    }
    let verified = params::data::VERIFIED.iter().map(|(_, d)| *d).min().unwrap_or(h.date);
    Output {
        version: output::VERSION,
        date: h.date,
        rules_verified_until: verified,
        warnings,
        benefits,
        livestock: benefits::livestock::summary(&h.livestock, benefits::family_size(h), h.date),
    }
}

/// Reads, checks and evaluates a household given as a JSON value.
pub fn evaluate(input: &serde_json::Value, today: Date) -> Result<Output, Vec<InputError>> {
    let h = read_household(input, today)?;
    Ok(evaluate_household(&h))
}

/// Reads, checks and evaluates a household given as JSON text.
pub fn evaluate_str(input: &str, today: Date) -> Result<Output, Vec<InputError>> {
    match serde_json::from_str::<serde_json::Value>(input) {
        Ok(v) => evaluate(&v, today),
        Err(e) => Err(vec![InputError {
            path: String::new(),
            code: "invalid_json",
            args: vec![("line", e.line().to_string()), ("column", e.column().to_string()), ("problem", e.to_string())],
        }]),
    }
}

/// The message of an input error in a language (English for the JSON contract).
pub fn error_message(e: &InputError, lang: ukuk_i18n::Lang) -> String {
    let args: Vec<(&str, &str)> = e.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    ukuk_i18n::Bundle::get(lang).text(&format!("error-{}", e.code), &args)
}

#[derive(serde::Serialize)]
struct ErrorJson<'a> {
    path: &'a str,
    code: &'a str,
    message: String,
}

#[derive(serde::Serialize)]
struct ErrorsJson<'a> {
    errors: Vec<ErrorJson<'a>>,
}

/// The JSON of a result or of its errors, pretty-printed with two spaces and
/// a final newline. This is the exact text `ukuk eval` prints and the
/// JavaScript `evaluateJson` returns. The flag is `true` for a result.
pub fn to_json(result: &Result<Output, Vec<InputError>>) -> (String, bool) {
    let (text, ok) = match result {
        Ok(out) => (serde_json::to_string_pretty(out), true),
        Err(errors) => {
            let list = ErrorsJson {
                errors: errors
                    .iter()
                    .map(|e| ErrorJson { path: &e.path, code: e.code, message: error_message(e, ukuk_i18n::Lang::En) })
                    .collect(),
            };
            (serde_json::to_string_pretty(&list), false)
        }
    };
    // Serializing these types cannot fail (string keys, no floats).
    let mut text = text.unwrap_or_else(|_| String::from("{\"errors\":[{\"path\":\"\",\"code\":\"internal\",\"message\":\"internal\"}]}"));
    text.push('\n');
    (text, ok)
}

/// JSON text in, JSON text out: the whole engine behind one call.
pub fn evaluate_to_json(input: &str, today: Date) -> (String, bool) {
    to_json(&evaluate_str(input, today))
}
