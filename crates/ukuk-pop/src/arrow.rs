//! Arrow data for populations: Parquet files (`ukuk synth`, `ukuk batch`)
//! and Arrow record batches (the Python package). The table is the CSV's
//! (`table.rs`, one row per person, the same columns); a column may be
//! text, a whole number, a decimal, a float, a boolean or a date, and each
//! cell gives what the text the CSV would hold gives. A batch whose columns
//! are each text or of their kind's own type (`table::ColumnKind`: what
//! `ukuk synth` writes, `synth_batch`) is read in place, a typed cell as
//! its value (`CellRow`); any other is read cell by cell as text (`cell`),
//! which reports what it cannot read. Results are a table with one row per
//! household: `household_id` and `weight`, then for each benefit its status
//! (text) and amount (decimal, two places; empty when none).

use std::borrow::Cow;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Date32Type, Decimal128Type, Decimal64Type, Float32Type, Float64Type, Int16Type, Int32Type, Int64Type, Int8Type, UInt16Type, UInt32Type,
    UInt64Type, UInt8Type,
};
use arrow_array::{
    Array, ArrayRef, BooleanArray, Decimal128Array, Decimal64Array, LargeStringArray, PrimitiveArray, RecordBatch, StringArray,
    StringViewArray,
};
use arrow_buffer::NullBuffer;
use arrow_schema::{DataType, Field, Schema};
use rust_decimal::Decimal;

use crate::batch::{ready, Item, Lazy, OutRow};
use crate::problem::{self, Problem};
use crate::table::{self, Layout, Row};

/// Why a cell cannot be read: a `pop-cell-*` message and its arguments
/// but the row and the column, which the caller knows.
type CellProblem = (&'static str, Option<(&'static str, String)>);

/// One cell as the CSV would hold it (text is borrowed from the column);
/// `Err` for a type the table cannot hold.
fn cell(col: &dyn Array, i: usize) -> Result<Cow<'_, str>, CellProblem> {
    // A column of the null type (what pandas makes of a column of `None`s) is empty.
    if col.is_null(i) || col.data_type() == &DataType::Null {
        return Ok(Cow::Borrowed(""));
    }
    Ok(Cow::Owned(match col.data_type() {
        DataType::Utf8 => return Ok(Cow::Borrowed(col.as_string::<i32>().value(i))),
        DataType::LargeUtf8 => return Ok(Cow::Borrowed(col.as_string::<i64>().value(i))),
        DataType::Utf8View => return Ok(Cow::Borrowed(col.as_string_view().value(i))),
        DataType::Boolean => col.as_boolean().value(i).to_string(),
        DataType::Int8 => col.as_primitive::<Int8Type>().value(i).to_string(),
        DataType::Int16 => col.as_primitive::<Int16Type>().value(i).to_string(),
        DataType::Int32 => col.as_primitive::<Int32Type>().value(i).to_string(),
        DataType::Int64 => col.as_primitive::<Int64Type>().value(i).to_string(),
        DataType::UInt8 => col.as_primitive::<UInt8Type>().value(i).to_string(),
        DataType::UInt16 => col.as_primitive::<UInt16Type>().value(i).to_string(),
        DataType::UInt32 => col.as_primitive::<UInt32Type>().value(i).to_string(),
        DataType::UInt64 => col.as_primitive::<UInt64Type>().value(i).to_string(),
        // A float column (pandas writes weights and amounts so): its shortest
        // decimal text, exact for what was typed.
        DataType::Float64 => {
            let v = col.as_primitive::<Float64Type>().value(i);
            if v.is_finite() {
                format!("{v}")
            } else {
                return Err(("pop-cell-not-a-number", Some(("value", v.to_string()))));
            }
        }
        DataType::Float32 => {
            let v = col.as_primitive::<Float32Type>().value(i);
            if v.is_finite() {
                format!("{v}")
            } else {
                return Err(("pop-cell-not-a-number", Some(("value", v.to_string()))));
            }
        }
        DataType::Decimal128(_, scale) | DataType::Decimal64(_, scale) => {
            let raw = match col.as_primitive_opt::<Decimal64Type>() {
                Some(d) => i128::from(d.value(i)),
                None => col.as_primitive::<Decimal128Type>().value(i),
            };
            let scale = u32::try_from(*scale).map_err(|_| ("pop-cell-negative-scale", None))?;
            Decimal::try_from_i128_with_scale(raw, scale).map_err(|e| ("pop-cell-decimal", Some(("detail", e.to_string()))))?.to_string()
        }
        DataType::Date32 => {
            let days = col.as_primitive::<Date32Type>().value(i);
            // Arrow counts from 1970-01-01, as ukuk_rules::Date does.
            ukuk_rules::Date::from_days(days).to_string()
        }
        other => return Err(("pop-cell-type", Some(("kind", other.to_string())))),
    }))
}

