//! The flat table of a population (CSV, one row per person): the columns,
//! and the conversion between a household's rows and the contract's
//! household JSON (`docs/contract.md`). The rows of a household follow each
//! other; the household's own columns are read from its first row.
//!
//! | columns | what |
//! |---|---|
//! | `household_id`, `weight` | the household and how many households it stands for |
//! | `date`, `region_coefficient`, `high_mountain`, `social_contract_signed_on`, `mother_residence_years` | the household's fields |
//! | `livestock_<animal>` | head counts (`sheep`, `goat`, `cow`, `ox`, `heifer`, `horse`, `calf`, `bull`) |
//! | `vehicle_kind`, `vehicle_year`, `vehicle_working` | one vehicle (the table carries at most one) |
//! | `member_id`, `birth_date`, `sex`, `status`, `country`, `residence_permit`, `pension_right`, `disability_group`, `disability_since_childhood`, `hiv`, `mother_hiv`, `hero_mother`, `full_state_support`, `orphan`, `birth_order` | the person |
//! | `income_<type>` | the person's monthly income by type |
//! | `birth_applicant`, `birth_application_date` | on a newborn's row: who applies for the birth payment, and when; newborns with the same birth date and applicant are one birth |
//! | `unemployment_registered_on`, `insured_months_last_36`, `insured_record_continuous`, `months_paid_last_36` | on the row of the one person who seeks the unemployment allowance |
//!
//! An empty cell is a fact not given. Booleans are `true` or `false`.

use serde_json::{json, Map, Value};

pub const ANIMALS: &[&str] = &["sheep", "goat", "cow", "ox", "heifer", "horse", "calf", "bull"];
pub const INCOMES: &[&str] =
    &["wages", "stipend", "business", "land", "livestock", "other", "pension", "state_benefits", "maternity", "funeral", "unemployment"];

const HOUSEHOLD_TEXT: &[&str] = &["date", "region_coefficient", "social_contract_signed_on"];
const MEMBER_TEXT: &[&str] = &["birth_date", "sex", "orphan"];
const MEMBER_FLAGS: &[&str] = &["hiv", "mother_hiv", "hero_mother", "full_state_support"];

