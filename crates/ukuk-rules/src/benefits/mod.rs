//! One module per benefit. Each takes the checked [`Household`] and returns
//! a [`Benefit`] listing every rule it checked.

pub mod birth_payment;
pub mod family_assistance;
pub mod livestock;
pub mod social_benefit;
pub mod unemployment_allowance;

use crate::date::Date;
use crate::input::{Household, Member, Orphan, Status as Residence};
use crate::output::{Detail, Money, Outcome, Reason, Status};
use crate::params::data::shared;
use crate::params::Rule;

/// A rule that passes when `ok`, and fails otherwise.
pub fn pass_if(ok: bool) -> Outcome {
    if ok {
        Outcome::Pass
    } else {
        Outcome::Fail
    }
}

/// The family members counted for per-capita figures: everyone listed,
/// except people under full state support, whose upkeep the family does not
/// carry (our reading; the handbook excludes such children from payment,
/// lines 2230-2231).
pub fn family_size(h: &Household) -> usize {
    h.members.iter().filter(|m| !m.full_state_support).count()
}

/// Documents of a benefit: the base list, then each conditional list whose
/// condition holds, without repeats.
pub fn documents(
    base: &'static [&'static str],
    conditional: &'static [(&'static str, &'static [&'static str])],
    conditions: &[&str],
) -> Vec<&'static str> {
    let mut docs: Vec<&'static str> = base.to_vec();
    for (cond, list) in conditional {
        if conditions.contains(cond) {
            for d in *list {
                if !docs.contains(d) {
                    docs.push(d);
                }
            }
        }
    }
    docs
}

/// The amount to report: the total when eligible, zero when not, and
/// nothing (`null`) when it cannot be known without more information.
pub fn amount_for(status: Status, total: rust_decimal::Decimal) -> Option<Money> {
    match status {
        Status::Eligible => Some(Money(total)),
        Status::NotEligible => Some(Money(rust_decimal::Decimal::ZERO)),
        Status::NeedsInformation => None,
    }
}

/// Whether the law on state benefits covers a person by residence status
/// (Law No. 163 of 2017-07-28, art. 3(1)): citizens living in the country,
/// kairylmans, and foreign citizens of the treaty states
/// (`shared.treaty_countries`) with a residence permit. `unstated` is the
/// outcome when the input does not give the status (the detail's `status`
/// is then `not_stated`).
/// `d` holds the figures that say whose status it is.
pub fn coverage(rule: Rule, m: &Member, date: Date, unstated: Outcome, d: Detail) -> Reason {
    let countries = shared::TREATY_COUNTRIES.at(date);
    let (outcome, d) = match &m.status {
        None if unstated == Outcome::Unknown => (unstated, d.with("status", "not_stated").with("missing", "status")),
        None => (unstated, d.with("status", "not_stated")),
        Some(Residence::Citizen) => (Outcome::Pass, d.with("status", "citizen")),
        Some(Residence::Kairylman) => (Outcome::Pass, d.with("status", "kairylman")),
        Some(Residence::Foreign { country, residence_permit }) => {
            let list = countries.map_or(&[][..], |p| p.value);
            let listed = list.contains(&country.as_str());
            let d = d
                .with("status", "foreign")
                .with("country", country.clone())
                .with("country_listed", listed)
                .with("residence_permit", *residence_permit)
                .with("countries", list.iter().map(|c| c.to_string()).collect::<Vec<_>>());
            (pass_if(listed && *residence_permit), d)
        }
    };
    let reason = Reason::new(rule, outcome, d);
    match (&m.status, countries) {
        (Some(Residence::Foreign { .. }), Some(p)) => reason.cite(&[&p.basis]),
        _ => reason,
    }
}

/// Whether a person on full state support is still covered by the law on
/// state benefits: only full orphans and children whose parents are both
/// unknown are (Law No. 163, art. 3(2)).
pub fn covered_in_state_support(m: &Member) -> bool {
    !m.full_state_support || matches!(m.orphan, Some(Orphan::Full | Orphan::ParentsUnknown))
}