/// A column of a record batch, its type looked up once for all its cells:
/// text columns are read without a lookup per cell.
enum Column<'a> {
    Utf8(&'a StringArray),
    View(&'a StringViewArray),
    Other(&'a dyn Array),
}

impl<'a> Column<'a> {
    fn of(col: &'a dyn Array) -> Column<'a> {
        if let Some(s) = col.as_string_opt::<i32>() {
            Column::Utf8(s)
        } else if let Some(s) = col.as_string_view_opt() {
            Column::View(s)
        } else {
            Column::Other(col)
        }
    }

    fn cell(&self, i: usize) -> Result<Cow<'a, str>, CellProblem> {
        match self {
            Column::Utf8(s) => Ok(Cow::Borrowed(if s.is_null(i) { "" } else { s.value(i) })),
            Column::View(s) => Ok(Cow::Borrowed(if s.is_null(i) { "" } else { s.value(i) })),
            Column::Other(col) => cell(*col, i),
        }
    }
}

/// A row of a record batch whose columns are each text or of their
/// kind's own type (`table::ColumnKind`), read where it lies. A column with
/// no value in its whole batch (`None`) is not touched again: most
/// households leave most optional columns empty, and each touch of a column
/// is a cache miss.
#[derive(Clone, Copy)]
struct CellRow<'a> {
    columns: &'a Columns,
    i: usize,
    /// The row's cells that hold a value ([`Columns::present`]).
    present: u64,
}

/// A record batch's columns (`None` for one with no value) in the order of
/// [`table::COLUMNS`] ([`Layout::in_order`]), in which a row's cell is
/// found without the layout; `typed` if some column is not text.
struct Columns {
    in_order: Vec<Option<Cells>>,
    typed: bool,
    /// For each row, the columns that hold a value in it: bit `c` for the
    /// column at place `c` of [`table::COLUMNS`]. Found a column at a time
    /// from the columns' nulls, so that an empty cell (most are) is known
    /// without a look at its column.
    present: Vec<u64>,
}

/// A bit for each column in [`Columns::present`].
const _: () = assert!(table::COLUMNS.len() <= 64);

/// What a row of no batch reads: nothing.
static NO_COLUMNS: Columns = Columns { in_order: Vec::new(), typed: false, present: Vec::new() };

impl Columns {
    fn new(in_order: Vec<Option<Cells>>, rows: usize) -> Columns {
        let mut present = vec![0u64; rows];
        for (place, cells) in in_order.iter().enumerate() {
            let Some(cells) = cells else { continue };
            let bit = 1u64 << place;
            match cells.nulls() {
                None => present.iter_mut().for_each(|p| *p |= bit),
                Some(nulls) => {
                    for i in nulls.valid_indices() {
                        if let Some(p) = present.get_mut(i) {
                            *p |= bit;
                        }
                    }
                }
            }
        }
        Columns { typed: in_order.iter().flatten().any(|c| !matches!(c, Cells::Text(_))), in_order, present }
    }
}

/// A column as the quick reading reads it: text, or a value of the
/// column's kind. Whole numbers of any width are widened once per batch.
#[derive(Clone)]
enum Cells {
    Text(Text),
    Date(PrimitiveArray<Date32Type>),
    Flag(BooleanArray),
    Int(PrimitiveArray<Int64Type>),
    UInt(PrimitiveArray<UInt64Type>),
    /// The values and their scale.
    Decimal(Decimal128Array, u32),
    Decimal64(Decimal64Array, u32),
}

impl Cells {
    fn nulls(&self) -> Option<&NullBuffer> {
        match self {
            Cells::Text(t) => t.nulls.as_ref(),
            Cells::Date(a) => a.nulls(),
            Cells::Flag(a) => a.nulls(),
            Cells::Int(a) => a.nulls(),
            Cells::UInt(a) => a.nulls(),
            Cells::Decimal(a, _) => a.nulls(),
            Cells::Decimal64(a, _) => a.nulls(),
        }
    }

    /// The column (of `kind`) if the quick reading can read it (`Some(None)`
    /// if it holds no value); `None` if not: a type the column's kind does
    /// not take, read then as text cell by cell, which reports it.
    fn of(c: &ArrayRef, kind: table::ColumnKind) -> Option<Option<Cells>> {
        use table::ColumnKind as K;
        if let Some(text) = Text::of(c) {
            return Some(text.map(Cells::Text));
        }
        if c.null_count() == c.len() || c.data_type() == &DataType::Null {
            return Some(None);
        }
        let cells = match (kind, c.data_type()) {
            (K::Date, DataType::Date32) => Cells::Date(c.as_primitive::<Date32Type>().clone()),
            (K::Flag, DataType::Boolean) => Cells::Flag(c.as_boolean().clone()),
            (K::Money, DataType::Decimal128(_, scale)) => {
                Cells::Decimal(c.as_primitive::<Decimal128Type>().clone(), u32::try_from(*scale).ok()?)
            }
            (K::Money, DataType::Decimal64(_, scale)) => {
                Cells::Decimal64(c.as_primitive::<Decimal64Type>().clone(), u32::try_from(*scale).ok()?)
            }
            (K::Count | K::Money, DataType::Int64) => Cells::Int(c.as_primitive::<Int64Type>().clone()),
            (K::Count | K::Money, DataType::Int32) => Cells::Int(c.as_primitive::<Int32Type>().unary(i64::from)),
            (K::Count | K::Money, DataType::Int16) => Cells::Int(c.as_primitive::<Int16Type>().unary(i64::from)),
            (K::Count | K::Money, DataType::Int8) => Cells::Int(c.as_primitive::<Int8Type>().unary(i64::from)),
            (K::Count | K::Money, DataType::UInt64) => Cells::UInt(c.as_primitive::<UInt64Type>().clone()),
            (K::Count | K::Money, DataType::UInt32) => Cells::UInt(c.as_primitive::<UInt32Type>().unary(u64::from)),
            (K::Count | K::Money, DataType::UInt16) => Cells::UInt(c.as_primitive::<UInt16Type>().unary(u64::from)),
            (K::Count | K::Money, DataType::UInt8) => Cells::UInt(c.as_primitive::<UInt8Type>().unary(u64::from)),
            _ => return None,
        };
        Some(Some(cells))
    }
}

impl CellRow<'_> {
    /// Whether the row's cell of `column` holds a value.
    #[inline(always)]
    fn has(&self, column: table::Col) -> bool {
        self.present & (1u64 << column as u32) != 0
    }

    #[inline]
    fn cells(&self, column: table::Col) -> Option<&Cells> {
        self.columns.in_order.get(column as usize).and_then(Option::as_ref)
    }

    /// The household's weight (`batch::weight_of` of its text); `None` for
    /// one that the long way reports.
    fn weight(&self) -> Option<Decimal> {
        if !self.has(table::Col::weight) {
            return Some(Decimal::ONE);
        }
        let w = match self.cells(table::Col::weight) {
            None => return Some(Decimal::ONE),
            Some(Cells::Text(t)) => return crate::batch::weight_of(table::trim(t.value(self.i))).ok(),
            Some(c) => self.number(c)?,
        };
        (!w.is_sign_negative() || w.is_zero()).then_some(w)
    }

    /// The number in a typed cell that holds a value; `None` for a column
    /// of no number.
    #[inline]
    fn number(&self, c: &Cells) -> Option<Decimal> {
        let i = self.i;
        match c {
            Cells::Decimal(a, scale) => Decimal::try_from_i128_with_scale(a.value(i), *scale).ok(),
            Cells::Decimal64(a, scale) => Decimal::try_from_i128_with_scale(i128::from(a.value(i)), *scale).ok(),
            Cells::Int(a) => Some(Decimal::from(a.value(i))),
            Cells::UInt(a) => Some(Decimal::from(a.value(i))),
            _ => None,
        }
    }
}

