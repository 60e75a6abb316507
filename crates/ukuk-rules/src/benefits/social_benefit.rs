//! The monthly social benefit (АСЖ) for people without a right to a pension.

use rust_decimal::Decimal;

use super::{amount_for, documents};
use crate::date::Date;
use crate::input::{Household, Member, Orphan, Sex};
use crate::output::{round_money, Benefit, Detail, MemberAmount, Money, Outcome, Reason, Status, Value, Warning};
use crate::params::data::shared;
use crate::params::data::social_benefit as rules;
use crate::params::data::social_benefit::rule;
use crate::params::Param;

pub const ID: &str = "social_benefit";

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

/// In the order of the law's table; ties between equal amounts go to the first.
static CATEGORIES: &[Category] = &[
    cat("child_disability", &rules::AMOUNT_CHILD_DISABILITY, "disability"),
    cat("child_hiv", &rules::AMOUNT_CHILD_HIV, "hiv"),
    cat("child_of_hiv_mother", &rules::AMOUNT_CHILD_OF_HIV_MOTHER, "hiv"),
    cat("childhood_disability_1", &rules::AMOUNT_CHILDHOOD_DISABILITY_1, "disability"),
    cat("childhood_disability_2", &rules::AMOUNT_CHILDHOOD_DISABILITY_2, "disability"),
    cat("childhood_disability_3", &rules::AMOUNT_CHILDHOOD_DISABILITY_3, "disability"),
    cat("general_disability_1", &rules::AMOUNT_GENERAL_DISABILITY_1, "disability"),
    cat("general_disability_2", &rules::AMOUNT_GENERAL_DISABILITY_2, "disability"),
    cat("general_disability_3", &rules::AMOUNT_GENERAL_DISABILITY_3, "disability"),
    cat("hero_mother", &rules::AMOUNT_HERO_MOTHER, "hero_mother"),
    cat("elderly", &rules::AMOUNT_ELDERLY, ""),
    cat("elderly_high_mountain", &rules::AMOUNT_ELDERLY_HIGH_MOUNTAIN, ""),
    cat("full_orphan", &rules::AMOUNT_FULL_ORPHAN, "child"),
    cat("parents_unknown", &rules::AMOUNT_PARENTS_UNKNOWN, "child"),
];
static BREADWINNER: Category = cat("lost_breadwinner", &rules::AMOUNT_LOST_BREADWINNER, "lost_breadwinner");

/// Every category id, the loss-of-breadwinner supplement last.
pub fn category_ids() -> impl Iterator<Item = &'static str> {
    CATEGORIES.iter().chain(std::iter::once(&BREADWINNER)).map(|c| c.id)
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
    elderly_male_ministry: u32,
    elderly_female_ministry: u32,
    hero_ministry: u32,
}

fn ages(date: Date) -> Option<Ages> {
    Some(Ages {
        child_limit: value(&shared::CHILD_AGE_LIMIT, date)?,
        hiv_months: value(&rules::HIV_MOTHER_CHILD_MONTHS, date)?,
        elderly_male: value(&rules::ELDERLY_AGE_MALE, date)?,
        elderly_female: value(&rules::ELDERLY_AGE_FEMALE, date)?,
        hero: value(&rules::HERO_MOTHER_AGE, date)?,
        elderly_male_ministry: value(&rules::ELDERLY_AGE_MALE_MINISTRY, date)?,
        elderly_female_ministry: value(&rules::ELDERLY_AGE_FEMALE_MINISTRY, date)?,
        hero_ministry: value(&rules::HERO_MOTHER_AGE_MINISTRY, date)?,
    })
}

