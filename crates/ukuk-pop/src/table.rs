//! The flat table of a population (CSV, one row per person): the columns,
//! and the conversion between a household's rows and the contract's
//! household JSON (`docs/contract.md`), or straight into the engine's
//! `Household` ([`read`]). The rows of a household follow each other; the
//! household's own columns are read from its first row.
//!
//! | columns | what |
//! |---|---|
//! | `household_id`, `weight` | the household and how many households it stands for |
//! | `date`, `region_coefficient`, `high_mountain`, `social_contract_signed_on`, `mother_residence_years` | the household's fields |
//! | `livestock_<animal>` | head counts (`sheep`, `goat`, `cow`, `ox`, `heifer`, `horse`, `calf`, `bull`) |
//! | `vehicle_kind`, `vehicle_year`, `vehicle_working` | one vehicle (the table carries at most one) |
//! | `member_id`, `birth_date`, `sex`, `status`, `country`, `residence_permit`, `pension_right`, `disability_group`, `disability_since_childhood`, `hiv`, `mother_hiv`, `hero_mother`, `full_state_support`, `orphan`, `birth_order` | the person |
//! | `income_<type>` | the person's monthly income by type |
//! | `birth_applicant`, `birth_application_date` | on a newborn's row: who applies for the birth payment, and when; newborns with the same birth date and applicant are one birth |
//! | `unemployment_registered_on`, `insured_months_last_36`, `insured_record_continuous`, `months_paid_last_36` | on the row of the one person who seeks the unemployment allowance |
//!
//! An empty cell is a fact not given. Booleans are `true` or `false`.

use rust_decimal::Decimal;
use serde_json::Value;
use ukuk_rules::input::{
    check, limits, rules_start, ApplicantRole, Birth, Disability, Household, Member, Sex, Status, Unemployment, Vehicle,
};
use ukuk_rules::tree::{Kind, Tree};
use ukuk_rules::Date;

use crate::problem::Problem;

pub const ANIMALS: &[&str] = &["sheep", "goat", "cow", "ox", "heifer", "horse", "calf", "bull"];
pub const INCOMES: &[&str] =
    &["wages", "stipend", "business", "land", "livestock", "other", "pension", "state_benefits", "maternity", "funeral", "unemployment"];

/// The columns, one list: `Col::birth_date` is the column `birth_date`, and
/// [`COLUMNS`] holds the names in file order.
macro_rules! columns {
    ($($name:ident: $kind:ident),* $(,)?) => {
        /// A column of the table, by its name.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Col { $($name),* }
        /// Every column's name, in file order (`Col as usize` is the place).
        pub const COLUMNS: &[&str] = &[$(stringify!($name)),*];
        /// Every column, in file order.
        pub const ALL: &[Col] = &[$(Col::$name),*];
        /// Every column's kind, in file order.
        const KINDS: &[ColumnKind] = &[$(ColumnKind::$kind),*];
    };
}

/// What a column's cells hold, and so the Arrow type it may have besides
/// text (`docs/contract.md`): a typed column is read as its value, a text
/// one as the text the CSV holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// Text only: ids and codes.
    Text,
    /// A decimal (an amount, a weight, a coefficient): `decimal128` or a whole number.
    Money,
    /// A day: `date32`.
    Date,
    /// `true` or `false`: `boolean`.
    Flag,
    /// A whole number: any integer type.
    Count,
}

columns!(
    household_id: Text,
    weight: Money,
    date: Date,
    region_coefficient: Money,
    high_mountain: Flag,
    social_contract_signed_on: Date,
    mother_residence_years: Count,
    livestock_sheep: Count,
    livestock_goat: Count,
    livestock_cow: Count,
    livestock_ox: Count,
    livestock_heifer: Count,
    livestock_horse: Count,
    livestock_calf: Count,
    livestock_bull: Count,
    vehicle_kind: Text,
    vehicle_year: Count,
    vehicle_working: Flag,
    member_id: Text,
    birth_date: Date,
    sex: Text,
    status: Text,
    country: Text,
    residence_permit: Flag,
    pension_right: Flag,
    disability_group: Count,
    disability_since_childhood: Flag,
    hiv: Flag,
    mother_hiv: Flag,
    hero_mother: Flag,
    full_state_support: Flag,
    orphan: Text,
    birth_order: Count,
    income_wages: Money,
    income_stipend: Money,
    income_business: Money,
    income_land: Money,
    income_livestock: Money,
    income_other: Money,
    income_pension: Money,
    income_state_benefits: Money,
    income_maternity: Money,
    income_funeral: Money,
    income_unemployment: Money,
    birth_applicant: Text,
    birth_application_date: Date,
    unemployment_registered_on: Date,
    insured_months_last_36: Count,
    insured_record_continuous: Flag,
    months_paid_last_36: Count,
);

