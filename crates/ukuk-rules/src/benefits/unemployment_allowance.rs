//! The unemployment allowance: eligibility, start and end; the amount is not
//! published, so it is reported as not determinable, never invented.

use super::{pass_if, Def, Draft};
use crate::input::{Household, Status as Residence, Unemployment};
use crate::output::{Benefit, Detail, Money, Outcome, Reasons, Status, Value};
use crate::params::data::unemployment_allowance as rules;
use crate::params::data::unemployment_allowance::rule;

pub const ID: &str = "unemployment_allowance";

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
    combination_unpublished_with: &[],
    not_with: None,
    reads: &["members", "unemployment"],
};

pub fn evaluate(h: &Household) -> Benefit {
    let mut reasons = Reasons::new();
    let mut period = None;
    let Some(u) = &h.unemployment else {
        reasons.add(rule::QUESTIONS_ANSWERED, Outcome::Unknown, || Detail::new().with("missing", "unemployment"));
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
        reasons.add(rule::QUESTIONS_ANSWERED, Outcome::Unknown, || Detail::new().with("registered_on", reg));
        return finish(Status::NeedsInformation, None, reasons);
    };
    let Some(m) = h.members.get(u.member) else {
        reasons.add(rule::QUESTIONS_ANSWERED, Outcome::Unknown, || Detail::new().with("missing", "unemployment"));
        return finish(Status::NeedsInformation, None, reasons);
    };
    let member = || Detail::new().with("member", &m.id);

    let citizen = match &m.status {
        Some(Residence::Citizen) => Outcome::Pass,
        Some(Residence::Foreign { .. }) => Outcome::Fail,
        // The handbook names citizens; for kairylmans and unstated status the employment office decides.
        Some(Residence::Kairylman) | None => Outcome::Unknown,
    };
    reasons.add(rule::CITIZEN, citizen, || {
        let status_name = match &m.status {
            Some(Residence::Citizen) => "citizen",
            Some(Residence::Kairylman) => "kairylman",
            Some(Residence::Foreign { .. }) => "foreign",
            None => "unknown",
        };
        member().with("status", status_name)
    });

    let age = m.birth_date.years_until(reg);
    reasons.add(rule::MIN_AGE, pass_if(age >= min_age as i32), || member().with("age", age).with("min_age", min_age));

    reasons.add(rule::NO_REGISTRATION_BAR, pass_if(u.registration_bars.is_empty()), || member().with("bars", u.registration_bars.clone()));

    reasons.add(rule::NOT_FIRST_TIME_OR_LONG_BREAK, pass_if(!u.first_time_job_seeker && !u.break_over_two_years), || {
        member().with("first_time_job_seeker", u.first_time_job_seeker).with("break_over_two_years", u.break_over_two_years)
    });

    insured_record(u, required, window, member, &mut reasons);

    let remaining = max_months.saturating_sub(u.months_paid_last_36);
    reasons.add(rule::MONTHS_LEFT, pass_if(remaining > 0), || {
        member()
            .with("paid_months", u.months_paid_last_36)
            .with("max_months", max_months)
            .with("window_months", max_window)
            .with("remaining_months", remaining)
    });

    let status = reasons.status();
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
        period = Some((start, end));
        let start_p = rules::START_DAY_AFTER_REGISTRATION.at(reg);
        reasons.add_cited(rule::START, Outcome::Pass, start_p.map(|p| &p.basis).as_slice(), || {
            let d = member()
                .with("registered_on", reg)
                .with("start_day", start_day)
                .with("basis", basis)
                .with("starts", start)
                .with("ends", end);
            match u.severance_until {
                Some(s) => d.with("severance_until", s),
                None => d,
            }
        });
        reasons.add(rule::AMOUNT_NOT_PUBLISHED, Outcome::Pass, || {
            let mut d = member();
            if let Some(b) = rules::PRESS_REPORTED_BASE.at(h.date) {
                d = d.with("press_reported_base", Money(b.value));
            }
            if let Some(a) = rules::PRESS_REPORTED_AVERAGE.at(h.date) {
                d = d.with("press_reported_average", Money(a.value));
            }
            d
        });
    }
    finish(status, period, reasons)
}

fn finish(status: Status, period: Option<(crate::date::Date, crate::date::Date)>, reasons: Reasons) -> Benefit {
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
fn insured_record(u: &Unemployment, required: u32, window: u32, d: impl FnOnce() -> Detail, reasons: &mut Reasons) {
    let enough = u.insured_months_last_36 >= required;
    let continuous = if u.insured_months_last_36 >= window { Some(true) } else { u.insured_record_continuous };
    reasons.add(rule::INSURED_RECORD, pass_if(enough && continuous != Some(false)), || {
        d().with("insured_months", u.insured_months_last_36)
            .with("required_months", required)
            .with("window_months", window)
            .with("shortfall", required.saturating_sub(u.insured_months_last_36))
            .with("continuous", continuous.map_or(Value::Code("not_stated"), Value::Bool))
    });
}
