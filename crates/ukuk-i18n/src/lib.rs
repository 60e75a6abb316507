//! Ukuk's translations: Kyrgyz (default), Russian and English.
//!
//! Every text a person reads lives in `locales/{ky,ru,en}.ftl`, written in
//! [Fluent](https://projectfluent.org) syntax. This crate reads the subset
//! Ukuk uses — messages, attributes (`.pass`, `.fail`, `.fix`), terms,
//! variables, message references and select expressions with CLDR plural
//! categories — with a parser small enough for the first load of a phone.
//! The files stay valid Fluent, so translators' tools work on them.
//!
//! It also formats numbers, amounts and dates the local way.

use std::collections::HashMap;
use std::sync::OnceLock;

mod compact;
pub use compact::compact_ftl;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Ky,
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ky, Lang::Ru, Lang::En];
    /// The default: Kyrgyz.
    pub const DEFAULT: Lang = Lang::Ky;

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ky => "ky",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// `ky`, `ru`, `en`, or a locale such as `ru_RU.UTF-8` / `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.get(..2)?.to_ascii_lowercase();
        match c.as_str() {
            "ky" | "kg" => Some(Lang::Ky),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The Fluent files of this language compiled into this build, as
    /// `(name, text)`: the engine's texts (rules, documents, errors), the
    /// command line's (feature `cli`) and the web app's (feature `app`).
    /// Kyrgyz and Russian need the features `ky` and `ru`; a language or part
    /// left out gives an empty text, and lookups fall back to English.
    pub fn sources(self) -> [(&'static str, &'static str); 3] {
        macro_rules! file {
            ($l:literal, $part:literal, $on:expr) => {
                (
                    concat!($l, "/", $part, ".ftl"),
                    if !$on {
                        ""
                    } else if cfg!(target_arch = "wasm32") {
                        // Without comments: a phone's first load (build.rs).
                        include_str!(concat!(env!("OUT_DIR"), "/", $l, "-", $part, ".ftl"))
                    } else {
                        include_str!(concat!("../locales/", $l, "/", $part, ".ftl"))
                    },
                )
            };
        }
        macro_rules! files {
            ($l:literal, $lang_on:expr) => {
                [
                    file!($l, "engine", $lang_on),
                    file!($l, "cli", $lang_on && cfg!(feature = "cli")),
                    file!($l, "app", $lang_on && cfg!(feature = "app")),
                ]
            };
        }
        match self {
            Lang::Ky => files!("ky", cfg!(feature = "ky")),
            Lang::Ru => files!("ru", cfg!(feature = "ru")),
            // English engine texts are always here (the contract's error
            // messages), except in the web app, which loads its English texts
            // when English is chosen (feature `lazy-en`).
            Lang::En => [
                file!("en", "engine", !cfg!(feature = "lazy-en")),
                file!("en", "cli", cfg!(feature = "cli")),
                file!("en", "app", cfg!(feature = "app") && !cfg!(feature = "lazy-en")),
            ],
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(String),
    Var(String),
    /// A message or term reference (`-term`, `other-message`, `msg.attr`).
    Ref(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// A parsed translation file.
#[derive(Debug, Default)]
pub struct Bundle {
    lang: Option<Lang>,
    messages: HashMap<String, Vec<Part>>,
}

/// A problem in a translation file.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

/// Bundles completed at run time ([`Bundle::install`]), by language.
static INSTALLED: std::sync::Mutex<[Option<&'static Bundle>; 3]> = std::sync::Mutex::new([None, None, None]);

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Ky => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    }
}

impl Bundle {
    /// Completes a language with texts loaded at run time (the web app
    /// fetches the Russian and English texts when they are chosen, so that
    /// the first load carries only Kyrgyz): the compiled-in texts and `text`
    /// together. Returns the problems found in `text`.
    pub fn install(lang: Lang, text: &str) -> Vec<ParseError> {
        let mut bundle = Bundle { lang: Some(lang), messages: HashMap::new() };
        for (_, compiled) in lang.sources() {
            bundle.messages.extend(Bundle::parse(compiled).0.messages);
        }
        let (extra, errors) = Bundle::parse(text);
        bundle.messages.extend(extra.messages);
        let leaked: &'static Bundle = Box::leak(Box::new(bundle));
        if let Ok(mut slots) = INSTALLED.lock() {
            if let Some(s) = slots.get_mut(slot(lang)) {
                *s = Some(leaked);
            }
        }
        errors
    }

    /// Whether the language's texts for the app are all here: compiled in,
    /// or installed at run time.
    pub fn has_app_texts(lang: Lang) -> bool {
        let installed = INSTALLED.lock().map(|s| s.get(slot(lang)).copied().flatten().is_some()).unwrap_or(false);
        installed || lang.sources().iter().any(|(name, text)| name.ends_with("/app.ftl") && !text.is_empty())
    }

    /// The bundle of a language, parsed once (or as installed).
    pub fn get(lang: Lang) -> &'static Bundle {
        if let Ok(slots) = INSTALLED.lock() {
            if let Some(Some(b)) = slots.get(slot(lang)) {
                return b;
            }
        }
        static KY: OnceLock<Bundle> = OnceLock::new();
        static RU: OnceLock<Bundle> = OnceLock::new();
        static EN: OnceLock<Bundle> = OnceLock::new();
        let cell = match lang {
            Lang::Ky => &KY,
            Lang::Ru => &RU,
            Lang::En => &EN,
        };
        cell.get_or_init(|| {
            let mut bundle = Bundle { lang: Some(lang), messages: HashMap::new() };
            for (_, text) in lang.sources() {
                let (b, _errors) = Bundle::parse(text);
                bundle.messages.extend(b.messages);
            }
            bundle
        })
    }

    /// Parses Fluent text, keeping what it can and listing what it cannot read.
    pub fn parse(text: &str) -> (Bundle, Vec<ParseError>) {
        let mut bundle = Bundle::default();
        let mut errors = Vec::new();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            if line.trim().is_empty() || line.starts_with('#') {
                i += 1;
                continue;
            }
            if line.starts_with(' ') || line.starts_with('\t') {
                errors.push(ParseError { line: i + 1, message: "indented line outside a message".into() });
                i += 1;
                continue;
            }
            let Some((id, first)) = line.split_once('=') else {
                errors.push(ParseError { line: i + 1, message: "expected `id = value`".into() });
                i += 1;
                continue;
            };
            let id = id.trim().to_string();
            if !valid_id(&id) {
                errors.push(ParseError { line: i + 1, message: format!("invalid message id `{id}`") });
            }
            // Gather the value and the attributes from the indented lines.
            let start_line = i + 1;
            let mut current_key = id.clone();
            let mut current: Vec<String> = vec![first.trim_start().to_string()];
            let mut pieces: Vec<(String, Vec<String>, usize)> = Vec::new();
            let mut current_line = start_line;
            i += 1;
            while i < lines.len() {
                let l = lines[i];
                if !(l.starts_with(' ') || l.starts_with('\t') || l.trim().is_empty()) {
                    break;
                }
                let t = l.trim_start();
                if let Some(rest) = t.strip_prefix('.') {
                    if let Some((attr, val)) = rest.split_once('=') {
                        pieces.push((current_key.clone(), std::mem::take(&mut current), current_line));
                        current_key = format!("{id}.{}", attr.trim());
                        current = vec![val.trim_start().to_string()];
                        current_line = i + 1;
                        i += 1;
                        continue;
                    }
                }
                current.push(l.to_string());
                i += 1;
            }
            pieces.push((current_key, current, current_line));
            for (key, body, at) in pieces {
                // Trailing blank lines belong to no one.
                let mut body = body;
                while body.last().is_some_and(|l| l.trim().is_empty()) {
                    body.pop();
                }
                // Strip the indentation common to the continuation lines.
                let indent =
                    body.iter().skip(1).filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
                for l in body.iter_mut().skip(1) {
                    *l = if l.trim().is_empty() { String::new() } else { l[indent..].to_string() };
                }
                let joined = body.join("\n");
                let joined = joined.trim_start_matches('\n').to_string();
                if joined.trim().is_empty() {
                    if key == id && !bundle.messages.contains_key(&key) {
                        // A message with attributes only has no value of its own.
                        continue;
                    }
                    errors.push(ParseError { line: at, message: format!("`{key}` has no value") });
                    continue;
                }
                match parse_pattern(&joined) {
                    Ok(parts) => {
                        if bundle.messages.insert(key.clone(), parts).is_some() {
                            errors.push(ParseError { line: at, message: format!("`{key}` is defined twice") });
                        }
                    }
                    Err(e) => errors.push(ParseError { line: at, message: format!("`{key}`: {e}") }),
                }
            }
        }
        (bundle, errors)
    }

    /// Whether a message (or `message.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// All message ids (attributes as `message.attribute`).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// Variables a message uses, with those of the messages it references.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(parts) = self.messages.get(id) {
            collect_vars(parts, &mut out);
        }
        out
    }

    /// Formats a message; `None` if it does not exist.
    pub fn format(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let parts = self.messages.get(id)?;
        let mut out = String::new();
        self.write(parts, args, &mut out, 0);
        Some(out)
    }

    /// Formats a message, falling back to English, then to the id itself.
    pub fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        if let Some(s) = self.format(id, args) {
            return s;
        }
        if self.lang != Some(Lang::En) {
            if let Some(s) = Bundle::get(Lang::En).format(id, args) {
                return s;
            }
        }
        id.to_string()
    }

    fn write(&self, parts: &[Part], args: &[(&str, &str)], out: &mut String, depth: usize) {
        if depth > 8 {
            return;
        }
        for p in parts {
            match p {
                Part::Text(t) => out.push_str(t),
                Part::Var(v) => match args.iter().find(|(k, _)| k == v) {
                    Some((_, val)) => out.push_str(val),
                    None => {
                        out.push('{');
                        out.push_str(v);
                        out.push('}');
                    }
                },
                Part::Ref(r) => match self.messages.get(r) {
                    Some(ps) => self.write(ps, args, out, depth + 1),
                    None => out.push_str(r),
                },
                Part::Select { var, variants, default } => {
                    let value = args.iter().find(|(k, _)| k == var).map(|(_, v)| *v);
                    let chosen = value
                        .and_then(|v| {
                            variants.iter().position(|(k, _)| k == v).or_else(|| {
                                let cat = plural_category(self.lang.unwrap_or(Lang::En), v)?;
                                variants.iter().position(|(k, _)| k == cat)
                            })
                        })
                        .unwrap_or(*default);
                    if let Some((_, ps)) = variants.get(chosen) {
                        self.write(ps, args, out, depth + 1);
                    }
                }
            }
        }
    }
}

