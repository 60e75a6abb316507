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
    /// The engine's result; shown only when there is no problem.
    pub output: Option<Output>,
    pub problems: Vec<Problem>,
}

/// Whether an error at `path` belongs to the field at `field`.
pub fn path_under(path: &str, field: &str) -> bool {
    path == field || path.strip_prefix(field).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

impl Evaluation {
    pub fn run(h: &Household, today: ukuk_rules::Date) -> Evaluation {
        let built = to_json(h, today);
        let mut problems: Vec<Problem> = built.errors.iter().cloned().map(Problem::Local).collect();
        let output = match ukuk_rules::evaluate(&built.json, today) {
            Ok(out) => Some(out),
            Err(errors) => {
                for mut e in errors {
                    e.path = built.form_path(&e.path);
                    problems.push(Problem::Engine(e));
                }
                None
            }
        };
        let output = if problems.is_empty() { output } else { None };
        Evaluation { built, output, problems }
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
