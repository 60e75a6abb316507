//! The questions: members, assets, births, unemployment, place and date.
//! A question is on screen only when its answer can change a result.

use ukuk_i18n::Lang;
use ukuk_rules::params::data;
use yew::prelude::*;

use crate::fields::{CheckField, ChoiceField, SelectField, TextField};
use crate::i18n::{animal_name, code_name, country_name, number, tr, tr_args, tr_or};
use crate::model::{anyone_job_seeker, derived_births, shown, Household, ANIMALS, ORPHAN_KINDS, OTHER_ANIMALS, STATUS_KINDS};
use crate::state::{Action, BirthField, Field, MemberField, OfficerField, OtherField, UnempField, VehicleField};
use crate::Ctx;

fn set(ctx: &Ctx, field: Field) -> Callback<String> {
    let d = ctx.state.dispatcher();
    Callback::from(move |v: String| d.dispatch(Action::Set(field, v)))
}

fn set_bool(ctx: &Ctx, field: Field) -> Callback<bool> {
    let d = ctx.state.dispatcher();
    Callback::from(move |v: bool| d.dispatch(Action::Set(field, v.to_string())))
}

fn on_click(ctx: &Ctx, action: Action) -> Callback<MouseEvent> {
    let d = ctx.state.dispatcher();
    Callback::from(move |_: MouseEvent| d.dispatch(action.clone()))
}

/// The "remove" button of a row; `what` names the row for screen readers.
fn remove_button(ctx: &Ctx, lang: Lang, action: Action, testid: AttrValue, what: &str) -> Html {
    html! {
        <button type="button" class="remove" onclick={on_click(ctx, action)} data-testid={testid}
            aria-label={tr_args(lang, "app-remove-named", &[("what", what)])}>
            { tr(lang, "app-remove") }
        </button>
    }
}

fn opt(v: &str, t: String) -> (AttrValue, AttrValue) {
    (AttrValue::from(v.to_string()), AttrValue::from(t))
}

/// How a member is called: the name given, or "Person 2".
pub fn member_label(lang: Lang, h: &Household, key: u32) -> String {
    match h.member_index(key) {
        Some(i) if !h.members[i].name.trim().is_empty() => h.members[i].name.trim().to_string(),
        Some(i) => tr_args(lang, "app-member-default", &[("n", &(i + 1).to_string())]),
        None => String::new(),
    }
}

