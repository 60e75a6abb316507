//! Checks `rules/*.toml` and turns it into Rust source.
//!
//! `crates/ukuk-rules/build.rs` calls [`compile_dir`] and writes the result to
//! `$OUT_DIR/rules_data.rs`, so the compiled engine carries no TOML parser:
//! every value becomes a Rust constant. The data is checked here, so a bad
//! table never reaches a user: a value without a source, overlapping or
//! gapped periods, a negative amount, an unknown animal or vehicle, a
//! misspelt key — each is reported as `rules/FILE.toml:LINE: message`, and
//! the build stops.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use rust_decimal::Decimal;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

#[path = "../../ukuk-rules/src/date.rs"]
#[allow(dead_code)]
mod date;
use date::Date;

/// Animals the calculator can name (and translate). The livestock table may
/// only give rates for these; anything else in a household is reported as
/// not convertible.
const KNOWN_ANIMALS: &[&str] = &["sheep", "goat", "cow", "ox", "heifer", "horse", "calf", "bull"];
/// Income types of the input contract (`interface.md`).
const KNOWN_INCOME: &[&str] =
    &["wages", "stipend", "business", "land", "livestock", "other", "pension", "state_benefits", "maternity", "funeral", "unemployment"];
/// Vehicle kinds of the input contract.
const KNOWN_VEHICLES: &[&str] = &["passenger_car", "lorry", "minibus", "tractor", "combine"];

/// A problem found in a rules or reform file, at a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub file: String,
    pub line: usize,
    pub said: Said,
}

/// What a [`Found`] says.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// A message a reform file's author can meet: an id of the translation
    /// files (`cli.ftl`, `rules-*`) and its arguments.
    Message(&'static str, Vec<(&'static str, String)>),
    /// A message only the rules' own authors meet (English).
    Text(String),
}

impl Found {
    /// `FILE:LINE: message`, the message in `lang`.
    pub fn text(&self, lang: ukuk_i18n::Lang) -> String {
        let message = match &self.said {
            Said::Message(id, args) => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                ukuk_i18n::Bundle::get(lang).text(id, &args)
            }
            Said::Text(t) => t.clone(),
        };
        format!("{}:{}: {message}", self.file, self.line)
    }
}

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(ukuk_i18n::Lang::En))
    }
}

struct Ctx<'a> {
    file: String,
    text: &'a str,
    errors: Vec<Found>,
    /// Reading `rules/` (not a reform file): messages may tell the rules'
    /// authors what else to change.
    for_rules: bool,
}

impl Ctx<'_> {
    fn line(&self, span: &std::ops::Range<usize>) -> usize {
        self.text[..span.start.min(self.text.len())].matches('\n').count() + 1
    }
    fn found(&mut self, span: &std::ops::Range<usize>, said: Said) {
        let line = self.line(span);
        self.errors.push(Found { file: self.file.clone(), line, said });
    }
    /// A problem only the rules' own authors meet, in English.
    fn err(&mut self, span: &std::ops::Range<usize>, msg: impl std::fmt::Display) {
        self.found(span, Said::Text(msg.to_string()));
    }
    /// A problem a reform file can have too: a `rules-*` message.
    fn say(&mut self, span: &std::ops::Range<usize>, id: &'static str, args: &[(&'static str, &dyn std::fmt::Display)]) {
        self.found(span, Said::Message(id, args.iter().map(|(k, v)| (*k, v.to_string())).collect()));
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Decimal,
    Int,
    Date,
    Codes,
    Units,
}

enum Val {
    Decimal(Decimal),
    Int(u32),
    Date(Date),
    Codes(Vec<String>),
    Units(Vec<(String, Decimal)>),
}

impl Val {
    fn kind(&self) -> Kind {
        match self {
            Val::Decimal(_) => Kind::Decimal,
            Val::Int(_) => Kind::Int,
            Val::Date(_) => Kind::Date,
            Val::Codes(_) => Kind::Codes,
            Val::Units(_) => Kind::Units,
        }
    }
}

/// How good the source of a value is (`rules/README.md`, "Grades").
const GRADES: &[&str] = &["official", "act_text", "handbook", "press"];

/// One source as data (`cite = [...]`): which kind, and its fields.
#[derive(Debug, Clone, PartialEq)]
struct CiteData {
    /// `handbook`, `act`, `press` or `page`.
    kind: &'static str,
    /// Field name and value, in the order of `CITE_FIELDS` for the kind.
    fields: Vec<(&'static str, String)>,
}

/// The kinds of source and the fields each may have (the first is required
/// and names the kind: `{ handbook = "1799–1805" }`, `{ act = "law", number
/// = "163", date = "2017-07-28", article = "3(1)" }`, `{ press = "24.kg",
/// date = "2026-01-31" }`, `{ page = "mlsp.gov.kg" }`).
const CITE_FIELDS: &[(&str, &[&str])] = &[
    ("handbook", &["handbook"]),
    ("act", &["act", "number", "date", "article", "part", "item"]),
    ("press", &["press", "date"]),
    ("page", &["page", "date"]),
];

struct Period {
    from: Date,
    until: Option<Date>,
    value: Val,
    source: String,
    cite: Vec<CiteData>,
    grade: String,
    act_cite: Option<CiteData>,
    act: Option<String>,
    note: Option<String>,
}

struct Param {
    name: String,
    periods: Vec<Period>,
    /// Where the `[[params.NAME]]` key is, for errors about the whole parameter.
    span: std::ops::Range<usize>,
}

struct FileData {
    stem: String,
    verified_until: Date,
    where_: Option<String>,
    documents: Vec<String>,
    conditional_documents: Vec<(String, Vec<String>)>,
    rules: Vec<(String, String, Vec<CiteData>)>,
    params: Vec<Param>,
}

/// Checks and compiles every `*.toml` file of `dir` (the `rules/` folder).
/// With `code_dir` (the engine's `src/`), it also checks that every
/// parameter is read by some Rust file there: data that no code reads is an
/// error, since a user would believe it applies. Returns the Rust source, or
/// every problem found, each as `rules/FILE.toml:LINE: message`.
pub fn compile_dir(dir: &Path, code_dir: Option<&Path>) -> Result<String, Vec<String>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("cannot read {}: {e}", dir.display())])?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| vec![format!("rules/{name}: cannot read: {e}")])?;
        files.push((name, text));
    }
    let code = match code_dir {
        Some(d) => {
            let mut out = Vec::new();
            rust_sources(d, &mut out).map_err(|e| vec![format!("cannot read {}: {e}", d.display())])?;
            Some(out)
        }
        None => None,
    };
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let code_refs: Option<Vec<&str>> = code.as_ref().map(|c| c.iter().map(String::as_str).collect());
    compile(&refs, code_refs.as_deref())
}

