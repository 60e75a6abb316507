//! The household as the form holds it — text as people type it — and its
//! translation into the engine's JSON (`interface.md`) on every change.
//!
//! Only questions that are on screen go into the JSON: an answer to a question
//! that has since been hidden (HIV status of someone now 18, say) is kept in
//! the form but never reaches the engine.

use serde_json::{json, Map, Value};
use ukuk_rules::Date;

/// The animals of the conversion table, in the order the form shows them.
pub const ANIMALS: &[&str] = &["sheep", "goat", "cow", "ox", "heifer", "horse", "calf", "bull"];
/// Animals people keep that the conversion table does not list; `other_animal`
/// stands for any animal named freely.
pub const OTHER_ANIMALS: &[&str] = &["camel", "yak", "donkey", "pig", "poultry", "other_animal"];
/// Orphan statuses of the contract.
pub const ORPHAN_KINDS: &[&str] = &["full", "lost_breadwinner", "parents_unknown"];
pub const STATUS_KINDS: &[&str] = &["citizen", "kairylman", "foreign"];

/// A few named answers (income by type, head counts by animal), in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    pub fn get(&self, key: &str) -> Option<&String> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn set(&mut self, key: &str, value: String) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key.to_string(), value)),
        }
    }
    pub fn values(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(_, v)| v)
    }
}

/// A person as typed; a new one has nothing filled in (no birth date, no
/// sex, no citizenship assumed): `Household::to_fill_in`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Member {
    pub key: u32,
    pub name: String,
    pub birth_date: String,
    pub sex: String,
    pub status: String,
    /// A two-letter code, or `other` (then `country_other` holds the code).
    pub country: String,
    pub country_other: String,
    pub residence_permit: bool,
    /// "yes", "no", or "" when not answered (the engine then asks).
    pub pension_right: String,
    /// The child's place among its mother's children, as typed ("" : read from the household).
    pub birth_order: String,
    pub disabled: bool,
    pub disability_group: String,
    pub since_childhood: bool,
    pub hiv: bool,
    pub mother_hiv: bool,
    pub orphan: String,
    pub hero_mother: bool,
    pub full_state_support: bool,
    pub income: Pairs,
    /// Whether the income panel is open (kept across adds and removes).
    pub income_open: bool,
}