/// A text column: Arrow's strings (pyarrow's), large strings (polars')
/// or string views (what a Parquet file is read as: a dictionary page's
/// values are pointed at, not copied for each row); its nulls kept apart,
/// so that an empty cell is known without looking at the kind.
#[derive(Clone)]
struct Text {
    nulls: Option<NullBuffer>,
    values: Values,
}

#[derive(Clone)]
enum Values {
    Utf8(StringArray),
    Large(LargeStringArray),
    View(StringViewArray),
}

impl Text {
    /// The column if it is text and holds a value (`Some(None)` if it is
    /// text with none); `None` if it is not text.
    fn of(c: &ArrayRef) -> Option<Option<Text>> {
        let values = if let Some(s) = c.as_string_opt::<i32>() {
            Values::Utf8(s.clone())
        } else if let Some(s) = c.as_string_opt::<i64>() {
            Values::Large(s.clone())
        } else {
            Values::View(c.as_string_view_opt()?.clone())
        };
        Some((c.null_count() < c.len()).then(|| Text { nulls: c.nulls().cloned(), values }))
    }

    fn value(&self, i: usize) -> &str {
        match &self.values {
            Values::View(col) => col.value(i),
            Values::Utf8(col) => col.value(i),
            Values::Large(col) => col.value(i),
        }
    }
}

/// A column of text codes (a pandas category, a polars `Categorical`:
/// a dictionary of text) as the plain text column it stands for; any
/// other column as it is.
fn undictionary(c: &ArrayRef) -> ArrayRef {
    let Some(d) = c.as_any_dictionary_opt() else { return Arc::clone(c) };
    let values = d.values();
    let keys = d.normalized_keys();
    let text = |value: fn(&dyn Array, usize) -> &str| -> ArrayRef {
        Arc::new(
            keys.iter()
                .enumerate()
                .map(|(i, &k)| (!c.is_null(i) && !values.is_null(k)).then(|| value(values.as_ref(), k)))
                .collect::<StringArray>(),
        )
    };
    match values.data_type() {
        DataType::Utf8 => text(|v, k| v.as_string::<i32>().value(k)),
        DataType::LargeUtf8 => text(|v, k| v.as_string::<i64>().value(k)),
        DataType::Utf8View => text(|v, k| v.as_string_view().value(k)),
        _ => Arc::clone(c),
    }
}

/// A record batch with its dictionary columns as plain text columns.
fn without_dictionaries(batch: RecordBatch) -> RecordBatch {
    if !batch.columns().iter().any(|c| matches!(c.data_type(), DataType::Dictionary(_, _))) {
        return batch;
    }
    let columns: Vec<ArrayRef> = batch.columns().iter().map(undictionary).collect();
    let fields: Vec<Field> =
        batch.schema().fields().iter().zip(&columns).map(|(f, c)| f.as_ref().clone().with_data_type(c.data_type().clone())).collect();
    // The same rows under the same names: it cannot fail, but if it did the
    // batch would be read as it is, its dictionaries refused cell by cell.
    RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).unwrap_or(batch)
}