/// The text of every `.rs` file below `dir`.
fn rust_sources(dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_sources(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(std::fs::read_to_string(&p)?);
        }
    }
    Ok(())
}

/// Checks and compiles rules files given as `(file name, text)`. With
/// `code` (the texts of the engine's Rust files), a parameter that no file
/// reads is an error.
pub fn compile(files: &[(&str, &str)], code: Option<&[&str]>) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let mut data = Vec::new();
    for (name, text) in files {
        let mut ctx = Ctx { file: format!("rules/{name}"), text, errors: vec![], for_rules: true };
        let stem = name.strip_suffix(".toml").unwrap_or(name);
        let d = read_file(&mut ctx, stem);
        if let (Some(d), Some(code)) = (&d, code) {
            for p in &d.params {
                if !code.iter().any(|src| reads(src, &d.stem, &p.name)) {
                    ctx.err(
                        &p.span,
                        format!(
                            "params.{} is read by no code in the engine: data no rule applies would mislead; use it (e.g. `{}::{}.at(date)`) or remove it",
                            p.name,
                            d.stem,
                            p.name.to_uppercase()
                        ),
                    );
                }
            }
        }
        errors.extend(ctx.errors.iter().map(Found::to_string));
        if let Some(d) = d {
            data.push(d);
        }
    }
    if errors.is_empty() {
        Ok(generate(&data))
    } else {
        Err(errors)
    }
}

/// Whether a Rust source reads the parameter `NAME` of the rules file
/// `stem`: as `data::stem::NAME`, or as `alias::NAME` after
/// `use …data::stem;` (alias `stem`) or `use …data::stem as alias;`.
fn reads(src: &str, stem: &str, name: &str) -> bool {
    let upper = name.to_uppercase();
    let module = format!("data::{stem}");
    let mut aliases = vec![module.clone()];
    for line in src.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("use ").and_then(|r| r.strip_suffix(';')) else { continue };
        let Some(at) = rest.find(&module) else { continue };
        let after = &rest[at + module.len()..];
        if after.is_empty() {
            aliases.push(stem.to_string());
        } else if let Some(alias) = after.strip_prefix(" as ") {
            aliases.push(alias.trim().to_string());
        }
    }
    aliases.iter().any(|a| {
        let pattern = format!("{a}::{upper}");
        src.match_indices(&pattern).any(|(i, _)| {
            let before = src[..i].chars().next_back();
            let after = src[i + pattern.len()..].chars().next();
            let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
            // `my_rules::NAME` or `NAME_2` is another name.
            !before.is_some_and(ident) && !after.is_some_and(ident)
        })
    })
}

fn read_file(ctx: &mut Ctx, stem: &str) -> Option<FileData> {
    let stem = stem.to_string();
    if !stem.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        ctx.err(&(0..0), "file names must be lowercase words joined by '_'");
        return None;
    }
    let text = ctx.text;
    let root = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            ctx.say(&span, "rules-toml", &[("detail", &e.message())]);
            return None;
        }
    };
    let mut data = FileData {
        stem,
        verified_until: Date::from_days(0),
        where_: None,
        documents: vec![],
        conditional_documents: vec![],
        rules: vec![],
        params: vec![],
    };
    let mut have_verified = false;
    for (key, value) in root.get_ref().iter() {
        let span = key.span();
        match key.get_ref().as_ref_str() {
            "rules_verified_until" => {
                if let Some(d) = date_of(ctx, value) {
                    data.verified_until = d;
                    have_verified = true;
                }
            }
            "where" => data.where_ = string_of(ctx, value),
            "documents" => data.documents = codes_of(ctx, value, false),
            "conditional_documents" => {
                if let Some(t) = table_of(ctx, value) {
                    for (k, v) in t.iter() {
                        data.conditional_documents.push((k.get_ref().to_string(), codes_of(ctx, v, false)));
                    }
                }
            }
            "rules" => {
                if let Some(t) = table_of(ctx, value) {
                    for (k, v) in t.iter() {
                        if !is_id(k.get_ref()) {
                            ctx.err(&k.span(), format!("rule id '{}' must be lowercase words joined by '_'", k.get_ref()));
                        }
                        let id = k.get_ref().to_string();
                        let Some(r) = table_of(ctx, v) else { continue };
                        let (mut source, mut cite) = (None, None);
                        for (rk, rv) in r.iter() {
                            match rk.get_ref().as_ref_str() {
                                "source" => source = string_of(ctx, rv),
                                "cite" => cite = read_cites(ctx, rv, &format!("rule '{id}'")),
                                other => ctx.err(&rk.span(), format!("rule '{id}': unknown key '{other}' (expected source, cite)")),
                            }
                        }
                        match (source, cite) {
                            (Some(s), Some(c)) if !s.trim().is_empty() => data.rules.push((id, s, c)),
                            (Some(s), _) if s.trim().is_empty() => ctx.err(&v.span(), format!("rule '{id}' has an empty source")),
                            (None, _) => {
                                ctx.err(&v.span(), format!("rule '{id}' has no source; write {id} = {{ source = \"...\", cite = [...] }}"))
                            }
                            (Some(_), None) => ctx.err(
                                &v.span(),
                                format!("rule '{id}' has no cite: its sources as data, e.g. cite = [{{ handbook = \"2082–2085\" }}]"),
                            ),
                            _ => {}
                        }
                    }
                }
            }
            "params" => {
                if let Some(t) = table_of(ctx, value) {
                    for (k, v) in t.iter() {
                        if let Some(p) = read_param(ctx, k, v) {
                            data.params.push(p);
                        }
                    }
                }
            }
            other => ctx.err(
                &span,
                format!("unknown key '{other}' (expected rules_verified_until, where, documents, conditional_documents, rules, params)"),
            ),
        }
    }
    if !have_verified {
        ctx.err(&(0..0), "missing rules_verified_until: the last date these values were checked");
    }
    check_income_split(ctx, &data.params);
    Some(data)
}

/// Where a file lists both `counted_income` and `not_counted_income`, on
/// every day either changes the two lists must share no type and together
/// name every income type of the contract: an income type in neither list
/// would be silently left out of the means test.
fn check_income_split(ctx: &mut Ctx, params: &[Param]) {
    let find = |n: &str| params.iter().find(|p| p.name == n);
    let (Some(counted), Some(not_counted)) = (find("counted_income"), find("not_counted_income")) else { return };
    let at = |p: &Param, d: Date| -> Option<Vec<String>> {
        let per = p.periods.iter().rev().find(|x| x.from <= d)?;
        if per.until.is_some_and(|u| d > u) {
            return None;
        }
        match &per.value {
            Val::Codes(c) => Some(c.clone()),
            _ => None,
        }
    };
    let mut days: Vec<Date> = counted.periods.iter().chain(not_counted.periods.iter()).map(|p| p.from).collect();
    days.sort();
    days.dedup();
    for d in days {
        let (Some(a), Some(b)) = (at(counted, d), at(not_counted, d)) else {
            ctx.err(&not_counted.span, format!("on {d} only one of counted_income and not_counted_income is in force"));
            continue;
        };
        for t in &a {
            if b.contains(t) {
                ctx.err(&not_counted.span, format!("on {d} the income type '{t}' is both counted and not counted"));
            }
        }
        let missing: Vec<&str> = KNOWN_INCOME.iter().copied().filter(|t| !a.iter().chain(b.iter()).any(|x| x == t)).collect();
        if !missing.is_empty() {
            ctx.err(
                &not_counted.span,
                format!(
                    "on {d} the income types {} are neither counted nor not counted: every income type must be in one of the lists",
                    missing.join(", ")
                ),
            );
        }
    }
}