impl Member {
    /// The id the engine sees; names stay in the form.
    pub fn id(&self) -> String {
        format!("m{}", self.key)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Vehicle {
    pub key: u32,
    pub kind: String,
    pub year: String,
    pub working: bool,
}

impl Default for Vehicle {
    fn default() -> Self {
        Vehicle { key: 0, kind: "passenger_car".into(), year: String::new(), working: true }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct OtherAnimal {
    pub key: u32,
    pub kind: String,
    pub name: String,
    pub count: String,
}

impl Default for OtherAnimal {
    fn default() -> Self {
        OtherAnimal { key: 0, kind: "camel".into(), name: String::new(), count: String::new() }
    }
}

/// What a birth needs beyond its children, who are people of the household
/// (`derived_births`): who applies, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Birth {
    pub key: u32,
    /// The children's birth date (ISO): which birth this is.
    pub date: String,
    /// Key of the member who applies.
    pub applicant: Option<u32>,
    /// "parent", "guardian" or "proxy".
    pub applicant_role: String,
    /// The applicant does not live with the child.
    pub applicant_lives_apart: bool,
    pub application_date: String,
}

impl Default for Birth {
    fn default() -> Self {
        Birth {
            key: 0,
            date: String::new(),
            applicant: None,
            applicant_role: "parent".into(),
            applicant_lives_apart: false,
            application_date: String::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unemployment {
    pub member: Option<u32>,
    pub registered_on: String,
    pub insured_months: String,
    pub months_paid: String,
    pub first_time_job_seeker: bool,
    pub break_over_two_years: bool,
    pub severance_until: String,
    pub bars: Vec<String>,
    /// "yes", "no", or "" when not answered.
    pub continuous: String,
}

/// An officer's insured event (the officers' insurance), as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Officer {
    /// `death`, `disability`, `group_raised`, `death_after_disability`, `injury` or "".
    pub event: String,
    pub event_date: String,
    pub left_service_on: String,
    /// "yes", "no" or "" (asked only for an event after leaving service).
    pub cause_in_service: String,
    pub monthly_pay: String,
    pub post_salary: String,
    pub disability_group: String,
    pub previous_group: String,
    pub injury_severity: String,
    pub exclusions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Household {
    /// The evaluation date as typed; empty: today. Never saved (a saved
    /// household is evaluated today).
    pub date: String,
    pub region_coefficient: String,
    pub high_mountain: bool,
    pub members: Vec<Member>,
    pub vehicles: Vec<Vehicle>,
    pub livestock: Pairs,
    pub other_animals: Vec<OtherAnimal>,
    pub births: Vec<Birth>,
    pub unemployment_open: bool,
    pub unemployment: Unemployment,
    /// Years the mother of the youngest children has lived in the area («Бала береке»).
    pub mother_residence_years: String,
    pub officer_open: bool,
    pub officer: Officer,
    pub next_key: u32,
}

impl Default for Household {
    fn default() -> Self {
        Household {
            date: String::new(),
            region_coefficient: "1".into(),
            high_mountain: false,
            members: Vec::new(),
            vehicles: Vec::new(),
            livestock: Pairs::default(),
            other_animals: Vec::new(),
            births: Vec::new(),
            unemployment_open: false,
            unemployment: Unemployment::default(),
            mother_residence_years: String::new(),
            officer_open: false,
            officer: Officer::default(),
            next_key: 1,
        }
    }
}

impl Household {
    /// A fresh form: one person to fill in, evaluated today.
    pub fn fresh() -> Household {
        let mut h = Household::default();
        h.add_member();
        h
    }

    pub fn take_key(&mut self) -> u32 {
        let k = self.next_key.max(1);
        self.next_key = k + 1;
        k
    }

    /// Adds a person with nothing filled in: no birth date, no sex. Until
    /// they are given, the results that depend on them ask for them.
    pub fn add_member(&mut self) -> u32 {
        let key = self.take_key();
        self.members.push(Member { key, ..Member::default() });
        key
    }

    pub fn member_index(&self, key: u32) -> Option<usize> {
        self.members.iter().position(|m| m.key == key)
    }

    /// The evaluation date: the one typed in, else today.
    pub fn eval_date(&self, today: Date) -> Date {
        read_date(&self.date).ok().flatten().unwrap_or(today)
    }

    /// Whether a person still lacks a fact every result needs.
    pub fn to_fill_in(m: &Member) -> bool {
        !matches!(read_date(&m.birth_date), Ok(Some(_))) || m.sex.is_empty()
    }
}

/// A date as people type it, day first whatever the browser's locale:
/// `1.5.1990`, `01.05.1990`, `01/05/1990`, `01-05-1990`, `01051990`; the
/// ISO form `1990-05-01` is read too (saved files). `Ok(None)` when empty,
/// `Err` when it is no date.
pub fn read_date(raw: &str) -> Result<Option<Date>, ()> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some(d) = Date::parse(t) {
        return Ok(Some(d));
    }
    let parts: Vec<&str> = t.split(['.', '/', '-', ' ']).filter(|p| !p.is_empty()).collect();
    let (d, m, y) = match parts.as_slice() {
        [d, m, y] => (*d, *m, *y),
        [all] if all.len() == 8 && all.bytes().all(|b| b.is_ascii_digit()) => (&all[0..2], &all[2..4], &all[4..8]),
        _ => return Err(()),
    };
    let num = |s: &str| if !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()) { s.parse::<i32>().ok() } else { None };
    match (num(d), num(m), num(y)) {
        (Some(d), Some(m), Some(y)) if y.to_string().len() == 4 && (1..=12).contains(&m) && (1..=31).contains(&d) => {
            Date::from_ymd(y, m as u32, d as u32).map(Some).ok_or(())
        }
        _ => Err(()),
    }
}

/// A birth the form found among the people: children younger than the
/// form's look-back with the same birth date (`questions::recent_birth`).
#[derive(Clone, Debug, PartialEq)]
pub struct DerivedBirth {
    pub date: Date,
    /// Indexes of the children in `members`.
    pub children: Vec<usize>,
    /// The row of `Household::births` holding who applies and when, if any.
    pub row: Option<usize>,
}

/// The births of the household, oldest first, from its people.
pub fn derived_births(h: &Household, date: Date) -> Vec<DerivedBirth> {
    let mut out: Vec<DerivedBirth> = Vec::new();
    for (i, m) in h.members.iter().enumerate() {
        let Ok(Some(b)) = read_date(&m.birth_date) else { continue };
        if !ukuk_rules::questions::recent_birth(date, b) {
            continue;
        }
        match out.iter_mut().find(|x| x.date == b) {
            Some(x) => x.children.push(i),
            None => out.push(DerivedBirth { date: b, children: vec![i], row: None }),
        }
    }
    ukuk_rules::short::sort_by_key(&mut out, |x| x.date);
    for x in &mut out {
        let iso = x.date.to_string();
        x.row = h.births.iter().position(|b| b.date == iso);
    }
    out
}

/// Which questions about a member are on screen: the engine decides
/// (`ukuk_rules::questions`), from what the form knows so far.
pub type Shown = ukuk_rules::questions::Asked;

pub fn shown(m: &Member, h: &Household, date: Date) -> Shown {
    let facts = ukuk_rules::questions::Facts {
        birth_date: read_date(&m.birth_date).ok().flatten(),
        female: m.sex == "female",
        disabled: m.disabled,
        hiv: m.hiv,
        mother_hiv: m.mother_hiv,
        orphan: !m.orphan.is_empty(),
        hero_mother: m.hero_mother,
        pension_paid: m.income.0.iter().any(|(t, v)| *t == "pension" && normalise_amount(v).is_some_and(|a| a != "0.00")),
        applicant: h.births.iter().any(|b| b.applicant == Some(m.key)),
        seeking_work: h.unemployment_open && h.unemployment.member == Some(m.key),
    };
    ukuk_rules::questions::member(date, h.high_mountain, &facts)
}

/// Whether the unemployment questions can be asked at all.
pub fn anyone_job_seeker(h: &Household, date: Date) -> bool {
    h.members.iter().any(|m| shown(m, h, date).job_seeker)
}

/// A problem the form finds before the engine sees the input.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalError {
    pub path: String,
    /// Message id in app.ftl.
    pub id: &'static str,
    pub value: String,
}

/// Normalises an amount as people type it: `3000` → `3000.00`,
/// `3 000,5` → `3000.50`, `1,200.50` → `1200.50`. `None` when empty;
/// text that is no number is passed on unchanged for the engine to report.
pub fn normalise_amount(raw: &str) -> Option<String> {
    let s: String = raw.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\'' | '’')).collect();
    if s.is_empty() {
        return None;
    }
    let (sign, body) = match s.strip_prefix('-') {
        Some(b) => ("-", b),
        None => ("", s.as_str()),
    };
    let seps: Vec<usize> = body.char_indices().filter(|(_, c)| *c == '.' || *c == ',').map(|(i, _)| i).collect();
    let decimal_at = match seps.as_slice() {
        [] => None,
        [one] => {
            // A single separator followed by exactly three digits groups thousands.
            let after = &body[one + 1..];
            if after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit()) && *one > 0 {
                None
            } else {
                Some(*one)
            }
        }
        many => {
            let last = *many.last().unwrap_or(&0);
            let last_char = body[last..].chars().next();
            let first_char = body[many[0]..].chars().next();
            if last_char != first_char {
                Some(last)
            } else {
                None
            }
        }
    };
    let (int, frac) = match decimal_at {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let int: String = int.chars().filter(|c| *c != '.' && *c != ',').collect();
    let int = if int.is_empty() && frac.is_some() { "0".to_string() } else { int };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(&int) || frac.is_some_and(|f| !f.is_empty() && !digits(f)) {
        return Some(raw.trim().to_string());
    }
    let frac = frac.unwrap_or("");
    if frac.len() > 2 {
        return Some(format!("{sign}{int}.{frac}"));
    }
    Some(format!("{sign}{int}.{frac:0<2}"))
}

/// A whole number as typed; `Ok(None)` when empty.
pub fn parse_count(raw: &str) -> Result<Option<i64>, ()> {
    let s: String = raw.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<i64>().map(Some).map_err(|_| ())
}

struct Builder {
    errors: Vec<LocalError>,
}

impl Builder {
    /// A date typed day first, as ISO for the engine.
    fn date(&mut self, obj: &mut Map<String, Value>, key: &str, path: &str, raw: &str) {
        match read_date(raw) {
            Ok(Some(d)) => {
                put(obj, key, Value::String(d.to_string()));
            }
            Ok(None) => {}
            Err(()) => self.errors.push(LocalError { path: path.to_string(), id: "app-error-date", value: raw.trim().to_string() }),
        }
    }

