//! Ukuk — the web app: a Kyrgyz state-benefit calculator that computes
//! everything in the browser. Nothing is sent anywhere; nothing is stored
//! unless the person asks; one click forgets everything.
//!
//! Built for `wasm32-unknown-unknown` by `cargo xtask build`; the browser loads
//! it through `index.html` -> `ukuk_web.js` -> `ukuk_web_bg.wasm`.

mod case_bar;
mod case_file;
mod eval;
mod fields;
mod form;
mod host;
mod i18n;
mod js_json;
mod model;
mod print_sheet;
mod results;
mod state;
mod storage;

use std::rc::Rc;

use ukuk_i18n::Lang;
use ukuk_rules::Date;
use yew::prelude::*;

use crate::eval::Evaluation;
use crate::form::{AssetsSection, BirthsSection, DateBar, MembersSection, OfficerSection, PlaceSection, UnemploymentSection};
use crate::i18n::{tr, tr_args};
use crate::results::{JumpBar, Results};
use crate::state::{Action, Model, UndoKind};

/// What every component reads: the state (with its dispatcher) and the evaluation.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub state: UseReducerHandle<Model>,
    pub eval: Rc<Evaluation>,
}

/// Today in Bishkek (UTC+6), where the rules apply.
fn today() -> Date {
    let now = js_sys::Date::now();
    let days = ((now / 1000.0 + 6.0 * 3600.0) / 86400.0).floor() as i32;
    Date::from_days(days)
}

/// The language asked for: the element's `lang` attribute, else the
/// address (`?lang=ru`), if any.
fn url_lang() -> Option<Lang> {
    if host::mode() == host::Mode::Element {
        return host::lang().and_then(|l| Lang::from_code(&l));
    }
    let search = web_sys::window()?.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix("lang=")).and_then(Lang::from_code)
}

/// The browser's first language that the app speaks (ky, ru or en).
fn browser_lang() -> Option<Lang> {
    let nav = web_sys::window()?.navigator();
    let langs = nav.languages();
    let mut list: Vec<String> = langs.iter().filter_map(|v| v.as_string()).collect();
    if let Some(l) = nav.language() {
        list.push(l);
    }
    list.iter().find_map(|l| Lang::from_code(l.split('-').next().unwrap_or("").to_ascii_lowercase().as_str()))
}

/// The address's fragment if it carries a household (`#h=…`), removed from
/// the address (and so from the history) once read.
fn take_fragment() -> Option<String> {
    if host::mode() != host::Mode::Page {
        return None;
    }
    let w = web_sys::window()?;
    let hash = w.location().hash().ok()?;
    if !hash.contains("h=") {
        return None;
    }
    let loc = w.location();
    let url = format!("{}{}", loc.pathname().ok()?, loc.search().ok()?);
    let _ = w.history().ok()?.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    Some(hash)
}

