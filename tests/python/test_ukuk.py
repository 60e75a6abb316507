"""The `ukuk` Python package against the command line: the same engine, so
the same bytes. Run by `cargo xtask test` (pytest), which sets UKUK_CLI (the
`ukuk` binary) and UKUK_JSAPI_CASES (the case inputs as JSON, with their
dates in cases.json)."""

import json
import os
import subprocess
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import ukuk

CLI = os.environ.get("UKUK_CLI")
CASES = os.environ.get("UKUK_JSAPI_CASES")
ROOT = Path(__file__).resolve().parents[2]
HANDBOOK = ROOT / "tests" / "examples" / "handbook-family.json"
REFORM = ROOT / "examples" / "reform-gmi-1500.toml"
DATE = "2026-09-01"

needs_cli = pytest.mark.skipif(not CLI, reason="UKUK_CLI is not set")


def run(*args, check=True):
    return subprocess.run([CLI, "--lang", "en", *map(str, args)], capture_output=True, text=True, check=check)


@needs_cli
@pytest.mark.skipif(not CASES, reason="UKUK_JSAPI_CASES is not set")
def test_evaluate_json_is_ukuk_eval_byte_for_byte_on_every_case_input():
    cases = json.loads((Path(CASES) / "cases.json").read_text())
    assert len(cases) > 200
    for case in cases:
        path = Path(CASES) / case["file"]
        text = path.read_text()
        printed = subprocess.run([CLI, "eval", "--today", case["today"], str(path)], capture_output=True).stdout.decode()
        assert ukuk.evaluate_json(text, case["today"]) == printed, case["name"]
        # The dict API: the same result, or the same errors as an exception.
        try:
            household = json.loads(text)
        except ValueError:
            continue
        if isinstance(household, dict):
            expected = json.loads(printed)
            if "errors" in expected:
                with pytest.raises(ukuk.UkukError) as e:
                    ukuk.evaluate(household, case["today"])
                assert e.value.errors == expected["errors"], case["name"]
            else:
                assert ukuk.evaluate(household, case["today"]) == expected, case["name"]


def test_evaluate_the_handbook_family():
    result = ukuk.evaluate(json.loads(HANDBOOK.read_text()))
    fa = next(b for b in result["benefits"] if b["id"] == "family_assistance")
    assert (fa["status"], fa["amount"]) == ("eligible", "2430.00")
    assert result["version"] == ukuk.CONTRACT_VERSION


def test_errors_are_exceptions_with_the_contract_error_list():
    with pytest.raises(ukuk.UkukError) as e:
        ukuk.evaluate({"members": [{"id": "a", "birth_date": "2090-01-01", "sex": "female"}]}, "2020-06-15")
    assert e.value.errors[0]["path"] == "members[0].birth_date"
    assert e.value.errors[0]["code"]
    with pytest.raises(ValueError):
        ukuk.evaluate({"members": []}, "not a date")


@pytest.fixture(scope="module")
def population(tmp_path_factory):
    """A synthetic population (ukuk synth) as Parquet and JSON Lines, and ukuk batch's results."""
    if not CLI:
        pytest.skip("UKUK_CLI is not set")
    d = tmp_path_factory.mktemp("pop")
    run("synth", "--households", 3000, "--seed", 11, "--date", DATE, "--out", d / "pop.parquet")
    run("synth", "--households", 3000, "--seed", 11, "--date", DATE, "--out", d / "pop.csv")
    run("batch", d / "pop.parquet", "--out", d / "results.parquet", "--date", DATE)
    return d


def test_evaluate_batch_equals_ukuk_batch(population):
    people = pq.read_table(population / "pop.parquet")
    out = ukuk.evaluate_batch(people, date=DATE)
    expected = pq.read_table(population / "results.parquet")
    assert out.num_rows == 3000
    assert out.equals(expected)
    assert out.schema.field("family_assistance_amount").type == pa.decimal128(18, 2)
    # pandas in, the same out (amounts as exact decimals).
    df = people.to_pandas()
    assert ukuk.evaluate_batch(df, date=DATE).equals(expected)
    fa = out.column("family_assistance_amount").to_pylist()
    assert all(a is None or isinstance(a, Decimal) for a in fa)


