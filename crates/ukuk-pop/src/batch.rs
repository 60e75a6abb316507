//! Every household of a population file through the engine: streaming (a
//! chunk of households at a time, so memory stays flat), on all cores (a
//! thread per core, as `rayon` counts them, and one more: `in_order`), in
//! file order. A
//! household that cannot be read or that the engine refuses is reported
//! with its place in the file and skipped (or stops the run with `strict`);
//! it never affects another household.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::Arc;

use serde_json::{Map, Value};
use ukuk_rules::output::Status;
use ukuk_rules::{Date, Output};

pub use crate::problem::BadRow;
use crate::problem::{self, Problem};
use crate::table::{self, Col, Layout};

/// Households a thread evaluates at once: enough that handing chunks
/// around costs little, few enough that a chunk's rows are still in the
/// processor's cache when they are read (docs/performance.md, session 13).
pub const CHUNK: usize = 1024;

/// Rows of results written at once (a Parquet file's or an Arrow stream's
/// record batch).
pub const RESULT_ROWS: usize = 4096;

/// A population file's format, from its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One row per person (`table.rs`).
    Csv,
    /// One household per line: `{"id", "weight", "household": {…}}`, or a
    /// contract household with optional `id` and `weight` beside its fields.
    JsonLines,
    /// The person table as Parquet (`arrow.rs`).
    Parquet,
}

impl Format {
    /// The extensions of the three formats, as the help names them
    /// (`ndjson` is read as `jsonl` too).
    pub const EXTENSIONS: [&'static str; 3] = ["parquet", "csv", "jsonl"];

    pub fn of(path: &Path) -> Result<Format, Problem> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("csv") => Ok(Format::Csv),
            Some("jsonl" | "ndjson") => Ok(Format::JsonLines),
            Some("parquet") => Ok(Format::Parquet),
            _ => Err(Problem::new("pop-unknown-format", &[("file", &path.display())])),
        }
    }
}

/// One household read from a file, or why it could not be.
pub struct Item {
    /// Where it is: `line 12`, `lines 10-13`.
    pub place: Problem,
    pub id: String,
    pub weight: rust_decimal::Decimal,
    /// The household as the engine reads it (`ukuk_rules::input`), read
    /// where the file's text still lies: a JSON Lines file's JSON, or a
    /// table's rows seen as the same shape without JSON or copies. Reading
    /// does not depend on a reform (the reader consults no value in force;
    /// `tests/population.rs` holds `input.rs` to that), so a household read
    /// once is evaluated under the baseline and a reform (`simulate`).
    pub household: Result<ukuk_rules::Household, Vec<Problem>>,
}

/// A household as read, to be made ready (JSON parsed, rows assembled and
/// checked) on whichever core evaluates it, with the day a household
/// without a `date` is evaluated on: reading stays a plain split of the
/// file.
pub type Lazy = Box<dyn FnOnce(Date) -> Item + Send>;

/// A household's checks, as the run reports them.
fn problems(errors: Vec<ukuk_rules::input::InputError>) -> Vec<Problem> {
    errors.into_iter().map(Problem::Input).collect()
}

/// A household already at hand.
pub fn ready(item: Item) -> Lazy {
    Box::new(move |_| item)
}

pub(crate) fn weight_of(text: &str) -> Result<rust_decimal::Decimal, Problem> {
    if text.is_empty() {
        return Ok(rust_decimal::Decimal::ONE);
    }
    // A plain decimal the quick way (the same value `parse` gives), any other the long way.
    match ukuk_rules::input::parse_decimal(text).map_or_else(|| text.parse::<rust_decimal::Decimal>(), Ok) {
        // Not negative, tested on the sign (a comparison with zero would
        // first bring both to one scale).
        Ok(w) if !w.is_sign_negative() || w.is_zero() => Ok(w),
        _ => Err(Problem::new("pop-weight", &[("weight", &text)])),
    }
}

