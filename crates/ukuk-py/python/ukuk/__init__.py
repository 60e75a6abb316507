"""Ukuk: Kyrgyz state benefits, the same engine as the calculator.

    >>> import ukuk
    >>> result = ukuk.evaluate({"date": "2020-06-15", "members": [...]})
    >>> table = ukuk.evaluate_batch(pyarrow_table_of_people)
    >>> comparison = ukuk.simulate(pyarrow_table_of_people, "reform.toml")

- ``evaluate(household, date=None)``: one household (a dict in the contract's
  input format, ``docs/contract.md``) to its result (a dict): what
  ``ukuk eval`` prints. Input errors raise :class:`UkukError`, whose
  ``errors`` is the contract's error list.
- ``evaluate_batch(table, date=None, reasons=False, strict=False)``: a
  population — the person table of ``ukuk batch`` (one row per person,
  ``household_id``, ``weight``, …) as a ``pyarrow.Table``, a pandas or a
  polars DataFrame — to a ``pyarrow.Table`` with one row per household: for
  each benefit its status and amount (exact decimals). Households that
  cannot be read are left out and listed in ``table.schema.metadata
  [b"ukuk_bad_rows"]`` (JSON), or raise with ``strict=True``.
  A population file's path (Parquet, CSV or JSON Lines) or a
  ``RecordBatchReader`` is read a piece at a time: memory holds one piece
  and the results, however large the file. ``simulate`` takes the same.
- ``evaluate_partition(df, date=None)``: the same for a pandas DataFrame,
  returning one: for ``dask.dataframe.map_partitions`` (a partition must
  hold whole households).
- ``synth(households, seed=1, date=None)``: a synthetic population (the
  person table of ``ukuk synth``: synthetic shapes, not statistics).
- ``simulate(table, reform, date=None)``: a reform (a TOML file's path or
  its text) costed over a population; the dict ``ukuk simulate --json``
  prints.

Everything is computed here, on this machine's cores, without the GIL.
"""

from __future__ import annotations

import json
import os
from typing import Any, Optional

import pyarrow as pa

from . import _ukuk

__all__ = [
    "UkukError",
    "evaluate",
    "evaluate_json",
    "evaluate_batch",
    "evaluate_partition",
    "simulate",
    "synth",
    "result_meta",
    "benefit_ids",
    "CONTRACT_VERSION",
]

CONTRACT_VERSION: int = _ukuk.CONTRACT_VERSION


class UkukError(ValueError):
    """Input the engine cannot evaluate. ``errors`` is the contract's list of
    ``{"path", "code", "message"}`` (or, for a population, of bad rows)."""

    def __init__(self, errors: list):
        self.errors = errors
        first = errors[0] if errors else {}
        where = first.get("path") or first.get("place") or ""
        what = first.get("message") or "; ".join(first.get("problems", [])) or first.get("code", "")
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{where}: {what}{more}" if where else f"{what}{more}")


def benefit_ids() -> list:
    """The benefits' ids, in the order of a result."""
    return list(_ukuk.benefit_ids())


def evaluate_json(text: str, date: Optional[str] = None) -> str:
    """One household as JSON text to the result's JSON text, byte for byte
    what ``ukuk eval`` prints (``{"errors": …}`` for bad input)."""
    out, _ok = _ukuk.evaluate_json(text, date)
    return out


def evaluate(household: dict, date: Optional[str] = None) -> dict:
    """One household (a dict) to its result (a dict). ``date``
    (``YYYY-MM-DD``) is the default for a household without its own; today
    in Bishkek when not given."""
    out, ok = _ukuk.evaluate_json(json.dumps(household, ensure_ascii=False), date)
    result = json.loads(out)
    if not ok:
        raise UkukError(result["errors"])
    return result


def _as_table(table: Any) -> pa.Table:
    if isinstance(table, pa.Table):
        return table
    if isinstance(table, pa.RecordBatch):
        return pa.Table.from_batches([table])
    module = type(table).__module__.split(".")[0]
    if module == "pandas":
        return pa.Table.from_pandas(table, preserve_index=False)
    if module == "polars":
        return table.to_arrow()
    raise TypeError(f"expected a pyarrow.Table or a pandas or polars DataFrame, not {type(table).__name__}")


def _ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _stream(piece: pa.Table) -> Any:
    """A piece for the engine: an Arrow C stream (``__arrow_c_stream__``), so
    that the engine reads the table's buffers where they lie, nothing copied
    or encoded; an IPC stream from a pyarrow without that interface."""
    export = getattr(piece, "__arrow_c_stream__", None)
    return export() if export is not None else _ipc(piece)


# Rows handed to the engine at once: the table is cut into pieces of about
# this many rows, at a household's first row, so that memory holds one piece.
PIECE_ROWS = 200_000


def _pieces(table: pa.Table):
    """The table in pieces of whole households (a household's rows follow
    each other)."""
    n = table.num_rows
    if n <= PIECE_ROWS or "household_id" not in table.column_names:
        yield table
        return
    ids = table.column("household_id")
    start = 0
    while start < n:
        end = min(start + PIECE_ROWS, n)
        # Move the cut forward to the next household's first row.
        while end < n and ids[end] == ids[end - 1]:
            end += 1
        yield table.slice(start, end - start)
        start = end