    /// An amount as people type it (`3000`, `3 000,50`); the message of a
    /// bad one repeats the field's hint.
    fn amount(&mut self, path: &str, raw: &str, id: &'static str) -> Option<String> {
        let a = normalise_amount(raw)?;
        let body = a.strip_prefix('-').unwrap_or(&a);
        let ok = body.split_once('.').is_some_and(|(i, f)| {
            !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()) && f.len() == 2 && f.bytes().all(|b| b.is_ascii_digit())
        });
        if ok {
            Some(a)
        } else {
            self.errors.push(LocalError { path: path.to_string(), id, value: raw.trim().to_string() });
            None
        }
    }

    fn count(&mut self, path: &str, raw: &str) -> Option<Value> {
        match parse_count(raw) {
            Ok(n) => n.map(Value::from),
            Err(()) => {
                self.errors.push(LocalError { path: path.to_string(), id: "app-error-whole-number", value: raw.trim().to_string() });
                None
            }
        }
    }
}

/// The engine's input for the household, with what was found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    pub json: Value,
    /// Answers that cannot be read: shown as errors, the result waits for them.
    pub errors: Vec<LocalError>,
    /// Rows left out until a required answer is given (shown as hints).
    pub hints: Vec<LocalError>,
    /// For each birth in the JSON, the member whose birth date it is.
    pub birth_members: Vec<usize>,
    /// For each vehicle in the JSON, its index in the form.
    pub vehicle_rows: Vec<usize>,
}

