//! Where the app runs, set once at start (`boot`, called by the start-up
//! scripts the build writes):
//!
//! - `page`: its own page (`index.html`): the address carries the language
//!   and a shared household, the page title follows the language, and the
//!   person may choose to remember the answers on this device;
//! - `frame`: `embed.html` inside another site's iframe: the same, except
//!   that it never reads a shared household from its address; its height is
//!   sent to the parent page by `embed.js`, nothing else;
//! - `element`: inside a host page's `<ukuk-calculator>` (its shadow root):
//!   language and date come from the element's attributes, nothing is
//!   written to the host site's storage or address, every result is handed
//!   to the element (`onresult`), which fires an `ukuk-result` event.
//!
//! Elements are looked up inside the app's own root, never in the whole
//! document, so that two calculators, or a host page, never mix.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Page,
    Frame,
    Element,
}

struct Host {
    mode: Mode,
    root: web_sys::Element,
    /// The address of the app's own directory, ending in `/`.
    base: String,
    lang: Option<String>,
    date: Option<String>,
    /// `ru=…ftl en=…ftl`: where the texts not in the first load are.
    texts: String,
    #[cfg_attr(not(feature = "element"), allow(dead_code))]
    on_result: Option<js_sys::Function>,
}

thread_local! {
    static HOST: RefCell<Option<Host>> = const { RefCell::new(None) };
}

fn get(o: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(o, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// Reads the start options (`{mode, root, base, lang, date, texts,
/// onresult}`) and returns the element to render into.
pub fn init(options: &JsValue) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let mode = match get(options, "mode").and_then(|v| v.as_string()).as_deref() {
        Some("element") => Mode::Element,
        Some("frame") => Mode::Frame,
        _ => Mode::Page,
    };
    let root: web_sys::Element = match get(options, "root").and_then(|v| v.dyn_into().ok()) {
        Some(r) => r,
        None => document.body()?.into(),
    };
    let base = get(options, "base").and_then(|v| v.as_string()).unwrap_or_else(|| String::from("./"));
    let texts = get(options, "texts").and_then(|v| v.as_string()).unwrap_or_else(|| {
        document.query_selector("meta[name=ukuk-texts]").ok().flatten().and_then(|m| m.get_attribute("content")).unwrap_or_default()
    });
    let host = Host {
        mode,
        root: root.clone(),
        base,
        lang: get(options, "lang").and_then(|v| v.as_string()),
        date: get(options, "date").and_then(|v| v.as_string()),
        texts,
        on_result: get(options, "onresult").and_then(|v| v.dyn_into().ok()),
    };
    HOST.with(|h| *h.borrow_mut() = Some(host));
    Some(root)
}

fn with<T>(f: impl FnOnce(&Host) -> T) -> Option<T> {
    HOST.with(|h| h.borrow().as_ref().map(f))
}

pub fn mode() -> Mode {
    with(|h| h.mode).unwrap_or(Mode::Page)
}

/// The language the host asked for (the element's `lang` attribute).
pub fn lang() -> Option<String> {
    with(|h| h.lang.clone()).flatten()
}

/// The date the host asked for (the element's `date` attribute).
pub fn date() -> Option<String> {
    with(|h| h.date.clone()).flatten()
}

/// The address of one of the app's own files (`privacy.html`, texts).
pub fn url(rel: &str) -> String {
    let base = with(|h| h.base.clone()).unwrap_or_default();
    format!("{base}{}", rel.trim_start_matches("./"))
}

/// Where a language's texts are (`ru=i18n/ru.<hash>.ftl …`), if named.
pub fn texts_url(code: &str) -> Option<String> {
    let named =
        with(|h| h.texts.split_whitespace().find_map(|kv| kv.strip_prefix(code).and_then(|r| r.strip_prefix('=')).map(str::to_string)))
            .flatten()?;
    Some(url(&named))
}

/// The first element matching `selector` inside the app.
pub fn query(selector: &str) -> Option<web_sys::Element> {
    with(|h| h.root.query_selector(selector).ok().flatten()).flatten()
}

/// The element with this id inside the app.
pub fn by_id(id: &str) -> Option<web_sys::Element> {
    query(&format!("#{id}"))
}

/// Sets an attribute on the app's root (`lang` in element mode).
pub fn set_root_attribute(name: &str, value: &str) {
    with(|h| h.root.set_attribute(name, value));
}

/// Hands a result to the host element (element mode), which fires
/// `ukuk-result`.
#[cfg(feature = "element")]
pub fn report_result(detail: &JsValue) {
    with(|h| {
        if let Some(f) = &h.on_result {
            let _ = f.call1(&JsValue::NULL, detail);
        }
    });
}
