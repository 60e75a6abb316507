//! Every text the engine, the command line and the web app use exists in
//! Kyrgyz, Russian and English, and says only what the engine can fill in.
//!
//! Run: `cargo test -p ukuk-tests --test i18n`.
//!
//! The ids are taken from the engine itself, never from a copied list: the
//! rules of `rules/*.toml` (`params::data::ALL_RULES`), their documents and
//! offices, the error and warning codes, the benefits, the social-benefit
//! categories, income types, vehicle kinds, registration bars and animals.
//! Then a set of households (below, plus every case in `tests/cases/`) is
//! evaluated, and every reason and warning the engine gives is rendered in
//! the three languages the way the app renders it (see the header of
//! `crates/ukuk-i18n/locales/en/engine.ftl`): a text that needs a figure the
//! engine did not give, a missing outcome text or a missing name of a code
//! fails the test.
//!
//! Every check collects all its problems and reports them together.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{json, Value as Json};
use ukuk_i18n::{format_date, format_money, format_number, Bundle, Lang};
use ukuk_rules::benefits::social_benefit;
use ukuk_rules::input::{ERROR_CODES, INCOME_TYPES, VEHICLE_KINDS};
use ukuk_rules::output::{money_string, Outcome, Output, Status, Value};
use ukuk_rules::params::{data, Grade};
use ukuk_rules::{benefit_ids, Date, InputError, WARNING_CODES};

/// Detail keys whose text values are codes shown by their name: the caller
/// passes the message `<prefix>-<code>` instead of the code (list items too).
const NAMED: &[(&str, &str)] = &[
    ("kind", "vehicle"),
    ("category", "category"),
    ("categories", "category"),
    ("others", "category"),
    ("bars", "bar"),
    ("rules", "rules"),
    ("parameter", "param"),
    ("benefit", "benefit"),
    ("other", "benefit"),
    ("larger", "benefit"),
    ("exclusions", "exclusion"),
];
/// Detail keys whose codes are passed raw because the texts select on them;
/// each code still needs a name, `<prefix>-<code>`, for other uses.
const SELECTED: &[(&str, &str)] = &[("missing", "value"), ("basis", "value"), ("status", "residence"), ("role", "role")];

/// Rules no household can make the engine report today, and why. Their texts
/// exist (checked like every rule's) but their variables can only be checked
/// against the keys the engine uses elsewhere.
const UNREACHABLE: &[(&str, &str)] = &[
    ("livestock.units", "the conversion is reported in `livestock`, not as a reason"),
    ("social_benefit.rules_in_force", "the ages it needs are known from the first day the calculator accepts"),
];

/// Functions (and methods) whose string-literal arguments are message ids, in
/// the sources scanned by `ids_used_in_code_exist`.
const TRANSLATION_CALLS: &[&str] =
    &["t", "tr", "tr_args", "tr_or", "text_with", "tt", "text", "format", "has", "msg", "translate", "usage_error"];
/// Sources scanned for message ids, with a namespace whose literals are ids
/// wherever they appear in that source ("" for none).
const SCANNED: &[(&str, &str)] = &[("web/src", ""), ("crates/ukuk-cli/src", "cli-"), ("crates/ukuk-wasm/src", "")];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn bundle(lang: Lang) -> &'static Bundle {
    Bundle::get(lang)
}

fn message_id(rule: &str) -> String {
    rule.replace('.', "-")
}

/// Problems found while rendering the engine's output, each reported once
/// with the first household that showed it and how many others did.
#[derive(Default)]
struct Found(BTreeMap<String, (String, usize)>);

impl Found {
    fn add(&mut self, problem: String, origin: &str) {
        let e = self.0.entry(problem).or_insert_with(|| (origin.to_string(), 0));
        e.1 += 1;
    }
    fn into_list(self) -> Vec<String> {
        self.0
            .into_iter()
            .map(|(p, (origin, n))| match n {
                1 => format!("{p} (in: {origin})"),
                _ => format!("{p} (in: {origin}, and {} more)", n - 1),
            })
            .collect()
    }
}

fn report(what: &str, problems: &[String]) {
    if !problems.is_empty() {
        let mut list: Vec<&String> = problems.iter().collect();
        list.sort();
        list.dedup();
        panic!("{what}: {} problem(s)\n  {}", list.len(), list.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  "));
    }
}

fn sorted_vars(lang: Lang, id: &str) -> Vec<String> {
    let mut v = bundle(lang).variables(id);
    v.sort();
    v
}

// ---------------------------------------------------------------------------
// The files themselves.

#[test]
fn files_parse_without_errors() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (name, text) in lang.sources() {
            let (b, errors) = Bundle::parse(text);
            for e in errors {
                problems.push(format!("{name}:{}: {}", e.line, e.message));
            }
            for id in b.ids() {
                if let Some(other) = seen.insert(id.to_string(), name) {
                    problems.push(format!("{name}: `{id}` is also defined in {other}"));
                }
            }
        }
    }
    report("translation files", &problems);
}

#[test]
fn same_messages_and_variables_in_every_language() {
    let mut problems = Vec::new();
    let all: BTreeSet<String> = Lang::ALL.iter().flat_map(|l| bundle(*l).ids().map(str::to_string).collect::<Vec<_>>()).collect();
    for id in &all {
        for lang in Lang::ALL {
            if !bundle(lang).has(id) {
                let have: Vec<&str> = Lang::ALL.iter().filter(|l| bundle(**l).has(id)).map(|l| l.code()).collect();
                problems.push(format!("`{id}` is missing in {} (present in {})", lang.code(), have.join(", ")));
            }
        }
        let en = sorted_vars(Lang::En, id);
        for lang in [Lang::Ky, Lang::Ru] {
            if bundle(lang).has(id) && bundle(Lang::En).has(id) {
                let other = sorted_vars(lang, id);
                if other != en {
                    problems.push(format!("`{id}`: variables in {} {other:?} differ from en {en:?}", lang.code()));
                }
            }
        }
    }
    report("messages across languages", &problems);
}

/// The message and term references (`{ -term }`, `{ other-message }`) in a
/// Fluent text: placeables that are neither variables nor string literals.
fn references(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '{' {
                let mut j = i + 1;
                while j < chars.len() && chars[j] == ' ' {
                    j += 1;
                }
                let start = j;
                while j < chars.len() && (chars[j].is_ascii_alphanumeric() || matches!(chars[j], '-' | '_' | '.')) {
                    j += 1;
                }
                let name: String = chars[start..j].iter().collect();
                if !name.is_empty() && chars.get(start) != Some(&'$') {
                    out.push((n + 1, name));
                }
            }
            i += 1;
        }
    }
    out
}

#[test]
fn references_resolve() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for (name, text) in lang.sources() {
            for (line, r) in references(text) {
                if !bundle(lang).has(&r) {
                    problems.push(format!("{name}:{line}: `{{ {r} }}` refers to no message"));
                }
            }
        }
    }
    report("references", &problems);
}

// ---------------------------------------------------------------------------
// Ids the engine defines.