fn valid_id(id: &str) -> bool {
    let s = id.strip_prefix('-').unwrap_or(id);
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic()) && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn collect_vars(parts: &[Part], out: &mut Vec<String>) {
    for p in parts {
        match p {
            Part::Var(v) if !out.contains(v) => {
                out.push(v.clone());
            }
            Part::Select { var, variants, .. } => {
                if !out.contains(var) {
                    out.push(var.clone());
                }
                for (_, ps) in variants {
                    collect_vars(ps, out);
                }
            }
            _ => {}
        }
    }
}

/// Parses a pattern: text with `{ ... }` placeables.
fn parse_pattern(s: &str) -> Result<Vec<Part>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut pos = 0;
    let parts = parse_parts(&chars, &mut pos, false)?;
    if pos < chars.len() {
        return Err("unexpected `}`".into());
    }
    Ok(parts)
}

fn parse_parts(c: &[char], pos: &mut usize, in_variant: bool) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    while *pos < c.len() {
        let ch = c[*pos];
        if ch == '{' {
            if !text.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut text)));
            }
            *pos += 1;
            parts.push(parse_placeable(c, pos)?);
        } else if ch == '}' {
            if in_variant {
                break;
            }
            return Err("unexpected `}`".into());
        } else if in_variant && ch == '\n' {
            // A variant's text ends at the line's end when the next line starts
            // another variant or closes the select.
            let rest: String = c[*pos + 1..].iter().collect();
            let next = rest.trim_start();
            if next.starts_with('[') || next.starts_with("*[") || next.starts_with('}') {
                break;
            }
            text.push(ch);
            *pos += 1;
        } else {
            text.push(ch);
            *pos += 1;
        }
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok(parts)
}

