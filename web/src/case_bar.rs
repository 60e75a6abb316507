//! A counsellor's tools for one family's case: save it to a file, open one,
//! share it as a link (opt-in, with a warning), compare two scenarios and
//! print the result for the family. Nothing here writes to the device's
//! storage; a file is written only where the person saves it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::case_file::{self, OpenError};
use crate::i18n::{tr, tr_args};
use crate::state::Action;
use crate::Ctx;

/// Offers `text` as a file download named `name`.
fn download(name: &str, text: &str) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url).ok()
}

/// The address of this page with the household in its fragment.
fn share_url(lang: ukuk_i18n::Lang, fragment: &str) -> String {
    // The app's own page, also from an embedded calculator.
    let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = web_sys::Url::new_with_base(&crate::host::url(""), &here).map(|u| u.href()).unwrap_or_default();
    format!("{base}?lang={}#{fragment}", lang.code())
}

#[function_component(CaseBar)]
pub fn case_bar() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let sharing = use_state(|| false);
    let today = ctx.state.today;
    let json = ctx.eval.built.json.clone();

    let save = {
        let json = json.clone();
        let date = ctx.state.household.eval_date(today);
        Callback::from(move |_: MouseEvent| {
            let _ = download(&format!("ukuk-{date}.json"), &(crate::js_json::stringify(&json, 2) + "\n"));
        })
    };
    let open = {
        let d = ctx.state.dispatcher();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
                let result = case_file::from_file(text.as_deref().and_then(crate::js_json::parse), today);
                d.dispatch(Action::Open(Box::new(result)));
            });
        })
    };
    let toggle_share = {
        let sharing = sharing.clone();
        Callback::from(move |_: MouseEvent| sharing.set(!*sharing))
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let compare = {
        let d = ctx.state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Compare))
    };
    let link = if *sharing { share_url(lang, &case_file::to_fragment(&crate::js_json::stringify(&json, 0))) } else { String::new() };
    html! {
        <section class="case-bar card" aria-label={tr(lang, "app-case")} data-testid="case-bar">
            <div class="case-actions">
                <button type="button" onclick={save} data-testid="save">{ tr(lang, "app-save") }</button>
                <input id="open-file" class="visually-hidden" type="file" accept=".json,application/json" onchange={open} data-testid="open" />
                <label class="button-like" for="open-file">{ tr(lang, "app-open") }</label>
                <button type="button" onclick={toggle_share} aria-expanded={(*sharing).to_string()} data-testid="share">{ tr(lang, "app-share") }</button>
                if ctx.state.other.is_none() {
                    <button type="button" onclick={compare} data-testid="compare">{ tr(lang, "app-compare") }</button>
                }
                <button type="button" onclick={print} data-testid="print">{ tr(lang, "app-print") }</button>
            </div>
            if *sharing {
                <div class="share" data-testid="share-panel">
                    <p class="warn-text">{ tr(lang, "app-share-warning") }</p>
                    <label for="share-link">{ tr(lang, "app-share-link") }</label>
                    <input id="share-link" type="text" readonly=true value={link} data-testid="share-link" />
                </div>
            }
        </section>
    }
}

/// "The file could not be opened" at the top; the form stays as it was.
#[function_component(OpenErrorBanner)]
pub fn open_error_banner() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let Some(e) = &ctx.state.open_error else { return Html::default() };
    let why = match e {
        OpenError::NotJson => tr(lang, "app-open-not-json"),
        OpenError::Refused(err) => {
            let msg = crate::eval::Problem::Engine(err.clone()).message(lang);
            tr_args(lang, "app-open-refused", &[("path", &err.path), ("message", &msg)])
        }
    };
    html! {
        <div class="errors open-error" id="open-error" tabindex="-1" role="alert" data-testid="open-error">
            <p><strong>{ tr(lang, "app-open-failed") }</strong>{ " " }{ why }</p>
        </div>
    }
}

