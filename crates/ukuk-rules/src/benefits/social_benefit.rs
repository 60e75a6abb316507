//! The monthly social benefit (АСЖ) for people without a right to a pension.

use rust_decimal::Decimal;

use super::{pass_if, Def, Draft};
use crate::date::Date;
use crate::input::{Household, Member, Orphan, Sex};
use crate::output::{round_money, Benefit, Detail, MemberAmount, Money, Outcome, Status};
use crate::params::data::shared;
use crate::params::data::social_benefit as rules;
use crate::params::data::social_benefit::rule;
use crate::params::Param;

pub const ID: &str = "social_benefit";

/// The other rules files it reads.
const ALSO_READS: &[&crate::params::FileInfo] = &[&crate::params::data::shared::INFO];

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
    reads: &["members", "members.income", "high_mountain", "region_coefficient"],
};

/// A category of the benefit: its id (also its translation id) and amount parameter.
struct Category {
    id: &'static str,
    amount: &'static Param<Decimal>,
    /// Document condition the category adds.
    condition: &'static str,
}

const fn cat(id: &'static str, amount: &'static Param<Decimal>, condition: &'static str) -> Category {
    Category { id, amount, condition }
}

static CHILD_DISABILITY: Category = cat("child_disability", &rules::AMOUNT_CHILD_DISABILITY, "disability");
static CHILD_HIV: Category = cat("child_hiv", &rules::AMOUNT_CHILD_HIV, "hiv");
static CHILD_OF_HIV_MOTHER: Category = cat("child_of_hiv_mother", &rules::AMOUNT_CHILD_OF_HIV_MOTHER, "hiv");
static CHILDHOOD_DISABILITY_1: Category = cat("childhood_disability_1", &rules::AMOUNT_CHILDHOOD_DISABILITY_1, "disability");
static CHILDHOOD_DISABILITY_2: Category = cat("childhood_disability_2", &rules::AMOUNT_CHILDHOOD_DISABILITY_2, "disability");
static CHILDHOOD_DISABILITY_3: Category = cat("childhood_disability_3", &rules::AMOUNT_CHILDHOOD_DISABILITY_3, "disability");
static GENERAL_DISABILITY_1: Category = cat("general_disability_1", &rules::AMOUNT_GENERAL_DISABILITY_1, "disability");
static GENERAL_DISABILITY_2: Category = cat("general_disability_2", &rules::AMOUNT_GENERAL_DISABILITY_2, "disability");
static GENERAL_DISABILITY_3: Category = cat("general_disability_3", &rules::AMOUNT_GENERAL_DISABILITY_3, "disability");
static HERO_MOTHER: Category = cat("hero_mother", &rules::AMOUNT_HERO_MOTHER, "hero_mother");
static ELDERLY: Category = cat("elderly", &rules::AMOUNT_ELDERLY, "");
static ELDERLY_HIGH_MOUNTAIN: Category = cat("elderly_high_mountain", &rules::AMOUNT_ELDERLY_HIGH_MOUNTAIN, "");
static FULL_ORPHAN: Category = cat("full_orphan", &rules::AMOUNT_FULL_ORPHAN, "child");
static PARENTS_UNKNOWN: Category = cat("parents_unknown", &rules::AMOUNT_PARENTS_UNKNOWN, "child");
/// In the order of the law's table; ties between equal amounts go to the first.
static CATEGORIES: &[&Category] = &[
    &CHILD_DISABILITY,
    &CHILD_HIV,
    &CHILD_OF_HIV_MOTHER,
    &CHILDHOOD_DISABILITY_1,
    &CHILDHOOD_DISABILITY_2,
    &CHILDHOOD_DISABILITY_3,
    &GENERAL_DISABILITY_1,
    &GENERAL_DISABILITY_2,
    &GENERAL_DISABILITY_3,
    &HERO_MOTHER,
    &ELDERLY,
    &ELDERLY_HIGH_MOUNTAIN,
    &FULL_ORPHAN,
    &PARENTS_UNKNOWN,
];
static BREADWINNER: Category = cat("lost_breadwinner", &rules::AMOUNT_LOST_BREADWINNER, "lost_breadwinner");

