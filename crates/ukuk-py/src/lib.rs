//! `ukuk._ukuk`: the engine behind the `ukuk` Python package
//! (`python/ukuk/__init__.py` is the public face). Households go in and
//! results come out as the contract's JSON text; populations go in as Arrow
//! C streams (pyarrow's buffers, read in place) or IPC streams, handed over
//! a piece at a time, or as a file's path the engine reads, and results come
//! out as Arrow IPC streams, one record batch each.
//! The computing is `ukuk-rules` and `ukuk-pop`, the same as `ukuk eval`,
//! `ukuk batch` and `ukuk simulate`; it runs without the GIL, on all cores.

use std::io::Cursor;

/// mimalloc, as in `ukuk` (the command line): every core allocates and frees
/// results at once, which the system allocator serializes. Through the
/// `mimalloc` crate's allocator, not as `malloc` as the command line has it:
/// an extension loaded into Python's process must leave Python's `malloc`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::sync::Arc;

use arrow_array::ffi_stream::{FFI_ArrowArrayStream, RecordBatchStreamReader};
use arrow_array::RecordBatch;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyCapsule, PyIterator, PyList};
use ukuk_pop::batch::{self, Depth};
use ukuk_pop::problem::Problem;
use ukuk_rules::Date;

/// Today in Bishkek (UTC+6).
fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    Date::from_days(((secs + 6 * 3600).div_euclid(86_400)) as i32)
}

fn date_of(date: Option<&str>) -> PyResult<Date> {
    match date {
        None => Ok(today()),
        Some(d) => Date::parse(d).ok_or_else(|| PyValueError::new_err(format!("'{d}' is not a date of the form YYYY-MM-DD"))),
    }
}

/// One household, JSON text in and out: exactly what `ukuk eval` prints.
/// Returns the text and whether it is a result (`False`: `{"errors": …}`).
#[pyfunction]
#[pyo3(signature = (text, date=None))]
fn evaluate_json(py: Python<'_>, text: &str, date: Option<&str>) -> PyResult<(String, bool)> {
    let today = date_of(date)?;
    Ok(py.detach(|| ukuk_rules::evaluate_to_json(text, today)))
}

/// A population, given as a Python iterator of pieces of whole households
/// in order ([`Piece`]: Arrow C or IPC streams; `ukuk.evaluate_batch` on a
/// table or a batch reader), through the engine; returns the results as
/// Arrow IPC streams ([`results_pieces`]) and the bad rows as JSON (`[{"place", "id", "problems"}]`), their
/// rows counted across the pieces as in one file.
#[pyfunction]
#[pyo3(signature = (pieces, date=None, reasons=false, strict=false))]
fn evaluate_batch_pieces<'py>(
    py: Python<'py>,
    pieces: Bound<'py, PyAny>,
    date: Option<&str>,
    reasons: bool,
    strict: bool,
) -> PyResult<(Bound<'py, PyList>, String)> {
    let today = date_of(date)?;
    let pieces: Py<PyIterator> = pieces.try_iter()?.unbind();
    let (out, bad) = py
        .detach(|| evaluate_items(ukuk_pop::arrow::households(batches_of_pieces(pieces)), today, reasons, strict))
        .map_err(PyValueError::new_err)?;
    Ok((results_pieces(py, out)?, bad))
}

/// The same for a population file (Parquet, CSV or JSON Lines, by its
/// extension), read as `ukuk batch` reads it: a piece at a time, so memory
/// holds the results, not the file; bad rows are named as `ukuk batch`
/// names them (row group and row, or line).
#[pyfunction]
#[pyo3(signature = (path, date=None, reasons=false, strict=false))]
fn evaluate_batch_file<'py>(
    py: Python<'py>,
    path: std::path::PathBuf,
    date: Option<&str>,
    reasons: bool,
    strict: bool,
) -> PyResult<(Bound<'py, PyList>, String)> {
    let today = date_of(date)?;
    let (out, bad) = py
        .detach(|| evaluate_items(batch::open(&path).map_err(|p| p.to_string())?, today, reasons, strict))
        .map_err(PyValueError::new_err)?;
    Ok((results_pieces(py, out)?, bad))
}