/// The households of a JSON Lines file.
pub fn read_json_lines(input: impl BufRead) -> impl Iterator<Item = Lazy> {
    input.lines().enumerate().filter_map(|(i, line)| {
        let place = problem::line(i as u64 + 1);
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                return Some(ready(Item {
                    place,
                    id: String::new(),
                    weight: rust_decimal::Decimal::ONE,
                    household: Err(vec![Problem::new("pop-cannot-read", &[("detail", &e)])]),
                }))
            }
        };
        if line.trim().is_empty() {
            return None;
        }
        Some(Box::new(move |today| json_line(i, place, &line, today)) as Lazy)
    })
}

/// One line of a JSON Lines file as a household.
fn json_line(i: usize, place: Problem, line: &str, today: Date) -> Item {
    let bad = |place: Problem, p: Problem| Item { place, id: String::new(), weight: rust_decimal::Decimal::ONE, household: Err(vec![p]) };
    let mut v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return bad(place, Problem::new("pop-not-json", &[("detail", &e)])),
    };
    let Some(o) = v.as_object_mut() else { return bad(place, Problem::new("pop-not-object", &[])) };
    let id = match o.remove("id") {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return bad(place, Problem::new("pop-id-type", &[])),
        None => format!("{}", i + 1),
    };
    let weight = match o.remove("weight") {
        None => Ok(rust_decimal::Decimal::ONE),
        Some(Value::String(s)) => weight_of(&s),
        Some(Value::Number(n)) => weight_of(&n.to_string()),
        Some(_) => Err(Problem::new("pop-weight-type", &[])),
    };
    let household = match o.remove("household") {
        Some(h) => ukuk_rules::input::read_tree(&h, today),
        None => ukuk_rules::input::read_tree(&v, today),
    }
    .map_err(problems);
    match weight {
        Ok(weight) => Item { place, id, weight, household },
        Err(e) => Item { place, id, weight: rust_decimal::Decimal::ONE, household: Err(vec![e]) },
    }
}

/// The households of a CSV file (one row per person; a household's rows
/// follow each other).
pub fn read_csv(input: impl Read) -> Result<impl Iterator<Item = Lazy>, Problem> {
    // Flexible: a row with a cell too many or too few is read, so that it
    // can be laid to its household, which is then reported whole.
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| Problem::new("pop-not-csv-line", &[("line", &1), ("detail", &e)]))?
        .iter()
        .map(str::to_string)
        .collect();
    let layout = Arc::new(Layout::new(&header)?);
    let width = header.len();
    let records = reader.into_records();
    Ok(CsvHouseholds { layout, width, records, pending: None, ids: Ids::default(), done: false })
}

/// How many of the last households' ids a reading remembers.
const SEEN_LAST: usize = 64;

/// The ids of the last [`SEEN_LAST`] households of a table (CSV, Parquet,
/// Arrow): to catch a household with no id, and one whose rows are apart in
/// the file (its id coming back). A ring of the ids read and of their
/// hashes: an id is compared in full only with those of the same hash, and
/// the oldest id's text is overwritten by the newest (no allocation once the
/// ring is full).
#[derive(Default)]
pub(crate) struct Ids {
    hashes: Vec<u64>,
    texts: Vec<String>,
    /// The place the next id takes once the ring is full (the oldest).
    next: usize,
}

impl Ids {
    /// The problem with the next household's id, if any; a good id is remembered.
    pub(crate) fn check(&mut self, id: &str) -> Option<Problem> {
        if id.is_empty() {
            return Some(Problem::new("pop-empty-id", &[]));
        }
        // FNV-1a: a few instructions a byte, and only a filter.
        let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        // All the hashes compared without an early exit (the compiler then
        // compares several at once); the texts only when one is the same.
        let maybe = self.hashes.iter().fold(false, |any, h| any | (*h == hash));
        let seen = maybe && self.hashes.iter().zip(&self.texts).any(|(h, t)| *h == hash && t == id);
        if seen {
            return Some(Problem::new("pop-rows-apart", &[]));
        }
        if self.hashes.len() < SEEN_LAST {
            self.hashes.push(hash);
            self.texts.push(id.to_string());
        } else if let (Some(h), Some(t)) = (self.hashes.get_mut(self.next), self.texts.get_mut(self.next)) {
            *h = hash;
            t.clear();
            t.push_str(id);
            self.next = (self.next + 1) % SEEN_LAST;
        }
        None
    }
}