/// The values a typed cell holds are the ones its text (`cell`) reads as.
/// An empty cell is known from the row's [`CellRow::present`] alone.
impl table::ByColumn for CellRow<'_> {
    #[inline(always)]
    fn of(&self, _: &Layout, column: table::Col) -> &str {
        if !self.has(column) {
            return "";
        }
        match self.cells(column) {
            Some(Cells::Text(t)) => table::trim(t.value(self.i)),
            _ => "",
        }
    }

    #[inline(always)]
    fn date(&self, layout: &Layout, column: table::Col) -> Option<Option<table::Day>> {
        if !self.has(column) {
            return Some(None);
        }
        self.date_cell(layout, column)
    }

    #[inline(always)]
    fn flag(&self, layout: &Layout, column: table::Col) -> Option<Option<bool>> {
        if !self.has(column) {
            return Some(None);
        }
        match self.cells(column) {
            Some(Cells::Flag(a)) => Some(Some(a.value(self.i))),
            Some(Cells::Text(_)) => table::flag(self.of(layout, column)),
            _ => None,
        }
    }

    #[inline(always)]
    fn count(&self, layout: &Layout, column: table::Col) -> Option<Option<u64>> {
        if !self.has(column) {
            return Some(None);
        }
        self.count_cell(layout, column)
    }

    #[inline(always)]
    fn money(&self, layout: &Layout, column: table::Col) -> Option<Option<Decimal>> {
        if !self.has(column) {
            return Some(None);
        }
        self.money_cell(layout, column)
    }
}

/// The cells of [`table::ByColumn`] that hold a value.
impl CellRow<'_> {
    fn date_cell(&self, layout: &Layout, column: table::Col) -> Option<Option<table::Day>> {
        use table::ByColumn;
        match self.cells(column) {
            Some(Cells::Date(a)) => {
                let d = ukuk_rules::Date::from_days(a.value(self.i));
                let ymd = d.ymd();
                // A day the text would not hold (four digits of year) or
                // `Date::parse` would refuse.
                (ukuk_rules::date::MIN_YEAR..=ukuk_rules::date::MAX_YEAR).contains(&ymd.0).then_some(Some((d, ymd)))
            }
            Some(Cells::Text(_)) => table::day(self.of(layout, column)),
            _ => None,
        }
    }

    fn count_cell(&self, layout: &Layout, column: table::Col) -> Option<Option<u64>> {
        use table::ByColumn;
        match self.cells(column) {
            Some(Cells::UInt(a)) => Some(Some(a.value(self.i))),
            Some(Cells::Int(a)) => u64::try_from(a.value(self.i)).ok().map(Some),
            Some(Cells::Text(_)) => table::count(self.of(layout, column)),
            _ => None,
        }
    }

    fn money_cell(&self, layout: &Layout, column: table::Col) -> Option<Option<Decimal>> {
        use table::ByColumn;
        match self.cells(column) {
            Some(Cells::Text(_)) => table::money(self.of(layout, column)),
            Some(c) => ukuk_rules::input::check::amount(self.number(c)?).ok().map(Some),
            None => Some(None),
        }
    }
}

/// A record batch of the person table with what its households share,
/// found once for all of them: `text` holds each column if all are text
/// (`None` for a column with no value), and is `None` if some column is not
/// text; the layout and names of its columns. A household holds one count
/// of it, not one of each part.
struct Batch {
    batch: RecordBatch,
    columns: Option<Columns>,
    layout: Arc<Layout>,
    names: Arc<[String]>,
}

impl Batch {
    fn new(batch: RecordBatch, layout: Arc<Layout>, names: Arc<[String]>) -> Batch {
        let file: Vec<ArrayRef> = batch.columns().to_vec();
        let in_order = layout.in_order(&file);
        // A repeated column (its first one counts) is read the long way,
        // which looks at every cell.
        let whole = in_order.iter().flatten().count() == file.len();
        // The household id is read apart (`households`), of any type.
        let columns = if whole {
            in_order
                .into_iter()
                .enumerate()
                .map(|(place, c)| match c {
                    Some(c) if place != table::Col::household_id as usize => Cells::of(&c, table::kind(place)),
                    _ => Some(None),
                })
                .collect::<Option<Vec<_>>>()
                .map(|in_order| Columns::new(in_order, batch.num_rows()))
        } else {
            None
        };
        Batch { batch, columns, layout, names }
    }
}

/// A household's rows in a record batch: (batch, first row, rows).
type Piece = (Arc<Batch>, usize, usize);

/// A household's pieces: most have one, kept without a list.
#[derive(Default)]
struct Pieces {
    first: Option<Piece>,
    rest: Vec<Piece>,
}

impl Pieces {
    fn push(&mut self, piece: Piece) {
        if self.first.is_none() {
            self.first = Some(piece);
        } else {
            self.rest.push(piece);
        }
    }
    fn is_empty(&self) -> bool {
        self.first.is_none()
    }
    fn iter(&self) -> impl Iterator<Item = &Piece> + Clone {
        self.first.iter().chain(&self.rest)
    }
}

/// Rows of a household read from the stack when it has no more.
const ROWS_AT_HAND: usize = 16;

