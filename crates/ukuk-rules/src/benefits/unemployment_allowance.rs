//! The unemployment allowance: eligibility, start and end; the amount is not
//! published, so it is reported as not determinable, never invented.

use super::{pass_if, Def, Draft};
use crate::input::{Household, Status as Residence, Unemployment};
use crate::output::{status_of, Benefit, Detail, Money, Outcome, Reason, Status, Value};
use crate::params::data::unemployment_allowance as rules;
use crate::params::data::unemployment_allowance::rule;

pub const ID: &str = "unemployment_allowance";

/// The benefit in the registry.
pub static DEF: Def = Def {
    id: ID,
    period: "monthly",
    evaluate,
    rules: &rules::INFO,
    also_reads: &[],
    combination_unpublished_with: &[],
    not_with: None,
    reads: &["members", "unemployment"],
};

pub fn evaluate(h: &Household) -> Benefit {
    let mut reasons = crate::output::reasons_list();
    let mut period = None;
    let Some(u) = &h.unemployment else {
        reasons.push(Reason::new(rule::QUESTIONS_ANSWERED, Outcome::Unknown, Detail::new().with("missing", "unemployment")));
        return finish(Status::NeedsInformation, None, reasons);
    };
    let reg = u.registered_on;
    let values = (|| {
        Some((
            rules::MIN_AGE.at(reg)?.value,
            rules::INSURED_MONTHS_REQUIRED.at(reg)?.value,
            rules::RECORD_WINDOW_MONTHS.at(reg)?.value,
            rules::START_DAY_AFTER_REGISTRATION.at(reg)?.value,
            rules::MAX_PAID_MONTHS.at(reg)?.value,
            rules::MAX_PAID_WINDOW_MONTHS.at(reg)?.value,
        ))
    })();
    let Some((min_age, required, window, start_day, max_months, max_window)) = values else {
        reasons.push(Reason::new(rule::QUESTIONS_ANSWERED, Outcome::Unknown, Detail::new().with("registered_on", reg)));
        return finish(Status::NeedsInformation, None, reasons);
    };
    let Some(m) = h.members.get(u.member) else {
        reasons.push(Reason::new(rule::QUESTIONS_ANSWERED, Outcome::Unknown, Detail::new().with("missing", "unemployment")));
        return finish(Status::NeedsInformation, None, reasons);
    };
    let member = || Detail::new().with("member", &m.id);

    let citizen = match &m.status {
        Some(Residence::Citizen) => Outcome::Pass,
        Some(Residence::Foreign { .. }) => Outcome::Fail,
        // The handbook names citizens; for kairylmans and unstated status the employment office decides.
        Some(Residence::Kairylman) | None => Outcome::Unknown,
    };
    let status_name = match &m.status {
        Some(Residence::Citizen) => "citizen",
        Some(Residence::Kairylman) => "kairylman",
        Some(Residence::Foreign { .. }) => "foreign",
        None => "unknown",
    };
    reasons.push(Reason::new(rule::CITIZEN, citizen, member().with("status", status_name)));

    let age = m.birth_date.years_until(reg);
    reasons.push(Reason::new(rule::MIN_AGE, pass_if(age >= min_age as i32), member().with("age", age).with("min_age", min_age)));

    reasons.push(Reason::new(
        rule::NO_REGISTRATION_BAR,
        pass_if(u.registration_bars.is_empty()),
        member().with("bars", u.registration_bars.clone()),
    ));

    reasons.push(Reason::new(
        rule::NOT_FIRST_TIME_OR_LONG_BREAK,
        pass_if(!u.first_time_job_seeker && !u.break_over_two_years),
        member().with("first_time_job_seeker", u.first_time_job_seeker).with("break_over_two_years", u.break_over_two_years),
    ));

    reasons.push(insured_record(u, required, window, member()));

    let remaining = max_months.saturating_sub(u.months_paid_last_36);
    reasons.push(Reason::new(
        rule::MONTHS_LEFT,
        pass_if(remaining > 0),
        member()
            .with("paid_months", u.months_paid_last_36)
            .with("max_months", max_months)
            .with("window_months", max_window)
            .with("remaining_months", remaining),
    ));

    let status = status_of(reasons.iter().map(Reason::outcome));
    if status != Status::NotEligible {
        // Lines 1004-1008: from the 11th day after registration, which is
        // also "the first day of recognition" of lines 1016-1018 (see the
        // note of start_day_after_registration). Lines 1020-1027: with the
        // average wage kept after dismissal, from the day after it ends.
        let (start, basis) = match u.severance_until {
            Some(s) => (s.add_days(1), "after_severance"),
            None => (reg.add_days(start_day as i32 - 1), "day_after_registration"),
        };
        let end = start.add_months(remaining as i32).add_days(-1);
        let mut d =
            member().with("registered_on", reg).with("start_day", start_day).with("basis", basis).with("starts", start).with("ends", end);
        if let Some(s) = u.severance_until {
            d = d.with("severance_until", s);
        }
        let start_p = rules::START_DAY_AFTER_REGISTRATION.at(reg);
        reasons.push(Reason::new(rule::START, Outcome::Pass, d).cite(&start_p.map(|p| &p.basis).into_iter().collect::<Vec<_>>()));
        period = Some((start, end));
        let mut d = member();
        if let Some(b) = rules::PRESS_REPORTED_BASE.at(h.date) {
            d = d.with("press_reported_base", Money(b.value));
        }
        if let Some(a) = rules::PRESS_REPORTED_AVERAGE.at(h.date) {
            d = d.with("press_reported_average", Money(a.value));
        }
        reasons.push(Reason::new(rule::AMOUNT_NOT_PUBLISHED, Outcome::Pass, d));
    }
    finish(status, period, reasons)
}

fn finish(status: Status, period: Option<(crate::date::Date, crate::date::Date)>, reasons: Vec<Reason>) -> Benefit {
    let mut d = Draft::with_reasons(&DEF, reasons);
    d.period = period;
    // No published scale: the amount is never computed.
    let amount = if status == Status::NotEligible { Some(Money(rust_decimal::Decimal::ZERO)) } else { None };
    d.finish_with(status, amount)
}

/// Lines 963-969 and 996-1003: at least 12 months of insured record in the
/// 3 years before applying, *unbroken* (line 1000, «үзгүлтүксүз»). A record
/// stated as broken fails; one whose continuity is not stated passes on the
/// count, and the reason says the months must be unbroken (`continuous`
/// null). A full window (36 of 36 months) is unbroken by itself.
fn insured_record(u: &Unemployment, required: u32, window: u32, d: Detail) -> Reason {
    let enough = u.insured_months_last_36 >= required;
    let continuous = if u.insured_months_last_36 >= window { Some(true) } else { u.insured_record_continuous };
    let d = d
        .with("insured_months", u.insured_months_last_36)
        .with("required_months", required)
        .with("window_months", window)
        .with("shortfall", required.saturating_sub(u.insured_months_last_36))
        .with("continuous", continuous.map_or(Value::Code("not_stated"), Value::Bool));
    Reason::new(rule::INSURED_RECORD, pass_if(enough && continuous != Some(false)), d)
}
