//! The data-driven case tests.
//!
//! Every `*.yaml` file under `tests/cases/` is one household together with
//! the part of the result the law says it must produce. The format and the
//! matching rules are described for readers at the ministry in
//! `tests/cases/README.md`; this file implements exactly that description.
//!
//! Run: `cargo test -p ukuk-tests --test cases`. Every case is checked, every
//! failing case is reported (file, place in `expect`, expected and actual),
//! and a closing line `N passed, M failed` is printed.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;
use ukuk_rules::Date;

/// The "today" of a case that sets neither `today` nor `input.date`, so that
/// no result ever depends on the real calendar.
const DEFAULT_TODAY: &str = "2020-06-15";

/// The fields a case file may have.
const CASE_FIELDS: &[&str] = &["title", "rule", "notes", "today", "input", "input_json", "expect", "expect_not"];

/// Fields that identify an element of a list: an expected element is compared
/// with the actual elements that have the same values in the fields it gives.
const KEY_FIELDS: &[&str] = &["id", "rule", "member", "birth", "code", "path"];
/// The same inside `detail` (a reason or warning about one member, birth, vehicle…).
const DETAIL_KEY_FIELDS: &[&str] = &["member", "birth", "vehicle", "category", "rules", "parameter"];

const STATUSES: &[&str] = &["eligible", "not_eligible", "needs_information"];

/// Keys whose values are amounts of money: `"810.00"` (or null).
const MONEY_KEYS: &[&str] = &[
    "amount",
    "breadwinner_supplement",
    "total",
    "gmi",
    "per_capita_income",
    "total_income",
    "not_counted_income",
    "max_total_income",
    "difference",
    "amount_per_child",
    "per_child",
    "base",
    "press_reported_base",
    "press_reported_average",
    "amount_before",
    "amount_after",
];
/// Keys whose values are dates: `"2020-06-15"` (or null).
const DATE_KEYS: &[&str] = &[
    "date",
    "starts",
    "ends",
    "deadline",
    "rules_verified_until",
    "verified_until",
    "birth_date",
    "start_date",
    "application_date",
    "registered_on",
    "severance_until",
    "signed_on",
    "bar_until",
    "multiple_birth_from",
    "from",
    "until",
    "changes_on",
    "collect_until",
];

/// One problem found in one case.
#[derive(Debug)]
struct Failure {
    /// Where: `expect.benefits[id=family_assistance].status`, `title`, `(file)`…
    path: String,
    /// What is wrong, possibly over several lines.
    text: String,
}

fn fail(out: &mut Vec<Failure>, path: impl Into<String>, text: impl Into<String>) {
    out.push(Failure { path: path.into(), text: text.into() });
}