/// Every category id, the loss-of-breadwinner supplement last.
pub fn category_ids() -> impl Iterator<Item = &'static str> {
    CATEGORIES.iter().copied().chain(std::iter::once(&BREADWINNER)).map(|c| c.id)
}

fn value<T: Copy>(p: &'static Param<T>, date: Date) -> Option<T> {
    p.at(date).map(|x| x.value)
}

struct Ages {
    child_limit: u32,
    hiv_months: u32,
    elderly_male: u32,
    elderly_female: u32,
    hero: u32,
}

fn ages(date: Date) -> Option<Ages> {
    Some(Ages {
        child_limit: value(&shared::CHILD_AGE_LIMIT, date)?,
        hiv_months: value(&rules::HIV_MOTHER_CHILD_MONTHS, date)?,
        elderly_male: value(&rules::ELDERLY_AGE_MALE, date)?,
        elderly_female: value(&rules::ELDERLY_AGE_FEMALE, date)?,
        hero: value(&rules::HERO_MOTHER_AGE, date)?,
    })
}

/// The disability category of a group (1 to 3), since childhood or not.
fn by_group(since_childhood: bool, group: u8) -> Option<&'static Category> {
    match (since_childhood, group) {
        (true, 1) => Some(&CHILDHOOD_DISABILITY_1),
        (true, 2) => Some(&CHILDHOOD_DISABILITY_2),
        (true, 3) => Some(&CHILDHOOD_DISABILITY_3),
        (false, 1) => Some(&GENERAL_DISABILITY_1),
        (false, 2) => Some(&GENERAL_DISABILITY_2),
        (false, 3) => Some(&GENERAL_DISABILITY_3),
        _ => None,
    }
}