/// Keeps the language in the address, so a reload or a shared link opens in it.
fn put_lang_in_url(lang: Lang) {
    if host::mode() == host::Mode::Element {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let (Ok(path), Ok(hash)) = (loc.pathname(), loc.hash()) else { return };
    let url = format!("{path}?lang={}{hash}", lang.code());
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(|| {
        let mut m = Model::new(today(), storage::load());
        // The host element's `date` attribute: the day the results are for.
        if let Some(d) = host::date() {
            m.household.date = d;
        }
        // A shared link carries a household in its fragment: it fills the
        // form, and the fragment is taken out of the address at once.
        if let Some(result) = take_fragment().and_then(|f| case_file::from_fragment(&f, m.today, js_json::parse)) {
            match result {
                Ok(h) => m.household = h,
                Err(e) => m.open_error = Some(e),
            }
        }
        take_early_answer(&mut m);
        // The address first, then a saved choice, then the browser's language.
        let wanted = url_lang().or(m.pending_lang).or(if m.remember { Some(m.lang) } else { browser_lang() });
        if let Some(l) = wanted.filter(|l| *l != m.lang) {
            if ukuk_i18n::Bundle::has_app_texts(l) {
                m.lang = l;
            } else {
                m.pending_lang = Some(l);
            }
        }
        m
    });
    let eval = {
        let h = state.household.clone();
        let today = state.today;
        use_memo(h, move |h| Evaluation::run(h, today))
    };
    let lang = state.lang;

    // A language saved earlier whose texts are not in the first load is
    // fetched, then chosen; until then the page is in Kyrgyz.
    {
        let d = state.dispatcher();
        use_effect_with(state.pending_lang, move |pending| {
            if let Some(l) = *pending {
                i18n::switch_lang(d, l);
            }
        });
    }

    // Focus goes where the last action leaves it (a new person's first
    // question, the undo button after a removal).
    use_effect_with(state.focus.clone(), |focus| {
        if let Some((id, _)) = focus {
            let el = host::by_id(id);
            if let Some(el) = el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
                let _ = el.focus();
                // In a field that has text, typing goes on at its end.
                if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&el) {
                    let end = input.value().encode_utf16().count() as u32;
                    let _ = input.set_selection_range(end, end);
                }
            }
        }
    });

    // The page's language and title follow the chosen language.
    use_effect_with(lang, |lang| {
        put_lang_in_url(*lang);
        if host::mode() == host::Mode::Element {
            host::set_root_attribute("lang", lang.code());
        } else if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            doc.set_title(&tr(*lang, "app-page-title"));
        }
    });
    // The saved copy exists only while "remember" is ticked.
    use_effect_with((state.remember, lang, state.household.clone()), |(remember, lang, h)| {
        if *remember {
            storage::save(*lang, h);
        } else {
            storage::forget();
        }
    });

    // Results go to a host element that listens for them (`ukuk-result`);
    // only the build for elements carries the result's serialization.
    use_effect_with(eval.clone(), |eval| {
        if host::mode() == host::Mode::Element {
            report_result(eval);
        }
    });
    // Inside another site, the app's own pages open beside it.
    let new_tab = (host::mode() != host::Mode::Page).then_some("_blank");
    let ctx_date = state.household.eval_date(state.today);
    let ctx = Ctx { state: state.clone(), eval };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <TopBar />
            <main class="layout">
                <form class="questions" aria-label={tr(lang, "app-questions")} novalidate=true
                    onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}
                    onfocusin={Callback::from(|e: FocusEvent| keep_above_jump_bar(&e))}>
                    <crate::case_bar::OpenErrorBanner />
                    <DateBar />
                    <crate::case_bar::CaseBar />
                    <UndoBar />
                    <MembersSection />
                    <AssetsSection />
                    <BirthsSection />
                    <UnemploymentSection />
                    <OfficerSection />
                    <PlaceSection />
                    // Sticky within the questions only: it scrolls away with them.
                    <JumpBar />
                </form>
                <section class="results" id="results" aria-labelledby="h-results" data-testid="results">
                    <h2 id="h-results">{ tr(lang, "app-results") }</h2>
                    <Results />
                </section>
            </main>
            <footer class="footer">
                <p>{ tr(lang, "app-footer") }</p>
                <p>
                    <a href={host::url(&format!("privacy.html#{}", lang.code()))} target={new_tab} rel="noopener" data-testid="privacy-link">{ tr(lang, "privacy-link") }</a>
                    { " · " }
                    <a href={host::url(&rules_page(lang, ctx_date))} target={new_tab} rel="noopener" data-testid="rules-link">{ tr(lang, "app-rules-link") }</a>
                </p>
            </footer>
            <print_sheet::PrintSheet />
        </ContextProvider<Ctx>>
    }
}

#[function_component(TopBar)]
fn top_bar() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let lang_button = |l: Lang, label: &'static str| {
        let d = ctx.state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| i18n::switch_lang(d.clone(), l));
        html! {
            <button type="button" class={classes!("lang", (l == lang).then_some("on"))} {onclick}
                lang={l.code()} aria-pressed={(l == lang).to_string()} data-testid={format!("lang-{}", l.code())}>
                { tr(lang, label) }
            </button>
        }
    };
    let remember = {
        let d = ctx.state.dispatcher();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            d.dispatch(Action::Remember(on))
        })
    };
    let act = |a: Action| {
        let d = ctx.state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(a.clone()))
    };
    html! {
        <header class="top">
            <div class="brand">
                <h1>{ tr(lang, "app-title") }</h1>
                <p class="tagline">{ tr(lang, "app-tagline") }</p>
            </div>
            <nav class="langs" aria-label={tr(lang, "app-language")}>
                { lang_button(Lang::Ky, "app-lang-ky") }
                { lang_button(Lang::Ru, "app-lang-ru") }
                { lang_button(Lang::En, "app-lang-en") }
            </nav>
            <div class="privacy">
                <p>{ tr(lang, "app-privacy") }</p>
                <div class="privacy-actions">
                    // Inside a host page the app never writes to the host site's storage.
                    if host::mode() != host::Mode::Element {
                        <label class="remember">
                            <input type="checkbox" checked={ctx.state.remember} onchange={remember} data-testid="remember" />
                            <span>{ tr(lang, "app-remember") }</span>
                        </label>
                    }
                    <button type="button" class="new-family" onclick={act(Action::NewFamily)} data-testid="new-family">{ tr(lang, "app-new-family") }</button>
                    <button type="button" class="forget" id="forget" onclick={act(Action::AskForget)} data-testid="forget"
                        aria-expanded={ctx.state.confirm_forget.to_string()}>{ tr(lang, "app-forget") }</button>
                </div>
                if ctx.state.confirm_forget {
                    <div class="confirm" role="alertdialog" aria-labelledby="forget-q" data-testid="forget-confirm">
                        <p id="forget-q">{ tr_args(lang, "app-forget-confirm", &[("people", &ctx.state.household.members.len().to_string())]) }</p>
                        <button type="button" class="danger" onclick={act(Action::ConfirmForget)} data-testid="forget-yes">{ tr(lang, "app-forget-yes") }</button>
                        <button type="button" onclick={act(Action::CancelForget)} data-testid="forget-no">{ tr(lang, "app-forget-no") }</button>
                    </div>
                }
            </div>
        </header>
    }
}

