//! Which questions about a person can change a result, by the rules in force:
//! the web form asks these and only these, so that it decides no law itself.
//! The ages and periods are the rules data's (`rules/*.toml`); before the
//! first period of a value, its first value is used, so that a question still
//! shows for a date the rules do not cover (the result then says why).

use crate::date::Date;
use crate::params::data::{high_mountain_help, shared, social_benefit as sb, unemployment_allowance};
use crate::params::Param;

/// What is known of a person when the form is drawn (any of it may be
/// missing or wrong: the form asks before the engine checks).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Facts {
    /// Not after the evaluation date, when known.
    pub birth_date: Option<Date>,
    pub female: bool,
    pub disabled: bool,
    pub hiv: bool,
    pub mother_hiv: bool,
    /// Some orphan status is given.
    pub orphan: bool,
    pub hero_mother: bool,
    /// A pension income is given (it answers the pension-right question).
    pub pension_paid: bool,
    /// The person applies for a birth payment.
    pub applicant: bool,
    /// The person is the one seeking the unemployment allowance.
    pub seeking_work: bool,
}

/// The questions to ask about a person.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Asked {
    /// Completed years on the evaluation date, when the birth date is known.
    pub age: Option<i32>,
    /// Under the child age limit (18).
    pub child: bool,
    /// Citizenship or residence (Law No. 163, art. 3).
    pub status: bool,
    pub hiv: bool,
    pub mother_hiv: bool,
    pub orphan: bool,
    pub hero_mother: bool,
    pub since_childhood: bool,
    /// An adult's amount depends on the group; a child's does not.
    pub disability_group: bool,
    pub pension_right: bool,
    /// Old enough to register as unemployed.
    pub job_seeker: bool,
    /// The child's place among its mother's children (in a high-mountain family).
    pub birth_order: bool,
}

/// A value on `date`, or its first value before the rules begin.
fn value<T: Copy + Default>(p: &'static Param<T>, date: Date) -> T {
    p.at(date).or(p.periods.first()).map_or(T::default(), |x| x.value)
}

/// The minimum age to register as unemployed on `date`.
pub fn job_seeker_age(date: Date) -> i32 {
    value(&unemployment_allowance::MIN_AGE, date) as i32
}

/// The ages the questions turn on, in force on one date: read once for a
/// household, not once for each of its members.
struct Limits {
    child: i32,
    hero: i32,
    elderly_female: i32,
    elderly_male: i32,
    hiv_months: i32,
    young: i32,
    job_seeker: i32,
}

fn limits(date: Date) -> Limits {
    Limits {
        child: value(&shared::CHILD_AGE_LIMIT, date) as i32,
        hero: value(&sb::HERO_MOTHER_AGE, date) as i32,
        elderly_female: value(&sb::ELDERLY_AGE_FEMALE, date) as i32,
        elderly_male: value(&sb::ELDERLY_AGE_MALE, date) as i32,
        hiv_months: value(&sb::HIV_MOTHER_CHILD_MONTHS, date) as i32,
        young: value(&high_mountain_help::CHILD_AGE_LIMIT, date) as i32,
        job_seeker: job_seeker_age(date),
    }
}

/// The questions about one person on `date`, in a household that lives in a
/// high-mountain area or not.
pub fn member(date: Date, high_mountain: bool, f: &Facts) -> Asked {
    let birth = f.birth_date.filter(|b| *b <= date);
    let ages = birth.map(|b| (b.years_until(date), b.months_until(date)));
    member_aged(&limits(date), high_mountain, f, ages)
}