/// A value as compact JSON, shortened when long.
fn show(v: &Value) -> String {
    let s = serde_json::to_string(v).unwrap_or_else(|_| String::from("?"));
    if s.chars().count() > 400 {
        let cut: String = s.chars().take(400).collect();
        format!("{cut}…")
    } else {
        s
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

// ---------------------------------------------------------------------------
// Matching: does the actual result contain the expected part?
// ---------------------------------------------------------------------------

/// The value at `key` (`"detail.member"` walks into `detail`).
fn lookup<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.').try_fold(v, |v, k| v.get(k))
}

/// The identifying fields an expected list element gives, in order.
fn key_pairs(e: &Value) -> Vec<(String, &Value)> {
    let mut keys = Vec::new();
    if let Value::Object(m) = e {
        for k in KEY_FIELDS {
            if let Some(v) = m.get(*k) {
                keys.push((k.to_string(), v));
            }
        }
        if let Some(Value::Object(d)) = m.get("detail") {
            for k in DETAIL_KEY_FIELDS {
                if let Some(v) = d.get(*k) {
                    keys.push((format!("detail.{k}"), v));
                }
            }
        }
    }
    keys
}

fn label(keys: &[(String, &Value)]) -> String {
    keys.iter()
        .map(|(k, v)| match v {
            Value::String(s) => format!("{k}={s}"),
            other => format!("{k}={}", show(other)),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Compares `exp` (part of the expectation) with `act` (the result), adding
/// one failure per difference; none means the result contains `exp`.
fn diff(exp: &Value, act: &Value, path: &str, out: &mut Vec<Failure>) {
    match (exp, act) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => diff(ev, av, &join(path, k), out),
                    None => fail(
                        out,
                        join(path, k),
                        format!(
                            "expected: {}\n  actual:   (no `{k}` here; present: {})",
                            show(ev),
                            a.keys().cloned().collect::<Vec<_>>().join(", ")
                        ),
                    ),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.is_empty() {
                if !a.is_empty() {
                    fail(out, path, format!("expected: an empty list\n  actual:   {}", show(act)));
                }
                return;
            }
            for (i, ev) in e.iter().enumerate() {
                diff_element(ev, i, a, path, out);
            }
        }
        _ if exp == act => {}
        _ => fail(out, path, format!("expected: {}\n  actual:   {}", show(exp), show(act))),
    }
}

/// One expected element of a list must match some actual element.
fn diff_element(ev: &Value, index: usize, actual: &[Value], path: &str, out: &mut Vec<Failure>) {
    if !ev.is_object() && !ev.is_array() {
        // A plain value (a document, an animal, a category): the list must contain it.
        if !actual.contains(ev) {
            fail(
                out,
                format!("{path}[{index}]"),
                format!("expected: the list contains {}\n  actual:   {}", show(ev), show(&Value::Array(actual.to_vec()))),
            );
        }
        return;
    }
    let keys = key_pairs(ev);
    let here = if keys.is_empty() { format!("{path}[{index}]") } else { format!("{path}[{}]", label(&keys)) };
    let candidates: Vec<&Value> = actual.iter().filter(|a| keys.iter().all(|(k, v)| lookup(a, k) == Some(*v))).collect();
    if candidates.is_empty() {
        let present: Vec<String> = actual
            .iter()
            .map(|a| {
                let ks: Vec<(String, &Value)> = keys.iter().filter_map(|(k, _)| lookup(a, k).map(|v| (k.clone(), v))).collect();
                if ks.is_empty() {
                    show(a)
                } else {
                    label(&ks)
                }
            })
            .collect();
        let what = if keys.is_empty() { format!("an element matching {}", show(ev)) } else { format!("an element with {}", label(&keys)) };
        let has = if present.is_empty() { String::from("(the list is empty)") } else { present.join("; ") };
        fail(out, here, format!("expected: {what}\n  actual:   none; the list has: {has}"));
        return;
    }
    let mut best: Option<Vec<Failure>> = None;
    for c in &candidates {
        let mut tmp = Vec::new();
        diff(ev, c, &here, &mut tmp);
        if tmp.is_empty() {
            return;
        }
        if best.as_ref().is_none_or(|b| tmp.len() < b.len()) {
            best = Some(tmp);
        }
    }
    if candidates.len() > 1 {
        fail(
            out,
            here.clone(),
            format!("none of the {} elements that could be meant matches in full; the closest one differs:", candidates.len()),
        );
    }
    out.extend(best.unwrap_or_default());
}

// ---------------------------------------------------------------------------
// Checking an expectation can match at all (typos must not pass silently).
// ---------------------------------------------------------------------------

/// Where in the result an expected value sits.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Root,
    Benefit,
    Reason,
    Detail,
    PerMember,
    PerBirth,
    Schedule,
    Warning,
    Livestock,
    Error,
    Strings,
}

/// Facts about the case's input that an expectation can refer to.
struct Known {
    member_ids: Vec<String>,
    births: usize,
}

fn allowed(ctx: Ctx) -> &'static [&'static str] {
    match ctx {
        Ctx::Root => &["version", "date", "rules_verified_until", "warnings", "benefits", "livestock", "errors", "questions"],
        Ctx::Benefit => &[
            "id",
            "status",
            "amount",
            "period",
            "per_member",
            "starts",
            "ends",
            "reasons",
            "documents",
            "where",
            "rules_verified_until",
            "per_birth",
            "schedule",
        ],
        Ctx::Reason => &["rule", "passed", "unknown", "detail", "source", "grade"],
        Ctx::PerMember => &["member", "amount", "category", "other_categories", "breadwinner_supplement"],
        Ctx::PerBirth => &["birth", "date", "children", "status", "amount", "deadline"],
        Ctx::Schedule => &["from", "until", "amount"],
        Ctx::Warning => &["code", "detail"],
        Ctx::Livestock => &["units", "per_member", "unconverted", "limit_per_member", "over_limit"],
        Ctx::Error => &["path", "code", "message"],
        Ctx::Detail | Ctx::Strings => &[],
    }
}

