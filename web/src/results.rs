//! The results: every benefit with its status, amount, dates, reasons in
//! plain language, what would change a refusal, documents and where to go.

use ukuk_i18n::Lang;
use ukuk_rules::output::{Benefit, Outcome, Reason, Status};
use ukuk_rules::params::Grade;
use ukuk_rules::Date;
use yew::prelude::*;

use crate::eval::Problem;
use crate::fields::dom_id;
use crate::form::member_label;
use crate::i18n::{code_name, date, detail_args, has, money_dec, note_applies, text_with, tr, tr_args, Labels};
use crate::model::Household;
use crate::Ctx;

struct MemberNames<'a> {
    lang: Lang,
    h: &'a Household,
}

impl Labels for MemberNames<'_> {
    fn label(&self, id: &str) -> String {
        let key = id.strip_prefix('m').and_then(|k| k.parse::<u32>().ok());
        match key.filter(|k| self.h.member_index(*k).is_some()) {
            Some(k) => member_label(self.lang, self.h, k),
            None => id.to_string(),
        }
    }
}

pub fn status_code(s: Status) -> &'static str {
    match s {
        Status::Eligible => "eligible",
        Status::NotEligible => "not_eligible",
        Status::NeedsInformation => "needs_information",
    }
}

fn status_icon(s: Status) -> &'static str {
    match s {
        Status::Eligible => "✓",
        Status::NotEligible => "✗",
        Status::NeedsInformation => "?",
    }
}

#[function_component(Results)]
pub fn results() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    let Some(out) = &ctx.eval.output else {
        return html! { <ErrorList /> };
    };
    let names = MemberNames { lang, h };
    let ev = &ctx.eval;
    let problems = !ev.problems.is_empty();

    let sum = |period: &str| -> rust_decimal::Decimal {
        out.benefits
            .iter()
            .filter(|b| ev.shown(b.id) && b.status == Status::Eligible && b.period == period)
            .filter_map(|b| b.amount.map(|a| a.0))
            .sum()
    };
    let (monthly, once) = (sum("monthly"), sum("once"));
    let shown: Vec<&Benefit> = out.benefits.iter().filter(|b| ev.shown(b.id)).collect();
    let held: Vec<&Benefit> = out.benefits.iter().filter(|b| !ev.shown(b.id)).collect();
    let due: Vec<&Benefit> = shown.iter().copied().filter(|b| b.status == Status::Eligible).collect();
    // What the family gets, named: one line per benefit, then the totals.
    let mut summary: Vec<String> = due.iter().map(|b| headline(lang, b)).collect();
    if due.len() > 1 && !monthly.is_zero() {
        summary.push(tr_args(lang, "app-summary-monthly", &[("amount", &money_dec(lang, monthly))]));
    }
    if due.len() > 1 && !once.is_zero() {
        summary.push(tr_args(lang, "app-summary-once", &[("amount", &money_dec(lang, once))]));
    }
    if due.is_empty() && !problems {
        summary.push(tr(lang, "app-summary-none"));
    }
    // A benefit that waits for a whole section nobody opened (no one seeks
    // work): a question, not a card beside the results.
    let untouched = |b: &Benefit| b.status == Status::NeedsInformation && asks_unemployment(b) && !h.unemployment_open;
    let asking: Vec<&Benefit> = shown.iter().copied().filter(|b| b.status == Status::NeedsInformation && !untouched(b)).collect();
    let refused: Vec<&Benefit> = shown.iter().copied().filter(|b| b.status == Status::NotEligible).collect();
    let unasked: Vec<&Benefit> = shown.iter().copied().filter(|b| untouched(b)).collect();
    let seeker_possible = crate::model::anyone_job_seeker(h, h.eval_date(ctx.state.today));

    // Rules checked too long ago: one sentence, the list on request.
    let stale: Vec<&ukuk_rules::output::Warning> = out.warnings.iter().filter(|w| w.code == "rules_not_verified").collect();
    let stale_from = stale
        .iter()
        .filter_map(|w| match w.detail.get("verified_until") {
            Some(ukuk_rules::output::Value::Date(d)) => Some(*d),
            _ => None,
        })
        .min()
        .map(|d| date(lang, d))
        .unwrap_or_default();

    html! {
        <>
            <crate::case_bar::CompareTable />
            if problems { <ErrorList /> }
            if !summary.is_empty() {
            <div class="summary" data-testid="summary" aria-live="polite" aria-atomic="true">
                { for summary.iter().map(|s| html! { <p>{ s }</p> }) }
                if !due.is_empty() {
                    <p class="assumes" data-testid="summary-assumes">{ tr_args(lang, "app-summary-assumes", &[("date", &date(lang, out.date))]) }</p>
                }
            </div>
            }
            if !held.is_empty() {
                <div class="held" data-testid="held">
                    <p>{ tr(lang, "app-held") }</p>
                    <ul>{ for held.iter().map(|b| html! { <li data-testid={format!("held-{}", b.id)}>{ tr_code(lang, "benefit-short", b.id) }</li> }) }</ul>
                </div>
            }
            <p class="rules-date" data-testid="rules-date">
                { tr_args(lang, "app-rules-date", &[("date", &date(lang, out.date)), ("verified", &date(lang, out.rules_verified_until))]) }
            </p>
            { for due.iter().map(|b| html! { <BenefitCard key={b.id} id={b.id} /> }) }
            if !asking.is_empty() || (seeker_possible && !unasked.is_empty()) {
                <h3 class="group" data-testid="group-asking">{ tr(lang, "app-group-asking") }</h3>
            }
            { for asking.iter().map(|b| html! { <BenefitCard key={b.id} id={b.id} /> }) }
            if seeker_possible {
                { for unasked.iter().map(|b| html! {
                    <p class="question-line" data-testid={format!("question-{}", b.id)}>
                        { tr_args(lang, "app-unasked", &[("benefit", &tr_code(lang, "benefit-short", b.id))]) }{ " " }
                        <a href="#unemployment">{ tr(lang, "app-answer-unemployment") }</a>
                    </p>
                }) }
            }
            if !refused.is_empty() {
                <h3 class="group" data-testid="group-refused">{ tr(lang, "app-group-refused") }</h3>
            }
            { for refused.iter().map(|b| html! { <BenefitCard key={b.id} id={b.id} /> }) }
            if !out.warnings.is_empty() {
                <details class="warnings" data-testid="warnings">
                    <summary>{ tr_args(lang, "app-warnings-count", &[("count", &out.warnings.len().to_string())]) }</summary>
                    if !stale.is_empty() {
                        <p class="warning" data-testid="warning-rules_not_verified">
                            { tr_args(lang, "app-warning-stale", &[("verified", &stale_from)]) }
                        </p>
                        <details>
                            <summary>{ tr(lang, "app-warning-stale-which") }</summary>
                            <ul>{ for stale.iter().map(|w| html! {
                                <li>{ text_with(lang, "warning-rules_not_verified", &detail_args(lang, &w.detail, &names)) }</li>
                            }) }</ul>
                        </details>
                    }
                    { for out.warnings.iter().filter(|w| w.code != "rules_not_verified").map(|w| {
                        let args = warning_args(lang, out, w, &names);
                        html! { <p class="warning" data-testid={format!("warning-{}", w.code)}>{ text_with(lang, &format!("warning-{}", w.code), &args) }</p> }
                    }) }
                </details>
            }
        </>
    }
}

