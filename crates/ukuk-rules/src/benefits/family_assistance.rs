//! «Үй-бүлөгө көмөк»: monthly assistance to poor families with children under 16.
//!
//! The family gets it when (handbook lines 1799-1814 and 2130-2311, Law
//! No. 163 on state benefits):
//! - a parent or guardian covered by the law applies ([`covered`], [`applicant`]);
//! - it has children under 16 not on full state support ([`children_under_limit`]);
//! - its counted income per member is below the guaranteed minimum income
//!   ([`income_below_gmi`]);
//! - it has no newer car, no lorry, minibus, tractor or combine in working
//!   order, and no more than 4 small-livestock units per member
//!   ([`vehicles`], [`livestock_test`]);
//! - it signed no social contract in the last three years ([`social_contract`]).
//!
//! Each month of the one-year grant is paid at the rate in force that month
//! ([`schedule`]).

use rust_decimal::Decimal;

use super::{coverage, family_size, livestock, pass_if, Def, Draft};
use crate::date::Date;
use crate::input::{Household, Member, Sex};
use crate::output::{round_money, Benefit, Detail, MemberAmount, Money, MonthPaid, Number, Outcome, Reason, Reasons, Status};
use crate::params::data::family_assistance as rules;
use crate::params::data::family_assistance::rule;
use crate::params::data::shared;
use crate::params::{Codes, Param, Period};

pub const ID: &str = "family_assistance";

/// The other rules files it reads.
const ALSO_READS: &[&crate::params::FileInfo] = &[&crate::params::data::shared::INFO, &crate::params::data::livestock::INFO];

/// The benefit in the registry.
pub static DEF: Def = Def {
    id: ID,
    period: "monthly",
    evaluate,
    rules: &rules::INFO,
    also_reads: ALSO_READS,
    verified_until: super::checked_until(&rules::INFO, ALSO_READS),
    combination_unpublished_with: &[],
    not_with: None,
    reads: &["members", "members.income", "assets", "region_coefficient", "social_contract_signed_on"],
};

/// The values in force on the evaluation date.
struct Values {
    gmi: &'static Period<Decimal>,
    age: &'static Period<u32>,
    car: &'static Period<u32>,
    heavy: &'static Period<Codes>,
    stock: &'static Period<Decimal>,
    months: &'static Period<u32>,
    counted: &'static Period<Codes>,
    not_counted: &'static Period<Codes>,
}

fn values(date: Date) -> Option<Values> {
    Some(Values {
        gmi: shared::GMI.at(date)?,
        age: rules::CHILD_AGE_LIMIT.at(date)?,
        car: rules::CAR_AGE_LIMIT_YEARS.at(date)?,
        heavy: rules::DISQUALIFYING_VEHICLES.at(date)?,
        stock: rules::LIVESTOCK_UNITS_LIMIT_PER_MEMBER.at(date)?,
        months: rules::GRANT_MONTHS.at(date)?,
        counted: rules::COUNTED_INCOME.at(date)?,
        not_counted: rules::NOT_COUNTED_INCOME.at(date)?,
    })
}