/// Households from record batches of the person table, grouped by
/// `household_id` across batches (a household's rows follow each other).
/// `place` names rows `row N` (1 = the first data row). Only the household
/// ids are read here; the cells are read on the core that evaluates the
/// household.
pub fn households(batches: impl Iterator<Item = Result<RecordBatch, Problem>>) -> impl Iterator<Item = Lazy> {
    let mut layout: Option<Arc<Layout>> = None;
    let mut columns: Arc<[String]> = Arc::from(Vec::new());
    // The household being gathered: (batch, first row, rows) pieces, the
    // batch shared (one count, not one for each of its columns).
    let mut pending = Pieces::default();
    let mut pending_id = String::new();
    let mut first_row = 0u64;
    let mut next_row = 0u64;
    let mut batches = batches.fuse();
    let mut queue: std::collections::VecDeque<Lazy> = std::collections::VecDeque::new();
    let mut finished = false;
    let mut ids = crate::batch::Ids::default();
    std::iter::from_fn(move || loop {
        if let Some(x) = queue.pop_front() {
            return Some(x);
        }
        if finished {
            return None;
        }
        // A household's rows, handed on unless its id is empty or came before.
        let mut flush = |pieces: Pieces, id: String, first: u64, last: u64| -> Lazy {
            let place = problem::rows(first, last);
            if let Some(problem) = ids.check(&id) {
                return ready(Item { place, id, weight: Decimal::ONE, household: Err(vec![problem]) });
            }
            Box::new(move |today| {
                // Every piece has the first one's columns (a change of
                // columns within a household is refused as it is read).
                let Some((b, _, _)) = &pieces.first else {
                    return Item { place, id, weight: Decimal::ONE, household: Err(vec![Problem::new("pop-no-rows", &[])]) };
                };
                let (layout, names) = (&b.layout, &b.names);
                // A table whose columns are text or of their kinds' types
                // (what `ukuk synth` writes): its rows are read in place,
                // nothing copied.
                if pieces.iter().all(|(b, _, _)| b.columns.is_some()) {
                    let rows = pieces.iter().flat_map(|(b, start, len)| {
                        let columns = b.columns.as_ref().unwrap_or(&NO_COLUMNS);
                        (*start..start + len).map(move |i| CellRow { columns, i, present: columns.present.get(i).copied().unwrap_or(0) })
                    });
                    let n = rows.clone().count();
                    let mut at_hand = [CellRow { columns: &NO_COLUMNS, i: 0, present: 0 }; ROWS_AT_HAND];
                    let many: Vec<CellRow>;
                    let rows: &[CellRow] = if n <= ROWS_AT_HAND {
                        for (slot, row) in at_hand.iter_mut().zip(rows) {
                            *slot = row;
                        }
                        &at_hand[..n]
                    } else {
                        many = rows.collect();
                        &many
                    };
                    if !pieces.iter().any(|(b, _, _)| b.columns.as_ref().is_some_and(|c| c.typed)) {
                        return crate::batch::table_item(layout, place, id, rows, today);
                    }
                    // Typed columns: read straight, or else as the texts they
                    // stand for (which `table::household` reads and reports).
                    let weight = rows.first().and_then(CellRow::weight);
                    if let (Some(weight), Some(h)) = (weight, weight.and_then(|_| table::read(layout, rows, today))) {
                        #[cfg(debug_assertions)]
                        {
                            let long = as_text(&pieces, layout, names, place.clone(), id.clone(), first, today);
                            assert_eq!(
                                (long.weight, long.household.as_ref().ok()),
                                (weight, Some(&h)),
                                "typed cells read straight differ from their texts"
                            );
                        }
                        return Item { place, id, weight, household: Ok(h) };
                    }
                }
                as_text(&pieces, layout, names, place, id, first, today)
            })
        };
        match batches.next() {
            None => {
                finished = true;
                if !pending.is_empty() {
                    queue.push_back(flush(std::mem::take(&mut pending), std::mem::take(&mut pending_id), first_row, next_row));
                }
            }
            Some(Err(e)) => {
                finished = true;
                queue.push_back(ready(Item {
                    place: problem::rows(next_row + 1, next_row + 1),
                    id: String::new(),
                    weight: Decimal::ONE,
                    household: Err(vec![e]),
                }));
            }
            Some(Ok(batch)) => {
                let batch = without_dictionaries(batch);
                let schema = batch.schema();
                let names: Vec<String> = schema.fields().iter().map(|f| f.name().clone()).collect();
                if layout.is_none() || names[..] != columns[..] {
                    if !pending.is_empty() {
                        finished = true;
                        queue.push_back(ready(Item {
                            place: problem::rows(next_row + 1, next_row + 1),
                            id: String::new(),
                            weight: Decimal::ONE,
                            household: Err(vec![Problem::new("pop-columns-change", &[])]),
                        }));
                        continue;
                    }
                    match Layout::new(&names) {
                        Ok(l) => {
                            layout = Some(Arc::new(l));
                            columns = names.into();
                        }
                        Err(e) => {
                            finished = true;
                            queue.push_back(ready(Item {
                                place: Problem::new("pop-place-header", &[]),
                                id: String::new(),
                                weight: Decimal::ONE,
                                household: Err(vec![e]),
                            }));
                            continue;
                        }
                    }
                }
                let Some(l) = layout.clone() else { continue };
                let Some(id_col) = columns.iter().position(|c| c == "household_id").and_then(|c| batch.columns().get(c).cloned()) else {
                    continue;
                };
                let batch = Arc::new(Batch::new(batch, l, Arc::clone(&columns)));
                let rows = batch.batch.num_rows();
                let ids = Column::of(id_col.as_ref());
                let mut start = 0usize;
                for i in 0..rows {
                    next_row += 1;
                    let id = ids.cell(i).unwrap_or_default();
                    if !pending.is_empty() || i > start {
                        if !table::same_id(&id, &pending_id) {
                            if i > start {
                                pending.push((Arc::clone(&batch), start, i - start));
                            }
                            queue.push_back(flush(std::mem::take(&mut pending), std::mem::take(&mut pending_id), first_row, next_row - 1));
                            start = i;
                            pending_id = id.into_owned();
                            first_row = next_row;
                        }
                    } else {
                        pending_id = id.into_owned();
                        first_row = next_row;
                    }
                }
                if rows > start {
                    pending.push((Arc::clone(&batch), start, rows - start));
                }
            }
        }
    })
}

