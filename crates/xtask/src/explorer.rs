//! The rules explorer (`rules.html`, `rules.ru.html`, `rules.en.html`):
//! every rule the engine checks and every value of `rules/`, each period
//! with its dates, its value, its sources and their grade, in Kyrgyz,
//! Russian and English. Written at build time from the engine's own
//! compiled data (`ukuk_rules::params::data`), so it can never show a law
//! other than the one the calculator applies; plain HTML that reads without
//! script. `web/boot/rules.js` marks the values in force on the chosen date
//! (`?date=`, today by default) and keeps the date in the address.

use ukuk_i18n::{cite_text, format_date, format_money, format_number, Bundle, Lang};
use ukuk_rules::params::{data, AnyParam, Grade, PeriodView, ValueRef};
use ukuk_rules::Date;

use crate::dist::html_escape;

/// The page of one language.
pub fn page_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ky => "rules.html",
        Lang::Ru => "rules.ru.html",
        Lang::En => "rules.en.html",
    }
}

/// The anchor of a parameter (`p-family_assistance-amount_per_child`),
/// which a reason in the app links to.
pub fn anchor(param: &str) -> String {
    format!("p-{}", param.replace('.', "-"))
}

/// A parameter's value, written for a reader. Amounts of money are the
/// parameters named `amount…`, `gmi` or `…reported…`.
fn shown_value(lang: Lang, name: &str, v: &ValueRef) -> String {
    let b = Bundle::get(lang);
    let code = |c: &str| {
        ["vehicle", "income", "exclusion", "bar", "app-country", "animal"]
            .iter()
            .map(|p| format!("{p}-{c}"))
            .find(|id| b.has(id))
            .map_or_else(|| c.to_string(), |id| b.text(&id, &[]))
    };
    let last = name.rsplit('.').next().unwrap_or(name);
    let money = last.contains("amount") || last == "gmi" || last.contains("reported");
    match v {
        ValueRef::Decimal(d) if money => format_money(lang, &d.to_string()),
        ValueRef::Decimal(d) => format_number(lang, &d.to_string()),
        ValueRef::Int(n) => n.to_string(),
        ValueRef::Date(d) => format_date(lang, &d.to_string()),
        ValueRef::Codes(c) => c.iter().map(|x| code(x)).collect::<Vec<_>>().join("; "),
        ValueRef::Units(u) => {
            u.iter().map(|(a, d)| format!("{}: {}", code(a), format_number(lang, &d.to_string()))).collect::<Vec<_>>().join("; ")
        }
    }
}

/// The last day of each period: its `until`, else the day before the next
/// period starts, else none (in force until a change).
fn last_days(history: &[PeriodView]) -> Vec<Option<Date>> {
    history.iter().enumerate().map(|(i, p)| p.until.or_else(|| history.get(i + 1).map(|n| n.from.add_days(-1)))).collect()
}

fn period_html(lang: Lang, name: &str, p: &PeriodView, last: Option<Date>) -> String {
    let b = Bundle::get(lang);
    let t = |id: &str, args: &[(&str, &str)]| html_escape(&b.text(id, args));
    let from = format_date(lang, &p.from.to_string());
    let when = match last {
        Some(u) => t("rules-page-period", &[("from", &from), ("until", &format_date(lang, &u.to_string()))]),
        None => t("rules-page-period-open", &[("from", &from)]),
    };
    let sources: String = p
        .basis
        .cite
        .iter()
        .map(|c| format!("<li>{}</li>", html_escape(&cite_text(lang, c))))
        .chain(p.basis.act_cite.iter().map(|c| format!("<li>{}</li>", html_escape(&cite_text(lang, c)))))
        .collect();
    // The researched citation as the contract and `ukuk rules` give it (English).
    let prose = format!("<p class=\"source-en\" lang=\"en\" data-testid=\"source-en\">{}</p>", html_escape(p.basis.source));
    let note = p.basis.note.map_or(String::new(), |n| format!("<p class=\"note\" lang=\"en\">{}</p>", html_escape(n)));
    let press = if p.basis.grade == Grade::Press {
        format!("<p class=\"reason-note press\">{}</p>", t("grade-press-note", &[]))
    } else {
        String::new()
    };
    format!(
        "<li class=\"period\" data-from=\"{from_iso}\" data-until=\"{until_iso}\" data-value=\"{value_json}\">\
         <p class=\"when\"><span class=\"state\"></span>{when}</p>\
         <p class=\"value\" data-testid=\"value\">{value}</p>\
         <p class=\"grade\">{grade_label}: {grade}</p>\
         <ul class=\"sources\">{sources}</ul>{prose}{note}{press}</li>",
        from_iso = p.from,
        until_iso = last.map_or(String::new(), |d| d.to_string()),
        value_json = html_escape(&ukuk_rules::listing::value_json(&p.value).to_string()),
        value = html_escape(&shown_value(lang, name, &p.value)),
        grade_label = t("rules-page-grade", &[]),
        grade = t(&format!("grade-{}", p.basis.grade.code()), &[]),
    )
}