fn require(problems: &mut Vec<String>, id: &str, why: &str) {
    for lang in Lang::ALL {
        if !bundle(lang).has(id) {
            problems.push(format!("{}: `{id}` is missing ({why})", lang.code()));
        }
    }
}

#[test]
fn engine_ids_have_texts() {
    let mut problems = Vec::new();
    let p = &mut problems;
    for rule in data::ALL_RULES {
        let id = message_id(rule.id);
        require(p, &id, "title of a rule");
        require(p, &format!("{id}.pass"), "a rule met");
        require(p, &format!("{id}.fail"), "a rule not met");
    }
    for code in data::ALL_DOCUMENT_CODES {
        require(p, &format!("document-{code}"), "a document to bring");
    }
    for code in data::ALL_WHERE_CODES.iter().filter(|c| !c.is_empty()) {
        require(p, &format!("where-{code}"), "where to apply");
    }
    for code in ERROR_CODES {
        require(p, &format!("error-{code}"), "an input error");
    }
    for code in WARNING_CODES {
        require(p, &format!("warning-{code}"), "a warning");
    }
    for id in benefit_ids() {
        require(p, &format!("benefit-{id}"), "a benefit's name");
        require(p, &format!("benefit-{id}.description"), "a benefit's description");
    }
    for status in [Status::Eligible, Status::NotEligible, Status::NeedsInformation] {
        let code = serde_json::to_value(status).unwrap();
        require(p, &format!("status-{}", code.as_str().unwrap()), "a benefit's status");
    }
    for id in social_benefit::category_ids() {
        require(p, &format!("category-{id}"), "a social-benefit category");
    }
    for t in INCOME_TYPES {
        require(p, &format!("income-{t}"), "an income type");
    }
    for k in VEHICLE_KINDS {
        require(p, &format!("vehicle-{k}"), "a vehicle kind");
    }
    let bars: BTreeSet<&str> =
        data::unemployment_allowance::REGISTRATION_BARS.periods.iter().flat_map(|p| p.value.iter().copied()).collect();
    for b in bars {
        require(p, &format!("bar-{b}"), "a registration bar");
    }
    let animals: BTreeSet<&str> = data::livestock::UNITS.periods.iter().flat_map(|p| p.value.iter().map(|(a, _)| *a)).collect();
    for a in animals {
        require(p, &format!("animal-{a}"), "an animal of the conversion table");
    }
    for (file, _) in data::VERIFIED {
        require(p, &format!("rules-{file}"), "a rules file named in warning-rules_not_verified");
    }
    for g in [Grade::Official, Grade::ActText, Grade::Handbook, Grade::Press] {
        require(p, &format!("grade-{}", g.code()), "a source's grade, shown beside it");
    }
    require(p, "grade-press-note", "what a press-graded figure means");
    // Every value has a name: the rules explorer's headings, the links from
    // a reason to the values it used, the press_source warning.
    for param in data::ALL_PARAMS {
        require(p, &format!("param-{}", param.name().replace('.', "-")), "a value of rules/, named in the rules explorer and in results");
    }
    for stem in ["shared", "livestock"] {
        require(p, &format!("rules-page-file-{stem}"), "a rules file that is no benefit's, a heading of the rules explorer");
    }
    require(p, "money", "format_money");
    report("ids defined by the engine", &problems);
}

// ---------------------------------------------------------------------------
// What the engine emits, rendered.