fn ctx_name(ctx: Ctx) -> &'static str {
    match ctx {
        Ctx::Root => "the result",
        Ctx::Benefit => "a benefit",
        Ctx::Reason => "a reason",
        Ctx::Detail => "a detail",
        Ctx::PerMember => "a per_member entry",
        Ctx::PerBirth => "a per_birth entry",
        Ctx::Schedule => "a month of the schedule",
        Ctx::Warning => "a warning",
        Ctx::Livestock => "the livestock summary",
        Ctx::Error => "an error",
        Ctx::Strings => "a list of names",
    }
}

fn is_money(s: &str) -> bool {
    let (int, frac) = match s.split_once('.') {
        Some(p) => p,
        None => return false,
    };
    !int.is_empty() && int.bytes().all(|b| b.is_ascii_digit()) && frac.len() == 2 && frac.bytes().all(|b| b.is_ascii_digit())
}

fn category_ids() -> Vec<&'static str> {
    ukuk_rules::benefits::social_benefit::category_ids().collect()
}

/// Checks a part of an expectation against the shape of the output: unknown
/// fields, ids, codes, amounts written as numbers and the like would never
/// match and are reported as mistakes in the case, not as engine failures.
fn check_shape(v: &Value, ctx: Ctx, benefit: Option<&str>, path: &str, known: &Known, out: &mut Vec<Failure>) {
    // Scalars anywhere.
    if let Value::Number(n) = v {
        if n.is_f64() {
            fail(out, path, format!("{n} is a number with a decimal point, which the result never contains: write amounts and units in quotes, e.g. \"810.00\""));
        }
    }
    match ctx {
        Ctx::Strings => {
            match v {
                Value::Array(items) => {
                    for (i, x) in items.iter().enumerate() {
                        if !x.is_string() {
                            fail(out, format!("{path}[{i}]"), format!("expected a name in quotes, found {}", show(x)));
                        }
                    }
                }
                other => fail(out, path, format!("expected a list of names, found {}", show(other))),
            }
            return;
        }
        Ctx::Detail => {
            let Value::Object(m) = v else {
                fail(out, path, format!("a detail is a set of named figures, found {}", show(v)));
                return;
            };
            for (k, x) in m {
                check_scalar_key(Ctx::Detail, k, x, &join(path, k), known, out);
                if let Value::Array(items) = x {
                    for (i, it) in items.iter().enumerate() {
                        if let Value::Number(n) = it {
                            if n.is_f64() {
                                fail(out, format!("{}[{i}]", join(path, k)), "a number with a decimal point never matches: quote it");
                            }
                        }
                    }
                }
            }
            return;
        }
        _ => {}
    }
    let Value::Object(m) = v else {
        fail(out, path, format!("{} is a set of named fields (`key: value`), found {}", ctx_name(ctx), show(v)));
        return;
    };
    let fields = allowed(ctx);
    for k in m.keys() {
        if !fields.contains(&k.as_str()) {
            fail(out, join(path, k), format!("{} has no field `{k}` (its fields: {})", ctx_name(ctx), fields.join(", ")));
        }
    }
    if ctx == Ctx::Root && m.contains_key("errors") && m.len() > 1 {
        fail(out, path, "`errors` comes alone: refused input gives no result, so nothing else can be expected with it");
    }
    let list = |x: &Value, p: &str, child: Ctx, b: Option<&str>, out: &mut Vec<Failure>| match x {
        Value::Array(items) => {
            for (i, it) in items.iter().enumerate() {
                check_shape(it, child, b, &format!("{p}[{i}]"), known, out);
            }
        }
        other => fail(out, p, format!("expected a list (`- ...` lines), found {}", show(other))),
    };
    for (k, x) in m {
        let p = join(path, k);
        match (ctx, k.as_str()) {
            (Ctx::Root, "benefits") => list(x, &p, Ctx::Benefit, None, out),
            (Ctx::Root, "warnings") => list(x, &p, Ctx::Warning, None, out),
            (Ctx::Root, "errors") => list(x, &p, Ctx::Error, None, out),
            (Ctx::Root, "livestock") => check_shape(x, Ctx::Livestock, None, &p, known, out),
            (Ctx::Benefit, "reasons") => list(x, &p, Ctx::Reason, m.get("id").and_then(Value::as_str), out),
            (Ctx::Benefit, "per_member") => list(x, &p, Ctx::PerMember, None, out),
            (Ctx::Benefit, "per_birth") => list(x, &p, Ctx::PerBirth, None, out),
            (Ctx::Benefit, "schedule") => list(x, &p, Ctx::Schedule, None, out),
            (Ctx::Benefit, "documents") | (Ctx::Livestock, "unconverted") => check_shape(x, Ctx::Strings, None, &p, known, out),
            (Ctx::PerMember, "other_categories") => {
                check_shape(x, Ctx::Strings, None, &p, known, out);
                let cats = category_ids();
                for (i, c) in x.as_array().into_iter().flatten().enumerate() {
                    if let Some(c) = c.as_str() {
                        if !cats.contains(&c) {
                            fail(out, format!("{p}[{i}]"), format!("`{c}` is not a social-benefit category ({})", cats.join(", ")));
                        }
                    }
                }
            }
            (Ctx::Reason | Ctx::Warning, "detail") => check_shape(x, Ctx::Detail, None, &p, known, out),
            _ => check_scalar_key(ctx, k, x, &p, known, out),
        }
    }
    // Identifiers that must exist.
    match ctx {
        Ctx::Benefit => match m.get("id").and_then(Value::as_str) {
            Some(id) if ukuk_rules::benefit_ids().contains(&id) => {}
            Some(id) => fail(out, join(path, "id"), format!("`{id}` is not a benefit (known: {})", ukuk_rules::benefit_ids().join(", "))),
            None => fail(out, path, "an expected benefit must give its `id`"),
        },
        Ctx::Reason => match m.get("rule").and_then(Value::as_str) {
            Some(r) if ukuk_rules::params::data::ALL_RULES.iter().any(|x| x.id == r) => {
                if let Some(b) = benefit {
                    // `shared.*` rules are reasons of any benefit that reads the members.
                    if !r.starts_with(&format!("{b}.")) && !r.starts_with("shared.") {
                        fail(out, join(path, "rule"), format!("rule `{r}` is never a reason of `{b}`"));
                    }
                }
            }
            Some(r) => fail(out, join(path, "rule"), format!("`{r}` is not a rule id (see rules/*.toml, section [rules])")),
            None => fail(out, path, "an expected reason must give its `rule`"),
        },
        Ctx::Warning => match m.get("code").and_then(Value::as_str) {
            Some(c) if ukuk_rules::WARNING_CODES.contains(&c) => {}
            Some(c) => {
                fail(out, join(path, "code"), format!("`{c}` is not a warning code (known: {})", ukuk_rules::WARNING_CODES.join(", ")))
            }
            None => fail(out, path, "an expected warning must give its `code`"),
        },
        Ctx::Error => match m.get("code").and_then(Value::as_str) {
            Some(c) if ukuk_rules::input::ERROR_CODES.contains(&c) => {}
            Some(c) => {
                fail(out, join(path, "code"), format!("`{c}` is not an error code (known: {})", ukuk_rules::input::ERROR_CODES.join(", ")))
            }
            None => fail(out, path, "an expected error must give its `code`"),
        },
        Ctx::PerMember => {
            if !m.contains_key("member") {
                fail(out, path, "an expected per_member entry must give its `member`");
            }
            if let Some(c) = m.get("category").and_then(Value::as_str) {
                let cats = category_ids();
                if !cats.contains(&c) {
                    fail(out, join(path, "category"), format!("`{c}` is not a social-benefit category ({})", cats.join(", ")));
                }
            }
        }
        Ctx::PerBirth if !m.contains_key("birth") => fail(out, path, "an expected per_birth entry must give its `birth` (0 for the first)"),
        _ => {}
    }
    if ctx == Ctx::Reason && m.get("unknown") == Some(&Value::Bool(false)) {
        fail(out, join(path, "unknown"), "`unknown` appears only when true; leave it out instead of writing false");
    }
}

