//! The result of an evaluation, in the shape of `interface.md`.
//!
//! Field order is fixed by the struct order, so the JSON is byte-for-byte the
//! same from the command line, the JavaScript API and the web app.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::date::Date;
use crate::params::{Basis, Grade, Rule};

/// Version of the output contract; bumped only on a breaking change.
pub const VERSION: u32 = 1;

thread_local! {
    static LEAN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the evaluation on this thread is lean ([`crate::evaluate_lean`]):
/// every rule is checked as always, but a reason keeps no figures, and a
/// benefit returns only its status, amount, period and dates.
#[inline]
pub fn lean() -> bool {
    LEAN.with(std::cell::Cell::get)
}

/// Runs `f` lean: the figures of reasons and warnings are not collected.
pub fn with_lean<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            LEAN.with(|l| l.set(self.0));
        }
    }
    let _reset = Reset(LEAN.with(|l| l.replace(true)));
    f()
}

/// Rounds money to the tyiyn (two places), half away from zero. This is the
/// one place where the engine rounds an amount.
pub fn round_money(d: Decimal) -> Decimal {
    if d.scale() <= 2 {
        return d;
    }
    // A product of a rate and a coefficient (scale 4 or so) whose mantissa
    // fits 64 bits is rounded with integer arithmetic, as `round_dp` would
    // round it (a property test holds the two equal): `round_dp` divides
    // the 96-bit mantissa by ten a digit at a time.
    match (u64::try_from(d.mantissa().unsigned_abs()), 10u64.checked_pow(d.scale() - 2)) {
        (Ok(m), Some(unit)) => {
            let (q, r) = (m / unit, m % unit);
            let q = if r >= unit - r { q + 1 } else { q };
            let mut out = Decimal::from_i128_with_scale(i128::from(q), 2);
            out.set_sign_negative(d.is_sign_negative() && q != 0);
            out
        }
        _ => d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
    }
}

/// `total / parts` to the tyiyn as shown to a reader: rounded half away
/// from zero ([`round_money`]), or with `down` toward zero, never up (a
/// per-capita income below a limit must not be shown at the limit). The
/// same value as `(total / parts).round_dp_with_strategy(2, …)`, held equal
/// by a property test, always with two places, and found by one integer
/// division where the figures fit 64 bits (every household's) instead of a
/// 96-bit division to 28 digits and then a rounding.
pub fn share(total: Decimal, parts: u64, down: bool) -> Decimal {
    let strategy = if down { RoundingStrategy::ToZero } else { RoundingStrategy::MidpointAwayFromZero };
    let scaled = match (u64::try_from(total.mantissa().unsigned_abs()), 2u32.checked_sub(total.scale())) {
        (Ok(m), Some(up)) if parts > 0 => m.checked_mul(10u64.pow(up)),
        _ => None,
    };
    let Some(m) = scaled else {
        return (total / Decimal::from(parts)).round_dp_with_strategy(2, strategy);
    };
    let (q, r) = (m / parts, m % parts);
    let q = if !down && r >= parts - r { q + 1 } else { q };
    let mut out = Decimal::from_i128_with_scale(i128::from(q), 2);
    out.set_sign_negative(total.is_sign_negative() && q != 0);
    out
}

/// Formats an amount with exactly two decimals: `"810.00"`.
pub fn money_string(d: Decimal) -> String {
    decimal_text(money_value(d))
}