/// Households that make the engine check every rule it can, each way it can.
fn households() -> Vec<(String, Date, Json)> {
    let d = |s: &str| Date::parse(s).unwrap();
    let today = d("2020-06-15");
    let mut out: Vec<(String, Date, Json)> = Vec::new();
    let mut add = |name: &str, today: Date, v: Json| out.push((name.to_string(), today, v));

    add(
        "a person whose birth date and sex are not given yet",
        today,
        json!({"members": [{"id": "mother", "birth_date": "1990-05-01", "sex": "female"}, {"id": "grandmother"}],
               "births": [{"date": "2020-03-10", "applicant": "mother"}]}),
    );
    add(
        "births of every kind, vehicles, unconvertible animal",
        today,
        json!({
            "date": "2020-06-15",
            "members": [
                {"id": "mother", "birth_date": "1990-05-01", "sex": "female", "status": {"kind": "citizen"},
                 "income": {"wages": "1500.00", "pension": "2000.00", "land": "100.00"}},
                {"id": "father", "birth_date": "1988-02-01", "sex": "male"},
                {"id": "child1", "birth_date": "2020-03-10", "sex": "female"},
                {"id": "child2", "birth_date": "2015-01-01", "sex": "male"},
                {"id": "ward", "birth_date": "2012-01-01", "sex": "female", "full_state_support": true},
                {"id": "aunt_ru", "birth_date": "1985-01-01", "sex": "female",
                 "status": {"kind": "foreign", "country": "RU", "residence_permit": true}},
                {"id": "aunt_cn", "birth_date": "1985-01-01", "sex": "female",
                 "status": {"kind": "foreign", "country": "CN", "residence_permit": false}},
                {"id": "aunt_kz", "birth_date": "1985-01-01", "sex": "female",
                 "status": {"kind": "foreign", "country": "KZ", "residence_permit": false}},
                {"id": "aunt_k", "birth_date": "1980-01-01", "sex": "female", "status": {"kind": "kairylman"}}
            ],
            "assets": {
                "vehicles": [
                    {"kind": "passenger_car", "year": 1990, "working": true},
                    {"kind": "passenger_car", "year": 2015, "working": true},
                    {"kind": "passenger_car", "year": 2015, "working": false},
                    {"kind": "lorry", "year": 2000, "working": true},
                    {"kind": "tractor", "year": 1980, "working": false},
                    {"kind": "minibus", "year": 2010, "working": true},
                    {"kind": "combine", "year": 2005, "working": true}
                ],
                "livestock": {"sheep": 3, "cow": 1, "heifer": 1, "camel": 2}
            },
            "births": [
                {"date": "2020-03-10", "children": 1, "application_date": "2020-05-01", "applicant": "mother"},
                {"date": "2017-06-01", "children": 1, "applicant": "mother"},
                {"date": "2020-01-10", "children": 3, "applicant": "aunt_ru"},
                {"date": "2020-02-01", "children": 1, "applicant": "aunt_cn", "full_state_support": true},
                {"date": "2019-10-01", "children": 1, "application_date": "2020-05-01", "applicant": "aunt_kz"},
                {"date": "2020-05-01", "children": 1, "applicant": "aunt_k"},
                {"date": "2020-05-01", "children": 2},
                {"date": "2020-05-01", "children": 1, "applicant": "father"}
            ]
        }),
    );
    add(
        "over the income and livestock limits, social contract, stale rules",
        d("2022-08-01"),
        json!({
            "date": "2022-08-01",
            "region_coefficient": "1.20",
            "social_contract_signed_on": "2021-01-01",
            "members": [
                {"id": "mother", "birth_date": "1990-05-01", "sex": "female", "income": {"wages": "10000.00"}},
                {"id": "child", "birth_date": "2015-01-01", "sex": "male"}
            ],
            "assets": {"livestock": {"horse": 20, "yak": 1}}
        }),
    );
    add(
        "eligible family, old social contract",
        d("2022-08-01"),
        json!({
            "date": "2022-08-01",
            "region_coefficient": "1.20",
            "social_contract_signed_on": "2019-01-01",
            "members": [
                {"id": "mother", "birth_date": "1990-05-01", "sex": "female", "income": {"wages": "500.00"}},
                {"id": "son", "birth_date": "2015-01-01", "sex": "male"},
                {"id": "daughter", "birth_date": "2017-01-01", "sex": "female"}
            ],
            "assets": {"livestock": {"sheep": 2}}
        }),
    );
    add(
        "one child, everyone under full state support",
        today,
        json!({
            "date": "2020-06-15",
            "members": [{"id": "ward", "birth_date": "2015-01-01", "sex": "male", "full_state_support": true}],
            "assets": {"livestock": {"sheep": 1}}
        }),
    );
    add(
        "one child in a poor family",
        today,
        json!({
            "date": "2020-06-15",
            "members": [
                {"id": "father", "birth_date": "1985-01-01", "sex": "male", "income": {"wages": "800.00"}},
                {"id": "son", "birth_date": "2015-01-01", "sex": "male"}
            ]
        }),
    );
    add(
        "before the family assistance rules",
        d("2018-03-01"),
        json!({"date": "2018-03-01", "members": [{"id": "a", "birth_date": "1990-01-01", "sex": "female"}]}),
    );
    add(
        "every social-benefit category",
        today,
        json!({
            "date": "2020-06-15",
            "region_coefficient": "1.10",
            "members": [
                {"id": "c_dis", "birth_date": "2010-01-01", "sex": "male", "disability": {"group": 2, "since_childhood": true},
                 "hiv": true, "orphan": "lost_breadwinner"},
                {"id": "c_hivm", "birth_date": "2019-12-01", "sex": "female", "mother_hiv": true},
                {"id": "c_orph", "birth_date": "2010-01-01", "sex": "female", "orphan": "full"},
                {"id": "c_unkn", "birth_date": "2012-01-01", "sex": "male", "orphan": "parents_unknown"},
                {"id": "c_bw", "birth_date": "2012-01-01", "sex": "male", "orphan": "lost_breadwinner"},
                {"id": "cd1", "birth_date": "1980-01-01", "sex": "male", "disability": {"group": 1, "since_childhood": true}},
                {"id": "cd2", "birth_date": "1980-01-01", "sex": "male", "disability": {"group": 2, "since_childhood": true}},
                {"id": "cd3", "birth_date": "1980-01-01", "sex": "male", "disability": {"group": 3, "since_childhood": true}},
                {"id": "gd1", "birth_date": "1980-01-01", "sex": "female", "disability": {"group": 1}},
                {"id": "gd2", "birth_date": "1980-01-01", "sex": "female", "disability": {"group": 2}},
                {"id": "gd3", "birth_date": "1980-01-01", "sex": "female", "disability": {"group": 3}},
                {"id": "gd_nogroup", "birth_date": "1980-01-01", "sex": "female", "disability": {}},
                {"id": "c_nogroup", "birth_date": "2012-01-01", "sex": "female", "disability": {}},
                {"id": "hero57", "birth_date": "1963-01-01", "sex": "female", "hero_mother": true},
                {"id": "hero60", "birth_date": "1960-01-01", "sex": "female", "hero_mother": true},
                {"id": "woman59", "birth_date": "1961-01-01", "sex": "female"},
                {"id": "man64", "birth_date": "1956-01-01", "sex": "male"},
                {"id": "pensioner", "birth_date": "1950-01-01", "sex": "male", "pension_right": true},
                {"id": "young", "birth_date": "1995-01-01", "sex": "male"}
            ]
        }),
    );
    add(
        "elderly in a high-mountain area",
        today,
        json!({
            "date": "2020-06-15",
            "high_mountain": true,
            "members": [{"id": "grandfather", "birth_date": "1940-01-01", "sex": "male"}]
        }),
    );
    add(
        "today's law: coverage, state support, pension right, applicants, press values",
        d("2026-09-01"),
        json!({
            "date": "2026-09-01",
            "members": [
                {"id": "mother", "birth_date": "1990-05-01", "sex": "female", "status": {"kind": "citizen"}},
                {"id": "cn", "birth_date": "1960-01-01", "sex": "female", "pension_right": false,
                 "status": {"kind": "foreign", "country": "CN", "residence_permit": true}},
                {"id": "ward", "birth_date": "2012-01-01", "sex": "male", "disability": {}, "full_state_support": true, "pension_right": false},
                {"id": "orphan", "birth_date": "2013-01-01", "sex": "male", "orphan": "full", "full_state_support": true, "pension_right": false},
                {"id": "hero", "birth_date": "1970-01-01", "sex": "female", "hero_mother": true, "pension_right": false},
                {"id": "asked", "birth_date": "1950-01-01", "sex": "male"},
                {"id": "gd1", "birth_date": "1980-01-01", "sex": "female", "disability": {"group": 1}, "pension_right": false},
                {"id": "child", "birth_date": "2026-05-01", "sex": "female"},
                {"id": "bw", "birth_date": "2014-01-01", "sex": "male", "orphan": "lost_breadwinner", "pension_right": false},
                {"id": "unk", "birth_date": "2015-01-01", "sex": "male", "orphan": "parents_unknown", "pension_right": false}
            ],
            "births": [
                {"date": "2026-05-01", "children": 1, "application_date": "2026-05-10", "applicant": "mother"},
                {"date": "2026-05-01", "children": 3, "applicant": "mother", "applicant_role": "guardian"},
                {"date": "2026-05-01", "children": 1, "applicant": "mother", "applicant_role": "proxy", "applicant_lives_with_child": false},
                {"date": "2026-05-01", "children": 1, "applicant": "mother", "applicant_lives_with_child": false},
                {"date": "2026-05-01", "children": 1, "applicant": "ward"}
            ]
        }),
    );
    add(
        "high-mountain help: a third child, an older one, a choice with family assistance",
        d("2026-09-15"),
        json!({"date": "2026-09-15", "high_mountain": true, "members": [
            {"id": "mother", "birth_date": "1992-01-01", "sex": "female", "status": {"kind": "citizen"}},
            {"id": "first", "birth_date": "2016-03-03", "sex": "male"},
            {"id": "second", "birth_date": "2025-05-05", "sex": "female"},
            {"id": "third", "birth_date": "2026-01-01", "sex": "male"},
            {"id": "fourth", "birth_date": "2026-01-01", "sex": "male", "birth_order": 4}
        ]}),
    );
    for (years, name) in [
        (Some(3), "«Бала береке», the later reading only"),
        (Some(1), "«Бала береке», too few years"),
        (None, "«Бала береке», years not given"),
    ] {
        let mut v = json!({"date": "2026-09-15", "high_mountain": true, "members": [
            {"id": "mother", "birth_date": "1985-01-01", "sex": "female"},
            {"id": "baby", "birth_date": "2026-02-01", "sex": "male", "birth_order": 4},
            {"id": "old", "birth_date": "2025-02-01", "sex": "male", "birth_order": 3}
        ]});
        if let Some(y) = years {
            v["mother_residence_years"] = json!(y);
        }
        add(name, d("2026-09-15"), v);
    }
    add(
        "«Бала береке» before it exists, no young child",
        d("2025-06-15"),
        json!({"date": "2025-06-15", "high_mountain": true, "members": [{"id": "mother", "birth_date": "1985-01-01", "sex": "female"}]}),
    );
    for officer in [
        json!({"event": "death", "event_date": "2026-05-10", "monthly_pay": "45000.00"}),
        json!({"event": "group_raised", "event_date": "2026-05-10", "monthly_pay": "45000.00", "disability_group": 3, "previous_group": 1}),
        json!({"event": "disability", "event_date": "2026-05-10", "left_service_on": "2025-01-01", "monthly_pay": "1.00", "disability_group": 1}),
        json!({"event": "disability", "event_date": "2025-05-10", "left_service_on": "2025-01-01", "disability_group": 1}),
        json!({"event": "death_after_disability", "event_date": "2026-05-10", "monthly_pay": "45000.00"}),
        json!({"event": "group_raised", "event_date": "2026-05-10", "monthly_pay": "45000.00", "disability_group": 1}),
        json!({"event": "injury", "event_date": "2026-05-10", "post_salary": "20000.00", "injury_severity": "light", "exclusions": ["crime", "unlawful_act_or_deliberate_harm", "intoxication", "self_harm"]}),
        json!({"event": "injury", "event_date": "2026-05-10", "injury_severity": "severe"}),
        json!({"event": "injury", "event_date": "2026-05-10"}),
        json!({"event": "injury", "event_date": "2019-12-31", "post_salary": "20000.00", "injury_severity": "moderate"}),
        json!({"event": "death", "event_date": "2019-06-01", "monthly_pay": "45000.00"}),
    ] {
        add(
            "an officer's insured event",
            d("2026-09-01"),
            json!({"date": "2026-09-01", "members": [{"id": "a", "birth_date": "1985-01-01", "sex": "male"}], "officer": officer}),
        );
    }
    add(
        "high-mountain help before it exists",
        d("2025-11-15"),
        json!({"date": "2025-11-15", "members": [{"id": "mother", "birth_date": "1992-01-01", "sex": "female"}]}),
    );
    add(
        "a baby before «Бала ырысы» exists",
        d("2026-05-20"),
        json!({"date": "2026-05-20", "members": [
            {"id": "mother", "birth_date": "1995-01-01", "sex": "female"},
            {"id": "baby", "birth_date": "2026-01-10", "sex": "female"}
        ]}),
    );
    add(
        "a grant across a change of rate; foreign family",
        d("2022-04-15"),
        json!({
            "date": "2022-04-15",
            "members": [
                {"id": "mother", "birth_date": "1990-05-01", "sex": "female", "status": {"kind": "kairylman"}},
                {"id": "child", "birth_date": "2015-01-01", "sex": "male"}
            ]
        }),
    );
    add(
        "a family no adult of which the law covers",
        d("2026-09-01"),
        json!({
            "date": "2026-09-01",
            "members": [
                {"id": "mother", "birth_date": "1990-05-01", "sex": "female", "status": {"kind": "foreign", "country": "CN", "residence_permit": true}},
                {"id": "father", "birth_date": "1990-05-01", "sex": "male", "status": {"kind": "foreign", "country": "KZ", "residence_permit": false}},
                {"id": "child", "birth_date": "2015-01-01", "sex": "male"}
            ]
        }),
    );
    add(
        "unemployed with a broken record, and with a full one",
        d("2026-09-01"),
        json!({
            "date": "2026-09-01",
            "members": [{"id": "u", "birth_date": "1985-01-01", "sex": "male", "status": {"kind": "citizen"}}],
            "unemployment": {"member": "u", "registered_on": "2026-08-01", "insured_months_last_36": 20, "insured_record_continuous": false}
        }),
    );
    add(
        "unemployed with a full record",
        d("2026-09-01"),
        json!({
            "date": "2026-09-01",
            "members": [{"id": "u", "birth_date": "1985-01-01", "sex": "male", "status": {"kind": "citizen"}}],
            "unemployment": {"member": "u", "registered_on": "2026-08-01", "insured_months_last_36": 36}
        }),
    );
    let unemployed =
        |date: &str, member: Json, unemployment: Json| json!({"date": date, "members": [member], "unemployment": unemployment});
    add(
        "unemployed after severance",
        today,
        unemployed(
            "2020-06-15",
            json!({"id": "u", "birth_date": "1985-01-01", "sex": "male", "status": {"kind": "citizen"}}),
            json!({"member": "u", "registered_on": "2020-05-01", "insured_months_last_36": 14, "severance_until": "2020-05-20"}),
        ),
    );
    add(
        "unemployed, press figures",
        Date::parse("2021-06-15").unwrap(),
        unemployed(
            "2021-06-15",
            json!({"id": "u", "birth_date": "1985-01-01", "sex": "female", "status": {"kind": "citizen"}}),
            json!({"member": "u", "registered_on": "2021-06-01", "insured_months_last_36": 12, "months_paid_last_36": 11}),
        ),
    );
    add(
        "kairylman with every bar",
        today,
        unemployed(
            "2020-06-15",
            json!({"id": "u", "birth_date": "1985-01-01", "sex": "male", "status": {"kind": "kairylman"}}),
            json!({"member": "u", "registered_on": "2020-06-01", "insured_months_last_36": 5, "first_time_job_seeker": true,
                   "months_paid_last_36": 12,
                   "registration_bars": data::unemployment_allowance::REGISTRATION_BARS.periods.last().unwrap().value}),
        ),
    );
    add(
        "young foreigner after a long break",
        today,
        unemployed(
            "2020-06-15",
            json!({"id": "u", "birth_date": "2005-01-01", "sex": "female",
                   "status": {"kind": "foreign", "country": "UZ", "residence_permit": true}}),
            json!({"member": "u", "registered_on": "2020-06-01", "insured_months_last_36": 1, "break_over_two_years": true}),
        ),
    );
    add(
        "unemployed without a status",
        today,
        unemployed(
            "2020-06-15",
            json!({"id": "u", "birth_date": "1985-01-01", "sex": "male"}),
            json!({"member": "u", "registered_on": "2020-06-01", "insured_months_last_36": 20}),
        ),
    );
    add(
        "registered before the unemployment rules",
        today,
        unemployed(
            "2020-06-15",
            json!({"id": "u", "birth_date": "1985-01-01", "sex": "male", "status": {"kind": "citizen"}}),
            json!({"member": "u", "registered_on": "2017-06-01", "insured_months_last_36": 20}),
        ),
    );
    out
}