trait AsRefStr {
    fn as_ref_str(&self) -> &str;
}
impl AsRefStr for std::borrow::Cow<'_, str> {
    fn as_ref_str(&self) -> &str {
        self.as_ref()
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Reads `cite = [ { handbook = "…" }, { act = "…", number = "…" }, … ]`.
fn read_cites(ctx: &mut Ctx, v: &Spanned<DeValue>, what: &str) -> Option<Vec<CiteData>> {
    let one;
    let items: &[Spanned<DeValue>] = match v.get_ref() {
        DeValue::Array(items) => items,
        // One source given as a table (`act_cite`).
        DeValue::Table(_) => {
            one = [v.clone()];
            &one
        }
        _ => {
            ctx.err(&v.span(), format!("{what}: cite must be a list of sources, e.g. [{{ handbook = \"2082–2085\" }}]"));
            return None;
        }
    };
    if items.is_empty() {
        ctx.err(&v.span(), format!("{what}: cite is empty; every value needs its source"));
        return None;
    }
    let mut out = Vec::new();
    let mut ok = true;
    for item in items.iter() {
        let Some(t) = table_of(ctx, item) else {
            ok = false;
            continue;
        };
        let Some((kind, allowed)) = CITE_FIELDS.iter().find(|(k, _)| t.iter().any(|(key, _)| key.get_ref().as_ref_str() == *k)) else {
            ctx.err(&item.span(), format!("{what}: a source must be one of handbook, act, press or page"));
            ok = false;
            continue;
        };
        let mut fields: Vec<(&'static str, String)> = Vec::new();
        for (key, val) in t.iter() {
            let k = key.get_ref().as_ref_str();
            let Some(name) = allowed.iter().find(|a| **a == k) else {
                ctx.err(&key.span(), format!("{what}: a {kind} source has no '{k}' (it has: {})", allowed.join(", ")));
                ok = false;
                continue;
            };
            let Some(text) = string_of(ctx, val).filter(|x| !x.trim().is_empty() && !x.contains('|')) else {
                ctx.err(&val.span(), format!("{what}: '{k}' must be a non-empty string without '|'"));
                ok = false;
                continue;
            };
            let bad = match *name {
                "act" => (!ukuk_i18n::ACT_KINDS.contains(&text.as_str()))
                    .then(|| format!("unknown kind of act '{text}' (known: {})", ukuk_i18n::ACT_KINDS.join(", "))),
                "date" => (!is_partial_date(&text)).then(|| format!("'{text}' is no date (YYYY, YYYY-MM or YYYY-MM-DD)")),
                "handbook" => (!text.chars().all(|c| c.is_ascii_digit() || c == '–' || c == ',' || c == ' ') || text.contains('-'))
                    .then(|| format!("handbook lines '{text}' must be numbers and ranges like \"1799–1805, 2136\" (with an en dash)")),
                _ => None,
            };
            if let Some(msg) = bad {
                ctx.err(&val.span(), format!("{what}: {msg}"));
                ok = false;
            }
            fields.push((name, text));
        }
        fields.sort_by_key(|(n, _)| allowed.iter().position(|a| a == n));
        out.push(CiteData { kind, fields });
    }
    ok.then_some(out)
}

fn is_partial_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7) && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0)),
        10 => Date::parse(s).is_some(),
        _ => false,
    }
}

