//! Sums of decimals times whole numbers, in whole numbers: a household's
//! animals times their rates in small-livestock units, summed as mantissas.
//! `Decimal`'s products and sum give the same at several times the cost (a
//! plain sum of decimals does not gain: `Decimal` adds two of one scale
//! about as fast). A sum that would leave `Decimal`'s 96 bits says so, and
//! its caller sums with `Decimal`.

use rust_decimal::Decimal;

/// A sum of decimals times whole numbers, exact: its value and its scale
/// (the places shown) are those of `Decimal`'s sum from zero, the largest
/// scale of the terms (a property test holds them equal).
#[derive(Default)]
pub struct Sum {
    /// The mantissa at `scale` (zero at scale 0 before any term, as
    /// `Decimal::ZERO`).
    sum: i128,
    scale: u32,
    /// A term or the sum left 96 bits: `Decimal` would round it.
    overflow: bool,
}

impl Sum {
    /// Adds `d` times `count`.
    pub fn add_product(&mut self, d: Decimal, count: u64) {
        // Most terms: a rate of the sum's scale whose mantissa fits 64 bits
        // (every rate of the table). Their product fits 128 bits without a
        // check, and below 96 bits so does the sum of two.
        if d.scale() == self.scale && !self.overflow {
            if let Ok(m) = u64::try_from(d.mantissa().unsigned_abs()) {
                let p = u128::from(m) * u128::from(count);
                const LIMIT: u128 = 1 << 96;
                if p < LIMIT {
                    let p = if d.is_sign_negative() { -(p as i128) } else { p as i128 };
                    let total = self.sum + p;
                    if total.unsigned_abs() < LIMIT {
                        self.sum = total;
                    } else {
                        self.overflow = true;
                    }
                    return;
                }
            }
        }
        let product = d.mantissa().checked_mul(i128::from(count));
        let (sum, scale) = (self.sum, self.scale);
        let added = product.and_then(|p| {
            let s = d.scale();
            // Both at the larger scale, then added.
            let (p, sum) = if s >= scale {
                (p, sum.checked_mul(10i128.checked_pow(s - scale)?)?)
            } else {
                (p.checked_mul(10i128.checked_pow(scale - s)?)?, sum)
            };
            // Each term and step within 96 bits, where `Decimal`'s are exact too.
            let fits = |m: i128| m.unsigned_abs() < 1u128 << 96;
            let total = p.checked_add(sum)?;
            (fits(p) && fits(sum) && fits(total)).then_some((total, s.max(scale)))
        });
        match added {
            Some((sum, scale)) => {
                self.sum = sum;
                self.scale = scale;
            }
            None => self.overflow = true,
        }
    }

    /// The sum; `None` if it left 96 bits on the way.
    pub fn value(&self) -> Option<Decimal> {
        if self.overflow {
            return None;
        }
        Decimal::try_from_i128_with_scale(self.sum, self.scale).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn decimal_sum(items: &[(Decimal, u64)]) -> Option<Decimal> {
        let mut total = Decimal::ZERO;
        for (d, count) in items {
            total = total.checked_add(d.checked_mul(Decimal::from(*count))?)?;
        }
        Some(total)
    }

    proptest! {
        /// The whole-number sum is `Decimal`'s sum of products, at the same
        /// scale (the text shown), for any terms, negative ones too; where
        /// it gives way (beyond 96 bits), its caller sums with `Decimal`.
        #[test]
        fn the_whole_number_sum_is_the_decimal_sum(
            items in proptest::collection::vec(((-100_000i64..100_000, 0u32..6), 0u64..1_000_000), 0..6),
            big in proptest::option::of((any::<i64>(), 0u32..29)),
        ) {
            let mut items: Vec<(Decimal, u64)> =
                items.into_iter().map(|((m, s), c)| (Decimal::from_i128_with_scale(i128::from(m), s), c)).collect();
            if let Some((m, s)) = big {
                items.push((Decimal::from_i128_with_scale(i128::from(m), s), u64::MAX / 3));
            }
            let mut exact = Sum::default();
            for (d, count) in &items {
                exact.add_product(*d, *count);
            }
            // Terms this small always fit; where the whole numbers hold the
            // sum, `Decimal` holds it too, the same.
            prop_assert!(exact.value().is_some() || big.is_some());
            if let Some(ours) = exact.value() {
                let theirs = decimal_sum(&items);
                prop_assert_eq!(Some((ours, ours.scale())), theirs.map(|t| (t, t.scale())));
            }
        }
    }
}