/// The results as a list of `bytes`, each an Arrow IPC stream of the
/// results' schema and one record batch (of no row when no household was
/// evaluated). Each
/// piece is handed to Python and freed here in turn, and pyarrow reads the
/// pieces in place: memory holds the results once, where one stream of
/// them all was held twice, in Rust then in Python (and more while it grew).
fn results_pieces(py: Python<'_>, pieces: Vec<Vec<u8>>) -> PyResult<Bound<'_, PyList>> {
    let list = PyList::empty(py);
    for piece in pieces {
        list.append(PyBytes::new(py, &piece))?;
    }
    Ok(list)
}

/// Households through the engine on all cores: the results as Arrow IPC
/// streams of one record batch each, a chunk of rows at a time (at least
/// one stream, which carries the schema), and the bad rows as JSON.
fn evaluate_items(
    items: impl Iterator<Item = batch::Lazy> + Send,
    today: Date,
    reasons: bool,
    strict: bool,
) -> Result<(Vec<Vec<u8>>, String), String> {
    let depth = if reasons { Depth::Full } else { Depth::Lean };
    let schema = ukuk_pop::arrow::results_schema(reasons);
    let stream = |rows: &[batch::OutRow]| -> Result<Vec<u8>, String> {
        let mut buf = Vec::new();
        let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut buf, &schema).map_err(|e| e.to_string())?;
        w.write(&ukuk_pop::arrow::results_batch(rows, reasons)?).map_err(|e| e.to_string())?;
        w.finish().map_err(|e| e.to_string())?;
        drop(w);
        Ok(buf)
    };
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    let mut rows: Vec<batch::OutRow> = Vec::new();
    let render = |e: batch::Evaluated| e.result.as_ref().map(|o| batch::OutRow::of(e.id, e.weight, o, reasons)).unwrap_or_default();
    let summary = batch::run_with(items, today, None, depth, strict, render, |row| {
        rows.push(row);
        if rows.len() >= batch::RESULT_ROWS {
            pieces.push(stream(&rows)?);
            rows.clear();
        }
        Ok(())
    })?;
    if !rows.is_empty() || pieces.is_empty() {
        pieces.push(stream(&rows)?);
    }
    let bad: Vec<serde_json::Value> =
        summary.bad.iter().map(|b| serde_json::json!({"place": b.place.to_string(), "id": b.id, "problems": b.problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()})).collect();
    Ok((pieces, serde_json::Value::Array(bad).to_string()))
}

