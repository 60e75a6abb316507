//! Every parameter in force on a date, with its source (`ukuk rules`,
//! JavaScript `rules(date)`).

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::date::Date;
use crate::params::{data, ValueRef};

/// A value as `ukuk rules` prints it (the rules explorer shows the same).
pub fn value_json(v: &ValueRef) -> Value {
    match v {
        ValueRef::Decimal(d) => Value::String(crate::output::decimal_text(*d)),
        ValueRef::Int(n) => json!(n),
        ValueRef::Date(d) => Value::String(d.to_string()),
        ValueRef::Codes(c) => json!(c),
        ValueRef::Units(u) => Value::Object(u.iter().map(|(k, d)| (k.to_string(), Value::String(d.to_string()))).collect::<Map<_, _>>()),
    }
}

/// One parameter in force.
#[derive(Serialize)]
pub struct Entry {
    pub name: &'static str,
    pub value: Value,
    pub from: Date,
    pub until: Option<Date>,
    pub source: &'static str,
    /// How good the source is: `official`, `act_text`, `handbook` or `press`.
    pub grade: &'static str,
    /// The act a press report names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub act: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
    pub file: &'static str,
}

/// Every parameter in force on a date; serialized in this field order.
#[derive(Serialize)]
pub struct Listing {
    pub version: u32,
    pub date: Date,
    pub rules_verified_until: Vec<Verified>,
    pub parameters: Vec<Entry>,
    /// Parameters with no value in force on the date (not yet, or no longer).
    pub not_in_force: Vec<&'static str>,
    /// The benefits the engine computes, in the order of a result.
    pub benefits: Vec<BenefitEntry>,
}

/// A registered benefit (`benefits::REGISTRY`).
#[derive(Serialize)]
pub struct BenefitEntry {
    pub id: &'static str,
    pub period: &'static str,
    /// The rules files it reads, its own first.
    pub rules: Vec<&'static str>,
    pub verified_until: Date,
}

/// A rules file's last verified date, and whether the listing's date is later.
#[derive(Serialize)]
pub struct Verified {
    pub rules: &'static str,
    pub verified_until: Date,
    pub stale: bool,
}

/// The listing on `date`.
pub fn rules_on(date: Date) -> Listing {
    let mut parameters = Vec::new();
    let mut not_in_force = Vec::new();
    for p in data::ALL_PARAMS {
        match p.view_at(date) {
            Some(v) => parameters.push(Entry {
                name: p.name(),
                value: value_json(&v.value),
                from: v.from,
                until: v.until,
                source: v.basis.source,
                grade: v.basis.grade.code(),
                act: v.basis.act,
                note: v.basis.note,
                file: p.file(),
            }),
            None => not_in_force.push(p.name()),
        }
    }
    Listing {
        version: crate::output::VERSION,
        date,
        rules_verified_until: data::VERIFIED.iter().map(|(f, d)| Verified { rules: f, verified_until: *d, stale: date > *d }).collect(),
        parameters,
        not_in_force,
        benefits: crate::benefits::REGISTRY
            .iter()
            .map(|d| BenefitEntry { id: d.id, period: d.period, rules: d.rules_files(), verified_until: d.verified_until })
            .collect(),
    }
}