def evaluate_batch(table: Any, date: Optional[str] = None, reasons: bool = False, strict: bool = False) -> pa.Table:
    """A population's person table to one row per household (see the
    module's help). ``table`` may also be a population file's path
    (Parquet, CSV or JSON Lines, read by the engine as ``ukuk batch`` reads
    it, bad rows named the same way), a ``pyarrow.parquet.ParquetFile``, a
    ``pyarrow.RecordBatchReader`` or an iterable of record batches: those
    are read a piece at a time, so memory holds one piece of the population
    and the results, not the whole person table."""
    is_path = isinstance(table, (str, os.PathLike))
    try:
        if is_path:
            # The file is read by the engine, as ukuk batch reads it.
            out, bad = _ukuk.evaluate_batch_file(os.fspath(table), date, reasons, strict)
        else:
            pieces = (_stream(piece) for piece in _input_pieces(table))
            out, bad = _ukuk.evaluate_batch_pieces(pieces, date, reasons, strict)
    except ValueError as e:
        raise UkukError([{"place": os.fspath(table) if is_path else "", "problems": [str(e)]}]) from None
    result = _results(out)
    if json.loads(bad):
        result = result.replace_schema_metadata({**(result.schema.metadata or {}), b"ukuk_bad_rows": bad.encode()})
    return result


def _results(pieces: list) -> pa.Table:
    """The engine's results: IPC streams of one record batch each, read
    in place (no copy) into one table."""
    readers = [pa.ipc.open_stream(p) for p in pieces]
    return pa.Table.from_batches([b for r in readers for b in r], schema=readers[0].schema)


def _input_pieces(table: Any):
    """Pieces of whole households from any input ``evaluate_batch`` and
    ``simulate`` take but a path."""
    if hasattr(table, "iter_batches") and hasattr(table, "metadata"):
        # A pyarrow.parquet.ParquetFile.
        return _stream_pieces(table.iter_batches(batch_size=PIECE_ROWS))
    if isinstance(table, pa.RecordBatchReader):
        return _stream_pieces(table)
    if isinstance(table, (pa.Table, pa.RecordBatch)) or type(table).__module__.split(".")[0] in ("pandas", "polars"):
        return _pieces(_as_table(table))
    if hasattr(table, "__iter__"):
        return _stream_pieces(iter(table))
    return _pieces(_as_table(table))


def _stream_pieces(batches):
    """Record batches, in file order, as pieces of whole households: the
    rows of the last household of what has arrived wait for the next batch,
    which may continue it."""
    carry = None
    for batch in batches:
        if not isinstance(batch, pa.RecordBatch):
            raise TypeError(f"expected record batches, not {type(batch).__name__}")
        t = pa.Table.from_batches([batch])
        if carry is not None:
            t = pa.concat_tables([carry, t])
        if t.num_rows == 0 or "household_id" not in t.column_names:
            # Nothing to cut (the engine names a missing column).
            if t.num_rows:
                yield t
            carry = None
            continue
        ids = t.column("household_id")
        cut = t.num_rows - 1
        while cut > 0 and ids[cut - 1] == ids[t.num_rows - 1]:
            cut -= 1
        if cut > 0:
            yield t.slice(0, cut)
        carry = t.slice(cut)
        if carry.num_rows >= PIECE_ROWS:
            # One household longer than a piece: the engine refuses it.
            yield carry
            carry = None
    if carry is not None and carry.num_rows:
        yield carry


def evaluate_partition(df: Any, date: Optional[str] = None) -> Any:
    """``evaluate_batch`` for a pandas DataFrame (a Dask partition): returns
    a pandas DataFrame."""
    return evaluate_batch(df, date=date).to_pandas()


def result_meta() -> Any:
    """An empty pandas DataFrame with the columns and types of
    ``evaluate_partition``'s result (Dask's ``meta``)."""
    import pandas as pd  # noqa: F401 (pandas is needed for to_pandas)

    pieces, _ = _ukuk.evaluate_batch_pieces(iter([_ipc(_empty_people())]), "2026-01-01", False, False)
    return _results(pieces).schema.empty_table().to_pandas()


def _empty_people() -> pa.Table:
    return pa.table({"household_id": pa.array([], pa.string()), "member_id": pa.array([], pa.string())})


def synth(households: int, seed: int = 1, date: Optional[str] = None) -> pa.Table:
    """A synthetic population of ``households`` (the person table, its
    columns typed as ``ukuk synth`` writes them: days ``date32``, flags
    ``bool``, counts ``int32``, amounts and weights ``decimal64``), the
    same for the same seed. Synthetic shapes, not statistics:
    no figure computed on it is an estimate for the country."""
    return pa.ipc.open_stream(_ukuk.synth_ipc(households, seed, date)).read_all()


def simulate(table: Any, reform: str, date: Optional[str] = None, strict: bool = False) -> dict:
    """A reform costed over a population. ``reform`` is a TOML file's path,
    or its text (``ukuk help simulate`` shows the format). ``table`` is
    anything ``evaluate_batch`` takes: a file's path is read as ``ukuk
    simulate`` reads it."""
    if "\n" not in reform and os.path.exists(reform):
        name = reform
        with open(reform, encoding="utf-8") as f:
            text = f.read()
    else:
        name, text = "reform.toml", reform
    try:
        if isinstance(table, (str, os.PathLike)):
            # Read a piece at a time, as ukuk simulate reads it.
            return json.loads(_ukuk.simulate_file(os.fspath(table), text, name, date, strict))
        # A piece of whole households at a time, handed over as it is taken.
        pieces = (_stream(piece) for piece in _input_pieces(table))
        return json.loads(_ukuk.simulate_pieces(pieces, text, name, date, strict))
    except ValueError as e:
        raise UkukError([{"place": name, "problems": str(e).splitlines()}]) from None