/// A reform's TOML text, checked as `ukuk simulate` checks a file; an error
/// names its line.
fn reform_of(name: &str, text: &str) -> PyResult<Arc<ukuk_rules::reform::Reform>> {
    ukuk_pop::simulate::read_reform_text(name, text)
        .map(Arc::new)
        .map_err(|e| PyValueError::new_err(e.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")))
}

/// A reform costed over households on all cores, without the GIL; the
/// comparison as JSON, as `ukuk simulate --json` prints it.
fn simulate_items(
    py: Python<'_>,
    items: impl FnOnce() -> Result<Box<dyn Iterator<Item = batch::Lazy> + Send>, String> + Send,
    reform: &str,
    name: &str,
    date: Option<&str>,
    strict: bool,
) -> PyResult<String> {
    let today = date_of(date)?;
    let reform = reform_of(name, reform)?;
    py.detach(|| -> Result<String, String> {
        let c = ukuk_pop::simulate::simulate(items()?, today, &reform, strict)?;
        Ok(ukuk_pop::simulate::comparison_json(&c))
    })
    .map_err(PyValueError::new_err)
}

/// A reform (TOML text) costed over a population file (Parquet, CSV or JSON
/// Lines), read a piece at a time as `ukuk simulate` reads it.
#[pyfunction]
#[pyo3(signature = (path, reform, name="reform.toml", date=None, strict=false))]
fn simulate_file(py: Python<'_>, path: std::path::PathBuf, reform: &str, name: &str, date: Option<&str>, strict: bool) -> PyResult<String> {
    simulate_items(py, || batch::open(&path).map_err(|p| p.to_string()), reform, name, date, strict)
}

/// A piece of a population as Python hands it over: an Arrow C stream (a
/// `PyCapsule` named `arrow_array_stream`, from `__arrow_c_stream__`: the
/// table's buffers are read where they lie, nothing copied), or an Arrow
/// IPC stream (`bytes`).
type Piece = Box<dyn Iterator<Item = Result<RecordBatch, arrow_schema::ArrowError>> + Send>;

fn piece_of(item: &Bound<'_, PyAny>) -> Result<Piece, String> {
    if let Ok(capsule) = item.cast::<PyCapsule>() {
        let ptr = capsule.pointer_checked(Some(c"arrow_array_stream")).map_err(|e| e.to_string())?;
        // SAFETY: a capsule named `arrow_array_stream` holds an
        // `ArrowArrayStream` (the Arrow PyCapsule interface). `from_raw`
        // moves the stream out and leaves it released, as the interface
        // asks of a consumer: the capsule's destructor then frees nothing
        // twice. The stream's producer (pyarrow) takes the GIL itself
        // where its release needs it.
        let stream = unsafe { FFI_ArrowArrayStream::from_raw(ptr.as_ptr().cast()) };
        let reader = RecordBatchStreamReader::try_new(stream).map_err(|e| format!("not an Arrow C stream: {e}"))?;
        return Ok(Box::new(reader));
    }
    let bytes = item.extract::<Vec<u8>>().map_err(|e| e.to_string())?;
    let reader = arrow_ipc::reader::StreamReader::try_new(Cursor::new(bytes), None).map_err(|e| format!("not an Arrow IPC stream: {e}"))?;
    Ok(Box::new(reader))
}

/// Record batches from a Python iterator of pieces of the population (Arrow
/// C streams or IPC streams, see [`Piece`]), taken a piece at a time by
/// whichever of the engine's threads is reading (they take turns), which
/// holds the GIL only while it takes the next piece: memory holds the piece
/// being read, not the whole population.
fn batches_of_pieces(pieces: Py<PyIterator>) -> impl Iterator<Item = Result<RecordBatch, Problem>> + Send {
    let mut current: Option<Piece> = None;
    let mut done = false;
    std::iter::from_fn(move || loop {
        if let Some(reader) = current.as_mut() {
            match reader.next() {
                Some(b) => return Some(b.map_err(Problem::detail)),
                None => current = None,
            }
        }
        if done {
            return None;
        }
        let piece: Option<Result<Piece, String>> = Python::attach(|py| {
            let mut it = pieces.bind(py).clone();
            it.next().map(|item| item.map_err(|e| e.to_string()).and_then(|i| piece_of(&i)))
        });
        match piece {
            None => done = true,
            Some(Err(e)) => {
                done = true;
                return Some(Err(Problem::detail(e)));
            }
            Some(Ok(reader)) => current = Some(reader),
        }
    })
}

/// A reform costed over a population given as a Python iterator of pieces
/// of whole households in order ([`Piece`]; `ukuk.simulate` on a table or a
/// batch reader): rows are counted across the pieces, as in one file.
#[pyfunction]
#[pyo3(signature = (pieces, reform, name="reform.toml", date=None, strict=false))]
fn simulate_pieces(
    py: Python<'_>,
    pieces: Bound<'_, PyAny>,
    reform: &str,
    name: &str,
    date: Option<&str>,
    strict: bool,
) -> PyResult<String> {
    let pieces: Py<PyIterator> = pieces.try_iter()?.unbind();
    simulate_items(py, || Ok(Box::new(ukuk_pop::arrow::households(batches_of_pieces(pieces))) as Box<_>), reform, name, date, strict)
}

/// A synthetic population (`ukuk synth`) as an Arrow IPC stream of the
/// person table.
#[pyfunction]
#[pyo3(signature = (households, seed=1, date=None))]
fn synth_ipc<'py>(py: Python<'py>, households: u64, seed: u64, date: Option<&str>) -> PyResult<Bound<'py, PyBytes>> {
    let on = date_of(date)?;
    let out = py
        .detach(|| -> Result<Vec<u8>, String> {
            let schema = ukuk_pop::arrow::synth_batch(&[])?.schema();
            let mut buf = Vec::new();
            {
                let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut buf, &schema).map_err(|e| e.to_string())?;
                let mut rows = Vec::new();
                for h in ukuk_pop::synth::population(households, seed, on) {
                    rows.extend(ukuk_pop::table::rows(&h.id, &h.weight, &h.household).ok_or("a household the table cannot carry")?);
                    if rows.len() >= 65_536 {
                        w.write(&ukuk_pop::arrow::synth_batch(&rows)?).map_err(|e| e.to_string())?;
                        rows.clear();
                    }
                }
                if !rows.is_empty() {
                    w.write(&ukuk_pop::arrow::synth_batch(&rows)?).map_err(|e| e.to_string())?;
                }
                w.finish().map_err(|e| e.to_string())?;
            }
            Ok(buf)
        })
        .map_err(PyValueError::new_err)?;
    Ok(PyBytes::new(py, &out))
}

/// The ids of the benefits, in the order of a result.
#[pyfunction]
fn benefit_ids() -> Vec<&'static str> {
    ukuk_rules::benefit_ids()
}

#[pymodule]
fn _ukuk(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(evaluate_json, m)?)?;
    m.add_function(wrap_pyfunction!(evaluate_batch_pieces, m)?)?;
    m.add_function(wrap_pyfunction!(evaluate_batch_file, m)?)?;
    m.add_function(wrap_pyfunction!(simulate_file, m)?)?;
    m.add_function(wrap_pyfunction!(simulate_pieces, m)?)?;
    m.add_function(wrap_pyfunction!(benefit_ids, m)?)?;
    m.add_function(wrap_pyfunction!(synth_ipc, m)?)?;
    m.add("CONTRACT_VERSION", ukuk_rules::output::VERSION)?;
    Ok(())
}