#[function_component(MembersSection)]
pub fn members_section() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    html! {
        <section class="section" aria-labelledby="h-members">
            <h2 id="h-members">{ tr(lang, "app-members") }</h2>
            <p class="note">{ tr(lang, "app-members-note") }</p>
            { for h.members.iter().enumerate().map(|(i, m)| html! { <MemberCard key={m.key} member_key={m.key} index={i} /> }) }
            <button type="button" class="add" onclick={on_click(&ctx, Action::AddMember)} data-testid="add-member">
                { tr(lang, "app-add-member") }
            </button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct MemberProps {
    pub member_key: u32,
    pub index: usize,
}

#[function_component(MemberCard)]
pub fn member_card(p: &MemberProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    let Some(m) = h.members.iter().find(|m| m.key == p.member_key) else { return Html::default() };
    let i = p.index;
    let date = h.eval_date(ctx.state.today);
    let s = shown(m, h, date);
    let k = m.key;
    let path = |f: &str| AttrValue::from(format!("members[{i}].{f}"));
    let tid = |f: &str| AttrValue::from(format!("member-{i}-{f}"));
    let f = |mf: MemberField| Field::Member(k, mf);

    // A baby's age in months ("0 years" says nothing).
    let age = match (s.age, crate::model::read_date(&m.birth_date)) {
        (Some(0), Ok(Some(b))) => Some(tr_args(lang, "app-age-months", &[("months", &b.months_until(date).to_string())])),
        (a, _) => a.map(|a| tr_args(lang, "app-age", &[("age", &a.to_string())])),
    };
    let counted: &[&str] = data::family_assistance::COUNTED_INCOME.at(date).map_or(&[], |p| p.value);
    let income_field = |t: &'static str| {
        html! {
            <TextField path={path(&format!("income.{t}"))} label={code_name(lang, "income", t)}
                value={m.income.get(t).cloned().unwrap_or_default()} inputmode="decimal" placeholder="0"
                onchange={set(&ctx, f(MemberField::Income(t)))} testid={tid(&format!("income-{t}"))} />
        }
    };
    let income_total: Vec<&String> = m.income.values().filter(|v| !v.trim().is_empty()).collect();

    let countries: &[&str] = data::shared::TREATY_COUNTRIES.at(date).map_or(&[], |p| p.value);
    let mut country_options = vec![opt("", tr(lang, "app-choose"))];
    country_options.extend(countries.iter().map(|c| opt(c, country_name(lang, c))));
    country_options.push(opt("other", tr(lang, "app-country-other")));

    html! {
        <article class="card member" data-testid={format!("member-{i}")} aria-labelledby={format!("member-{i}-title")}>
            <header class="card-head">
                <h3 id={format!("member-{i}-title")}>{ member_label(lang, h, k) }
                    if let Some(a) = age { <span class="age" data-testid={tid("age")}>{ a }</span> }
                    if Household::to_fill_in(m) { <span class="to-fill" data-testid={tid("to-fill")}>{ tr(lang, "app-member-to-fill") }</span> }
                </h3>
                if h.members.len() > 1 {
                    { remove_button(&ctx, lang, Action::RemoveMember(k, member_label(lang, h, k)), tid("remove"), &member_label(lang, h, k)) }
                }
            </header>
            <div class="grid">
                <TextField path={path("name")} label={tr(lang, "app-member-name")} value={m.name.clone()}
                    note={tr(lang, "app-member-name-note")} onchange={set(&ctx, f(MemberField::Name))} testid={tid("name")} />
                <TextField path={path("birth_date")} label={tr(lang, "app-birth-date")} kind="date" value={m.birth_date.clone()}
                    onchange={set(&ctx, f(MemberField::BirthDate))} testid={tid("birth_date")} />
            </div>
            <ChoiceField path={path("sex")} label={tr(lang, "app-sex")} value={m.sex.clone()}
                options={vec![opt("female", tr(lang, "app-sex-female")), opt("male", tr(lang, "app-sex-male"))]}
                onchange={set(&ctx, f(MemberField::Sex))} testid={tid("sex")} />
            if s.status {
                <SelectField path={path("status.kind")} label={tr(lang, "app-status")} value={m.status.clone()}
                    options={std::iter::once(opt("", tr(lang, "app-choose"))).chain(STATUS_KINDS.iter().map(|c| opt(c, code_name(lang, "residence", c)))).collect::<Vec<_>>()}
                    onchange={set(&ctx, f(MemberField::Status))} testid={tid("status")} />
                if m.status == "foreign" {
                    <SelectField path={path("status.country")} label={tr(lang, "app-country")} value={m.country.clone()}
                        options={country_options} onchange={set(&ctx, f(MemberField::Country))} testid={tid("country")} />
                    if m.country == "other" {
                        <TextField path={path("status.country_code")} label={tr(lang, "app-country-code")} value={m.country_other.clone()}
                            maxlength="2" note={tr(lang, "app-country-code-note")}
                            onchange={set(&ctx, f(MemberField::CountryOther))} testid={tid("country-code")} />
                    }
                    <CheckField path={path("status.residence_permit")} label={tr(lang, "app-residence-permit")} checked={m.residence_permit}
                        onchange={set_bool(&ctx, f(MemberField::ResidencePermit))} testid={tid("residence_permit")} />
                }
            }
            <CheckField path={path("disabled")} label={tr(lang, "app-disabled")} checked={m.disabled}
                onchange={set_bool(&ctx, f(MemberField::Disabled))} testid={tid("disabled")} />
            if s.disability_group {
                <div class="sub">
                    <ChoiceField path={path("disability.group")} label={tr(lang, "app-disability-group")} value={m.disability_group.clone()}
                        options={vec![opt("1", tr(lang, "app-group-1")), opt("2", tr(lang, "app-group-2")), opt("3", tr(lang, "app-group-3"))]}
                        onchange={set(&ctx, f(MemberField::DisabilityGroup))} testid={tid("disability-group")} />
                    if s.since_childhood {
                        <CheckField path={path("disability.since_childhood")} label={tr(lang, "app-since-childhood")} checked={m.since_childhood}
                            onchange={set_bool(&ctx, f(MemberField::SinceChildhood))} testid={tid("since_childhood")} />
                    }
                </div>
            }
            if s.hiv {
                <CheckField path={path("hiv")} label={tr(lang, "app-hiv")} checked={m.hiv}
                    onchange={set_bool(&ctx, f(MemberField::Hiv))} testid={tid("hiv")} />
            }
            if s.mother_hiv {
                <CheckField path={path("mother_hiv")} label={tr(lang, "app-mother-hiv")} checked={m.mother_hiv}
                    onchange={set_bool(&ctx, f(MemberField::MotherHiv))} testid={tid("mother_hiv")} />
            }
            if s.orphan {
                <SelectField path={path("orphan")} label={tr(lang, "app-orphan")} value={m.orphan.clone()}
                    options={std::iter::once(opt("", tr(lang, "app-orphan-none")))
                        .chain(ORPHAN_KINDS.iter().map(|o| opt(o, tr_or(lang, &format!("app-orphan-{o}"), o)))).collect::<Vec<_>>()}
                    onchange={set(&ctx, f(MemberField::Orphan))} testid={tid("orphan")} />
            }
            if s.hero_mother {
                <CheckField path={path("hero_mother")} label={tr(lang, "app-hero-mother")} checked={m.hero_mother}
                    onchange={set_bool(&ctx, f(MemberField::HeroMother))} testid={tid("hero_mother")} />
            }
            if s.pension_right {
                <ChoiceField path={path("pension_right")} label={tr(lang, "app-pension-right")} value={m.pension_right.clone()}
                    options={vec![opt("no", tr(lang, "app-answer-no")), opt("yes", tr(lang, "app-answer-yes"))]}
                    onchange={set(&ctx, f(MemberField::PensionRight))} testid={tid("pension_right")} />
                <p class="note">{ tr(lang, "app-pension-right-note") }</p>
            }
            if s.birth_order {
                <TextField path={path("birth_order")} label={tr(lang, "app-birth-order")} value={m.birth_order.clone()}
                    inputmode="numeric" note={tr(lang, "app-birth-order-note")}
                    onchange={set(&ctx, f(MemberField::BirthOrder))} testid={tid("birth_order")} />
            }
            <CheckField path={path("full_state_support")} label={tr(lang, "app-full-state-support")} checked={m.full_state_support}
                onchange={set_bool(&ctx, f(MemberField::FullStateSupport))} testid={tid("full_state_support")} />
            <details class="income" data-testid={tid("income")} open={m.income_open}
                ontoggle={{
                    let d = ctx.state.dispatcher();
                    let was = m.income_open;
                    Callback::from(move |e: Event| {
                        let open = e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open();
                        if open != was {
                            d.dispatch(Action::Set(Field::Member(k, MemberField::IncomeOpen), open.to_string()));
                        }
                    })
                }}>
                <summary>{ tr(lang, "app-income") }
                    if !income_total.is_empty() { <span class="badge-mini">{ tr_args(lang, "app-income-given", &[("count", &income_total.len().to_string())]) }</span> }
                </summary>
                <p class="note">{ tr(lang, "app-income-note") }</p>
                <h4>{ tr(lang, "app-income-counted") }</h4>
                <div class="grid">
                    { for ukuk_rules::input::INCOME_TYPES.iter().filter(|t| counted.contains(t)).map(|t| income_field(t)) }
                </div>
                <h4>{ tr(lang, "app-income-not-counted") }</h4>
                <div class="grid">
                    { for ukuk_rules::input::INCOME_TYPES.iter().filter(|t| !counted.contains(t)).map(|t| income_field(t)) }
                </div>
            </details>
        </article>
    }
}

