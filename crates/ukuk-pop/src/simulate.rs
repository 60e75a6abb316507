//! A reform costed: every household through the engine twice — under the
//! rules as they are (the baseline, exactly what `batch` gives) and with the
//! reform's values — and the weighted totals side by side.
//!
//! - recipients: the weighted number of households with the benefit due
//!   (`eligible`); those among them whose amount the law leaves open (the
//!   unemployment allowance: its amount is not published) are counted apart
//!   and add nothing to the cost;
//! - monthly cost: the weighted sum of the monthly benefits' amounts;
//! - yearly cost: twelve months of those, plus the one-time payments (the
//!   births in the file are taken as a year's births);
//! - gainers and losers: households whose yearly total rises or falls;
//! - deciles: households ranked by counted income per person (the incomes
//!   family assistance counts, as `rules/` lists them on the date), ten
//!   groups of equal weight, with the mean yearly change per household.

use std::path::Path;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde_json::{json, Value};
use ukuk_rules::output::Status;
use ukuk_rules::reform::{Change, Reform};
use ukuk_rules::{Date, Output};

use crate::batch::{self, BadRow, Lazy};
use crate::problem::Problem;

/// A benefit's totals under one set of rules.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    pub recipients: Decimal,
    pub monthly: Decimal,
    pub yearly: Decimal,
    /// Recipients whose amount is not known (not in the costs).
    pub amount_unknown: Decimal,
}

/// One benefit, baseline and reform.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub benefit: &'static str,
    pub period: &'static str,
    pub baseline: Totals,
    pub reform: Totals,
}

/// One income decile.
#[derive(Clone, Debug, PartialEq)]
pub struct Decile {
    /// 1 (poorest) to 10.
    pub decile: u32,
    /// The highest counted income per person in it.
    pub income_up_to: Decimal,
    pub households: Decimal,
    /// The weighted mean change of a household's yearly total, som.
    pub mean_change: Decimal,
}

/// The comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub title: String,
    pub date: Date,
    pub households: u64,
    pub lines: Vec<Line>,
    pub gainers: Decimal,
    pub losers: Decimal,
    pub deciles: Vec<Decile>,
    pub bad: Vec<BadRow>,
    pub bad_count: u64,
}

/// Reads and checks a reform file (`ukuk simulate --reform FILE`): the same
/// names and checks as `rules/`; errors are `FILE:LINE: message`.
pub fn read_reform(path: &Path) -> Result<Reform, Vec<Problem>> {
    let text = std::fs::read_to_string(path).map_err(|e| vec![Problem::new("pop-file", &[("file", &path.display()), ("detail", &e)])])?;
    read_reform_text(&path.display().to_string(), &text)
}

/// A reform given as TOML text; `file` names it in errors.
pub fn read_reform_text(file: &str, text: &str) -> Result<Reform, Vec<Problem>> {
    let kinds = |name: &str| -> Option<ukuk_rulesgen::ValueKind> {
        use ukuk_rules::params::ValueRef;
        let p = ukuk_rules::params::data::ALL_PARAMS.iter().find(|p| p.name() == name)?;
        Some(match p.history().first()?.value {
            ValueRef::Decimal(_) => ukuk_rulesgen::ValueKind::Decimal,
            ValueRef::Int(_) => ukuk_rulesgen::ValueKind::Int,
            ValueRef::Date(_) => ukuk_rulesgen::ValueKind::Date,
            ValueRef::Codes(_) => ukuk_rulesgen::ValueKind::Codes,
            ValueRef::Units(_) => ukuk_rulesgen::ValueKind::Units,
        })
    };
    let file = file.to_string();
    // The reform is checked by the rules data's own checks (ukuk-rulesgen).
    let (title, changes) =
        ukuk_rulesgen::read_reform(&file, text, &kinds).map_err(|e| e.into_iter().map(Problem::Reform).collect::<Vec<_>>())?;
    let mut out = Vec::new();
    for c in changes {
        let date = |s: &str| {
            Date::parse(s).ok_or_else(|| vec![Problem::new("pop-not-a-date", &[("file", &file), ("line", &c.line), ("value", &s)])])
        };
        let value = match c.value {
            ukuk_rulesgen::ReformValue::Decimal(d) => ukuk_rules::reform::Value::Decimal(d),
            ukuk_rulesgen::ReformValue::Int(n) => ukuk_rules::reform::Value::Int(n),
            ukuk_rulesgen::ReformValue::Date(d) => ukuk_rules::reform::Value::Date(date(&d)?),
            ukuk_rulesgen::ReformValue::Codes(v) => ukuk_rules::reform::Value::Codes(v),
            ukuk_rulesgen::ReformValue::Units(u) => ukuk_rules::reform::Value::Units(u),
        };
        out.push(Change { name: c.name, from: date(&c.from)?, until: c.until.as_deref().map(date).transpose()?, value });
    }
    Reform::new(&title, out).map_err(|e| vec![Problem::new("pop-file", &[("file", &file), ("detail", &e)])])
}