/// A decimal as `Decimal`'s `Display` writes it (every digit of its scale,
/// `-` when negative), in a fraction of the instructions: the mantissa's
/// digits are written as one or two 64-bit integers' and the point put in
/// place, where `Display` divides
/// the 96-bit mantissa by ten for each digit. A property test
/// (`decimals_are_written_as_display_writes_them`) holds the two equal.
pub fn decimal_text(d: Decimal) -> String {
    let scale = d.scale() as usize;
    let mut out = String::with_capacity(scale + 16);
    if d.is_sign_negative() {
        out.push('-');
    }
    let start = out.len();
    let m = d.mantissa().unsigned_abs();
    // A mantissa beyond 64 bits (at most 29 digits) is written as the digits
    // above its last 19, then those 19 with their leading zeros.
    const E19: u128 = 10_000_000_000_000_000_000;
    if let Ok(small) = u64::try_from(m) {
        push_digits(&mut out, small);
    } else {
        let (high, low) = ((m / E19) as u64, (m % E19) as u64);
        push_digits(&mut out, high);
        let written = out.len();
        push_digits(&mut out, low);
        let zeros = 19 - (out.len() - written);
        for _ in 0..zeros {
            out.insert(written, '0');
        }
    }
    if scale == 0 {
        return out;
    }
    if m == 0 {
        out.truncate(start);
    }
    let digits = out.len() - start;
    if digits > scale {
        out.insert(out.len() - scale, '.');
    } else {
        // 0.0…0ddd: the zeros between the point and the first digit.
        let zeros = scale - digits;
        out.insert_str(start, "0.");
        for _ in 0..zeros {
            out.insert(start + 2, '0');
        }
    }
    out
}

/// An amount as a result shows it: rounded to the tyiyn, two places.
#[inline]
pub fn money_value(d: Decimal) -> Decimal {
    // Most amounts have their two places already: returned as they are,
    // without the calls that would round and rescale them to themselves.
    if d.scale() == 2 {
        return d;
    }
    // Fewer places (a whole amount, a coefficient's product with one place):
    // the mantissa times 100 or 10, without `rescale`'s general steps.
    if d.scale() < 2 {
        let unit: i128 = if d.scale() == 0 { 100 } else { 10 };
        if let Some(Ok(mut r)) = d.mantissa().checked_mul(unit).map(|m| Decimal::try_from_i128_with_scale(m, 2)) {
            r.set_sign_negative(d.is_sign_negative());
            return r;
        }
    }
    let mut r = round_money(d);
    if r.scale() != 2 {
        r.rescale(2);
    }
    r
}

/// Appends the decimal digits of `n`: a digit per division by ten, which
/// the compiler makes a multiplication (the formatting machinery of `write!`
/// costs more than the digits of these short numbers).
fn push_digits(out: &mut String, mut n: u64) {
    let mut buf = [b'0'; 20];
    let mut used = 0;
    for slot in buf.iter_mut().rev() {
        *slot = b'0' + (n % 10) as u8;
        n /= 10;
        used += 1;
        if n == 0 {
            break;
        }
    }
    for b in buf.iter().skip(buf.len() - used) {
        out.push(char::from(*b));
    }
}

/// Formats units with at least one decimal: `"13.0"`, `"15.5"`.
pub fn units_string(d: Decimal) -> String {
    if d.is_zero() {
        return String::from("0.0");
    }
    let mut text = decimal_text(d);
    if d.scale() == 0 {
        text.push_str(".0");
        return text;
    }
    // The trailing zeros of the fraction, but one digit after the point.
    let kept = text.trim_end_matches('0').len();
    let kept = if text.as_bytes().get(kept.saturating_sub(1)) == Some(&b'.') { kept + 1 } else { kept };
    text.truncate(kept);
    text
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An amount of money, serialized as a two-place decimal string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money(pub Decimal);

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&money_string(self.0))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Eligible,
    NotEligible,
    NeedsInformation,
}

/// A decimal of a reason's figures, kept as a number and written only when
/// the figures are shown (the JSON, the app): an evaluation writes none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// Shown with every digit of its scale, as given: a coefficient `"1.15"`.
    AsIs(Decimal),
    /// Small-livestock units, with at least one decimal: `"13.0"`, `"15.5"`.
    Units(Decimal),
}

