//! One module per benefit. Each exports one [`Def`]: its id, its rules file,
//! its period, how it evaluates, its documents and office. [`REGISTRY`] is
//! the one list of them: the evaluation, the output order, `ukuk rules`, the
//! TypeScript types and the tests iterate it or are checked against it.
//! Adding a benefit: its rules file, its module (with its `DEF`), one line
//! here, its texts and its cases.

pub mod bala_bereke;
pub mod bala_yrysy;
pub mod birth_payment;
pub mod family_assistance;
pub mod high_mountain_help;
pub mod livestock;
pub mod officer_insurance;
pub mod social_benefit;
pub mod unemployment_allowance;

use rust_decimal::Decimal;

use crate::date::Date;
use crate::input::{Household, Member, Orphan, Status as Residence};
use crate::output::{Benefit, Detail, Explained, Money, MonthPaid, Outcome, Reason, Reasons, Status};
use crate::params::data::shared;
use crate::params::{FileInfo, Rule};

/// One benefit, as the engine knows it.
pub struct Def {
    /// The benefit's id in the output (`benefits[].id`), its texts
    /// (`benefit-<id>`) and its rules' ids (`<id>.<rule>`).
    pub id: &'static str,
    /// `monthly` or `once`.
    pub period: &'static str,
    /// Evaluates the benefit for a checked household.
    pub evaluate: fn(&Household) -> Benefit,
    /// Its own rules file: documents, office, checked date.
    pub rules: &'static FileInfo,
    /// The other rules files it reads (their checked dates count too).
    pub also_reads: &'static [&'static FileInfo],
    /// The last day all its rules were checked against a source: the
    /// earliest of its files' ([`checked_until`], worked out when compiled).
    pub verified_until: Date,
    /// Benefits that the published sources do not say whether this one
    /// combines with: when both are due, the result warns
    /// (`combination_unpublished`).
    pub combination_unpublished_with: &'static [&'static str],
    /// A benefit this one cannot be paid with: when both are due, the
    /// result shows both amounts and which is larger, and says the family
    /// chooses (the rule cited, and a `choose_one` warning).
    pub not_with: Option<(&'static str, &'static Rule)>,
    /// The parts of the input it reads (`members`, `members.income`,
    /// `assets`, `births`, …; the evaluation date always): a problem in one
    /// of them keeps it from being shown ([`affected_by`]). One that reads
    /// `members` waits while a member's birth date or sex is not given.
    pub reads: &'static [&'static str],
}

impl Def {
    /// Whether it reads the household's members (their ages, sex, …).
    pub fn reads_members(&self) -> bool {
        self.reads.contains(&"members")
    }

    /// The names of the rules files it reads, its own first.
    pub fn rules_files(&self) -> Vec<&'static str> {
        std::iter::once(self.rules.name).chain(self.also_reads.iter().map(|f| f.name)).collect()
    }
}

/// The earliest day its files were checked: a benefit's own rules file's,
/// and those of the files it also reads. Worked out when the engine is
/// compiled, not at each evaluation.
pub const fn checked_until(own: &FileInfo, also: &[&FileInfo]) -> Date {
    let mut until = own.verified_until;
    let mut rest = also;
    while let [file, others @ ..] = rest {
        if file.verified_until.days() < until.days() {
            until = file.verified_until;
        }
        rest = others;
    }
    until
}

/// Every benefit, in the order of the output.
pub static REGISTRY: &[&Def] = &[
    &birth_payment::DEF,
    &family_assistance::DEF,
    &social_benefit::DEF,
    &unemployment_allowance::DEF,
    &bala_yrysy::DEF,
    &high_mountain_help::DEF,
    &bala_bereke::DEF,
    &officer_insurance::DEF,
];

/// The ids of the registered benefits, in the order of the output.
pub fn ids() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().map(|d| d.id)
}

/// The benefit while members' facts are missing (`Member::missing`): the
/// status is `needs_information` and each reason names one missing fact.
/// Nothing is computed from a placeholder.
pub fn waiting(def: &'static Def, h: &Household) -> Benefit {
    let mut d = Draft::new(def);
    for m in &h.members {
        for fact in m.missing {
            d.reasons
                .add(shared::rule::MEMBER_FACTS_GIVEN, Outcome::Unknown, || Detail::new().with("member", &m.id).with("missing", *fact));
        }
    }
    d.finish_with(Status::NeedsInformation, None)
}