#[function_component(AssetsSection)]
pub fn assets_section() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    let date = h.eval_date(ctx.state.today);
    let rates: &[(&str, rust_decimal::Decimal)] = data::livestock::UNITS.at(date).map_or(&[], |p| p.value);
    let vehicle_kinds = ukuk_rules::input::VEHICLE_KINDS;
    html! {
        <section class="section" aria-labelledby="h-assets">
            <h2 id="h-assets">{ tr(lang, "app-assets") }</h2>
            <div class="card">
                <h3>{ tr(lang, "app-vehicles") }</h3>
                <p class="note">{ tr(lang, "app-vehicles-note") }</p>
                { for h.vehicles.iter().enumerate().map(|(i, v)| {
                    let path = |f: &str| AttrValue::from(format!("assets.vehicles[{i}].{f}"));
                    let tid = |f: &str| AttrValue::from(format!("vehicle-{i}-{f}"));
                    let f = |vf: VehicleField| Field::Vehicle(v.key, vf);
                    html! {
                        <div class="row-card" key={v.key} data-testid={format!("vehicle-{i}")}>
                            <div class="grid">
                                <SelectField path={path("kind")} label={tr(lang, "app-vehicle-kind")} value={v.kind.clone()}
                                    options={vehicle_kinds.iter().map(|k| opt(k, code_name(lang, "vehicle", k))).collect::<Vec<_>>()}
                                    onchange={set(&ctx, f(VehicleField::Kind))} testid={tid("kind")} />
                                <TextField path={path("year")} label={tr(lang, "app-vehicle-year")} value={v.year.clone()}
                                    inputmode="numeric" maxlength="4" onchange={set(&ctx, f(VehicleField::Year))} testid={tid("year")} />
                            </div>
                            <CheckField path={path("working")} label={tr(lang, "app-vehicle-working")} checked={v.working}
                                onchange={set_bool(&ctx, f(VehicleField::Working))} testid={tid("working")} />
                            { remove_button(&ctx, lang, Action::RemoveVehicle(v.key), tid("remove"),
                                &tr_args(lang, "app-error-place-vehicle", &[("n", &(i + 1).to_string())])) }
                        </div>
                    }
                }) }
                <button type="button" class="add" onclick={on_click(&ctx, Action::AddVehicle)} data-testid="add-vehicle">
                    { tr(lang, "app-add-vehicle") }
                </button>
            </div>
            <div class="card" data-testid="livestock">
                <h3>{ tr(lang, "app-livestock") }</h3>
                <p class="note">{ tr(lang, "app-livestock-note") }</p>
                <div class="grid animals">
                    { for ANIMALS.iter().map(|a| {
                        let rate = rates.iter().find(|(n, _)| n == a).map(|(_, r)| number(lang, &r.normalize().to_string()));
                        let label = match rate {
                            Some(r) => tr_args(lang, "app-animal-rate", &[("animal", &animal_name(lang, a)), ("units", &r)]),
                            None => animal_name(lang, a),
                        };
                        html! {
                            <TextField path={format!("assets.livestock.{a}")} label={label}
                                value={h.livestock.get(a).cloned().unwrap_or_default()} inputmode="numeric" placeholder="0"
                                onchange={set(&ctx, Field::Animal(a))} testid={format!("livestock-{a}")} />
                        }
                    }) }
                </div>
                { for h.other_animals.iter().enumerate().map(|(i, o)| {
                    let tid = |f: &str| AttrValue::from(format!("other-animal-{i}-{f}"));
                    let f = |of: OtherField| Field::Other(o.key, of);
                    html! {
                        <div class="row-card" key={o.key} data-testid={format!("other-animal-{i}")}>
                            <div class="grid">
                                <SelectField path={format!("app.other_animals[{i}].kind")} label={tr(lang, "app-other-animal-kind")} value={o.kind.clone()}
                                    options={OTHER_ANIMALS.iter().map(|a| opt(a, animal_name(lang, a))).collect::<Vec<_>>()}
                                    onchange={set(&ctx, f(OtherField::Kind))} testid={tid("kind")} />
                                if o.kind == "other_animal" {
                                    <TextField path={format!("app.other_animals[{i}].name")} label={tr(lang, "app-other-animal-name")}
                                        value={o.name.clone()} onchange={set(&ctx, f(OtherField::Name))} testid={tid("name")} />
                                }
                                <TextField path={format!("app.other_animals[{i}].count")} also={vec![AttrValue::from(format!("assets.livestock.{}", o.kind))]}
                                    label={tr(lang, "app-count")} value={o.count.clone()} inputmode="numeric" placeholder="0"
                                    onchange={set(&ctx, f(OtherField::Count))} testid={tid("count")} />
                            </div>
                            { remove_button(&ctx, lang, Action::RemoveOther(o.key), tid("remove"), &animal_name(lang, &o.kind)) }
                        </div>
                    }
                }) }
                <button type="button" class="add" onclick={on_click(&ctx, Action::AddOther)} data-testid="add-other-animal">
                    { tr(lang, "app-add-other-animal") }
                </button>
                <LivestockLine />
            </div>
        </section>
    }
}

