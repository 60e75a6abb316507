//! The runtime shape of the rules data compiled from `rules/*.toml`.

use rust_decimal::Decimal;

use crate::date::Date;

/// A list of codes (vehicle kinds, country codes, registration bars).
pub type Codes = &'static [&'static str];
/// A livestock conversion table: animal → small-livestock units per head.
pub type Units = &'static [(&'static str, Decimal)];

/// How good the source of a value is, weakest first (so `min` finds the
/// weakest of several). `rules/README.md` defines them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    /// A news report naming the act: the result says so and warns.
    Press,
    /// The source handbook (seed 002), a guide for social workers that
    /// restates the acts.
    Handbook,
    /// A legal database's copy or translation of the act.
    ActText,
    /// The act's text on an official site (a ministry's page, the Ministry
    /// of Justice's legal database).
    Official,
}

impl Grade {
    /// The grade's code in the rules data and the JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Grade::Press => "press",
            Grade::Handbook => "handbook",
            Grade::ActText => "act_text",
            Grade::Official => "official",
        }
    }
}

pub use ukuk_i18n::Cite;

/// Where one period's value comes from: what a reason cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Basis {
    /// `file.param`, e.g. `family_assistance.amount_per_child`.
    pub param: &'static str,
    /// The citation as researched (English, with our comments): the
    /// contract's `source` text.
    pub source: &'static str,
    /// The same sources as data, rendered in the reader's language.
    pub cite: &'static [Cite],
    pub grade: Grade,
    /// The act a press report names (required for `Grade::Press`).
    pub act: Option<&'static str>,
    /// That act as data, rendered in the reader's language.
    pub act_cite: Option<Cite>,
    /// Our reading of an ambiguity in the source, if any.
    pub note: Option<&'static str>,
}

/// One value and the days it is in force.
#[derive(Debug)]
pub struct Period<T: 'static> {
    pub from: Date,
    /// The last day in force; `None`: until the next period's `from` (or forever).
    pub until: Option<Date>,
    pub value: T,
    pub basis: Basis,
}

/// A dated parameter: the periods are in date order without gaps or overlaps
/// (checked by build.rs).
#[derive(Debug)]
pub struct Param<T: 'static> {
    /// `file.param`, e.g. `family_assistance.amount_per_child`.
    pub name: &'static str,
    pub file: &'static str,
    pub periods: &'static [Period<T>],
}

impl<T> Param<T> {
    /// The period in force on `date`, if any. Inlined: each call site names
    /// one parameter, whose periods the compiler then knows.
    #[inline(always)]
    pub fn at(&'static self, date: Date) -> Option<&'static Period<T>> {
        let p = self.in_force().iter().rev().find(|p| p.from <= date)?;
        match p.until {
            Some(until) if date > until => None,
            _ => Some(p),
        }
    }

    /// Whether [`Param::at`] can give another period (or none) on some day
    /// from `from` to `to`, both included, than on `from`: whether a period
    /// begins after `from` or ends before `to` in that span.
    pub fn changes_within(&'static self, from: Date, to: Date) -> bool {
        self.in_force().iter().any(|p| (p.from > from && p.from <= to) || p.until.is_some_and(|u| u >= from && u < to))
    }

    /// The periods in force: the rules' own, or a reform's.
    #[inline(always)]
    fn in_force(&'static self) -> &'static [Period<T>] {
        #[cfg(feature = "reform")]
        let periods = crate::reform::periods_of(self).unwrap_or(self.periods);
        #[cfg(not(feature = "reform"))]
        let periods = self.periods;
        periods
    }
}

/// One rules file as a whole: its documents, office and checked date.
#[derive(Debug)]
pub struct FileInfo {
    /// The file's name without `.toml`, e.g. `family_assistance`.
    pub name: &'static str,
    pub documents: Codes,
    pub conditional_documents: &'static [(&'static str, Codes)],
    pub where_: &'static str,
    pub verified_until: Date,
}

/// A legal rule the engine checks, with its source.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// `benefit.rule`, e.g. `family_assistance.income_below_gmi`; also the
    /// message id of its explanation in the translation files.
    pub id: &'static str,
    pub source: &'static str,
    /// The same sources as data, rendered in the reader's language.
    pub cite: &'static [Cite],
}

/// A parameter value, borrowed for display.
#[derive(Debug)]
pub enum ValueRef {
    Decimal(Decimal),
    Int(u32),
    Date(Date),
    Codes(Codes),
    Units(Units),
}

