//! «Бийик тоолуу аймактардын жашоочуларына көмөк»: monthly help for the 3rd
//! and each later child under 3, born from 2026-01-01, of families in
//! high-mountain, remote or special border settlements (Cabinet Resolution
//! No. 623 of 2025-10-03, known from the press; rules.md section 8).
//!
//! - [`settlement`]: the family lives in such a settlement (`high_mountain`);
//! - for each child under 3 on the first day paid: [`born_from`] (on or
//!   after 2026-01-01) and [`child_order`] (3rd or later among its mother's
//!   children, as given or, failing that, among the household's children);
//! - the amount: 3 000 som a child, no income test, no regional coefficient;
//! - not together with family assistance: when both are due, the result
//!   shows both amounts and which is larger (see `lib.rs`).

use rust_decimal::Decimal;

use super::{birth_order, child_end, pass_if, per_child_schedule, turns, Def, Draft};
use crate::date::Date;
use crate::input::{Household, Member};
use crate::output::{Benefit, Detail, MemberAmount, Money, Outcome, Reason, Reasons, Status};
use crate::params::data::high_mountain_help as rules;
use crate::params::data::high_mountain_help::rule;

pub const ID: &str = "high_mountain_help";

/// The other rules files it reads.
const ALSO_READS: &[&crate::params::FileInfo] = &[];

/// The benefit in the registry.
pub static DEF: Def = Def {
    id: ID,
    period: "monthly",
    evaluate,
    rules: &rules::INFO,
    also_reads: ALSO_READS,
    verified_until: super::checked_until(&rules::INFO, ALSO_READS),
    combination_unpublished_with: &["bala_yrysy"],
    not_with: Some(("family_assistance", rule::NOT_WITH_FAMILY_ASSISTANCE)),
    reads: &["members", "high_mountain", "members.income", "assets", "region_coefficient", "social_contract_signed_on"],
};

/// The values in force on the first day paid.
struct Values {
    amount: &'static crate::params::Period<Decimal>,
    min_order: &'static crate::params::Period<u32>,
    limit: i32,
    born_from: &'static crate::params::Period<Date>,
}

pub fn evaluate(h: &Household) -> Benefit {
    let mut d = Draft::new(&DEF);
    // Our reading: paid from the 1st of the month after the application.
    let starts = h.date.first_of_next_month();
    let values = (|| {
        Some(Values {
            amount: rules::AMOUNT_PER_CHILD.at(starts)?,
            min_order: rules::MIN_BIRTH_ORDER.at(starts)?,
            limit: rules::CHILD_AGE_LIMIT.at(starts)?.value as i32,
            born_from: rules::BORN_FROM.at(starts)?,
        })
    })();
    let in_force = || {
        let d = Detail::new().with("starts", starts);
        match rules::AMOUNT_PER_CHILD.periods.first() {
            Some(first) => d.with("rules_from", first.from),
            None => d,
        }
    };
    let Some(v) = values else {
        d.reasons.add(rule::RULES_IN_FORCE, Outcome::Fail, in_force);
        return d.finish(Status::NotEligible, Decimal::ZERO);
    };
    d.reasons.add(rule::RULES_IN_FORCE, Outcome::Pass, in_force);
    d.reasons.push_with(pass_if(h.high_mountain), || settlement(h));

    let young: Vec<&Member> = h.members.iter().filter(|m| !m.full_state_support && m.birth_date.under_age(v.limit, starts)).collect();
    d.reasons.add(rule::CHILDREN_UNDER_LIMIT, pass_if(!young.is_empty()), || {
        Detail::new().with("children", young.len()).with("age_limit", v.limit).with("starts", starts)
    });
    let mut paid: Vec<&Member> = Vec::new();
    for c in &young {
        let born = born_from(c, v.born_from, &mut d.reasons);
        let order = child_order(h, c, v.min_order, &mut d.reasons);
        if born && order {
            paid.push(c);
        }
    }
    let status = if !h.high_mountain || paid.is_empty() { Status::NotEligible } else { Status::Eligible };
    if status == Status::NotEligible {
        return d.finish(status, Decimal::ZERO);
    }
    let mut ends = starts;
    for c in &paid {
        let end = child_end(c, v.limit);
        ends = ends.max(end);
        d.reasons.add(rule::START, Outcome::Pass, || Detail::new().with("member", &c.id).with("starts", starts).with("ends", end));
        if let Some(e) = d.more() {
            e.per_member.push(MemberAmount::new(&c.id, v.amount.value));
        }
    }
    if let Some(e) = d.more() {
        let ids: Vec<&str> = paid.iter().map(|c| &*c.id).collect();
        e.schedule =
            per_child_schedule(h, starts, &rules::AMOUNT_PER_CHILD, |m| ids.contains(&&*m.id).then(|| turns(m.birth_date, v.limit)));
    }
    let total = v.amount.value * Decimal::from(paid.len() as u64);
    d.reasons.add_cited(rule::AMOUNT, Outcome::Pass, &[&v.amount.basis], || {
        Detail::new().with("children", paid.len()).with("amount_per_child", Money(v.amount.value)).with("total", Money(total))
    });
    d.period = Some((starts, ends));
    d.finish(status, total)
}

/// The family lives in a high-mountain, remote or special border settlement
/// (the household's `high_mountain`).
fn settlement(h: &Household) -> Reason {
    Reason::new(rule::SETTLEMENT, pass_if(h.high_mountain), Detail::new().with("high_mountain", h.high_mountain))
}

/// Only children born on or after the day the help began (2026-01-01).
fn born_from(c: &Member, from: &'static crate::params::Period<Date>, reasons: &mut Reasons) -> bool {
    let ok = c.birth_date >= from.value;
    reasons.add_cited(rule::BORN_FROM, pass_if(ok), &[&from.basis], || {
        Detail::new().with("member", &c.id).with("birth_date", c.birth_date).with("born_from", from.value)
    });
    ok
}

/// The 3rd and each later child of its mother: the order as given, or read
/// from the household's children (shown as such).
fn child_order(h: &Household, c: &Member, min: &'static crate::params::Period<u32>, reasons: &mut Reasons) -> bool {
    let (order, from) = birth_order(h, c);
    let ok = order >= min.value;
    reasons.add_cited(rule::CHILD_ORDER, pass_if(ok), &[&min.basis], || {
        Detail::new().with("member", &c.id).with("order", order).with("min_order", min.value).with("order_from", from)
    });
    ok
}