/// No units: `"0.0"`.
impl Default for Number {
    fn default() -> Self {
        Number::Units(Decimal::ZERO)
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

impl Number {
    /// The text shown (the JSON's string).
    pub fn text(&self) -> String {
        match self {
            Number::AsIs(d) => decimal_text(*d),
            Number::Units(d) => units_string(*d),
        }
    }
}

/// A value in a reason's `detail`.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Money(Decimal),
    /// A decimal (units, coefficients), written only when shown.
    Number(Number),
    Int(i64),
    Bool(bool),
    Date(Date),
    /// A code from the engine or the rules (a category, a vehicle kind, …).
    Code(&'static str),
    /// Text from the input (a member's id).
    Text(std::sync::Arc<str>),
    List(Vec<String>),
    /// Codes of the engine or the rules (the treaty states, categories):
    /// shown as a list, like [`Value::List`], but borrowed or gathered
    /// without writing a string.
    Codes(std::borrow::Cow<'static, [&'static str]>),
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Money(d) => s.serialize_str(&money_string(*d)),
            Value::Number(n) => n.serialize(s),
            Value::Code(t) => s.serialize_str(t),
            Value::Text(t) => s.serialize_str(t),
            Value::Int(n) => s.serialize_i64(*n),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Date(d) => d.serialize(s),
            Value::List(l) => l.serialize(s),
            Value::Codes(l) => l.serialize(s),
        }
    }
}

impl From<Date> for Value {
    fn from(d: Date) -> Self {
        Value::Date(d)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<&'static str> for Value {
    fn from(t: &'static str) -> Self {
        Value::Code(t)
    }
}
impl From<String> for Value {
    fn from(t: String) -> Self {
        Value::Text(t.into())
    }
}
impl From<&std::sync::Arc<str>> for Value {
    fn from(t: &std::sync::Arc<str>) -> Self {
        Value::Text(t.clone())
    }
}
impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}
impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Int(i64::from(n))
    }
}
impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Value::Int(i64::from(n))
    }
}
impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Int(n as i64)
    }
}
impl From<Number> for Value {
    fn from(n: Number) -> Self {
        Value::Number(n)
    }
}
impl From<Money> for Value {
    fn from(m: Money) -> Self {
        Value::Money(m.0)
    }
}
impl From<&'static [&'static str]> for Value {
    fn from(l: &'static [&'static str]) -> Self {
        Value::Codes(std::borrow::Cow::Borrowed(l))
    }
}
impl From<Vec<&'static str>> for Value {
    fn from(l: Vec<&'static str>) -> Self {
        Value::Codes(std::borrow::Cow::Owned(l))
    }
}
impl From<Vec<String>> for Value {
    fn from(l: Vec<String>) -> Self {
        Value::List(l)
    }
}

/// The figures a rule compared, in a fixed order (serialized as an object).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Detail(pub Vec<(&'static str, Value)>);

impl Detail {
    #[inline]
    pub fn new() -> Self {
        if lean() {
            return Detail(Vec::new());
        }
        // Most details hold a handful of figures: one allocation, no regrowth.
        Detail(Vec::with_capacity(8))
    }
    #[inline]
    pub fn with(mut self, key: &'static str, v: impl Into<Value>) -> Self {
        if !lean() {
            self.0.push((key, v.into()));
        }
        self
    }
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }
}

impl Serialize for Detail {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// Outcome of one rule for one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    Fail,
    /// A fact the rule needs is missing.
    Unknown,
}

/// One rule checked: what it compared and where the law says so.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// Rule id; the translation files explain it under the same id.
    pub rule: &'static str,
    pub passed: bool,
    /// Extension: `true` when the rule could not be decided for lack of a fact.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unknown: bool,
    pub detail: Detail,
    /// The rule's legal source, then the sources of the dated values it used.
    pub source: Source,
    /// Extension: the weakest grade of the dated values the rule compared
    /// (`official`, `act_text`, `handbook`, `press`); absent when it used none.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "grade_code")]
    pub grade: Option<Grade>,
}