struct CsvHouseholds<R: Read> {
    layout: Arc<Layout>,
    /// Cells in a row: the header's.
    width: usize,
    records: csv::StringRecordsIntoIter<R>,
    /// The first row of the next household, read ahead (with its problem, if any).
    pending: Option<(u64, csv::StringRecord, Option<Problem>)>,
    ids: Ids,
    done: bool,
}

impl<R: Read> Iterator for CsvHouseholds<R> {
    type Item = Lazy;
    fn next(&mut self) -> Option<Lazy> {
        // Each record as read: one buffer for its cells.
        let mut rows: Vec<csv::StringRecord> = Vec::new();
        let mut first_line = 0;
        let mut last_line = 0;
        let mut id = String::new();
        // Problems of single rows (a cell too many or too few): the
        // household is reported whole, never evaluated without a row.
        let mut broken: Vec<Problem> = Vec::new();
        if let Some((line, row, problem)) = self.pending.take() {
            id = self.layout.get(&row, Col::household_id).to_string();
            first_line = line;
            last_line = line;
            rows.push(row);
            broken.extend(problem);
        }
        while !self.done {
            match self.records.next() {
                None => self.done = true,
                Some(Err(e)) => {
                    // Not CSV at all (bad quoting, bad UTF-8): a row of its own.
                    let line = e.position().map_or(0, |p| p.line());
                    if rows.is_empty() {
                        return Some(ready(Item {
                            place: problem::line(line),
                            id: String::new(),
                            weight: rust_decimal::Decimal::ONE,
                            household: Err(vec![Problem::new("pop-not-csv", &[("detail", &e)])]),
                        }));
                    }
                    broken.push(Problem::new("pop-not-csv-line", &[("line", &line), ("detail", &e)]));
                }
                Some(Ok(row)) => {
                    let line = row.position().map_or(0, |p| p.line());
                    let problem = (row.len() != self.width)
                        .then(|| Problem::new("pop-cells", &[("line", &line), ("cells", &row.len()), ("header", &self.width)]));
                    let this = self.layout.get(&row, Col::household_id).to_string();
                    if rows.is_empty() {
                        id = this;
                        first_line = line;
                        last_line = line;
                        rows.push(row);
                        broken.extend(problem);
                    } else if this == id {
                        last_line = line;
                        rows.push(row);
                        broken.extend(problem);
                    } else {
                        self.pending = Some((line, row, problem));
                        break;
                    }
                }
            }
        }
        if rows.is_empty() {
            return None;
        }
        let place = problem::lines(first_line, last_line);
        if !broken.is_empty() {
            return Some(ready(Item { place, id, weight: rust_decimal::Decimal::ONE, household: Err(broken) }));
        }
        if let Some(problem) = self.ids.check(&id) {
            return Some(ready(Item { place, id, weight: rust_decimal::Decimal::ONE, household: Err(vec![problem]) }));
        }
        let layout = Arc::clone(&self.layout);
        Some(Box::new(move |today| table_item(&layout, place, id, &rows, today)))
    }
}

/// A household of the person table (CSV, Parquet, Arrow) from its rows.
pub(crate) fn table_item<R: table::ByColumn>(layout: &Layout, place: Problem, id: String, rows: &[R], today: Date) -> Item {
    let weight = rows.first().map_or("", |r| r.of(layout, Col::weight));
    let (weight, household) = match weight_of(weight) {
        Ok(w) => (w, table_household(layout, rows, today)),
        Err(e) => (rust_decimal::Decimal::ONE, Err(vec![e])),
    };
    Item { place, id, weight, household }
}