/// The household's counted income per person (what family assistance
/// counts), by the rules in force on its date, from the amounts as the
/// engine read them.
fn income_per_person(h: &ukuk_rules::Household) -> Decimal {
    let counted = ukuk_rules::params::data::family_assistance::COUNTED_INCOME.at(h.date).map_or(&[][..], |p| p.value);
    if h.members.is_empty() {
        return Decimal::ZERO;
    }
    let total: Decimal = h.members.iter().flat_map(|m| m.income.iter()).filter(|(t, _)| counted.contains(t)).map(|(_, a)| *a).sum();
    total / Decimal::from(h.members.len())
}

/// What the totals need of one benefit's result: a few bytes, kept instead
/// of the whole result while a chunk is evaluated.
#[derive(Clone, Copy)]
struct Paid {
    id: &'static str,
    period: &'static str,
    status: Status,
    amount: Option<Decimal>,
}

fn paid(out: &Output) -> Vec<Paid> {
    out.benefits.iter().map(|b| Paid { id: b.id, period: b.period, status: b.status, amount: b.amount.map(|m| m.0) }).collect()
}

fn due(b: &Paid) -> Option<Decimal> {
    (b.status == Status::Eligible).then(|| b.amount.unwrap_or(Decimal::ZERO)).filter(|a| *a > Decimal::ZERO)
}

/// A household's yearly total: twelve months of the monthly benefits and the one-time ones.
fn yearly(out: &[Paid]) -> Decimal {
    out.iter().filter_map(|b| due(b).map(|a| if b.period == "monthly" { a * Decimal::from(12) } else { a })).sum()
}

fn add(t: &mut Totals, b: &Paid, w: Decimal) {
    if b.status != Status::Eligible {
        return;
    }
    t.recipients += w;
    if b.amount.is_none() {
        t.amount_unknown += w;
    }
    if let Some(a) = due(b) {
        if b.period == "monthly" {
            t.monthly += a * w;
            t.yearly += a * w * Decimal::from(12);
        } else {
            t.yearly += a * w;
        }
    }
}