/// [`member`] with the limits of the date read and the person's completed
/// years and months known (`None` without a birth date).
fn member_aged(l: &Limits, high_mountain: bool, f: &Facts, ages: Option<(i32, i32)>) -> Asked {
    let age = ages.map(|(years, _)| years);
    let months = ages.map(|(_, months)| months);
    let child_limit = l.child;
    let child = age.is_some_and(|a| a < child_limit);
    let adult = age.is_some_and(|a| a >= child_limit);
    let hero_age = l.hero;
    let elderly_age = if f.female { l.elderly_female } else { l.elderly_male };
    let hiv_months = l.hiv_months;
    let young_limit = l.young;

    let mother_hiv = child && months.is_some_and(|mo| mo < hiv_months);
    let hero_mother = f.female && age.is_some_and(|a| a >= hero_age);
    // Someone the social benefit may concern.
    let could_qualify = (child && (f.disabled || f.hiv || (mother_hiv && f.mother_hiv) || f.orphan))
        || (adult && f.disabled)
        || (hero_mother && f.hero_mother)
        || age.is_some_and(|a| a >= elderly_age);
    let job_seeker = age.is_some_and(|a| a >= l.job_seeker);
    Asked {
        age,
        child,
        // Every adult may apply for the family, and anyone may qualify.
        status: f.applicant || (f.seeking_work && job_seeker) || adult || could_qualify,
        hiv: child,
        mother_hiv,
        orphan: child,
        hero_mother,
        since_childhood: adult && f.disabled,
        disability_group: adult && f.disabled,
        pension_right: could_qualify && !f.pension_paid,
        job_seeker,
        birth_order: high_mountain && age.is_some_and(|a| a < young_limit),
    }
}

/// The questions a checked household leaves open that can change a result:
/// the `questions` of the output, `(member id or None for the household,
/// fact)`. Flags that default to "no" (HIV, orphan, …) are asked by the form
/// but never listed here: their absence is an answer.
pub fn open(h: &crate::input::Household) -> Vec<(Option<std::sync::Arc<str>>, &'static str)> {
    let mut out = Vec::new();
    let limits = limits(h.date);
    for (i, m) in h.members.iter().enumerate() {
        if !m.missing.is_empty() {
            // The other questions depend on these two.
            out.extend(m.missing.iter().map(|f| (Some(m.id.clone()), *f)));
            continue;
        }
        let facts = Facts {
            birth_date: Some(m.birth_date),
            female: m.sex == crate::input::Sex::Female,
            disabled: m.disability.is_some(),
            hiv: m.hiv,
            mother_hiv: m.mother_hiv,
            orphan: m.orphan.is_some(),
            hero_mother: m.hero_mother,
            pension_paid: m.pension_right == Some(true),
            applicant: h.births.iter().any(|b| b.applicant == Some(i)),
            seeking_work: h.unemployment.as_ref().is_some_and(|u| u.member == i),
        };
        // A checked member's ages on the date are known (`input.rs`).
        let ages = (m.birth_date <= h.date).then_some((m.age, m.age_months));
        let asked = member_aged(&limits, h.high_mountain, &facts, ages);
        let id = || Some(m.id.clone());
        if asked.status && m.status.is_none() {
            out.push((id(), "status"));
        }
        if asked.pension_right && m.pension_right.is_none() {
            out.push((id(), "pension_right"));
        }
        if asked.disability_group && m.disability.is_some_and(|d| d.group.is_none()) {
            out.push((id(), "disability_group"));
        }
        if asked.birth_order && m.birth_order.is_none() {
            out.push((id(), "birth_order"));
        }
    }
    if mother_residence_years(h.high_mountain) && h.mother_residence_years.is_none() {
        out.push((None, "mother_residence_years"));
    }
    out
}

/// Whether to ask the mother's years in the area («Бала береке»): only in a
/// high-mountain or remote family.
pub fn mother_residence_years(high_mountain: bool) -> bool {
    high_mountain
}

/// How far back the web form looks for births among the household's people:
/// a child younger than this many months is a birth of the birth payment
/// (children with the same birth date: twins, triplets), so a newborn is
/// entered once, as a person. A choice of the form, not law: the payment's
/// own window is shorter (`birth_payment.application_window_months`), and a
/// birth just past it still shows, with the deadline that has passed.
pub const FORM_BIRTH_LOOKBACK_MONTHS: i32 = 12;

/// Whether a child born on `birth` is a birth the form asks about on `date`.
pub fn recent_birth(date: Date, birth: Date) -> bool {
    birth <= date && birth.add_months(FORM_BIRTH_LOOKBACK_MONTHS) > date
}