/// A household's rows read cell by cell as the texts they stand for
/// (`cell`): any table of any types, each cell that cannot be text reported.
fn as_text(pieces: &Pieces, layout: &Layout, names: &[String], place: Problem, id: String, first: u64, today: ukuk_rules::Date) -> Item {
    let mut rows: Vec<Vec<Cow<str>>> = Vec::new();
    let mut problems = Vec::new();
    let mut n = first;
    for (b, start, len) in pieces.iter() {
        let columns: Vec<Column> = b.batch.columns().iter().map(|c| Column::of(c.as_ref())).collect();
        for i in *start..start + len {
            let mut row = Vec::with_capacity(names.len());
            for (c, col) in columns.iter().enumerate() {
                match col.cell(i) {
                    Ok(v) => row.push(v),
                    Err((id, arg)) => {
                        let mut args = vec![("row", n.to_string()), ("column", names.get(c).map_or("?", String::as_str).to_string())];
                        args.extend(arg);
                        problems.push(Problem::Text { id, args });
                        row.push(Cow::Borrowed(""));
                    }
                }
            }
            rows.push(row);
            n += 1;
        }
    }
    if problems.is_empty() {
        crate::batch::table_item(layout, place, id, &rows, today)
    } else {
        Item { place, id, weight: Decimal::ONE, household: Err(problems) }
    }
}

/// The households of a Parquet file (the person table).
pub fn read_parquet(path: &Path) -> Result<impl Iterator<Item = Lazy> + Send, Problem> {
    let in_file = |e: &dyn std::fmt::Display| Problem::new("pop-file", &[("file", &path.display()), ("detail", e)]);
    let file = File::open(path).map_err(|e| in_file(&e))?;
    use parquet::arrow::arrow_reader::{ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReaderBuilder};
    let not_parquet = |e: parquet::errors::ParquetError| Problem::new("pop-not-parquet", &[("file", &path.display()), ("detail", &e)]);
    let meta = ArrowReaderMetadata::load(&file, ArrowReaderOptions::new()).map_err(not_parquet)?;
    // Text columns are read as string views: a dictionary page's values
    // (what most cells are) are pointed at, not copied for each row.
    let views: Vec<Field> = meta
        .schema()
        .fields()
        .iter()
        .map(|f| match f.data_type() {
            DataType::Utf8 | DataType::LargeUtf8 => f.as_ref().clone().with_data_type(DataType::Utf8View),
            DataType::Dictionary(_, v) if matches!(v.as_ref(), DataType::Utf8 | DataType::LargeUtf8) => {
                f.as_ref().clone().with_data_type(DataType::Utf8View)
            }
            _ => f.as_ref().clone(),
        })
        .collect();
    let meta =
        ArrowReaderMetadata::try_new(Arc::clone(meta.metadata()), ArrowReaderOptions::new().with_schema(Arc::new(Schema::new(views))))
            .map_err(not_parquet)?;
    let builder = ParquetRecordBatchReaderBuilder::new_with_metadata(file, meta);
    let mask = parquet::arrow::ProjectionMask::roots(builder.parquet_schema(), columns_with_values(builder.metadata()));
    // Small record batches (2 048 rows, some 430 households; a chunk of
    // batch::CHUNK households spans a few): a batch's columns are read soon
    // after they are decoded, while they are in the processor's cache.
    let reader = builder.with_projection(mask).with_batch_size(2048).build().map_err(|e| in_file(&e))?;
    Ok(households(reader.map(|b| b.map_err(Problem::detail))))
}

/// The columns a Parquet file's households need read: all but the table's
/// optional columns that its statistics show empty in every row group (as
/// most are: few households have an officer's or a job seeker's facts). A
/// column left out reads as empty, as it would read; an unknown column is
/// kept, for the reading to report.
fn columns_with_values(meta: &parquet::file::metadata::ParquetMetaData) -> Vec<usize> {
    let schema = meta.file_metadata().schema_descr();
    // Only a flat table's columns are its roots (any other is refused as read).
    if schema.root_schema().get_fields().len() != schema.num_columns() {
        return (0..schema.root_schema().get_fields().len()).collect();
    }
    (0..schema.num_columns())
        .filter(|&c| {
            let name = schema.column(c).name().to_string();
            let optional = table::COLUMNS.contains(&name.as_str()) && name != "household_id" && name != "member_id";
            let empty = |g: &parquet::file::metadata::RowGroupMetaData| {
                let rows = u64::try_from(g.num_rows()).unwrap_or(u64::MAX);
                g.column(c).statistics().and_then(|s| s.null_count_opt()) == Some(rows)
            };
            !optional || !meta.row_groups().iter().all(empty)
        })
        .collect()
}