/// The conversion as the engine made it: "13 units, 2.6 per person, limit 4".
#[function_component(LivestockLine)]
pub fn livestock_line() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    // A count that cannot be read would make the total wrong: wait for it.
    let bad_count = ctx.eval.problems.iter().any(|p| p.path().starts_with("assets.livestock") || p.path().starts_with("app.other_animals"));
    let Some(out) = ctx.eval.output.as_ref().filter(|_| !bad_count) else {
        return html! { <p class="livestock-line muted" data-testid="livestock-summary">{ tr(lang, "app-livestock-waiting") }</p> };
    };
    let any =
        h.livestock.values().any(|v| !v.trim().is_empty() && v.trim() != "0") || h.other_animals.iter().any(|o| !o.count.trim().is_empty());
    if !any {
        return Html::default();
    }
    let limit = out.livestock.limit_per_member.map(|n| n.text()).unwrap_or_default();
    let per = out.livestock.per_member.map_or_else(|| "0".into(), |n| n.text());
    let over = out.livestock.over_limit == Some(true);
    let line = tr_args(
        lang,
        "app-livestock-line",
        &[("units", &number(lang, &out.livestock.units.text())), ("per_member", &number(lang, &per)), ("limit", &number(lang, &limit))],
    );
    let unconverted: Vec<String> = out
        .livestock
        .unconverted
        .iter()
        .map(|a| {
            if a == "other_animal" {
                let names: Vec<&str> = h
                    .other_animals
                    .iter()
                    .filter(|o| o.kind == "other_animal" && !o.name.trim().is_empty())
                    .map(|o| o.name.trim())
                    .collect();
                if names.is_empty() {
                    animal_name(lang, a)
                } else {
                    names.join(", ")
                }
            } else {
                animal_name(lang, a)
            }
        })
        .collect();
    html! {
        <div class={classes!("livestock-line", over.then_some("over"))} data-testid="livestock-summary" aria-live="polite">
            <p><strong>{ line }</strong>
                { " " }{ if over { tr(lang, "app-livestock-over") } else { tr(lang, "app-livestock-within") } }</p>
            if !unconverted.is_empty() {
                <p class="warn-text">{ tr_args(lang, "app-livestock-unconverted", &[("animals", &unconverted.join(", "))]) }</p>
            }
        </div>
    }
}