/// A household of the table: read straight from its rows when nothing in
/// them is out of the ordinary (`table::read`), else through the contract's
/// tree, which reports every problem. A debug build reads every household
/// both ways and stops if they differ.
pub(crate) fn table_household<R: table::ByColumn>(layout: &Layout, rows: &[R], today: Date) -> Result<ukuk_rules::Household, Vec<Problem>> {
    let through_tree =
        || table::household(layout, rows).map_err(|e| vec![e]).and_then(|t| ukuk_rules::input::read_tree(&t, today).map_err(problems));
    match table::read(layout, rows, today) {
        Some(h) => {
            #[cfg(debug_assertions)]
            match through_tree() {
                Ok(t) => assert_eq!(h, t, "a table household read straight differs from the one read through the tree"),
                Err(e) => panic!("a table household read straight is refused through the tree: {e:?}"),
            }
            Ok(h)
        }
        None => through_tree(),
    }
}

/// Opens a population file as households.
pub fn open(path: &Path) -> Result<Box<dyn Iterator<Item = Lazy> + Send>, Problem> {
    let file = File::open(path).map_err(|e| Problem::new("pop-file", &[("file", &path.display()), ("detail", &e)]))?;
    let reader = BufReader::with_capacity(1 << 20, file);
    Ok(match Format::of(path)? {
        Format::JsonLines => Box::new(read_json_lines(reader)),
        Format::Csv => Box::new(read_csv(reader).map_err(|e| Problem::InFile(path.display().to_string(), Box::new(e)))?),
        Format::Parquet => Box::new(crate::arrow::read_parquet(path)?),
    })
}

/// A household's result, or why there is none.
#[derive(Clone)]
pub struct Evaluated {
    pub place: Problem,
    pub id: String,
    pub weight: rust_decimal::Decimal,
    pub result: Result<Output, Vec<Problem>>,
}

/// How much of a result a run needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Depth {
    /// Statuses, amounts, dates: the lean path (`ukuk_rules::evaluate_lean`).
    Lean,
    /// Every reason with its figures (`--reasons`).
    Full,
}

/// Evaluates one household read (on its own `date`, or the day it was
/// read for), lean or full, with the reform in force if one is given.
pub fn evaluate_at(item: Item, reform: Option<&Arc<ukuk_rules::reform::Reform>>, depth: Depth) -> Evaluated {
    let result = item.household.map(|h| {
        let run = || match depth {
            Depth::Lean => ukuk_rules::output::with_lean(|| ukuk_rules::evaluate_household(&h)),
            Depth::Full => ukuk_rules::evaluate_household(&h),
        };
        match reform {
            Some(r) => ukuk_rules::reform::with(r, run),
            None => run(),
        }
    });
    Evaluated { place: item.place, id: item.id, weight: item.weight, result }
}

/// The output columns: the household, then each benefit's status and amount.
pub fn output_columns(reasons: bool) -> Vec<String> {
    let mut c = vec!["household_id".to_string(), "weight".to_string()];
    for id in ukuk_rules::benefit_ids() {
        c.push(format!("{id}_status"));
        c.push(format!("{id}_amount"));
    }
    if reasons {
        c.push("reasons".into());
    }
    c
}

/// Whether a result's benefit id is the registry's: the same static text
/// (found by its address, without comparing the bytes), or equal text.
fn same_benefit(a: &str, b: &str) -> bool {
    std::ptr::eq(a, b) || a == b
}

pub fn status_code(s: Status) -> &'static str {
    match s {
        Status::Eligible => "eligible",
        Status::NotEligible => "not_eligible",
        Status::NeedsInformation => "needs_information",
    }
}