impl Col {
    pub fn name(self) -> &'static str {
        COLUMNS[self as usize]
    }
}

/// The kind of the column at `place` in [`COLUMNS`]' order.
pub fn kind(place: usize) -> ColumnKind {
    KINDS.get(place).copied().unwrap_or(ColumnKind::Text)
}

/// The livestock columns with their animals, as [`ANIMALS`] lists them.
const ANIMAL_COLS: [(&str, Col); 8] = [
    ("sheep", Col::livestock_sheep),
    ("goat", Col::livestock_goat),
    ("cow", Col::livestock_cow),
    ("ox", Col::livestock_ox),
    ("heifer", Col::livestock_heifer),
    ("horse", Col::livestock_horse),
    ("calf", Col::livestock_calf),
    ("bull", Col::livestock_bull),
];
/// The income columns with their income types, as [`INCOMES`] lists them.
const INCOME_COLS: [(&str, Col); 11] = [
    ("wages", Col::income_wages),
    ("stipend", Col::income_stipend),
    ("business", Col::income_business),
    ("land", Col::income_land),
    ("livestock", Col::income_livestock),
    ("other", Col::income_other),
    ("pension", Col::income_pension),
    ("state_benefits", Col::income_state_benefits),
    ("maternity", Col::income_maternity),
    ("funeral", Col::income_funeral),
    ("unemployment", Col::income_unemployment),
];

const HOUSEHOLD_TEXT: &[Col] = &[Col::date, Col::region_coefficient, Col::social_contract_signed_on];
const MEMBER_TEXT: &[Col] = &[Col::birth_date, Col::sex, Col::orphan];
const MEMBER_FLAGS: &[Col] = &[Col::hiv, Col::mother_hiv, Col::hero_mother, Col::full_state_support];

/// Every column, in file order.
pub fn columns() -> Vec<String> {
    COLUMNS.iter().map(|c| c.to_string()).collect()
}

/// One row: a value per column (by the order of `columns()`), empty when not given.
pub type Row = Vec<String>;

/// A row's cells by their place: a [`Row`], a CSV record as read, cells
/// borrowed from Arrow columns.
pub trait Cells {
    fn cell(&self, i: usize) -> Option<&str>;
}

/// A row as the readers read it: the cell of a column, trimmed, empty when
/// the file has no such column. Rows of cells by their place find it
/// through the layout ([`Layout::get`]); a row whose cells are already in
/// the columns' order (an Arrow record batch's, [`Layout::in_order`]) finds
/// it without.
///
/// [`read`] asks for a column of another kind than [`ColumnKind::Text`] by
/// its value (`date`, `flag`, `count`, `money`: `Some(None)` for an empty
/// cell, `None` for one that holds no such value). A row of text reads
/// the text, as here; a row of typed Arrow columns answers with the value
/// (`arrow.rs`), which must be the one its text would give.
pub trait ByColumn {
    fn of(&self, layout: &Layout, column: Col) -> &str;

    /// A day, with its year, month and day.
    #[inline]
    fn date(&self, layout: &Layout, column: Col) -> Option<Option<Day>> {
        day(self.of(layout, column))
    }
    #[inline]
    fn flag(&self, layout: &Layout, column: Col) -> Option<Option<bool>> {
        flag(self.of(layout, column))
    }
    #[inline]
    fn count(&self, layout: &Layout, column: Col) -> Option<Option<u64>> {
        count(self.of(layout, column))
    }
    /// An amount that passes [`check::money`].
    #[inline]
    fn money(&self, layout: &Layout, column: Col) -> Option<Option<Decimal>> {
        money(self.of(layout, column))
    }
}

/// A day with its year, month and day.
pub(crate) type Day = (Date, (i32, u32, u32));

/// A date cell: `Some(None)` when empty, `None` when not a date.
pub(crate) fn day(v: &str) -> Option<Option<Day>> {
    match v {
        "" => Some(None),
        s => Date::parse_ymd(s).map(Some),
    }
}

/// An amount cell: `Some(None)` when empty, `None` when not an amount.
pub(crate) fn money(v: &str) -> Option<Option<Decimal>> {
    match v {
        "" => Some(None),
        s => check::money(s).ok().map(Some),
    }
}

impl<R: Cells + ?Sized> ByColumn for R {
    #[inline]
    fn of(&self, layout: &Layout, column: Col) -> &str {
        layout.get(self, column)
    }
}

