//! One evaluation of the household: the JSON built from the form, the
//! engine's result, and every problem found, each tied to a form field.

use ukuk_i18n::{Bundle, Lang};
use ukuk_rules::{InputError, Output};

use crate::i18n::{date, tr, tr_args};
use crate::model::{to_json, Built, Household, LocalError};

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Local(LocalError),
    /// An engine error, its path already in terms of the form's rows.
    Engine(InputError),
}

impl Problem {
    pub fn path(&self) -> &str {
        match self {
            Problem::Local(e) => &e.path,
            Problem::Engine(e) => &e.path,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Local(e) => tr_args(lang, e.id, &[("value", &e.value)]),
            Problem::Engine(e) if e.code == "missing_field" => tr(lang, "app-error-required"),
            Problem::Engine(e) => {
                // Dates in the messages are shown the local way.
                let args: Vec<(&str, String)> =
                    e.args.iter().map(|(k, v)| (*k, ukuk_rules::Date::parse(v).map_or_else(|| v.clone(), |d| date(lang, d)))).collect();
                let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                Bundle::get(lang).text(&format!("error-{}", e.code), &refs)
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub built: Built,
    /// The engine's result, computed without the answers that have a
    /// problem (left out); `None` when even that cannot be read.
    pub output: Option<Output>,
    pub problems: Vec<Problem>,
    /// Benefits an answer with a problem can change: not shown until it is
    /// corrected (`ukuk_rules::benefits::affected_by`).
    pub held: Vec<&'static str>,
}

/// Whether an error at `path` belongs to the field at `field`.
pub fn path_under(path: &str, field: &str) -> bool {
    path == field || path.strip_prefix(field).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

impl Evaluation {
    pub fn run(h: &Household, today: ukuk_rules::Date) -> Evaluation {
        let built = to_json(h, today);
        let mut problems: Vec<Problem> = built.errors.iter().cloned().map(Problem::Local).collect();
        // Answers the form could not read are already left out of the JSON.
        let mut held: Vec<&'static str> = Vec::new();
        let mut hold = |path: &str| {
            for id in ukuk_rules::benefits::affected_by(path) {
                if !held.contains(&id) {
                    held.push(id);
                }
            }
        };
        for e in &built.errors {
            hold(&e.path);
        }
        // The engine's refusals: each answer it names is left out in turn,
        // so one problem hides only the results it can change.
        let mut json = built.json.clone();
        let mut output = None;
        for _ in 0..4 {
            match ukuk_rules::evaluate(&json, today) {
                Ok(out) => {
                    output = Some(out);
                    break;
                }
                Err(errors) => {
                    let mut removed = false;
                    for mut e in errors {
                        hold(&e.path);
                        removed |= remove_path(&mut json, &e.path);
                        e.path = built.form_path(&e.path);
                        if !problems.contains(&Problem::Engine(e.clone())) {
                            problems.push(Problem::Engine(e));
                        }
                    }
                    if !removed {
                        break;
                    }
                }
            }
        }
        if output.is_none() {
            held = ukuk_rules::benefit_ids();
        }
        Evaluation { built, output, problems, held }
    }

    /// Whether a benefit's result is shown (no problem can change it).
    pub fn shown(&self, id: &str) -> bool {
        self.output.is_some() && !self.held.contains(&id)
    }

    /// The problems of one field (or of anything under it).
    pub fn problems_at<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems.iter().filter(move |p| path_under(p.path(), field))
    }

    /// Whether a row waits for this field before it is evaluated.
    pub fn hint_at(&self, field: &str) -> bool {
        self.built.hints.iter().any(|h| h.path == field)
    }
}

/// Removes the value at a JSON path (`members[1].income.wages`); a
/// required field is not removed (the engine would only ask for it).
fn remove_path(json: &mut serde_json::Value, path: &str) -> bool {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('.') {
        match seg.split_once('[') {
            Some((name, rest)) => {
                parts.push(name);
                parts.extend(rest.split('[').map(|i| i.trim_end_matches(']')));
            }
            None => parts.push(seg),
        }
    }
    let Some((last, parents)) = parts.split_last() else { return false };
    let mut node = json;
    for p in parents {
        let next = match node {
            serde_json::Value::Object(m) => m.get_mut(*p),
            serde_json::Value::Array(a) => p.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
            _ => None,
        };
        match next {
            Some(n) => node = n,
            None => return false,
        }
    }
    // A member's id stays: other answers refer to it. (Without a birth
    // date or sex the member waits, and so do the benefits reading them.)
    if *last == "id" && parents.first() == Some(&"members") {
        return false;
    }
    match node {
        serde_json::Value::Object(m) => m.remove(*last).is_some(),
        _ => false,
    }
}