/// The births: children of the household younger than the form's look-back
/// (`ukuk_rules::questions::recent_birth`), one card per birth date (twins
/// share one). A newborn is entered once, as a person; here only what a
/// birth needs beyond that: who applies, and when.
#[function_component(BirthsSection)]
pub fn births_section() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    let date = h.eval_date(ctx.state.today);
    let births = derived_births(h, date);
    let mut applicants = vec![opt("", tr(lang, "app-choose"))];
    applicants.extend(h.members.iter().map(|m| opt(&m.key.to_string(), member_label(lang, h, m.key))));
    html! {
        <section class="section" aria-labelledby="h-births">
            <h2 id="h-births">{ tr(lang, "app-births") }</h2>
            if births.is_empty() {
                <p class="note" data-testid="births-none">{ tr(lang, "app-births-none") }</p>
            }
            { for births.iter().enumerate().map(|(j, db)| {
                let row = db.row.and_then(|r| h.births.get(r));
                let path = |f: &str| AttrValue::from(format!("births[{j}].{f}"));
                let tid = |f: &str| AttrValue::from(format!("birth-{j}-{f}"));
                let f = |bf: BirthField| Field::Birth(db.date.days(), bf);
                let names: Vec<String> = db.children.iter().filter_map(|c| h.members.get(*c)).map(|m| member_label(lang, h, m.key)).collect();
                let applicant = row.and_then(|b| b.applicant);
                let role = row.map_or_else(|| "parent".to_string(), |b| b.applicant_role.clone());
                html! {
                    <div class="card" key={db.date.days()} data-testid={format!("birth-{j}")}>
                        <h3>{ tr_args(lang, "app-birth-title", &[("date", &crate::i18n::date(lang, db.date)), ("children", &names.len().to_string()), ("names", &names.join(", "))]) }</h3>
                        <div class="grid">
                            <SelectField path={path("applicant")} label={tr(lang, "app-birth-applicant")}
                                value={applicant.map(|k| k.to_string()).unwrap_or_default()} options={applicants.clone()}
                                onchange={set(&ctx, f(BirthField::Applicant))} testid={tid("applicant")} />
                            <TextField path={path("application_date")} label={tr(lang, "app-birth-application-date")} kind="date"
                                value={row.map(|b| b.application_date.clone()).unwrap_or_default()} note={tr(lang, "app-birth-application-date-note")}
                                onchange={set(&ctx, f(BirthField::ApplicationDate))} testid={tid("application_date")} />
                        </div>
                        if applicant.is_some() {
                            <SelectField path={path("applicant_role")} label={tr(lang, "app-birth-applicant-role")} value={role.clone()}
                                options={["parent", "guardian", "proxy"].iter().map(|r| opt(r, code_name(lang, "role", r))).collect::<Vec<_>>()}
                                onchange={set(&ctx, f(BirthField::ApplicantRole))} testid={tid("applicant_role")} />
                            if role != "proxy" {
                                <CheckField path={path("applicant_lives_with_child")} label={tr(lang, "app-birth-lives-apart")}
                                    checked={row.is_some_and(|b| b.applicant_lives_apart)}
                                    onchange={set_bool(&ctx, f(BirthField::LivesApart))} testid={tid("lives_apart")} />
                            }
                        }
                    </div>
                }
            }) }
        </section>
    }
}