/// Every column, in file order.
pub fn columns() -> Vec<String> {
    let mut c: Vec<String> =
        ["household_id", "weight", "date", "region_coefficient", "high_mountain", "social_contract_signed_on", "mother_residence_years"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    c.extend(ANIMALS.iter().map(|a| format!("livestock_{a}")));
    c.extend(["vehicle_kind", "vehicle_year", "vehicle_working"].iter().map(|s| s.to_string()));
    c.extend(
        [
            "member_id",
            "birth_date",
            "sex",
            "status",
            "country",
            "residence_permit",
            "pension_right",
            "disability_group",
            "disability_since_childhood",
            "hiv",
            "mother_hiv",
            "hero_mother",
            "full_state_support",
            "orphan",
            "birth_order",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    c.extend(INCOMES.iter().map(|i| format!("income_{i}")));
    c.extend(
        [
            "birth_applicant",
            "birth_application_date",
            "unemployment_registered_on",
            "insured_months_last_36",
            "insured_record_continuous",
            "months_paid_last_36",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    c
}

/// One row: a value per column (by the order of `columns()`), empty when not given.
pub type Row = Vec<String>;

/// A problem with a household's rows: the column and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct CellError {
    pub column: String,
    pub message: String,
}

fn err(column: &str, message: impl Into<String>) -> CellError {
    CellError { column: column.to_string(), message: message.into() }
}

/// Column positions, looked up once per file.
pub struct Layout {
    positions: std::collections::HashMap<String, usize>,
}

impl Layout {
    pub fn new(header: &[String]) -> Result<Layout, String> {
        let known = columns();
        for h in header {
            if !known.contains(h) {
                return Err(format!("unknown column '{h}' (the columns are listed in the README, \"Population files\")"));
            }
        }
        for required in ["household_id", "member_id"] {
            if !header.iter().any(|h| h == required) {
                return Err(format!("the column '{required}' is missing"));
            }
        }
        Ok(Layout { positions: header.iter().enumerate().map(|(i, h)| (h.clone(), i)).collect() })
    }

    pub fn get<'r>(&self, row: &'r [String], column: &str) -> &'r str {
        self.positions.get(column).and_then(|&i| row.get(i)).map_or("", |s| s.trim())
    }
}

fn boolean(column: &str, v: &str) -> Result<Option<bool>, CellError> {
    match v {
        "" => Ok(None),
        "true" | "1" => Ok(Some(true)),
        "false" | "0" => Ok(Some(false)),
        _ => Err(err(column, format!("'{v}' is not true or false"))),
    }
}

fn whole(column: &str, v: &str) -> Result<Option<u64>, CellError> {
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<u64>().map(Some).map_err(|_| err(column, format!("'{v}' is not a whole number")))
}

/// The contract's household from its rows (and the household's id and weight).
pub fn household(layout: &Layout, rows: &[Row]) -> Result<Value, CellError> {
    let first = rows.first().ok_or_else(|| err("household_id", "a household without rows"))?;
    let g = |c: &str| layout.get(first, c);
    let mut h = Map::new();
    for c in HOUSEHOLD_TEXT {
        if !g(c).is_empty() {
            h.insert(c.to_string(), Value::String(g(c).to_string()));
        }
    }
    if let Some(b) = boolean("high_mountain", g("high_mountain"))? {
        h.insert("high_mountain".into(), Value::Bool(b));
    }
    if let Some(n) = whole("mother_residence_years", g("mother_residence_years"))? {
        h.insert("mother_residence_years".into(), json!(n));
    }
    let mut members = Vec::new();
    let mut births: Vec<(String, String, Option<String>, u64)> = Vec::new();
    let mut unemployment = None;
    for row in rows {
        let m = |c: &str| layout.get(row, c);
        let id = m("member_id").to_string();
        if id.is_empty() {
            return Err(err("member_id", "a row without a member_id"));
        }
        let mut o = Map::new();
        o.insert("id".into(), Value::String(id.clone()));
        for c in MEMBER_TEXT {
            if !m(c).is_empty() {
                o.insert(c.to_string(), Value::String(m(c).to_string()));
            }
        }
        match m("status") {
            "" => {}
            "citizen" | "kairylman" => {
                o.insert("status".into(), json!({"kind": m("status")}));
            }
            "foreign" => {
                let mut s = Map::new();
                s.insert("kind".into(), json!("foreign"));
                if !m("country").is_empty() {
                    s.insert("country".into(), json!(m("country")));
                }
                if let Some(b) = boolean("residence_permit", m("residence_permit"))? {
                    s.insert("residence_permit".into(), json!(b));
                }
                o.insert("status".into(), Value::Object(s));
            }
            other => return Err(err("status", format!("'{other}' is not citizen, kairylman or foreign"))),
        }
        if let Some(b) = boolean("pension_right", m("pension_right"))? {
            o.insert("pension_right".into(), json!(b));
        }
        let group = whole("disability_group", m("disability_group"))?;
        let childhood = boolean("disability_since_childhood", m("disability_since_childhood"))?;
        if group.is_some() || childhood.is_some() {
            let mut d = Map::new();
            if let Some(g) = group {
                d.insert("group".into(), json!(g));
            }
            if let Some(c) = childhood {
                d.insert("since_childhood".into(), json!(c));
            }
            o.insert("disability".into(), Value::Object(d));
        }
        for c in MEMBER_FLAGS {
            if let Some(b) = boolean(c, m(c))? {
                o.insert(c.to_string(), json!(b));
            }
        }
        if let Some(n) = whole("birth_order", m("birth_order"))? {
            o.insert("birth_order".into(), json!(n));
        }
        let mut income = Map::new();
        for i in INCOMES {
            let c = format!("income_{i}");
            if !m(&c).is_empty() {
                income.insert(i.to_string(), Value::String(m(&c).to_string()));
            }
        }
        if !income.is_empty() {
            o.insert("income".into(), Value::Object(income));
        }
        if !m("birth_applicant").is_empty() {
            if m("birth_date").is_empty() {
                return Err(err("birth_applicant", "a newborn's row needs its birth_date"));
            }
            let key = (m("birth_date").to_string(), m("birth_applicant").to_string());
            let applied = Some(m("birth_application_date").to_string()).filter(|s| !s.is_empty());
            match births.iter_mut().find(|b| b.0 == key.0 && b.1 == key.1) {
                Some(b) => b.3 += 1,
                None => births.push((key.0, key.1, applied, 1)),
            }
        }
        if let Some(months) = whole("insured_months_last_36", m("insured_months_last_36"))? {
            if unemployment.is_some() {
                return Err(err(
                    "insured_months_last_36",
                    "two people of one household seek the unemployment allowance; the table carries one",
                ));
            }
            let mut u = Map::new();
            u.insert("member".into(), Value::String(id.clone()));
            u.insert("insured_months_last_36".into(), json!(months));
            if !m("unemployment_registered_on").is_empty() {
                u.insert("registered_on".into(), json!(m("unemployment_registered_on")));
            }
            if let Some(b) = boolean("insured_record_continuous", m("insured_record_continuous"))? {
                u.insert("insured_record_continuous".into(), json!(b));
            }
            if let Some(n) = whole("months_paid_last_36", m("months_paid_last_36"))? {
                u.insert("months_paid_last_36".into(), json!(n));
            }
            unemployment = Some(Value::Object(u));
        }
        members.push(Value::Object(o));
    }
    h.insert("members".into(), Value::Array(members));
    let mut livestock = Map::new();
    for a in ANIMALS {
        if let Some(n) = whole(&format!("livestock_{a}"), g(&format!("livestock_{a}")))? {
            livestock.insert(a.to_string(), json!(n));
        }
    }
    let mut assets = Map::new();
    if !g("vehicle_kind").is_empty() {
        let mut v = Map::new();
        v.insert("kind".into(), json!(g("vehicle_kind")));
        if let Some(y) = whole("vehicle_year", g("vehicle_year"))? {
            v.insert("year".into(), json!(y));
        }
        if let Some(w) = boolean("vehicle_working", g("vehicle_working"))? {
            v.insert("working".into(), json!(w));
        }
        assets.insert("vehicles".into(), json!([Value::Object(v)]));
    }
    if !livestock.is_empty() {
        assets.insert("livestock".into(), Value::Object(livestock));
    }
    if !assets.is_empty() {
        h.insert("assets".into(), Value::Object(assets));
    }
    if !births.is_empty() {
        let list: Vec<Value> = births
            .into_iter()
            .map(|(date, applicant, applied, children)| {
                let mut b = Map::new();
                b.insert("date".into(), json!(date));
                b.insert("children".into(), json!(children));
                b.insert("applicant".into(), json!(applicant));
                if let Some(a) = applied {
                    b.insert("application_date".into(), json!(a));
                }
                Value::Object(b)
            })
            .collect();
        h.insert("births".into(), Value::Array(list));
    }
    if let Some(u) = unemployment {
        h.insert("unemployment".into(), u);
    }
    Ok(Value::Object(h))
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The rows of a household the table can carry (at most one vehicle, one
/// job seeker, births of newborns listed among the members); `None` for one
/// it cannot.
pub fn rows(id: &str, weight: &str, h: &Value) -> Option<Vec<Row>> {
    static INDEX: std::sync::OnceLock<(usize, std::collections::HashMap<String, usize>)> = std::sync::OnceLock::new();
    let (width, index) = INDEX.get_or_init(|| {
        let cols = columns();
        (cols.len(), cols.into_iter().enumerate().map(|(i, c)| (c, i)).collect())
    });
    let at = |name: &str| index.get(name).copied();
    let members = h.get("members")?.as_array()?;
    let vehicles = h.pointer("/assets/vehicles").and_then(Value::as_array).map_or(&[][..], |v| v.as_slice());
    if vehicles.len() > 1 {
        return None;
    }
    // A birth is its newborns' rows: as many members born that day as
    // children, else the table would read another birth.
    for b in h.get("births").and_then(Value::as_array).map_or(&[][..], |b| b.as_slice()) {
        let day = b.get("date")?;
        let children = b.get("children").and_then(Value::as_u64).unwrap_or(1);
        let newborns = members.iter().filter(|m| m.get("birth_date") == Some(day)).count() as u64;
        if newborns != children || b.get("applicant").is_none() {
            return None;
        }
    }
    let mut out = Vec::new();
    for m in members {
        let mut row = vec![String::new(); *width];
        let mut set = |name: &str, v: String| {
            if let Some(i) = at(name) {
                if let Some(cell) = row.get_mut(i) {
                    *cell = v;
                }
            }
        };
        set("household_id", id.to_string());
        set("weight", weight.to_string());
        for c in HOUSEHOLD_TEXT.iter().chain(["high_mountain", "mother_residence_years"].iter()) {
            set(c, text(h.get(*c)));
        }
        for a in ANIMALS {
            set(&format!("livestock_{a}"), text(h.pointer(&format!("/assets/livestock/{a}"))));
        }
        if let Some(v) = vehicles.first() {
            set("vehicle_kind", text(v.get("kind")));
            set("vehicle_year", text(v.get("year")));
            set("vehicle_working", text(v.get("working")));
        }
        let mid = text(m.get("id"));
        set("member_id", mid.clone());
        for c in MEMBER_TEXT.iter().chain(MEMBER_FLAGS.iter()).chain(["pension_right", "birth_order"].iter()) {
            set(c, text(m.get(*c)));
        }
        set("status", text(m.pointer("/status/kind")));
        set("country", text(m.pointer("/status/country")));
        set("residence_permit", text(m.pointer("/status/residence_permit")));
        set("disability_group", text(m.pointer("/disability/group")));
        set("disability_since_childhood", text(m.pointer("/disability/since_childhood")));
        for i in INCOMES {
            set(&format!("income_{i}"), text(m.pointer(&format!("/income/{i}"))));
        }
        if let Some(births) = h.get("births").and_then(Value::as_array) {
            for b in births {
                if b.get("date") == m.get("birth_date") && b.get("date").is_some() {
                    set("birth_applicant", text(b.get("applicant")));
                    set("birth_application_date", text(b.get("application_date")));
                }
            }
        }
        if h.pointer("/unemployment/member").and_then(Value::as_str) == Some(mid.as_str()) {
            set("unemployment_registered_on", text(h.pointer("/unemployment/registered_on")));
            set("insured_months_last_36", text(h.pointer("/unemployment/insured_months_last_36")));
            set("insured_record_continuous", text(h.pointer("/unemployment/insured_record_continuous")));
            set("months_paid_last_36", text(h.pointer("/unemployment/months_paid_last_36")));
        }
        out.push(row);
    }
    Some(out)
}