/// A member's categories, found by [`categories`]: each of its calls of
/// `add`, none in a loop, adds at most one, so they are held without an
/// allocation (a test holds the room to the calls).
struct Found {
    list: [&'static Category; FOUND_AT_MOST],
    len: usize,
}

/// As many categories as `categories` has calls of `add`.
const FOUND_AT_MOST: usize = 8;

impl Default for Found {
    fn default() -> Self {
        Found { list: [&ELDERLY; FOUND_AT_MOST], len: 0 }
    }
}

impl Found {
    fn add(&mut self, c: &'static Category) {
        if let Some(slot) = self.list.get_mut(self.len) {
            *slot = c;
            self.len += 1;
        }
    }
    fn list(&self) -> &[&'static Category] {
        self.list.get(..self.len).unwrap_or(&self.list)
    }
}

/// The categories a member qualifies for (excluding loss of breadwinner),
/// and whether an adult's disability group, which sets the amount, is missing.
/// Ages: elderly from 65 (men) / 60 (women), hero mothers from 55 (the
/// ministry's figures, rules.md section 8; the handbook's 63 / 58 is the
/// pension age).
fn categories(m: &Member, h: &Household, a: &Ages, out: &mut Found) -> bool {
    let age = m.age;
    let months = m.age_months;
    let child = age < a.child_limit as i32;
    out.len = 0;
    let mut missing_group = false;
    let mut add = |c: &'static Category| out.add(c);
    if child {
        if m.disability.is_some() {
            add(&CHILD_DISABILITY);
        }
        if m.hiv {
            add(&CHILD_HIV);
        }
        if m.mother_hiv && months < a.hiv_months as i32 {
            add(&CHILD_OF_HIV_MOTHER);
        }
        match m.orphan {
            Some(Orphan::Full) => add(&FULL_ORPHAN),
            Some(Orphan::ParentsUnknown) => add(&PARENTS_UNKNOWN),
            _ => {}
        }
    } else if let Some(d) = m.disability {
        match d.group {
            Some(g) => {
                if let Some(c) = by_group(d.since_childhood, g) {
                    add(c);
                }
            }
            // An adult's amount depends on the group: without it the category cannot be valued.
            None => missing_group = true,
        }
    }
    if m.hero_mother && m.sex == Sex::Female && age >= a.hero as i32 {
        add(&HERO_MOTHER);
    }
    let elderly = if h.high_mountain { &ELDERLY_HIGH_MOUNTAIN } else { &ELDERLY };
    let elderly_age = match m.sex {
        Sex::Male => a.elderly_male,
        Sex::Female => a.elderly_female,
    };
    if age >= elderly_age as i32 {
        add(elderly);
    }
    missing_group
}

pub fn evaluate(h: &Household) -> Benefit {
    let mut d = Draft::new(&DEF);
    let Some(a) = ages(h.date) else {
        d.reasons.add(rule::RULES_IN_FORCE, Outcome::Unknown, || Detail::new().with("date", h.date));
        return d.finish(Status::NeedsInformation, Decimal::ZERO);
    };
    let mut any_unknown = false;
    let mut total = Decimal::ZERO;
    let mut paid = false;
    // One list for each member's categories in turn.
    let mut cats = Found::default();
    for m in &h.members {
        let (unknown, amount) = evaluate_member(h, m, &a, &mut d, &mut cats);
        any_unknown |= unknown;
        if let Some(amount) = amount {
            paid = true;
            total += amount;
        }
    }
    let status = if paid {
        Status::Eligible
    } else if any_unknown {
        Status::NeedsInformation
    } else {
        Status::NotEligible
    };
    d.finish(status, total)
}

/// One person: their categories, whether the law covers them and they have
/// no pension right, the amount of the highest category, the supplement for
/// a lost breadwinner, and the regional coefficient. Returns whether a fact
/// was missing, and the amount when one is paid.
fn evaluate_member(h: &Household, m: &Member, a: &Ages, d: &mut Draft, cats: &mut Found) -> (bool, Option<Decimal>) {
    let missing_group = categories(m, h, a, cats);
    let cats: &[&'static Category] = cats.list();
    let breadwinner = m.orphan == Some(Orphan::LostBreadwinner) && m.age < a.child_limit as i32;
    let member = || Detail::new().with("member", &m.id);
    // An adult with a disability but no group is in a category whose amount
    // is unknown: the checks below still apply to them.
    if cats.is_empty() && !breadwinner && !missing_group {
        d.reasons.add(rule::NO_CATEGORY, Outcome::Fail, || member().with("age", m.age));
        return (false, None);
    }
    // The categories' ids, written only where a reason keeps its figures.
    let names = || {
        let mut names: Vec<&'static str> = cats.iter().map(|c| c.id).collect();
        if breadwinner {
            names.push(BREADWINNER.id);
        }
        names
    };
    match gates(h, m, names, d) {
        Outcome::Pass => {}
        Outcome::Fail => return (false, None),
        Outcome::Unknown => return (true, None),
    }
    let mut unknown = false;
    if missing_group {
        unknown = true;
        d.reasons.add(rule::CATEGORY, Outcome::Unknown, || member().with("missing", "disability_group"));
    }
    let (chosen, missing_amount) = highest(h.date, m, cats, d);
    unknown |= missing_amount;
    let supplement = if breadwinner {
        d.condition(BREADWINNER.condition);
        let s = supplement(h.date, m, d);
        unknown |= s.is_none();
        s
    } else {
        None
    };
    let base = chosen.map_or(Decimal::ZERO, |(_, v)| v) + supplement.unwrap_or(Decimal::ZERO);
    let mut paid = None;
    if base > Decimal::ZERO {
        let amount = round_money(base * h.region_coefficient);
        paid = Some(amount);
        d.reasons.add(rule::AMOUNT, Outcome::Pass, || {
            member()
                .with("base", Money(base))
                .with("region_coefficient", crate::output::Number::AsIs(h.region_coefficient))
                .with("amount", Money(amount))
        });
        if let Some(e) = d.more() {
            e.per_member.push(MemberAmount {
                member: m.id.clone(),
                amount: Money(amount),
                category: chosen.map(|(c, _)| c.id),
                other_categories: others(h.date, cats, chosen),
                breadwinner_supplement: supplement.map(|s| Money(round_money(s * h.region_coefficient))),
            });
        }
    }
    // A child paid anything (a category or only the loss-of-breadwinner
    // benefit) shows the birth certificate.
    if (chosen.is_some() || supplement.is_some()) && m.age < a.child_limit as i32 {
        d.condition("child");
    }
    (unknown, paid)
}

/// Law No. 163, art. 3 (who the law covers; full state support only for full
/// orphans and children whose parents are unknown), and the handbook's lines
/// 1816-1817 and 2316-2319: no right to a pension (asked when not given).
fn gates(h: &Household, m: &Member, names: impl Fn() -> Vec<&'static str>, d: &mut Draft) -> Outcome {
    let member = || Detail::new().with("member", &m.id);
    let covered = super::coverage_outcome(m, h.date, Outcome::Pass);
    d.reasons.push_with(covered, || super::coverage(rule::COVERED, m, h.date, Outcome::Pass, member()));
    if covered != Outcome::Pass {
        return Outcome::Fail;
    }
    if m.full_state_support {
        let ok = super::covered_in_state_support(m);
        d.reasons.add(rule::NOT_IN_STATE_SUPPORT, pass_if(ok), || member().with("categories", names()));
        if !ok {
            return Outcome::Fail;
        }
    }
    match m.pension_right {
        Some(true) => {
            d.reasons.add(rule::NO_PENSION_RIGHT, Outcome::Fail, || member().with("categories", names()));
            Outcome::Fail
        }
        None => {
            d.reasons
                .add(rule::NO_PENSION_RIGHT, Outcome::Unknown, || member().with("categories", names()).with("missing", "pension_right"));
            Outcome::Unknown
        }
        Some(false) => {
            d.reasons.add(rule::NO_PENSION_RIGHT, Outcome::Pass, member);
            Outcome::Pass
        }
    }
}

/// Handbook lines 2361-2364: one benefit per person, of their choice; the
/// highest is paid (the first in the law's order on a tie) and the others
/// shown. Each category's amount is the one in force. Returns the chosen
/// category and amount, and whether an amount was missing.
type Chosen = Option<(&'static Category, Decimal)>;
fn highest(date: crate::date::Date, m: &Member, cats: &[&'static Category], d: &mut Draft) -> (Chosen, bool) {
    let member = || Detail::new().with("member", &m.id);
    let mut chosen: Chosen = None;
    let mut missing = false;
    for c in cats {
        match c.amount.at(date) {
            Some(p) => {
                d.reasons.add_cited(rule::CATEGORY, Outcome::Pass, &[&p.basis], || {
                    member().with("category", c.id).with("amount", Money(p.value))
                });
                if chosen.is_none_or(|(_, best)| p.value > best) {
                    chosen = Some((c, p.value));
                }
            }
            None => {
                missing = true;
                d.reasons.add(rule::CATEGORY, Outcome::Unknown, || member().with("category", c.id));
            }
        }
        if !c.condition.is_empty() {
            d.condition(c.condition);
        }
    }
    if let Some((c, v)) = chosen {
        d.reasons.add(rule::HIGHEST_CHOSEN, Outcome::Pass, || {
            member().with("category", c.id).with("amount", Money(v)).with("others", others(date, cats, chosen))
        });
    }
    (chosen, missing)
}

/// The categories with an amount in force that were not chosen.
fn others(date: crate::date::Date, cats: &[&'static Category], chosen: Chosen) -> Vec<&'static str> {
    cats.iter()
        .filter(|c| c.amount.at(date).is_some() && chosen.is_none_or(|(x, _)| !std::ptr::eq::<Category>(x, **c)))
        .map(|c| c.id)
        .collect()
}

/// Handbook lines 2365-2366: the loss-of-breadwinner benefit is paid on top
/// of any other; `None` when no amount is in force.
fn supplement(date: crate::date::Date, m: &Member, d: &mut Draft) -> Option<Decimal> {
    let p = BREADWINNER.amount.at(date)?;
    d.reasons.add_cited(rule::BREADWINNER_ADDED, Outcome::Pass, &[&p.basis], || {
        Detail::new().with("member", &m.id).with("amount", Money(p.value))
    });
    Some(p.value)
}

#[cfg(test)]
mod tests {
    /// `Found` has room for a category from each call of `add` in
    /// `categories`: a call added there without room would go unseen.
    #[test]
    fn found_has_room_for_every_call_of_add() {
        let source = include_str!("social_benefit.rs");
        let start = source.find("\nfn categories(").expect("fn categories");
        let body = &source[start..];
        let body = &body[..body.find("\n}\n").expect("its end")];
        let calls = body.matches("add(").count() - body.matches("out.add(").count();
        assert!(!body.contains("for ") && !body.contains("while "), "a call of add in a loop");
        assert_eq!(calls, super::FOUND_AT_MOST, "categories calls add {calls} times");
    }
}