impl<S: AsRef<str>> Cells for Vec<S> {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i).map(AsRef::as_ref)
    }
}

impl Cells for csv::StringRecord {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i)
    }
}

/// A problem with a cell: its message, with the column and the value.
fn cell_problem(id: &'static str, column: Col, value: &str) -> Problem {
    Problem::new(id, &[("column", &column.name()), ("value", &value)])
}

/// Column positions, looked up once per file: for each of [`COLUMNS`], its
/// place in the file's header, if the file has it.
#[derive(Debug)]
pub struct Layout {
    at: Vec<Option<usize>>,
}

impl Layout {
    pub fn new(header: &[String]) -> Result<Layout, Problem> {
        let mut at = vec![None; COLUMNS.len()];
        for (i, h) in header.iter().enumerate() {
            let Some(known) = COLUMNS.iter().position(|c| c == h) else {
                return Err(Problem::new("pop-unknown-column", &[("column", h)]));
            };
            // A repeated column: the first one counts, as before.
            at[known].get_or_insert(i);
        }
        for required in [Col::household_id, Col::member_id] {
            if at[required as usize].is_none() {
                return Err(Problem::new("pop-missing-column", &[("column", &required.name())]));
            }
        }
        Ok(Layout { at })
    }

    /// The cell of `column` in `row`, trimmed; empty when the file has no such column.
    pub fn get<'r, R: Cells + ?Sized>(&self, row: &'r R, column: Col) -> &'r str {
        self.at[column as usize].and_then(|i| row.cell(i)).map_or("", trim)
    }

    /// A file's columns (`file`, in the file's order) in the order of
    /// [`COLUMNS`]: `None` where the file has no such column.
    pub fn in_order<T: Clone>(&self, file: &[T]) -> Vec<Option<T>> {
        self.at.iter().map(|i| i.and_then(|i| file.get(i).cloned())).collect()
    }
}

/// `str::trim`, quicker on the usual cells: an empty one, and one that
/// starts and ends with a visible ASCII character, have nothing to trim (a
/// UTF-8 text's last byte in that range is a whole character), so only
/// other cells are scanned.
pub(crate) fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        (None, _) => s,
        _ => s.trim(),
    }
}

/// Whether two ids are the same text. Ids of one household's members, and
/// of households that follow each other, mostly differ in their last
/// character (`p1`, `p2`; `h41`, `h42`), which is tested here without the
/// call to `memcmp` that `==` makes.
pub(crate) fn same_id(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    x.len() == y.len() && x.last() == y.last() && x == y
}

/// A boolean cell: `Some(None)` when empty, `None` when not a boolean.
pub(crate) fn flag(v: &str) -> Option<Option<bool>> {
    match v.as_bytes() {
        b"" => Some(None),
        b"true" | b"1" => Some(Some(true)),
        b"false" | b"0" => Some(Some(false)),
        _ => None,
    }
}

/// A whole-number cell: `Some(None)` when empty, `None` when not a whole number.
pub(crate) fn count(v: &str) -> Option<Option<u64>> {
    if v.is_empty() {
        return Some(None);
    }
    v.parse::<u64>().ok().map(Some)
}

fn boolean(column: Col, v: &str) -> Result<Option<bool>, Problem> {
    flag(v).ok_or_else(|| cell_problem("pop-not-boolean", column, v))
}

fn whole(column: Col, v: &str) -> Result<Option<u64>, Problem> {
    count(v).ok_or_else(|| cell_problem("pop-not-whole", column, v))
}

fn leaf(v: &str) -> Node<'_> {
    Node::Text(v)
}

/// A household of the table as the engine reads it: the contract's JSON
/// shape ([`ukuk_rules::tree::Tree`]), built from the rows without
/// `serde_json` values (keys are the contract's names, not strings made for
/// each household) and without copying a cell: its texts are borrowed from
/// the rows, which live while it is read. `Display` writes it as JSON.
#[derive(Clone, Debug, PartialEq)]
pub enum Node<'r> {
    Bool(bool),
    Whole(u64),
    Text(&'r str),
    List(Vec<Node<'r>>),
    Object(Vec<(&'static str, Node<'r>)>),
}

impl Node<'_> {
    /// The same household as a `serde_json::Value`.
    pub fn to_json(&self) -> Value {
        match self {
            Node::Bool(b) => Value::Bool(*b),
            Node::Whole(n) => Value::from(*n),
            Node::Text(s) => Value::String(s.to_string()),
            Node::List(l) => Value::Array(l.iter().map(Node::to_json).collect()),
            Node::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.to_string(), v.to_json())).collect()),
        }
    }
}