/// Inputs that cannot be evaluated.
fn bad_inputs() -> Vec<String> {
    let m = r#"{"id": "a", "birth_date": "1990-01-01", "sex": "female"}"#;
    let many: Vec<String> = (0..51).map(|i| format!(r#"{{"id": "m{i}", "birth_date": "1990-01-01", "sex": "male"}}"#)).collect();
    vec![
        "{".to_string(),
        r#"{"members": "x"}"#.to_string(),
        r#"{"date": "2020-06-15", "members": [{"id": "a", "birth_date": "2019-01-01", "sex": "female"}], "births": [{"date": "2018-03-10", "applicant": "a"}]}"#.to_string(),
        r#"{"members": []}"#.to_string(),
        format!(r#"{{"members": [{}]}}"#, many.join(",")),
        r#"{"date": "2020-13-01", "members": [{"id": "a", "sex": "female", "foo": 1}]}"#.to_string(),
        format!(r#"{{"date": "2017-01-01", "members": [{m}]}}"#),
        format!(
            r#"{{"date": "2020-06-15", "region_coefficient": "0.50", "social_contract_signed_on": "2021-01-01",
                "members": [{m}, {m},
                  {{"id": "", "birth_date": "2021-01-01", "sex": "x"}},
                  {{"id": "b", "birth_date": "1990-01-01", "sex": "male", "hero_mother": true,
                    "status": {{"kind": "citizen", "country": "KG"}}, "disability": {{"group": 1.5}},
                    "income": {{"wages": 3000, "business": "abc", "land": "-5.00", "other": "1.234", "stipend": "99999999999.00"}}}},
                  {{"id": "c", "birth_date": "1990-01-01", "sex": "male", "status": {{"kind": "foreign", "country": "rus"}}}}],
                "assets": {{"vehicles": [{{"kind": "boat", "year": 1800}}], "livestock": {{"Camel": 1, "cow": -1, "ox": 1.5}}}},
                "births": [{{"date": "2021-01-01", "children": 0, "applicant": "zzz"}},
                           {{"date": "2020-05-01", "application_date": "2020-04-01"}}],
                "unemployment": {{"member": "a", "registered_on": "2020-06-01", "insured_months_last_36": 40,
                                  "severance_until": "2020-05-01"}}}}"#
        ),
    ]
}

/// Cases of `tests/cases/` (the households the case tests evaluate).
fn case_households() -> Vec<(String, Date, Result<Json, String>)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("tests/cases"), &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else { continue };
        let Ok(yaml) = serde_yaml::from_str::<serde_yaml::Value>(&text) else { continue };
        let Ok(case) = serde_json::to_value(&yaml) else { continue };
        let today = case
            .get("today")
            .and_then(Json::as_str)
            .or_else(|| case.get("input").and_then(|i| i.get("date")).and_then(Json::as_str))
            .and_then(Date::parse)
            .unwrap_or_else(|| Date::parse("2020-06-15").unwrap());
        let input = match (case.get("input"), case.get("input_json").and_then(Json::as_str)) {
            (Some(v), _) => Ok(v.clone()),
            (None, Some(t)) => Err(t.to_string()),
            _ => continue,
        };
        let shown = f.strip_prefix(root().join("tests")).map(|p| Path::new("tests").join(p)).unwrap_or(f.clone());
        out.push((shown.display().to_string(), today, input));
    }
    out
}