/// One household's results as an output table holds them: the household
/// and its weight, each benefit's status and amount (in the order of
/// `benefit_ids()`; an amount rounded to the tyiyn as the result shows it),
/// and with `--reasons` the reasons as JSON. It stays typed until it is
/// written: a CSV or JSON Lines file gets its text ([`OutRow::texts`]), a
/// Parquet file or an Arrow batch its values, with no text in between.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutRow {
    pub id: String,
    pub weight: rust_decimal::Decimal,
    pub benefits: Vec<(Option<Status>, Option<rust_decimal::Decimal>)>,
    pub reasons: Option<String>,
}

impl OutRow {
    pub fn of(id: impl Into<String>, weight: rust_decimal::Decimal, out: &Output, reasons: bool) -> OutRow {
        // A result lists the benefits in the registry's order: the benefit
        // at the same place is the one, and a search is only a fallback.
        let benefits = ukuk_rules::benefits::REGISTRY
            .iter()
            .enumerate()
            .map(|(i, def)| {
                match out
                    .benefits
                    .get(i)
                    .filter(|b| same_benefit(b.id, def.id))
                    .or_else(|| out.benefits.iter().find(|b| same_benefit(b.id, def.id)))
                {
                    Some(b) => (Some(b.status), b.amount.as_ref().map(|m| ukuk_rules::output::money_value(m.0))),
                    None => (None, None),
                }
            })
            .collect();
        let reasons = reasons.then(|| {
            let by_benefit: Map<String, Value> =
                out.benefits.iter().map(|b| (b.id.to_string(), serde_json::to_value(b.reasons()).unwrap_or(Value::Null))).collect();
            Value::Object(by_benefit).to_string()
        });
        OutRow { id: id.into(), weight, benefits, reasons }
    }

    /// The row's cells as text, in the order of [`output_columns`] (an
    /// empty cell: no status or no amount).
    pub fn texts(&self) -> Vec<String> {
        self.cells().map(std::borrow::Cow::into_owned).collect()
    }

    /// [`OutRow::texts`] without a copy of the texts the row holds. The
    /// numbers are written by the engine's writer, which writes what
    /// `Decimal`'s `Display` does (a property test of `ukuk-rules`) in a
    /// fraction of the time.
    fn cells(&self) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
        use std::borrow::Cow;
        let number = |d: rust_decimal::Decimal| Cow::Owned(ukuk_rules::output::decimal_text(d));
        [Cow::Borrowed(self.id.as_str()), number(self.weight)]
            .into_iter()
            .chain(self.benefits.iter().flat_map(move |(status, amount)| {
                [status.map_or(Cow::Borrowed(""), |s| Cow::Borrowed(status_code(s))), amount.map_or(Cow::Borrowed(""), number)]
            }))
            .chain(self.reasons.as_deref().map(Cow::Borrowed))
    }
}

/// Where results go.
pub enum Sink {
    Csv(Box<csv::Writer<Box<dyn Write>>>),
    JsonLines(BufWriter<Box<dyn Write>>, Vec<String>),
    /// Rows gathered into record batches of `RESULT_ROWS`.
    Parquet(Box<crate::arrow::ParquetSink>, Vec<OutRow>, bool),
}

impl Sink {
    pub fn create(path: &Path, reasons: bool) -> Result<Sink, Problem> {
        let format = Format::of(path)?;
        if format == Format::Parquet {
            return Ok(Sink::Parquet(
                Box::new(crate::arrow::ParquetSink::create(path, crate::arrow::results_schema(reasons))?),
                Vec::new(),
                reasons,
            ));
        }
        let file: Box<dyn Write> = Box::new(BufWriter::with_capacity(
            1 << 20,
            File::create(path).map_err(|e| Problem::new("pop-file", &[("file", &path.display()), ("detail", &e)]))?,
        ));
        let columns = output_columns(reasons);
        Ok(match format {
            Format::Csv => {
                let mut w = csv::Writer::from_writer(file);
                w.write_record(&columns).map_err(Problem::detail)?;
                Sink::Csv(Box::new(w))
            }
            Format::JsonLines => Sink::JsonLines(BufWriter::new(file), columns),
            Format::Parquet => unreachable!("a Parquet sink is made above"),
        })
    }