impl Built {
    /// An engine error path in terms of the form's rows
    /// (`births[0].date` → `births[2].date` when the first two rows wait).
    pub fn form_path(&self, path: &str) -> String {
        // A birth's date is its first child's birth date.
        if let Some(rest) = path.strip_prefix("births[") {
            if let Some((n, ".date")) = rest.split_once(']') {
                if let Some(i) = n.parse::<usize>().ok().and_then(|j| self.birth_members.get(j)) {
                    return format!("members[{i}].birth_date");
                }
            }
        }
        for (prefix, rows) in [("assets.vehicles[", &self.vehicle_rows)] {
            if let Some(rest) = path.strip_prefix(prefix) {
                if let Some((n, tail)) = rest.split_once(']') {
                    if let Some(row) = n.parse::<usize>().ok().and_then(|j| rows.get(j)) {
                        return format!("{prefix}{row}]{tail}");
                    }
                }
            }
        }
        path.to_string()
    }
}

fn hint(path: String) -> LocalError {
    LocalError { path, id: "app-hint-needed", value: String::new() }
}

/// Sets `key` of a JSON object. The one place `to_json` inserts into a map:
/// the web app's first load carries one copy of the insertion, not forty.
#[inline(never)]
fn put(o: &mut Map<String, Value>, key: &str, v: Value) {
    o.insert(key.to_string(), v);
}