/// A list of sources as Rust: `&[Cite::Handbook { lines: "…" }, …]`.
fn rust_cites(cites: &[CiteData]) -> String {
    let opt = |c: &CiteData, k: &str| {
        c.fields.iter().find(|(n, _)| *n == k).map_or("None".to_string(), |(_, v)| format!("Some({})", rust_str(v)))
    };
    let req = |c: &CiteData, k: &str| c.fields.iter().find(|(n, _)| *n == k).map_or("\"\"".to_string(), |(_, v)| rust_str(v));
    let items: Vec<String> = cites
        .iter()
        .map(|c| match c.kind {
            "handbook" => format!("Cite::Handbook {{ lines: {} }}", req(c, "handbook")),
            "act" => {
                let field = |k: &str| c.fields.iter().find(|(n, _)| *n == k).map_or(String::new(), |(_, v)| v.clone());
                let packed = ["act", "number", "date", "article", "part", "item"].map(field).join("|");
                format!("Cite::Act({})", rust_str(&packed))
            }
            "press" => format!("Cite::Press {{ outlet: {}, date: {} }}", req(c, "press"), opt(c, "date")),
            _ => format!("Cite::Page {{ site: {}, date: {} }}", req(c, "page"), opt(c, "date")),
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

fn string_of(ctx: &mut Ctx, v: &Spanned<DeValue>) -> Option<String> {
    match v.get_ref() {
        DeValue::String(s) => Some(s.to_string()),
        other => {
            ctx.say(&v.span(), "rules-expected-string", &[("found", &other.type_str())]);
            None
        }
    }
}

fn table_of<'a, 'i>(ctx: &mut Ctx, v: &'a Spanned<DeValue<'i>>) -> Option<&'a DeTable<'i>> {
    match v.get_ref() {
        DeValue::Table(t) => Some(t),
        other => {
            ctx.say(&v.span(), "rules-expected-table", &[("found", &other.type_str())]);
            None
        }
    }
}

fn date_of(ctx: &mut Ctx, v: &Spanned<DeValue>) -> Option<Date> {
    let s = string_of(ctx, v)?;
    let d = Date::parse(&s);
    if d.is_none() {
        ctx.say(&v.span(), "rules-not-a-date", &[("value", &s)]);
    }
    d
}

fn codes_of(ctx: &mut Ctx, v: &Spanned<DeValue>, allow_country: bool) -> Vec<String> {
    let mut out = Vec::new();
    match v.get_ref() {
        DeValue::Array(items) => {
            for item in items.iter() {
                if let Some(s) = string_of(ctx, item) {
                    let country = allow_country && s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase());
                    if !is_id(&s) && !country {
                        ctx.say(&item.span(), "rules-code", &[("value", &s)]);
                    }
                    if out.contains(&s) {
                        ctx.say(&item.span(), "rules-twice", &[("value", &s)]);
                    }
                    out.push(s);
                }
            }
        }
        other => ctx.say(&v.span(), "rules-expected-codes", &[("found", &other.type_str())]),
    }
    out
}

/// A decimal value (`what`: `value`) or a livestock rate (`rate`).
fn decimal_of(ctx: &mut Ctx, span: &std::ops::Range<usize>, s: &str, what: &str) -> Option<Decimal> {
    let rate = what == "rate";
    match Decimal::from_str_exact(s) {
        Ok(d) if d.is_sign_negative() && !d.is_zero() => {
            ctx.say(span, if rate { "rules-negative-rate" } else { "rules-negative-value" }, &[("value", &s)]);
            None
        }
        Ok(d) => Some(d),
        Err(_) => {
            ctx.say(span, if rate { "rules-not-decimal-rate" } else { "rules-not-decimal-value" }, &[("value", &s)]);
            None
        }
    }
}

fn read_value(ctx: &mut Ctx, name: &str, v: &Spanned<DeValue>) -> Option<Val> {
    let span = v.span();
    match v.get_ref() {
        DeValue::String(s) => {
            if let Some(d) = Date::parse(s) {
                Some(Val::Date(d))
            } else {
                decimal_of(ctx, &span, s, "value").map(Val::Decimal)
            }
        }
        DeValue::Integer(i) => match i.as_str().replace('_', "").parse::<i64>() {
            Ok(n) if n < 0 => {
                ctx.say(&span, "rules-negative-count", &[("value", &n)]);
                None
            }
            Ok(n) if n > i64::from(u32::MAX) => {
                ctx.say(&span, "rules-too-large", &[("value", &n)]);
                None
            }
            Ok(n) => Some(Val::Int(n as u32)),
            Err(_) => {
                ctx.say(&span, "rules-not-whole", &[]);
                None
            }
        },
        DeValue::Float(_) => {
            ctx.say(&span, "rules-float", &[]);
            None
        }
        DeValue::Array(_) => {
            let codes = codes_of(ctx, v, true);
            if name == "disqualifying_vehicles" {
                for c in &codes {
                    if !KNOWN_VEHICLES.contains(&c.as_str()) {
                        ctx.say(&span, "rules-unknown-vehicle", &[("value", c), ("known", &KNOWN_VEHICLES.join(", "))]);
                    }
                }
            }
            if name.ends_with("_income") {
                for c in &codes {
                    if !KNOWN_INCOME.contains(&c.as_str()) {
                        ctx.say(&span, "rules-unknown-income", &[("value", c), ("known", &KNOWN_INCOME.join(", "))]);
                    }
                }
            }
            Some(Val::Codes(codes))
        }
        DeValue::Table(t) => {
            let mut units = Vec::new();
            for (k, rate) in t.iter() {
                let animal = k.get_ref().to_string();
                if !KNOWN_ANIMALS.contains(&animal.as_str()) {
                    if ctx.for_rules {
                        ctx.err(
                            &k.span(),
                            format!(
                                "unknown animal '{animal}' in the conversion table (known: {}); a new animal needs a name in the translation files and an entry in KNOWN_ANIMALS in crates/ukuk-rulesgen/src/lib.rs",
                                KNOWN_ANIMALS.join(", ")
                            ),
                        );
                    } else {
                        ctx.say(&k.span(), "rules-unknown-animal", &[("value", &animal), ("known", &KNOWN_ANIMALS.join(", "))]);
                    }
                    continue;
                }
                let s = match rate.get_ref() {
                    DeValue::String(s) => s.to_string(),
                    other => {
                        ctx.say(&rate.span(), "rules-rate-type", &[("animal", &animal), ("found", &other.type_str())]);
                        continue;
                    }
                };
                if let Some(d) = decimal_of(ctx, &rate.span(), &s, "rate") {
                    units.push((animal, d));
                }
            }
            Some(Val::Units(units))
        }
        other => {
            ctx.say(&span, "rules-value-type", &[("found", &other.type_str())]);
            None
        }
    }
}

fn read_param(ctx: &mut Ctx, key: &Spanned<std::borrow::Cow<str>>, v: &Spanned<DeValue>) -> Option<Param> {
    let name = key.get_ref().to_string();
    if !is_id(&name) {
        ctx.err(&key.span(), format!("parameter name '{name}' must be lowercase words joined by '_'"));
    }
    let DeValue::Array(items) = v.get_ref() else {
        ctx.err(&v.span(), format!("params.{name} must be a list of periods: write [[params.{name}]] blocks"));
        return None;
    };
    let mut periods: Vec<(Period, std::ops::Range<usize>)> = Vec::new();
    for item in items.iter() {
        let span = item.span();
        let Some(t) = table_of(ctx, item) else { continue };
        let (mut from, mut until, mut value, mut source, mut note) = (None, None, None, None, None);
        let (mut cite, mut act_cite) = (None, None);
        let (mut grade, mut act) = (None, None);
        let mut value_given = false;
        for (k, fv) in t.iter() {
            match k.get_ref().as_ref_str() {
                "from" => from = date_of(ctx, fv),
                "until" => until = date_of(ctx, fv),
                "value" => {
                    value_given = true;
                    value = read_value(ctx, &name, fv)
                }
                "source" => source = string_of(ctx, fv),
                "cite" => cite = read_cites(ctx, fv, &format!("params.{name}")),
                "act_cite" => act_cite = read_cites(ctx, fv, &format!("params.{name}: act_cite")).and_then(|mut c| c.pop()),
                "grade" => {
                    grade = string_of(ctx, fv).and_then(|g| {
                        if GRADES.contains(&g.as_str()) {
                            Some(g)
                        } else {
                            ctx.err(&fv.span(), format!("params.{name}: unknown grade '{g}' (known: {})", GRADES.join(", ")));
                            None
                        }
                    })
                }
                "act" => act = string_of(ctx, fv).filter(|a| !a.trim().is_empty()),
                "note" => note = string_of(ctx, fv),
                other => ctx.err(
                    &k.span(),
                    format!("params.{name}: unknown key '{other}' (expected from, until, value, source, cite, grade, act, act_cite, note)"),
                ),
            }
        }
        let source = match source {
            Some(s) if !s.trim().is_empty() => Some(s),
            Some(_) => {
                ctx.err(&span, format!("params.{name}: the source is empty; every value needs its legal source"));
                None
            }
            None => {
                ctx.err(&span, format!("params.{name}: a value without a source; add source = \"...\" (act, article, handbook lines)"));
                None
            }
        };
        if cite.is_none() && !t.iter().any(|(k, _)| k.get_ref().as_ref_str() == "cite") {
            ctx.err(&span, format!("params.{name}: a value without its sources as data; add cite = [{{ handbook = \"...\" }}, {{ act = \"law\", number = \"...\" }}]"));
        }
        if from.is_none() {
            ctx.err(&span, format!("params.{name}: missing 'from' (the date the value took effect)"));
        }
        if !value_given {
            ctx.err(&span, format!("params.{name}: missing 'value'"));
        }
        if grade.is_none() && !t.iter().any(|(k, _)| k.get_ref().as_ref_str() == "grade") {
            ctx.err(&span, format!("params.{name}: a value without the grade of its source; add grade = \"official\", \"act_text\", \"handbook\" or \"press\""));
        }
        if act.is_some() && act_cite.is_none() && !t.iter().any(|(k, _)| k.get_ref().as_ref_str() == "act_cite") {
            ctx.err(&span, format!("params.{name}: the act needs its data too; add act_cite = {{ act = \"presidential_decree\", number = \"...\", date = \"...\" }}"));
        }
        if grade.as_deref() == Some("press") && act.is_none() {
            ctx.err(&span, format!("params.{name}: a value resting on press reports must name the act they report: add act = \"...\""));
        }
        if let (Some(from), Some(value), Some(source), Some(grade), Some(cite)) = (from, value, source, grade, cite) {
            periods.push((Period { from, until, value, source, cite, grade, act, act_cite, note }, span));
        }
    }
    if periods.is_empty() {
        ctx.err(&v.span(), format!("params.{name} has no valid period"));
        return None;
    }
    let kind = periods[0].0.value.kind();
    for i in 0..periods.len() {
        let (p, span) = &periods[i];
        if p.value.kind() != kind {
            ctx.err(span, format!("params.{name}: this period's value is a {:?}, the first one's a {:?}", p.value.kind(), kind));
        }
        if let Some(u) = p.until {
            if u < p.from {
                ctx.err(span, format!("params.{name}: until {u} is before from {}", p.from));
            }
        }
        if i > 0 {
            let prev = &periods[i - 1].0;
            if p.from <= prev.from {
                ctx.err(
                    span,
                    format!("params.{name}: period from {} overlaps the period from {} (periods must be in date order)", p.from, prev.from),
                );
            } else if let Some(u) = prev.until {
                if u >= p.from {
                    ctx.err(span, format!("params.{name}: period from {} overlaps the previous one, which runs until {u}", p.from));
                } else if u.add_days(1) != p.from {
                    ctx.err(span, format!("params.{name}: gap between {u} and {}: no value is in force from {}", p.from, u.add_days(1)));
                }
            }
        }
    }
    Some(Param { name, periods: periods.into_iter().map(|(p, _)| p).collect(), span: key.span() })
}

// ---------------------------------------------------------------- output

fn rust_str(s: &str) -> String {
    format!("{s:?}")
}

fn rust_decimal(d: &Decimal) -> String {
    let u = d.serialize();
    let lo = u32::from_le_bytes([u[4], u[5], u[6], u[7]]);
    let mid = u32::from_le_bytes([u[8], u[9], u[10], u[11]]);
    let hi = u32::from_le_bytes([u[12], u[13], u[14], u[15]]);
    format!("Decimal::from_parts({lo}, {mid}, {hi}, false, {})", d.scale())
}

fn rust_date(d: Date) -> String {
    format!("Date::from_days({}) /* {d} */", d.days())
}

fn rust_grade(g: &str) -> &'static str {
    match g {
        "official" => "Official",
        "act_text" => "ActText",
        "handbook" => "Handbook",
        _ => "Press",
    }
}

fn rust_type(k: Kind) -> &'static str {
    match k {
        Kind::Decimal => "Decimal",
        Kind::Int => "u32",
        Kind::Date => "Date",
        Kind::Codes => "Codes",
        Kind::Units => "Units",
    }
}