/// The benefits an answer at `path` (a JSON path of the input, e.g.
/// `members[2].income.wages`) can change: those whose `reads` cover it.
/// The evaluation date, or a path no benefit names, concerns them all.
pub fn affected_by(path: &str) -> Vec<&'static str> {
    let mut plain = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let within = |part: &str| plain == part || plain.strip_prefix(part).is_some_and(|r| r.starts_with('.'));
    let part = [
        "members.income",
        "members",
        "assets",
        "births",
        "unemployment",
        "officer",
        "region_coefficient",
        "high_mountain",
        "mother_residence_years",
        "social_contract_signed_on",
    ]
    .into_iter()
    .find(|p| within(p));
    REGISTRY.iter().filter(|d| part.is_none_or(|p| d.reads.contains(&p))).map(|d| d.id).collect()
}

/// Whether a member's birth date or sex is still to be given.
pub fn facts_missing(h: &Household) -> bool {
    h.members.iter().any(|m| !m.missing.is_empty())
}

/// What a benefit's evaluation gathers; [`Draft::finish`] makes the
/// [`Benefit`] (one builder for every benefit).
pub struct Draft {
    pub def: &'static Def,
    pub reasons: Reasons,
    /// The first and last day paid, where the rules fix them.
    pub period: Option<(Date, Date)>,
    /// Conditions of `conditional_documents` that hold (none on the lean path).
    pub conditions: Vec<&'static str>,
    /// What only a reader of one result needs (per-member and per-birth
    /// amounts, the schedule, warnings), gathered in the result's own
    /// `Explained`; `None` on the lean path ([`Draft::more`]).
    more: Option<Box<Explained>>,
}

impl Draft {
    #[inline]
    pub fn new(def: &'static Def) -> Draft {
        Draft::with_reasons(def, Reasons::new())
    }

    /// A draft with the reasons already checked.
    #[inline]
    pub fn with_reasons(def: &'static Def, reasons: Reasons) -> Draft {
        let more = if reasons.is_lean() { None } else { Some(Box::default()) };
        Draft { def, reasons, period: None, conditions: Vec::new(), more }
    }

    /// Where the explanation is gathered; `None` on the lean path, which
    /// returns none.
    #[inline]
    pub fn more(&mut self) -> Option<&mut Explained> {
        self.more.as_deref_mut()
    }

    /// Whether the evaluation is lean: only the status, amount and dates are
    /// returned ([`Reasons::is_lean`]).
    #[inline]
    pub fn lean(&self) -> bool {
        self.reasons.is_lean()
    }

    /// Adds a document condition once (not on the lean path, which returns
    /// no documents).
    pub fn condition(&mut self, c: &'static str) {
        if !self.lean() && !self.conditions.contains(&c) {
            self.conditions.push(c);
        }
    }

    /// The benefit with its total: the amount is the total when eligible,
    /// zero when not, and `null` when a missing fact leaves it unknown.
    pub fn finish(self, status: Status, total: Decimal) -> Benefit {
        let amount = amount_for(status, total);
        self.finish_with(status, amount)
    }

    /// The benefit with an amount given as it is (`None`: not computable).
    pub fn finish_with(self, status: Status, amount: Option<Money>) -> Benefit {
        let d = self.def;
        // A population reads a benefit's status, amount and dates: the lean
        // path returns those, with nothing to explain them.
        let Draft { reasons, conditions, more, .. } = self;
        let explained = match more {
            None => {
                discard(reasons.into_list());
                discard(conditions);
                None
            }
            Some(mut e) => {
                e.reasons = reasons.into_list();
                e.documents = documents(d.rules.documents, d.rules.conditional_documents, &conditions);
                Some(e)
            }
        };
        Benefit {
            id: d.id,
            status,
            amount,
            period: d.period,
            starts: self.period.map(|p| p.0),
            ends: self.period.map(|p| p.1),
            where_: d.rules.where_,
            rules_verified_until: d.verified_until,
            explained,
        }
    }
}

/// Drops a list, most often one the lean path left without an allocation:
/// such a list is forgotten (it holds nothing to free or drop) instead of
/// going through the drop of its elements, a call per list (the reasons and
/// the document conditions of each benefit: 170 of the heavy bench
/// household's 7 600 lean instructions).
fn discard<T>(list: Vec<T>) {
    if list.capacity() == 0 {
        std::mem::forget(list);
    }
}

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

