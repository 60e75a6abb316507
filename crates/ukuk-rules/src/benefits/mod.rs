//! One module per benefit. Each takes the checked [`Household`] and returns
//! a [`Benefit`] listing every rule it checked.

pub mod birth_payment;
pub mod family_assistance;
pub mod livestock;
pub mod social_benefit;
pub mod unemployment_allowance;

use crate::input::Household;
use crate::output::{Money, Outcome, Status};

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
pub fn documents(base: &'static [&'static str], conditional: &'static [(&'static str, &'static [&'static str])], conditions: &[&str]) -> Vec<&'static str> {
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