fn prefix_of(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, p)| *p)
}

/// A detail value as the app passes it to a message (engine.ftl's header).
fn render_value(lang: Lang, key: &str, v: &Value) -> String {
    let name = |code: &str| match prefix_of(NAMED, key) {
        Some(p) => bundle(lang).text(&format!("{p}-{}", code.replace('.', "-")), &[]),
        None => code.to_string(),
    };
    match v {
        Value::Money(d) => format_money(lang, &money_string(*d)),
        Value::Number(n) => format_number(lang, &n.text()),
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Date(d) => format_date(lang, &d.to_string()),
        Value::Code(t) => name(t),
        Value::Text(t) => name(t),
        Value::List(items) => items.iter().map(|i| name(i)).collect::<Vec<_>>().join(", "),
        Value::Codes(items) => items.iter().map(|i| name(i)).collect::<Vec<_>>().join(", "),
    }
}

/// What the corpus showed: per rule (or warning) id, the detail keys seen and
/// the outcomes seen.
#[derive(Default)]
struct Seen {
    keys: BTreeMap<String, BTreeSet<String>>,
    outcomes: BTreeMap<String, BTreeSet<&'static str>>,
    all_keys: BTreeSet<String>,
    periods: BTreeSet<String>,
}

/// `UKUK_I18N_SHOW=ky` (or `ru`, `en`, `all`) prints every text rendered, for
/// reading the translations in context:
/// `UKUK_I18N_SHOW=ru cargo test -p ukuk-tests --test i18n texts_fit -- --nocapture`.
fn show(lang: Lang) -> bool {
    std::env::var("UKUK_I18N_SHOW").is_ok_and(|v| v == "all" || v == lang.code())
}