/// Checks a value whose meaning follows from its key.
fn check_scalar_key(ctx: Ctx, k: &str, x: &Value, p: &str, known: &Known, out: &mut Vec<Failure>) {
    if let Value::Number(n) = x {
        if n.is_f64() {
            fail(
                out,
                p,
                format!("{n} is a number with a decimal point, which the result never contains: write it in quotes, e.g. \"810.00\""),
            );
        }
    }
    if MONEY_KEYS.contains(&k) {
        match x {
            Value::Null => {}
            Value::String(s) if is_money(s) => {}
            other => {
                fail(out, p, format!("an amount is written in quotes with two decimals, e.g. \"810.00\" (or null); found {}", show(other)))
            }
        }
    }
    if DATE_KEYS.contains(&k) {
        match x {
            Value::Null => {}
            Value::String(s) if Date::parse(s).is_some() => {}
            other => fail(out, p, format!("a date is written in quotes as \"YYYY-MM-DD\" (or null); found {}", show(other))),
        }
    }
    match k {
        "status" if matches!(ctx, Ctx::Benefit | Ctx::PerBirth) => match x.as_str() {
            Some(s) if STATUSES.contains(&s) => {}
            _ => fail(out, p, format!("a status is one of {}; found {}", STATUSES.join(", "), show(x))),
        },
        "grade" if ctx == Ctx::Reason => match x.as_str() {
            Some("official" | "act_text" | "handbook" | "press") => {}
            _ => fail(out, p, format!("a grade is official, act_text, handbook or press; found {}", show(x))),
        },
        "passed" | "unknown" if !x.is_boolean() => fail(out, p, format!("expected true or false, found {}", show(x))),
        "member" | "applicant" => match x.as_str() {
            Some(id) if known.member_ids.iter().any(|m| m == id) => {}
            _ => fail(out, p, format!("{} is not the id of a member in `input` ({})", show(x), known.member_ids.join(", "))),
        },
        "birth" => match x.as_u64() {
            Some(i) if (i as usize) < known.births => {}
            _ => fail(out, p, format!("{} is not the number of a birth in `input` (0 to {})", show(x), known.births.saturating_sub(1))),
        },
        "category" => match x.as_str() {
            Some(c) if category_ids().contains(&c) => {}
            _ => fail(out, p, format!("{} is not a social-benefit category ({})", show(x), category_ids().join(", "))),
        },
        "period" if ctx == Ctx::Benefit => match x.as_str() {
            Some("monthly" | "once") => {}
            _ => fail(out, p, format!("a period is \"monthly\" or \"once\"; found {}", show(x))),
        },
        _ => {}
    }
}