    pub fn write(&mut self, row: OutRow) -> Result<(), Problem> {
        match self {
            Sink::Parquet(w, rows, reasons) => {
                rows.push(row);
                if rows.len() >= RESULT_ROWS {
                    w.write(&crate::arrow::results_batch(rows, *reasons).map_err(Problem::detail)?)?;
                    rows.clear();
                }
                Ok(())
            }
            Sink::Csv(w) => {
                for c in row.cells() {
                    w.write_field(c.as_bytes()).map_err(Problem::detail)?;
                }
                w.write_record(None::<&[u8]>).map_err(Problem::detail)
            }
            Sink::JsonLines(w, columns) => {
                let mut o = Map::new();
                for (c, v) in columns.iter().zip(row.texts()) {
                    let value = if v.is_empty() {
                        Value::Null
                    } else if c == "reasons" {
                        serde_json::from_str(&v).unwrap_or(Value::Null)
                    } else {
                        Value::String(v)
                    };
                    o.insert(c.clone(), value);
                }
                writeln!(w, "{}", Value::Object(o)).map_err(Problem::detail)
            }
        }
    }

    pub fn finish(self) -> Result<(), Problem> {
        match self {
            Sink::Parquet(mut w, rows, reasons) => {
                if !rows.is_empty() {
                    w.write(&crate::arrow::results_batch(&rows, reasons).map_err(Problem::detail)?)?;
                }
                w.finish()
            }
            Sink::Csv(mut w) => w.flush().map_err(Problem::detail),
            Sink::JsonLines(mut w, _) => w.flush().map_err(Problem::detail),
        }
    }
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub households: u64,
    pub bad: Vec<BadRow>,
    pub bad_count: u64,
}

/// Bad rows kept for the summary; the rest are counted.
pub const BAD_KEPT: usize = 100;