/// Runs the population through the baseline and the reform.
pub fn simulate(items: impl Iterator<Item = Lazy> + Send, today: Date, reform: &Arc<Reform>, strict: bool) -> Result<Comparison, Problem> {
    let ids = ukuk_rules::benefit_ids();
    let periods: Vec<&'static str> =
        ids.iter().map(|id| ukuk_rules::benefits::REGISTRY.iter().find(|d| d.id == *id).map_or("monthly", |d| d.period)).collect();
    let mut lines: Vec<Line> = ids
        .iter()
        .zip(&periods)
        .map(|(id, p)| Line { benefit: id, period: p, baseline: Totals::default(), reform: Totals::default() })
        .collect();
    let (mut gainers, mut losers) = (Decimal::ZERO, Decimal::ZERO);
    // (income per person, weight, change): a few dozen bytes a household.
    let mut ranked: Vec<(Decimal, Decimal, Decimal)> = Vec::new();
    let mut households = 0;
    let mut bad = Vec::new();
    let mut bad_count = 0;
    // As in `batch::run_with`: chunks on every core, handed on in order.
    let work = |chunk: Vec<batch::Lazy>| -> Vec<_> {
        chunk
            .into_iter()
            .map(|f| {
                let item = f(today);
                // Read once, evaluated twice: the baseline exactly as
                // `batch` evaluates it, and the reform.
                match item.household {
                    Ok(h) => {
                        let lean = || ukuk_rules::output::with_lean(|| ukuk_rules::evaluate_household(&h));
                        let outcome = Ok((paid(&lean()), paid(&ukuk_rules::reform::with(reform, lean))));
                        (income_per_person(&h), item.weight, outcome)
                    }
                    Err(problems) => (Decimal::ZERO, item.weight, Err(BadRow { place: item.place, id: item.id, problems })),
                }
            })
            .collect()
    };
    batch::in_order(items, work, |results| -> Result<(), Problem> {
        for (income, w, outcome) in results {
            match outcome {
                Ok((b, n)) => {
                    households += 1;
                    for line in lines.iter_mut() {
                        if let Some(x) = b.iter().find(|x| x.id == line.benefit) {
                            add(&mut line.baseline, x, w);
                        }
                        if let Some(x) = n.iter().find(|x| x.id == line.benefit) {
                            add(&mut line.reform, x, w);
                        }
                    }
                    let change = yearly(&n) - yearly(&b);
                    if change > Decimal::ZERO {
                        gainers += w;
                    } else if change < Decimal::ZERO {
                        losers += w;
                    }
                    ranked.push((income, w, change));
                }
                Err(row) => {
                    if strict {
                        return Err(Problem::Strict(Box::new(row)));
                    }
                    bad_count += 1;
                    if bad.len() < batch::BAD_KEPT {
                        bad.push(row);
                    }
                }
            }
        }
        Ok(())
    })?;
    Ok(Comparison {
        title: reform.title.clone(),
        date: today,
        households,
        lines,
        gainers,
        losers,
        deciles: deciles(ranked),
        bad,
        bad_count,
    })
}

/// Ten groups of equal weight by income per person, poorest first.
fn deciles(mut ranked: Vec<(Decimal, Decimal, Decimal)>) -> Vec<Decile> {
    ranked.sort_by_key(|r| r.0);
    let total: Decimal = ranked.iter().map(|r| r.1).sum();
    let mut out: Vec<Decile> = Vec::new();
    if total <= Decimal::ZERO {
        return out;
    }
    let mut acc = Decimal::ZERO;
    let (mut weight, mut change, mut top) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut decile = 1u32;
    for (income, w, c) in ranked {
        acc += w;
        weight += w;
        change += c * w;
        top = income;
        // A household goes to the decile its cumulative weight ends in.
        if acc * Decimal::from(10) >= total * Decimal::from(decile) && decile < 10 {
            out.push(Decile { decile, income_up_to: top, households: weight, mean_change: mean(change, weight) });
            decile += 1;
            weight = Decimal::ZERO;
            change = Decimal::ZERO;
        }
    }
    if weight > Decimal::ZERO || out.len() < 10 {
        out.push(Decile { decile, income_up_to: top, households: weight, mean_change: mean(change, weight) });
    }
    out
}

fn mean(sum: Decimal, weight: Decimal) -> Decimal {
    if weight > Decimal::ZERO {
        (sum / weight).round_dp(2)
    } else {
        Decimal::ZERO
    }
}

fn totals(t: &Totals) -> Value {
    json!({"recipients": t.recipients.round_dp(4).to_string(), "amount_unknown": t.amount_unknown.round_dp(4).to_string(), "monthly": t.monthly.round_dp(2).to_string(), "yearly": t.yearly.round_dp(2).to_string()})
}

/// The comparison as JSON (`ukuk simulate --json`, Python `simulate`).
pub fn comparison_json(c: &Comparison) -> String {
    let v = json!({
        "title": c.title,
        "date": c.date.to_string(),
        "households": c.households,
        "benefits": c.lines.iter().map(|l| json!({"id": l.benefit, "period": l.period, "baseline": totals(&l.baseline), "reform": totals(&l.reform)})).collect::<Vec<_>>(),
        "gainers": c.gainers.round_dp(4).to_string(),
        "losers": c.losers.round_dp(4).to_string(),
        "deciles": c.deciles.iter().map(|d| json!({"decile": d.decile, "income_up_to": d.income_up_to.round_dp(2).to_string(), "households": d.households.round_dp(4).to_string(), "mean_change": d.mean_change.to_string()})).collect::<Vec<_>>(),
        "bad_rows": c.bad_count,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}
