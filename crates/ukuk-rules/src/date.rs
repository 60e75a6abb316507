//! Calendar dates, with the two counting rules the benefits need.
//!
//! This file has no dependencies: `build.rs` includes it too, so the rules
//! data and the engine read and count dates the same way.
//!
//! * **Months.** "N months after" a date is the same day-of-month N months
//!   later; where that month is shorter, the last day of the month (31 August
//!   plus 6 months is 28 or 29 February). This is how a period counted in months
//!   ends under the Civil Code, and the engine uses it for every window.
//! * **Ages.** A person is N years old from the day [`Date::add_months`] of
//!   `12 × N` months after their birth: someone born on 29 February turns a
//!   year older on 28 February in common years. Ages in months count the same
//!   way.

use std::fmt;

/// A day of the proleptic Gregorian calendar, stored as days since 1970-01-01.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i32,
}

/// The range of years the engine accepts; everything outside is an input error.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

impl Date {
    pub const fn from_days(days: i32) -> Date {
        Date { days }
    }

    pub const fn days(self) -> i32 {
        self.days
    }

    /// The date of a valid year/month/day; `None` for an impossible one.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { days: days_from_civil(year, month, day) })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        Date::parse_ymd(text).map(|(d, _)| d)
    }

    /// [`Date::parse`], with the year, month and day read.
    pub fn parse_ymd(text: &str) -> Option<(Date, (i32, u32, u32))> {
        let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = text.as_bytes() else {
            return None;
        };
        let digit = |c: u8| {
            let v = c.wrapping_sub(b'0');
            (v < 10).then_some(u32::from(v))
        };
        let year = digit(y0)? * 1000 + digit(y1)? * 100 + digit(y2)? * 10 + digit(y3)?;
        let ymd = (year as i32, digit(m0)? * 10 + digit(m1)?, digit(d0)? * 10 + digit(d1)?);
        Some((Date::from_ymd(ymd.0, ymd.1, ymd.2)?, ymd))
    }

    /// Whether the date lies in the accepted years ([`MIN_YEAR`]..=[`MAX_YEAR`]).
    pub fn in_range(self) -> bool {
        (MIN_YEAR..=MAX_YEAR).contains(&self.ymd().0)
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    pub fn add_days(self, n: i32) -> Date {
        Date { days: self.days.saturating_add(n) }
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i32 {
        other.days - self.days
    }

    /// The same day-of-month `n` months later, clamped to the month's last day.
    pub fn add_months(self, n: i32) -> Date {
        let (y, m, d) = self.ymd();
        on_day_of_month(y * 12 + (m as i32 - 1) + n, d).0
    }

    /// The months counted from this day: the `i`-th (from 0) runs from
    /// `self.add_months(i)` to the day before that day's `add_months(1)`.
    /// The schedules count a year of months this way; the day is converted
    /// once, not twice a month.
    pub fn months(self) -> impl Iterator<Item = (Date, Date)> {
        let (y, m, d) = self.ymd();
        let start = y * 12 + (m as i32 - 1);
        // The next month's first day, when this month's end found it: on a
        // day every month has (schedules start on the 1st), the day after
        // one month's end is the next one's start, converted once.
        let mut next: Option<(i32, Date)> = None;
        (0..).map(move |i| {
            let (from, day) = match next {
                Some((at, from)) if at == i => (from, d),
                _ => on_day_of_month(start + i, d),
            };
            // `from.add_months(1)` keeps `from`'s (clamped) day.
            let (after, kept) = on_day_of_month(start + i + 1, day);
            if kept == d {
                next = Some((i + 1, after));
            }
            (from, after.add_days(-1))
        })
    }

    /// The first day of the month after this one.
    pub fn first_of_next_month(self) -> Date {
        // The days left in this month, counted on: no conversion back from
        // a calendar date (a test holds it to `add_months` of the 1st).
        let (y, m, d) = self.ymd();
        self.add_days((days_in_month(y, m) - d + 1) as i32)
    }

    /// Completed months from `self` (a birth date) to `on`; 0 if `on` is earlier.
    pub fn months_until(self, on: Date) -> i32 {
        if on < self {
            return 0;
        }
        Date::months_between(self.ymd(), on.ymd())
    }

    /// [`Date::months_until`] from the year, month and day of each date,
    /// `to` not earlier than `from`.
    pub fn months_between(from: (i32, u32, u32), to: (i32, u32, u32)) -> i32 {
        let ((y0, m0, d0), (y1, m1, d1)) = (from, to);
        let months = (y1 - y0) * 12 + (m1 as i32 - m0 as i32);
        // `self.add_months(months)` falls in `on`'s month, on day `d0`
        // clamped to that month's length; if that is after `on`, one month
        // fewer is complete (and that one falls in an earlier month).
        if months > 0 && d0.min(days_in_month(y1, m1)) > d1 {
            months - 1
        } else {
            months
        }
    }

    /// Completed years from `self` (a birth date) to `on`.
    pub fn years_until(self, on: Date) -> i32 {
        self.months_until(on) / 12
    }

    /// Whether a person born on `self` is under `years` old on `on`
    /// (`self.years_until(on) < years`). Far from that age, the count of
    /// days settles it without the calendar: `years` years last at least
    /// 365 and at most 366 days each.
    #[inline]
    pub fn under_age(self, years: i32, on: Date) -> bool {
        let days = i64::from(on.days) - i64::from(self.days);
        // Not yet born: no completed years, as `years_until` counts.
        if days < 0 {
            return years > 0;
        }
        if days < 365 * i64::from(years) {
            return true;
        }
        if days >= 366 * i64::from(years) {
            return false;
        }
        self.years_until(on) < years
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Day `day` of the month numbered `index` (`year * 12 + month - 1`),
/// clamped to the month's last day; with the day used.
fn on_day_of_month(index: i32, day: u32) -> (Date, u32) {
    let year = index.div_euclid(12);
    let month = index.rem_euclid(12) as u32 + 1;
    let day = day.min(days_in_month(year, month));
    (Date { days: days_from_civil(year, month, day) }, day)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(year) => 29,
        _ => 28,
    }
}

// Howard Hinnant's algorithms, valid for the whole i32 range used here.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The days the fast conversion covers: 1 March 0000 to far beyond
/// [`MAX_YEAR`] (every day the engine accepts, and its margins).
const FAST_DAYS: std::ops::Range<i32> = -719_468..2_000_000;

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    if FAST_DAYS.contains(&days) {
        civil_from_days_fast(days)
    } else {
        civil_from_days_wide(days)
    }
}

/// Neri and Schneider's conversion ("Euclidean affine functions and their
/// application to calendar algorithms", 2022), in unsigned 32-bit steps: the
/// engine converts a date at every age and month it counts, and this is
/// several times quicker than [`civil_from_days_wide`], which a test checks
/// it against day by day.
fn civil_from_days_fast(days: i32) -> (i32, u32, u32) {
    // Days since 0000-03-01, the start of a computational year.
    let n = (days + 719_468) as u32;
    let n1 = 4 * n + 3;
    let century = n1 / 146_097;
    let day_of_century = n1 % 146_097 / 4;
    let n2 = 4 * day_of_century + 3;
    let p2 = 2_939_745u64 * u64::from(n2);
    let year_of_century = (p2 >> 32) as u32;
    let day_of_year = (p2 as u32) / 2_939_745 / 4;
    let n3 = 2_141 * day_of_year + 197_913;
    let month = n3 >> 16;
    let day = (n3 & 0xffff) / 2_141 + 1;
    let january_or_february = day_of_year >= 306;
    let year = (100 * century + year_of_century) as i32 + i32::from(january_or_february);
    (year, if january_or_february { month - 12 } else { month }, day)
}

/// Howard Hinnant's conversion, for any `i32` day count.
fn civil_from_days_wide(days: i32) -> (i32, u32, u32) {
    // i64 so that any i32 day count (even one far outside the accepted
    // years) converts without overflow.
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_and_prints() {
        assert_eq!(d("2020-02-29").to_string(), "2020-02-29");
        assert_eq!(d("1970-01-01").days(), 0);
        assert!(Date::parse("2021-02-29").is_none());
        assert!(Date::parse("2021-13-01").is_none());
        assert!(Date::parse("2021-1-01").is_none());
        assert!(Date::parse("1899-12-31").is_none());
        assert!(Date::parse("２０２１-01-01").is_none());
    }

    /// Every day of the accepted years reads back from its text; and each
    /// character of a few dates, replaced by each of an alphabet of digits,
    /// signs, spaces and letters (and cut or lengthened), is read as a
    /// plain reading by ranges of digits reads it.
    #[test]
    fn a_date_is_read_exactly_as_written() {
        let first = d("1900-01-01").days();
        let last = d("2200-12-31").days();
        for days in first..=last {
            let day = Date::from_days(days);
            let (y, m, dd) = day.ymd();
            assert_eq!(Date::parse_ymd(&day.to_string()), Some((day, (y, m, dd))));
        }
        let by_ranges = |t: &str| -> Option<Date> {
            let b = t.as_bytes();
            if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
                return None;
            }
            let n = |r: std::ops::Range<usize>| -> Option<u32> {
                let part = t.get(r)?;
                part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
            };
            Date::from_ymd(n(0..4)? as i32, n(5..7)?, n(8..10)?)
        };
        let alphabet = ['0', '1', '2', '3', '9', ':', '-', '+', ' ', 'a', '/', '\u{660}'];
        for base in ["2020-02-29", "2021-12-31", "1900-01-01", "2200-12-31", "2026-09-01"] {
            for i in 0..base.len() {
                for c in alphabet {
                    let mut t: Vec<char> = base.chars().collect();
                    t[i] = c;
                    let t: String = t.into_iter().collect();
                    assert_eq!(Date::parse(&t), by_ranges(&t), "{t}");
                }
                assert_eq!(Date::parse(&base[..i]), None);
            }
            assert_eq!(Date::parse(&format!("{base}0")), None);
        }
    }

    #[test]
    fn months_clamp_to_month_end() {
        assert_eq!(d("2020-08-31").add_months(6), d("2021-02-28"));
        assert_eq!(d("2019-08-31").add_months(6), d("2020-02-29"));
        assert_eq!(d("2020-03-10").add_months(6), d("2020-09-10"));
        assert_eq!(d("2020-12-15").add_months(1), d("2021-01-15"));
        assert_eq!(d("2020-06-15").first_of_next_month(), d("2020-07-01"));
        assert_eq!(d("2020-12-31").first_of_next_month(), d("2021-01-01"));
    }

    #[test]
    fn ages() {
        assert_eq!(d("2004-06-15").years_until(d("2020-06-14")), 15);
        assert_eq!(d("2004-06-15").years_until(d("2020-06-15")), 16);
        assert_eq!(d("2000-02-29").years_until(d("2017-02-28")), 17);
        assert_eq!(d("2000-02-29").years_until(d("2017-02-27")), 16);
        assert_eq!(d("2020-01-31").months_until(d("2020-02-29")), 1);
        assert_eq!(d("2020-01-31").months_until(d("2020-02-28")), 0);
        assert_eq!(d("2020-05-01").months_until(d("2020-04-01")), 0);
    }

    #[test]
    fn extreme_day_counts_do_not_overflow() {
        assert!(!Date::from_days(i32::MAX).in_range());
        assert!(!Date::from_days(i32::MIN).in_range());
        assert!(d("2020-01-01").in_range());
    }

    #[test]
    fn the_fast_conversion_agrees_with_the_wide_one_on_every_day() {
        for days in FAST_DAYS.start - 2..FAST_DAYS.end + 2 {
            assert_eq!(civil_from_days(days), civil_from_days_wide(days), "day {days}");
        }
        for days in [i32::MIN, i32::MIN + 1, -1_000_000, i32::MAX - 1, i32::MAX] {
            assert_eq!(civil_from_days(days), civil_from_days_wide(days), "day {days}");
        }
    }

    /// The first of the next month is the 1st of this month a month on,
    /// from every day of the accepted years.
    #[test]
    fn the_first_of_the_next_month_is_counted_on_from_any_day() {
        let mut day = d("1900-01-01");
        while day <= d("2200-12-31") {
            let (y, m, _) = day.ymd();
            let first = Date::from_ymd(y, m, 1).unwrap();
            assert_eq!(day.first_of_next_month(), first.add_months(1), "{day}");
            day = day.add_days(1);
        }
    }

    #[test]
    fn younger_than_n_years_is_before_the_day_of_turning_n() {
        // What the monthly schedules rely on (benefits::turns): for a date on
        // or after the birth, years_until(day) < n exactly when day is before
        // add_months(12 n).
        let mut birth = d("1999-12-25");
        while birth <= d("2004-03-05") {
            for n in 1..=3 {
                let turning = birth.add_months(12 * n);
                for offset in [-400, -32, -31, -30, -29, -28, -2, -1, 0, 1, 2, 27, 28, 29, 30, 31, 400] {
                    let day = turning.add_days(offset);
                    if day >= birth {
                        assert_eq!(birth.years_until(day) < n, day < turning, "{birth:?} {n} {day:?}");
                    }
                }
            }
            birth = birth.add_days(1);
        }
    }

    #[test]
    fn months_count_as_add_months_does() {
        let mut start = d("2019-12-25");
        while start <= d("2021-03-10") {
            for (i, (from, until)) in start.months().take(14).enumerate() {
                let expected = start.add_months(i as i32);
                assert_eq!(from, expected, "{start:?} month {i}");
                assert_eq!(until, expected.add_months(1).add_days(-1), "{start:?} month {i}");
            }
            start = start.add_days(1);
        }
    }

    #[test]
    fn under_age_is_fewer_completed_years() {
        // Births over five years (leap days and month ends among them),
        // each checked on days around its birthdays, for limits up to 20.
        let mut birth = d("2015-12-25");
        while birth <= d("2021-03-05") {
            for years in 0..=20 {
                let birthday = birth.add_months(12 * years);
                for offset in [-400, -366, -365, -2, -1, 0, 1, 2, 365, 366] {
                    let on = birthday.add_days(offset);
                    assert_eq!(birth.under_age(years, on), birth.years_until(on) < years, "{birth} on {on}, {years}");
                    // The birthday is the first day of the new age (for an
                    // age above 0, before birth too).
                    if years > 0 || on >= birth {
                        assert_eq!(birth.under_age(years, on), on < birthday, "{birth} on {on}, {years}");
                    }
                }
            }
            birth = birth.add_days(3);
        }
    }

    #[test]
    fn round_trip_over_centuries() {
        let mut day = d("1900-01-01");
        let end = d("2200-12-31");
        while day <= end {
            let (y, m, dd) = day.ymd();
            assert_eq!(Date::from_ymd(y, m, dd), Some(day));
            day = day.add_days(1);
        }
    }
}