#[function_component(UnemploymentSection)]
pub fn unemployment_section() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    let date = h.eval_date(ctx.state.today);
    if !anyone_job_seeker(h, date) {
        return Html::default();
    }
    let u = &h.unemployment;
    let open = h.unemployment_open;
    let d = ctx.state.dispatcher();
    let toggle = Callback::from(move |v: bool| d.dispatch(Action::OpenUnemployment(v)));
    let seekers: Vec<(AttrValue, AttrValue)> =
        h.members.iter().filter(|m| shown(m, h, date).job_seeker).map(|m| opt(&m.key.to_string(), member_label(lang, h, m.key))).collect();
    let bars: &[&str] = data::unemployment_allowance::REGISTRATION_BARS.at(date).map_or(&[], |p| p.value);
    let f = Field::Unemp;
    html! {
        <section class="section" aria-labelledby="h-unemployment" id="unemployment">
            <h2 id="h-unemployment">{ tr(lang, "app-unemployment") }</h2>
            <div class="card">
                <CheckField path="unemployment" label={tr(lang, "app-unemployment-open")} checked={open}
                    onchange={toggle} testid="unemployment-open" />
                if open {
                    <div class="grid">
                        <SelectField path="unemployment.member" label={tr(lang, "app-unemployment-member")}
                            value={u.member.map(|k| k.to_string()).unwrap_or_default()} options={seekers}
                            onchange={set(&ctx, f(UnempField::Member))} testid="unemployment-member" />
                        <TextField path="unemployment.registered_on" label={tr(lang, "app-unemployment-registered")} kind="date"
                            value={u.registered_on.clone()} note={tr(lang, "app-unemployment-registered-note")}
                            onchange={set(&ctx, f(UnempField::RegisteredOn))} testid="unemployment-registered_on" />
                        <TextField path="unemployment.insured_months_last_36" label={tr(lang, "app-unemployment-insured")}
                            value={u.insured_months.clone()} inputmode="numeric" note={tr(lang, "app-unemployment-insured-note")}
                            onchange={set(&ctx, f(UnempField::InsuredMonths))} testid="unemployment-insured_months" />
                        <ChoiceField path="unemployment.insured_record_continuous" label={tr(lang, "app-unemployment-continuous")}
                            value={u.continuous.clone()}
                            options={vec![opt("yes", tr(lang, "app-answer-yes")), opt("no", tr(lang, "app-answer-no"))]}
                            onchange={set(&ctx, f(UnempField::Continuous))} testid="unemployment-continuous" />
                        <TextField path="unemployment.months_paid_last_36" label={tr(lang, "app-unemployment-paid")}
                            value={u.months_paid.clone()} inputmode="numeric" placeholder="0"
                            onchange={set(&ctx, f(UnempField::MonthsPaid))} testid="unemployment-months_paid" />
                        <TextField path="unemployment.severance_until" label={tr(lang, "app-unemployment-severance")} kind="date"
                            value={u.severance_until.clone()} note={tr(lang, "app-unemployment-severance-note")}
                            onchange={set(&ctx, f(UnempField::SeveranceUntil))} testid="unemployment-severance_until" />
                    </div>
                    <CheckField path="unemployment.first_time_job_seeker" label={tr(lang, "app-unemployment-first-time")}
                        checked={u.first_time_job_seeker} onchange={set_bool(&ctx, f(UnempField::FirstTime))} testid="unemployment-first_time" />
                    <CheckField path="unemployment.break_over_two_years" label={tr(lang, "app-unemployment-long-break")}
                        checked={u.break_over_two_years} onchange={set_bool(&ctx, f(UnempField::LongBreak))} testid="unemployment-long_break" />
                    <fieldset class="field bars">
                        <legend>{ tr(lang, "app-unemployment-bars") }</legend>
                        <p class="note">{ tr(lang, "app-unemployment-bars-note") }</p>
                        { for bars.iter().map(|b| {
                            let d = ctx.state.dispatcher();
                            let code = b.to_string();
                            html! {
                                <CheckField path={format!("unemployment.bar.{b}")} label={code_name(lang, "bar", b)}
                                    checked={u.bars.iter().any(|x| x == b)}
                                    onchange={Callback::from(move |v: bool| d.dispatch(Action::Bar(code.clone(), v)))}
                                    testid={format!("bar-{b}")} />
                            }
                        }) }
                    </fieldset>
                }
            </div>
        </section>
    }
}