fn skip_ws(c: &[char], pos: &mut usize) {
    while *pos < c.len() && c[*pos].is_whitespace() {
        *pos += 1;
    }
}

fn read_name(c: &[char], pos: &mut usize) -> String {
    let mut s = String::new();
    while *pos < c.len() && (c[*pos].is_ascii_alphanumeric() || matches!(c[*pos], '_' | '-' | '.')) {
        s.push(c[*pos]);
        *pos += 1;
    }
    s
}

fn parse_placeable(c: &[char], pos: &mut usize) -> Result<Part, String> {
    skip_ws(c, pos);
    let part = if c.get(*pos) == Some(&'"') {
        *pos += 1;
        let mut s = String::new();
        while *pos < c.len() && c[*pos] != '"' {
            s.push(c[*pos]);
            *pos += 1;
        }
        *pos += 1;
        Part::Text(s)
    } else if c.get(*pos) == Some(&'$') {
        *pos += 1;
        let name = read_name(c, pos);
        if name.is_empty() {
            return Err("empty variable name".into());
        }
        skip_ws(c, pos);
        if c.get(*pos) == Some(&'-') && c.get(*pos + 1) == Some(&'>') {
            *pos += 2;
            return parse_select(c, pos, name);
        }
        Part::Var(name)
    } else {
        let name = read_name(c, pos);
        if name.is_empty() {
            return Err("empty placeable".into());
        }
        Part::Ref(name)
    };
    skip_ws(c, pos);
    if c.get(*pos) != Some(&'}') {
        return Err("expected `}`".into());
    }
    *pos += 1;
    Ok(part)
}