fn grade_code<S: Serializer>(g: &Option<Grade>, s: S) -> Result<S::Ok, S::Error> {
    match g {
        Some(g) => s.serialize_str(g.code()),
        None => s.serialize_none(),
    }
}

/// How many dated values one reason can cite.
const MAX_CITED: usize = 4;

/// A reason's source: the rule's, then the sources of the dated values it
/// used, each shown once, joined with "; " (no allocation while evaluating).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    rule: &'static Rule,
    cited: [Option<&'static Basis>; MAX_CITED],
}

impl Source {
    pub fn new(rule: &'static Rule) -> Source {
        Source { rule, cited: [None; MAX_CITED] }
    }

    /// Every source as data, each once, with the grade of the value it
    /// stands for (`None` for the rule's own): what the app renders in the
    /// reader's language.
    pub fn cites(&self) -> Vec<(crate::params::Cite, Option<crate::params::Grade>)> {
        let mut out: Vec<(crate::params::Cite, Option<crate::params::Grade>)> = Vec::new();
        let all =
            self.rule.cite.iter().map(|c| (*c, None)).chain(self.cited().flat_map(|b| b.cite.iter().map(move |c| (*c, Some(b.grade)))));
        for (c, g) in all {
            match out.iter_mut().find(|(x, _)| *x == c) {
                // The same source for several values: its weakest grade.
                Some((_, known)) => {
                    *known = match (*known, g) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    }
                }
                None => out.push((c, g)),
            }
        }
        out
    }

    /// Adds a dated value's basis (once).
    pub fn cite(&mut self, b: &'static Basis) {
        if self.cited.iter().flatten().any(|c| std::ptr::eq(*c, b)) {
            return;
        }
        if let Some(slot) = self.cited.iter_mut().find(|c| c.is_none()) {
            *slot = Some(b);
        }
    }

    /// The bases of the dated values cited.
    pub fn cited(&self) -> impl Iterator<Item = &'static Basis> + '_ {
        self.cited.iter().flatten().copied()
    }

    /// The source texts shown, in order: the rule's, then each value's unless
    /// an earlier text already mentions it.
    fn texts(&self) -> impl Iterator<Item = &'static str> + '_ {
        let cited = self.cited;
        std::iter::once(self.rule.source).chain(cited.into_iter().enumerate().filter_map(move |(i, c)| {
            let c = c?;
            let earlier = mentions(self.rule.source, c.source) || cited.iter().take(i).flatten().any(|e| mentions(e.source, c.source));
            (!earlier).then_some(c.source)
        }))
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, t) in self.texts().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            f.write_str(t)?;
        }
        Ok(())
    }
}

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.cited[0].is_none() {
            s.serialize_str(self.rule.source)
        } else {
            s.collect_str(self)
        }
    }
}

impl Reason {
    pub fn new(rule: &'static Rule, outcome: Outcome, detail: Detail) -> Reason {
        Reason {
            rule: rule.id,
            passed: outcome == Outcome::Pass,
            unknown: outcome == Outcome::Unknown,
            detail,
            source: Source::new(rule),
            grade: None,
        }
    }