#[function_component(PlaceSection)]
pub fn place_section() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    html! {
        <section class="section" aria-labelledby="h-place">
            <h2 id="h-place">{ tr(lang, "app-place") }</h2>
            <div class="card">
                <TextField path="region_coefficient" label={tr(lang, "app-region-coefficient")} value={h.region_coefficient.clone()}
                    inputmode="decimal" note={tr(lang, "app-region-coefficient-note")}
                    onchange={set(&ctx, Field::Region)} testid="region-coefficient" />
                <CheckField path="high_mountain" label={tr(lang, "app-high-mountain")} checked={h.high_mountain}
                    onchange={set_bool(&ctx, Field::HighMountain)} testid="high-mountain" />
                if ukuk_rules::questions::mother_residence_years(h.high_mountain) {
                    <TextField path="mother_residence_years" label={tr(lang, "app-mother-residence-years")} value={h.mother_residence_years.clone()}
                        inputmode="numeric" note={tr(lang, "app-mother-residence-years-note")}
                        onchange={set(&ctx, Field::MotherYears)} testid="mother-residence-years" />
                }
            </div>
        </section>
    }
}

/// The officers' insurance: a section a visitor opens only if it concerns
/// them (an officer of a law-enforcement body, or the family of one).
#[function_component(OfficerSection)]
pub fn officer_section() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    let o = &h.officer;
    let open = h.officer_open;
    let f = Field::Officer;
    let date = h.eval_date(ctx.state.today);
    let events = ukuk_rules::input::OFFICER_EVENTS;
    let mut event_options = vec![opt("", tr(lang, "app-choose"))];
    event_options.extend(events.iter().map(|e| opt(e, code_name(lang, "app-officer-event", e))));
    let groups = vec![opt("1", tr(lang, "app-group-1")), opt("2", tr(lang, "app-group-2")), opt("3", tr(lang, "app-group-3"))];
    let exclusions: &[&str] = data::officer_insurance::EXCLUSIONS.at(date).map_or(&[], |p| p.value);
    let injury = o.event == "injury";
    let with_group = matches!(o.event.as_str(), "disability" | "group_raised" | "death_after_disability");
    html! {
        <section class="section" aria-labelledby="h-officer" id="officer">
            <h2 id="h-officer">{ tr(lang, "app-officer") }</h2>
            <div class="card">
                <CheckField path="officer" label={tr(lang, "app-officer-open")} checked={open}
                    onchange={set_bool(&ctx, Field::OfficerOpen)} testid="officer-open" />
                if open {
                    <div class="grid">
                        <SelectField path="officer.event" label={tr(lang, "app-officer-event")} value={o.event.clone()}
                            options={event_options} onchange={set(&ctx, f(OfficerField::Event))} testid="officer-event" />
                        <TextField path="officer.event_date" label={tr(lang, "app-officer-event-date")} kind="date"
                            value={o.event_date.clone()} onchange={set(&ctx, f(OfficerField::EventDate))} testid="officer-event_date" />
                        <TextField path="officer.left_service_on" label={tr(lang, "app-officer-left")} kind="date"
                            value={o.left_service_on.clone()} note={tr(lang, "app-officer-left-note")}
                            onchange={set(&ctx, f(OfficerField::LeftService))} testid="officer-left_service_on" />
                        if !o.left_service_on.trim().is_empty() && !injury {
                            <ChoiceField path="officer.cause_in_service" label={tr(lang, "app-officer-cause")} value={o.cause_in_service.clone()}
                                options={vec![opt("yes", tr(lang, "app-answer-yes")), opt("no", tr(lang, "app-answer-no"))]}
                                onchange={set(&ctx, f(OfficerField::CauseInService))} testid="officer-cause_in_service" />
                        }
                        if injury {
                            <TextField path="officer.post_salary" label={tr(lang, "app-officer-salary")} value={o.post_salary.clone()}
                                inputmode="decimal" note={tr(lang, "app-officer-salary-note")}
                                onchange={set(&ctx, f(OfficerField::PostSalary))} testid="officer-post_salary" />
                            <ChoiceField path="officer.injury_severity" label={tr(lang, "app-officer-severity")} value={o.injury_severity.clone()}
                                options={ukuk_rules::input::INJURY_SEVERITIES.iter().map(|s| opt(s, code_name(lang, "app-officer-severity", s))).collect::<Vec<_>>()}
                                onchange={set(&ctx, f(OfficerField::Severity))} testid="officer-injury_severity" />
                        } else {
                            <TextField path="officer.monthly_pay" label={tr(lang, "app-officer-pay")} value={o.monthly_pay.clone()}
                                inputmode="decimal" note={tr(lang, "app-officer-pay-note")}
                                onchange={set(&ctx, f(OfficerField::MonthlyPay))} testid="officer-monthly_pay" />
                        }
                        if with_group {
                            <ChoiceField path="officer.disability_group" label={tr(lang, "app-officer-group")} value={o.disability_group.clone()}
                                options={groups.clone()} onchange={set(&ctx, f(OfficerField::Group))} testid="officer-group" />
                        }
                        if o.event == "group_raised" {
                            <ChoiceField path="officer.previous_group" label={tr(lang, "app-officer-previous-group")} value={o.previous_group.clone()}
                                options={groups} onchange={set(&ctx, f(OfficerField::PreviousGroup))} testid="officer-previous_group" />
                        }
                    </div>
                    <fieldset class="field bars">
                        <legend>{ tr(lang, "app-officer-exclusions") }</legend>
                        { for exclusions.iter().map(|e| {
                            let d = ctx.state.dispatcher();
                            let code = e.to_string();
                            html! {
                                <CheckField path={format!("officer.exclusions.{e}")} label={code_name(lang, "exclusion", e)}
                                    checked={o.exclusions.iter().any(|x| x == e)}
                                    onchange={Callback::from(move |v: bool| d.dispatch(Action::Set(Field::Officer(OfficerField::Exclusion), format!("{code}={v}"))))}
                                    testid={format!("officer-exclusion-{e}")} />
                            }
                        }) }
                    </fieldset>
                }
            </div>
        </section>
    }
}