/// A progress bar on a terminal (`len` items; 0: a counter) naming what it
/// counts with `what` (the caller's text, in the reader's language), nothing
/// otherwise.
pub fn progress(len: u64, what: &str) -> indicatif::ProgressBar {
    if io::stderr().is_terminal() {
        // Braces in the text would be read as template keys.
        let what = what.replace(['{', '}'], "");
        let (bar, template) = if len == 0 {
            (indicatif::ProgressBar::new_spinner(), format!("{{spinner}} {{pos}} {what}, {{per_sec}}"))
        } else {
            (indicatif::ProgressBar::new(len), format!("{{bar:40}} {{pos}}/{{len}} {what}, {{per_sec}}"))
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    }
}

/// Runs `items` through the engine a chunk at a time on all cores and hands
/// each result, in file order, to `each`, with what `render` made of it on
/// the core that evaluated it. Stops at the first bad household with
/// `strict`.
#[allow(clippy::too_many_arguments)]
pub fn run_with<R: Send>(
    items: impl Iterator<Item = Lazy> + Send,
    today: Date,
    reform: Option<&Arc<ukuk_rules::reform::Reform>>,
    depth: Depth,
    strict: bool,
    render: impl Fn(Evaluated) -> R + Sync,
    mut each: impl FnMut(R) -> Result<(), Problem>,
) -> Result<Summary, Problem> {
    let mut summary = Summary::default();
    // Each household is rendered on the core that evaluated it, and only
    // what `render` keeps waits for the chunk's end: a chunk of full results
    // would be tens of megabytes.
    let evaluate = |chunk: Vec<Lazy>| -> Vec<Result<R, BadRow>> {
        chunk
            .into_iter()
            .map(|f| {
                let e = evaluate_at(f(today), reform, depth);
                match e.result {
                    Ok(_) => Ok(render(e)),
                    Err(problems) => Err(BadRow { place: e.place, id: e.id, problems }),
                }
            })
            .collect()
    };
    in_order(items, evaluate, |results| hand_on(results, strict, &mut summary, &mut each))?;
    Ok(summary)
}

/// The households of `items` in chunks of [`CHUNK`] through `work`, each
/// chunk whole on one of as many threads as there are cores (rayon's count:
/// `RAYON_NUM_THREADS` sets it) and one more, and the chunks' results handed
/// to `each` in file order on the caller's thread. The one more keeps the
/// cores busy: a thread waiting for its turn to read leaves its core idle,
/// and the caller's thread, writing the results, takes a core part of the
/// time, the more often from a thread in the middle of its turn (with a
/// thread per core, a country's Parquet file kept the two cores of a small
/// machine 85% busy; `docs/performance.md`). The threads take turns reading the
/// file: each reads (and decodes) its next chunk and evaluates it at once,
/// while what it read is still in its core's cache. No thread waits for
/// another's chunk: one that finishes takes the next, and its results wait
/// for those before them (the chunks the others finish meanwhile: with
/// chunks of like size, a few). The first error of `each`
/// stops the run: the threads stop at their next chunk, and the file is
/// read no further.
pub(crate) fn in_order<I: Iterator<Item = Lazy> + Send, R: Send>(
    items: I,
    work: impl Fn(Vec<Lazy>) -> R + Sync,
    mut each: impl FnMut(R) -> Result<(), Problem>,
) -> Result<(), Problem> {
    use std::sync::{Mutex, MutexGuard, PoisonError};
    fn lock<T>(source: &Mutex<T>) -> MutexGuard<'_, T> {
        source.lock().unwrap_or_else(PoisonError::into_inner)
    }
    /// However a thread ends (the file read, the caller gone, a panic), the
    /// file is dropped, so that the other threads read no further.
    struct Stop<'a, I>(&'a Mutex<Option<(usize, I)>>);
    impl<I> Drop for Stop<'_, I> {
        fn drop(&mut self) {
            *lock(self.0) = None;
        }
    }
    let workers = rayon::current_num_threads().max(1) + 1;
    let source = Mutex::new(Some((0usize, items)));
    let work = &work;
    std::thread::scope(|scope| {
        let (done, results) = std::sync::mpsc::sync_channel::<(usize, R)>(workers);
        let mut handles = Vec::with_capacity(workers);
        for _ in 0..workers {
            let done = done.clone();
            let source = &source;
            handles.push(scope.spawn(move || {
                let _stop = Stop(source);
                loop {
                    // A file whose reading panicked (a bug) is read no further.
                    let next = source.lock().ok().and_then(|mut s| {
                        let (n, items) = s.as_mut()?;
                        let chunk: Vec<Lazy> = items.by_ref().take(CHUNK).collect();
                        (!chunk.is_empty()).then(|| {
                            *n += 1;
                            (*n - 1, chunk)
                        })
                    });
                    let Some((i, chunk)) = next else { break };
                    if done.send((i, work(chunk))).is_err() {
                        break;
                    }
                }
            }));
        }
        drop(done);
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        for (i, r) in results {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&next) {
                each(r)?;
                next += 1;
            }
        }
        for h in handles {
            if let Err(panic) = h.join() {
                std::panic::resume_unwind(panic);
            }
        }
        // Every chunk taken was handed on: a thread that ends without
        // handing its chunk on has panicked, and the panic is raised above.
        debug_assert!(waiting.is_empty());
        Ok(())
    })
}

/// A chunk's results to `each`, in order; bad rows counted and kept (or,
/// with `strict`, the first one stops the run).
fn hand_on<R>(
    results: Vec<Result<R, BadRow>>,
    strict: bool,
    summary: &mut Summary,
    each: &mut impl FnMut(R) -> Result<(), Problem>,
) -> Result<(), Problem> {
    for r in results {
        match r {
            Ok(r) => {
                summary.households += 1;
                each(r)?;
            }
            Err(bad) => {
                if strict {
                    return Err(Problem::Strict(Box::new(bad)));
                }
                summary.bad_count += 1;
                if summary.bad.len() < BAD_KEPT {
                    summary.bad.push(bad);
                }
            }
        }
    }
    Ok(())
}

