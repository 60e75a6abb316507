//! The one way the app gets its texts: `tr(lang, "app-…")` and
//! `tr_args(lang, "app-…", &[…])`, always with a literal id for UI text (the
//! translation test scans for them), plus the names of the engine's codes and
//! the variables of its explanations (conventions in `engine.ftl`'s header).

use ukuk_i18n::{format_date, format_money, format_number, Bundle, Lang};
use ukuk_rules::output::{money_string, Detail, Value};
use ukuk_rules::Date;

/// A UI text.
pub fn tr(lang: Lang, id: &str) -> String {
    Bundle::get(lang).text(id, &[])
}

/// A UI text with variables.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    Bundle::get(lang).text(id, args)
}

/// Whether a message exists in the language or in English (the fallback).
pub fn has(lang: Lang, id: &str) -> bool {
    Bundle::get(lang).has(id) || Bundle::get(Lang::En).has(id)
}

/// The name of a code: the message `<prefix>-<code>` if there is one, else the code.
pub fn code_name(lang: Lang, prefix: &str, code: &str) -> String {
    let id = format!("{prefix}-{code}");
    if has(lang, &id) {
        tr(lang, &id)
    } else {
        code.to_string()
    }
}

/// The message `id` if there is one, else `fallback`.
pub fn tr_or(lang: Lang, id: &str, fallback: &str) -> String {
    if has(lang, id) {
        tr(lang, id)
    } else {
        fallback.to_string()
    }
}

/// An animal: the engine's name for animals of the table, the app's for the others.
pub fn animal_name(lang: Lang, id: &str) -> String {
    if has(lang, &format!("animal-{id}")) {
        code_name(lang, "animal", id)
    } else {
        tr_or(lang, &format!("app-animal-{id}"), id)
    }
}

/// A country's name from its code (`RU`), or the code.
pub fn country_name(lang: Lang, code: &str) -> String {
    tr_or(lang, &format!("app-country-{code}"), code)
}

pub fn money_dec(lang: Lang, d: rust_decimal::Decimal) -> String {
    format_money(lang, &money_string(d))
}

pub fn date(lang: Lang, d: Date) -> String {
    format_date(lang, &d.to_string())
}

pub fn number(lang: Lang, n: &str) -> String {
    format_number(lang, n)
}

/// How members are called on screen: their name, or "Person 2".
pub trait Labels {
    fn label(&self, id: &str) -> String;
}

/// One explanation variable, formatted as `engine.ftl` says.
fn format_value(lang: Lang, key: &str, v: &Value, labels: &dyn Labels) -> String {
    let text = |t: &str| -> String {
        match key {
            "member" | "applicant" | "in_full_state_support" => labels.label(t),
            "kind" => code_name(lang, "vehicle", t),
            "category" | "categories" | "others" => code_name(lang, "category", t),
            "rules" => code_name(lang, "rules", t),
            "parameter" => code_name(lang, "param", &t.replace('.', "-")),
            "benefit" | "other" | "larger" => code_name(lang, "benefit", t),
            "bars" => code_name(lang, "bar", t),
            "exclusions" => code_name(lang, "exclusion", t),
            "animals" => animal_name(lang, t),
            "country" | "countries" => country_name(lang, t),
            _ => t.to_string(),
        }
    };
    match v {
        Value::Money(d) => format_money(lang, &money_string(*d)),
        Value::Number(n) => format_number(lang, &n.text()),
        Value::Int(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Date(d) => date(lang, *d),
        Value::Code(t) => text(t),
        Value::Text(t) => text(t),
        Value::List(l) => l.iter().map(|x| text(x)).collect::<Vec<_>>().join(", "),
        Value::Codes(l) => l.iter().map(|x| text(x)).collect::<Vec<_>>().join(", "),
    }
}

/// The variables of an explanation.
pub fn detail_args(lang: Lang, d: &Detail, labels: &dyn Labels) -> Vec<(&'static str, String)> {
    d.0.iter().map(|(k, v)| (*k, format_value(lang, k, v, labels))).collect()
}

/// Formats a message with owned variables.
pub fn text_with(lang: Lang, id: &str, args: &[(&'static str, String)]) -> String {
    let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Bundle::get(lang).text(id, &refs)
}

/// A `.note` is shown only when every variable it uses is in the detail
/// (and no list it uses is empty).
pub fn note_applies(lang: Lang, id: &str, d: &Detail) -> bool {
    let bundle = if Bundle::get(lang).has(id) { Bundle::get(lang) } else { Bundle::get(Lang::En) };
    if !bundle.has(id) {
        return false;
    }
    bundle.variables(id).iter().all(|v| match d.get(v) {
        None => false,
        Some(Value::List(l)) => !l.is_empty(),
        Some(Value::Codes(l)) => !l.is_empty(),
        Some(_) => true,
    })
}

/// Chooses a language: at once when its texts are here, else after fetching
/// them (`i18n/<code>.ftl`, written by `cargo xtask build` beside the app;
/// the first load carries only Kyrgyz). The app's own file: no other request.
pub fn switch_lang(d: yew::UseReducerDispatcher<crate::state::Model>, l: Lang) {
    if Bundle::has_app_texts(l) {
        d.dispatch(crate::state::Action::Lang(l));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(text) = fetch_text(&texts_url(l)).await {
            Bundle::install(l, &text);
            d.dispatch(crate::state::Action::Lang(l));
        }
    });
}

/// Where a language's texts are: index.html names them (`<meta
/// name="ukuk-texts" content="ru=i18n/ru.<hash>.ftl …">`, written by the
/// build), else `i18n/<code>.ftl`.
fn texts_url(l: Lang) -> String {
    crate::host::texts_url(l.code()).unwrap_or_else(|| crate::host::url(&format!("i18n/{}.ftl", l.code())))
}

async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