/// Scenario A and B side by side: each benefit's status and amount, what
/// differs marked, and the monthly totals.
#[function_component(CompareTable)]
pub fn compare_table() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let Some(other) = &ctx.state.other else { return Html::default() };
    let today = ctx.state.today;
    let this = ctx.eval.output.clone();
    let that = crate::eval::Evaluation::run(other, today).output;
    let (a, b) = if ctx.state.on_b { (that, this) } else { (this, that) };
    let d = ctx.state.dispatcher();
    let show = |on_b: bool| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Scenario(on_b)))
    };
    let end = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::EndCompare))
    };
    let cell = |o: &Option<ukuk_rules::Output>, id: &str| -> (String, String) {
        let Some(b) = o.as_ref().and_then(|o| o.benefits.iter().find(|b| b.id == id)) else { return (String::new(), "—".into()) };
        let status = crate::i18n::code_name(lang, "status", crate::results::status_code(b.status));
        let amount = match (b.status, b.amount) {
            (ukuk_rules::output::Status::Eligible, Some(m)) => crate::i18n::money_dec(lang, m.0),
            _ => String::new(),
        };
        (status, amount)
    };
    let monthly = |o: &Option<ukuk_rules::Output>| -> rust_decimal::Decimal {
        o.as_ref()
            .map(|o| {
                o.benefits
                    .iter()
                    .filter(|b| b.status == ukuk_rules::output::Status::Eligible && b.period == "monthly")
                    .filter_map(|b| b.amount.map(|m| m.0))
                    .sum()
            })
            .unwrap_or_default()
    };
    let (ta, tb) = (monthly(&a), monthly(&b));
    html! {
        <section class="compare card" aria-labelledby="h-compare" data-testid="compare-table">
            <h3 id="h-compare">{ tr(lang, "app-compare-title") }</h3>
            <div class="scenario-tabs" role="group" aria-label={tr(lang, "app-compare-title")}>
                <button type="button" aria-pressed={(!ctx.state.on_b).to_string()} onclick={show(false)} data-testid="scenario-a">{ tr(lang, "app-scenario-a") }</button>
                <button type="button" aria-pressed={ctx.state.on_b.to_string()} onclick={show(true)} data-testid="scenario-b">{ tr(lang, "app-scenario-b") }</button>
                <button type="button" class="link" onclick={end} data-testid="end-compare">{ tr(lang, "app-compare-end") }</button>
            </div>
            <p class="note">{ tr(lang, if ctx.state.on_b { "app-compare-editing-b" } else { "app-compare-editing-a" }) }</p>
            <table>
                <thead><tr>
                    <th scope="col">{ tr(lang, "app-compare-benefit") }</th>
                    <th scope="col">{ tr(lang, "app-scenario-a") }</th>
                    <th scope="col">{ tr(lang, "app-scenario-b") }</th>
                </tr></thead>
                <tbody>
                    { for ukuk_rules::benefit_ids().into_iter().map(|id| {
                        let (sa, ma) = cell(&a, id);
                        let (sb, mb) = cell(&b, id);
                        let differs = sa != sb || ma != mb;
                        html! {
                            <tr class={classes!(differs.then_some("differs"))} data-testid={format!("compare-{id}")} data-differs={differs.to_string()}>
                                <th scope="row">{ crate::i18n::code_name(lang, "benefit-short", id) }</th>
                                <td>{ sa }{ " " }<strong>{ ma }</strong></td>
                                <td>{ sb }{ " " }<strong>{ mb }</strong></td>
                            </tr>
                        }
                    }) }
                </tbody>
                <tfoot><tr class={classes!((ta != tb).then_some("differs"))} data-testid="compare-total">
                    <th scope="row">{ tr(lang, "app-compare-total") }</th>
                    <td><strong>{ crate::i18n::money_dec(lang, ta) }</strong></td>
                    <td><strong>{ crate::i18n::money_dec(lang, tb) }</strong></td>
                </tr></tfoot>
            </table>
        </section>
    }
}
