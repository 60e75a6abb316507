//! What a counsellor prints for the family (hidden on screen): the benefits
//! they can get, with amounts and the month-by-month schedule, the
//! documents to bring and where to go for each, the deadlines, the date of
//! the rules, and that the office decides. Short enough for two A4 pages.

use ukuk_rules::output::Status;
use yew::prelude::*;

use crate::i18n::{code_name, date, money_dec, tr, tr_args};
use crate::Ctx;

#[function_component(PrintSheet)]
pub fn print_sheet() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let Some(out) = ctx.eval.output.as_ref().filter(|_| ctx.eval.problems.is_empty()) else { return Html::default() };
    let due: Vec<_> = out.benefits.iter().filter(|b| b.status == Status::Eligible).collect();
    let asking: Vec<_> = out.benefits.iter().filter(|b| b.status == Status::NeedsInformation).collect();
    html! {
        <section class="print-sheet" aria-hidden="true" data-testid="print-sheet">
            <h1>{ tr(lang, "app-print-title") }</h1>
            <p>{ tr_args(lang, "app-rules-date", &[("date", &date(lang, out.date)), ("verified", &date(lang, out.rules_verified_until))]) }</p>
            if due.is_empty() {
                <p>{ tr(lang, "app-summary-none") }</p>
            }
            { for due.iter().map(|b| {
                let name = code_name(lang, "benefit-short", b.id);
                let amount = b.amount.map(|a| money_dec(lang, a.0)).unwrap_or_else(|| tr(lang, "app-amount-unknown"));
                let line = if b.period == "once" {
                    tr_args(lang, "app-amount-once", &[("amount", &amount)])
                } else {
                    tr_args(lang, "app-amount-monthly", &[("amount", &amount)])
                };
                html! {
                    <div class="print-benefit">
                        <h2>{ name }{ ": " }{ line }</h2>
                        if let (Some(s), Some(e)) = (b.starts, b.ends) {
                            <p>{ tr_args(lang, "app-dates", &[("starts", &date(lang, s)), ("ends", &date(lang, e))]) }</p>
                        }
                        if b.schedule().iter().any(|m| Some(m.amount) != b.schedule().first().map(|f| f.amount)) {
                            <p>{ tr(lang, "app-schedule") }{ ": " }
                                { b.schedule().iter().map(|m| format!("{} {}", date(lang, m.from), money_dec(lang, m.amount.0))).collect::<Vec<_>>().join("; ") }
                            </p>
                        }
                        { for b.per_birth().iter().map(|pb| html! {
                            <p>{ tr_args(lang, "app-birth-deadline", &[("deadline", &date(lang, pb.deadline))]) }</p>
                        }) }
                        <p><strong>{ tr(lang, "app-where") }</strong>{ " " }{ code_name(lang, "where", b.where_) }</p>
                        <p><strong>{ tr(lang, "app-documents") }</strong>{ ": " }
                            { b.documents().iter().map(|d| code_name(lang, "document", d)).collect::<Vec<_>>().join("; ") }
                        </p>
                    </div>
                }
            }) }
            if !asking.is_empty() {
                <p>{ tr(lang, "app-group-asking") }{ ": " }
                    { asking.iter().map(|b| code_name(lang, "benefit-short", b.id)).collect::<Vec<_>>().join(", ") }
                </p>
            }
            <p class="print-note">{ tr(lang, "app-footer") }</p>
        </section>
    }
}
