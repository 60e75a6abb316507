//! The app's state — language, the household, the "remember" choice — and the
//! one reducer that changes it.

use std::rc::Rc;

use ukuk_i18n::Lang;
use ukuk_rules::Date;
use yew::Reducible;

use crate::model::{shown, Birth, Household, OtherAnimal, Vehicle};

#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub lang: Lang,
    /// A saved language whose texts are being fetched.
    pub pending_lang: Option<Lang>,
    pub today: Date,
    pub household: Household,
    /// Save the household on this device (opt-in).
    pub remember: bool,
    /// "Forget everything" was pressed once: it asks before it erases.
    pub confirm_forget: bool,
    /// What the last removal, "new family" or "forget" took away, until the
    /// next such action: one click puts it back. Only in memory.
    pub undo: Option<Undo>,
    /// Where the focus goes after the last action (a DOM id), and a counter
    /// so the same place can be asked twice.
    pub focus: Option<(String, u32)>,
    /// Why the last file or link could not be opened (shown at the top).
    pub open_error: Option<crate::case_file::OpenError>,
    /// The other scenario a counsellor compares with (`None`: no comparison).
    pub other: Option<Household>,
    /// Whether the form shows the second scenario ("B").
    pub on_b: bool,
}

/// A step that can be taken back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub what: UndoKind,
    pub household: Household,
    pub remember: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum UndoKind {
    /// A person was removed (their label, as it was).
    Member(String),
    NewFamily,
    Forget,
    /// A file or a link replaced the form.
    Opened,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MemberField {
    Name,
    BirthDate,
    Sex,
    Status,
    Country,
    CountryOther,
    ResidencePermit,
    PensionRight,
    BirthOrder,
    Disabled,
    DisabilityGroup,
    SinceChildhood,
    Hiv,
    MotherHiv,
    Orphan,
    HeroMother,
    FullStateSupport,
    Income(&'static str),
    /// The income panel opened or closed ("true"/"false").
    IncomeOpen,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum VehicleField {
    Kind,
    Year,
    Working,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OtherField {
    Kind,
    Name,
    Count,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BirthField {
    Applicant,
    ApplicationDate,
    ApplicantRole,
    LivesApart,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum UnempField {
    Member,
    RegisteredOn,
    InsuredMonths,
    MonthsPaid,
    FirstTime,
    LongBreak,
    SeveranceUntil,
    Continuous,
}

/// A form field; rows are named by their stable key, not their position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field {
    Date,
    Region,
    HighMountain,
    Member(u32, MemberField),
    Vehicle(u32, VehicleField),
    Animal(&'static str),
    Other(u32, OtherField),
    /// A birth, named by its children's birth date (days since 1970).
    Birth(i32, BirthField),
    Unemp(UnempField),
    MotherYears,
    OfficerOpen,
    Officer(OfficerField),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OfficerField {
    Event,
    EventDate,
    LeftService,
    CauseInService,
    MonthlyPay,
    PostSalary,
    Group,
    PreviousGroup,
    Severity,
    /// Toggles one exclusion code (the value is "code=true|false").
    Exclusion,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Lang(Lang),
    /// Sets a field; check boxes send "true" or "false".
    Set(Field, String),
    AddMember,
    /// Removes a person; `label` is how they were called (for the undo line).
    RemoveMember(u32, String),
    AddVehicle,
    RemoveVehicle(u32),
    AddOther,
    RemoveOther(u32),
    OpenUnemployment(bool),
    Bar(String, bool),
    Remember(bool),
    /// "Forget everything": the first press asks, `ConfirmForget` erases.
    AskForget,
    CancelForget,
    ConfirmForget,
    /// A new, empty family (the saved copy, if any, follows it).
    NewFamily,
    Undo,
    /// A file or a link was read: the household, or why not.
    Open(Box<Result<Household, crate::case_file::OpenError>>),
    /// Copies the household into a second scenario and shows it.
    Compare,
    /// Shows scenario A (`false`) or B (`true`).
    Scenario(bool),
    /// Ends the comparison, keeping the scenario on screen.
    EndCompare,
}

impl Model {
    pub fn new(today: Date, saved: Option<(Lang, Household)>) -> Model {
        let fresh = Model {
            lang: Lang::DEFAULT,
            pending_lang: None,
            today,
            household: Household::fresh(),
            remember: false,
            confirm_forget: false,
            undo: None,
            focus: None,
            open_error: None,
            other: None,
            on_b: false,
        };
        match saved {
            Some((lang, mut household)) => {
                household.date = String::new();
                // A language not in the first load is fetched first (main.rs).
                let (lang, pending_lang) = if ukuk_i18n::Bundle::has_app_texts(lang) { (lang, None) } else { (Lang::DEFAULT, Some(lang)) };
                Model { lang, pending_lang, household, remember: true, ..fresh }
            }
            None => fresh,
        }
    }
}

fn flag(v: &str) -> bool {
    v == "true"
}

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut m = (*self).clone();
        // What was taken away can be put back until the next change (in
        // memory only: after "forget everything" the answers do not outlive
        // the next step).
        let keeps_undo = matches!(action, Action::Lang(_) | Action::Undo | Action::Set(Field::Member(_, MemberField::IncomeOpen), _));
        if !keeps_undo {
            m.undo = None;
        }
        if !matches!(action, Action::Lang(_)) {
            m.open_error = None;
        }
        if !matches!(action, Action::AskForget) {
            m.confirm_forget = false;
        }
        let seq = m.focus.as_ref().map_or(0, |f| f.1 + 1);
        let snapshot = |m: &Model, what: UndoKind| Some(Undo { what, household: m.household.clone(), remember: m.remember });
        match action {
            Action::Lang(l) => {
                m.lang = l;
                m.pending_lang = None;
            }
            Action::Set(field, v) => set(&mut m.household, field, v),
            Action::AddMember => {
                m.household.add_member();
                // The new person's first question.
                let last = m.household.members.len().saturating_sub(1);
                m.focus = Some((crate::fields::dom_id(&format!("members[{last}].name")), seq));
            }
            Action::RemoveMember(k, label) => {
                if m.household.members.len() > 1 {
                    m.undo = snapshot(&m, UndoKind::Member(label));
                    let h = &mut m.household;
                    h.members.retain(|x| x.key != k);
                    for b in &mut h.births {
                        if b.applicant == Some(k) {
                            b.applicant = None;
                        }
                    }
                    if h.unemployment.member == Some(k) {
                        h.unemployment.member = None;
                    }
                    m.focus = Some(("undo".into(), seq));
                }
            }
            Action::AddVehicle => {
                let h = &mut m.household;
                let key = h.take_key();
                h.vehicles.push(Vehicle { key, ..Vehicle::default() });
            }
            Action::RemoveVehicle(k) => m.household.vehicles.retain(|x| x.key != k),
            Action::AddOther => {
                let h = &mut m.household;
                let key = h.take_key();
                h.other_animals.push(OtherAnimal { key, ..OtherAnimal::default() });
            }
            Action::RemoveOther(k) => m.household.other_animals.retain(|x| x.key != k),
            Action::OpenUnemployment(open) => {
                let today = m.today;
                let h = &mut m.household;
                let date = h.eval_date(today);
                h.unemployment_open = open;
                let valid =
                    h.unemployment.member.and_then(|k| h.members.iter().find(|x| x.key == k)).is_some_and(|x| shown(x, h, date).job_seeker);
                if open && !valid {
                    h.unemployment.member = h.members.iter().find(|x| shown(x, h, date).job_seeker).map(|x| x.key);
                }
            }
            Action::Bar(code, on) => {
                let bars = &mut m.household.unemployment.bars;
                bars.retain(|b| *b != code);
                if on {
                    bars.push(code);
                }
            }
            Action::Remember(on) => m.remember = on,
            Action::AskForget => m.confirm_forget = true,
            Action::CancelForget => m.focus = Some(("forget".into(), seq)),
            Action::ConfirmForget => {
                m.undo = snapshot(&m, UndoKind::Forget);
                m.other = None;
                m.on_b = false;
                m.household = Household::fresh();
                m.remember = false;
                m.focus = Some(("undo".into(), seq));
            }
            Action::NewFamily => {
                m.undo = snapshot(&m, UndoKind::NewFamily);
                m.household = Household::fresh();
                m.focus = Some(("undo".into(), seq));
            }
            Action::Open(result) => match *result {
                Ok(h) => {
                    m.undo = snapshot(&m, UndoKind::Opened);
                    m.household = h;
                    m.focus = Some(("h-members".into(), seq));
                }
                Err(e) => {
                    m.open_error = Some(e);
                    m.focus = Some(("open-error".into(), seq));
                }
            },
            Action::Compare => {
                m.other = Some(m.household.clone());
                m.on_b = true;
            }
            Action::Scenario(b) => {
                if b != m.on_b {
                    if let Some(other) = m.other.take() {
                        m.other = Some(std::mem::replace(&mut m.household, other));
                        m.on_b = b;
                    }
                }
            }
            Action::EndCompare => m.other = None,
            Action::Undo => {
                if let Some(u) = m.undo.take() {
                    m.household = u.household;
                    m.remember = u.remember;
                    m.focus = Some(("h-members".into(), seq));
                }
            }
        }
        Rc::new(m)
    }
}

fn set(h: &mut Household, field: Field, v: String) {
    match field {
        Field::Date => h.date = v,
        Field::Region => h.region_coefficient = v,
        Field::HighMountain => h.high_mountain = flag(&v),
        Field::MotherYears => h.mother_residence_years = v,
        Field::OfficerOpen => h.officer_open = flag(&v),
        Field::Officer(f) => {
            let o = &mut h.officer;
            match f {
                OfficerField::Event => o.event = v,
                OfficerField::EventDate => o.event_date = v,
                OfficerField::LeftService => o.left_service_on = v,
                OfficerField::CauseInService => o.cause_in_service = v,
                OfficerField::MonthlyPay => o.monthly_pay = v,
                OfficerField::PostSalary => o.post_salary = v,
                OfficerField::Group => o.disability_group = v,
                OfficerField::PreviousGroup => o.previous_group = v,
                OfficerField::Severity => o.injury_severity = v,
                OfficerField::Exclusion => {
                    if let Some((code, on)) = v.split_once('=') {
                        o.exclusions.retain(|c| c != code);
                        if flag(on) {
                            o.exclusions.push(code.to_string());
                        }
                    }
                }
            }
        }
        Field::Animal(a) => {
            h.livestock.set(a, v);
        }
        Field::Member(k, f) => {
            let Some(m) = h.members.iter_mut().find(|x| x.key == k) else { return };
            match f {
                MemberField::Name => m.name = v,
                MemberField::BirthDate => m.birth_date = v,
                MemberField::Sex => {
                    m.sex = v;
                    if m.sex != "female" {
                        m.hero_mother = false;
                    }
                }
                MemberField::Status => m.status = v,
                MemberField::Country => m.country = v,
                MemberField::CountryOther => m.country_other = v,
                MemberField::ResidencePermit => m.residence_permit = flag(&v),
                MemberField::PensionRight => m.pension_right = v,
                MemberField::BirthOrder => m.birth_order = v,
                MemberField::Disabled => m.disabled = flag(&v),
                MemberField::DisabilityGroup => m.disability_group = v,
                MemberField::SinceChildhood => m.since_childhood = flag(&v),
                MemberField::Hiv => m.hiv = flag(&v),
                MemberField::MotherHiv => m.mother_hiv = flag(&v),
                MemberField::Orphan => m.orphan = v,
                MemberField::HeroMother => m.hero_mother = flag(&v),
                MemberField::FullStateSupport => m.full_state_support = flag(&v),
                MemberField::Income(t) => {
                    m.income.set(t, v);
                }
                MemberField::IncomeOpen => m.income_open = flag(&v),
            }
        }
        Field::Vehicle(k, f) => {
            let Some(x) = h.vehicles.iter_mut().find(|x| x.key == k) else { return };
            match f {
                VehicleField::Kind => x.kind = v,
                VehicleField::Year => x.year = v,
                VehicleField::Working => x.working = flag(&v),
            }
        }
        Field::Other(k, f) => {
            let Some(x) = h.other_animals.iter_mut().find(|x| x.key == k) else { return };
            match f {
                OtherField::Kind => x.kind = v,
                OtherField::Name => x.name = v,
                OtherField::Count => x.count = v,
            }
        }
        Field::Birth(days, f) => {
            let iso = Date::from_days(days).to_string();
            if !h.births.iter().any(|x| x.date == iso) {
                let key = h.take_key();
                h.births.push(Birth { key, date: iso.clone(), ..Birth::default() });
            }
            let Some(x) = h.births.iter_mut().find(|x| x.date == iso) else { return };
            match f {
                BirthField::Applicant => x.applicant = v.parse().ok(),
                BirthField::ApplicationDate => x.application_date = v,
                BirthField::ApplicantRole => x.applicant_role = v,
                BirthField::LivesApart => x.applicant_lives_apart = flag(&v),
            }
        }
        Field::Unemp(f) => {
            let u = &mut h.unemployment;
            match f {
                UnempField::Member => u.member = v.parse().ok(),
                UnempField::RegisteredOn => u.registered_on = v,
                UnempField::InsuredMonths => u.insured_months = v,
                UnempField::MonthsPaid => u.months_paid = v,
                UnempField::FirstTime => u.first_time_job_seeker = flag(&v),
                UnempField::LongBreak => u.break_over_two_years = flag(&v),
                UnempField::SeveranceUntil => u.severance_until = v,
                UnempField::Continuous => u.continuous = v,
            }
        }
    }
}