/// Documents of a benefit: the base list (borrowed, not copied), then each
/// conditional list whose condition holds, without repeats.
pub fn documents(
    base: &'static [&'static str],
    conditional: &'static [(&'static str, &'static [&'static str])],
    conditions: &[&str],
) -> std::borrow::Cow<'static, [&'static str]> {
    let holds = |cond: &&str| conditions.contains(cond);
    let extra: usize = conditional.iter().filter(|(c, _)| holds(c)).map(|(_, list)| list.len()).sum();
    if extra == 0 {
        return std::borrow::Cow::Borrowed(base);
    }
    // One allocation, sized for every document the conditions can add.
    let mut docs = Vec::with_capacity(base.len() + extra);
    docs.extend_from_slice(base);
    for (_, list) in conditional.iter().filter(|(c, _)| holds(c)) {
        for d in *list {
            if !docs.contains(d) {
                docs.push(*d);
            }
        }
    }
    std::borrow::Cow::Owned(docs)
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

/// Whether the law on state benefits covers a person by residence status
/// (Law No. 163 of 2017-07-28, art. 3(1)): citizens living in the country,
/// kairylmans, and foreign citizens of the treaty states
/// (`shared.treaty_countries`) with a residence permit. `unstated` is the
/// outcome when the input does not give the status (the detail's `status`
/// is then `not_stated`).
/// `d` holds the figures that say whose status it is.
pub fn coverage(rule: &'static Rule, m: &Member, date: Date, unstated: Outcome, d: Detail) -> Reason {
    let countries = shared::TREATY_COUNTRIES.at(date);
    let list = countries.map_or(&[][..], |p| p.value);
    let listed = |country: &str| list.contains(&country);
    let outcome = coverage_outcome(m, date, unstated);
    let d = match &m.status {
        None if unstated == Outcome::Unknown => d.with("status", "not_stated").with("missing", "status"),
        None => d.with("status", "not_stated"),
        Some(Residence::Citizen) => d.with("status", "citizen"),
        Some(Residence::Kairylman) => d.with("status", "kairylman"),
        Some(Residence::Foreign { country, residence_permit }) => d
            .with("status", "foreign")
            .with("country", country.clone())
            .with("country_listed", listed(country))
            .with("residence_permit", *residence_permit)
            .with("countries", list),
    };
    let reason = Reason::new(rule, outcome, d);
    match (&m.status, countries) {
        (Some(Residence::Foreign { .. }), Some(p)) => reason.cite(&[&p.basis]),
        _ => reason,
    }
}

/// The outcome of [`coverage`], without its reason.
pub fn coverage_outcome(m: &Member, date: Date, unstated: Outcome) -> Outcome {
    match &m.status {
        None => unstated,
        Some(Residence::Citizen | Residence::Kairylman) => Outcome::Pass,
        Some(Residence::Foreign { country, residence_permit }) => {
            let listed = shared::TREATY_COUNTRIES.at(date).is_some_and(|p| p.value.contains(&country.as_str()));
            pass_if(listed && *residence_permit)
        }
    }
}

/// Whether a person on full state support is still covered by the law on
/// state benefits: only full orphans and children whose parents are both
/// unknown are (Law No. 163, art. 3(2)).
pub fn covered_in_state_support(m: &Member) -> bool {
    !m.full_state_support || matches!(m.orphan, Some(Orphan::Full | Orphan::ParentsUnknown))
}

/// A child's place among its mother's children: as given (`birth_order`),
/// or, when not given, its place by birth date among the household's
/// children (members under the child age limit; twins in the order of
/// their ids, so that the order of the list does not matter) — our reading,
/// shown as `order_from: household`.
pub fn birth_order(h: &Household, m: &Member) -> (u32, &'static str) {
    if let Some(n) = m.birth_order {
        return (n, "given");
    }
    // Without a child age limit in force, every member counts.
    let limit = shared::CHILD_AGE_LIMIT.at(h.date).map_or(i32::MAX, |p| p.value as i32);
    // By date, then by id (`(date, id) < (date, id)`), the child itself
    // left out without comparing its id with its own.
    let earlier = |x: &Member| x.birth_date < m.birth_date || (x.birth_date == m.birth_date && !std::ptr::eq(x, m) && x.id < m.id);
    let before = h.members.iter().filter(|x| x.age < limit && earlier(x)).count();
    (before as u32 + 1, "household")
}

/// The last day paid for a child until an age limit: the end of the month
/// in which the child reaches it (a month is paid when the child is under
/// the limit on its first day), or the day before the birthday when it
/// falls on a 1st.
pub fn child_end(c: &Member, limit_years: i32) -> Date {
    let birthday = c.birth_date.add_months(12 * limit_years);
    if birthday.ymd().2 == 1 {
        birthday.add_days(-1)
    } else {
        birthday.first_of_next_month().add_days(-1)
    }
}

/// Up to `SCHEDULE_MONTHS` months from `starts`, each at the rate in force on its first
/// day for the children paid on that day; stops at the first month with
/// none, or without a rate. `paid_before` gives, for each member, the first
/// day they are no longer paid (`None`: never paid): a child is paid from
/// `starts` until an age limit, so each member's day is found once, not
/// once a month. Only the full path asks for it (`Draft::more`).
pub fn per_child_schedule(
    h: &Household,
    starts: Date,
    rate: &'static crate::params::Param<Decimal>,
    paid_before: impl Fn(&Member) -> Option<Date>,
) -> Vec<MonthPaid> {
    let ends: Vec<Date> = h.members.iter().filter_map(paid_before).collect();
    let mut out = Vec::with_capacity(crate::output::SCHEDULE_MONTHS as usize);
    // The month's amount, computed again only when the rate or the number
    // of children paid changes.
    let mut last: Option<(&'static crate::params::Period<Decimal>, usize, Money)> = None;
    for (from, until) in starts.months().take(crate::output::SCHEDULE_MONTHS as usize) {
        let n = ends.iter().filter(|&&end| from < end).count();
        let Some(p) = rate.at(from) else { break };
        if n == 0 {
            break;
        }
        let amount = match last {
            Some((q, m, amount)) if std::ptr::eq(p, q) && m == n => amount,
            _ => Money(p.value * Decimal::from(n as u64)),
        };
        last = Some((p, n, amount));
        out.push(MonthPaid { from, until, amount });
    }
    out
}

/// The day a person born on `birth` turns `years` old (see [`Date::years_until`]):
/// before it they are younger.
pub fn turns(birth: Date, years: i32) -> Date {
    birth.add_months(12 * years)
}

#[cfg(test)]
mod checked_tests {
    /// Each benefit's checked date, worked out when compiled, is the
    /// earliest of its rules files'.
    #[test]
    fn a_benefits_checked_date_is_its_files_earliest() {
        for def in super::REGISTRY {
            let files = std::iter::once(def.rules).chain(def.also_reads.iter().copied());
            assert_eq!(Some(def.verified_until), files.map(|f| f.verified_until).min(), "{}", def.id);
        }
    }
}

#[cfg(test)]
mod affected_tests {
    use super::affected_by;

    #[test]
    fn an_answer_concerns_the_benefits_that_read_it() {
        assert_eq!(affected_by("members[2].income.wages"), vec!["family_assistance", "social_benefit", "high_mountain_help"]);
        assert_eq!(affected_by("region_coefficient"), vec!["family_assistance", "social_benefit", "high_mountain_help"]);
        assert_eq!(affected_by("assets.vehicles[0].year"), vec!["family_assistance", "high_mountain_help"]);
        assert_eq!(affected_by("officer.monthly_pay"), vec!["officer_insurance"]);
        assert_eq!(affected_by("births[0].application_date"), vec!["birth_payment"]);
        assert_eq!(affected_by("date").len(), super::REGISTRY.len());
        assert_eq!(affected_by("members[0].birth_date").len(), super::REGISTRY.len() - 1, "all but the officers' insurance");
    }
}

#[cfg(test)]
mod order_tests {
    use super::birth_order;
    use crate::{read_household, Date};

    /// Children born the same day (twins) take their places by their ids,
    /// whatever the order of the list; the older child comes first.
    #[test]
    fn twins_are_ordered_by_their_ids_in_any_order_of_the_list() {
        let today = Date::parse("2026-09-01").unwrap();
        let member = |id: &str, born: &str| serde_json::json!({"id": id, "birth_date": born, "sex": "female"});
        let mother = member("m", "1990-01-01");
        let (older, b, a) = (member("c", "2020-05-01"), member("b", "2024-03-03"), member("a", "2024-03-03"));
        for members in [[&mother, &older, &b, &a], [&a, &b, &older, &mother], [&b, &mother, &a, &older]] {
            let h = read_household(&serde_json::json!({ "members": members }), today).unwrap();
            let order = |id: &str| birth_order(&h, h.members.iter().find(|m| &*m.id == id).unwrap());
            assert_eq!([order("c"), order("a"), order("b")], [(1, "household"), (2, "household"), (3, "household")]);
        }
    }
}
