//! «Бала береке»: one-time sums for the 4th and each later child, born from
//! 2026-01-01, paid at the child's first birthday (claims from 2027-01-01), to
//! a mother living in a high-mountain or remote area (Presidential Decree
//! No. 370 of 2024-12-18 and the 2025 amendments to Law No. 163, known from
//! the press; rules.md section 8).
//!
//! - [`settlement`]: the family lives in such an area (`high_mountain`);
//! - for each child under 3: [`born_from`] and [`child_order`] (4th or later);
//! - [`residence`]: the mother's years there, 2 by the later report (applied)
//!   or 6 by the earlier one: a warning when only 2 is met;
//! - [`due`]: the sum by the child's order, due at the first birthday and not
//!   before claims open; no regional coefficient.

use rust_decimal::Decimal;

use super::{birth_order, pass_if, Def, Draft};
use crate::date::Date;
use crate::input::{Household, Member};
use crate::output::{Benefit, Detail, MemberAmount, Money, Outcome, Reason, Reasons, Warning};
use crate::params::data::bala_bereke as rules;
use crate::params::data::bala_bereke::rule;
use crate::params::{Param, Period};

pub const ID: &str = "bala_bereke";

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
    reads: &["members", "high_mountain", "mother_residence_years"],
};

/// The sum for a child by its order: the 4th to the 9th each their own, the
/// 10th and later the last.
static BY_ORDER: &[(u32, &Param<Decimal>)] = &[
    (4, &rules::AMOUNT_4TH),
    (5, &rules::AMOUNT_5TH),
    (6, &rules::AMOUNT_6TH),
    (7, &rules::AMOUNT_7TH),
    (8, &rules::AMOUNT_8TH),
    (9, &rules::AMOUNT_9TH),
    (10, &rules::AMOUNT_10TH_AND_LATER),
];

/// The values in force on the evaluation date.
struct Values {
    min_order: &'static Period<u32>,
    born_from: &'static Period<Date>,
    claims_from: &'static Period<Date>,
    age_paid: u32,
    applied: &'static Period<u32>,
    earlier: &'static Period<u32>,
}

fn values(date: Date) -> Option<Values> {
    Some(Values {
        min_order: rules::MIN_BIRTH_ORDER.at(date)?,
        born_from: rules::BORN_FROM.at(date)?,
        claims_from: rules::CLAIMS_FROM.at(date)?,
        age_paid: rules::AGE_PAID_YEARS.at(date)?.value,
        applied: rules::RESIDENCE_YEARS_APPLIED.at(date)?,
        earlier: rules::RESIDENCE_YEARS_REPORTED_EARLIER.at(date)?,
    })
}

pub fn evaluate(h: &Household) -> Benefit {
    let mut d = Draft::new(&DEF);
    let in_force = || {
        let d = Detail::new().with("date", h.date);
        match rules::MIN_BIRTH_ORDER.periods.first() {
            Some(first) => d.with("rules_from", first.from),
            None => d,
        }
    };
    let Some(v) = values(h.date) else {
        d.reasons.add(rule::RULES_IN_FORCE, Outcome::Fail, in_force);
        return d.finish(crate::output::Status::NotEligible, Decimal::ZERO);
    };
    d.reasons.add(rule::RULES_IN_FORCE, Outcome::Pass, in_force);
    d.reasons.push_with(pass_if(h.high_mountain), || settlement(h));
    // The children it may concern: those not on full state support whose
    // first birthday (the day it is paid) is not before the scheme began.
    // The first birthday is on or after `born_from` when the child is still
    // under that age the day before it.
    let before_scheme = v.born_from.value.add_days(-1);
    let young: Vec<&Member> =
        h.members.iter().filter(|m| !m.full_state_support && m.birth_date.under_age(v.age_paid as i32, before_scheme)).collect();
    let mut due_children = Vec::new();
    for c in &young {
        let born = born_from(c, v.born_from, &mut d.reasons);
        let (order, order_ok) = child_order(h, c, v.min_order, &mut d.reasons);
        if born && order_ok {
            due_children.push((*c, order));
        }
    }
    if young.is_empty() {
        d.reasons.push(Reason::new(
            rule::YOUNG_CHILDREN,
            Outcome::Fail,
            Detail::new().with("children", 0usize).with("born_from", v.born_from.value),
        ));
    }
    if !due_children.is_empty() && h.high_mountain {
        let (r, warning) = residence(h, &v);
        d.reasons.push(r);
        if let Some(e) = d.more() {
            e.warnings.extend(warning);
        }
    }
    let mut total = Decimal::ZERO;
    let mut first_due: Option<Date> = None;
    for (c, order) in &due_children {
        if let Some((r, amount, when)) = due(c, *order, &v) {
            total += amount;
            first_due = Some(first_due.map_or(when, |f| f.min(when)));
            if let Some(e) = d.more() {
                e.per_member.push(MemberAmount::new(&c.id, amount));
            }
            d.reasons.push(r);
        }
    }
    let status = d.reasons.status();
    if status == crate::output::Status::Eligible {
        d.period = first_due.map(|f| (f, f));
    }
    d.finish(status, total)
}