pub fn evaluate(h: &Household) -> Benefit {
    let date = h.date;
    let mut reasons = Reasons::new();
    let mut conditions = Vec::new();

    let starts = date.first_of_next_month();
    let (Some(v), Some(first_rate)) = (values(date), rules::AMOUNT_PER_CHILD.at(starts)) else {
        reasons.add(rule::RULES_IN_FORCE, Outcome::Unknown, || {
            let d = Detail::new().with("date", date);
            match rules::AMOUNT_PER_CHILD.periods.first() {
                Some(f) => d.with("rules_from", f.from),
                None => d,
            }
        });
        return finish(Status::NeedsInformation, Decimal::ZERO, vec![], vec![], None, reasons, conditions);
    };
    let age_limit = v.age.value as i32;
    let paid_for = |m: &&Member| m.age < age_limit && !m.full_state_support;
    let children = h.members.iter().filter(paid_for).count();

    covered(h, age_limit, &mut reasons);
    applicant(&mut reasons);
    children_under_limit(h, children, v.age, &mut reasons);
    income_below_gmi(h, &v, &mut reasons);
    vehicles(h, &v, &mut reasons);
    livestock_test(h, &v, &mut reasons, &mut conditions);
    social_contract(h, &mut reasons);
    // The documents are for a reader of one result, not for a population.
    if !reasons.is_lean() {
        document_conditions(h, &mut conditions);
    }

    let status = reasons.status();
    if status == Status::NotEligible {
        return finish(status, Decimal::ZERO, vec![], vec![], None, reasons, conditions);
    }
    let last_day = || starts.add_months(v.months.value as i32).add_days(-1);
    // No population reads the schedule: the lean path leaves it out. A
    // grant not due shows none, and needs it only to explain a change of
    // the rate, which cannot come when no rate begins or ends within it.
    let drawn = !reasons.is_lean() && (status == Status::Eligible || rules::AMOUNT_PER_CHILD.changes_within(starts, last_day()));
    let months = if drawn { schedule(h, starts, v.months.value, children) } else { Vec::new() };
    // The first month paid gives the amount.
    let per_child = round_money(first_rate.value * h.region_coefficient);
    let per_member: Vec<MemberAmount> = if reasons.is_lean() {
        Vec::new()
    } else {
        h.members.iter().filter(paid_for).map(|c| MemberAmount::new(&c.id, per_child)).collect()
    };
    let total = per_child * Decimal::from(children as u64);
    reasons.add_cited(rule::AMOUNT, Outcome::Pass, &[&first_rate.basis], || {
        Detail::new()
            .with("children", children)
            .with("amount_per_child", Money(first_rate.value))
            .with("region_coefficient", Number::AsIs(h.region_coefficient))
            .with("per_child", Money(per_child))
            .with("total", Money(total))
            .with("starts", starts)
    });
    if let Some(r) = schedule_change(&months) {
        reasons.push(r);
    }
    if status == Status::Eligible {
        reasons.push_with(Outcome::Pass, || duties(date));
    }
    let ends = last_day();
    let schedule = if status == Status::Eligible { months.into_iter().map(|(m, _)| m).collect() } else { vec![] };
    finish(status, total, per_member, schedule, (status == Status::Eligible).then_some((starts, ends)), reasons, conditions)
}

/// Law No. 163, art. 3(1): the law covers citizens, kairylmans and citizens
/// of treaty states with a residence permit. The family applies through a
/// parent or guardian: the test passes when an adult of the household is
/// covered (or, in a household of children only, a child is), fails when
/// none is. A status not given is shown as not stated and does not bar.
fn covered(h: &Household, child_limit: i32, reasons: &mut Reasons) {
    let adult_limit = shared::CHILD_AGE_LIMIT.at(h.date).map_or(child_limit, |p| p.value as i32);
    let any_adult = h.members.iter().any(|m| m.age >= adult_limit);
    let counts = |m: &&Member| !any_adult || m.age >= adult_limit;
    let any = h.members.iter().filter(counts).any(|m| super::coverage_outcome(m, h.date, Outcome::Pass) == Outcome::Pass);
    // The reason shown: the first person covered, else the first not, in
    // the order of their ids (unique: `input.rs`), so that the order of the
    // members does not matter; each found as the least id after the last,
    // without a sorted list.
    reasons.push_with(pass_if(any), || {
        let mut last: Option<&str> = None;
        let mut first_fail = None;
        while let Some(m) = h.members.iter().filter(counts).filter(|m| last.is_none_or(|l| &*m.id > l)).min_by(|a, b| a.id.cmp(&b.id)) {
            last = Some(&m.id);
            let r = coverage(rule::COVERED, m, h.date, Outcome::Pass, Detail::new().with("member", &m.id));
            if r.passed {
                return r;
            }
            first_fail.get_or_insert(r);
        }
        first_fail.unwrap_or_else(|| Reason::new(rule::COVERED, Outcome::Fail, Detail::new().with("members", 0usize)))
    });
}