/// Renders one reason or warning text in every language, recording problems.
fn check_text(problems: &mut Found, origin: &str, id: &str, detail: &[(&'static str, Value)], optional: bool) {
    for lang in Lang::ALL {
        let b = bundle(lang);
        if !b.has(id) {
            if !optional {
                problems.add(format!("{}: `{id}` is missing (the engine gives it)", lang.code()), origin);
            }
            continue;
        }
        let vars = b.variables(id);
        let given = |var: &str| {
            detail
                .iter()
                .any(|(k, v)| *k == var && !matches!(v, Value::List(l) if l.is_empty()) && !matches!(v, Value::Codes(l) if l.is_empty()))
        };
        // A `.note` or `.reading` is shown only when the detail has all it needs.
        if (id.ends_with(".note") || id.ends_with(".reading")) && !vars.iter().all(|v| given(v)) {
            continue;
        }
        let strings: Vec<(&str, String)> = detail.iter().map(|(k, v)| (*k, render_value(lang, k, v))).collect();
        let args: Vec<(&str, &str)> = strings.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let text = b.format(id, &args).unwrap_or_default();
        if show(lang) {
            eprintln!("[{}] {id}: {text}", lang.code());
        }
        let unfilled: Vec<&str> = text.split('{').skip(1).filter_map(|t| t.split('}').next()).collect();
        if !unfilled.is_empty() || text.trim().is_empty() {
            let keys: Vec<&str> = detail.iter().map(|(k, _)| *k).collect();
            problems.add(format!("{}: `{id}` leaves {unfilled:?} unfilled; the engine gave {keys:?}", lang.code()), origin);
        }
    }
}

fn record_codes(problems: &mut Found, origin: &str, detail: &[(&'static str, Value)]) {
    for (key, v) in detail {
        let Some(prefix) = prefix_of(NAMED, key).or_else(|| prefix_of(SELECTED, key)) else { continue };
        let codes: Vec<&str> = match v {
            Value::Code(t) => vec![*t],
            Value::Text(t) => vec![&**t],
            Value::List(l) => l.iter().map(String::as_str).collect(),
            Value::Codes(l) => l.to_vec(),
            _ => vec![],
        };
        for c in codes {
            let id = format!("{prefix}-{}", c.replace('.', "-"));
            for lang in Lang::ALL {
                if !bundle(lang).has(&id) {
                    problems.add(format!("{}: `{id}` is missing (the name of `{key}: {c}`)", lang.code()), origin);
                }
            }
        }
    }
}

fn outcome_attr(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "pass",
        Outcome::Fail => "fail",
        Outcome::Unknown => "unknown",
    }
}

fn check_output(problems: &mut Found, seen: &mut Seen, origin: &str, out: &Output) {
    for w in &out.warnings {
        let id = format!("warning-{}", w.code);
        seen.keys.entry(id.clone()).or_default().extend(w.detail.0.iter().map(|(k, _)| k.to_string()));
        seen.all_keys.extend(w.detail.0.iter().map(|(k, _)| k.to_string()));
        check_text(problems, origin, &id, &w.detail.0, false);
        record_codes(problems, origin, &w.detail.0);
    }
    for b in &out.benefits {
        seen.periods.insert(b.period.to_string());
        let where_id = format!("where-{}", b.where_);
        let doc_ids = b.documents().iter().map(|d| format!("document-{d}"));
        for id in std::iter::once(where_id).chain(doc_ids) {
            for lang in Lang::ALL {
                if !bundle(lang).has(&id) {
                    problems.add(format!("{}: `{id}` is missing", lang.code()), origin);
                }
            }
        }
        for r in b.reasons() {
            let id = message_id(r.rule);
            let outcome = outcome_attr(r.outcome());
            seen.keys.entry(r.rule.to_string()).or_default().extend(r.detail.0.iter().map(|(k, _)| k.to_string()));
            seen.all_keys.extend(r.detail.0.iter().map(|(k, _)| k.to_string()));
            seen.outcomes.entry(r.rule.to_string()).or_default().insert(outcome);
            check_text(problems, origin, &id, &r.detail.0, false);
            check_text(problems, origin, &format!("{id}.{outcome}"), &r.detail.0, false);
            if r.outcome() == Outcome::Fail {
                check_text(problems, origin, &format!("{id}.fix"), &r.detail.0, true);
            }
            check_text(problems, origin, &format!("{id}.note"), &r.detail.0, true);
            check_text(problems, origin, &format!("{id}.reading"), &r.detail.0, true);
            if r.grade == Some(ukuk_rules::params::Grade::Press) {
                check_text(problems, origin, "grade-press-note", &[], false);
            }
            record_codes(problems, origin, &r.detail.0);
        }
    }
}

fn check_errors(problems: &mut Found, seen_codes: &mut BTreeSet<&'static str>, origin: &str, errors: &[InputError]) {
    for e in errors {
        seen_codes.insert(e.code);
        let id = format!("error-{}", e.code);
        for lang in Lang::ALL {
            let b = bundle(lang);
            for var in b.variables(&id) {
                if !e.args.iter().any(|(k, _)| *k == var) {
                    let keys: Vec<&str> = e.args.iter().map(|(k, _)| *k).collect();
                    problems.add(format!("{}: `{id}` uses ${var}, which the engine does not give (args {keys:?})", lang.code()), origin);
                }
            }
            let args: Vec<(&str, &str)> = e.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let text = b.format(&id, &args).unwrap_or_default();
            if text.trim().is_empty() {
                problems.add(format!("{}: `{id}` is empty or missing", lang.code()), origin);
            }
        }
    }
}

/// The attributes a message has in English (the other languages have the
/// same ones: `same_messages_and_variables_in_every_language`).
fn ids_of_message(id: &str) -> Vec<String> {
    let prefix = format!("{id}.");
    let mut ids: Vec<String> = bundle(Lang::En).ids().filter(|i| *i == id || i.starts_with(&prefix)).map(str::to_string).collect();
    ids.sort();
    ids
}

#[test]
fn texts_fit_what_the_engine_emits() {
    let mut found = Found::default();
    let mut seen = Seen::default();
    let mut error_codes = BTreeSet::new();
    for (name, today, input) in households() {
        match ukuk_rules::evaluate(&input, today) {
            Ok(out) => check_output(&mut found, &mut seen, &name, &out),
            Err(e) => found.add(format!("test household `{name}` is refused by the engine: {e:?}"), "households()"),
        }
    }
    for (name, today, input) in case_households() {
        let result = match &input {
            Ok(v) => ukuk_rules::evaluate(v, today),
            Err(text) => ukuk_rules::evaluate_str(text, today),
        };
        match result {
            Ok(out) => check_output(&mut found, &mut seen, &name, &out),
            Err(e) => check_errors(&mut found, &mut error_codes, &name, &e),
        }
    }
    for (i, text) in bad_inputs().iter().enumerate() {
        match ukuk_rules::evaluate_str(text, Date::parse("2020-06-15").unwrap()) {
            Ok(_) => found.add(format!("bad input #{i} was accepted"), "bad_inputs()"),
            Err(e) => check_errors(&mut found, &mut error_codes, &format!("bad input #{i}"), &e),
        }
    }
    let mut problems = found.into_list();

    // Every rule was seen (or is known to be unreachable); its texts use only
    // detail keys the engine gives for it; an undecided rule has `.unknown`.
    for rule in data::ALL_RULES {
        let id = message_id(rule.id);
        let allowed = match seen.keys.get(rule.id) {
            Some(keys) => keys,
            None => {
                if !UNREACHABLE.iter().any(|(r, _)| *r == rule.id) {
                    problems.push(format!(
                        "rule `{}` was never reported by the test households: add one to `households()` in tests/i18n.rs \
                         that makes the engine check it",
                        rule.id
                    ));
                }
                &seen.all_keys
            }
        };
        for msg in ids_of_message(&id) {
            for var in bundle(Lang::En).variables(&msg) {
                if !allowed.contains(&var) {
                    problems.push(format!("`{msg}` uses ${var}, a key the engine never gives for `{}` (it gives {allowed:?})", rule.id));
                }
            }
        }
        if seen.outcomes.get(rule.id).is_some_and(|o| o.contains("unknown")) && !bundle(Lang::En).has(&format!("{id}.unknown")) {
            problems.push(format!("`{id}.unknown` is missing: the engine can leave `{}` undecided", rule.id));
        }
    }
    for code in WARNING_CODES {
        let id = format!("warning-{code}");
        match seen.keys.get(&id) {
            Some(keys) => {
                for var in bundle(Lang::En).variables(&id) {
                    if !keys.contains(&var) {
                        problems.push(format!("`{id}` uses ${var}, a key the engine never gives (it gives {keys:?})"));
                    }
                }
            }
            None => problems.push(format!("warning `{code}` was never given by the test households: add one to `households()`")),
        }
    }
    for p in &seen.periods {
        require(&mut problems, &format!("period-{p}"), "a benefit's period");
    }
    let unseen: Vec<&&str> = ERROR_CODES.iter().filter(|c| !error_codes.contains(**c)).collect();
    if !unseen.is_empty() {
        eprintln!("note: error codes not triggered by the test inputs (their variables were not checked): {unseen:?}");
    }
    report("texts of reasons, warnings and errors", &problems);
}

// ---------------------------------------------------------------------------
// Ids written in the code.

/// A string literal in Rust source, with the function whose call's argument
/// list it is directly in (if any).
struct Literal {
    line: usize,
    text: String,
    call: Option<String>,
}

/// Finds the string literals of Rust source, skipping comments and character
/// literals, and notes for each the call it is an argument of: the identifier
/// right before the innermost `(` still open (`t(lang, "x")`, `b.text("x", &[])`).
/// A literal inside a nested `(..)`, `[..]` or `{..}` belongs to that one.
fn literals(src: &str) -> Vec<Literal> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut stack: Vec<Option<String>> = Vec::new();
    let mut last_ident: Option<String> = None;
    let mut line = 1;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
            continue;
        }
        if ch == '/' && c.get(i + 1) == Some(&'/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if ch == '/' && c.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < c.len() && !(c[i] == '*' && c[i + 1] == '/') {
                if c[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        // Raw strings: r"..", r#".."#, br"..".
        if (ch == 'r' || (ch == 'b' && c.get(i + 1) == Some(&'r')))
            && !c.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            let mut j = i + if ch == 'b' { 2 } else { 1 };
            let mut hashes = 0;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if c.get(j) == Some(&'"') {
                let start_line = line;
                j += 1;
                let mut text = String::new();
                while j < c.len() {
                    if c[j] == '"' && (0..hashes).all(|k| c.get(j + 1 + k) == Some(&'#')) {
                        break;
                    }
                    if c[j] == '\n' {
                        line += 1;
                    }
                    text.push(c[j]);
                    j += 1;
                }
                out.push(Literal { line: start_line, text, call: stack.last().cloned().flatten() });
                i = j + 1 + hashes;
                last_ident = None;
                continue;
            }
        }
        if ch == '"' {
            let start_line = line;
            let mut j = i + 1;
            let mut text = String::new();
            while j < c.len() && c[j] != '"' {
                if c[j] == '\\' {
                    j += 1;
                    if let Some(e) = c.get(j) {
                        text.push(*e);
                    }
                } else {
                    if c[j] == '\n' {
                        line += 1;
                    }
                    text.push(c[j]);
                }
                j += 1;
            }
            out.push(Literal { line: start_line, text, call: stack.last().cloned().flatten() });
            i = j + 1;
            last_ident = None;
            continue;
        }
        if ch == '\'' {
            // A character literal ('x', '\n', '\u{..}') or a lifetime ('a).
            if c.get(i + 1) == Some(&'\\') {
                let mut j = i + 2;
                while j < c.len() && c[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if c.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
            last_ident = None;
            continue;
        }
        if ch.is_alphanumeric() || ch == '_' {
            let mut j = i;
            let mut ident = String::new();
            while j < c.len() && (c[j].is_alphanumeric() || c[j] == '_') {
                ident.push(c[j]);
                j += 1;
            }
            last_ident = Some(ident);
            i = j;
            continue;
        }
        match ch {
            '(' => stack.push(last_ident.take()),
            '[' | '{' => stack.push(None),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
        if !ch.is_whitespace() {
            last_ident = None;
        }
        i += 1;
    }
    out
}

/// The shape of a message id: `app-title`, `-term`, `rule-id.attribute`. Every
/// id the code writes has a namespace and a dash (`app-`, `cli-`, `benefit-`…),
/// which keeps words such as a fallback text `"other"` out.
fn looks_like_id(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    if !body.contains('-') {
        return false;
    }
    let (main, attr) = match body.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (body, None),
    };
    let ok = |p: &str, dash: bool| {
        p.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && p.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || (dash && c == '-'))
    };
    ok(main, true) && attr.is_none_or(|a| ok(a, false))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Message ids written in the code must exist in every language.
///
/// Convention for code that shows texts (the web app in particular): pass the
/// message id as a string literal directly to the translation call, e.g.
/// `t("app-title")`, `tr(lang, "results-heading", &args)`,
/// `bundle.text("benefit-social_benefit", &[])`; the calls recognised are
/// named in `TRANSLATION_CALLS` (a method or a free function; add a name
/// there when a new helper is introduced). Ids built at run time
/// (`format!("benefit-{id}")`) are not seen here: they must come from an
/// engine list that `engine_ids_have_texts` checks. In the command line's
/// source every literal starting with `cli-` is an id, wherever it is.
#[test]
fn ids_used_in_code_exist() {
    let mut problems = Vec::new();
    let mut found = 0;
    for (dir, namespace) in SCANNED {
        let mut files = Vec::new();
        rust_files(&root().join(dir), &mut files);
        files.sort();
        for f in files {
            let Ok(src) = std::fs::read_to_string(&f) else { continue };
            let shown = f.strip_prefix(root()).unwrap_or(&f).display().to_string();
            for lit in literals(&src) {
                let in_call = lit.call.as_deref().is_some_and(|c| TRANSLATION_CALLS.contains(&c));
                let in_namespace = !namespace.is_empty() && lit.text.starts_with(namespace);
                if !(in_call || in_namespace) || !looks_like_id(&lit.text) {
                    continue;
                }
                found += 1;
                for lang in Lang::ALL {
                    if !bundle(lang).has(&lit.text) {
                        problems.push(format!("{}: `{}` is missing (used at {shown}:{})", lang.code(), lit.text, lit.line));
                    }
                }
            }
        }
    }
    eprintln!("note: {found} message ids written in the code checked");
    report("message ids used in the code", &problems);
}

#[test]
fn the_scanner_finds_ids_in_calls() {
    let src = r#"
        // t("not-an-id-in-a-comment")
        fn view() -> Html {
            let a = t("app-title");
            let b = tr_args(lang, "benefit-social_benefit.description", &[("member", "x")]);
            let e = tr_or(lang, &format!("app-country-{c}"), "other");
            let c = bundle.text("cli-see-help", &[]);
            let d = format!("benefit-{}", id);
            html! { <div class="app-card">{ t(lang, "status-eligible") }</div> }
        }
    "#;
    let ids: Vec<(String, Option<String>)> = literals(src)
        .into_iter()
        .filter(|l| l.call.as_deref().is_some_and(|c| TRANSLATION_CALLS.contains(&c)) && looks_like_id(&l.text))
        .map(|l| (l.text, l.call))
        .collect();
    let texts: Vec<&str> = ids.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["app-title", "benefit-social_benefit.description", "cli-see-help", "status-eligible"], "{ids:?}");
}

// ---------------------------------------------------------------------------
// One term for each thing, and sources in the reader's language.

/// Terms that must be written one way in each language: (language, the
/// term, the spellings that must not appear). A second spelling of a term
/// confuses a reader comparing two screens; add it here when one is chosen.
const GLOSSARY: &[(Lang, &str, &[&str])] = &[
    (Lang::Ky, "райондук коэффициент", &["аймактык коэффициент", "Аймактык коэффициент", "региондук коэффициент"]),
    (Lang::Ky, "майда мүйүздүү мал бирдиги (МММ)", &["майда мал (МММ)", "майда мал бирдиги"]),
    (Lang::Ky, "ВИЧ менен жашаган", &["ВИЧ-инфекциясы бар", "ВИЧ инфекциясы бар"]),
    (Lang::Ky, "кепилденген минималдуу киреше", &["кепилдик берилген минималдуу киреше"]),
    (Lang::Ru, "районный коэффициент", &["региональный коэффициент", "Региональный коэффициент"]),
    (Lang::Ru, "живёт с ВИЧ", &["ВИЧ-инфицирован", "ВИЧ-инфицированн"]),
    (Lang::Ru, "гарантированный минимальный доход", &["гарантированного минимума дохода"]),
    (Lang::En, "regional coefficient", &["district coefficient", "region coefficient"]),
    (Lang::En, "living with HIV", &["HIV-positive", "HIV positive", "HIV-infected"]),
];

/// The translation files of a language, whatever the features compiled in.
fn files_of(lang: Lang) -> Vec<(String, String)> {
    ["engine", "cli", "app"]
        .iter()
        .map(|part| {
            let path = root().join(format!("crates/ukuk-i18n/locales/{}/{part}.ftl", lang.code()));
            (path.display().to_string(), std::fs::read_to_string(&path).unwrap_or_default())
        })
        .collect()
}

/// Finds a second spelling of a glossary term.
fn glossary_problems(lang: Lang, files: &[(String, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (l, term, variants) in GLOSSARY {
        if *l != lang {
            continue;
        }
        for (path, text) in files {
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                for v in *variants {
                    if line.contains(v) {
                        problems.push(format!("{path}:{}: «{v}» — write «{term}»", n + 1));
                    }
                }
            }
        }
    }
    problems
}

#[test]
fn one_term_for_each_thing() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        problems.extend(glossary_problems(lang, &files_of(lang)));
    }
    report("terms spelled two ways", &problems);
}

#[test]
fn the_glossary_test_finds_a_second_spelling() {
    let files = vec![("x.ftl".to_string(), "app-x = Аймактык коэффициент\n# аймактык коэффициент in a comment is fine\n".to_string())];
    assert_eq!(glossary_problems(Lang::Ky, &files).len(), 1);
}

/// Three Latin-script words in a row: English prose in a Kyrgyz or Russian text.
fn english_run(text: &str) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || ",;:()«»\"'’".contains(c)) {
        let latin = word.len() >= 2 && word.chars().all(|c| c.is_ascii_alphabetic());
        if latin {
            run.push(word);
            if run.len() >= 3 {
                return Some(run.join(" "));
            }
        } else if !word.is_empty() {
            run.clear();
        }
    }
    None
}