    /// Cites the dated values the rule compared: their sources join the
    /// rule's, and the weakest of their grades becomes the reason's.
    pub fn cite(mut self, bases: &[&'static Basis]) -> Reason {
        for b in bases {
            self.source.cite(b);
            self.grade = Some(self.grade.map_or(b.grade, |g| g.min(b.grade)));
        }
        self
    }
    /// [`Reason::cite`] of the values found in force (`None`: not in force).
    pub fn cite_found(mut self, bases: &[Option<&'static Basis>]) -> Reason {
        for b in bases.iter().flatten() {
            self = self.cite(&[b]);
        }
        self
    }
    pub fn outcome(&self) -> Outcome {
        match (self.passed, self.unknown) {
            (true, _) => Outcome::Pass,
            (false, true) => Outcome::Unknown,
            (false, false) => Outcome::Fail,
        }
    }
}

/// Whether `text` contains `s`: `str::contains`, without the set-up of its
/// two-way search, which costs more than the search in these short texts.
fn mentions(text: &str, s: &str) -> bool {
    let (text, s) = (text.as_bytes(), s.as_bytes());
    s.is_empty() || text.windows(s.len()).any(|w| w.first() == s.first() && w == s)
}

/// The rules a benefit checked. On the full path, each rule's reason with
/// its figures and sources, in the order checked; on the lean path, only
/// whether a rule failed or could not be decided: no reason is built, and a
/// reason given as a closure ([`Reasons::add`]) is not even computed. Both
/// paths take the status from the same fold of outcomes
/// ([`Reasons::status`]), so they cannot disagree on it.
#[derive(Debug)]
pub struct Reasons {
    list: Vec<Reason>,
    lean: bool,
    failed: bool,
    unknown: bool,
}

/// Room for a benefit's reasons at first: most check a dozen rules or fewer,
/// and the list fits a small block of the allocator (1 KB, mimalloc's
/// `MI_SMALL_SIZE_MAX`): an aligned request for a larger block, as Rust
/// makes every request, takes its slow path each time (the heavy bench
/// household's 16 reasons of room cost 430 of its 37 800 instructions).
const REASONS_AT_HAND: usize = 1024 / std::mem::size_of::<Reason>();

/// The outcomes of the rules before a part began ([`Reasons::begin_part`]).
#[derive(Debug)]
#[must_use = "a part is ended with Reasons::end_part"]
pub struct Part {
    failed: bool,
    unknown: bool,
}

impl Default for Reasons {
    fn default() -> Self {
        Reasons::new()
    }
}

impl Reasons {
    /// An empty record, lean when the evaluation on this thread is.
    pub fn new() -> Reasons {
        let lean = lean();
        Reasons { list: if lean { Vec::new() } else { Vec::with_capacity(REASONS_AT_HAND) }, lean, failed: false, unknown: false }
    }

    #[inline]
    fn fold(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Pass => {}
            Outcome::Fail => self.failed = true,
            Outcome::Unknown => self.unknown = true,
        }
    }

    /// A rule checked, its reason already built (its outcome is the reason's).
    #[inline(always)]
    pub fn push(&mut self, reason: Reason) {
        self.fold(reason.outcome());
        if !self.lean {
            self.list.push(reason);
        }
    }

    /// A rule checked with `outcome`, its reason built by `reason` only when
    /// the reasons are kept (the reason's outcome is `outcome`).
    #[inline(always)]
    pub fn push_with(&mut self, outcome: Outcome, reason: impl FnOnce() -> Reason) {
        self.fold(outcome);
        if !self.lean {
            let r = reason();
            debug_assert_eq!(r.outcome(), outcome, "{}", r.rule);
            self.list.push(r);
        }
    }

    /// A rule checked with `outcome`; its figures are gathered only when the
    /// reasons are kept.
    #[inline(always)]
    pub fn add(&mut self, rule: &'static Rule, outcome: Outcome, detail: impl FnOnce() -> Detail) {
        self.fold(outcome);
        if !self.lean {
            self.list.push(Reason::new(rule, outcome, detail()));
        }
    }

    /// [`Reasons::add`] of a rule that compared dated values: their sources
    /// are cited ([`Reason::cite`]).
    #[inline(always)]
    pub fn add_cited(&mut self, rule: &'static Rule, outcome: Outcome, bases: &[&'static Basis], detail: impl FnOnce() -> Detail) {
        self.fold(outcome);
        if !self.lean {
            self.list.push(Reason::new(rule, outcome, detail()).cite(bases));
        }
    }

    /// Starts a part of the rules whose own status is wanted (one birth of
    /// several): until [`Reasons::end_part`], [`Reasons::status`] is the
    /// part's. The part's reasons join the list in order, as any other.
    pub fn begin_part(&mut self) -> Part {
        let whole = Part { failed: self.failed, unknown: self.unknown };
        self.failed = false;
        self.unknown = false;
        whole
    }

