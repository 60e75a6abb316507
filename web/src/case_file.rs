//! A household as a file or a link: the contract's JSON (the file `ukuk eval`
//! reads) in and out of the form. A file is checked by the engine before it
//! replaces anything: a bad one leaves the form as it was.
//!
//! JSON text is read and written by the browser (`JSON.parse`,
//! `JSON.stringify`, see `js_json`), which keeps a JSON parser and printer
//! out of the app's first load; the functions here take and give values.

use serde_json::{Map, Value};
use ukuk_rules::{Date, InputError};

use crate::model::{Birth, Household, Member, OtherAnimal, Vehicle, ANIMALS};

/// Why a file cannot be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    /// Not JSON at all (or not an object).
    NotJson,
    /// JSON the engine refuses: its first problem.
    Refused(InputError),
}

fn text(v: Option<&Value>) -> String {
    v.and_then(Value::as_str).unwrap_or_default().to_string()
}

/// A date of the contract (ISO) as the form shows it: day, month, year.
fn typed_date(v: Option<&Value>) -> String {
    match v.and_then(Value::as_str).and_then(Date::parse) {
        Some(d) => {
            let (y, m, day) = d.ymd();
            format!("{day:02}.{m:02}.{y}")
        }
        None => String::new(),
    }
}

fn count(v: Option<&Value>) -> String {
    v.and_then(Value::as_u64).map(|n| n.to_string()).unwrap_or_default()
}

fn flag(v: Option<&Value>) -> bool {
    v.and_then(Value::as_bool).unwrap_or(false)
}

fn yes_no(v: Option<&Value>) -> String {
    match v.and_then(Value::as_bool) {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

/// Reads a household file (its JSON, `None` when it is none) into the form.
/// The engine checks it first, on `today`: the form is replaced only by a
/// household it accepts.
pub fn from_file(v: Option<Value>, today: Date) -> Result<Household, OpenError> {
    let Some(v) = v.filter(Value::is_object) else {
        return Err(OpenError::NotJson);
    };
    if let Err(errors) = ukuk_rules::read_household(&v, today) {
        return Err(errors.into_iter().next().map_or(OpenError::NotJson, OpenError::Refused));
    }
    Ok(from_json(&v))
}

/// The form's household from contract JSON the engine has accepted.
fn from_json(v: &Value) -> Household {
    let empty = Map::new();
    let root = v.as_object().unwrap_or(&empty);
    let mut h = Household { date: typed_date(root.get("date")), ..Household::default() };
    if let Some(c) = root.get("region_coefficient").and_then(Value::as_str) {
        h.region_coefficient = c.to_string();
    }
    h.high_mountain = flag(root.get("high_mountain"));
    h.mother_residence_years = count(root.get("mother_residence_years"));
    // Members: their ids become keys (and, unless the form made them, names).
    let mut ids: Vec<(String, u32)> = Vec::new();
    for mv in root.get("members").and_then(Value::as_array).into_iter().flatten() {
        let key = h.take_key();
        let id = text(mv.get("id"));
        let made_here = id.strip_prefix('m').is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()));
        let mut m = Member {
            key,
            name: if made_here { String::new() } else { id.clone() },
            birth_date: typed_date(mv.get("birth_date")),
            sex: text(mv.get("sex")),
            pension_right: yes_no(mv.get("pension_right")),
            birth_order: count(mv.get("birth_order")),
            hiv: flag(mv.get("hiv")),
            mother_hiv: flag(mv.get("mother_hiv")),
            orphan: text(mv.get("orphan")),
            hero_mother: flag(mv.get("hero_mother")),
            full_state_support: flag(mv.get("full_state_support")),
            ..Member::default()
        };
        if let Some(st) = mv.get("status") {
            m.status = text(st.get("kind"));
            let country = text(st.get("country"));
            let treaty = ukuk_rules::params::data::shared::TREATY_COUNTRIES.periods.iter().any(|p| p.value.contains(&country.as_str()));
            if !country.is_empty() && !treaty {
                m.country = "other".into();
                m.country_other = country;
            } else {
                m.country = country;
            }
            m.residence_permit = flag(st.get("residence_permit"));
        }
        if let Some(d) = mv.get("disability") {
            m.disabled = true;
            m.disability_group = count(d.get("group"));
            m.since_childhood = flag(d.get("since_childhood"));
        }
        for (t, a) in mv.get("income").and_then(Value::as_object).into_iter().flatten() {
            if let Some(a) = a.as_str() {
                m.income.set(t, a.to_string());
            }
        }
        ids.push((id, key));
        h.members.push(m);
    }
    let key_of = |id: Option<&Value>| id.and_then(Value::as_str).and_then(|i| ids.iter().find(|(x, _)| x == i)).map(|(_, k)| *k);
    if let Some(a) = root.get("assets") {
        for vv in a.get("vehicles").and_then(Value::as_array).into_iter().flatten() {
            let key = h.take_key();
            h.vehicles.push(Vehicle {
                key,
                kind: text(vv.get("kind")),
                year: count(vv.get("year")),
                working: vv.get("working").and_then(Value::as_bool).unwrap_or(true),
            });
        }
        for (animal, n) in a.get("livestock").and_then(Value::as_object).into_iter().flatten() {
            let n = n.as_u64().map(|n| n.to_string()).unwrap_or_default();
            if ANIMALS.contains(&animal.as_str()) {
                h.livestock.set(animal, n);
            } else {
                let key = h.take_key();
                let known = crate::model::OTHER_ANIMALS.contains(&animal.as_str());
                let (kind, name) = if known { (animal.clone(), String::new()) } else { ("other_animal".to_string(), animal.clone()) };
                h.other_animals.push(OtherAnimal { key, kind, name, count: n });
            }
        }
    }
    // A birth's children are people of the household; what it needs beyond
    // them is kept by its date.
    for bv in root.get("births").and_then(Value::as_array).into_iter().flatten() {
        let key = h.take_key();
        h.births.push(Birth {
            key,
            date: text(bv.get("date")),
            applicant: key_of(bv.get("applicant")),
            applicant_role: bv.get("applicant_role").and_then(Value::as_str).unwrap_or("parent").to_string(),
            applicant_lives_apart: bv.get("applicant_lives_with_child").and_then(Value::as_bool) == Some(false),
            application_date: typed_date(bv.get("application_date")),
        });
    }
    if let Some(u) = root.get("unemployment") {
        h.unemployment_open = true;
        let x = &mut h.unemployment;
        x.member = key_of(u.get("member"));
        x.registered_on = typed_date(u.get("registered_on"));
        x.insured_months = count(u.get("insured_months_last_36"));
        x.months_paid = count(u.get("months_paid_last_36"));
        x.first_time_job_seeker = flag(u.get("first_time_job_seeker"));
        x.break_over_two_years = flag(u.get("break_over_two_years"));
        x.severance_until = typed_date(u.get("severance_until"));
        x.bars = u
            .get("registration_bars")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|b| b.as_str().map(str::to_string))
            .collect();
        x.continuous = yes_no(u.get("insured_record_continuous"));
    }
    if let Some(o) = root.get("officer") {
        h.officer_open = true;
        let x = &mut h.officer;
        x.event = text(o.get("event"));
        x.event_date = typed_date(o.get("event_date"));
        x.left_service_on = typed_date(o.get("left_service_on"));
        x.cause_in_service = yes_no(o.get("cause_in_service"));
        x.monthly_pay = text(o.get("monthly_pay"));
        x.post_salary = text(o.get("post_salary"));
        x.disability_group = count(o.get("disability_group"));
        x.previous_group = count(o.get("previous_group"));
        x.injury_severity = text(o.get("injury_severity"));
        x.exclusions =
            o.get("exclusions").and_then(Value::as_array).into_iter().flatten().filter_map(|b| b.as_str().map(str::to_string)).collect();
    }
    h
}