/// The engine's input for the household.
pub fn to_json(h: &Household, today: Date) -> Built {
    let date = h.eval_date(today);
    let mut b = Builder { errors: Vec::new() };
    let mut hints = Vec::new();
    let mut root = Map::new();
    b.date(&mut root, "date", "date", &h.date);
    if let Some(c) = b.amount("region_coefficient", &h.region_coefficient, "app-error-coefficient") {
        put(&mut root, "region_coefficient", Value::String(c));
    }
    put(&mut root, "high_mountain", Value::Bool(h.high_mountain));
    if ukuk_rules::questions::mother_residence_years(h.high_mountain) {
        if let Some(n) = b.count("mother_residence_years", &h.mother_residence_years) {
            put(&mut root, "mother_residence_years", n);
        }
    }

    let mut members = Vec::new();
    for (i, m) in h.members.iter().enumerate() {
        let s = shown(m, h, date);
        let mut o = Map::new();
        if s.birth_order {
            if let Some(n) = b.count(&format!("members[{i}].birth_order"), &m.birth_order) {
                put(&mut o, "birth_order", n);
            }
        }
        put(&mut o, "id", Value::String(m.id()));
        b.date(&mut o, "birth_date", &format!("members[{i}].birth_date"), &m.birth_date);
        if !m.sex.is_empty() {
            put(&mut o, "sex", Value::String(m.sex.clone()));
        }
        if s.status && !m.status.is_empty() {
            let mut st = Map::new();
            put(&mut st, "kind", Value::String(m.status.clone()));
            if m.status == "foreign" {
                let country = if m.country == "other" { m.country_other.trim().to_ascii_uppercase() } else { m.country.clone() };
                if !country.is_empty() {
                    put(&mut st, "country", Value::String(country));
                }
                put(&mut st, "residence_permit", Value::Bool(m.residence_permit));
            }
            put(&mut o, "status", Value::Object(st));
        }
        if s.pension_right && !m.pension_right.is_empty() {
            put(&mut o, "pension_right", Value::Bool(m.pension_right == "yes"));
        }
        if m.disabled {
            let mut d = Map::new();
            if let Some(g) = m.disability_group.parse::<u8>().ok().filter(|_| s.disability_group) {
                put(&mut d, "group", Value::from(g));
            }
            put(&mut d, "since_childhood", Value::Bool(s.since_childhood && m.since_childhood));
            put(&mut o, "disability", Value::Object(d));
        }
        if s.hiv && m.hiv {
            put(&mut o, "hiv", Value::Bool(true));
        }
        if s.mother_hiv && m.mother_hiv {
            put(&mut o, "mother_hiv", Value::Bool(true));
        }
        if s.orphan && !m.orphan.is_empty() {
            put(&mut o, "orphan", Value::String(m.orphan.clone()));
        }
        if s.hero_mother && m.hero_mother {
            put(&mut o, "hero_mother", Value::Bool(true));
        }
        if m.full_state_support {
            put(&mut o, "full_state_support", Value::Bool(true));
        }
        let mut income = Map::new();
        for t in ukuk_rules::input::INCOME_TYPES {
            if let Some(a) = m.income.get(t).and_then(|v| b.amount(&format!("members[{i}].income.{t}"), v, "app-error-amount")) {
                put(&mut income, t, Value::String(a));
            }
        }
        if !income.is_empty() {
            put(&mut o, "income", Value::Object(income));
        }
        members.push(Value::Object(o));
    }
    put(&mut root, "members", Value::Array(members));

    let mut assets = Map::new();
    let mut vehicles = Vec::new();
    let mut vehicle_rows = Vec::new();
    for (i, v) in h.vehicles.iter().enumerate() {
        let path = format!("assets.vehicles[{i}].year");
        if v.year.trim().is_empty() {
            hints.push(hint(path));
            continue;
        }
        // A year that cannot be read is one message, at the year.
        let Some(y) = b.count(&path, &v.year) else { continue };
        let mut o = Map::new();
        put(&mut o, "kind", Value::String(v.kind.clone()));
        put(&mut o, "year", y);
        put(&mut o, "working", Value::Bool(v.working));
        vehicles.push(Value::Object(o));
        vehicle_rows.push(i);
    }
    if !vehicles.is_empty() {
        put(&mut assets, "vehicles", Value::Array(vehicles));
    }
    let mut livestock = Map::new();
    for a in ANIMALS {
        if let Some(n) = h.livestock.get(a).and_then(|c| b.count(&format!("assets.livestock.{a}"), c)) {
            put(&mut livestock, a, n);
        }
    }
    let mut others: Vec<(String, i64)> = Vec::new();
    for (i, o) in h.other_animals.iter().enumerate() {
        if !OTHER_ANIMALS.contains(&o.kind.as_str()) {
            continue;
        }
        if let Some(Value::Number(n)) = b.count(&format!("app.other_animals[{i}].count"), &o.count) {
            let n = n.as_i64().unwrap_or(0);
            match others.iter_mut().find(|(k, _)| *k == o.kind) {
                Some((_, c)) => *c = c.saturating_add(n),
                None => others.push((o.kind.clone(), n)),
            }
        }
    }
    for (k, n) in others {
        put(&mut livestock, &k, Value::from(n));
    }
    if !livestock.is_empty() {
        put(&mut assets, "livestock", Value::Object(livestock));
    }
    if !assets.is_empty() {
        put(&mut root, "assets", Value::Object(assets));
    }

    let mut births = Vec::new();
    let mut birth_members = Vec::new();
    for (j, db) in derived_births(h, date).iter().enumerate() {
        let mut o = Map::new();
        put(&mut o, "date", Value::String(db.date.to_string()));
        put(&mut o, "children", Value::from(db.children.len()));
        if let Some(bi) = db.row.and_then(|r| h.births.get(r)) {
            b.date(&mut o, "application_date", &format!("births[{j}].application_date"), &bi.application_date);
            if let Some(m) = bi.applicant.and_then(|k| h.members.iter().find(|m| m.key == k)) {
                put(&mut o, "applicant", Value::String(m.id()));
                if !bi.applicant_role.is_empty() && bi.applicant_role != "parent" {
                    put(&mut o, "applicant_role", Value::String(bi.applicant_role.clone()));
                }
                if bi.applicant_lives_apart {
                    put(&mut o, "applicant_lives_with_child", Value::Bool(false));
                }
            }
        }
        if db.children.iter().all(|c| h.members.get(*c).is_some_and(|m| m.full_state_support)) {
            put(&mut o, "full_state_support", Value::Bool(true));
        }
        births.push(Value::Object(o));
        birth_members.push(db.children.first().copied().unwrap_or(0));
    }
    if !births.is_empty() {
        put(&mut root, "births", Value::Array(births));
    }

    if h.unemployment_open && anyone_job_seeker(h, date) {
        let u = &h.unemployment;
        if u.insured_months.trim().is_empty() {
            hints.push(hint("unemployment.insured_months_last_36".into()));
        } else {
            let mut o = Map::new();
            if let Some(m) = u.member.and_then(|k| h.members.iter().find(|m| m.key == k)) {
                put(&mut o, "member", Value::String(m.id()));
            }
            b.date(&mut o, "registered_on", "unemployment.registered_on", &u.registered_on);
            if let Some(n) = b.count("unemployment.insured_months_last_36", &u.insured_months) {
                put(&mut o, "insured_months_last_36", n);
            }
            if let Some(n) = b.count("unemployment.months_paid_last_36", &u.months_paid) {
                put(&mut o, "months_paid_last_36", n);
            }
            put(&mut o, "first_time_job_seeker", Value::Bool(u.first_time_job_seeker));
            put(&mut o, "break_over_two_years", Value::Bool(u.break_over_two_years));
            b.date(&mut o, "severance_until", "unemployment.severance_until", &u.severance_until);
            put(&mut o, "registration_bars", json!(u.bars));
            if !u.continuous.is_empty() {
                put(&mut o, "insured_record_continuous", Value::Bool(u.continuous == "yes"));
            }
            put(&mut root, "unemployment", Value::Object(o));
        }
    }
    if h.officer_open {
        let o = &h.officer;
        if o.event.is_empty() || o.event_date.trim().is_empty() {
            hints.push(hint("officer.event_date".into()));
        } else {
            let mut m = Map::new();
            put(&mut m, "event", Value::String(o.event.clone()));
            b.date(&mut m, "event_date", "officer.event_date", &o.event_date);
            b.date(&mut m, "left_service_on", "officer.left_service_on", &o.left_service_on);
            if !o.cause_in_service.is_empty() && !o.left_service_on.trim().is_empty() {
                put(&mut m, "cause_in_service", Value::Bool(o.cause_in_service == "yes"));
            }
            for (key, raw) in [("monthly_pay", &o.monthly_pay), ("post_salary", &o.post_salary)] {
                if let Some(a) = b.amount(&format!("officer.{key}"), raw, "app-error-amount") {
                    put(&mut m, key, Value::String(a));
                }
            }
            for (key, raw) in [("disability_group", &o.disability_group), ("previous_group", &o.previous_group)] {
                if let Ok(g) = raw.parse::<u8>() {
                    put(&mut m, key, Value::from(g));
                }
            }
            if !o.injury_severity.is_empty() {
                put(&mut m, "injury_severity", Value::String(o.injury_severity.clone()));
            }
            if !o.exclusions.is_empty() {
                put(&mut m, "exclusions", json!(o.exclusions));
            }
            put(&mut root, "officer", Value::Object(m));
        }
    }
    Built { json: Value::Object(root), errors: b.errors, hints, birth_members, vehicle_rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_people_type_them() {
        assert_eq!(normalise_amount(""), None);
        assert_eq!(normalise_amount("  "), None);
        assert_eq!(normalise_amount("3000").as_deref(), Some("3000.00"));
        assert_eq!(normalise_amount("3000,5").as_deref(), Some("3000.50"));
        assert_eq!(normalise_amount("3000,50").as_deref(), Some("3000.50"));
        assert_eq!(normalise_amount("3 000,50").as_deref(), Some("3000.50"));
        assert_eq!(normalise_amount("3\u{a0}000").as_deref(), Some("3000.00"));
        assert_eq!(normalise_amount("1,200.50").as_deref(), Some("1200.50"));
        assert_eq!(normalise_amount("1.200,50").as_deref(), Some("1200.50"));
        assert_eq!(normalise_amount("3,000").as_deref(), Some("3000.00"));
        assert_eq!(normalise_amount("1,000,000").as_deref(), Some("1000000.00"));
        assert_eq!(normalise_amount(",5").as_deref(), Some("0.50"));
        assert_eq!(normalise_amount("12.345").as_deref(), Some("12345.00"));
        assert_eq!(normalise_amount("12.3456").as_deref(), Some("12.3456"));
        assert_eq!(normalise_amount("-5").as_deref(), Some("-5.00"));
        assert_eq!(normalise_amount("abc").as_deref(), Some("abc"));
        assert_eq!(normalise_amount("1.15").as_deref(), Some("1.15"));
    }

    #[test]
    fn counts() {
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count(" 3 "), Ok(Some(3)));
        assert_eq!(parse_count("-1"), Ok(Some(-1)));
        assert_eq!(parse_count("2.5"), Err(()));
    }

    /// A country code typed by hand is sent in capitals; letters that are
    /// not Latin stay as typed, and the engine names them (`invalid_country`).
    #[test]
    fn a_typed_country_code_is_sent_in_capitals() {
        let today = Date::parse("2020-06-15").unwrap();
        for (typed, sent) in [(" de ", "DE"), ("Tr", "TR"), ("ру", "ру")] {
            let mut h = Household::fresh();
            h.members[0].birth_date = "1.5.1990".into();
            h.members[0].sex = "female".into();
            h.members[0].status = "foreign".into();
            h.members[0].country = "other".into();
            h.members[0].country_other = typed.into();
            let built = to_json(&h, today);
            assert_eq!(built.json["members"][0]["status"]["country"], sent, "{typed:?}");
        }
    }

    /// The handbook's family, entered as a person would type it, with every
    /// section of the form filled in.
    #[test]
    fn whole_form_reaches_the_engine() {
        let today = Date::parse("2020-06-15").unwrap();
        let mut h = Household::fresh();
        for _ in 0..4 {
            h.add_member();
        }
        for (m, (birth, sex)) in h.members.iter_mut().zip([
            ("1.5.1990", "female"),
            ("10021987", "male"),
            ("2010-05-01", "female"),
            ("2013-09-12", "male"),
            ("20/01/2017", "female"),
        ]) {
            m.birth_date = birth.into();
            m.sex = sex.into();
        }
        h.members[1].income.set("wages", " 3 000 ".into());
        h.members[0].income.set("pension", "1200,5".into());
        h.livestock.set("cow", "1".into());
        h.livestock.set("heifer", "1".into());
        h.livestock.set("sheep", "3".into());
        h.vehicles.push(Vehicle { key: 90, kind: "passenger_car".into(), year: "1995".into(), working: true });
        h.vehicles.push(Vehicle { key: 91, year: String::new(), ..Vehicle::default() });
        // A baby among the people is the birth; the form adds who applies.
        h.add_member();
        h.members[5].birth_date = "10.03.2020".into();
        h.members[5].sex = "male".into();
        h.births.push(Birth { key: 92, date: "2020-03-10".into(), applicant: Some(h.members[0].key), ..Birth::default() });
        h.unemployment_open = true;
        h.unemployment.member = Some(h.members[1].key);
        h.unemployment.insured_months = "14".into();
        h.members[0].status = "foreign".into();
        h.members[0].country = "KZ".into();
        h.members[0].residence_permit = true;
        h.members[2].hiv = true; // a child: sent
        h.members[0].hiv = true; // an adult: never sent
        let built = to_json(&h, today);
        assert!(built.errors.is_empty(), "{:?}", built.errors);
        assert_eq!(built.hints.len(), 1, "the vehicle without a year waits");
        assert_eq!(built.vehicle_rows, vec![0]);
        let m0 = &built.json["members"][0];
        assert_eq!(m0["income"]["pension"], "1200.50");
        assert!(m0.get("hiv").is_none());
        assert_eq!(m0["status"]["country"], "KZ");
        assert_eq!(built.json["members"][1]["income"]["wages"], "3000.00");
        assert_eq!(built.json["members"][2]["hiv"], true);
        assert_eq!(built.json["members"][0]["birth_date"], "1990-05-01");
        assert_eq!(built.json["members"][1]["birth_date"], "1987-02-10");
        assert_eq!(built.json["births"][0]["children"], 1);
        assert_eq!(built.json["births"][0]["applicant"], h.members[0].id());
        let out = ukuk_rules::evaluate(&built.json, today).unwrap();
        let fa = out.benefits.iter().find(|b| b.id == "family_assistance").unwrap();
        // Six people now (the baby too): 3 children under 16 at 810 × 1.
        assert_eq!(fa.amount.map(|a| a.0.to_string()).as_deref(), Some("3240.00"));
        assert_eq!(out.livestock.units.text(), "13.0");
        let birth = out.benefits.iter().find(|b| b.id == "birth_payment").unwrap();
        assert_eq!(birth.status, ukuk_rules::output::Status::Eligible);
        let u = out.benefits.iter().find(|b| b.id == "unemployment_allowance").unwrap();
        assert_ne!(u.status, ukuk_rules::output::Status::NotEligible, "{:?}", u.reasons());
    }

    #[test]
    fn a_birth_error_is_shown_at_the_childs_birth_date() {
        let today = Date::parse("2020-06-15").unwrap();
        let mut h = Household::fresh();
        h.add_member();
        // The mother's year mistyped: she seems born after her child.
        h.members[0].birth_date = "01.04.2020".into();
        h.members[0].sex = "female".into();
        h.members[1].birth_date = "10.03.2020".into();
        h.members[1].sex = "female".into();
        h.births.push(Birth { key: 9, date: "2020-03-10".into(), applicant: Some(h.members[0].key), ..Birth::default() });
        let built = to_json(&h, today);
        let errors = ukuk_rules::evaluate(&built.json, today).unwrap_err();
        let paths: Vec<String> = errors.iter().map(|e| built.form_path(&e.path)).collect();
        assert_eq!(paths, vec!["members[1].birth_date".to_string()], "{errors:?}");
    }

    #[test]
    fn dates_are_read_day_first() {
        let d = |s: &str| read_date(s).map(|o| o.map(|d| d.to_string()));
        assert_eq!(d("01051990"), Ok(Some("1990-05-01".into())));
        assert_eq!(d("1.5.1990"), Ok(Some("1990-05-01".into())));
        assert_eq!(d("01/05/1990"), Ok(Some("1990-05-01".into())));
        assert_eq!(d(" 01-05-1990 "), Ok(Some("1990-05-01".into())));
        assert_eq!(d("1990-05-01"), Ok(Some("1990-05-01".into())));
        assert_eq!(d(""), Ok(None));
        assert_eq!(d("31.02.1990"), Err(()));
        assert_eq!(d("05.13.1990"), Err(()));
        assert_eq!(d("1.5.90"), Err(()));
        assert_eq!(d("abc"), Err(()));
    }

    /// A person added and not filled in is no phantom: nothing is computed
    /// from a guess, and the result asks for the facts.
    #[test]
    fn a_new_person_changes_no_amount() {
        let today = Date::parse("2026-03-01").unwrap();
        let mut h = Household::fresh();
        h.members[0].birth_date = "01.01.1996".into();
        h.members[0].sex = "female".into();
        h.add_member();
        let built = to_json(&h, today);
        assert!(built.json["members"][1].get("birth_date").is_none());
        let out = ukuk_rules::evaluate(&built.json, today).unwrap();
        let fa = out.benefits.iter().find(|b| b.id == "family_assistance").unwrap();
        assert_eq!(fa.status, ukuk_rules::output::Status::NeedsInformation);
        assert_eq!(fa.amount, None);
        assert!(out.questions.iter().any(|q| q.fact == "birth_date"));
    }

    #[test]
    fn fresh_household_evaluates() {
        let today = Date::parse("2020-06-15").unwrap();
        let h = Household::fresh();
        let built = to_json(&h, today);
        assert!(built.errors.is_empty());
        assert!(ukuk_rules::evaluate(&built.json, today).is_ok(), "{}", built.json);
    }
}
