//! Livestock conversion into small-livestock units (МММ).

use rust_decimal::Decimal;

use crate::date::Date;
use crate::output::{Livestock, Number};
use crate::params::data::livestock;
use crate::params::Units;

pub struct Conversion<'a> {
    /// Units of the animals that have a rate.
    pub units: Decimal,
    /// Where the table comes from.
    pub basis: &'static crate::params::Basis,
    /// The animals counted.
    animals: &'a [(String, u64)],
    table: Units,
    /// Which of the first 64 animals have no rate (bit `i`: animal `i`),
    /// and whether any has.
    no_rate: u64,
    any_no_rate: bool,
}

impl<'a> Conversion<'a> {
    /// Animals with no rate (never counted as zero: the verdict may depend
    /// on them), named as the household names them, in its order.
    pub fn unconverted(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.animals
            .iter()
            .enumerate()
            .filter(|(i, (name, _))| match 1u64.checked_shl(*i as u32) {
                Some(bit) => self.no_rate & bit != 0,
                None => rate(self.table, name).is_none(),
            })
            .map(|(_, (name, _))| name.as_str())
    }

    /// Whether some animal has no rate.
    pub fn any_unconverted(&self) -> bool {
        self.any_no_rate
    }
}

/// An animal's rate in the table.
fn rate(table: Units, name: &str) -> Option<Decimal> {
    table.iter().find(|(a, _)| crate::short::same(a, name)).map(|(_, r)| *r)
}

/// Converts head counts with the table in force on `date`; `None` if no table is.
pub fn convert(animals: &[(String, u64)], date: Date) -> Option<Conversion<'_>> {
    let period = livestock::UNITS.at(date)?;
    let table = period.value;
    let (mut no_rate, mut any_no_rate) = (0u64, false);
    let mut exact = crate::exact::Sum::default();
    for (i, (name, count)) in animals.iter().enumerate() {
        match rate(table, name) {
            Some(rate) => exact.add_product(rate, *count),
            None => {
                no_rate |= 1u64.checked_shl(i as u32).unwrap_or(0);
                any_no_rate = true;
            }
        }
    }
    let units = match exact.value() {
        Some(units) => units,
        // Beyond what whole numbers hold (a reform's rate of many places):
        // the decimal sum itself.
        None => animals.iter().filter_map(|(name, count)| Some(rate(table, name)? * Decimal::from(*count))).sum(),
    };
    Some(Conversion { units, basis: &period.basis, animals, table, no_rate, any_no_rate })
}

/// The `livestock` section of the output.
pub fn summary(animals: &[(String, u64)], family_size: usize, date: Date) -> Livestock {
    let conv = convert(animals, date);
    let units = conv.as_ref().map_or(Decimal::ZERO, |c| c.units);
    let unconverted = match &conv {
        Some(c) => c.unconverted().map(String::from).collect(),
        None => animals.iter().map(|(n, _)| n.clone()).collect(),
    };
    let per_member = (family_size > 0).then(|| Number::AsIs(crate::output::share(units, family_size as u64, false)));
    // The limit of family assistance's asset test, beside the figures.
    let limit = crate::params::data::family_assistance::LIVESTOCK_UNITS_LIMIT_PER_MEMBER.at(date).map(|p| p.value);
    let over_limit = limit.filter(|_| family_size > 0).map(|l| units > l * Decimal::from(family_size as u64));
    Livestock { units: Number::Units(units), per_member, unconverted, limit_per_member: limit.map(Number::Units), over_limit }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Animals with no rate are named in the household's order; the units
    /// of the others are summed at the scale of their rates.
    #[test]
    fn animals_without_a_rate_are_named_and_the_others_counted() {
        let date = Date::parse("2026-09-01").unwrap();
        let animals: Vec<(String, u64)> =
            [("sheep", 3), ("camel", 2), ("calf", 1), ("yak", 1)].iter().map(|(n, c)| (n.to_string(), *c)).collect();
        let conv = convert(&animals, date).unwrap();
        assert_eq!(conv.units.to_string(), "5.5");
        assert!(conv.any_unconverted());
        assert_eq!(conv.unconverted().collect::<Vec<_>>(), ["camel", "yak"]);
        let cows = [("cow".to_string(), 2)];
        let conv = convert(&cows, date).unwrap();
        assert_eq!((conv.units.to_string(), conv.any_unconverted()), ("12".to_string(), false));
        // Past the 64th animal, an animal's rate is looked up again.
        let mut many: Vec<(String, u64)> = (0..70).map(|_| ("sheep".to_string(), 1)).collect();
        many[3].0 = "camel".into();
        many[66].0 = "yak".into();
        let conv = convert(&many, date).unwrap();
        assert_eq!(conv.units.to_string(), "68");
        assert_eq!(conv.unconverted().collect::<Vec<_>>(), ["camel", "yak"]);
    }
}