/// Handbook lines 2223-2225: one of the parents, or a guardian, applies. The
/// contract does not say who is whose parent, so this is shown, not checked.
fn applicant(reasons: &mut Reasons) {
    reasons.add(rule::APPLICANT, Outcome::Pass, || Detail::new().with("who", &["parent", "guardian"][..]));
}

/// Handbook lines 1799-1803 and 2231-2232: children under 16; a child on full
/// state support is not paid for.
fn children_under_limit(h: &Household, children: usize, age: &'static Period<u32>, reasons: &mut Reasons) {
    reasons.add_cited(rule::CHILDREN_UNDER_LIMIT, pass_if(children > 0), &[&age.basis], || {
        let in_state_support: Vec<String> =
            h.members.iter().filter(|m| m.age < age.value as i32 && m.full_state_support).map(|m| m.id.to_string()).collect();
        let d = Detail::new().with("children", children).with("age_limit", age.value);
        if in_state_support.is_empty() {
            d
        } else {
            d.with("in_full_state_support", in_state_support)
        }
    });
}

/// Handbook lines 1799-1811 and 2140-2176: the counted monthly income of the
/// family divided by its members is strictly below the guaranteed minimum
/// income. Pensions, state benefits, maternity, funeral and unemployment
/// benefits are not counted. Members on full state support are left out of
/// the family's size (our reading, shown as `left_out`).
fn income_below_gmi(h: &Household, v: &Values, reasons: &mut Reasons) {
    let gmi = v.gmi.value;
    let sum = |list: Codes| -> Decimal {
        h.members.iter().flat_map(|m| m.income.iter()).filter(|(t, _)| crate::short::listed(list, t)).map(|(_, a)| *a).sum()
    };
    let total_income = sum(v.counted.value);
    let size = family_size(h);
    let cite = [&v.gmi.basis, &v.counted.basis, &v.not_counted.basis];
    if size == 0 {
        reasons.add_cited(rule::INCOME_BELOW_GMI, Outcome::Fail, &cite, || Detail::new().with("members", 0usize).with("gmi", Money(gmi)));
        return;
    }
    let members = Decimal::from(size as u64);
    let max_total = gmi * members;
    // The verdict compares the exact totals; the figures are for the reader.
    reasons.add_cited(rule::INCOME_BELOW_GMI, pass_if(total_income < max_total), &cite, || {
        // Shown to the tyiyn rounded down, never up: 2999.99 / 3 = 999.996…
        // is below a GMI of 1000.00 and must not be shown as "1000.00".
        let per_capita = crate::output::share(total_income, size as u64, true);
        let left_out: Vec<String> = h.members.iter().filter(|m| m.full_state_support).map(|m| m.id.to_string()).collect();
        let d = Detail::new()
            .with("total_income", Money(total_income))
            .with("not_counted_income", Money(sum(v.not_counted.value)))
            .with("members", size)
            .with("per_capita_income", Money(per_capita))
            .with("gmi", Money(gmi))
            .with("difference", Money((per_capita - gmi).abs()))
            .with("max_total_income", Money(max_total));
        if left_out.is_empty() {
            d
        } else {
            d.with("left_out", left_out)
        }
    });
}