fn rust_val(v: &Val) -> String {
    match v {
        Val::Decimal(d) => rust_decimal(d),
        Val::Int(n) => n.to_string(),
        Val::Date(d) => rust_date(*d),
        Val::Codes(c) => format!("&[{}]", c.iter().map(|s| rust_str(s)).collect::<Vec<_>>().join(", ")),
        Val::Units(u) => {
            format!("&[{}]", u.iter().map(|(a, d)| format!("({}, {})", rust_str(a), rust_decimal(d))).collect::<Vec<_>>().join(", "))
        }
    }
}

fn generate(files: &[FileData]) -> String {
    let mut o = String::new();
    o.push_str("// Generated by crates/ukuk-rules/build.rs from rules/*.toml. Do not edit.\n\n");
    let mut all = Vec::new();
    let mut benefits: BTreeMap<&str, Date> = BTreeMap::new();
    for f in files {
        benefits.insert(&f.stem, f.verified_until);
        let _ = writeln!(o, "pub mod {} {{\n    #[allow(unused_imports)]\n    use super::*;", f.stem);
        let _ = writeln!(o, "    pub const FILE: &str = \"rules/{}.toml\";", f.stem);
        let _ = writeln!(o, "    pub const VERIFIED_UNTIL: Date = {};", rust_date(f.verified_until));
        let _ = writeln!(o, "    pub const WHERE: &str = {};", rust_str(f.where_.as_deref().unwrap_or("")));
        let _ = writeln!(o, "    pub const DOCUMENTS: Codes = {};", rust_val(&Val::Codes(f.documents.clone())));
        let _ = writeln!(
            o,
            "    pub const CONDITIONAL_DOCUMENTS: &[(&str, Codes)] = &[{}];",
            f.conditional_documents
                .iter()
                .map(|(k, v)| format!("({}, {})", rust_str(k), rust_val(&Val::Codes(v.clone()))))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let _ = writeln!(
            o,
            "    /// The file as a whole: what a benefit's definition takes from it.\n    pub static INFO: FileInfo = FileInfo {{ name: \"{}\", documents: DOCUMENTS, conditional_documents: CONDITIONAL_DOCUMENTS, where_: WHERE, verified_until: VERIFIED_UNTIL }};",
            f.stem
        );
        let _ = writeln!(o, "    pub mod rule {{\n        #[allow(unused_imports)]\n        use super::super::{{Cite, Rule}};");
        for (id, source, cite) in &f.rules {
            let _ = writeln!(
                o,
                "        pub const {}: &Rule = &Rule {{ id: \"{}.{}\", source: prose!({}), cite: {} }};",
                id.to_uppercase(),
                f.stem,
                id,
                rust_str(source),
                rust_cites(cite)
            );
        }
        let _ = writeln!(o, "    }}");
        for p in &f.params {
            let kind = p.periods[0].value.kind();
            let _ = writeln!(
                o,
                "    pub static {}: Param<{}> = Param {{ name: \"{}.{}\", file: FILE, periods: &[",
                p.name.to_uppercase(),
                rust_type(kind),
                f.stem,
                p.name
            );
            for per in &p.periods {
                let _ = writeln!(
                    o,
                    "        Period {{ from: {}, until: {}, value: {}, basis: Basis {{ param: \"{}.{}\", source: prose!({}), cite: {}, grade: Grade::{}, act: {}, act_cite: {}, note: {} }} }},",
                    rust_date(per.from),
                    per.until.map_or("None".to_string(), |u| format!("Some({})", rust_date(u))),
                    rust_val(&per.value),
                    f.stem,
                    p.name,
                    rust_str(&per.source),
                    rust_cites(&per.cite),
                    rust_grade(&per.grade),
                    per.act.as_ref().map_or("None".to_string(), |n| format!("Some(prose!({}))", rust_str(n))),
                    per.act_cite.as_ref().map_or("None".to_string(), |c| format!("Some({})", rust_cites(std::slice::from_ref(c)).trim_start_matches("&[").trim_end_matches(']'))),
                    per.note.as_ref().map_or("None".to_string(), |n| format!("Some(prose!({}))", rust_str(n)))
                );
            }
            let _ = writeln!(o, "    ] }};");
            all.push(format!("&{}::{}", f.stem, p.name.to_uppercase()));
        }
        let _ = writeln!(o, "}}\n");
    }
    let _ = writeln!(
        o,
        "/// Every rule of every file.\npub static ALL_RULES: &[&Rule] = &[{}];",
        files
            .iter()
            .flat_map(|f| f.rules.iter().map(move |(id, _, _)| format!("{}::rule::{}", f.stem, id.to_uppercase())))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        o,
        "/// Every document and office code of every file.\npub static ALL_DOCUMENT_CODES: &[&str] = &[{}];\npub static ALL_WHERE_CODES: &[&str] = &[{}];",
        {
            let mut d: Vec<String> = files
                .iter()
                .flat_map(|f| f.documents.iter().chain(f.conditional_documents.iter().flat_map(|(_, l)| l.iter())))
                .map(|x| rust_str(x))
                .collect();
            d.sort();
            d.dedup();
            d.join(", ")
        },
        files.iter().filter_map(|f| f.where_.as_ref()).map(|x| rust_str(x)).collect::<Vec<_>>().join(", ")
    );
    let _ =
        writeln!(o, "/// Every parameter of every file, in file order.\npub static ALL_PARAMS: &[&dyn AnyParam] = &[{}];", all.join(", "));
    let _ = writeln!(
        o,
        "/// Every parameter, for building a reform by name.\n#[cfg(feature = \"reform\")]\npub static ALL_REFORMABLE: &[&dyn crate::reform::Reformable] = &[{}];",
        all.join(", ")
    );
    let _ = writeln!(
        o,
        "/// Each file's last verified date.\npub static VERIFIED: &[(&str, Date)] = &[{}];",
        benefits.iter().map(|(k, d)| format!("({}, {})", rust_str(k), rust_date(*d))).collect::<Vec<_>>().join(", ")
    );
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"rules_verified_until = "2021-12-31"
where = "office"
documents = ["passport"]

[rules]
some_rule = { source = "Handbook 002, line 1", cite = [{ handbook = "1" }] }

[[params.amount]]
from = "2018-01-01"
value = "810.00"
source = "Handbook 002, line 1813"
cite = [{ handbook = "1813" }]
grade = "handbook"

[[params.amount]]
from = "2022-06-01"
value = "1200.00"
source = "Ministry page of 2022-06-09"
cite = [{ page = "mlsp.gov.kg", date = "2022-06-09" }]
grade = "official"
"#;

    /// Every message a reform file can meet (`ctx.say`) has a text in
    /// every language: the ids are read from this file's own source.
    #[test]
    fn every_said_message_reads_in_every_language() {
        let mut ids: Vec<&str> = include_str!("lib.rs")
            .split('"')
            .filter(|s| {
                (s.starts_with("rules-") || s.starts_with("reform-"))
                    && !s.ends_with('-')
                    && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert!(ids.len() >= 30, "{ids:?}");
        for lang in ukuk_i18n::Lang::ALL {
            for id in &ids {
                assert!(ukuk_i18n::Bundle::get(lang).has(id), "{id} has no {} text", lang.code());
            }
        }
    }

    #[test]
    fn a_reform_file_is_told_its_problems_in_the_readers_language() {
        let kinds = |name: &str| (name == "shared.child_age_limit").then_some(ValueKind::Int);
        let text = "[[change]]\nparam = \"shared.child_age_limit\"\nfrom = \"2026-01-01\"\nvalue = \"18.5\"\n";
        let found = read_reform("kind.toml", text, &kinds).unwrap_err();
        assert_eq!(
            found[0].to_string(),
            "kind.toml:4: change of shared.child_age_limit: the value must be a whole number like the parameter's, not a decimal"
        );
        assert_eq!(
            found[0].text(ukuk_i18n::Lang::Ru),
            "kind.toml:4: изменение shared.child_age_limit: значение должно быть целым числом, как у параметра, а не десятичным числом"
        );
        let text = "[[change]]\nparam = \"shared.gmii\"\nfrom = \"2026-01-01\"\nvalue = \"1500.00\"\n";
        let found = read_reform("unknown.toml", text, &kinds).unwrap_err();
        assert_eq!(
            found[0].text(ukuk_i18n::Lang::Ky),
            "unknown.toml:2: белгисиз «shared.gmii» параметри (`ukuk rules` бардык аттарды чыгарат)"
        );
    }

    /// Compiles one file named `benefit.toml` and returns its errors.
    fn errors_of(text: &str) -> Vec<String> {
        match compile(&[("benefit.toml", text)], None) {
            Ok(_) => vec![],
            Err(e) => e,
        }
    }

    fn assert_error(text: &str, line: usize, fragment: &str) {
        let errors = errors_of(text);
        let prefix = format!("rules/benefit.toml:{line}: ");
        assert!(
            errors.iter().any(|e| e.starts_with(&prefix) && e.contains(fragment)),
            "expected an error at line {line} containing {fragment:?}, got {errors:#?}"
        );
    }

    #[test]
    fn a_good_file_compiles_to_constants() {
        let code = compile(&[("benefit.toml", GOOD)], None).unwrap();
        assert!(code.contains("pub static AMOUNT: Param<Decimal>"), "{code}");
        assert!(code.contains("/* 2022-06-01 */"), "{code}");
        assert!(code.contains("pub const SOME_RULE: &Rule"), "{code}");
    }

    #[test]
    fn the_real_rules_compile() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ukuk-rules/src");
        let code = compile_dir(&dir, Some(&src)).unwrap_or_else(|e| panic!("{e:#?}"));
        assert!(code.contains("pub mod family_assistance"));
        assert!(code.contains("pub static GMI: Param<Decimal>"));
    }

    #[test]
    fn a_value_without_a_source_fails() {
        let text = GOOD.replace("source = \"Ministry page of 2022-06-09\"\n", "");
        assert_error(&text, 15, "without a source");
    }

    #[test]
    fn an_empty_source_fails() {
        let text = GOOD.replace("\"Ministry page of 2022-06-09\"", "\"  \"");
        assert_error(&text, 15, "source is empty");
    }

    #[test]
    fn overlapping_periods_fail() {
        let text = GOOD.replace("from = \"2022-06-01\"", "from = \"2017-06-01\"");
        assert_error(&text, 15, "overlaps");
    }

    #[test]
    fn an_until_that_overlaps_the_next_period_fails() {
        let text = GOOD.replace("value = \"810.00\"", "until = \"2022-06-01\"\nvalue = \"810.00\"");
        assert_error(&text, 16, "overlaps");
    }

    #[test]
    fn a_gap_between_periods_fails() {
        let text = GOOD.replace("value = \"810.00\"", "until = \"2021-12-31\"\nvalue = \"810.00\"");
        let errors = errors_of(&text);
        assert!(
            errors.iter().any(|e| e.starts_with("rules/benefit.toml:16: ") && e.contains("gap") && e.contains("2022-01-01")),
            "{errors:#?}"
        );
    }

    #[test]
    fn a_negative_amount_fails() {
        assert_error(&GOOD.replace("\"1200.00\"", "\"-1200.00\""), 17, "negative");
        assert_error(&GOOD.replace("value = \"1200.00\"", "value = -3"), 17, "negative");
    }

    #[test]
    fn a_float_fails() {
        assert_error(&GOOD.replace("value = \"1200.00\"", "value = 1200.5"), 17, "floats are not allowed");
    }

    #[test]
    fn an_unknown_animal_fails() {
        let text = r#"rules_verified_until = "2021-12-31"
[[params.units]]
from = "2018-01-01"
value = { sheep = "1", camel = "9" }
source = "Handbook 002, lines 2195-2198"
grade = "handbook"
"#;
        assert_error(text, 4, "unknown animal 'camel'");
    }

    #[test]
    fn an_unknown_vehicle_or_income_type_fails() {
        let text = r#"rules_verified_until = "2021-12-31"
[[params.disqualifying_vehicles]]
from = "2018-01-01"
value = ["lorry", "spaceship"]
source = "Handbook 002, lines 2186-2190"
grade = "handbook"

[[params.counted_income]]
from = "2018-01-01"
value = ["wages", "lottery"]
source = "Handbook 002, lines 2153-2163"
grade = "handbook"
"#;
        assert_error(text, 4, "unknown vehicle kind 'spaceship'");
        assert_error(text, 10, "unknown income type 'lottery'");
    }

    #[test]
    fn a_misspelt_key_fails() {
        assert_error(
            &GOOD.replace("source = \"Handbook 002, line 1813\"", "sourse = \"Handbook 002, line 1813\""),
            11,
            "unknown key 'sourse'",
        );
        assert_error(&GOOD.replace("where = ", "wehre = "), 2, "unknown key 'wehre'");
    }

    #[test]
    fn a_missing_verification_date_fails() {
        let errors = errors_of(&GOOD.replace("rules_verified_until = \"2021-12-31\"\n", ""));
        assert!(errors.iter().any(|e| e.contains("missing rules_verified_until")), "{errors:#?}");
    }

    #[test]
    fn a_bad_date_or_bad_toml_fails() {
        assert_error(&GOOD.replace("from = \"2022-06-01\"", "from = \"2022-02-30\""), 16, "not a date");
        let errors = errors_of("rules_verified_until = \n");
        assert!(errors.iter().any(|e| e.starts_with("rules/benefit.toml:1: not valid TOML")), "{errors:#?}");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let text = GOOD.replace("source = \"Ministry page of 2022-06-09\"\n", "").replace("\"810.00\"", "\"-810.00\"");
        assert!(errors_of(&text).len() >= 2, "{:#?}", errors_of(&text));
    }

    #[test]
    fn a_value_without_sources_as_data_fails() {
        let text = GOOD.replace("cite = [{ handbook = \"1813\" }]\n", "");
        assert_error(&text, 8, "without its sources as data");
        assert_error(&GOOD.replace("{ handbook = \"1813\" }", "{ handbook = \"1813-1815\" }"), 12, "en dash");
        assert_error(&GOOD.replace("{ handbook = \"1813\" }", "{ act = \"edict\" }"), 12, "unknown kind of act 'edict'");
        assert_error(&GOOD.replace("{ handbook = \"1813\" }", "{ press = \"24.kg\", date = \"2026-13\" }"), 12, "no date");
        assert_error(&GOOD.replace("{ handbook = \"1813\" }", "{ press = \"24.kg\", article = \"3\" }"), 12, "has no 'article'");
        assert_error(&GOOD.replace(", cite = [{ handbook = \"1\" }]", ""), 6, "has no cite");
    }

    #[test]
    fn a_value_without_a_grade_fails() {
        let text = GOOD.replace("grade = \"official\"\n", "");
        assert_error(&text, 15, "without the grade");
        assert_error(&GOOD.replace("\"official\"", "\"blog\""), 20, "unknown grade 'blog'");
    }

    #[test]
    fn a_press_value_must_name_its_act() {
        let text = GOOD.replace("grade = \"official\"", "grade = \"press\"");
        assert_error(&text, 15, "must name the act");
        let named = GOOD.replace(
            "grade = \"official\"",
            "grade = \"press\"\nact = \"Decree No. 1\"\nact_cite = { act = \"government_decree\", number = \"1\" }",
        );
        assert!(errors_of(&named).is_empty(), "{:#?}", errors_of(&named));
    }

    #[test]
    fn a_parameter_no_code_reads_fails() {
        let code = ["use crate::params::data::benefit as rules;\nfn f() { rules::AMOUNT_2.at(d); }"];
        let errors = compile(&[("benefit.toml", GOOD)], Some(&code)).err().unwrap_or_default();
        assert!(errors.iter().any(|e| e.starts_with("rules/benefit.toml:8: ") && e.contains("read by no code")), "{errors:#?}");
        for reader in [
            "use crate::params::data::benefit as rules;\nfn f() { rules::AMOUNT.at(d); }",
            "use crate::params::data::benefit;\nfn f() { benefit::AMOUNT.at(d); }",
            "fn f() { crate::params::data::benefit::AMOUNT.at(d); }",
        ] {
            assert!(compile(&[("benefit.toml", GOOD)], Some(&[reader])).is_ok(), "{reader}");
        }
        // Another file's parameter of the same name does not count.
        let other = ["use crate::params::data::shared;\nfn f() { shared::AMOUNT.at(d); }"];
        assert!(compile(&[("benefit.toml", GOOD)], Some(&other)).is_err());
    }

    #[test]
    fn every_income_type_is_counted_or_not() {
        let split = |counted: &str, not_counted: &str| {
            format!(
                "rules_verified_until = \"2021-12-31\"\n[[params.counted_income]]\nfrom = \"2018-01-01\"\nvalue = [{counted}]\nsource = \"H\"\ncite = [{{ handbook = \"1\" }}]\ngrade = \"handbook\"\n\n\
                 [[params.not_counted_income]]\nfrom = \"2018-01-01\"\nvalue = [{not_counted}]\nsource = \"H\"\ncite = [{{ handbook = \"1\" }}]\ngrade = \"handbook\"\n"
            )
        };
        let all_but_pension = "\"wages\", \"stipend\", \"business\", \"land\", \"livestock\", \"other\"";
        let good = split(all_but_pension, "\"pension\", \"state_benefits\", \"maternity\", \"funeral\", \"unemployment\"");
        assert!(errors_of(&good).is_empty(), "{:#?}", errors_of(&good));
        let missing = split(all_but_pension, "\"pension\", \"state_benefits\", \"maternity\", \"funeral\"");
        assert_error(&missing, 9, "unemployment are neither counted nor not counted");
        let both = split(all_but_pension, "\"pension\", \"state_benefits\", \"maternity\", \"funeral\", \"unemployment\", \"wages\"");
        assert_error(&both, 9, "'wages' is both counted and not counted");
    }
}

// ---------------------------------------------------------------- reforms

/// The kind of a parameter's value, as a reform must give it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ValueKind {
    Decimal,
    Int,
    Date,
    Codes,
    Units,
}

impl ValueKind {
    /// The kind's code in messages (`reform-value-kind` names it in words).
    pub fn word(self) -> &'static str {
        match self {
            ValueKind::Decimal => "decimal",
            ValueKind::Int => "int",
            ValueKind::Date => "date",
            ValueKind::Codes => "codes",
            ValueKind::Units => "units",
        }
    }
}

