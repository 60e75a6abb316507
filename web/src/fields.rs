//! Labelled inputs that show their own errors. Each is named by the JSON path
//! of its answer, which is also how the engine names an error.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::tr;
use crate::Ctx;

/// A DOM id for a field path: `members[1].birth_date` → `f-members-1--birth_date`.
pub fn dom_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        id.push(if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' });
    }
    id
}

/// The error and hint lines under a field; `None` when there are none.
fn messages(ctx: &Ctx, paths: &[&str], id: &str) -> (Html, Option<String>) {
    let lang = ctx.state.lang;
    let mut lines: Vec<Html> = Vec::new();
    for path in paths {
        for p in ctx.eval.problems_at(path) {
            lines.push(html! { <p class="field-error" data-testid="field-error">{ p.message(lang) }</p> });
        }
        if ctx.eval.hint_at(path) && ctx.eval.problems_at(path).next().is_none() {
            lines.push(html! { <p class="field-hint" data-testid="field-hint">{ tr(lang, "app-hint-needed") }</p> });
        }
    }
    if lines.is_empty() {
        (Html::default(), None)
    } else {
        let msg_id = format!("{id}-msg");
        (html! { <div id={msg_id.clone()} class="field-messages">{ for lines }</div> }, Some(msg_id))
    }
}

fn has_error(ctx: &Ctx, paths: &[&str]) -> bool {
    paths.iter().any(|p| ctx.eval.problems_at(p).next().is_some())
}

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub path: AttrValue,
    /// More paths whose errors belong here (e.g. the engine's name for a row).
    #[prop_or_default]
    pub also: Vec<AttrValue>,
    pub label: AttrValue,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub maxlength: Option<AttrValue>,
    pub testid: AttrValue,
}

/// A text, number or date input. A date is typed as text, day first
/// (`model::read_date`), whatever the browser's locale: its format is part
/// of the label in the app's language.
#[function_component(TextField)]
pub fn text_field(p: &TextProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let id = dom_id(&p.path);
    let mut paths: Vec<&str> = vec![p.path.as_str()];
    paths.extend(p.also.iter().map(|a| a.as_str()));
    let (msgs, msg_id) = messages(&ctx, &paths, &id);
    let invalid = has_error(&ctx, &paths);
    let oninput = {
        let cb = p.onchange.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    // Date pickers report their value on change too (some only then).
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let note_id = format!("{id}-note");
    let describedby = [p.note.as_ref().map(|_| note_id.clone()), msg_id].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let is_date = p.kind == "date";
    let lang = ctx.state.lang;
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()}>{ &p.label }
                if is_date { { " " }<span class="fmt">{ tr(lang, "app-date-format") }</span> }
            </label>
            <input id={id.clone()} type={if is_date { AttrValue::Static("text") } else { p.kind.clone() }} value={p.value.clone()} {oninput} {onchange}
                inputmode={p.inputmode.clone()} placeholder={if is_date { Some(AttrValue::from(tr(lang, "app-date-format"))) } else { p.placeholder.clone() }}
                autocomplete={p.autocomplete.clone().unwrap_or(AttrValue::Static("off"))}
                maxlength={p.maxlength.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={(!describedby.is_empty()).then_some(describedby)}
                data-testid={p.testid.clone()} />
            if let Some(n) = &p.note { <p class="note after" id={note_id.clone()}>{ n }</p> }
            { msgs }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
    #[prop_or_default]
    pub note: Option<AttrValue>,
    pub testid: AttrValue,
}

/// A check box with its label beside it (the whole row is the touch target).
#[function_component(CheckField)]
pub fn check_field(p: &CheckProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let id = dom_id(&p.path);
    let (msgs, _) = messages(&ctx, &[p.path.as_str()], &id);
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    html! {
        <div class="field check">
            <label for={id.clone()}>
                <input id={id.clone()} type="checkbox" checked={p.checked} {onchange} data-testid={p.testid.clone()} />
                <span>{ &p.label }</span>
            </label>
            if let Some(n) = &p.note { <p class="note">{ n }</p> }
            { msgs }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// (value, text) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub onchange: Callback<String>,
    pub testid: AttrValue,
}

#[function_component(SelectField)]
pub fn select_field(p: &SelectProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let id = dom_id(&p.path);
    let (msgs, msg_id) = messages(&ctx, &[p.path.as_str()], &id);
    let invalid = has_error(&ctx, &[p.path.as_str()]);
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()}>{ &p.label }</label>
            <select id={id.clone()} {onchange} data-testid={p.testid.clone()} aria-describedby={msg_id}>
                { for p.options.iter().map(|(v, t)| html! {
                    <option value={v.clone()} selected={*v == p.value}>{ t }</option>
                }) }
            </select>
            { msgs }
        </div>
    }
}

/// A few choices as a row of large radio buttons (sex, disability group).
#[function_component(ChoiceField)]
pub fn choice_field(p: &SelectProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let id = dom_id(&p.path);
    let (msgs, _) = messages(&ctx, &[p.path.as_str()], &id);
    html! {
        <fieldset class="field choice" id={id.clone()}>
            <legend>{ &p.label }</legend>
            <div class="choices">
                { for p.options.iter().map(|(v, t)| {
                    let cb = p.onchange.clone();
                    let value = v.to_string();
                    let onchange = Callback::from(move |_: Event| cb.emit(value.clone()));
                    let oid = format!("{id}-{v}");
                    html! {
                        <label for={oid.clone()} class={classes!("pill", (*v == p.value).then_some("on"))}>
                            <input type="radio" id={oid} name={id.clone()} value={v.clone()} checked={*v == p.value} {onchange}
                                data-testid={format!("{}-{}", p.testid, v)} />
                            <span>{ t }</span>
                        </label>
                    }
                }) }
            </div>
            { msgs }
        </fieldset>
    }
}