/// The rule ids and error/warning codes named in a case's `rule` text. Each
/// must exist, and there must be at least one.
fn check_rule_text(text: &str, out: &mut Vec<Failure>) {
    let benefits: Vec<&str> = ukuk_rules::benefit_ids();
    let mut found = 0;
    for raw in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')) {
        let token = raw.trim_end_matches('.');
        let Some((prefix, name)) = token.split_once('.') else { continue };
        // File names (family_assistance.toml) are not rule ids.
        if name.is_empty() || ["toml", "rs", "md", "yaml", "json"].contains(&name) {
            continue;
        }
        let ok = match prefix {
            "input" => ukuk_rules::input::ERROR_CODES.contains(&name),
            "warning" => ukuk_rules::WARNING_CODES.contains(&name),
            p if benefits.contains(&p) || p == "livestock" || p == "shared" => {
                ukuk_rules::params::data::ALL_RULES.iter().any(|r| r.id == token)
            }
            _ => continue,
        };
        if ok {
            found += 1;
        } else {
            fail(out, "rule", format!("`{token}` is not a rule id (rules/*.toml), error code (input.CODE) or warning code (warning.CODE)"));
        }
    }
    if found == 0 {
        fail(out, "rule", "name at least one rule id, e.g. `family_assistance.income_below_gmi`, or `input.CODE` for refused input");
    }
}

// ---------------------------------------------------------------------------
// One case.
// ---------------------------------------------------------------------------