/// [`run_with`] without a rendering step.
pub fn run(
    items: impl Iterator<Item = Lazy> + Send,
    today: Date,
    reform: Option<&Arc<ukuk_rules::reform::Reform>>,
    strict: bool,
    mut each: impl FnMut(&Evaluated) -> Result<(), Problem>,
) -> Result<Summary, Problem> {
    run_with(items, today, reform, Depth::Full, strict, |e| e, |e| each(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Households that are only their number (as their id).
    fn numbered(n: impl Iterator<Item = u64> + Send + 'static) -> impl Iterator<Item = Lazy> + Send {
        n.map(|i| {
            ready(Item { place: problem::rows(i, i), id: i.to_string(), weight: rust_decimal::Decimal::ONE, household: Err(Vec::new()) })
        })
    }

    fn day() -> Date {
        Date::parse("2026-09-01").unwrap()
    }

    /// `f`'s value, or a failure if it has not come in a minute: a run that
    /// does not stop hangs, and the test should fail instead.
    fn within_a_minute<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        let (send, value) = std::sync::mpsc::channel();
        std::thread::spawn(move || send.send(f()));
        value.recv_timeout(std::time::Duration::from_secs(60)).expect("the run stops")
    }

    /// Chunks of unequal work (some threads finish theirs sooner) are
    /// handed on in the file's order, each once.
    #[test]
    fn chunks_are_handed_on_in_file_order() {
        let work = |chunk: Vec<Lazy>| -> Vec<String> {
            let ids: Vec<String> = chunk.into_iter().map(|f| f(day()).id).collect();
            let first: u64 = ids.first().and_then(|i| i.parse().ok()).unwrap_or(0);
            std::thread::sleep(std::time::Duration::from_millis((first / CHUNK as u64) % 3 * 2));
            ids
        };
        let total = 25 * CHUNK as u64 + 7;
        let mut seen = Vec::new();
        in_order(numbered(0..total), work, |ids| {
            seen.extend(ids);
            Ok(())
        })
        .unwrap();
        let expected: Vec<String> = (0..total).map(|i| i.to_string()).collect();
        assert_eq!(seen, expected);
    }

    /// The first error of the caller's step ends the run, and the reading
    /// and the threads with it: the file here never ends.
    #[test]
    fn an_error_handing_on_stops_the_reading_of_an_endless_file() {
        let (result, handed) = within_a_minute(|| {
            let mut handed = 0;
            let work = |chunk: Vec<Lazy>| chunk.len();
            let result = in_order(numbered(0..), work, |_| {
                handed += 1;
                if handed == 5 {
                    Err(Problem::new("pop-no-rows", &[]))
                } else {
                    Ok(())
                }
            });
            (result, handed)
        });
        assert!(matches!(result, Err(Problem::Text { id: "pop-no-rows", .. })));
        assert_eq!(handed, 5);
    }

    /// A thread that panics (a bug) raises its panic in the caller, and the
    /// reading of an endless file stops: the run neither hangs nor ends as
    /// if all were read.
    #[test]
    fn a_panic_in_a_thread_is_raised_and_stops_the_reading() {
        let work = |chunk: Vec<Lazy>| {
            let ids: Vec<String> = chunk.into_iter().map(|f| f(day()).id).collect();
            if ids.iter().any(|i| i == "5000") {
                panic!("a bug at household 5000");
            }
            ids.len()
        };
        let panic = within_a_minute(move || {
            let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| in_order(numbered(0..), work, |_| Ok(()))));
            run.err().and_then(|p| p.downcast_ref::<&str>().map(|s| s.to_string()))
        });
        assert_eq!(panic.as_deref(), Some("a bug at household 5000"));
    }
}