/// The schema of a results table.
pub fn results_schema(reasons: bool) -> Arc<Schema> {
    let mut fields = vec![Field::new("household_id", DataType::Utf8, false), Field::new("weight", DataType::Decimal128(38, 10), false)];
    for id in ukuk_rules::benefit_ids() {
        fields.push(Field::new(format!("{id}_status"), DataType::Utf8, true));
        fields.push(Field::new(format!("{id}_amount"), DataType::Decimal128(18, 2), true));
    }
    if reasons {
        fields.push(Field::new("reasons", DataType::Utf8, true));
    }
    Arc::new(Schema::new(fields))
}

/// A decimal's mantissa at `scale` (at least its own: every amount and
/// weight has fewer places than its column), found without `rescale`'s
/// division when it has fewer places.
fn mantissa_at(mut d: Decimal, scale: u32) -> i128 {
    let more = scale.checked_sub(d.scale()).and_then(|more| 10i128.checked_pow(more));
    match more.and_then(|p| d.mantissa().checked_mul(p)) {
        Some(m) => m,
        None => {
            d.rescale(scale);
            d.mantissa()
        }
    }
}

/// Output rows as a record batch of `results_schema`, from their values.
/// Each row is read once, its cells put in every column's builder (a row's
/// benefits lie apart from the row; reading them a column at a time would
/// fetch them once for each column).
pub fn results_batch(rows: &[OutRow], reasons: bool) -> Result<RecordBatch, String> {
    use arrow_array::builder::{Decimal128Builder, StringBuilder};
    let schema = results_schema(reasons);
    let n = rows.len();
    let benefits = ukuk_rules::benefits::REGISTRY.len();
    let mut ids = StringBuilder::with_capacity(n, rows.iter().map(|r| r.id.len()).sum());
    let mut weights = Decimal128Builder::with_capacity(n);
    let mut statuses: Vec<StringBuilder> = (0..benefits).map(|_| StringBuilder::with_capacity(n, n * 12)).collect();
    let mut amounts: Vec<Decimal128Builder> = (0..benefits).map(|_| Decimal128Builder::with_capacity(n)).collect();
    for r in rows {
        ids.append_value(&r.id);
        weights.append_value(mantissa_at(r.weight, 10));
        for (b, (status, amount)) in statuses.iter_mut().zip(amounts.iter_mut()).enumerate() {
            let (s, a) = r.benefits.get(b).copied().unwrap_or((None, None));
            status.append_option(s.map(crate::batch::status_code));
            amount.append_option(a.map(|a| mantissa_at(a, 2)));
        }
    }
    let mut arrays: Vec<ArrayRef> = Vec::with_capacity(schema.fields().len());
    arrays.push(Arc::new(ids.finish()));
    arrays.push(Arc::new(weights.finish().with_precision_and_scale(38, 10).map_err(|e| e.to_string())?));
    for (mut status, mut amount) in statuses.into_iter().zip(amounts) {
        arrays.push(Arc::new(status.finish()));
        arrays.push(Arc::new(amount.finish().with_precision_and_scale(18, 2).map_err(|e| e.to_string())?));
    }
    if reasons {
        arrays.push(Arc::new(rows.iter().map(|r| r.reasons.as_deref()).collect::<StringArray>()));
    }
    RecordBatch::try_new(schema, arrays).map_err(|e| e.to_string())
}

/// The places of a decimal column as `ukuk synth` writes it: a weight has
/// four, an amount or a coefficient two.
fn places(c: table::Col) -> i8 {
    if c == table::Col::weight {
        4
    } else {
        2
    }
}

/// The Arrow type of a column as `ukuk synth` writes it: its kind's own
/// (`date32`, `boolean`, `int32`, `decimal64(18, places)`), text for ids
/// and codes.
fn synth_type(place: usize) -> DataType {
    use table::ColumnKind as K;
    match table::kind(place) {
        K::Text => DataType::Utf8,
        K::Date => DataType::Date32,
        K::Flag => DataType::Boolean,
        K::Count => DataType::Int32,
        K::Money => DataType::Decimal64(18, places(table::ALL[place])),
    }
}

/// The person table as a record batch of text columns, as the CSV holds it.
pub fn table_batch(rows: &[Row]) -> Result<RecordBatch, String> {
    let names = table::columns();
    let fields: Vec<Field> = names.iter().map(|n| Field::new(n, DataType::Utf8, true)).collect();
    let arrays: Vec<ArrayRef> = (0..names.len())
        .map(|c| Arc::new(rows.iter().map(|r| r.get(c).map(String::as_str).filter(|v| !v.is_empty())).collect::<StringArray>()) as ArrayRef)
        .collect();
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).map_err(|e| e.to_string())
}

