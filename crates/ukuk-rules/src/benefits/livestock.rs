//! Livestock conversion into small-livestock units (МММ).

use rust_decimal::Decimal;

use crate::date::Date;
use crate::output::{units_string, Livestock};
use crate::params::data::livestock;

pub struct Conversion<'a> {
    /// Units of the animals that have a rate.
    pub units: Decimal,
    /// Where the table comes from.
    pub basis: &'static crate::params::Basis,
    /// Animals with no rate (never counted as zero: the verdict may depend
    /// on them), named as the household names them.
    pub unconverted: Vec<&'a str>,
}

/// Converts head counts with the table in force on `date`; `None` if no table is.
pub fn convert(animals: &[(String, u64)], date: Date) -> Option<Conversion<'_>> {
    let period = livestock::UNITS.at(date)?;
    let table = period.value;
    let mut units = Decimal::ZERO;
    let mut unconverted = Vec::new();
    for (name, count) in animals {
        match table.iter().find(|(a, _)| crate::short::same(a, name)) {
            Some((_, rate)) => units += *rate * Decimal::from(*count),
            None => unconverted.push(name.as_str()),
        }
    }
    Some(Conversion { units, basis: &period.basis, unconverted })
}

/// The `livestock` section of the output.
pub fn summary(animals: &[(String, u64)], family_size: usize, date: Date) -> Livestock {
    let conv = convert(animals, date);
    let units = conv.as_ref().map_or(Decimal::ZERO, |c| c.units);
    let unconverted = match conv {
        Some(c) => c.unconverted.into_iter().map(String::from).collect(),
        None => animals.iter().map(|(n, _)| n.clone()).collect(),
    };
    let per_member = (family_size > 0).then(|| crate::output::decimal_text(crate::output::share(units, family_size as u64, false)));
    // The limit of family assistance's asset test, beside the figures.
    let limit = crate::params::data::family_assistance::LIVESTOCK_UNITS_LIMIT_PER_MEMBER.at(date).map(|p| p.value);
    let over_limit = limit.filter(|_| family_size > 0).map(|l| units > l * Decimal::from(family_size as u64));
    Livestock { units: units_string(units), per_member, unconverted, limit_per_member: limit.map(units_string), over_limit }
}