/// "Calculate for: today, 02.12.2026" — the first thing on the form, since
/// every answer is read on that day; a counsellor can change it.
#[function_component(DateBar)]
pub fn date_bar() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    let today = ctx.state.today;
    let date = h.eval_date(today);
    let open = use_state(|| false);
    let is_today = h.date.trim().is_empty() || date == today;
    let line = if is_today {
        tr_args(lang, "app-calc-date-today", &[("date", &crate::i18n::date(lang, today))])
    } else {
        tr_args(lang, "app-calc-date-other", &[("date", &crate::i18n::date(lang, date))])
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let reset = {
        let d = ctx.state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Set(Field::Date, String::new())))
    };
    html! {
        <section class="date-bar card" aria-labelledby="h-date" data-testid="date-bar">
            <h2 id="h-date" class="date-line">{ line }</h2>
            <button type="button" class="link" onclick={toggle} aria-expanded={(*open).to_string()} data-testid="change-date">
                { tr(lang, "app-calc-date-change") }
            </button>
            if *open || !h.date.trim().is_empty() {
                <TextField path="date" label={tr(lang, "app-eval-date")} kind="date" value={h.date.clone()}
                    note={tr(lang, "app-eval-date-note")} onchange={set(&ctx, Field::Date)} testid="eval-date" />
                if !is_today {
                    <button type="button" class="link" onclick={reset} data-testid="date-today">{ tr(lang, "app-calc-date-reset") }</button>
                }
            }
        </section>
    }
}