/// A reform's value for a parameter, checked as `rules/` is checked.
#[derive(Clone, PartialEq, Debug)]
pub enum ReformValue {
    Decimal(Decimal),
    Int(u32),
    /// `YYYY-MM-DD`.
    Date(String),
    Codes(Vec<String>),
    Units(Vec<(String, Decimal)>),
}

/// One changed value: from `from` (and until `until`, if given) the
/// parameter `name` (`file.param`, as in `ukuk rules`) has `value`.
#[derive(Clone, PartialEq, Debug)]
pub struct ReformChange {
    pub name: String,
    pub from: String,
    pub until: Option<String>,
    pub value: ReformValue,
    /// The line of the change in the reform file.
    pub line: usize,
}

/// Reads a reform file: a title and dated values that override `rules/`,
///
/// ```toml
/// title = "The guaranteed minimum income at 1 500 som"
/// [[change]]
/// param = "shared.gmi"
/// from = "2026-01-01"
/// value = "1500.00"
/// ```
///
/// Each value is checked as the rules files are (the same names, the kind
/// of value the parameter has, no floats, no negative counts, known
/// animals, vehicles and income types). `kind_of` gives a parameter's kind,
/// `None` for an unknown name. Errors are `FILE:LINE: message`.
pub fn read_reform(file: &str, text: &str, kind_of: &dyn Fn(&str) -> Option<ValueKind>) -> Result<(String, Vec<ReformChange>), Vec<Found>> {
    let mut ctx = Ctx { file: file.to_string(), text, errors: vec![], for_rules: false };
    let root = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            ctx.err(&span, format!("not valid TOML: {}", e.message()));
            return Err(ctx.errors);
        }
    };
    let mut title = String::new();
    let mut changes = Vec::new();
    for (k, v) in root.get_ref().iter() {
        match k.get_ref().as_ref_str() {
            "title" => title = string_of(&mut ctx, v).unwrap_or_default(),
            "change" => {
                let DeValue::Array(items) = v.get_ref() else {
                    ctx.say(&v.span(), "reform-change-list", &[]);
                    continue;
                };
                for item in items.iter() {
                    let span = item.span();
                    let Some(t) = table_of(&mut ctx, item) else { continue };
                    let (mut name, mut from, mut until, mut value) = (None, None, None, None);
                    for (k2, fv) in t.iter() {
                        match k2.get_ref().as_ref_str() {
                            "param" => name = string_of(&mut ctx, fv).map(|n| (n, fv.span())),
                            "from" => from = date_of(&mut ctx, fv),
                            "until" => until = date_of(&mut ctx, fv),
                            "value" => value = Some(fv),
                            other => ctx.say(&k2.span(), "reform-change-key", &[("key", &other)]),
                        }
                    }
                    let Some((name, name_span)) = name else {
                        ctx.say(&span, "reform-missing-param", &[]);
                        continue;
                    };
                    let Some(kind) = kind_of(&name) else {
                        ctx.say(&name_span, "reform-unknown-param", &[("param", &name)]);
                        continue;
                    };
                    if from.is_none() {
                        ctx.say(&span, "reform-missing-from", &[("param", &name)]);
                    }
                    let Some(value_v) = value else {
                        ctx.say(&span, "reform-missing-value", &[("param", &name)]);
                        continue;
                    };
                    let short = name.rsplit('.').next().unwrap_or(&name).to_string();
                    let Some(val) = read_value(&mut ctx, &short, value_v) else { continue };
                    let got = match &val {
                        Val::Decimal(_) => ValueKind::Decimal,
                        Val::Int(_) => ValueKind::Int,
                        Val::Date(_) => ValueKind::Date,
                        Val::Codes(_) => ValueKind::Codes,
                        Val::Units(_) => ValueKind::Units,
                    };
                    if got != kind {
                        ctx.say(&value_v.span(), "reform-value-kind", &[("param", &name), ("kind", &kind.word()), ("got", &got.word())]);
                        continue;
                    }
                    if let (Some(f), Some(u)) = (from, until) {
                        if u < f {
                            ctx.say(&span, "reform-until-before-from", &[("param", &name), ("until", &u), ("from", &f)]);
                            continue;
                        }
                    }
                    let Some(from) = from else { continue };
                    let value = match val {
                        Val::Decimal(d) => ReformValue::Decimal(d),
                        Val::Int(n) => ReformValue::Int(n),
                        Val::Date(d) => ReformValue::Date(d.to_string()),
                        Val::Codes(c) => ReformValue::Codes(c),
                        Val::Units(u) => ReformValue::Units(u),
                    };
                    let line = ctx.line(&span);
                    changes.push(ReformChange { name, from: from.to_string(), until: until.map(|u| u.to_string()), value, line });
                }
            }
            other => ctx.say(&k.span(), "reform-key", &[("key", &other)]),
        }
    }
    if changes.is_empty() && ctx.errors.is_empty() {
        ctx.say(&(0..0), "reform-nothing", &[]);
    }
    if ctx.errors.is_empty() {
        Ok((title, changes))
    } else {
        Err(ctx.errors)
    }
}