/// As JSON (the reader quotes a value so in an error message).
impl std::fmt::Display for Node<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.to_json())
    }
}

impl<'r> Tree for Node<'r> {
    fn kind(&self) -> Kind {
        match self {
            Node::Bool(_) => Kind::Bool,
            Node::Whole(_) => Kind::Number,
            Node::Text(_) => Kind::String,
            Node::List(_) => Kind::Array,
            Node::Object(_) => Kind::Object,
        }
    }
    fn as_bool(&self) -> Option<bool> {
        match self {
            Node::Bool(b) => Some(*b),
            _ => None,
        }
    }
    fn as_str(&self) -> Option<&str> {
        match self {
            Node::Text(s) => Some(s),
            _ => None,
        }
    }
    fn as_u64(&self) -> Option<u64> {
        match self {
            Node::Whole(n) => Some(*n),
            _ => None,
        }
    }
    fn as_i64(&self) -> Option<i64> {
        self.as_u64().and_then(|n| i64::try_from(n).ok())
    }
    fn as_array(&self) -> Option<&[Node<'r>]> {
        match self {
            Node::List(l) => Some(l),
            _ => None,
        }
    }
    fn entries(&self) -> Option<impl Iterator<Item = (&str, &Node<'r>)>> {
        match self {
            Node::Object(o) => Some(o.iter().map(|(k, v)| (*k, v))),
            _ => None,
        }
    }
}