pub trait ParamValue {
    fn value_ref(&self) -> ValueRef;
}
impl ParamValue for Decimal {
    fn value_ref(&self) -> ValueRef {
        ValueRef::Decimal(*self)
    }
}
impl ParamValue for u32 {
    fn value_ref(&self) -> ValueRef {
        ValueRef::Int(*self)
    }
}
impl ParamValue for Date {
    fn value_ref(&self) -> ValueRef {
        ValueRef::Date(*self)
    }
}
impl ParamValue for Codes {
    fn value_ref(&self) -> ValueRef {
        ValueRef::Codes(self)
    }
}
impl ParamValue for Units {
    fn value_ref(&self) -> ValueRef {
        ValueRef::Units(self)
    }
}

/// One period of any parameter, type-erased for listings.
pub struct PeriodView {
    pub from: Date,
    pub until: Option<Date>,
    pub value: ValueRef,
    pub basis: &'static Basis,
}

/// Any parameter, for `ukuk rules` and the JavaScript `rules(date)`.
pub trait AnyParam: Sync {
    fn name(&self) -> &'static str;
    fn file(&self) -> &'static str;
    fn view_at(&'static self, date: Date) -> Option<PeriodView>;
    /// Every period, earliest first.
    fn history(&'static self) -> Vec<PeriodView>;
    /// The first day any value of this parameter is in force.
    fn first_from(&self) -> Date;
}

impl<T: ParamValue + Sync> AnyParam for Param<T> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn file(&self) -> &'static str {
        self.file
    }
    fn first_from(&self) -> Date {
        self.periods.first().map_or(Date::from_days(i32::MAX), |p| p.from)
    }
    fn history(&'static self) -> Vec<PeriodView> {
        self.periods.iter().map(|p| PeriodView { from: p.from, until: p.until, value: p.value.value_ref(), basis: &p.basis }).collect()
    }
    fn view_at(&'static self, date: Date) -> Option<PeriodView> {
        self.at(date).map(|p| PeriodView { from: p.from, until: p.until, value: p.value.value_ref(), basis: &p.basis })
    }
}

/// The compiled rules data: one module per file in `rules/`.
/// A researched citation, our note or a press report's act, in English: the
/// contract's JSON carries them (`reasons[].source`, the `press_source`
/// warning's `act`). Without the `citations` feature (the web app, which
/// shows `cite` instead, in the reader's language) they are empty, which
/// keeps them out of a phone's first load.
macro_rules! prose {
    ($s:literal) => {
        if cfg!(feature = "citations") {
            $s
        } else {
            ""
        }
    };
}

pub mod data {
    #[allow(unused_imports)]
    use super::{AnyParam, Basis, Cite, Codes, FileInfo, Grade, Param, Period, Rule, Units};
    #[allow(unused_imports)]
    use crate::date::Date;
    #[allow(unused_imports)]
    use rust_decimal::Decimal;
    include!(concat!(env!("OUT_DIR"), "/rules_data.rs"));
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASIS: Basis =
        Basis { param: "test.rate", source: "test", cite: &[], grade: Grade::Handbook, act: None, act_cite: None, note: None };

    /// Periods with a gap and an end: in force 100–199, then 250–299, then
    /// from 400 on.
    static GAPPED: Param<u32> = Param {
        name: "test.rate",
        file: "test",
        periods: &[
            Period { from: Date::from_days(100), until: Some(Date::from_days(199)), value: 1, basis: BASIS },
            Period { from: Date::from_days(250), until: Some(Date::from_days(299)), value: 2, basis: BASIS },
            Period { from: Date::from_days(400), until: None, value: 3, basis: BASIS },
        ],
    };

    /// `changes_within` says a span holds another period (or none) than its
    /// first day exactly when some day of it does, day by day.
    fn agrees_day_by_day<T>(p: &'static Param<T>, first: i32, last: i32) {
        let id = |d: Date| p.at(d).map(std::ptr::from_ref);
        for from in (first..last).step_by(7) {
            for len in [0, 1, 2, 30, 49, 50, 51, 100, 150, 300, 400, 800] {
                let (from, to) = (Date::from_days(from), Date::from_days(from + len));
                let some_day_differs = (0..=len).any(|i| id(Date::from_days(from.days() + i)) != id(from));
                assert_eq!(p.changes_within(from, to), some_day_differs, "{} from {from} to {to}", p.name);
            }
        }
    }

    #[test]
    fn a_change_within_a_span_is_found_exactly() {
        agrees_day_by_day(&GAPPED, 0, 500);
        // The family assistance's rate, with its changes (2022-06-01, …).
        agrees_day_by_day(&data::family_assistance::AMOUNT_PER_CHILD, 17_000, 21_000);
    }
}