fn parse_select(c: &[char], pos: &mut usize, var: String) -> Result<Part, String> {
    let mut variants = Vec::new();
    let mut default = None;
    loop {
        skip_ws(c, pos);
        match c.get(*pos) {
            Some('}') => {
                *pos += 1;
                break;
            }
            Some('*') | Some('[') => {
                if c[*pos] == '*' {
                    if default.is_some() {
                        return Err("two default variants".into());
                    }
                    default = Some(variants.len());
                    *pos += 1;
                }
                if c.get(*pos) != Some(&'[') {
                    return Err("expected `[`".into());
                }
                *pos += 1;
                let mut key = String::new();
                while *pos < c.len() && c[*pos] != ']' {
                    key.push(c[*pos]);
                    *pos += 1;
                }
                *pos += 1;
                // The variant's value starts after spaces on the same line.
                while *pos < c.len() && (c[*pos] == ' ' || c[*pos] == '\t') {
                    *pos += 1;
                }
                let parts = parse_parts(c, pos, true)?;
                variants.push((key.trim().to_string(), parts));
            }
            _ => return Err("expected a variant or `}`".into()),
        }
    }
    let default = default.ok_or("a select needs a default variant `*[...]`")?;
    Ok(Part::Select { var, variants, default })
}

/// The CLDR plural category of a number in a language.
pub fn plural_category(lang: Lang, value: &str) -> Option<&'static str> {
    let v = value.trim();
    let (int, frac) = match v.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (v, ""),
    };
    let i: u64 = int.trim_start_matches('-').parse().ok()?;
    if !frac.is_empty() {
        return Some("other");
    }
    Some(match lang {
        Lang::En | Lang::Ky => {
            if i == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Ru => {
            let (m10, m100) = (i % 10, i % 100);
            if m10 == 1 && m100 != 11 {
                "one"
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                "few"
            } else {
                "many"
            }
        }
    })
}

/// Formats a decimal string (`"1200.00"`) the local way: `1 200,00` in
/// Kyrgyz and Russian (with a no-break space), `1,200.00` in English.
pub fn format_number(lang: Lang, value: &str) -> String {
    let (sign, digits) = match value.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", value),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return value.to_string();
    }
    let (group, point) = match lang {
        Lang::En => (",", "."),
        Lang::Ky | Lang::Ru => ("\u{a0}", ","),
    };
    let mut out = String::from(sign);
    let n = int.len();
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (n - k) % 3 == 0 {
            out.push_str(group);
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push_str(point);
        out.push_str(f);
    }
    out
}

