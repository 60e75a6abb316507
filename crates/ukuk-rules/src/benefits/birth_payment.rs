//! «Балага сүйүнчү»: the one-time payment at a child's birth.

use rust_decimal::Decimal;

use super::{amount_for, coverage, coverage_outcome, covered_in_state_support, pass_if, Def, Draft};
use crate::input::{ApplicantRole, Birth, Household, Status as Residence};
use crate::output::{Benefit, BirthResult, Detail, MemberAmount, Money, Outcome, Reason, Reasons, Status};
use crate::params::data::birth_payment as rules;
use crate::params::data::birth_payment::rule;

pub const ID: &str = "birth_payment";

/// The other rules files it reads.
const ALSO_READS: &[&crate::params::FileInfo] = &[&crate::params::data::shared::INFO];

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
    reads: &["members", "births"],
};

pub fn evaluate(h: &Household) -> Benefit {
    let mut reasons = Reasons::new();
    let lean = reasons.is_lean();
    let mut per_birth = if lean { Vec::new() } else { Vec::with_capacity(h.births.len()) };
    let mut per_member: Vec<MemberAmount> = Vec::new();
    let mut conditions = Vec::new();
    // The benefit's status: any birth paid, else any undecided, else none.
    let (mut any_eligible, mut any_unknown) = (false, false);
    let mut total = Decimal::ZERO;

    if h.births.is_empty() {
        reasons.add(rule::HAS_BIRTH, Outcome::Fail, || Detail::new().with("births", 0usize));
    }
    for (i, b) in h.births.iter().enumerate() {
        let part = reasons.begin_part();
        let result = evaluate_birth(h, i, b, &mut conditions, &mut reasons);
        reasons.end_part(part);
        any_unknown |= result.status == Status::NeedsInformation;
        any_eligible |= result.status == Status::Eligible;
        let paid = result.amount.filter(|_| result.status == Status::Eligible);
        if let Some(Money(a)) = paid {
            total += a;
        }
        // A population reads the benefit's status and total only.
        if lean {
            continue;
        }
        if let (Some(Money(a)), Some(applicant)) = (paid, b.applicant.and_then(|a| h.members.get(a))) {
            let id = &applicant.id;
            match per_member.iter_mut().find(|m| m.member == *id) {
                Some(m) => m.amount.0 += a,
                None => per_member.push(MemberAmount {
                    member: id.clone(),
                    amount: Money(a),
                    category: None,
                    other_categories: vec![],
                    breadwinner_supplement: None,
                }),
            }
        }
        per_birth.push(result);
    }

    let status = if any_eligible {
        Status::Eligible
    } else if any_unknown {
        Status::NeedsInformation
    } else {
        Status::NotEligible
    };
    let mut d = Draft::with_reasons(&DEF, reasons);
    if let Some(e) = d.more() {
        e.per_member = per_member;
        e.per_birth = per_birth;
    }
    d.conditions = conditions;
    d.finish(status, total)
}

