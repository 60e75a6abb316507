//! Reforms: other values for some parameters from a date on, for analysts'
//! simulations (`ukuk simulate`). The engine reads every value through
//! `Param::at`, which consults the reform active on this thread, if any:
//! a reform changes data, never a formula, so the baseline and the reform
//! run the very same rules.
//!
//! A reform is built once (its values are made `'static`: a reform lives as
//! long as the process that simulates it) and applied with [`with`].

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use rust_decimal::Decimal;

use crate::date::Date;
use crate::params::{data, Codes, Param, Period, Units};

/// A new value, as the reform file gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Decimal(Decimal),
    Int(u32),
    Date(Date),
    Codes(Vec<String>),
    Units(Vec<(String, Decimal)>),
}

/// From `from` (until `until`, if given) the parameter `name` has `value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub name: String,
    pub from: Date,
    pub until: Option<Date>,
    pub value: Value,
}

/// The periods of the changed parameters, by name.
pub struct Reform {
    pub title: String,
    pub changes: Vec<Change>,
    periods: HashMap<&'static str, Box<dyn Any + Send + Sync>>,
}

impl std::fmt::Debug for Reform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reform").field("title", &self.title).field("changes", &self.changes).finish()
    }
}

static IN_USE: AtomicBool = AtomicBool::new(false);

thread_local! {
    static ACTIVE: RefCell<Option<Arc<Reform>>> = const { RefCell::new(None) };
}

/// A value the engine's parameter type can take from a reform.
pub trait FromReform: Sized {
    fn from_reform(v: &Value) -> Option<Self>;
}

fn leak_str(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

impl FromReform for Decimal {
    fn from_reform(v: &Value) -> Option<Self> {
        if let Value::Decimal(d) = v {
            Some(*d)
        } else {
            None
        }
    }
}
impl FromReform for u32 {
    fn from_reform(v: &Value) -> Option<Self> {
        if let Value::Int(n) = v {
            Some(*n)
        } else {
            None
        }
    }
}
impl FromReform for Date {
    fn from_reform(v: &Value) -> Option<Self> {
        if let Value::Date(d) = v {
            Some(*d)
        } else {
            None
        }
    }
}
impl FromReform for Codes {
    fn from_reform(v: &Value) -> Option<Self> {
        if let Value::Codes(c) = v {
            Some(Box::leak(c.iter().map(|s| leak_str(s)).collect::<Vec<_>>().into_boxed_slice()))
        } else {
            None
        }
    }
}
impl FromReform for Units {
    fn from_reform(v: &Value) -> Option<Self> {
        if let Value::Units(u) = v {
            Some(Box::leak(u.iter().map(|(a, d)| (leak_str(a), *d)).collect::<Vec<_>>().into_boxed_slice()))
        } else {
            None
        }
    }
}

impl<T: FromReform + Copy + Send + Sync + 'static> Param<T> {
    /// The periods with `change` applied over `current` (the baseline's,
    /// or an earlier change's): the values before `from` stay, the new
    /// value runs from `from` to `until` (or on), the values after `until`
    /// come back.
    pub fn reformed(&'static self, current: &'static [Period<T>], change: &Change, title: &'static str) -> Option<&'static [Period<T>]> {
        let value = T::from_reform(&change.value)?;
        let last_day = |i: usize, p: &Period<T>| p.until.or_else(|| current.get(i + 1).map(|n| n.from.add_days(-1)));
        let mut out: Vec<Period<T>> = Vec::new();
        // The value in force at `from` gives the new period its basis
        // (grade, act), with a note naming the reform.
        let at_from = current.iter().rev().find(|p| p.from <= change.from).or(current.first())?;
        for (i, p) in current.iter().enumerate() {
            if p.from < change.from {
                let end = last_day(i, p).map_or(change.from.add_days(-1), |e| e.min(change.from.add_days(-1)));
                out.push(Period { from: p.from, until: Some(end), value: p.value, basis: p.basis.clone() });
            }
        }
        let mut basis = at_from.basis.clone();
        basis.note = Some(title);
        out.push(Period { from: change.from, until: change.until, value, basis });
        if let Some(until) = change.until {
            for (i, p) in current.iter().enumerate() {
                let end = last_day(i, p);
                if end.is_none_or(|e| e > until) {
                    let from = if p.from > until { p.from } else { until.add_days(1) };
                    out.push(Period { from, until: end, value: p.value, basis: p.basis.clone() });
                }
            }
        }
        Some(Box::leak(out.into_boxed_slice()))
    }
}

/// A parameter of any type, for building a reform by name.
pub trait Reformable: Sync {
    fn name(&self) -> &'static str;
    /// Applies `change` over the periods in `current` (a `&'static
    /// [Period<T>]`, or the baseline's when `None`).
    fn apply(
        &'static self,
        current: Option<&(dyn Any + Send + Sync)>,
        change: &Change,
        title: &'static str,
    ) -> Option<Box<dyn Any + Send + Sync>>;
}

impl<T: FromReform + Copy + Send + Sync + 'static> Reformable for Param<T> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn apply(
        &'static self,
        current: Option<&(dyn Any + Send + Sync)>,
        change: &Change,
        title: &'static str,
    ) -> Option<Box<dyn Any + Send + Sync>> {
        let current: &'static [Period<T>] = match current {
            Some(c) => c.downcast_ref::<&'static [Period<T>]>().copied()?,
            None => self.periods,
        };
        Some(Box::new(self.reformed(current, change, title)?))
    }
}

impl Reform {
    /// Builds a reform; an unknown parameter or a value of the wrong kind is
    /// an error naming it.
    pub fn new(title: &str, changes: Vec<Change>) -> Result<Reform, String> {
        let title_static = leak_str(if title.is_empty() { "reform" } else { title });
        let mut periods: HashMap<&'static str, Box<dyn Any + Send + Sync>> = HashMap::new();
        for c in &changes {
            let Some(p) = data::ALL_REFORMABLE.iter().find(|p| p.name() == c.name) else {
                return Err(format!("unknown parameter '{}'", c.name));
            };
            let current = periods.remove(p.name());
            let next = p
                .apply(current.as_deref(), c, title_static)
                .ok_or_else(|| format!("{}: the value is not of the parameter's kind", c.name))?;
            periods.insert(p.name(), next);
        }
        Ok(Reform { title: title.to_string(), changes, periods })
    }
}

/// Runs `f` with `reform` in force on this thread (every `Param::at` in it
/// sees the reform's values).
pub fn with<R>(reform: &Arc<Reform>, f: impl FnOnce() -> R) -> R {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            ACTIVE.with(|a| *a.borrow_mut() = None);
        }
    }
    IN_USE.store(true, Ordering::Relaxed);
    ACTIVE.with(|a| *a.borrow_mut() = Some(Arc::clone(reform)));
    let _reset = Reset;
    f()
}

/// The reform's periods of `p`, when a reform that changes it is in force
/// on this thread.
#[inline(always)]
pub(crate) fn periods_of<T: 'static>(p: &'static Param<T>) -> Option<&'static [Period<T>]> {
    if !IN_USE.load(Ordering::Relaxed) {
        return None;
    }
    reform_periods_of(p)
}

/// [`periods_of`] once some reform has been used: looked up apart, so that
/// the rules' own periods (every call without a reform) are found inline.
#[inline(never)]
fn reform_periods_of<T: 'static>(p: &'static Param<T>) -> Option<&'static [Period<T>]> {
    ACTIVE.with(|a| a.borrow().as_ref().and_then(|r| r.periods.get(p.name).and_then(|b| b.downcast_ref::<&'static [Period<T>]>().copied())))
}