/// Handbook lines 2181-2190: a passenger car in working order aged 20 years
/// or less, counting its year of manufacture (our reading of a garbled
/// text), or a lorry, minibus, tractor or combine in working order of any
/// age, bars the benefit.
fn vehicles(h: &Household, v: &Values, reasons: &mut Reasons) {
    let limit = v.car.value as i32;
    for (i, x) in h.vehicles.iter().enumerate() {
        let d = || Detail::new().with("vehicle", i).with("kind", x.kind).with("year", x.year).with("working", x.working);
        if x.kind == "passenger_car" {
            let age = h.date.year() - x.year + 1;
            let bars = x.working && age <= limit;
            reasons.add_cited(rule::PASSENGER_CAR, pass_if(!bars), &[&v.car.basis], || {
                d().with("age_years", age).with("limit_years", v.car.value).with("newest_allowed_year", h.date.year() - limit)
            });
        } else {
            let bars = x.working && v.heavy.value.contains(&x.kind);
            reasons.add_cited(rule::HEAVY_VEHICLE, pass_if(!bars), &[&v.heavy.basis], d);
        }
    }
}

/// Handbook lines 2192-2213: livestock converted to small-livestock units,
/// more than 4 per member bars the benefit; an animal without a rate makes
/// the verdict unknown unless the others already exceed the limit.
fn livestock_test(h: &Household, v: &Values, reasons: &mut Reasons, conditions: &mut Vec<&'static str>) {
    if h.livestock.is_empty() {
        return;
    }
    if !reasons.is_lean() {
        conditions.push("livestock");
    }
    let size = family_size(h);
    match livestock::convert(&h.livestock, h.date) {
        Some(conv) if size > 0 => {
            let members = Decimal::from(size as u64);
            let max_units = v.stock.value * members;
            let over = conv.units > max_units;
            reasons.add_cited(rule::LIVESTOCK_WITHIN_LIMIT, pass_if(!over), &[&v.stock.basis, conv.basis], || {
                let per = crate::output::share(conv.units, size as u64, false);
                Detail::new()
                    .with("units", Number::Units(conv.units))
                    .with("members", size)
                    .with("per_member", Number::AsIs(per))
                    .with("limit_per_member", Number::Units(v.stock.value))
                    .with("max_units", Number::Units(max_units))
            });
            if conv.any_unconverted() {
                reasons.add(rule::LIVESTOCK_CONVERTIBLE, if over { Outcome::Pass } else { Outcome::Unknown }, || {
                    Detail::new().with("animals", conv.unconverted().map(String::from).collect::<Vec<_>>())
                });
            }
        }
        _ => reasons.add(rule::LIVESTOCK_CONVERTIBLE, Outcome::Unknown, || {
            Detail::new().with("animals", h.livestock.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>())
        }),
    }
}

/// Cabinet Resolution No. 385 of 2022-07-15: no family assistance for three
/// years after a social contract was signed (to the day before the third
/// anniversary).
fn social_contract(h: &Household, reasons: &mut Reasons) {
    let (Some(signed), Some(years)) = (h.social_contract_signed_on, rules::SOCIAL_CONTRACT_BAR_YEARS.at(h.date)) else {
        return;
    };
    let until = signed.add_months(12 * years.value as i32).add_days(-1);
    reasons.add_cited(rule::NO_SOCIAL_CONTRACT, pass_if(h.date > until), &[&years.basis], || {
        Detail::new().with("signed_on", signed).with("bar_years", years.value).with("bar_until", until)
    });
}

/// Documents beyond the base list: a land certificate for income from land;
/// the employment office's certificate when an adult under the pension age
/// has no income at all (handbook lines 2246-2248).
fn document_conditions(h: &Household, conditions: &mut Vec<&'static str>) {
    if h.members.iter().any(|m| m.income.iter().any(|(t, _)| *t == "land")) {
        conditions.push("land");
    }
    let adult = shared::CHILD_AGE_LIMIT.at(h.date).map(|p| p.value as i32);
    let pension_age = |m: &Member| match m.sex {
        Sex::Male => shared::PENSION_AGE_MALE.at(h.date).map(|p| p.value as i32),
        Sex::Female => shared::PENSION_AGE_FEMALE.at(h.date).map(|p| p.value as i32),
    };
    let workless = |m: &&Member| {
        adult.is_some_and(|a| m.age >= a) && pension_age(m).is_some_and(|p| m.age < p) && m.income.iter().all(|(_, a)| a.is_zero())
    };
    if h.members.iter().any(|m| workless(&m)) {
        conditions.push("unemployed_adult");
    }
}