/// The household in a link's fragment (`#h=…`, base64url of its JSON
/// text): the part of an address a browser never sends to a server.
pub fn to_fragment(json_text: &str) -> String {
    format!("h={}", base64url(json_text.as_bytes()))
}

/// The household a fragment carries, if it is one; `parse` reads JSON text.
pub fn from_fragment(fragment: &str, today: Date, parse: impl Fn(&str) -> Option<Value>) -> Option<Result<Household, OpenError>> {
    let data = fragment.trim_start_matches('#').split('&').find_map(|kv| kv.strip_prefix("h="))?;
    let bytes = match unbase64url(data) {
        Some(b) => b,
        None => return Some(Err(OpenError::NotJson)),
    };
    Some(from_file(parse(&String::from_utf8_lossy(&bytes)), today))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::to_json;

    #[test]
    fn base64url_round_trips() {
        for s in ["", "a", "ab", "abc", "abcd", "{\"members\":[]}", "ёж"] {
            assert_eq!(unbase64url(&base64url(s.as_bytes())).unwrap(), s.as_bytes(), "{s}");
        }
        assert_eq!(base64url(b"\xfb\xff"), "-_8");
        assert!(unbase64url("a+b").is_none());
    }

    /// The handbook's family (tests/examples) opens, and saving it again
    /// gives a household the engine evaluates the same way.
    fn parse(t: &str) -> Option<Value> {
        serde_json::from_str(t).ok()
    }

    #[test]
    fn a_file_opens_and_saves_to_the_same_result() {
        let today = Date::parse("2020-06-15").unwrap();
        let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/examples/handbook-family.json")).unwrap();
        let h = from_file(parse(&raw), today).unwrap();
        assert_eq!(h.members.len(), 5);
        assert_eq!(h.members[0].name, "mother");
        let again = to_json(&h, today).json;
        let a = ukuk_rules::evaluate(&serde_json::from_str(&raw).unwrap(), today).unwrap();
        let b = ukuk_rules::evaluate(&again, today).unwrap();
        let amounts = |o: &ukuk_rules::Output| o.benefits.iter().map(|b| (b.id, b.status, b.amount)).collect::<Vec<_>>();
        assert_eq!(amounts(&a), amounts(&b));
        // And through a link.
        let fragment = to_fragment(&serde_json::to_string(&again).unwrap());
        let back = from_fragment(&format!("#{fragment}"), today, parse).unwrap().unwrap();
        assert_eq!(to_json(&back, today).json, again);
    }

    #[test]
    fn a_bad_file_is_refused_with_its_reason() {
        let today = Date::parse("2020-06-15").unwrap();
        assert_eq!(from_file(parse("not json"), today), Err(OpenError::NotJson));
        assert_eq!(from_file(parse("[1, 2]"), today), Err(OpenError::NotJson));
        match from_file(parse(r#"{"members": [{"id": "a", "birth_date": "1990-13-01"}]}"#), today) {
            Err(OpenError::Refused(e)) => assert_eq!(e.path, "members[0].birth_date"),
            other => panic!("{other:?}"),
        }
        assert!(from_fragment("#lang=ru", today, parse).is_none());
        assert_eq!(from_fragment("#h=***", today, parse), Some(Err(OpenError::NotJson)));
    }
}
