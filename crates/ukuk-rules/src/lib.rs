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
//! assert_eq!(out.benefits.len(), ukuk_rules::benefits::REGISTRY.len());
//! ```

// The engine never panics and never computes with floats: the compiler
// holds it to that (tests and benches are separate crates).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::float_arithmetic, clippy::panic)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

pub mod benefits;
pub mod date;
pub mod exact;
pub mod input;
pub mod listing;
pub mod output;
pub mod params;
pub mod questions;
#[cfg(feature = "reform")]
pub mod reform;
pub mod short;
pub mod tree;

pub use date::Date;
pub use input::{read_household, Household, InputError};
pub use output::Output;

use output::{Detail, Warning};

/// Every warning code (each has a message `warning-<code>`).
pub const WARNING_CODES: &[&str] =
    &["rules_not_verified", "press_source", "combination_unpublished", "choose_one", "residence_readings_differ"];
/// The ids of the benefits, in the order of the output (from [`benefits::REGISTRY`]).
pub fn benefit_ids() -> Vec<&'static str> {
    benefits::ids().collect()
}

/// Evaluates a checked household.
pub fn evaluate_household(h: &Household) -> Output {
    let waiting = benefits::facts_missing(h);
    let mut benefits: Vec<output::Benefit> =
        benefits::REGISTRY.iter().map(|d| if waiting && d.reads_members() { benefits::waiting(d, h) } else { (d.evaluate)(h) }).collect();
    // The warnings, the reasons, the livestock summary and the open
    // questions are for a reader of one result; a lean evaluation (a
    // population) leaves them out.
    let lean = output::lean();
    let mut warnings = Vec::new();
    if !lean {
        let choices = choose_one(&mut benefits);
        let raised: Vec<Warning> =
            benefits.iter_mut().flat_map(|b| b.explained.as_mut().map(|e| std::mem::take(&mut e.warnings)).unwrap_or_default()).collect();
        let mut stale: Vec<_> = params::data::VERIFIED.iter().filter(|(_, until)| h.date > *until).collect();
        short::sort_by_key(&mut stale, |(_, until)| *until);
        for (file, until) in stale {
            warnings
                .push(Warning { code: "rules_not_verified", detail: Detail::new().with("rules", *file).with("verified_until", *until) });
        }
        warnings.extend(raised);
        warnings.extend(choices);
        press_warnings(&benefits, &mut warnings);
        combination_warnings(&benefits, &mut warnings);
    }
    let verified = params::data::VERIFIED.iter().map(|(_, d)| *d).min().unwrap_or(h.date);
    Output {
        version: output::VERSION,
        date: h.date,
        rules_verified_until: verified,
        warnings,
        benefits,
        livestock: if lean {
            output::Livestock::default()
        } else {
            benefits::livestock::summary(&h.livestock, benefits::family_size(h), h.date)
        },
        questions: if lean {
            Vec::new()
        } else {
            questions::open(h).into_iter().map(|(member, fact)| output::Question { member, fact }).collect()
        },
    }
}

/// Where two due benefits cannot be paid together (`Def::not_with`), the
/// first gets a reason with both amounts and the larger, and the result a
/// `choose_one` warning: the family chooses.
fn choose_one(benefits: &mut [output::Benefit]) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for def in benefits::REGISTRY {
        let Some((other, rule)) = def.not_with else { continue };
        let amount_of =
            |id: &str| benefits.iter().find(|b| b.id == id && b.status == output::Status::Eligible).and_then(|b| b.amount).map(|m| m.0);
        let (Some(mine), Some(theirs)) = (amount_of(def.id), amount_of(other)) else { continue };
        let larger = if mine >= theirs { def.id } else { other };
        let detail = Detail::new()
            .with("benefit", def.id)
            .with("other", other)
            .with("amount", output::Money(mine))
            .with("other_amount", output::Money(theirs))
            .with("larger", larger);
        if let Some(b) = benefits.iter_mut().find(|b| b.id == def.id) {
            b.explained_mut().reasons.push(output::Reason::new(rule, output::Outcome::Pass, detail.clone()));
        }
        warnings.push(Warning { code: "choose_one", detail });
    }
    warnings
}

/// A `combination_unpublished` warning for each pair of due benefits whose
/// combination the published sources leave open (rules.md section 8: both
/// are computed and shown; the office decides).
fn combination_warnings(benefits: &[output::Benefit], warnings: &mut Vec<Warning>) {
    let due = |id: &str| benefits.iter().any(|b| b.id == id && b.status == output::Status::Eligible);
    for def in benefits::REGISTRY {
        for other in def.combination_unpublished_with {
            if due(def.id) && due(other) {
                warnings
                    .push(Warning { code: "combination_unpublished", detail: Detail::new().with("benefit", def.id).with("other", *other) });
            }
        }
    }
}

/// One `press_source` warning for each dated value resting on press reports
/// that a due (or undecided) benefit used, naming the value, the act the
/// reports name, and the benefit: before relying on the amount, confirm it.
/// A refusal carries no such warning; its reasons still carry their grade.
fn press_warnings(benefits: &[output::Benefit], warnings: &mut Vec<Warning>) {
    for b in benefits.iter().filter(|b| b.status != output::Status::NotEligible) {
        for r in b.reasons() {
            for basis in r.source.cited().filter(|c| c.grade == params::Grade::Press) {
                let known = warnings
                    .iter()
                    .any(|w| w.code == "press_source" && w.detail.get("parameter") == Some(&output::Value::Code(basis.param)));
                if !known {
                    let mut d = Detail::new().with("parameter", basis.param).with("benefit", b.id);
                    if let Some(act) = basis.act {
                        d = d.with("act", act);
                    }
                    warnings.push(Warning { code: "press_source", detail: d });
                }
            }
        }
    }
}

/// Reads, checks and evaluates a household given as a JSON value.
pub fn evaluate(input: &serde_json::Value, today: Date) -> Result<Output, Vec<InputError>> {
    evaluate_tree(input, today)
}

/// [`evaluate`] of any [`tree::Tree`] (a population table's household).
pub fn evaluate_tree(input: &impl tree::Tree, today: Date) -> Result<Output, Vec<InputError>> {
    let h = input::read_tree(input, today)?;
    Ok(evaluate_household(&h))
}

/// [`evaluate`] without what only a reader of one result needs: the same
/// rules checked, and for each benefit the same status, amount, period and
/// dates (`starts`, `ends`), but no reasons, no per-member, per-birth or
/// monthly lists (left empty), no documents, no warnings, no livestock
/// summary and no open questions. For populations (`ukuk batch`, `ukuk
/// simulate`, the Python package), which read statuses and amounts.
pub fn evaluate_lean(input: &serde_json::Value, today: Date) -> Result<Output, Vec<InputError>> {
    evaluate_lean_tree(input, today)
}

/// [`evaluate_lean`] of any [`tree::Tree`].
pub fn evaluate_lean_tree(input: &impl tree::Tree, today: Date) -> Result<Output, Vec<InputError>> {
    output::with_lean(|| evaluate_tree(input, today))
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