/// The contract's household from its rows (and the household's id and weight).
pub fn household<'r, R: ByColumn>(layout: &Layout, rows: &'r [R]) -> Result<Node<'r>, Problem> {
    let first = rows.first().ok_or_else(|| Problem::new("pop-no-rows", &[]))?;
    let g = |c: Col| first.of(layout, c);
    let mut h = Vec::with_capacity(8);
    for &c in HOUSEHOLD_TEXT {
        let v = g(c);
        if !v.is_empty() {
            h.push((c.name(), leaf(v)));
        }
    }
    if let Some(b) = boolean(Col::high_mountain, g(Col::high_mountain))? {
        h.push(("high_mountain", Node::Bool(b)));
    }
    if let Some(n) = whole(Col::mother_residence_years, g(Col::mother_residence_years))? {
        h.push(("mother_residence_years", Node::Whole(n)));
    }
    let mut members = Vec::with_capacity(rows.len());
    let mut births: Vec<(&str, &str, Option<&str>, u64)> = Vec::new();
    let mut unemployment = None;
    for row in rows {
        let m = |c: Col| row.of(layout, c);
        let id = m(Col::member_id);
        if id.is_empty() {
            return Err(Problem::new("pop-no-member-id", &[]));
        }
        let mut o = Vec::with_capacity(8);
        o.push(("id", leaf(id)));
        for &c in MEMBER_TEXT {
            let v = m(c);
            if !v.is_empty() {
                o.push((c.name(), leaf(v)));
            }
        }
        match m(Col::status) {
            "" => {}
            kind @ ("citizen" | "kairylman") => o.push(("status", Node::Object(vec![("kind", leaf(kind))]))),
            "foreign" => {
                let mut s = vec![("kind", leaf("foreign"))];
                if !m(Col::country).is_empty() {
                    s.push(("country", leaf(m(Col::country))));
                }
                if let Some(b) = boolean(Col::residence_permit, m(Col::residence_permit))? {
                    s.push(("residence_permit", Node::Bool(b)));
                }
                o.push(("status", Node::Object(s)));
            }
            other => return Err(Problem::new("pop-bad-status", &[("value", &other)])),
        }
        if let Some(b) = boolean(Col::pension_right, m(Col::pension_right))? {
            o.push(("pension_right", Node::Bool(b)));
        }
        let group = whole(Col::disability_group, m(Col::disability_group))?;
        let childhood = boolean(Col::disability_since_childhood, m(Col::disability_since_childhood))?;
        if group.is_some() || childhood.is_some() {
            let mut d = Vec::new();
            if let Some(g) = group {
                d.push(("group", Node::Whole(g)));
            }
            if let Some(c) = childhood {
                d.push(("since_childhood", Node::Bool(c)));
            }
            o.push(("disability", Node::Object(d)));
        }
        for &c in MEMBER_FLAGS {
            if let Some(b) = boolean(c, m(c))? {
                o.push((c.name(), Node::Bool(b)));
            }
        }
        if let Some(n) = whole(Col::birth_order, m(Col::birth_order))? {
            o.push(("birth_order", Node::Whole(n)));
        }
        let income: Vec<(&'static str, Node<'r>)> =
            INCOME_COLS.iter().map(|(kind, c)| (*kind, m(*c))).filter(|(_, v)| !v.is_empty()).map(|(kind, v)| (kind, leaf(v))).collect();
        if !income.is_empty() {
            o.push(("income", Node::Object(income)));
        }
        if !m(Col::birth_applicant).is_empty() {
            if m(Col::birth_date).is_empty() {
                return Err(Problem::new("pop-newborn-date", &[]));
            }
            let key = (m(Col::birth_date), m(Col::birth_applicant));
            let applied = Some(m(Col::birth_application_date)).filter(|s| !s.is_empty());
            match births.iter_mut().find(|b| b.0 == key.0 && b.1 == key.1) {
                Some(b) => b.3 += 1,
                None => births.push((key.0, key.1, applied, 1)),
            }
        }
        if let Some(months) = whole(Col::insured_months_last_36, m(Col::insured_months_last_36))? {
            if unemployment.is_some() {
                return Err(Problem::new("pop-two-seekers", &[]));
            }
            let mut u = vec![("member", leaf(id)), ("insured_months_last_36", Node::Whole(months))];
            if !m(Col::unemployment_registered_on).is_empty() {
                u.push(("registered_on", leaf(m(Col::unemployment_registered_on))));
            }
            if let Some(b) = boolean(Col::insured_record_continuous, m(Col::insured_record_continuous))? {
                u.push(("insured_record_continuous", Node::Bool(b)));
            }
            if let Some(n) = whole(Col::months_paid_last_36, m(Col::months_paid_last_36))? {
                u.push(("months_paid_last_36", Node::Whole(n)));
            }
            unemployment = Some(Node::Object(u));
        }
        members.push(Node::Object(o));
    }
    h.push(("members", Node::List(members)));
    let mut livestock = Vec::new();
    for (animal, c) in ANIMAL_COLS {
        if let Some(n) = whole(c, g(c))? {
            livestock.push((animal, Node::Whole(n)));
        }
    }
    // In the order of the names, as a JSON object's fields are read: the
    // reader reports a bad head count of each animal in that order.
    livestock.sort_by_key(|(animal, _)| *animal);
    let mut assets = Vec::new();
    if !g(Col::vehicle_kind).is_empty() {
        let mut v = vec![("kind", leaf(g(Col::vehicle_kind)))];
        if let Some(y) = whole(Col::vehicle_year, g(Col::vehicle_year))? {
            v.push(("year", Node::Whole(y)));
        }
        if let Some(w) = boolean(Col::vehicle_working, g(Col::vehicle_working))? {
            v.push(("working", Node::Bool(w)));
        }
        assets.push(("vehicles", Node::List(vec![Node::Object(v)])));
    }
    if !livestock.is_empty() {
        assets.push(("livestock", Node::Object(livestock)));
    }
    if !assets.is_empty() {
        h.push(("assets", Node::Object(assets)));
    }
    if !births.is_empty() {
        let list: Vec<Node> = births
            .into_iter()
            .map(|(date, applicant, applied, children)| {
                let mut b = vec![("date", leaf(date)), ("children", Node::Whole(children)), ("applicant", leaf(applicant))];
                if let Some(a) = applied {
                    b.push(("application_date", leaf(a)));
                }
                Node::Object(b)
            })
            .collect();
        h.push(("births", Node::List(list)));
    }
    if let Some(u) = unemployment {
        h.push(("unemployment", u));
    }
    Ok(Node::Object(h))
}