    /// Ends a part: the status is again the whole's, the part's included.
    pub fn end_part(&mut self, whole: Part) {
        self.failed |= whole.failed;
        self.unknown |= whole.unknown;
    }

    /// The status the rules checked so far give: any failure refuses, else
    /// any undecided rule asks for information, else eligible.
    pub fn status(&self) -> Status {
        if self.failed {
            Status::NotEligible
        } else if self.unknown {
            Status::NeedsInformation
        } else {
            Status::Eligible
        }
    }

    /// Whether no reason is kept (the lean path): what only a reader of one
    /// result needs (per-member lists, documents) is not gathered either.
    #[inline]
    pub fn is_lean(&self) -> bool {
        self.lean
    }

    /// The reasons kept (none on the lean path).
    pub fn into_list(self) -> Vec<Reason> {
        self.list
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberAmount {
    #[serde(serialize_with = "text")]
    pub member: std::sync::Arc<str>,
    pub amount: Money,
    /// Social benefit: the category paid (the highest one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'static str>,
    /// Social benefit: the other categories the person also qualifies for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_categories: Vec<&'static str>,
    /// Social benefit: the loss-of-breadwinner benefit paid on top, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breadwinner_supplement: Option<Money>,
}

impl MemberAmount {
    /// A member's amount, with no social-benefit category.
    pub fn new(member: &std::sync::Arc<str>, amount: Decimal) -> MemberAmount {
        MemberAmount {
            member: member.clone(),
            amount: Money(amount),
            category: None,
            other_categories: vec![],
            breadwinner_supplement: None,
        }
    }
}

fn text<S: Serializer>(t: &std::sync::Arc<str>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(t)
}

fn some_text<S: Serializer>(t: &Option<std::sync::Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(t),
        None => s.serialize_none(),
    }
}

/// Birth payment: one entry per birth event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BirthResult {
    pub birth: usize,
    pub date: Date,
    pub children: u32,
    pub status: Status,
    pub amount: Option<Money>,
    /// The last day an application is in time.
    pub deadline: Date,
}

/// One benefit's result. The contract's fields a population reads (status,
/// amount, dates) are the struct's own; what only a reader of one result
/// needs (reasons, documents, per-member and per-birth amounts, the
/// schedule) is in [`Explained`], which the lean path leaves out: a lean
/// result is small to build, move and drop. The JSON is the same either way
/// (an absent `Explained` is written as empty lists).
#[derive(Debug, Clone, PartialEq)]
pub struct Benefit {
    pub id: &'static str,
    pub status: Status,
    pub amount: Option<Money>,
    pub period: &'static str,
    pub starts: Option<Date>,
    pub ends: Option<Date>,
    /// `where` in the JSON.
    pub where_: &'static str,
    /// Extension: the last day this benefit's rules were checked against a source.
    pub rules_verified_until: Date,
    /// `None` on the lean path.
    pub explained: Option<Box<Explained>>,
}

/// What a benefit's result explains to a reader of one result.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Explained {
    pub per_member: Vec<MemberAmount>,
    pub reasons: Vec<Reason>,
    /// The rules file's list, borrowed unless a conditional list adds to it.
    pub documents: std::borrow::Cow<'static, [&'static str]>,
    /// Extension (birth payment): one result per birth.
    pub per_birth: Vec<BirthResult>,
    /// Extension (monthly benefits with a fixed start): each month paid, at
    /// the rate in force that month, from `starts`, at most 12 months.
    pub schedule: Vec<MonthPaid>,
    /// Warnings the benefit raises, moved into the result's `warnings`.
    pub warnings: Vec<Warning>,
}

/// What a lean result explains: nothing.
static UNEXPLAINED: Explained = Explained {
    per_member: Vec::new(),
    reasons: Vec::new(),
    documents: std::borrow::Cow::Borrowed(&[]),
    per_birth: Vec::new(),
    schedule: Vec::new(),
    warnings: Vec::new(),
};