/// Each month of the grant, from `starts`: the rate in force on the month's
/// first day (rules.md section 8: a grant across 2022-06-01 pays 810 for May
/// and 1 200 from June) for each child counted on the day of application,
/// times the regional coefficient; with the rate's period. A child who turns
/// 16 during the grant is a change the family reports (handbook line 2289)
/// and the office recalculates: the schedule does not guess it.
fn schedule(h: &Household, starts: Date, months: u32, children: usize) -> Vec<(MonthPaid, Option<&'static Period<Decimal>>)> {
    let rate: &Param<Decimal> = &rules::AMOUNT_PER_CHILD;
    let children = Decimal::from(children as u64);
    // The month's amount, computed again only when the rate's period changes.
    let mut last: Option<(Option<&'static Period<Decimal>>, Money)> = None;
    starts
        .months()
        .take(months.min(crate::output::SCHEDULE_MONTHS) as usize)
        .map(|(from, until)| {
            let p = rate.at(from);
            let amount = match last {
                Some((q, amount)) if q.map(std::ptr::from_ref) == p.map(std::ptr::from_ref) => amount,
                _ => {
                    let per_child = round_money(p.map_or(Decimal::ZERO, |p| p.value) * h.region_coefficient);
                    let amount = Money(per_child * children);
                    last = Some((p, amount));
                    amount
                }
            };
            (MonthPaid { from, until, amount }, p)
        })
        .collect()
}

/// When the monthly amount changes during the grant (a new rate), the first
/// change is explained with the rate it brings.
fn schedule_change(months: &[(MonthPaid, Option<&'static Period<Decimal>>)]) -> Option<Reason> {
    let (first, _) = months.first()?;
    let (changed, rate) = months.iter().find(|(m, _)| m.amount != first.amount)?;
    let mut d = Detail::new()
        .with("changes_on", changed.from)
        .with("amount_before", first.amount)
        .with("amount_after", changed.amount)
        .with("months", months.len());
    let mut r = Reason::new(rule::SCHEDULE, Outcome::Pass, Detail::new());
    if let Some(p) = rate {
        d = d.with("amount_per_child", Money(p.value));
        r = r.cite(&[&p.basis]);
    }
    r.detail = d;
    Some(r)
}

/// Handbook lines 2281-2300: changes in income or family are reported within
/// five days; after concealment, payment stops, the overpayment is returned
/// and no application is accepted for 12 months.
fn duties(date: Date) -> Reason {
    let (report, bar) = (rules::REPORT_CHANGES_DAYS.at(date), rules::REAPPLICATION_BAR_MONTHS.at(date));
    let mut d = Detail::new();
    if let Some(p) = report {
        d = d.with("report_within_days", p.value);
    }
    if let Some(p) = bar {
        d = d.with("reapplication_bar_months", p.value);
    }
    Reason::new(rule::DUTIES, Outcome::Pass, d).cite_found(&[report.map(|p| &p.basis), bar.map(|p| &p.basis)])
}

fn finish(
    status: Status,
    total: Decimal,
    per_member: Vec<MemberAmount>,
    schedule: Vec<MonthPaid>,
    period: Option<(Date, Date)>,
    reasons: Reasons,
    conditions: Vec<&'static str>,
) -> Benefit {
    let mut d = Draft::with_reasons(&DEF, reasons);
    if let Some(e) = d.more() {
        e.per_member = per_member;
        e.schedule = schedule;
    }
    d.period = period;
    d.conditions = conditions;
    d.finish(status, total)
}
