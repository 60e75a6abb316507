//! Insurance sums for law-enforcement officers: Law No. 102 of 2019-07-25 on
//! service in law-enforcement bodies, Article 74 (edition of Law No. 31 of
//! 2023-02-16; seed 003, lines 728-766).
//!
//! - [`insured_period`]: the event happens in service, or within one year
//!   after leaving when it follows from harm or illness of the service
//!   period (parts 2, 5, 7); an injury of part 13 only in service;
//! - [`no_exclusion`]: none of part 14 applies;
//! - the sum: the monthly pay of the last post × 12 × 20 (death, part 6) or
//!   × 10 / 8 / 5 (disability group I / II / III, part 7), the difference of
//!   two such sums when the group is raised (part 9) or death follows a
//!   disability (part 10) — [`pay_sum`]; or the post-and-rank salary × 20 /
//!   15 / 10 for an injury that does not end service (part 13, from
//!   2020-01-01) — [`injury_sum`];
//! - [`payer`]: the Social Fund, on the agency's recommendation, or the
//!   agency's own budget for part 13.

use rust_decimal::Decimal;

use super::{pass_if, Def, Draft};
use crate::date::Date;
use crate::input::{Household, Officer};
use crate::output::{Benefit, Detail, Money, Outcome, Reason, Status};
use crate::params::data::officer_insurance as rules;
use crate::params::data::officer_insurance::rule;
use crate::params::Param;

pub const ID: &str = "officer_insurance";

/// The other rules files it reads.
const ALSO_READS: &[&crate::params::FileInfo] = &[];

/// The benefit in the registry.
pub static DEF: Def = Def {
    id: ID,
    period: "once",
    evaluate,
    rules: &rules::INFO,
    also_reads: ALSO_READS,
    verified_until: super::checked_until(&rules::INFO, ALSO_READS),
    combination_unpublished_with: &[],
    not_with: None,
    reads: &["officer"],
};

pub fn evaluate(h: &Household) -> Benefit {
    let mut d = Draft::new(&DEF);
    let Some(o) = &h.officer else {
        d.reasons.push(Reason::new(rule::EVENT, Outcome::Fail, Detail::new().with("missing", "officer")));
        return d.finish(Status::NotEligible, Decimal::ZERO);
    };
    d.condition(match o.event {
        "death" | "death_after_disability" => "death",
        "injury" => "harm",
        _ => "disability",
    });
    if o.event != "death" && o.event != "death_after_disability" {
        d.condition("harm");
    }
    d.reasons.push(insured_period(o));
    d.reasons.push(no_exclusion(o));
    let sum = if o.event == "injury" { injury_sum(o) } else { pay_sum(o) };
    let (reason, total) = sum;
    d.reasons.push(reason);
    let status = d.reasons.status();
    if status != Status::NotEligible {
        d.reasons.push(payer(o));
    }
    d.finish(status, total.unwrap_or(Decimal::ZERO))
}

/// Parts 2 and 5: insured in service, and for one year after it when death
/// or disability follows from harm or illness of the service period; an
/// injury of part 13 is of the service itself.
fn insured_period(o: &Officer) -> Reason {
    // Without the rule in force, no time after service is insured.
    let months = rules::INSURED_AFTER_SERVICE_MONTHS.at(o.event_date).map_or(0, |p| p.value);
    let in_service = o.left_service_on.is_none_or(|left| o.event_date <= left);
    let mut d = Detail::new().with("event", o.event).with("event_date", o.event_date).with("in_service", in_service);
    let outcome = match o.left_service_on {
        None => Outcome::Pass,
        Some(left) if o.event_date <= left => {
            d = d.with("left_service_on", left);
            Outcome::Pass
        }
        Some(left) => {
            let last = left.add_months(months as i32).add_days(-1);
            d = d.with("left_service_on", left).with("insured_until", last);
            if o.event == "injury" || o.event_date > last {
                Outcome::Fail
            } else {
                match o.cause_in_service {
                    Some(true) => Outcome::Pass,
                    Some(false) => Outcome::Fail,
                    None => {
                        d = d.with("missing", "cause_in_service");
                        Outcome::Unknown
                    }
                }
            }
        }
    };
    let r = Reason::new(rule::INSURED_PERIOD, outcome, d);
    match rules::INSURED_AFTER_SERVICE_MONTHS.at(o.event_date) {
        Some(p) => r.cite(&[&p.basis]),
        None => r,
    }
}

/// Part 14: no sum when the event results from the officer's crime, an
/// unlawful act or deliberate harm, intoxication directly linked to it, or
/// self-harm.
fn no_exclusion(o: &Officer) -> Reason {
    Reason::new(rule::NO_EXCLUSION, pass_if(o.exclusions.is_empty()), Detail::new().with("exclusions", o.exclusions.clone()))
}