/// A household of the table read straight into the engine's [`Household`],
/// without building the contract's tree: the quick way for a batch, where
/// building the tree and reading it back cost four times the rules.
///
/// It gives `None` whenever anything is out of the ordinary: a cell the
/// tree's reading would refuse, or a case it leaves to that reading. The
/// caller then reads the household through [`household`] and
/// `ukuk_rules::input::read_tree`, which report the problems. When it gives
/// a household, that is the household `read_tree` gives: each value passes
/// the same checks (`ukuk_rules::input::check`), every debug build compares
/// the two on every household a batch reads, and a test compares them on
/// households with bad cells.
pub fn read<R: ByColumn>(layout: &Layout, rows: &[R], today: Date) -> Option<Household> {
    let first = rows.first()?;
    if rows.len() > limits::MAX_MEMBERS {
        return None;
    }
    let g = |c: Col| first.of(layout, c);
    let date = match first.date(layout, Col::date)? {
        None if today.in_range() => today,
        None => return None,
        Some((d, _)) => d,
    };
    if date < rules_start() {
        return None;
    }
    // A day of the table that must not come after the household's date:
    // `Some(None)` when not given, `None` when bad or later.
    let on_or_before = |d: Option<Day>| match d {
        None => Some(None),
        Some((d, _)) => (d <= date).then_some(Some(d)),
    };
    let today_ymd = date.ymd();
    let region_coefficient = match first.money(layout, Col::region_coefficient)? {
        None => Decimal::ONE,
        Some(c) => check::coefficient(c).ok()?,
    };
    let high_mountain = first.flag(layout, Col::high_mountain)?.unwrap_or(false);
    let social_contract_signed_on = on_or_before(first.date(layout, Col::social_contract_signed_on)?)?;
    let mother_residence_years = match first.count(layout, Col::mother_residence_years)? {
        Some(n) if n > limits::MAX_YEARS => return None,
        n => n.map(|n| n as u32),
    };

    let mut members: Vec<Member> = Vec::with_capacity(rows.len());
    // (birth date, applicant, the first newborn's application date as
    // read, children), as `household` groups newborns into births (by the
    // texts: a day has one text, `YYYY-MM-DD`).
    let mut births: Vec<(Date, &str, Option<Option<Day>>, u64)> = Vec::new();
    let mut unemployment = None;
    for row in rows {
        let m = |c: Col| row.of(layout, c);
        let id = m(Col::member_id);
        if !check::id(id) || members.iter().any(|x| same_id(&x.id, id)) {
            return None;
        }
        let birth_date = match row.date(layout, Col::birth_date)? {
            None => None,
            Some((d, ymd)) if d <= date => Some((d, ymd)),
            Some(_) => return None,
        };
        let sex = match m(Col::sex) {
            "" => None,
            s => Some(check::sex(s)?),
        };
        let status = match m(Col::status) {
            "" => None,
            "citizen" => Some(Status::Citizen),
            "kairylman" => Some(Status::Kairylman),
            "foreign" => {
                let country = m(Col::country);
                if !check::country(country) {
                    return None;
                }
                let residence_permit = row.flag(layout, Col::residence_permit)?.unwrap_or(false);
                Some(Status::Foreign { country: country.to_string(), residence_permit })
            }
            _ => return None,
        };
        let pension_right = row.flag(layout, Col::pension_right)?;
        let group = row.count(layout, Col::disability_group)?;
        let childhood = row.flag(layout, Col::disability_since_childhood)?;
        let disability = match (group, childhood) {
            (None, None) => None,
            (group, childhood) => Some(Disability {
                group: match group {
                    Some(n) => Some(check::group(n)?),
                    None => None,
                },
                since_childhood: childhood.unwrap_or(false),
            }),
        };
        let set = |c: Col| row.flag(layout, c).map(|b| b.unwrap_or(false));
        let (hiv, mother_hiv, hero_mother, full_state_support) =
            (set(Col::hiv)?, set(Col::mother_hiv)?, set(Col::hero_mother)?, set(Col::full_state_support)?);
        let orphan = match m(Col::orphan) {
            "" => None,
            s => Some(check::orphan(s)?),
        };
        if hero_mother && sex == Some(Sex::Male) {
            return None;
        }
        let birth_order = match row.count(layout, Col::birth_order)? {
            Some(n) => Some(check::birth_order(n).ok()?),
            None => None,
        };
        let mut income = Vec::new();
        for (kind, c) in INCOME_COLS {
            if let Some(v) = row.money(layout, c)? {
                income.push((kind, v));
            }
        }
        let pension_right = check::pension_right(&income, pension_right).ok()?;
        if !m(Col::birth_applicant).is_empty() {
            // A newborn with no birth date: the long way reports it.
            let key = (birth_date?.0, m(Col::birth_applicant));
            match births.iter_mut().find(|b| b.0 == key.0 && same_id(b.1, key.1)) {
                Some(b) => b.3 += 1,
                None => births.push((key.0, key.1, row.date(layout, Col::birth_application_date), 1)),
            }
        }
        if let Some(insured) = row.count(layout, Col::insured_months_last_36)? {
            if unemployment.is_some() {
                return None;
            }
            let window = check::record_window();
            let registered_on = on_or_before(row.date(layout, Col::unemployment_registered_on)?)?.unwrap_or(date);
            let paid = row.count(layout, Col::months_paid_last_36)?.unwrap_or(0);
            if insured > window || paid > window {
                return None;
            }
            unemployment = Some(Unemployment {
                member: members.len(),
                registered_on,
                insured_months_last_36: insured as u32,
                first_time_job_seeker: false,
                break_over_two_years: false,
                severance_until: None,
                months_paid_last_36: paid as u32,
                registration_bars: Vec::new(),
                insured_record_continuous: row.flag(layout, Col::insured_record_continuous)?,
            });
        }
        // Placeholders for a fact not given, never read (see `missing`).
        let missing = check::missing(birth_date.is_some(), sex.is_some());
        // Age from the dates' days as read (`months_until` would find them again).
        let (birth_date, age_months) = birth_date.map_or((date, 0), |(b, ymd)| (b, Date::months_between(ymd, today_ymd)));
        members.push(Member {
            id: id.into(),
            birth_date,
            age: age_months / 12,
            age_months,
            sex: sex.unwrap_or(Sex::Female),
            status,
            pension_right,
            disability,
            hiv,
            mother_hiv,
            orphan,
            hero_mother,
            full_state_support,
            birth_order,
            income,
            missing,
        });
    }

    let mut vehicles = Vec::new();
    if !g(Col::vehicle_kind).is_empty() {
        let kind = check::vehicle_kind(g(Col::vehicle_kind))?;
        let year = check::vehicle_year(first.count(layout, Col::vehicle_year)??, date)?;
        let working = first.flag(layout, Col::vehicle_working)?.unwrap_or(true);
        vehicles.push(Vehicle { kind, year, working });
    }
    let mut livestock = Vec::new();
    for (animal, c) in ANIMAL_COLS {
        match first.count(layout, c)? {
            Some(n) if n > limits::MAX_ANIMALS_PER_KIND => return None,
            Some(n) if n > 0 => livestock.push((animal.to_string(), n)),
            _ => {}
        }
    }
    livestock.sort_by(|a, b| a.0.cmp(&b.0));

    let mut out = Vec::with_capacity(births.len());
    for (day, applicant, applied, children) in births {
        let application_date = match on_or_before(applied?)? {
            None => None,
            Some(a) => Some(a).filter(|a| *a >= day).map(Some)?,
        };
        let at = members.iter().position(|x| &*x.id == applicant)?;
        // No one applies for a child born before they were.
        let a = &members[at];
        if children > limits::MAX_CHILDREN_PER_BIRTH || (!a.missing.contains(&"birth_date") && day < a.birth_date) {
            return None;
        }
        out.push(Birth {
            date: day,
            children: children as u32,
            application_date,
            applicant: Some(at),
            applicant_role: ApplicantRole::Parent,
            applicant_lives_with_child: true,
            full_state_support: false,
        });
    }

    Some(Household {
        date,
        region_coefficient,
        high_mountain,
        social_contract_signed_on,
        mother_residence_years,
        members,
        vehicles,
        livestock,
        births: out,
        unemployment,
        officer: None,
    })
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The rows of a household the table can carry (at most one vehicle, one
/// job seeker, births of newborns listed among the members); `None` for one
/// it cannot.
pub fn rows(id: &str, weight: &str, h: &Value) -> Option<Vec<Row>> {
    let members = h.get("members")?.as_array()?;
    let vehicles = at(h, &["assets", "vehicles"]).and_then(Value::as_array).map_or(&[][..], |v| v.as_slice());
    if vehicles.len() > 1 {
        return None;
    }
    // A birth is its newborns' rows: as many members born that day as
    // children, else the table would read another birth.
    for b in h.get("births").and_then(Value::as_array).map_or(&[][..], |b| b.as_slice()) {
        let day = b.get("date")?;
        let children = b.get("children").and_then(Value::as_u64).unwrap_or(1);
        let newborns = members.iter().filter(|m| m.get("birth_date") == Some(day)).count() as u64;
        if newborns != children || b.get("applicant").is_none() {
            return None;
        }
    }
    let livestock = at(h, &["assets", "livestock"]);
    let mut out = Vec::new();
    for m in members {
        let income = m.get("income");
        let mut row = vec![String::new(); COLUMNS.len()];
        let mut set = |c: Col, v: String| row[c as usize] = v;
        set(Col::household_id, id.to_string());
        set(Col::weight, weight.to_string());
        for &c in HOUSEHOLD_TEXT.iter().chain([Col::high_mountain, Col::mother_residence_years].iter()) {
            set(c, text(h.get(c.name())));
        }
        for (a, c) in ANIMAL_COLS {
            set(c, text(livestock.and_then(|l| l.get(a))));
        }
        if let Some(v) = vehicles.first() {
            set(Col::vehicle_kind, text(v.get("kind")));
            set(Col::vehicle_year, text(v.get("year")));
            set(Col::vehicle_working, text(v.get("working")));
        }
        let mid = text(m.get("id"));
        set(Col::member_id, mid.clone());
        for &c in MEMBER_TEXT.iter().chain(MEMBER_FLAGS.iter()).chain([Col::pension_right, Col::birth_order].iter()) {
            set(c, text(m.get(c.name())));
        }
        set(Col::status, text(at(m, &["status", "kind"])));
        set(Col::country, text(at(m, &["status", "country"])));
        set(Col::residence_permit, text(at(m, &["status", "residence_permit"])));
        set(Col::disability_group, text(at(m, &["disability", "group"])));
        set(Col::disability_since_childhood, text(at(m, &["disability", "since_childhood"])));
        for (i, c) in INCOME_COLS {
            set(c, text(income.and_then(|x| x.get(i))));
        }
        if let Some(births) = h.get("births").and_then(Value::as_array) {
            for b in births {
                if b.get("date") == m.get("birth_date") && b.get("date").is_some() {
                    set(Col::birth_applicant, text(b.get("applicant")));
                    set(Col::birth_application_date, text(b.get("application_date")));
                }
            }
        }
        if at(h, &["unemployment", "member"]).and_then(Value::as_str) == Some(mid.as_str()) {
            set(Col::unemployment_registered_on, text(at(h, &["unemployment", "registered_on"])));
            set(Col::insured_months_last_36, text(at(h, &["unemployment", "insured_months_last_36"])));
            set(Col::insured_record_continuous, text(at(h, &["unemployment", "insured_record_continuous"])));
            set(Col::months_paid_last_36, text(at(h, &["unemployment", "months_paid_last_36"])));
        }
        out.push(row);
    }
    Some(out)
}

/// The value at `path` in `v` (what `Value::pointer` finds, without
/// parsing a pointer text each time).
fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, k| v.get(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick trim gives what `str::trim` gives, on every text of up to
    /// three characters from ASCII and Unicode spaces, letters and digits.
    #[test]
    fn trim_is_str_trim() {
        let alphabet = [' ', '\t', '\n', 'a', '1', '-', '\u{a0}', '\u{85}', '\u{3000}', '\u{2028}', 'é', 'ж', '\u{7f}'];
        let mut texts = vec![String::new()];
        for len in 1..=3u32 {
            for code in 0..alphabet.len().pow(len) {
                texts.push((0..len).map(|k| alphabet[code / alphabet.len().pow(k) % alphabet.len()]).collect());
            }
        }
        for t in &texts {
            assert_eq!(trim(t), t.trim(), "{t:?}");
        }
    }

    /// `same_id` is `==`, short and long, equal and differing anywhere.
    #[test]
    fn same_id_is_equality() {
        let base: String = "h0123456789abcdefghij".into();
        for len in 0..=base.len() {
            let a = &base[..len];
            assert!(same_id(a, a));
            for at in 0..len {
                let mut b = a.as_bytes().to_vec();
                b[at] = b'z';
                let b = String::from_utf8(b).unwrap();
                assert!(!same_id(a, &b), "{a} {b}");
            }
            assert!(!same_id(a, &base[..len.saturating_sub(1)]) || len == 0);
        }
    }

    #[test]
    fn the_column_lists_agree() {
        for (i, a) in ANIMALS.iter().enumerate() {
            assert_eq!(ANIMAL_COLS[i].0, *a);
            assert_eq!(ANIMAL_COLS[i].1.name(), format!("livestock_{a}"));
        }
        for (i, t) in INCOMES.iter().enumerate() {
            assert_eq!(INCOME_COLS[i].0, *t);
            assert_eq!(INCOME_COLS[i].1.name(), format!("income_{t}"));
        }
        assert_eq!((ANIMALS.len(), INCOMES.len()), (ANIMAL_COLS.len(), INCOME_COLS.len()));
        assert_eq!(COLUMNS[Col::months_paid_last_36 as usize], "months_paid_last_36");
    }

    #[test]
    fn a_layout_reads_columns_in_any_order_and_refuses_unknown_ones() {
        let header: Vec<String> = ["member_id", "sex", "household_id"].iter().map(|s| s.to_string()).collect();
        let layout = Layout::new(&header).unwrap();
        let row: Row = vec!["m1".into(), " female ".into(), "h1".into()];
        assert_eq!(layout.get(&row, Col::household_id), "h1");
        assert_eq!(layout.get(&row, Col::sex), "female");
        assert_eq!(layout.get(&row, Col::birth_date), "");
        let bad: Vec<String> = ["household_id", "member_id", "salary"].iter().map(|s| s.to_string()).collect();
        assert!(Layout::new(&bad).unwrap_err().to_string().contains("'salary'"));
        let missing: Vec<String> = ["household_id"].iter().map(|s| s.to_string()).collect();
        assert!(Layout::new(&missing).unwrap_err().to_string().contains("'member_id'"));
    }
}