/// The categories a member qualifies for (excluding loss of breadwinner),
/// and any age reading on which the handbook and the ministry disagree.
fn categories(m: &Member, h: &Household, a: &Ages) -> (Vec<&'static Category>, Vec<Detail>, bool) {
    let age = m.age;
    let months = m.age_months;
    let child = age < a.child_limit as i32;
    let mut out = Vec::new();
    let mut disputes = Vec::new();
    let mut missing_group = false;
    let mut add = |id: &str| {
        if let Some(c) = CATEGORIES.iter().find(|c| c.id == id) {
            out.push(c);
        }
    };
    if child {
        if m.disability.is_some() {
            add("child_disability");
        }
        if m.hiv {
            add("child_hiv");
        }
        if m.mother_hiv && months < a.hiv_months as i32 {
            add("child_of_hiv_mother");
        }
        match m.orphan {
            Some(Orphan::Full) => add("full_orphan"),
            Some(Orphan::ParentsUnknown) => add("parents_unknown"),
            _ => {}
        }
    } else if let Some(d) = m.disability {
        let kind = if d.since_childhood { "childhood_disability" } else { "general_disability" };
        match d.group {
            Some(g) => add(&format!("{kind}_{g}")),
            // An adult's amount depends on the group: without it the category cannot be valued.
            None => missing_group = true,
        }
    }
    // Age readings: the handbook's (applied) and the ministry's (shown).
    let mut by_age = |id: &'static str, applied: u32, ministry: u32| {
        let ok = age >= applied as i32;
        if ok {
            add(id);
        }
        if ok != (age >= ministry as i32) {
            disputes.push(
                Detail::new()
                    .with("member", &m.id)
                    .with("category", id)
                    .with("age", age)
                    .with("handbook_age", applied)
                    .with("ministry_age", ministry),
            );
        }
    };
    if m.hero_mother && m.sex == Sex::Female {
        by_age("hero_mother", a.hero, a.hero_ministry);
    }
    let elderly = if h.high_mountain { "elderly_high_mountain" } else { "elderly" };
    match m.sex {
        Sex::Male => by_age(elderly, a.elderly_male, a.elderly_male_ministry),
        Sex::Female => by_age(elderly, a.elderly_female, a.elderly_female_ministry),
    }
    (out, disputes, missing_group)
}