/// One birth's rules, into `reasons` (a part of them: its status is the birth's).
fn evaluate_birth(h: &Household, i: usize, b: &Birth, conditions: &mut Vec<&'static str>, reasons: &mut Reasons) -> BirthResult {
    let base = || Detail::new().with("birth", i).with("birth_date", b.date);

    // Born on or after the start of the payment.
    let start = rules::BORN_FROM.at(h.date).map(|p| p.value);
    let born_ok = start.is_some_and(|s| b.date >= s);
    reasons.add(rule::BORN_ON_OR_AFTER_START, pass_if(born_ok), || {
        let d = base();
        match start {
            Some(s) => d.with("start_date", s),
            None => d,
        }
    });

    // Not a child under full state support.
    reasons.add(rule::NOT_FULL_STATE_SUPPORT, pass_if(!b.full_state_support), base);

    applicant_reasons(h, b, base, conditions, reasons);

    // The six-month window.
    let months = rules::APPLICATION_WINDOW_MONTHS.at(b.date).or(rules::APPLICATION_WINDOW_MONTHS.at(h.date)).map_or(0, |p| p.value);
    let deadline = b.date.add_months(months as i32);
    let outcome = match b.application_date {
        Some(a) => pass_if(a <= deadline),
        None if h.date <= deadline => Outcome::Pass,
        // Not applied yet: a claim made on the calculation date comes too late.
        None => Outcome::Fail,
    };
    reasons.add(rule::APPLIED_WITHIN_WINDOW, outcome, || {
        let d = base().with("window_months", months).with("deadline", deadline);
        match b.application_date {
            Some(a) => d.with("application_date", a).with("days_late", (deadline.days_until(a)).max(0)),
            None if h.date <= deadline => d.with("days_left", h.date.days_until(deadline)),
            None => d.with("missing", "application_date").with("days_late", deadline.days_until(h.date)),
        }
    });

    // The amount, by the rules in force on the day of birth.
    let regular = rules::AMOUNT_PER_CHILD.at(b.date);
    let multiple_min = rules::MULTIPLE_BIRTH_MIN_CHILDREN.at(b.date).map(|p| p.value);
    let multiple = rules::MULTIPLE_BIRTH_AMOUNT_PER_CHILD.at(b.date);
    let per_child = match (multiple_min, multiple) {
        (Some(min), Some(amount)) if b.children >= min => Some(amount),
        _ => regular,
    };
    let amount = per_child.map(|p| p.value * Decimal::from(b.children));
    if let (Some(period), Some(total)) = (per_child, amount) {
        reasons.add_cited(rule::AMOUNT, Outcome::Pass, &[&period.basis], || {
            let mut d = base().with("children", b.children).with("amount_per_child", Money(period.value)).with("total", Money(total));
            if let Some(min) = multiple_min {
                d = d.with("multiple_birth_min_children", min);
            }
            if let Some(first) = rules::MULTIPLE_BIRTH_AMOUNT_PER_CHILD.periods.first() {
                d = d.with("multiple_birth_from", first.from);
            }
            d
        });
    }

    let status = reasons.status();
    if status == Status::Eligible {
        reasons.push_with(Outcome::Pass, || payout(b, base()));
    }
    BirthResult { birth: i, date: b.date, children: b.children, status, amount: amount.and_then(|a| amount_for(status, a)), deadline }
}

/// Who applies (handbook lines 2057-2080; Law No. 163, art. 3): a parent or a
/// guardian living with the child, or a person with a power of attorney; a
/// citizen, a kairylman, or a citizen of a treaty state with a residence
/// permit; not a person on full state support. A guardian brings the court's
/// decision, a proxy the power of attorney.
fn applicant_reasons(h: &Household, b: &Birth, base: impl Fn() -> Detail, conditions: &mut Vec<&'static str>, reasons: &mut Reasons) {
    let Some(m) = b.applicant.and_then(|a| h.members.get(a)) else {
        reasons.add(rule::APPLICANT_STATUS, Outcome::Unknown, || base().with("missing", "applicant"));
        return;
    };
    // The documents' conditions: for a reader of one result, not for a
    // population (the lean path returns no documents).
    let lean = reasons.is_lean();
    let mut condition = |c: &'static str| {
        if !lean {
            conditions.push(c);
        }
    };
    match &m.status {
        Some(Residence::Kairylman) => condition("kairylman"),
        Some(Residence::Foreign { .. }) => condition("foreign"),
        _ => {}
    }
    let who = || base().with("applicant", &m.id);
    if covered_in_state_support(m) {
        let outcome = coverage_outcome(m, h.date, Outcome::Unknown);
        reasons.push_with(outcome, || coverage(rule::APPLICANT_STATUS, m, h.date, Outcome::Unknown, who()));
    } else {
        reasons.add(rule::APPLICANT_STATUS, Outcome::Fail, || who().with("status", "full_state_support"));
    }
    let role = b.applicant_role;
    match role {
        ApplicantRole::Guardian => condition("guardian"),
        ApplicantRole::Proxy => condition("proxy"),
        ApplicantRole::Parent => {}
    }
    // A proxy acts for a parent or guardian and need not live with the child.
    let lives = b.applicant_lives_with_child;
    reasons.add(rule::APPLICANT_LIVES_WITH_CHILD, pass_if(lives || role == ApplicantRole::Proxy), || {
        who().with("role", role.code()).with("lives_with_child", lives)
    });
}

/// The money reaches the account within two working days of the
/// application and can be collected for at least six months after it
/// (handbook lines 2115-2119).
fn payout(b: &Birth, d: Detail) -> Reason {
    let days = rules::PAYOUT_WORKING_DAYS.at(b.date);
    let months = rules::COLLECTION_MONTHS.at(b.date);
    let mut d = d;
    if let Some(p) = days {
        d = d.with("working_days", p.value);
    }
    if let Some(p) = months {
        d = d.with("collect_months", p.value);
        if let Some(a) = b.application_date {
            d = d.with("collect_until", a.add_months(p.value as i32));
        }
    }
    let cited = [days.map(|p| &p.basis), months.map(|p| &p.basis)];
    Reason::new(rule::PAYOUT, Outcome::Pass, d).cite_found(&cited)
}