def test_a_typed_table_reads_as_the_text_one(population):
    """The typed columns `ukuk synth` writes (dates, booleans, whole numbers,
    decimals), the columns pandas makes of them (whole numbers with gaps as
    floats, dates as objects), and the CSV's text columns all give the same
    results."""
    import pyarrow.csv as pcsv

    typed = pq.read_table(population / "pop.parquet")
    assert typed.schema.field("birth_date").type == pa.date32()
    assert typed.schema.field("income_wages").type == pa.decimal64(18, 2)
    strings = pcsv.ConvertOptions(column_types={n: pa.string() for n in typed.schema.names}, strings_can_be_null=True)
    text = pcsv.read_csv(population / "pop.csv", convert_options=strings)
    assert text.schema.field("birth_date").type == pa.string()
    expected = ukuk.evaluate_batch(typed, date=DATE)
    assert ukuk.evaluate_batch(text, date=DATE).equals(expected)
    df = typed.to_pandas()
    assert df["livestock_sheep"].dtype == "float64"
    assert ukuk.evaluate_batch(df, date=DATE).equals(expected)
    # Flags as pandas booleans, whole numbers as pandas integers, weights as floats.
    df = text.to_pandas()
    for c in ["livestock_sheep", "livestock_cow", "vehicle_year", "insured_months_last_36", "disability_group"]:
        df[c] = df[c].astype("Int64")
    for c in ["high_mountain", "pension_right", "vehicle_working", "insured_record_continuous"]:
        df[c] = df[c].map({"true": True, "false": False, None: None}).astype("boolean")
    df["weight"] = df["weight"].astype(float)
    assert ukuk.evaluate_batch(df, date=DATE).drop_columns(["weight"]).equals(expected.drop_columns(["weight"]))


def test_bad_rows_are_listed_or_raise_with_strict():
    table = pa.table({
        "household_id": ["a", "b", "b"],
        "member_id": ["m", "x", "y"],
        "birth_date": ["1990-01-01", "1990-13-01", "2000-01-01"],
        "sex": ["female", "male", "female"],
    })
    out = ukuk.evaluate_batch(table, date=DATE)
    assert out.column("household_id").to_pylist() == ["a"]
    bad = json.loads(out.schema.metadata[b"ukuk_bad_rows"])
    assert bad[0]["place"] == "rows 2-3" and bad[0]["id"] == "b"
    with pytest.raises(ukuk.UkukError):
        ukuk.evaluate_batch(table, date=DATE, strict=True)


def test_simulate_equals_ukuk_simulate(population):
    people = pq.read_table(population / "pop.parquet")
    got = ukuk.simulate(people, str(REFORM), date=DATE)
    expected = json.loads(run("simulate", population / "pop.parquet", "--reform", REFORM, "--date", DATE, "--json").stdout)
    assert got == expected
    fa = next(b for b in got["benefits"] if b["id"] == "family_assistance")
    assert Decimal(fa["reform"]["recipients"]) > Decimal(fa["baseline"]["recipients"])
    # A reform as text; a bad one is an error naming its line.
    assert ukuk.simulate(people, REFORM.read_text(), date=DATE) == got
    with pytest.raises(ukuk.UkukError, match="reform.toml:2"):
        ukuk.simulate(people, '[[change]]\nparam = "shared.nothing"\nfrom = "2026-01-01"\nvalue = "1"\n', date=DATE)


