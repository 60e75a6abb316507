//! The opt-in copy of the answers on this device (localStorage). Nothing is
//! written unless the person ticks "remember"; "forget" removes it.
//!
//! The copy is a small line format, `name<TAB>value` per answer, read and
//! written by hand: a serde derive for the form would cost more of the
//! first load than the whole format.

use ukuk_i18n::Lang;
use web_sys::Storage;

use crate::model::{Birth, Household, Member, OtherAnimal, Vehicle};

const KEY: &str = "ukuk.household";
const VERSION: &str = "ukuk-1";

fn storage() -> Option<Storage> {
    // Inside a host page's <ukuk-calculator> the storage is the host site's:
    // never touched.
    if crate::host::mode() == crate::host::Mode::Element {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

fn escape(v: &str) -> String {
    v.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r")
}

fn unescape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

struct Writer(String);

impl Writer {
    fn put(&mut self, name: &str, value: &str) {
        self.0.push_str(name);
        self.0.push('\t');
        self.0.push_str(&escape(value));
        self.0.push('\n');
    }
    fn flag(&mut self, name: &str, on: bool) {
        if on {
            self.put(name, "1");
        }
    }
    fn text(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.put(name, value);
        }
    }
}

/// The household and language as text.
pub fn encode(lang: Lang, h: &Household) -> String {
    let mut w = Writer(String::new());
    w.put("format", VERSION);
    w.put("lang", lang.code());
    w.put("region_coefficient", &h.region_coefficient);
    w.flag("high_mountain", h.high_mountain);
    w.text("mother_residence_years", &h.mother_residence_years);
    w.put("next_key", &h.next_key.to_string());
    for m in &h.members {
        w.put("member", &m.key.to_string());
        w.text("name", &m.name);
        w.text("birth_date", &m.birth_date);
        w.text("sex", &m.sex);
        w.text("status", &m.status);
        w.text("country", &m.country);
        w.text("country_other", &m.country_other);
        w.flag("residence_permit", m.residence_permit);
        w.text("pension_right", &m.pension_right);
        w.text("birth_order", &m.birth_order);
        w.flag("disabled", m.disabled);
        w.text("disability_group", &m.disability_group);
        w.flag("since_childhood", m.since_childhood);
        w.flag("hiv", m.hiv);
        w.flag("mother_hiv", m.mother_hiv);
        w.text("orphan", &m.orphan);
        w.flag("hero_mother", m.hero_mother);
        w.flag("full_state_support", m.full_state_support);
        for (t, v) in &m.income.0 {
            if !v.is_empty() {
                w.put(&format!("income.{t}"), v);
            }
        }
    }
    for v in &h.vehicles {
        w.put("vehicle", &v.key.to_string());
        w.text("kind", &v.kind);
        w.text("year", &v.year);
        w.put("working", if v.working { "1" } else { "0" });
    }
    for (a, n) in &h.livestock.0 {
        if !n.is_empty() {
            w.put(&format!("animal.{a}"), n);
        }
    }
    for o in &h.other_animals {
        w.put("other_animal", &o.key.to_string());
        w.text("kind", &o.kind);
        w.text("name", &o.name);
        w.text("count", &o.count);
    }
    for b in &h.births {
        w.put("birth", &b.key.to_string());
        w.text("date", &b.date);
        if let Some(a) = b.applicant {
            w.put("applicant", &a.to_string());
        }
        w.text("application_date", &b.application_date);
        if b.applicant_role != "parent" {
            w.text("applicant_role", &b.applicant_role);
        }
        w.flag("lives_apart", b.applicant_lives_apart);
    }
    let u = &h.unemployment;
    w.flag("unemployment", h.unemployment_open);
    if let Some(m) = u.member {
        w.put("u.member", &m.to_string());
    }
    w.text("u.registered_on", &u.registered_on);
    w.text("u.insured_months", &u.insured_months);
    w.text("u.months_paid", &u.months_paid);
    w.flag("u.first_time_job_seeker", u.first_time_job_seeker);
    w.flag("u.break_over_two_years", u.break_over_two_years);
    w.text("u.severance_until", &u.severance_until);
    w.text("u.continuous", &u.continuous);
    w.flag("officer", h.officer_open);
    let o = &h.officer;
    for (k, v) in [
        ("o.event", &o.event),
        ("o.event_date", &o.event_date),
        ("o.left_service_on", &o.left_service_on),
        ("o.cause_in_service", &o.cause_in_service),
        ("o.monthly_pay", &o.monthly_pay),
        ("o.post_salary", &o.post_salary),
        ("o.disability_group", &o.disability_group),
        ("o.previous_group", &o.previous_group),
        ("o.injury_severity", &o.injury_severity),
    ] {
        w.text(k, v);
    }
    for e in &o.exclusions {
        w.put("o.exclusion", e);
    }
    for b in &u.bars {
        w.put("u.bar", b);
    }
    w.0
}

/// Which row the following lines describe.
enum Row {
    None,
    Member,
    Vehicle,
    Other,
    Birth,
}

/// Reads the text back; `None` if it is not a saved household.
pub fn decode(text: &str) -> Option<(Lang, Household)> {
    let mut lines = text.lines();
    let first = lines.next()?;
    if first != format!("format\t{VERSION}") {
        return None;
    }
    let mut lang = Lang::DEFAULT;
    let mut h = Household::default();
    let mut row = Row::None;
    for line in lines {
        let Some((name, raw)) = line.split_once('\t') else { continue };
        let v = unescape(raw);
        let on = v == "1";
        let key = || v.parse::<u32>().ok();
        match name {
            "lang" => lang = Lang::from_code(&v).unwrap_or(Lang::DEFAULT),
            "region_coefficient" => h.region_coefficient = v,
            "high_mountain" => h.high_mountain = on,
            "mother_residence_years" => h.mother_residence_years = v,
            "officer" => h.officer_open = on,
            "o.event" => h.officer.event = v,
            "o.event_date" => h.officer.event_date = v,
            "o.left_service_on" => h.officer.left_service_on = v,
            "o.cause_in_service" => h.officer.cause_in_service = v,
            "o.monthly_pay" => h.officer.monthly_pay = v,
            "o.post_salary" => h.officer.post_salary = v,
            "o.disability_group" => h.officer.disability_group = v,
            "o.previous_group" => h.officer.previous_group = v,
            "o.injury_severity" => h.officer.injury_severity = v,
            "o.exclusion" => h.officer.exclusions.push(v),
            "next_key" => h.next_key = key()?,
            "member" => {
                h.members.push(Member { key: key()?, status: String::new(), ..Member::default() });
                row = Row::Member;
            }
            "vehicle" => {
                h.vehicles.push(Vehicle { key: key()?, ..Vehicle::default() });
                row = Row::Vehicle;
            }
            "other_animal" => {
                h.other_animals.push(OtherAnimal { key: key()?, kind: String::new(), ..OtherAnimal::default() });
                row = Row::Other;
            }
            "birth" => {
                h.births.push(Birth { key: key()?, ..Birth::default() });
                row = Row::Birth;
            }
            "unemployment" => h.unemployment_open = on,
            "u.member" => h.unemployment.member = key(),
            "u.registered_on" => h.unemployment.registered_on = v,
            "u.insured_months" => h.unemployment.insured_months = v,
            "u.months_paid" => h.unemployment.months_paid = v,
            "u.first_time_job_seeker" => h.unemployment.first_time_job_seeker = on,
            "u.break_over_two_years" => h.unemployment.break_over_two_years = on,
            "u.severance_until" => h.unemployment.severance_until = v,
            "u.continuous" => h.unemployment.continuous = v,
            "u.bar" => h.unemployment.bars.push(v),
            _ if name.starts_with("animal.") => h.livestock.set(&name["animal.".len()..], v),
            _ => match row {
                Row::Member => {
                    let m = h.members.last_mut()?;
                    match name {
                        "name" => m.name = v,
                        "birth_date" => m.birth_date = v,
                        "sex" => m.sex = v,
                        "status" => m.status = v,
                        "country" => m.country = v,
                        "country_other" => m.country_other = v,
                        "residence_permit" => m.residence_permit = on,
                        // Saved before the question had an "unanswered": a tick was "yes".
                        "pension_right" => m.pension_right = if v == "1" { "yes".into() } else { v },
                        "birth_order" => m.birth_order = v,
                        "disabled" => m.disabled = on,
                        "disability_group" => m.disability_group = v,
                        "since_childhood" => m.since_childhood = on,
                        "hiv" => m.hiv = on,
                        "mother_hiv" => m.mother_hiv = on,
                        "orphan" => m.orphan = v,
                        "hero_mother" => m.hero_mother = on,
                        "full_state_support" => m.full_state_support = on,
                        _ => {
                            if let Some(t) = name.strip_prefix("income.") {
                                m.income.set(t, v);
                            }
                        }
                    }
                }
                Row::Vehicle => {
                    let x = h.vehicles.last_mut()?;
                    match name {
                        "kind" => x.kind = v,
                        "year" => x.year = v,
                        "working" => x.working = on,
                        _ => {}
                    }
                }
                Row::Other => {
                    let x = h.other_animals.last_mut()?;
                    match name {
                        "kind" => x.kind = v,
                        "name" => x.name = v,
                        "count" => x.count = v,
                        _ => {}
                    }
                }
                Row::Birth => {
                    let x = h.births.last_mut()?;
                    match name {
                        "date" => x.date = v,
                        "applicant" => x.applicant = key(),
                        "application_date" => x.application_date = v,
                        "applicant_role" => x.applicant_role = v,
                        "lives_apart" => x.applicant_lives_apart = on,
                        _ => {}
                    }
                }
                Row::None => {}
            },
        }
    }
    if h.members.is_empty() {
        return None;
    }
    // Keys stay unique even if the copy was edited by hand.
    let max = h
        .members
        .iter()
        .map(|m| m.key)
        .chain(h.vehicles.iter().map(|v| v.key))
        .chain(h.other_animals.iter().map(|o| o.key))
        .chain(h.births.iter().map(|b| b.key))
        .max()
        .unwrap_or(0);
    h.next_key = h.next_key.max(max + 1);
    Some((lang, h))
}

pub fn load() -> Option<(Lang, Household)> {
    decode(&storage()?.get_item(KEY).ok().flatten()?)
}

pub fn save(lang: Lang, household: &Household) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, &encode(lang, household));
    }
}