/// The mother lives in a high-mountain or remote area (`high_mountain`).
fn settlement(h: &Household) -> Reason {
    Reason::new(rule::SETTLEMENT, pass_if(h.high_mountain), Detail::new().with("high_mountain", h.high_mountain))
}

/// Only children born on or after 2026-01-01.
fn born_from(c: &Member, from: &'static Period<Date>, reasons: &mut Reasons) -> bool {
    let ok = c.birth_date >= from.value;
    reasons.add_cited(rule::BORN_FROM, pass_if(ok), &[&from.basis], || {
        Detail::new().with("member", &c.id).with("birth_date", c.birth_date).with("born_from", from.value)
    });
    ok
}

/// The 4th and each later child of its mother (the order as given, or read
/// from the household's children).
fn child_order(h: &Household, c: &Member, min: &'static Period<u32>, reasons: &mut Reasons) -> (u32, bool) {
    let (order, from) = birth_order(h, c);
    let ok = order >= min.value;
    reasons.add_cited(rule::CHILD_ORDER, pass_if(ok), &[&min.basis], || {
        Detail::new().with("member", &c.id).with("order", order).with("min_order", min.value).with("order_from", from)
    });
    (order, ok)
}

/// The mother's years in the area: the later report asks 2 (applied), the
/// earlier 6. Not given, the calculator asks; met only by the later
/// reading, it warns.
fn residence(h: &Household, v: &Values) -> (Reason, Option<Warning>) {
    let (applied, earlier) = (v.applied.value, v.earlier.value);
    let d = Detail::new().with("required_years", applied).with("earlier_report_years", earlier);
    let cite = [&v.applied.basis, &v.earlier.basis];
    match h.mother_residence_years {
        None => (Reason::new(rule::RESIDENCE, Outcome::Unknown, d.with("missing", "mother_residence_years")).cite(&cite), None),
        Some(y) => {
            let only_later = y >= applied && y < earlier;
            let warning = only_later.then(|| Warning {
                code: "residence_readings_differ",
                detail: Detail::new()
                    .with("benefit", ID)
                    .with("years", y)
                    .with("required_years", applied)
                    .with("earlier_report_years", earlier),
            });
            (
                Reason::new(rule::RESIDENCE, pass_if(y >= applied), d.with("years", y).with("only_later_reading", only_later)).cite(&cite),
                warning,
            )
        }
    }
}

/// The sum for the child's order, due at the child's first birthday, and
/// not before claims open (2027-01-01).
fn due(c: &Member, order: u32, v: &Values) -> Option<(Reason, Decimal, Date)> {
    let (_, param) = BY_ORDER.iter().rev().find(|(n, _)| order >= *n)?;
    let birthday = c.birth_date.add_months(12 * v.age_paid as i32);
    let p = param.at(birthday.max(c.birth_date))?;
    let when = birthday.max(v.claims_from.value);
    let d = Detail::new()
        .with("member", &c.id)
        .with("order", order)
        .with("amount", Money(p.value))
        .with("first_birthday", birthday)
        .with("claims_from", v.claims_from.value)
        .with("due", when);
    Some((Reason::new(rule::DUE, Outcome::Pass, d).cite(&[&p.basis, &v.claims_from.basis]), p.value, when))
}