def test_dask_on_a_local_cluster_equals_ukuk_batch(population, tmp_path):
    """Two worker processes, a partitioned Parquet population, map_partitions:
    the totals of `ukuk batch`."""
    dd = pytest.importorskip("dask.dataframe")
    from dask.distributed import Client, LocalCluster

    people = pq.read_table(population / "pop.parquet")
    # Partitions of whole households: one file each, cut at a household's first row.
    ids = people.column("household_id").to_pylist()
    parts = tmp_path / "people"
    parts.mkdir()
    starts = [i for i in range(len(ids)) if i == 0 or ids[i] != ids[i - 1]]
    cuts = starts[:: max(1, len(starts) // 6)] + [len(ids)]
    for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
        pq.write_table(people.slice(a, b - a), parts / f"part-{n:03}.parquet")
    expected = pq.read_table(population / "results.parquet").to_pandas()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster):
        ddf = dd.read_parquet(str(parts), split_row_groups=False)
        assert ddf.npartitions >= 2
        results = ddf.map_partitions(ukuk.evaluate_partition, DATE, meta=ukuk.result_meta()).compute()
    assert len(results) == len(expected) == 3000
    for b in ukuk.benefit_ids():
        col = f"{b}_amount"
        got = sum((Decimal(x) * Decimal(w) for x, w in zip(results[col], results["weight"]) if x is not None and x == x), Decimal(0))
        want = sum((Decimal(x) * Decimal(w) for x, w in zip(expected[col], expected["weight"]) if x is not None and x == x), Decimal(0))
        assert got == want, b
    assert sorted(results["household_id"]) == sorted(expected["household_id"])


def test_synth_is_the_cli_population(population):
    ours = ukuk.synth(3000, seed=11, date=DATE)
    theirs = pq.read_table(population / "pop.parquet")
    assert ours.equals(theirs)


def test_the_worked_example_runs():
    """examples/cost_gmi_reform.py, on a small population."""
    import sys

    out = subprocess.run([sys.executable, str(ROOT / "examples" / "cost_gmi_reform.py"), "5000"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Extra cost a year" in out.stdout


def test_a_large_table_goes_in_pieces_of_whole_households(population, monkeypatch):
    people = pq.read_table(population / "pop.parquet")
    expected = pq.read_table(population / "results.parquet")
    monkeypatch.setattr(ukuk, "PIECE_ROWS", 997)
    assert ukuk.evaluate_batch(people, date=DATE).equals(expected)
    # A bad household in a later piece is named by its row in the whole table.
    bad = people.to_pandas()
    bad.loc[5000, "sex"] = "x"
    out = ukuk.evaluate_batch(bad, date=DATE)
    rows = json.loads(out.schema.metadata[b"ukuk_bad_rows"])
    first, last = (int(x) for x in rows[0]["place"].split(" ")[1].split("-"))
    assert first <= 5001 <= last, rows
    assert out.num_rows == 2999


def test_a_piece_is_handed_over_as_an_arrow_c_stream_or_as_ipc_with_the_same_results(population, monkeypatch):
    """A table's pieces reach the engine as Arrow C streams, read in place;
    a pyarrow without that interface hands IPC streams. Both give exactly
    ukuk batch's results (pandas-made columns: the typed-table test)."""
    people = pq.read_table(population / "pop.parquet")
    expected = pq.read_table(population / "results.parquet")
    monkeypatch.setattr(ukuk, "PIECE_ROWS", 997)
    pieces = list(ukuk._input_pieces(people))
    assert len(pieces) > 3
    streams = [ukuk._stream(p) for p in pieces]
    assert all(type(s).__name__ == "PyCapsule" for s in streams)
    out, bad = ukuk._ukuk.evaluate_batch_pieces(iter(streams), DATE, False, False)
    assert ukuk._results(out).equals(expected) and json.loads(bad) == []
    # The results come back as IPC streams of one record batch each.
    sizes = [pa.ipc.open_stream(p).read_all().num_rows for p in out]
    assert sum(sizes) == expected.num_rows and all(0 < n <= 4096 for n in sizes)
    out, bad = ukuk._ukuk.evaluate_batch_pieces(iter(ukuk._ipc(p) for p in pieces), DATE, False, False)
    assert ukuk._results(out).equals(expected) and json.loads(bad) == []
    # Something that is neither is reported with a message, not a crash.
    out, bad = ukuk._ukuk.evaluate_batch_pieces(iter([b"not arrow"]), DATE, False, False)
    assert "not an Arrow IPC stream" in json.loads(bad)[0]["problems"][0]


def test_a_parquet_file_or_a_batch_reader_is_read_a_piece_at_a_time(population, monkeypatch):
    expected = pq.read_table(population / "results.parquet")
    monkeypatch.setattr(ukuk, "PIECE_ROWS", 997)
    # A path, as text or as a Path: the engine reads the file as ukuk batch does.
    assert ukuk.evaluate_batch(population / "pop.parquet", date=DATE).equals(expected)
    assert ukuk.evaluate_batch(str(population / "pop.csv"), date=DATE).equals(expected)
    # A ParquetFile, read in batches of PIECE_ROWS rows.
    assert ukuk.evaluate_batch(pq.ParquetFile(population / "pop.parquet"), date=DATE).equals(expected)
    # Batches that cut households anywhere: a household's rows wait for the rest.
    people = pq.read_table(population / "pop.parquet")
    reader = pa.RecordBatchReader.from_batches(people.schema, people.to_batches(max_chunksize=613))
    assert ukuk.evaluate_batch(reader, date=DATE).equals(expected)
    assert ukuk.evaluate_batch(iter(people.to_batches(max_chunksize=7)), date=DATE).equals(expected)
    # A bad household far in the stream is named by its row in the whole table.
    bad = people.to_pandas()
    bad.loc[5000, "sex"] = "x"
    bad = pa.Table.from_pandas(bad, preserve_index=False)
    out = ukuk.evaluate_batch(pa.RecordBatchReader.from_batches(bad.schema, bad.to_batches(max_chunksize=613)), date=DATE)
    rows = json.loads(out.schema.metadata[b"ukuk_bad_rows"])
    first, last = (int(x) for x in rows[0]["place"].split(" ")[1].split("-"))
    assert first <= 5001 <= last, rows
    assert out.num_rows == 2999


def test_a_bad_row_of_a_file_is_named_as_ukuk_batch_names_it(population, tmp_path):
    lines = (population / "pop.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    cells = lines[7].rstrip("\n").split(",")
    cells[header.index("sex")] = "x"
    lines[7] = ",".join(cells) + "\n"
    bad = tmp_path / "bad.csv"
    bad.write_text("".join(lines), encoding="utf-8")
    out = ukuk.evaluate_batch(bad, date=DATE)
    rows = json.loads(out.schema.metadata[b"ukuk_bad_rows"])
    assert len(rows) == 1 and out.num_rows == 2999
    cli = run("batch", bad, "--out", tmp_path / "cli.csv", "--date", DATE, check=False)
    assert rows[0]["place"] in cli.stderr + cli.stdout, (rows, cli.stderr)
    with pytest.raises(ukuk.UkukError):
        ukuk.evaluate_batch(bad, date=DATE, strict=True)


def test_simulate_reads_a_file_or_a_table_in_pieces_as_ukuk_simulate_does(population, monkeypatch):
    expected = json.loads(run("simulate", population / "pop.parquet", "--reform", REFORM, "--date", DATE, "--json").stdout)
    assert ukuk.simulate(population / "pop.parquet", str(REFORM), date=DATE) == expected
    assert ukuk.simulate(str(population / "pop.csv"), str(REFORM), date=DATE) == expected
    # A table or a batch reader handed over a piece at a time: the same comparison.
    monkeypatch.setattr(ukuk, "PIECE_ROWS", 997)
    people = pq.read_table(population / "pop.parquet")
    assert ukuk.simulate(people, str(REFORM), date=DATE) == expected
    reader = pa.RecordBatchReader.from_batches(people.schema, people.to_batches(max_chunksize=613))
    assert ukuk.simulate(reader, str(REFORM), date=DATE) == expected