/// Every source of every rule and value renders in every language, with no
/// raw id, no unfilled variable and no English in Kyrgyz or Russian; and the
/// researched citation (the contract's `source`) names what the data says.
#[test]
fn sources_render_in_every_language_and_match_the_citation() {
    let mut problems = Vec::new();
    let mut all: Vec<(String, &'static str, &'static [ukuk_rules::params::Cite])> =
        data::ALL_RULES.iter().map(|r| (r.id.to_string(), r.source, r.cite)).collect();
    for p in data::ALL_PARAMS {
        for v in p.history() {
            all.push((format!("{} from {}", p.name(), v.from), v.basis.source, v.basis.cite));
            if v.basis.act.is_some() && v.basis.act_cite.is_none() {
                problems.push(format!("{}: an act without act_cite", p.name()));
            }
            if let Some(c) = v.basis.act_cite {
                all.push((format!("{} act", p.name()), v.basis.act.unwrap_or(""), std::slice::from_ref(Box::leak(Box::new(c)))));
            }
        }
    }
    for (what, prose, cites) in &all {
        if cites.is_empty() {
            problems.push(format!("{what}: no cite"));
        }
        for c in cites.iter() {
            // The citation names the same thing.
            let key = match c {
                ukuk_rules::params::Cite::Handbook { lines } => lines.split([',', '–']).next().unwrap_or("").trim().to_string(),
                ukuk_rules::params::Cite::Act(_) => match c.act() {
                    Some(ukuk_i18n::ActFields { number: Some(n), .. }) => n.to_string(),
                    Some(ukuk_i18n::ActFields { date: Some(d), .. }) => d[..4].to_string(),
                    Some(a) => a.kind.split('_').next().unwrap_or("").to_string(),
                    None => String::new(),
                },
                ukuk_rules::params::Cite::Press { outlet, .. } => outlet.to_string(),
                ukuk_rules::params::Cite::Page { site, .. } => site.to_string(),
            };
            let mentioned = prose.contains(&key)
                || prose.to_lowercase().contains(&key.to_lowercase())
                || matches!(c, ukuk_rules::params::Cite::Page { site: "mlsp.gov.kg", .. }) && prose.contains("Ministry of Labour");
            if !mentioned {
                problems.push(format!("{what}: cite {c:?} is not in the citation “{prose}”"));
            }
            for lang in Lang::ALL {
                let text = ukuk_i18n::cite_text(lang, c);
                if text.contains('{') || text.contains("act-") || text.contains("source-") {
                    problems.push(format!("{what} ({lang:?}): “{text}”"));
                }
                if lang != Lang::En {
                    if let Some(run) = english_run(&text) {
                        problems.push(format!("{what} ({lang:?}): English “{run}” in “{text}”"));
                    }
                }
            }
        }
    }
    // Every kind of act has its four forms.
    for kind in ukuk_i18n::ACT_KINDS {
        for lang in Lang::ALL {
            for attr in ["", ".full", ".dated", ".numbered"] {
                if !bundle(lang).has(&format!("act-{kind}{attr}")) {
                    problems.push(format!("{lang:?}: act-{kind}{attr} is missing"));
                }
            }
        }
    }
    report("sources as data", &problems);
}

