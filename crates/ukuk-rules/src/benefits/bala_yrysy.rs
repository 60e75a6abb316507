//! «Бала ырысы»: a monthly payment for every child under 3, whatever the
//! family's income, from 2026-07-01 (presidential decree of 2026-03-06,
//! known from the press; rules.md section 8).
//!
//! - [`in_force`]: the payment exists in the first month paid;
//! - [`children_under_limit`]: the children under 3 (not on full state
//!   support, like every benefit of the law on state benefits);
//! - each child from the 1st of the month after the application to the end
//!   of the month in which the child turns 3 ([`super::child_end`]: a month
//!   is paid when the child is under 3 on its first day);
//! - the amount: the rate per child, no regional coefficient.

use rust_decimal::Decimal;

use super::{child_end, pass_if, per_child_schedule, turns, Def, Draft};
use crate::date::Date;
use crate::input::{Household, Member};
use crate::output::{Benefit, Detail, MemberAmount, Money, Outcome, Reason, Status};
use crate::params::data::bala_yrysy as rules;
use crate::params::data::bala_yrysy::rule;

pub const ID: &str = "bala_yrysy";

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
    combination_unpublished_with: &["family_assistance"],
    not_with: None,
    reads: &["members"],
};

pub fn evaluate(h: &Household) -> Benefit {
    let mut d = Draft::new(&DEF);
    // Our reading: paid from the 1st of the month after the application.
    let starts = h.date.first_of_next_month();
    let (Some(rate), Some(limit_p)) = (rules::AMOUNT_PER_CHILD.at(starts), rules::CHILD_AGE_LIMIT.at(starts)) else {
        d.reasons.push_with(Outcome::Fail, || in_force(starts, false));
        return d.finish(Status::NotEligible, Decimal::ZERO);
    };
    d.reasons.push_with(Outcome::Pass, || in_force(starts, true));
    let limit = limit_p.value as i32;
    let under = |m: &Member, day: Date| !m.full_state_support && m.birth_date.under_age(limit, day);
    let children = h.members.iter().filter(|m| under(m, starts)).count();
    d.reasons.push_with(pass_if(children > 0), || children_under_limit(children, limit_p, starts));
    if children == 0 {
        return d.finish(Status::NotEligible, Decimal::ZERO);
    }
    let mut ends = starts;
    for c in h.members.iter().filter(|m| under(m, starts)) {
        let end = child_end(c, limit);
        ends = ends.max(end);
        d.reasons.add(rule::START, Outcome::Pass, || Detail::new().with("member", &c.id).with("starts", starts).with("ends", end));
        if let Some(e) = d.more() {
            e.per_member.push(MemberAmount::new(&c.id, rate.value));
        }
    }
    if let Some(e) = d.more() {
        e.schedule =
            per_child_schedule(h, starts, &rules::AMOUNT_PER_CHILD, |m| (!m.full_state_support).then(|| turns(m.birth_date, limit)));
    }
    let total = rate.value * Decimal::from(children as u64);
    d.reasons.add_cited(rule::AMOUNT, Outcome::Pass, &[&rate.basis], || {
        Detail::new().with("children", children).with("amount_per_child", Money(rate.value)).with("total", Money(total))
    });
    d.period = Some((starts, ends));
    d.finish(Status::Eligible, total)
}

/// The payment exists from 2026-07-01: it is in force when the first month
/// paid starts on or after that day.
fn in_force(starts: Date, ok: bool) -> Reason {
    let mut detail = Detail::new().with("starts", starts);
    if let Some(first) = rules::AMOUNT_PER_CHILD.periods.first() {
        detail = detail.with("rules_from", first.from);
    }
    Reason::new(rule::RULES_IN_FORCE, pass_if(ok), detail)
}

/// Every child under 3 on the first day paid, whatever the family's income.
fn children_under_limit(children: usize, limit: &'static crate::params::Period<u32>, starts: Date) -> Reason {
    Reason::new(
        rule::CHILDREN_UNDER_LIMIT,
        pass_if(children > 0),
        Detail::new().with("children", children).with("age_limit", limit.value).with("starts", starts),
    )
    .cite(&[&limit.basis])
}