/// Checks one case file; no failures means it passes.
fn check_case(text: &str) -> Vec<Failure> {
    let mut out = Vec::new();
    let yaml: serde_yaml::Value = match serde_yaml::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            fail(&mut out, "(file)", format!("not readable as YAML: {e}"));
            return out;
        }
    };
    let case: Value = match serde_json::to_value(&yaml) {
        Ok(v) => v,
        Err(e) => {
            fail(&mut out, "(file)", format!("cannot be turned into JSON: {e}"));
            return out;
        }
    };
    let Value::Object(case) = case else {
        fail(&mut out, "(file)", "a case is a set of fields: title, rule, input, expect…");
        return out;
    };
    for k in case.keys() {
        if !CASE_FIELDS.contains(&k.as_str()) {
            fail(&mut out, k.clone(), format!("unknown field of a case (known: {})", CASE_FIELDS.join(", ")));
        }
    }
    match case.get("title") {
        Some(Value::String(s)) if !s.trim().is_empty() => {}
        _ => fail(&mut out, "title", "every case needs a `title`: one plain sentence saying what it shows"),
    }
    match case.get("rule") {
        Some(Value::String(s)) if !s.trim().is_empty() => check_rule_text(s, &mut out),
        _ => fail(&mut out, "rule", "every case needs a `rule`: the rule id(s) and where the law says so"),
    }
    if let Some(n) = case.get("notes") {
        if !n.is_string() {
            fail(&mut out, "notes", "notes are text");
        }
    }
    let today_text = match case.get("today") {
        None => DEFAULT_TODAY,
        Some(Value::String(s)) => s.as_str(),
        Some(other) => {
            fail(&mut out, "today", format!("a date in quotes, \"YYYY-MM-DD\"; found {}", show(other)));
            DEFAULT_TODAY
        }
    };
    let today = Date::parse(today_text).unwrap_or_else(|| {
        fail(&mut out, "today", format!("`{today_text}` is not a date \"YYYY-MM-DD\""));
        Date::parse(DEFAULT_TODAY).expect("default date")
    });
    let input = match (case.get("input"), case.get("input_json")) {
        (Some(v), None) => Some(Ok(v.clone())),
        (None, Some(Value::String(s))) => Some(Err(s.clone())),
        (None, Some(_)) => {
            fail(&mut out, "input_json", "`input_json` is the exact JSON text, in quotes or as a `|` block");
            None
        }
        (Some(_), Some(_)) => {
            fail(&mut out, "input", "give `input` or `input_json`, not both");
            None
        }
        (None, None) => {
            fail(&mut out, "input", "every case needs an `input` (the household)");
            None
        }
    };
    let known = {
        let members = case.get("input").and_then(|i| i.get("members")).and_then(Value::as_array);
        Known {
            member_ids: members.into_iter().flatten().filter_map(|m| m.get("id").and_then(Value::as_str).map(str::to_string)).collect(),
            births: case.get("input").and_then(|i| i.get("births")).and_then(Value::as_array).map_or(0, Vec::len),
        }
    };
    let expect = match case.get("expect") {
        Some(e @ Value::Object(m)) if !m.is_empty() => {
            check_shape(e, Ctx::Root, None, "expect", &known, &mut out);
            Some(e.clone())
        }
        _ => {
            fail(&mut out, "expect", "every case needs an `expect`: the part of the result it must contain");
            None
        }
    };
    let expect_not: Vec<Value> = match case.get("expect_not") {
        None => vec![],
        Some(Value::Array(list)) => list.clone(),
        Some(one) => vec![one.clone()],
    };
    for (i, e) in expect_not.iter().enumerate() {
        let p = format!("expect_not[{i}]");
        match e {
            Value::Object(m) if !m.is_empty() => check_shape(e, Ctx::Root, None, &p, &known, &mut out),
            _ => fail(&mut out, p, "each `expect_not` entry is a part of a result, like `expect`"),
        }
    }
    let (Some(input), Some(expect)) = (input, expect) else { return out };
    if !out.is_empty() {
        return out;
    }

    // Evaluate exactly as the command line and the JavaScript API do.
    let result = match &input {
        Ok(v) => ukuk_rules::evaluate(v, today),
        Err(text) => ukuk_rules::evaluate_str(text, today),
    };
    let (json_text, evaluated) = ukuk_rules::to_json(&result);
    let actual = match &result {
        Ok(output) => match serde_json::to_value(output) {
            Ok(v) => v,
            Err(e) => {
                fail(&mut out, "(engine)", format!("the result cannot be serialized: {e}"));
                return out;
            }
        },
        Err(_) => match serde_json::from_str::<Value>(&json_text) {
            Ok(v) => v,
            Err(e) => {
                fail(&mut out, "(engine)", format!("the error list is not JSON: {e}"));
                return out;
            }
        },
    };
    if evaluated != result.is_ok() {
        fail(&mut out, "(engine)", "to_json's success flag disagrees with the result");
    }
    let wants_errors = expect.get("errors").is_some();
    if wants_errors && evaluated {
        fail(
            &mut out,
            "expect.errors",
            "expected: the input is refused (command line exit status 2)\n  actual:   it was evaluated (exit status 0)",
        );
    } else if !wants_errors && !evaluated {
        fail(
            &mut out,
            "expect",
            format!("expected: a result (exit status 0)\n  actual:   the input was refused (exit status 2): {}", show(&actual)),
        );
        return out;
    }
    diff(&expect, &actual, "expect", &mut out);
    for (i, e) in expect_not.iter().enumerate() {
        let mut tmp = Vec::new();
        diff(e, &actual, "", &mut tmp);
        if tmp.is_empty() {
            fail(&mut out, format!("expect_not[{i}]"), format!("the result contains what it must not: {}", show(e)));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// All cases.
// ---------------------------------------------------------------------------

fn case_files(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    entries.sort();
    for p in entries {
        if p.is_dir() {
            case_files(&p, found)?;
        } else if matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
            found.push(p);
        }
    }
    Ok(())
}

/// A benefit in the registry has its folder of cases, is named in the case
/// that lists every benefit, and is described in the contract: registering
/// a benefit without them fails here (its texts are checked by tests/i18n.rs).
#[test]
fn every_registered_benefit_has_cases_and_a_contract_entry() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed = std::fs::read_to_string(here.join("cases/warnings/every_benefit_listed.yaml")).expect("the every-benefit case");
    let contract = std::fs::read_to_string(here.join("../docs/contract.md")).expect("docs/contract.md");
    let mut problems = Vec::new();
    for id in ukuk_rules::benefit_ids() {
        let dir = here.join("cases").join(id);
        let cases =
            std::fs::read_dir(&dir).map(|d| d.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "yaml")).count()).unwrap_or(0);
        if cases == 0 {
            problems.push(format!("tests/cases/{id}/ has no case file"));
        }
        if !listed.contains(&format!("id: {id},")) {
            problems.push(format!("tests/cases/warnings/every_benefit_listed.yaml does not expect `{id}`"));
        }
        if !contract.contains(&format!("`{id}`")) {
            problems.push(format!("docs/contract.md does not name the benefit `{id}`"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// docs/contract.md describes every field the input reader accepts: a field
/// added to the reader without its description fails here.
#[test]
fn the_contract_describes_every_input_field() {
    let contract = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/contract.md")).expect("docs/contract.md");
    let mut missing = Vec::new();
    for (object, fields) in ukuk_rules::input::ALL_FIELDS {
        for f in *fields {
            if !contract.contains(&format!("`{f}`")) && !contract.contains(&format!("\"{f}\"")) {
                missing.push(format!("{object}.{f}"));
            }
        }
    }
    assert!(missing.is_empty(), "docs/contract.md does not describe: {missing:#?}");
}

#[test]
fn cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases");
    let mut files = Vec::new();
    case_files(&root, &mut files).unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()));
    assert!(!files.is_empty(), "no case files under {}", root.display());

    // Written straight to the terminal: the test harness would hide print!
    // output of a passing test, and the closing line must always show.
    let mut report = String::new();
    let (mut passed, mut failed) = (0usize, 0usize);
    for f in &files {
        let name = f.strip_prefix(&root).unwrap_or(f).display().to_string();
        let failures = match std::fs::read_to_string(f) {
            Ok(text) => check_case(&text),
            Err(e) => vec![Failure { path: "(file)".into(), text: format!("cannot be read: {e}") }],
        };
        if failures.is_empty() {
            passed += 1;
        } else {
            failed += 1;
            report.push_str(&format!("\nFAILED {name}\n"));
            for x in failures {
                report.push_str(&format!("  at {}\n  {}\n", x.path, x.text));
            }
        }
    }
    let mut stdout = std::io::stdout().lock();
    let _ = write!(stdout, "{report}");
    let _ = writeln!(stdout, "\n{passed} passed, {failed} failed");
    let _ = stdout.flush();
    drop(stdout);
    assert_eq!(failed, 0, "{failed} of {} case files failed (see above)", files.len());
}