/// The person table as `ukuk synth` writes it to Parquet and Arrow: typed
/// columns (`synth_type`), each cell the value its text stands for, which
/// reads back as that text (`cell`); a text that would not is an error,
/// never a changed value.
pub fn synth_batch(rows: &[Row]) -> Result<RecordBatch, String> {
    use arrow_array::{BooleanArray, Date32Array, Int32Array};
    let names = table::columns();
    let fields: Vec<Field> = names.iter().enumerate().map(|(place, n)| Field::new(n, synth_type(place), true)).collect();
    let mut arrays: Vec<ArrayRef> = Vec::with_capacity(names.len());
    for (place, field) in fields.iter().enumerate() {
        let texts = rows.iter().map(|r| r.get(place).map(String::as_str).filter(|v| !v.is_empty()));
        let bad = |v: &str| format!("column {}: {v:?} is not a {}", field.name(), field.data_type());
        let array: ArrayRef = match field.data_type() {
            DataType::Date32 => Arc::new(
                texts
                    .map(|v| {
                        v.map(|v| ukuk_rules::Date::parse(v).filter(|d| d.to_string() == v).map(|d| d.days()).ok_or_else(|| bad(v)))
                            .transpose()
                    })
                    .collect::<Result<Date32Array, String>>()?,
            ),
            DataType::Boolean => Arc::new(
                texts
                    .map(|v| v.map(|v| table::flag(v).flatten().ok_or_else(|| bad(v))).transpose())
                    .collect::<Result<BooleanArray, String>>()?,
            ),
            DataType::Int32 => Arc::new(
                texts
                    .map(|v| v.map(|v| v.parse::<i32>().ok().filter(|n| n.to_string() == v).ok_or_else(|| bad(v))).transpose())
                    .collect::<Result<Int32Array, String>>()?,
            ),
            DataType::Decimal64(precision, scale) => {
                let to = u32::try_from(*scale).unwrap_or(0);
                let values = texts
                    .map(|v| {
                        v.map(|v| {
                            ukuk_rules::input::parse_decimal(v)
                                .filter(|d| {
                                    d.scale() == to && d.to_string() == v && d.mantissa().unsigned_abs() < 10u128.pow(u32::from(*precision))
                                })
                                .and_then(|d| i64::try_from(d.mantissa()).ok())
                                .ok_or_else(|| bad(v))
                        })
                        .transpose()
                    })
                    .collect::<Result<Decimal64Array, String>>()?;
                Arc::new(values.with_precision_and_scale(*precision, *scale).map_err(|e| e.to_string())?)
            }
            _ => Arc::new(texts.collect::<StringArray>()),
        };
        arrays.push(array);
    }
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).map_err(|e| e.to_string())
}

/// A Parquet file written a record batch at a time.
pub struct ParquetSink {
    writer: parquet::arrow::ArrowWriter<File>,
}

impl ParquetSink {
    pub fn create(path: &Path, schema: Arc<Schema>) -> Result<ParquetSink, Problem> {
        let file = File::create(path).map_err(|e| Problem::new("pop-file", &[("file", &path.display()), ("detail", &e)]))?;
        use parquet::schema::types::ColumnPath;
        // Household ids are distinct: a dictionary of them would only cost;
        // and their order as text is no order a reader looks for (`h10`
        // comes before `h9`), so their minimum and maximum are not computed.
        let mut props = parquet::file::properties::WriterProperties::builder()
            .set_compression(parquet::basic::Compression::SNAPPY)
            .set_column_dictionary_enabled(ColumnPath::from("household_id"), false)
            .set_column_statistics_enabled(ColumnPath::from("household_id"), parquet::file::properties::EnabledStatistics::None);
        // A status column's pages each hold every status, so its minimum and
        // maximum would let a reader skip nothing; they are not computed.
        for f in schema.fields().iter().filter(|f| f.name().ends_with("_status")) {
            props = props
                .set_column_statistics_enabled(ColumnPath::from(f.name().as_str()), parquet::file::properties::EnabledStatistics::None);
        }
        let props = props.build();
        let writer = parquet::arrow::ArrowWriter::try_new(file, schema, Some(props)).map_err(Problem::detail)?;
        Ok(ParquetSink { writer })
    }
    pub fn write(&mut self, batch: &RecordBatch) -> Result<(), Problem> {
        self.writer.write(batch).map_err(Problem::detail)
    }
    pub fn finish(self) -> Result<(), Problem> {
        self.writer.close().map(|_| ()).map_err(Problem::detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Parquet file's optional columns empty in every row group are not
    /// read; an empty column the table does not know is, to be refused.
    #[test]
    fn empty_known_columns_are_left_unread() {
        let names = ["household_id", "member_id", "hiv", "sex", "salary"];
        let column = |values: [Option<&str>; 2]| Arc::new(StringArray::from(values.to_vec())) as ArrayRef;
        let fields: Vec<Field> = names.iter().map(|n| Field::new(*n, DataType::Utf8, true)).collect();
        let batch = RecordBatch::try_new(
            Arc::new(Schema::new(fields)),
            vec![
                column([Some("h1"), Some("h1")]),
                column([Some("m1"), Some("m2")]),
                column([None, None]),
                column([None, Some("female")]),
                column([None, None]),
            ],
        )
        .unwrap();
        let path = std::env::temp_dir().join(format!("ukuk-empty-columns-{}.parquet", std::process::id()));
        let mut sink = ParquetSink::create(&path, batch.schema()).unwrap();
        sink.write(&batch).unwrap();
        sink.finish().unwrap();
        let builder = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(File::open(&path).unwrap()).unwrap();
        assert_eq!(columns_with_values(builder.metadata()), vec![0, 1, 3, 4]);
        std::fs::remove_file(&path).unwrap();
    }
}