pub fn evaluate(h: &Household, warnings: &mut Vec<Warning>) -> Benefit {
    let date = h.date;
    let mut reasons = Vec::with_capacity(6 * h.members.len() + 4);
    let mut per_member = Vec::new();
    let mut conditions: Vec<&'static str> = Vec::new();
    let Some(a) = ages(date) else {
        reasons.push(Reason::new(rule::RULES_IN_FORCE, Outcome::Unknown, Detail::new().with("date", date)));
        return finish(Status::NeedsInformation, Decimal::ZERO, per_member, reasons, conditions);
    };
    let mut any_unknown = false;
    let coefficient = h.region_coefficient.to_string();
    for m in &h.members {
        let (cats, disputes, missing_group) = categories(m, h, &a);
        let age = m.age;
        let breadwinner = m.orphan == Some(Orphan::LostBreadwinner) && age < a.child_limit as i32;
        // The readings matter only to someone without a pension right.
        if !m.pension_right {
            for d in disputes {
                reasons.push(Reason::new(rule::AGE_READINGS_DIFFER, Outcome::Pass, d.clone()));
                warnings.push(Warning { code: "age_readings_differ", detail: d });
            }
        }
        let member = || Detail::new().with("member", &m.id);
        if missing_group && !m.pension_right {
            any_unknown = true;
            reasons.push(Reason::new(rule::CATEGORY, Outcome::Unknown, member().with("missing", "disability_group")));
        }
        if cats.is_empty() && !breadwinner {
            reasons.push(Reason::new(rule::NO_CATEGORY, Outcome::Fail, member().with("age", age)));
            continue;
        }
        if m.pension_right {
            let mut names: Vec<String> = cats.iter().map(|c| c.id.to_string()).collect();
            if breadwinner {
                names.push(BREADWINNER.id.to_string());
            }
            reasons.push(Reason::new(rule::NO_PENSION_RIGHT, Outcome::Fail, member().with("categories", names)));
            continue;
        }
        reasons.push(Reason::new(rule::NO_PENSION_RIGHT, Outcome::Pass, member()));
        // Amounts in force; a category without one cannot be valued.
        let mut valued: Vec<(&'static Category, Decimal)> = Vec::new();
        for c in &cats {
            match c.amount.at(date) {
                Some(p) => {
                    reasons.push(
                        Reason::new(rule::CATEGORY, Outcome::Pass, member().with("category", c.id).with("amount", Money(p.value)))
                            .cite(&[p.source]),
                    );
                    valued.push((c, p.value));
                }
                None => {
                    any_unknown = true;
                    reasons.push(Reason::new(rule::CATEGORY, Outcome::Unknown, member().with("category", c.id)));
                }
            }
            if !c.condition.is_empty() && !conditions.contains(&c.condition) {
                conditions.push(c.condition);
            }
        }
        // The highest one (first in the law's order on a tie), the others shown.
        let mut chosen: Option<(&'static Category, Decimal)> = None;
        for (c, v) in &valued {
            if chosen.is_none_or(|(_, best)| *v > best) {
                chosen = Some((c, *v));
            }
        }
        let others: Vec<&'static str> = valued.iter().filter(|(c, _)| chosen.is_none_or(|(x, _)| x.id != c.id)).map(|(c, _)| c.id).collect();
        if let Some((c, v)) = chosen {
            reasons.push(Reason::new(
                rule::HIGHEST_CHOSEN,
                Outcome::Pass,
                member()
                    .with("category", c.id)
                    .with("amount", Money(v))
                    .with("others", others.iter().map(|o| o.to_string()).collect::<Vec<_>>()),
            ));
        }
        let supplement = if breadwinner {
            if !conditions.contains(&BREADWINNER.condition) {
                conditions.push(BREADWINNER.condition);
            }
            match BREADWINNER.amount.at(date) {
                Some(p) => {
                    reasons.push(Reason::new(rule::BREADWINNER_ADDED, Outcome::Pass, member().with("amount", Money(p.value))).cite(&[p.source]));
                    Some(p.value)
                }
                None => {
                    any_unknown = true;
                    None
                }
            }
        } else {
            None
        };
        let base = chosen.map_or(Decimal::ZERO, |(_, v)| v) + supplement.unwrap_or(Decimal::ZERO);
        if base > Decimal::ZERO {
            let amount = round_money(base * h.region_coefficient);
            reasons.push(Reason::new(
                rule::AMOUNT,
                Outcome::Pass,
                member()
                    .with("base", Money(base))
                    .with("region_coefficient", Value::Number(coefficient.clone()))
                    .with("amount", Money(amount)),
            ));
            per_member.push(MemberAmount {
                member: m.id.to_string(),
                amount: Money(amount),
                category: chosen.map(|(c, _)| c.id),
                other_categories: others,
                breadwinner_supplement: supplement.map(|s| Money(round_money(s * h.region_coefficient))),
            });
        }
        // A child paid anything (a category or only the loss-of-breadwinner
        // benefit) shows the birth certificate.
        if (chosen.is_some() || supplement.is_some()) && m.age < a.child_limit as i32 && !conditions.contains(&"child") {
            conditions.push("child");
        }
    }
    let status = if !per_member.is_empty() {
        Status::Eligible
    } else if any_unknown {
        Status::NeedsInformation
    } else {
        Status::NotEligible
    };
    let total = per_member.iter().map(|m| m.amount.0).sum();
    finish(status, total, per_member, reasons, conditions)
}

fn finish(status: Status, total: Decimal, per_member: Vec<MemberAmount>, reasons: Vec<Reason>, conditions: Vec<&'static str>) -> Benefit {
    Benefit {
        id: ID,
        status,
        amount: amount_for(status, total),
        period: "monthly",
        per_member,
        starts: None,
        ends: None,
        reasons,
        documents: documents(rules::DOCUMENTS, rules::CONDITIONAL_DOCUMENTS, &conditions),
        where_: rules::WHERE,
        rules_verified_until: rules::VERIFIED_UNTIL.min(shared::VERIFIED_UNTIL),
        per_birth: vec![],
    }
}
