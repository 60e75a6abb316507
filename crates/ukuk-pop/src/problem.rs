//! What can go wrong with a population file, a household in it or a reform
//! file, as data: a message of the translation files (`cli.ftl`, the ids
//! `pop-*`) and its arguments, or the contract's own error for a household.
//! The command line shows a problem in the reader's language
//! ([`Problem::text`]); the Python package and `Display` in English.

use std::fmt;

use ukuk_i18n::{Bundle, Lang};
use ukuk_rules::InputError;

/// One problem.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A message (`pop-*`) with its arguments.
    Text { id: &'static str, args: Vec<(&'static str, String)> },
    /// The contract's error for a household: its path, code and message.
    Input(InputError),
    /// `--strict` stopped the run at this household.
    Strict(Box<BadRow>),
    /// A problem of a whole file, with the file's name.
    InFile(String, Box<Problem>),
    /// A problem in a reform file, found by the rules data's own checks
    /// (`ukuk-rulesgen`): `FILE:LINE: message`.
    Reform(ukuk_rulesgen::Found),
    /// Where a household is ([`line`], [`lines`], [`rows`]): kept as numbers,
    /// since every household has a place and few are ever reported.
    Place { id: &'static str, first: u64, last: u64 },
}

impl Problem {
    /// A message with its arguments.
    pub fn new(id: &'static str, args: &[(&'static str, &dyn fmt::Display)]) -> Problem {
        Problem::Text { id, args: args.iter().map(|(k, v)| (*k, v.to_string())).collect() }
    }

    /// A problem another library described (an I/O, CSV or Parquet error),
    /// in its own words.
    pub fn detail(detail: impl fmt::Display) -> Problem {
        Problem::new("pop-detail", &[("detail", &detail)])
    }

    /// The problem in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Problem::Text { id, args } => {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                Bundle::get(lang).text(id, &args)
            }
            Problem::Input(e) => format!("{} {}: {}", e.path, e.code, ukuk_rules::error_message(e, lang)),
            Problem::Strict(row) => Bundle::get(lang).text("pop-strict", &[("row", &row.text(lang))]),
            Problem::InFile(file, p) => Bundle::get(lang).text("pop-file", &[("file", file), ("detail", &p.text(lang))]),
            Problem::Reform(found) => found.text(lang),
            Problem::Place { id, first, last } => {
                let (first, last) = (first.to_string(), last.to_string());
                let args: &[(&str, &str)] = match *id {
                    "pop-place-line" => &[("line", &first)],
                    "pop-place-row" => &[("row", &first)],
                    _ => &[("first", &first), ("last", &last)],
                };
                Bundle::get(lang).text(id, args)
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// For callers that speak English only (the Python package's exceptions).
impl From<Problem> for String {
    fn from(p: Problem) -> String {
        p.to_string()
    }
}

/// Text another library wrote (an I/O or Arrow error), as it is.
impl From<String> for Problem {
    fn from(detail: String) -> Problem {
        Problem::detail(detail)
    }
}

/// Where a household is in its file.
pub fn line(n: u64) -> Problem {
    Problem::Place { id: "pop-place-line", first: n, last: n }
}

/// Lines `first` to `last` of a text file (one line: [`line`]).
pub fn lines(first: u64, last: u64) -> Problem {
    if first == last {
        line(first)
    } else {
        Problem::Place { id: "pop-place-lines", first, last }
    }
}

/// Rows `first` to `last` of a table (1 = the first data row).
pub fn rows(first: u64, last: u64) -> Problem {
    let id = if first == last { "pop-place-row" } else { "pop-place-rows" };
    Problem::Place { id, first, last }
}

/// A household reported and skipped: where it is, its id, and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRow {
    pub place: Problem,
    pub id: String,
    pub problems: Vec<Problem>,
}

impl BadRow {
    /// The report in `lang`: the place, the household, the problems.
    pub fn text(&self, lang: Lang) -> String {
        let problems: Vec<String> = self.problems.iter().map(|p| p.text(lang)).collect();
        let problems = problems.join("; ");
        let place = self.place.text(lang);
        if self.id.is_empty() {
            Bundle::get(lang).text("pop-bad-row", &[("place", &place), ("problems", &problems)])
        } else {
            Bundle::get(lang).text("pop-bad-row-household", &[("place", &place), ("household", &self.id), ("problems", &problems)])
        }
    }
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `pop-*` message the crate names has a text in every language:
    /// the ids are read from the crate's own source, so a new problem
    /// without its texts fails here.
    #[test]
    fn every_problem_reads_in_every_language() {
        let sources = [
            include_str!("arrow.rs"),
            include_str!("batch.rs"),
            include_str!("problem.rs"),
            include_str!("simulate.rs"),
            include_str!("table.rs"),
            include_str!("../../ukuk-cli/src/analyst.rs"),
        ];
        let mut ids: Vec<&str> = sources
            .iter()
            .flat_map(|s| s.split('"'))
            .filter(|s| s.len() > 4 && s.starts_with("pop-") && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert!(ids.len() >= 38, "{ids:?}");
        for lang in Lang::ALL {
            let bundle = Bundle::get(lang);
            for id in &ids {
                assert!(bundle.has(id), "{id} has no {} text", lang.code());
            }
        }
    }

    /// The help of the commands that read or write a population, and the
    /// message for an unknown extension, name every format, in every
    /// language (the help once named only two of the three).
    #[test]
    fn the_help_names_every_format_in_every_language() {
        use crate::batch::Format;
        let formats: Vec<Format> =
            Format::EXTENSIONS.iter().map(|e| Format::of(std::path::Path::new(&format!("x.{e}"))).unwrap()).collect();
        assert_eq!(formats, [Format::Parquet, Format::Csv, Format::JsonLines]);
        for lang in Lang::ALL {
            let bundle = Bundle::get(lang);
            for id in ["cli-help-batch", "cli-help-synth", "pop-unknown-format"] {
                let text = bundle.text(id, &[("file", "x.txt")]);
                for e in Format::EXTENSIONS {
                    assert!(text.contains(&format!(".{e}")), "{id} ({}) does not name .{e}: {text}", lang.code());
                }
            }
        }
    }

    #[test]
    fn a_bad_row_reads_in_the_readers_language() {
        let row = BadRow {
            place: lines(4, 6),
            id: "h7".into(),
            problems: vec![Problem::new("pop-not-boolean", &[("column", &"hiv"), ("value", &"maybe")])],
        };
        assert_eq!(row.to_string(), "lines 4-6 (household h7): column hiv: 'maybe' is not true or false");
        // A place keeps its numbers until it is read.
        assert_eq!(line(12).to_string(), "line 12");
        assert_eq!(lines(5, 5), line(5));
        assert_eq!(rows(3, 3).to_string(), "row 3");
        assert_eq!(rows(3, 9).text(Lang::En), "rows 3-9");
        assert_eq!(row.text(Lang::Ru), "строки 4-6 (домохозяйство h7): столбец hiv: «maybe» — не true и не false");
        let in_file = Problem::InFile("pop.csv".into(), Box::new(Problem::new("pop-unknown-column", &[("column", &"colour")])));
        assert!(in_file.text(Lang::Ru).starts_with("pop.csv: неизвестный столбец «colour»"), "{}", in_file.text(Lang::Ru));
        let stopped = Problem::Strict(Box::new(row));
        assert!(stopped.text(Lang::Ky).ends_with("(--strict: токтотулду)"), "{}", stopped.text(Lang::Ky));
    }
}