fn param_html(lang: Lang, p: &'static dyn AnyParam) -> String {
    let b = Bundle::get(lang);
    let history = p.history();
    let lasts = last_days(&history);
    let periods: String = history.iter().zip(&lasts).map(|(v, l)| period_html(lang, p.name(), v, *l)).collect();
    format!(
        "<article class=\"card param\" id=\"{id}\" data-param=\"{name}\" aria-labelledby=\"{id}-h\">\
         <h4 id=\"{id}-h\">{title}</h4><p class=\"param-id\"><code>{name}</code></p>\
         <p class=\"none\" hidden>{none}</p><ol class=\"periods\">{periods}</ol></article>\n",
        id = anchor(p.name()),
        name = p.name(),
        title = html_escape(&b.text(&format!("param-{}", p.name().replace('.', "-")), &[])),
        none = html_escape(&b.text("rules-page-none", &[])),
    )
}

/// The page of one language: the files of `rules/` in the engine's order,
/// each with its rules and its values.
pub fn page(lang: Lang, css: &str, script: &str) -> String {
    let b = Bundle::get(lang);
    let t = |id: &str| html_escape(&b.text(id, &[]));
    let mut files: Vec<&'static str> = Vec::new();
    for p in data::ALL_PARAMS {
        if !files.contains(&p.file()) {
            files.push(p.file());
        }
    }
    let mut body = String::new();
    let mut toc = String::new();
    for file in &files {
        let stem = file.trim_start_matches("rules/").trim_end_matches(".toml");
        // A benefit's file by the benefit's name; the shared values and the
        // livestock table by their own.
        let title_id = [format!("benefit-{stem}"), format!("rules-page-file-{stem}")].into_iter().find(|id| b.has(id)).unwrap_or_default();
        let title = html_escape(&b.text(&title_id, &[]));
        toc.push_str(&format!("<li><a href=\"#f-{stem}\">{title}</a></li>"));
        let rules: String = data::ALL_RULES
            .iter()
            .filter(|r| r.id.split('.').next() == Some(stem))
            .map(|r| {
                let cites = r.cite.iter().map(|c| html_escape(&cite_text(lang, c))).collect::<Vec<_>>().join("; ");
                format!(
                    "<li id=\"r-{id}\">{text}<span class=\"rule-source\"> — {cites}</span></li>",
                    id = r.id.replace('.', "-"),
                    text = html_escape(&b.text(&r.id.replace('.', "-"), &[])),
                )
            })
            .collect();
        let rules =
            if rules.is_empty() { String::new() } else { format!("<h3>{}</h3><ul class=\"rules\">{rules}</ul>", t("rules-page-rules")) };
        let params: String = data::ALL_PARAMS.iter().filter(|p| p.file() == *file).map(|p| param_html(lang, *p)).collect();
        body.push_str(&format!(
            "<section class=\"rules-file\" id=\"f-{stem}\" aria-labelledby=\"f-{stem}-h\"><h2 id=\"f-{stem}-h\">{title}</h2>\
             <p class=\"param-id\"><code>{file}</code></p>{rules}<h3>{values}</h3>{params}</section>\n",
            values = t("rules-page-values"),
        ));
    }
    let langs: String = Lang::ALL
        .iter()
        .map(|l| {
            let name = html_escape(&b.text(&format!("app-lang-{}", l.code()), &[]));
            if *l == lang {
                format!(
                    "<a class=\"lang on\" aria-current=\"page\" lang=\"{c}\" href=\"./{p}\">{name}</a>",
                    c = l.code(),
                    p = page_name(*l)
                )
            } else {
                format!(
                    "<a class=\"lang\" lang=\"{c}\" hreflang=\"{c}\" href=\"./{p}\" data-testid=\"rules-lang-{c}\">{name}</a>",
                    c = l.code(),
                    p = page_name(*l)
                )
            }
        })
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<title>{title} — Ukuk</title>\n<link rel=\"icon\" href=\"data:,\">\n\
         <link rel=\"stylesheet\" href=\"./{css}\">\n<script type=\"module\" src=\"./{script}\"></script>\n</head>\n<body>\n\
         <header class=\"top\"><div class=\"brand\"><h1>{title}</h1><p class=\"tagline\">{intro}</p></div>\
         <nav class=\"langs\" aria-label=\"{language}\">{langs}</nav></header>\n\
         <main class=\"layout rules-page\" data-now=\"{now}\" data-earlier=\"{earlier}\" data-later=\"{later}\" data-on=\"{on}\">\n<div class=\"card rules-date\"><label for=\"rules-date\">{date_label}</label>\
         <input id=\"rules-date\" type=\"date\" data-testid=\"rules-date\">\
         <p class=\"note\" id=\"rules-date-note\" aria-live=\"polite\" data-testid=\"rules-date-note\">{all_periods}</p></div>\n\
         <nav aria-label=\"{contents}\"><ul class=\"toc\">{toc}</ul></nav>\n{body}</main>\n\
         <footer class=\"footer\"><p>{office}</p><p><a href=\"./?lang={code}\">{back}</a> · \
         <a href=\"./privacy.html#{code}\">{privacy}</a></p></footer>\n</body>\n</html>\n",
        code = lang.code(),
        title = t("rules-page-title"),
        now = t("rules-page-now"),
        earlier = t("rules-page-earlier"),
        later = t("rules-page-later"),
        on = html_escape(&b.text("rules-page-on", &[("date", "{date}")])),
        intro = t("rules-page-intro"),
        language = t("app-language"),
        date_label = t("rules-page-date"),
        all_periods = t("rules-page-all"),
        contents = t("rules-page-contents"),
        office = t("app-footer"),
        back = t("privacy-back"),
        privacy = t("privacy-link"),
    )
}