impl Benefit {
    /// Its explanation (empty on the lean path).
    pub fn explained(&self) -> &Explained {
        self.explained.as_deref().unwrap_or(&UNEXPLAINED)
    }
    /// Its explanation, to add to (made empty if the path was lean).
    pub fn explained_mut(&mut self) -> &mut Explained {
        self.explained.get_or_insert_with(Box::default)
    }
    /// The rules checked, each with its figures and sources.
    pub fn reasons(&self) -> &[Reason] {
        &self.explained().reasons
    }
    /// The amount for each member paid.
    pub fn per_member(&self) -> &[MemberAmount] {
        &self.explained().per_member
    }
    /// The documents to bring.
    pub fn documents(&self) -> &[&'static str] {
        &self.explained().documents
    }
    /// The birth payment's result for each birth.
    pub fn per_birth(&self) -> &[BirthResult] {
        &self.explained().per_birth
    }
    /// Each month paid.
    pub fn schedule(&self) -> &[MonthPaid] {
        &self.explained().schedule
    }
}

/// The contract's field order (`interface.md`): `per_birth` and `schedule`
/// only when not empty.
impl Serialize for Benefit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let e = self.explained();
        let fields = 11 + usize::from(!e.per_birth.is_empty()) + usize::from(!e.schedule.is_empty());
        let mut st = s.serialize_struct("Benefit", fields)?;
        st.serialize_field("id", self.id)?;
        st.serialize_field("status", &self.status)?;
        st.serialize_field("amount", &self.amount)?;
        st.serialize_field("period", self.period)?;
        st.serialize_field("per_member", &e.per_member)?;
        st.serialize_field("starts", &self.starts)?;
        st.serialize_field("ends", &self.ends)?;
        st.serialize_field("reasons", &e.reasons)?;
        st.serialize_field("documents", &e.documents)?;
        st.serialize_field("where", self.where_)?;
        st.serialize_field("rules_verified_until", &self.rules_verified_until)?;
        if !e.per_birth.is_empty() {
            st.serialize_field("per_birth", &e.per_birth)?;
        }
        if !e.schedule.is_empty() {
            st.serialize_field("schedule", &e.schedule)?;
        }
        st.end()
    }
}

/// The most months a `schedule` lists (the contract's limit, not the law's).
pub const SCHEDULE_MONTHS: u32 = 12;

/// One month of a monthly benefit's schedule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthPaid {
    /// The first and last day of the month paid.
    pub from: Date,
    pub until: Date,
    pub amount: Money,
}

/// The `livestock` section: its figures are kept as numbers and written as
/// the JSON's strings only when shown (an evaluation writes none). A lean
/// evaluation leaves it at its default: zero units, nothing unconverted.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Livestock {
    /// Small-livestock units of the animals that have a rate (`"13.0"`).
    pub units: Number,
    /// Units per family member, two places; `null` when the family has no member to count.
    pub per_member: Option<Number>,
    /// Animals with no rate in the conversion table.
    pub unconverted: Vec<String>,
    /// Extension: the most units per member family assistance allows on the
    /// date, e.g. `"4.0"` (absent when no limit is in force).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit_per_member: Option<Number>,
    /// Extension: the convertible animals exceed that limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub over_limit: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    pub code: &'static str,
    pub detail: Detail,
}

/// A fact the input leaves open that can change a result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// The member it is about; absent for the household.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "some_text")]
    pub member: Option<std::sync::Arc<str>>,
    /// The input field to answer, e.g. `pension_right`, `status`, `birth_order`.
    pub fact: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Output {
    pub version: u32,
    pub date: Date,
    pub rules_verified_until: Date,
    pub warnings: Vec<Warning>,
    pub benefits: Vec<Benefit>,
    pub livestock: Livestock,
    /// Extension: the facts left open that can change a result.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
}