/// Removes the saved copy, if any.
pub fn forget() {
    if let Some(s) = storage() {
        if s.get_item(KEY).ok().flatten().is_some() {
            let _ = s.remove_item(KEY);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut h = Household::fresh();
        h.add_member();
        h.members[0].name = "Айгүл\tтаб\\ \nжаңы сап".into();
        h.members[0].income.set("wages", "3 000,50".into());
        h.members[1].disabled = true;
        h.members[1].disability_group = "2".into();
        h.livestock.set("cow", "1".into());
        h.vehicles.push(Vehicle { key: 9, kind: "lorry".into(), year: "2001".into(), working: false });
        h.other_animals.push(OtherAnimal { key: 10, kind: "other_animal".into(), name: "төө".into(), count: "2".into() });
        h.births.push(Birth { key: 11, date: "2020-03-10".into(), applicant: Some(1), ..Birth::default() });
        h.unemployment_open = true;
        h.unemployment.member = Some(1);
        h.unemployment.bars = vec!["employed".into()];
        h.next_key = 12;
        let (lang, back) = decode(&encode(Lang::Ru, &h)).unwrap();
        assert_eq!(lang, Lang::Ru);
        h.date = String::new();
        assert_eq!(back, h);
    }

    #[test]
    fn rejects_other_text() {
        assert!(decode("").is_none());
        assert!(decode("{\"lang\":\"ky\"}").is_none());
        assert!(decode("format\tukuk-1\nlang\tky\n").is_none());
    }
}