/// A warning's figures; the act a press report names is rendered from its
/// data (`act_cite`) in the reader's language.
fn warning_args(lang: Lang, out: &ukuk_rules::Output, w: &ukuk_rules::output::Warning, names: &MemberNames) -> Vec<(&'static str, String)> {
    let mut args = detail_args(lang, &w.detail, names);
    let param = match w.detail.get("parameter") {
        Some(ukuk_rules::output::Value::Code(a)) => Some(*a),
        _ => None,
    };
    // The value's basis is among the sources the benefits' reasons cite.
    let cite = param.and_then(|p| {
        out.benefits.iter().flat_map(|b| b.reasons().iter()).flat_map(|r| r.source.cited()).find(|c| c.param == p).and_then(|c| c.act_cite)
    });
    if let Some(c) = cite {
        for (k, v) in &mut args {
            if *k == "act" {
                *v = ukuk_i18n::cite_text(lang, &c);
            }
        }
    }
    args
}

/// The problems that keep the result from being computed, each a link to its field.
#[function_component(ErrorList)]
pub fn error_list() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    html! {
        <div class="errors" data-testid="errors" role="alert">
            <h3>{ tr(lang, "app-errors-title") }</h3>
            <ul>
                { for ctx.eval.problems.iter().map(|p| {
                    let place = place_of(lang, h, p);
                    let href = format!("#{}", dom_id(p.path()));
                    html! {
                        <li data-testid="error">
                            <a href={href}>{ place }</a>{ ": " }{ p.message(lang) }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// Where a problem is, in words: "Person 2 — date of birth".
fn place_of(lang: Lang, h: &Household, p: &Problem) -> String {
    let path = p.path();
    let index = |prefix: &str| -> Option<usize> { path.strip_prefix(prefix)?.split(']').next()?.parse().ok() };
    if let Some(i) = index("members[") {
        let who = h.members.get(i).map(|m| member_label(lang, h, m.key)).unwrap_or_default();
        return tr_args(lang, "app-error-place-member", &[("member", &who)]);
    }
    if let Some(i) = index("births[") {
        return tr_args(lang, "app-error-place-birth", &[("n", &(i + 1).to_string())]);
    }
    if let Some(i) = index("assets.vehicles[") {
        return tr_args(lang, "app-error-place-vehicle", &[("n", &(i + 1).to_string())]);
    }
    if path.starts_with("assets.livestock") || path.starts_with("app.other_animals") {
        return tr(lang, "app-livestock");
    }
    if path.starts_with("unemployment") {
        return tr(lang, "app-unemployment");
    }
    match path {
        "members" => tr(lang, "app-members"),
        "date" => tr(lang, "app-eval-date"),
        "region_coefficient" => tr(lang, "app-region-coefficient"),
        _ => tr(lang, "app-error-place-form"),
    }
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub id: &'static str,
}

#[function_component(BenefitCard)]
pub fn benefit_card(p: &CardProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let h = &ctx.state.household;
    let Some(b) = ctx.eval.output.as_ref().filter(|_| ctx.eval.shown(p.id)).and_then(|o| o.benefits.iter().find(|b| b.id == p.id)) else {
        return Html::default();
    };
    let names = MemberNames { lang, h };
    let rules_date = ctx.eval.output.as_ref().map_or(ctx.state.today, |o| o.date);
    let id = b.id;
    let st = status_code(b.status);
    let tid = |s: &str| format!("benefit-{id}-{s}");
    let amount = amount_text(lang, b);
    let dates = match (b.starts, b.ends) {
        (Some(s), Some(e)) if s == e => Some(tr_args(lang, "app-due-on", &[("date", &date(lang, s))])),
        (Some(s), Some(e)) => Some(tr_args(lang, "app-dates", &[("starts", &date(lang, s)), ("ends", &date(lang, e))])),
        (Some(s), None) => Some(tr_args(lang, "app-starts", &[("starts", &date(lang, s))])),
        _ => None,
    };
    let show_docs = b.status != Status::NotEligible;
    html! {
        <article class={classes!("card", "benefit", st)} data-testid={format!("benefit-{id}")} data-status={st}>
            <header class="card-head">
                <h3>{ tr_code(lang, "benefit", id) }</h3>
                <span class="status" data-testid={tid("status")}>
                    <span aria-hidden="true">{ status_icon(b.status) }{ " " }</span>{ code_name(lang, "status", st) }
                </span>
            </header>
            if let Some(a) = amount {
                <p class="amount" data-testid={tid("amount")}>{ a }</p>
            }
            if let Some(d) = dates { <p class="dates" data-testid={tid("dates")}>{ d }</p> }
            { per_member(lang, b, &names) }
            { per_birth(lang, b) }
            { schedule(lang, b) }
            <p class="desc">{ tr_attr(lang, &format!("benefit-{id}"), "description") }</p>
            <h4>{ tr(lang, "app-why") }</h4>
            <ul class="reasons" data-testid={tid("reasons")}>
                { for b.reasons().iter().map(|r| reason_item(lang, r, &names, rules_date)) }
            </ul>
            if b.status == Status::NeedsInformation && asks_unemployment(b) && !h.unemployment_open
                && crate::model::anyone_job_seeker(h, h.eval_date(ctx.state.today)) {
                <p><a href="#unemployment" class="button-link">{ tr(lang, "app-answer-unemployment") }</a></p>
            }
            <details class="docs" open={show_docs}>
                <summary>{ tr(lang, "app-documents") }</summary>
                if !b.where_.is_empty() {
                    <p class="where" data-testid={tid("where")}><strong>{ tr(lang, "app-where") }</strong>{ " " }{ code_name(lang, "where", b.where_) }</p>
                }
                <ul class="documents" data-testid={tid("documents")}>
                    { for b.documents().iter().map(|d| html! { <li>{ code_name(lang, "document", d) }</li> }) }
                </ul>
            </details>
            <p class="verified">{ tr_args(lang, "app-benefit-verified", &[("date", &date(lang, b.rules_verified_until))]) }</p>
        </article>
    }
}

/// Whether the benefit waits for the unemployment questions of the form.
fn asks_unemployment(b: &Benefit) -> bool {
    b.reasons().iter().any(|r| r.unknown && r.detail.get("missing") == Some(&ukuk_rules::output::Value::Code("unemployment")))
}

/// A message's attribute, or nothing when neither the language nor English has it.
fn tr_attr(lang: Lang, id: &str, attr: &str) -> String {
    let full = format!("{id}.{attr}");
    if has(lang, &full) {
        tr(lang, &full)
    } else {
        String::new()
    }
}

fn tr_code(lang: Lang, prefix: &str, code: &str) -> String {
    code_name(lang, prefix, code)
}

/// "«Үй-бүлөгө көмөк»: 2 400,00 сом a month from 01.01.2027".
fn headline(lang: Lang, b: &Benefit) -> String {
    let name = tr_code(lang, "benefit-short", b.id);
    let amount = amount_text(lang, b).unwrap_or_default();
    match b.starts {
        Some(s) if b.period == "monthly" => {
            tr_args(lang, "app-headline-from", &[("benefit", &name), ("amount", &amount), ("from", &date(lang, s))])
        }
        _ => tr_args(lang, "app-headline", &[("benefit", &name), ("amount", &amount)]),
    }
}

fn amount_text(lang: Lang, b: &Benefit) -> Option<String> {
    match (b.status, b.amount) {
        (Status::Eligible, Some(a)) => {
            let money = money_dec(lang, a.0);
            Some(if b.period == "once" {
                tr_args(lang, "app-amount-once", &[("amount", &money)])
            } else {
                tr_args(lang, "app-amount-monthly", &[("amount", &money)])
            })
        }
        (Status::Eligible, None) => Some(tr(lang, "app-amount-unknown")),
        _ => None,
    }
}

fn per_member(lang: Lang, b: &Benefit, names: &MemberNames) -> Html {
    // Amounts per birth are shown by `per_birth` instead.
    if b.per_member().is_empty() || b.status != Status::Eligible || !b.per_birth().is_empty() {
        return Html::default();
    }
    html! {
        <ul class="per-member" data-testid={format!("benefit-{}-per-member", b.id)}>
            { for b.per_member().iter().map(|m| {
                let who = names.label(&m.member);
                let mut line = tr_args(lang, "app-per-member", &[("member", &who), ("amount", &money_dec(lang, m.amount.0))]);
                if let Some(c) = m.category {
                    line.push_str(" — ");
                    line.push_str(&code_name(lang, "category", c));
                }
                html! {
                    <li>
                        { line }
                        if let Some(s) = m.breadwinner_supplement {
                            <br /><small>{ tr_args(lang, "app-breadwinner-included", &[("amount", &money_dec(lang, s.0))]) }</small>
                        }
                        if !m.other_categories.is_empty() {
                            <br /><small>{ tr_args(lang, "app-other-categories", &[("categories",
                                &m.other_categories.iter().map(|c| code_name(lang, "category", c)).collect::<Vec<_>>().join(", "))]) }</small>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

fn per_birth(lang: Lang, b: &Benefit) -> Html {
    if b.per_birth().is_empty() {
        return Html::default();
    }
    html! {
        <ul class="per-birth" data-testid={format!("benefit-{}-per-birth", b.id)}>
            { for b.per_birth().iter().map(|pb| {
                let st = status_code(pb.status);
                let head = tr_args(lang, "app-birth-line", &[("date", &date(lang, pb.date)), ("children", &pb.children.to_string())]);
                let amount = match (pb.status, pb.amount) {
                    (Status::Eligible, Some(a)) => money_dec(lang, a.0),
                    _ => code_name(lang, "status", st),
                };
                html! {
                    <li class={classes!(st)}>
                        <strong>{ head }</strong>{ ": " }{ amount }<br />
                        <span class="deadline" data-testid="birth-deadline">{ tr_args(lang, "app-birth-deadline", &[("deadline", &date(lang, pb.deadline))]) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The months paid, when the amount changes during the period: runs of
/// months with the same amount, "05.2022: 1 620,00 сом; 06.2022 – 04.2023: …".
fn schedule(lang: Lang, b: &Benefit) -> Html {
    let Some(first) = b.schedule().first() else { return Html::default() };
    if b.schedule().iter().all(|m| m.amount == first.amount) {
        return Html::default();
    }
    let mut runs: Vec<(Date, Date, rust_decimal::Decimal)> = Vec::new();
    for m in b.schedule() {
        match runs.last_mut() {
            Some(last) if last.2 == m.amount.0 => last.1 = m.until,
            _ => runs.push((m.from, m.until, m.amount.0)),
        }
    }
    html! {
        <div class="schedule" data-testid={format!("benefit-{}-schedule", b.id)}>
            <h4>{ tr(lang, "app-schedule") }</h4>
            <ul>
                { for runs.iter().map(|(from, until, amount)| html! {
                    <li>{ tr_args(lang, "app-schedule-run", &[("from", &date(lang, *from)), ("until", &date(lang, *until)), ("amount", &money_dec(lang, *amount))]) }</li>
                }) }
            </ul>
        </div>
    }
}

fn reason_item(lang: Lang, r: &Reason, names: &MemberNames, rules_date: ukuk_rules::Date) -> Html {
    let base = r.rule.replace('.', "-");
    let outcome = r.outcome();
    let (class, icon, attr) = match outcome {
        Outcome::Pass => ("pass", "✓", "pass"),
        Outcome::Fail => ("fail", "✗", "fail"),
        Outcome::Unknown => ("unknown", "?", "unknown"),
    };
    let args = detail_args(lang, &r.detail, names);
    let id = format!("{base}.{attr}");
    let text = if has(lang, &id) || !has(lang, &base) { text_with(lang, &id, &args) } else { text_with(lang, &base, &args) };
    let fix_id = format!("{base}.fix");
    let fix = (outcome == Outcome::Fail && has(lang, &fix_id)).then(|| text_with(lang, &fix_id, &args));
    let extra = |attr: &str| {
        let id = format!("{base}.{attr}");
        note_applies(lang, &id, &r.detail).then(|| text_with(lang, &id, &args))
    };
    let (note, reading) = (extra("note"), extra("reading"));
    let press = r.grade == Some(Grade::Press);
    let mut used: Vec<&'static str> = Vec::new();
    for b in r.source.cited() {
        if !used.contains(&b.param) {
            used.push(b.param);
        }
    }
    let new_tab = (crate::host::mode() != crate::host::Mode::Page).then_some("_blank");
    html! {
        <li class={classes!("reason", class)} data-rule={r.rule}>
            <span class="icon" aria-hidden="true">{ icon }</span>
            <div>
                <p>{ text }</p>
                if let Some(n) = note { <p class="reason-note">{ n }</p> }
                if let Some(n) = reading { <p class="reason-note" data-testid="reading">{ n }</p> }
                if press { <p class="reason-note press" data-testid="press">{ tr(lang, "grade-press-note") }</p> }
                if let Some(f) = fix { <p class="fix" data-testid="fix"><strong>{ tr(lang, "app-fix") }</strong>{ " " }{ f }</p> }
                <details class="source">
                    <summary>{ tr(lang, "app-source") }</summary>
                    // Each source once, in the reader's language, with the
                    // grade of the value it stands for.
                    <ul>
                        { for r.source.cites().iter().map(|(c, g)| html! {
                            <li>{ ukuk_i18n::cite_text(lang, c) }
                                if let Some(g) = g { <span class="grade-of">{ " — " }{ code_name(lang, "grade", g.code()) }</span> }
                            </li>
                        }) }
                    </ul>
                    // Each value the rule used, in the rules explorer: its
                    // history, its source and its grade.
                    if !used.is_empty() {
                        <ul class="values-used">
                            { for used.iter().map(|param| html! {
                                <li><a href={crate::host::url(&format!("{}#p-{}", crate::rules_page(lang, rules_date), param.replace('.', "-")))}
                                    target={new_tab} rel="noopener" data-testid="value-link">
                                    { tr(lang, &format!("param-{}", param.replace('.', "-"))) }
                                </a></li>
                            }) }
                        </ul>
                    }
                    if let Some(g) = r.grade {
                        <p class="grade" data-testid="grade">{ tr_args(lang, "app-source-grade", &[("grade", &code_name(lang, "grade", g.code()))]) }</p>
                    }
                </details>
            </div>
        </li>
    }
}

/// On a phone the result is below the questions: a bar at the bottom of the
/// screen says what it is and jumps to it.
#[function_component(JumpBar)]
pub fn jump_bar() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let bad = !ctx.eval.problems.is_empty();
    let label = match &ctx.eval.output {
        _ if bad => tr(lang, "app-jump-errors"),
        None => tr(lang, "app-jump-errors"),
        Some(out) => {
            let monthly: rust_decimal::Decimal = out
                .benefits
                .iter()
                .filter(|b| b.status == Status::Eligible && b.period == "monthly")
                .filter_map(|b| b.amount.map(|a| a.0))
                .sum();
            if monthly.is_zero() {
                tr(lang, "app-jump")
            } else {
                tr_args(lang, "app-jump-amount", &[("amount", &money_dec(lang, monthly))])
            }
        }
    };
    html! {
        <a class={classes!("jump", bad.then_some("bad"))} href="#results" data-testid="jump">{ label }{ " ↓" }</a>
    }
}
