//! Ukuk — the web app: a Kyrgyz state-benefit calculator that computes
//! everything in the browser. Nothing is sent anywhere; nothing is stored
//! unless the person asks; one click forgets everything.
//!
//! Built for `wasm32-unknown-unknown` by `cargo xtask build`; the browser loads
//! it through `index.html` -> `ukuk_web.js` -> `ukuk_web_bg.wasm`.

mod eval;
mod fields;
mod form;
mod i18n;
mod model;
mod results;
mod state;
mod storage;

use std::rc::Rc;

use ukuk_i18n::Lang;
use ukuk_rules::Date;
use yew::prelude::*;

use crate::eval::Evaluation;
use crate::form::{AssetsSection, BirthsSection, MembersSection, OfficerSection, PlaceSection, UnemploymentSection};
use crate::i18n::tr;
use crate::results::{JumpBar, Results};
use crate::state::{Action, Model};

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

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(|| Model::new(today(), storage::load()));
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

    // The page's language and title follow the chosen language.
    use_effect_with(lang, |lang| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
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

    let ctx = Ctx { state: state.clone(), eval };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <TopBar />
            <main class="layout">
                <form class="questions" aria-label={tr(lang, "app-questions")} novalidate=true
                    onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
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
            </footer>
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
    let forget = {
        let d = ctx.state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Forget))
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
                    <label class="remember">
                        <input type="checkbox" checked={ctx.state.remember} onchange={remember} data-testid="remember" />
                        <span>{ tr(lang, "app-remember") }</span>
                    </label>
                    <button type="button" class="forget" onclick={forget} data-testid="forget">{ tr(lang, "app-forget") }</button>
                </div>
                <p class="forgotten" aria-live="polite" data-testid="forgotten">
                    if ctx.state.forgotten { { tr(lang, "app-forgotten") } }
                </p>
            </div>
        </header>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