fn years_of_group(g: u8, date: Date) -> Option<&'static crate::params::Period<u32>> {
    let p: &'static Param<u32> = match g {
        1 => &rules::DISABILITY_YEARS_1,
        2 => &rules::DISABILITY_YEARS_2,
        _ => &rules::DISABILITY_YEARS_3,
    };
    p.at(date)
}

/// Parts 6-10: the monthly pay × 12 × the years of the event; for a group
/// raised, the new group's years less the old's; for death after a
/// disability, 20 years less the disability's.
fn pay_sum(o: &Officer) -> (Reason, Option<Decimal>) {
    let date = o.event_date;
    let mut d = Detail::new().with("event", o.event);
    let (Some(death), Some(per_year)) = (rules::DEATH_YEARS.at(date), rules::MONTHS_PER_YEAR.at(date)) else {
        return (Reason::new(rule::AMOUNT, Outcome::Fail, d.with("event_date", date)), None);
    };
    let Some(pay) = o.monthly_pay else {
        return (Reason::new(rule::AMOUNT, Outcome::Unknown, d.with("missing", "monthly_pay")), None);
    };
    let group = |g: Option<u8>, missing: &'static str| g.ok_or(missing);
    let years: Result<(u32, Vec<&'static crate::params::Basis>), &'static str> = match o.event {
        "death" => Ok((death.value, vec![&death.basis])),
        "disability" => group(o.disability_group, "disability_group")
            .and_then(|g| years_of_group(g, date).map(|p| (p.value, vec![&p.basis])).ok_or("disability_group")),
        "group_raised" => group(o.disability_group, "disability_group").and_then(|new| {
            let old = group(o.previous_group, "previous_group")?;
            let (n, p) = (years_of_group(new, date).ok_or("disability_group")?, years_of_group(old, date).ok_or("previous_group")?);
            Ok((n.value.saturating_sub(p.value), vec![&n.basis, &p.basis]))
        }),
        _ => group(o.disability_group, "disability_group").and_then(|g| {
            let p = years_of_group(g, date).ok_or("disability_group")?;
            Ok((death.value.saturating_sub(p.value), vec![&death.basis, &p.basis]))
        }),
    };
    let (years, mut cite) = match years {
        Ok(x) => x,
        Err(missing) => return (Reason::new(rule::AMOUNT, Outcome::Unknown, d.with("missing", missing)), None),
    };
    cite.push(&per_year.basis);
    if let Some(g) = o.disability_group {
        d = d.with("group", u32::from(g));
    }
    if let Some(g) = o.previous_group {
        d = d.with("previous_group", u32::from(g));
    }
    let amount = pay * Decimal::from(per_year.value) * Decimal::from(years);
    d = d.with("monthly_pay", Money(pay)).with("months", per_year.value).with("years", years).with("amount", Money(amount));
    // A group "raised" to the same or a lower one adds nothing.
    (Reason::new(rule::AMOUNT, pass_if(years > 0), d).cite(&cite), Some(amount))
}

/// Part 13 (from 2020-01-01): an injury in the line of duty that does not
/// end service: the post-and-rank salary × 20 (severe), 15 (moderate) or
/// 10 (light).
fn injury_sum(o: &Officer) -> (Reason, Option<Decimal>) {
    let date = o.event_date;
    let d = Detail::new().with("event_date", date);
    let Some(severity) = o.injury_severity else {
        return (Reason::new(rule::INJURY_AMOUNT, Outcome::Unknown, d.with("missing", "injury_severity")), None);
    };
    let p: &'static Param<u32> = match severity {
        "severe" => &rules::INJURY_TIMES_SEVERE,
        "moderate" => &rules::INJURY_TIMES_MODERATE,
        _ => &rules::INJURY_TIMES_LIGHT,
    };
    let d = d.with("severity", severity);
    let Some(times) = p.at(date) else {
        // Part 13 is in force from 2020-01-01 only.
        let from = p.periods.first().map_or(date, |x| x.from);
        return (Reason::new(rule::INJURY_AMOUNT, Outcome::Fail, d.with("in_force_from", from)), None);
    };
    let Some(salary) = o.post_salary else {
        return (Reason::new(rule::INJURY_AMOUNT, Outcome::Unknown, d.with("missing", "post_salary")), None);
    };
    let amount = salary * Decimal::from(times.value);
    let d = d.with("post_salary", Money(salary)).with("times", times.value).with("amount", Money(amount));
    (Reason::new(rule::INJURY_AMOUNT, Outcome::Pass, d).cite(&[&times.basis]), Some(amount))
}

/// Parts 11, 13 and 15: who pays.
fn payer(o: &Officer) -> Reason {
    let who = if o.event == "injury" { "agency" } else { "social_fund" };
    Reason::new(rule::PAYER, Outcome::Pass, Detail::new().with("payer", who))
}