/// An amount with its currency: `1 200,00 сом`.
pub fn format_money(lang: Lang, value: &str) -> String {
    let b = Bundle::get(lang);
    b.text("money", &[("amount", &format_number(lang, value))])
}

/// A date `YYYY-MM-DD` shown the local way: `15.06.2020` (ky, ru), `15 Jun 2020` (en).
pub fn format_date(lang: Lang, iso: &str) -> String {
    let p: Vec<&str> = iso.split('-').collect();
    if p.len() != 3 {
        return iso.to_string();
    }
    match lang {
        Lang::Ky | Lang::Ru => format!("{}.{}.{}", p[2], p[1], p[0]),
        Lang::En => {
            const M: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
            let m: usize = p[1].parse().unwrap_or(0);
            match M.get(m.wrapping_sub(1)) {
                Some(name) => format!("{} {} {}", p[2].trim_start_matches('0'), name, p[0]),
                None => iso.to_string(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn compact_files_read_the_same() {
        for lang in Lang::ALL {
            for part in ["engine", "cli", "app"] {
                let path = format!("{}/locales/{}/{part}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code());
                let text = std::fs::read_to_string(&path).unwrap();
                let (full, e1) = Bundle::parse(&text);
                let (compact, e2) = Bundle::parse(&crate::compact_ftl(&text));
                assert!(e1.is_empty() && e2.is_empty(), "{path}");
                assert_eq!(full.messages, compact.messages, "{path}");
            }
        }
    }

    use super::*;

    #[test]
    fn parses_messages_attributes_and_selects() {
        let src = "# comment\nhello = Hello, { $name }!\n    .fix = Try { -brand }\n-brand = Ukuk\nkids = { $n ->\n    [one] one child\n   *[other] { $n } children\n    }\nmulti = first line\n    second line\n";
        let (b, errors) = Bundle::parse(src);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(b.format("hello", &[("name", "Aigul")]).unwrap(), "Hello, Aigul!");
        assert_eq!(b.format("hello.fix", &[]).unwrap(), "Try Ukuk");
        assert_eq!(b.format("kids", &[("n", "1")]).unwrap(), "one child");
        assert_eq!(b.format("kids", &[("n", "3")]).unwrap(), "3 children");
        assert_eq!(b.format("multi", &[]).unwrap(), "first line\nsecond line");
        assert_eq!(b.variables("kids"), vec!["n".to_string()]);
    }

    #[test]
    fn reports_broken_entries() {
        let (_, errors) = Bundle::parse("ok = fine\nbad = { $x\n  indented\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, 2);
    }

    #[test]
    fn russian_plurals() {
        assert_eq!(plural_category(Lang::Ru, "1"), Some("one"));
        assert_eq!(plural_category(Lang::Ru, "3"), Some("few"));
        assert_eq!(plural_category(Lang::Ru, "11"), Some("many"));
        assert_eq!(plural_category(Lang::Ru, "22"), Some("few"));
        assert_eq!(plural_category(Lang::Ru, "2.5"), Some("other"));
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(format_number(Lang::Ru, "1200.00"), "1\u{a0}200,00");
        assert_eq!(format_number(Lang::En, "1234567.5"), "1,234,567.5");
        assert_eq!(format_number(Lang::Ky, "810.00"), "810,00");
        assert_eq!(format_date(Lang::Ru, "2020-06-15"), "15.06.2020");
        assert_eq!(format_date(Lang::En, "2020-06-05"), "5 Jun 2020");
    }

    #[test]
    fn shipped_files_parse_cleanly() {
        // Read from disk, so every file is checked whatever features are on.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut count = 0;
        for lang in Lang::ALL {
            for part in ["engine", "cli", "app"] {
                let path = dir.join(lang.code()).join(format!("{part}.ftl"));
                let text = std::fs::read_to_string(&path).unwrap();
                let (_, errors) = Bundle::parse(&text);
                assert!(errors.is_empty(), "{}: {errors:?}", path.display());
                count += 1;
            }
        }
        assert_eq!(count, 9);
    }
}

/// A legal source as data (`cite` in `rules/*.toml`), rendered in the
/// reader's language by [`cite_text`]: the handbook and its lines, an act by
/// its kind, number, date, article, part and item, a press report, an
/// official web page. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cite {
    /// The handbook for social workers (the seed 002) and its lines, e.g. `1799–1805, 2136–2139`.
    Handbook { lines: &'static str },
    /// An act, as `kind|number|date|article|part|item` (an empty field is
    /// not given; `kind` is one of [`ACT_KINDS`]): one string, so that the
    /// rules data stays small in a phone's first load. Read it with
    /// [`Cite::act`].
    Act(&'static str),
    /// A press report: the outlet (`24.kg`) and the day, month or year.
    Press { outlet: &'static str, date: Option<&'static str> },
    /// An official web page: the site (`mlsp.gov.kg`) and the day, month or year.
    Page { site: &'static str, date: Option<&'static str> },
}

/// The fields of an act cited ([`Cite::Act`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActFields {
    pub kind: &'static str,
    pub number: Option<&'static str>,
    pub date: Option<&'static str>,
    pub article: Option<&'static str>,
    pub part: Option<&'static str>,
    pub item: Option<&'static str>,
}

impl Cite {
    /// The fields of an act; `None` for another kind of source.
    pub fn act(&self) -> Option<ActFields> {
        let Cite::Act(text) = self else { return None };
        let mut f = text.split('|').map(|x| Some(x).filter(|x| !x.is_empty()));
        let mut next = || f.next().flatten();
        Some(ActFields { kind: next().unwrap_or(""), number: next(), date: next(), article: next(), part: next(), item: next() })
    }
}

/// The kinds of act a [`Cite::Act`] may name; each has a text `act-<kind>`.
pub const ACT_KINDS: &[&str] =
    &["law", "law_amendment", "presidential_decree", "government_decree", "government_order", "government_decision", "cabinet_resolution"];

/// A date of a source: a year, a month (`06.2022`, `Jun 2022`) or a day.
pub fn format_partial_date(lang: Lang, s: &str) -> String {
    match s.len() {
        4 => s.to_string(),
        7 => format_date(lang, &format!("{s}-01")).split_once(['.', ' ']).map_or_else(|| s.to_string(), |(_, rest)| rest.to_string()),
        _ => format_date(lang, s),
    }
}

/// A source in a language: «Постановление Правительства № 307 от 29.06.2018, ст. 3».
pub fn cite_text(lang: Lang, c: &Cite) -> String {
    let b = Bundle::get(lang);
    match *c {
        Cite::Handbook { lines } => b.text("source-handbook", &[("lines", lines)]),
        Cite::Act(_) => {
            let Some(ActFields { kind, number, date, article, part, item }) = c.act() else { return String::new() };
            let date = date.map(|d| format_partial_date(lang, d));
            let id = format!("act-{kind}");
            let mut out = match (number, date.as_deref()) {
                (Some(n), Some(d)) => b.text(&format!("{id}.full"), &[("number", n), ("date", d)]),
                (None, Some(d)) => b.text(&format!("{id}.dated"), &[("date", d)]),
                (Some(n), None) => b.text(&format!("{id}.numbered"), &[("number", n)]),
                (None, None) => b.text(&id, &[]),
            };
            for (key, value) in [("article", article), ("part", part), ("item", item)] {
                if let Some(v) = value {
                    out.push_str(", ");
                    out.push_str(&b.text(&format!("source-{key}"), &[(key, v)]));
                }
            }
            out
        }
        Cite::Press { outlet, date } => match date {
            Some(d) => b.text("source-press.dated", &[("outlet", outlet), ("date", &format_partial_date(lang, d))]),
            None => b.text("source-press", &[("outlet", outlet)]),
        },
        Cite::Page { site, date } => match date {
            Some(d) => b.text("source-page.dated", &[("site", site), ("date", &format_partial_date(lang, d))]),
            None => b.text("source-page", &[("site", site)]),
        },
    }
}
