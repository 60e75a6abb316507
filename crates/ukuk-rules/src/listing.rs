//! Every parameter in force on a date, with its source (`ukuk rules`,
//! JavaScript `rules(date)`).

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::date::Date;
use crate::params::{data, ValueRef};

fn value_json(v: &ValueRef) -> Value {
    match v {
        ValueRef::Decimal(d) => Value::String(d.to_string()),
        ValueRef::Int(n) => json!(n),
        ValueRef::Date(d) => Value::String(d.to_string()),
        ValueRef::Codes(c) => json!(c),
        ValueRef::Units(u) => Value::Object(u.iter().map(|(k, d)| (k.to_string(), Value::String(d.to_string()))).collect::<Map<_, _>>()),
    }
}

#[derive(Serialize)]
struct Entry {
    name: &'static str,
    value: Value,
    from: Date,
    until: Option<Date>,
    source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'static str>,
    file: &'static str,
}

#[derive(Serialize)]
struct Listing {
    version: u32,
    date: Date,
    rules_verified_until: Vec<Verified>,
    parameters: Vec<Entry>,
    /// Parameters with no value in force on the date (not yet, or no longer).
    not_in_force: Vec<&'static str>,
}

#[derive(Serialize)]
struct Verified {
    rules: &'static str,
    verified_until: Date,
    stale: bool,
}

/// The listing as a JSON value.
pub fn rules_on(date: Date) -> Value {
    let mut parameters = Vec::new();
    let mut not_in_force = Vec::new();
    for p in data::ALL_PARAMS {
        match p.view_at(date) {
            Some(v) => parameters.push(Entry {
                name: p.name(),
                value: value_json(&v.value),
                from: v.from,
                until: v.until,
                source: v.source,
                note: v.note,
                file: p.file(),
            }),
            None => not_in_force.push(p.name()),
        }
    }
    let listing = Listing {
        version: crate::output::VERSION,
        date,
        rules_verified_until: data::VERIFIED.iter().map(|(f, d)| Verified { rules: f, verified_until: *d, stale: date > *d }).collect(),
        parameters,
        not_in_force,
    };
    serde_json::to_value(listing).unwrap_or(Value::Null)
}