#[test]
fn every_benefit_has_a_short_name_for_the_headline() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let app = files_of(lang).into_iter().map(|(_, t)| t).collect::<String>();
        for id in benefit_ids() {
            if !app.contains(&format!("\nbenefit-short-{id} = ")) {
                problems.push(format!("{lang:?}: benefit-short-{id} is missing"));
            }
        }
    }
    report("short benefit names", &problems);
}

#[test]
fn sources_read_as_people_write_them() {
    use ukuk_rules::params::Cite;
    let decree = Cite::Act("government_decree|307|2018-06-29|||");
    assert_eq!(ukuk_i18n::cite_text(Lang::Ru, &decree), "Постановление Правительства от 29.06.2018 № 307");
    assert_eq!(ukuk_i18n::cite_text(Lang::Ky, &decree), "Өкмөттүн 29.06.2018 № 307 токтому");
    assert_eq!(ukuk_i18n::cite_text(Lang::En, &decree), "Government Decree No. 307 of 29 Jun 2018");
    let law = Cite::Act("law|163|2017-07-28|3(1)||");
    assert_eq!(ukuk_i18n::cite_text(Lang::Ru, &law), "Закон Кыргызской Республики от 28.07.2017 № 163, ст. 3(1)");
    assert_eq!(ukuk_i18n::cite_text(Lang::Ky, &Cite::Handbook { lines: "1799–1805" }), "Колдонмо, 1799–1805-саптар");
    assert_eq!(ukuk_i18n::cite_text(Lang::Ru, &Cite::Act("presidential_decree||2022-06|||")), "Указ Президента от 06.2022");
    assert_eq!(ukuk_i18n::cite_text(Lang::Ru, &Cite::Press { outlet: "24.kg", date: Some("2026-01-31") }), "24.kg, 31.01.2026");
}
