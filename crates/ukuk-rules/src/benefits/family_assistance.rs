//! «Үй-бүлөгө көмөк»: monthly assistance to poor families with children under 16.

use rust_decimal::{Decimal, RoundingStrategy};

use super::{amount_for, documents, family_size, livestock, pass_if};
use crate::input::Household;
use crate::output::{round_money, status_of, units_string, Benefit, Detail, MemberAmount, Money, Outcome, Reason, Status};
use crate::params::data::family_assistance as rules;
use crate::params::data::family_assistance::rule;
use crate::params::data::shared;
use crate::params::data::social_benefit as social;

pub const ID: &str = "family_assistance";

pub fn evaluate(h: &Household) -> Benefit {
    let date = h.date;
    let mut reasons = Vec::with_capacity(16);
    let mut per_member = Vec::new();
    let mut conditions = Vec::new();

    let values = (|| {
        Some((
            shared::GMI.at(date)?,
            rules::AMOUNT_PER_CHILD.at(date)?,
            rules::CHILD_AGE_LIMIT.at(date)?,
            rules::CAR_AGE_LIMIT_YEARS.at(date)?,
            rules::DISQUALIFYING_VEHICLES.at(date)?,
            rules::LIVESTOCK_UNITS_LIMIT_PER_MEMBER.at(date)?,
            rules::GRANT_MONTHS.at(date)?,
            rules::COUNTED_INCOME.at(date)?,
        ))
    })();
    let Some((gmi_p, amount_p, age_p, car_p, heavy_p, stock_p, months_p, counted_p)) = values else {
        let first = rules::AMOUNT_PER_CHILD.periods.first().map(|p| p.from);
        let mut d = Detail::new().with("date", date);
        if let Some(f) = first {
            d = d.with("rules_from", f);
        }
        reasons.push(Reason::new(rule::RULES_IN_FORCE, Outcome::Unknown, d));
        return finish(Status::NeedsInformation, Decimal::ZERO, per_member, None, reasons, conditions);
    };
    let (gmi, amount_per_child, age_limit, car_limit) = (gmi_p.value, amount_p.value, age_p.value, car_p.value);
    let (heavy, stock_limit, months, counted) = (heavy_p.value, stock_p.value, months_p.value, counted_p.value);

    // Children under the age limit, not under full state support.
    let children: Vec<_> = h
        .members
        .iter()
        .filter(|m| m.age < age_limit as i32 && !m.full_state_support)
        .collect();
    let in_state_support: Vec<String> = h
        .members
        .iter()
        .filter(|m| m.age < age_limit as i32 && m.full_state_support)
        .map(|m| m.id.to_string())
        .collect();
    let mut d = Detail::new().with("children", children.len()).with("age_limit", age_limit);
    if !in_state_support.is_empty() {
        d = d.with("in_full_state_support", in_state_support);
    }
    reasons.push(Reason::new(rule::CHILDREN_UNDER_LIMIT, pass_if(!children.is_empty()), d).cite(&[age_p.source]));

    // Income test: per-capita counted income strictly below the GMI.
    let size = family_size(h);
    let total_income: Decimal = h
        .members
        .iter()
        .flat_map(|m| m.income.iter())
        .filter(|(t, _)| counted.contains(t))
        .map(|(_, a)| *a)
        .sum();
    let not_counted: Decimal = h
        .members
        .iter()
        .flat_map(|m| m.income.iter())
        .filter(|(t, _)| !counted.contains(t))
        .map(|(_, a)| *a)
        .sum();
    if size > 0 {
        let members = Decimal::from(size as u64);
        let max_total = gmi * members;
        // Shown to the tyiyn rounded down, never up: 2999.99 / 3 = 999.996…
        // is below a GMI of 1000.00 and must not be shown as "1000.00". The
        // verdict itself compares the exact totals.
        let per_capita = (total_income / members).round_dp_with_strategy(2, RoundingStrategy::ToZero);
        let below = total_income < max_total;
        reasons.push(Reason::new(
            rule::INCOME_BELOW_GMI,
            pass_if(below),
            Detail::new()
                .with("total_income", Money(total_income))
                .with("not_counted_income", Money(not_counted))
                .with("members", size)
                .with("per_capita_income", Money(per_capita))
                .with("gmi", Money(gmi))
                .with("difference", Money((per_capita - gmi).abs()))
                .with("max_total_income", Money(max_total)),
        )
        .cite(&[gmi_p.source]));
    } else {
        reasons.push(
            Reason::new(rule::INCOME_BELOW_GMI, Outcome::Fail, Detail::new().with("members", 0usize).with("gmi", Money(gmi))).cite(&[gmi_p.source]),
        );
    }

    // Vehicles.
    let newest_allowed_year = date.year() - car_limit as i32;
    for (i, v) in h.vehicles.iter().enumerate() {
        let d = Detail::new().with("vehicle", i).with("kind", v.kind).with("year", v.year).with("working", v.working);
        if v.kind == "passenger_car" {
            // Age counting the year of manufacture as the first year.
            let age = date.year() - v.year + 1;
            let bars = v.working && age <= car_limit as i32;
            reasons.push(Reason::new(
                rule::PASSENGER_CAR,
                pass_if(!bars),
                d.with("age_years", age).with("limit_years", car_limit).with("newest_allowed_year", newest_allowed_year),
            )
            .cite(&[car_p.source]));
        } else {
            let bars = v.working && heavy.contains(&v.kind);
            reasons.push(Reason::new(rule::HEAVY_VEHICLE, pass_if(!bars), d).cite(&[heavy_p.source]));
        }
    }

    // Livestock.
    if !h.livestock.is_empty() {
        conditions.push("livestock");
        match livestock::convert(&h.livestock, date) {
            Some(conv) if size > 0 => {
                let members = Decimal::from(size as u64);
                let max_units = stock_limit * members;
                let over = conv.units > max_units;
                let mut per = round_money(conv.units / members);
                per.rescale(2);
                reasons.push(Reason::new(
                    rule::LIVESTOCK_WITHIN_LIMIT,
                    pass_if(!over),
                    Detail::new()
                        .with("units", crate::output::Value::Number(units_string(conv.units)))
                        .with("members", size)
                        .with("per_member", crate::output::Value::Number(per.to_string()))
                        .with("limit_per_member", crate::output::Value::Number(units_string(stock_limit)))
                        .with("max_units", crate::output::Value::Number(units_string(max_units))),
                )
                .cite(&[stock_p.source]));
                if !conv.unconverted.is_empty() {
                    // The verdict depends on them only if the known animals are within the limit.
                    reasons.push(Reason::new(
                        rule::LIVESTOCK_CONVERTIBLE,
                        if over { Outcome::Pass } else { Outcome::Unknown },
                        Detail::new().with("animals", conv.unconverted.clone()),
                    ));
                }
            }
            _ => reasons.push(Reason::new(
                rule::LIVESTOCK_CONVERTIBLE,
                Outcome::Unknown,
                Detail::new().with("animals", h.livestock.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()),
            )),
        }
    }

    // Social contract (Resolution 385): no family assistance for three years after signing.
    if let (Some(signed), Some(years)) = (h.social_contract_signed_on, rules::SOCIAL_CONTRACT_BAR_YEARS.at(date)) {
        let until = signed.add_months(12 * years.value as i32).add_days(-1);
        reasons.push(Reason::new(
            rule::NO_SOCIAL_CONTRACT,
            pass_if(date > until),
            Detail::new().with("signed_on", signed).with("bar_years", years.value).with("bar_until", until),
        ));
    }

    if h.members.iter().any(|m| m.income.iter().any(|(t, _)| *t == "land")) {
        conditions.push("land");
    }
    // An adult under the pension age with no income at all: the office asks
    // for the employment office's certificate (handbook lines 2246-2248).
    let adult = shared::CHILD_AGE_LIMIT.at(date).map(|p| p.value as i32);
    let pension_age = |m: &crate::input::Member| match m.sex {
        crate::input::Sex::Male => social::ELDERLY_AGE_MALE.at(date).map(|p| p.value),
        crate::input::Sex::Female => social::ELDERLY_AGE_FEMALE.at(date).map(|p| p.value),
    };
    if h.members.iter().any(|m| {
        adult.is_some_and(|a| m.age >= a)
            && pension_age(m).is_some_and(|p| m.age < p as i32)
            && m.income.iter().all(|(_, a)| a.is_zero())
    }) {
        conditions.push("unemployed_adult");
    }

    let status = status_of(reasons.iter().map(Reason::outcome));
    let per_child = round_money(amount_per_child * h.region_coefficient);
    let mut total = Decimal::ZERO;
    if status != Status::NotEligible {
        for c in &children {
            total += per_child;
            per_member.push(MemberAmount {
                member: c.id.to_string(),
                amount: Money(per_child),
                category: None,
                other_categories: vec![],
                breadwinner_supplement: None,
            });
        }
        reasons.push(Reason::new(
            rule::AMOUNT,
            Outcome::Pass,
            Detail::new()
                .with("children", children.len())
                .with("amount_per_child", Money(amount_per_child))
                .with("region_coefficient", crate::output::Value::Number(h.region_coefficient.to_string()))
                .with("per_child", Money(per_child))
                .with("total", Money(total)),
        )
        .cite(&[amount_p.source]));
    }
    let starts = date.first_of_next_month();
    let period = (status == Status::Eligible).then(|| (starts, starts.add_months(months as i32).add_days(-1)));
    finish(status, total, per_member, period, reasons, conditions)
}

fn finish(
    status: Status,
    total: Decimal,
    per_member: Vec<MemberAmount>,
    period: Option<(crate::date::Date, crate::date::Date)>,
    reasons: Vec<Reason>,
    conditions: Vec<&'static str>,
) -> Benefit {
    Benefit {
        id: ID,
        status,
        amount: amount_for(status, total),
        period: "monthly",
        per_member,
        starts: period.map(|p| p.0),
        ends: period.map(|p| p.1),
        reasons,
        documents: documents(rules::DOCUMENTS, rules::CONDITIONAL_DOCUMENTS, &conditions),
        where_: rules::WHERE,
        rules_verified_until: rules::VERIFIED_UNTIL.min(shared::VERIFIED_UNTIL),
        per_birth: vec![],
    }
}