/// "Person 3 removed — Undo": the last removal, new family or forgetting
/// can be taken back until the next one.
#[function_component(UndoBar)]
fn undo_bar() -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let lang = ctx.state.lang;
    let Some(u) = &ctx.state.undo else { return Html::default() };
    let line = match &u.what {
        UndoKind::Member(label) => tr_args(lang, "app-undo-member", &[("member", label)]),
        UndoKind::NewFamily => tr(lang, "app-undo-new-family"),
        UndoKind::Forget => tr(lang, "app-undo-forget"),
        UndoKind::Opened => tr(lang, "app-undo-opened"),
    };
    let d = ctx.state.dispatcher();
    html! {
        <div class="undo-bar" role="status" data-testid="undo-bar">
            <span>{ line }</span>
            <button type="button" id="undo" onclick={Callback::from(move |_: MouseEvent| d.dispatch(Action::Undo))} data-testid="undo">
                { tr(lang, "app-undo") }
            </button>
        </div>
    }
}

/// On a phone the bar "See the result ↓" sits at the bottom of the screen:
/// a field that takes the focus underneath it is scrolled up above it.
fn keep_above_jump_bar(e: &FocusEvent) {
    let Some(target) = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) else { return };
    let Some(w) = web_sys::window() else { return };
    let Some(bar) = host::query(".jump") else { return };
    let bar_top = bar.get_bounding_client_rect().top();
    let height = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    // The bar is hidden (wide screens) when it is not at the bottom.
    if bar.get_bounding_client_rect().height() <= 0.0 || bar_top >= height {
        return;
    }
    let rect = target.get_bounding_client_rect();
    if rect.bottom() > bar_top {
        w.scroll_by_with_x_and_y(0.0, rect.bottom() - bar_top + 16.0);
    }
}

/// Hands the evaluation to the host element as the contract's JSON
/// (`{input, result}`): in the build for `<ukuk-calculator>` only.
#[cfg(feature = "element")]
fn report_result(eval: &Evaluation) {
    let detail = js_sys::Object::new();
    let result =
        eval.output.as_ref().and_then(|o| serde_json::to_value(o).ok()).map_or(wasm_bindgen::JsValue::NULL, |v| js_json::to_js(&v));
    let _ = js_sys::Reflect::set(&detail, &"input".into(), &js_json::to_js(&eval.built.json));
    let _ = js_sys::Reflect::set(&detail, &"result".into(), &result);
    host::report_result(&detail.into());
}

/// The app's own page and the iframe report nothing.
#[cfg(not(feature = "element"))]
fn report_result(_: &Evaluation) {}

/// The rules explorer's page in `lang`, on `date`.
pub(crate) fn rules_page(lang: Lang, date: Date) -> String {
    let page = match lang {
        Lang::Ky => "rules.html",
        Lang::Ru => "rules.ru.html",
        Lang::En => "rules.en.html",
    };
    format!("{page}?date={date}")
}

/// Starts the app; called by the start-up script the build writes
/// (`app.js`, `embed.js`, `ukuk-calculator.js`) with `{mode, root, base,
/// lang, date, texts, onresult}` (see `host.rs`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn boot(options: wasm_bindgen::JsValue) {
    let Some(root) = host::init(&options) else { return };
    // The first screen index.html shows before the wasm arrives gives way;
    // what was typed into its question is carried over.
    if host::mode() != host::Mode::Element {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(first) = doc.get_element_by_id("first-screen") {
                let input = doc.get_element_by_id("first-birth-date");
                let typed = input.as_ref().and_then(|e| wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(e)).map(|i| i.value());
                let typed = typed.unwrap_or_default();
                // Focus alone is kept too: on a phone, losing it would close the keyboard.
                let focused = input.is_some() && doc.active_element() == input;
                if focused || !typed.trim().is_empty() {
                    EARLY_ANSWER.with(|a| *a.borrow_mut() = Some((typed, focused)));
                }
                first.remove();
            }
        }
    }
    yew::Renderer::<App>::with_root(root).render();
}

thread_local! {
    /// The first person's date of birth typed into the first screen before
    /// the app took over (perhaps nothing yet), and whether its field had
    /// the focus.
    static EARLY_ANSWER: std::cell::RefCell<Option<(String, bool)>> = const { std::cell::RefCell::new(None) };
}

/// Fills in the answer typed into the first screen, unless the form opened
/// with a household already (a remembered case, a shared link): that one is
/// not changed behind the person's back.
fn take_early_answer(m: &mut Model) {
    let Some((typed, focused)) = EARLY_ANSWER.with(|a| a.borrow_mut().take()) else { return };
    let mut fresh = model::Household::fresh();
    fresh.date.clone_from(&m.household.date);
    if m.household != fresh {
        return;
    }
    if let Some(first) = m.household.members.first_mut() {
        first.birth_date = typed;
        if focused {
            m.focus = Some((fields::dom_id("members[0].birth_date"), 0));
        }
    }
}

fn main() {
    // Nothing starts by itself: `boot` says where the app runs.
}