// ---------------------------------------------------------------------------
// The runner's own checks: a wrong expectation must fail.
// ---------------------------------------------------------------------------

#[cfg(test)]
mod runner {
    use super::check_case;

    const HOUSEHOLD: &str = r#"
title: One parent, one child, no income.
rule: family_assistance.income_below_gmi — handbook lines 1799-1811
input:
  date: "2018-08-15"
  members:
    - {id: mother, birth_date: "1990-05-01", sex: female}
    - {id: child, birth_date: "2015-01-01", sex: male}
"#;

    fn with(expect: &str) -> String {
        format!("{HOUSEHOLD}{expect}")
    }

    fn paths(text: &str) -> Vec<String> {
        check_case(text).into_iter().map(|f| f.path).collect()
    }

    #[test]
    fn a_right_expectation_passes() {
        let f = check_case(&with(
            "expect:\n  benefits:\n    - id: family_assistance\n      status: eligible\n      amount: \"810.00\"\n      reasons:\n        - {rule: family_assistance.income_below_gmi, passed: true, detail: {gmi: \"900.00\"}}\n",
        ));
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_wrong_status_fails_at_its_place() {
        let p = paths(&with("expect:\n  benefits:\n    - {id: family_assistance, status: not_eligible}\n"));
        assert_eq!(p, vec!["expect.benefits[id=family_assistance].status"]);
    }

    #[test]
    fn a_wrong_amount_in_a_reason_fails() {
        let p = paths(&with(
            "expect:\n  benefits:\n    - id: family_assistance\n      reasons:\n        - {rule: family_assistance.income_below_gmi, detail: {gmi: \"1000.00\"}}\n",
        ));
        assert_eq!(p, vec!["expect.benefits[id=family_assistance].reasons[rule=family_assistance.income_below_gmi].detail.gmi"]);
    }

    #[test]
    fn expectations_that_can_never_match_are_refused() {
        for bad in [
            "expect:\n  benefits:\n    - {id: family_asistance, status: eligible}\n",
            "expect:\n  benefits:\n    - {id: family_assistance, amount: 810.00}\n",
            "expect:\n  benefits:\n    - {id: family_assistance, status: elligible}\n",
            "expect:\n  benefits:\n    - id: family_assistance\n      reasons:\n        - {rule: family_assistance.income_below_gmii}\n",
            "expect:\n  benefits:\n    - id: family_assistance\n      reasons:\n        - {rule: social_benefit.no_category}\n",
            "expect:\n  benefits:\n    - {id: family_assistance, per_member: [{member: child2}]}\n",
            "expect:\n  warnings:\n    - {code: rules_unverified}\n",
            "expect:\n  benefit:\n    - {id: family_assistance}\n",
            "expect:\n  errors:\n    - {path: date, code: no_such_code}\n",
        ] {
            let f = check_case(&with(bad));
            assert!(!f.is_empty(), "accepted: {bad}");
        }
    }

    #[test]
    fn broken_case_files_fail() {
        assert!(!check_case("title: [unclosed").is_empty());
        assert!(!check_case("rule: family_assistance.amount\ninput: {members: []}\nexpect: {version: 1}\n").is_empty());
        let no_expect = HOUSEHOLD.to_string();
        assert_eq!(paths(&no_expect), vec!["expect"]);
        assert_eq!(paths(&format!("{HOUSEHOLD}expected:\n  version: 1\n")), vec!["expected", "expect"]);
    }

    #[test]
    fn refused_input_must_be_expected() {
        let bad = HOUSEHOLD.replace("\"2015-01-01\"", "\"2021-01-01\"");
        let p = paths(&format!("{bad}expect:\n  benefits:\n    - {{id: family_assistance}}\n"));
        assert_eq!(p, vec!["expect"]);
        let ok = check_case(&format!("{bad}expect:\n  errors:\n    - {{path: \"members[1].birth_date\", code: birth_after_date}}\n"));
        assert!(ok.is_empty(), "{ok:?}");
        let p = paths(&with("expect:\n  errors:\n    - {path: \"members[1].birth_date\", code: birth_after_date}\n"));
        assert_eq!(p[0], "expect.errors");
    }

    #[test]
    fn expect_not_forbids() {
        let p = paths(&with("expect:\n  version: 1\nexpect_not:\n  benefits:\n    - {id: family_assistance, status: eligible}\n"));
        assert_eq!(p, vec!["expect_not[0]"]);
        let f = check_case(&with("expect:\n  version: 1\nexpect_not:\n  warnings:\n    - {code: rules_not_verified}\n"));
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn an_empty_list_means_empty() {
        assert!(check_case(&with("expect:\n  warnings: []\n")).is_empty());
        let p = paths(&with("expect:\n  benefits: []\n"));
        assert_eq!(p, vec!["expect.benefits"]);
    }
}
