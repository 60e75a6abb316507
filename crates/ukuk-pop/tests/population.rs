//! The analysts' engine: batch and single evaluation agree, the file
//! formats agree, reforms behave, totals add up by hand, bad rows are
//! reported where they are.

use std::io::Cursor;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde_json::{json, Value};
use ukuk_pop::batch::{self, Lazy};
use ukuk_pop::simulate::{self, Comparison};
use ukuk_pop::{synth, table};
use ukuk_rules::reform::{Change, Reform, Value as RValue};
use ukuk_rules::Date;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn jsonl(pop: &[(String, String, Value)]) -> String {
    pop.iter().map(|(id, w, h)| format!("{}\n", json!({"id": id, "weight": w, "household": h}))).collect()
}

fn csv_text(pop: &[(String, String, Value)]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(table::columns()).unwrap();
    for (id, weight, h) in pop {
        for r in table::rows(id, weight, h).unwrap() {
            w.write_record(&r).unwrap();
        }
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// A population as the person table: its rows, and the record batch of
/// text columns (the CSV's cells).
fn text_table(pop: &[(String, String, Value)]) -> (Vec<Vec<String>>, arrow_array::RecordBatch) {
    text_table_of(&pop.iter().flat_map(|(id, w, h)| table::rows(id, w, h).unwrap()).collect::<Vec<_>>())
}

fn text_table_of(rows: &[Vec<String>]) -> (Vec<Vec<String>>, arrow_array::RecordBatch) {
    (rows.to_vec(), ukuk_pop::arrow::table_batch(rows).unwrap())
}

/// A record batch of the person table's columns, in the table's order, of
/// whatever Arrow types `columns` have.
fn person_table(columns: Vec<arrow_array::ArrayRef>) -> arrow_array::RecordBatch {
    let fields: Vec<arrow_schema::Field> =
        table::columns().iter().zip(&columns).map(|(n, c)| arrow_schema::Field::new(n, c.data_type().clone(), true)).collect();
    arrow_array::RecordBatch::try_new(Arc::new(arrow_schema::Schema::new(fields)), columns).unwrap()
}

fn population(n: u64, seed: u64) -> Vec<(String, String, Value)> {
    synth::population(n, seed, d("2026-09-01")).map(|s| (s.id, s.weight, s.household)).collect()
}

fn results(items: impl Iterator<Item = Lazy> + Send, today: Date) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let summary = batch::run(items, today, None, false, |e| {
        out.push((e.id.clone(), serde_json::to_string(e.result.as_ref().unwrap()).unwrap()));
        Ok(())
    })
    .unwrap();
    assert_eq!(summary.bad_count, 0, "{:?}", summary.bad);
    out
}

#[test]
fn synth_is_deterministic_for_a_seed() {
    assert_eq!(jsonl(&population(300, 9)), jsonl(&population(300, 9)));
    assert_ne!(jsonl(&population(300, 9)), jsonl(&population(300, 10)));
    // The weights stand for the country's households.
    let total: Decimal = population(1000, 1).iter().map(|p| dec(&p.1)).sum();
    assert_eq!(total, Decimal::from(synth::COUNTRY_HOUSEHOLDS));
}

#[test]
fn batch_and_single_evaluation_agree_on_every_household() {
    let today = d("2026-09-01");
    let pop = population(3000, 3);
    let batched = results(batch::read_json_lines(Cursor::new(jsonl(&pop))), today);
    assert_eq!(batched.len(), pop.len());
    for ((id, result), (pid, _, h)) in batched.iter().zip(&pop) {
        assert_eq!(id, pid);
        let single = serde_json::to_string(&ukuk_rules::evaluate(h, today).unwrap()).unwrap();
        assert_eq!(result, &single, "household {id}");
    }
}

#[test]
fn csv_and_json_lines_give_the_same_households_and_results() {
    let today = d("2026-09-01");
    let pop = population(3000, 4);
    // A household through the table and back is the same household.
    let header = table::columns();
    let layout = table::Layout::new(&header).unwrap();
    for (id, w, h) in &pop {
        let rows = table::rows(id, w, h).unwrap();
        let back = table::household(&layout, &rows).unwrap();
        assert_eq!(&back.to_json(), h, "household {id}");
        // The engine reads the table's household as it reads the JSON.
        assert_eq!(ukuk_rules::input::read_tree(&back, today), ukuk_rules::read_household(h, today), "household {id}");
    }
    let from_json = results(batch::read_json_lines(Cursor::new(jsonl(&pop))), today);
    let from_csv = results(batch::read_csv(Cursor::new(csv_text(&pop))).unwrap(), today);
    assert_eq!(from_json, from_csv);
}

/// Cells a file may hold wrong, each in a column the table passes on as it
/// is: the engine finds the same problems, in the same order and at the same
/// paths, in the table's household as in its JSON.
#[test]
fn a_table_household_with_bad_cells_gets_the_errors_its_json_gets() {
    let today = d("2026-09-01");
    let pop = population(400, 5);
    let header = table::columns();
    let layout = table::Layout::new(&header).unwrap();
    let col = |name: &str| header.iter().position(|c| c == name).unwrap();
    let bad: &[(&str, &str)] = &[
        ("birth_date", "2026-02-30"),
        ("birth_date", "2030-01-01"),
        ("sex", "f"),
        ("income_wages", "12.345"),
        ("income_pension", "-5"),
        ("income_business", "2e3"),
        ("region_coefficient", "0.5"),
        ("livestock_sheep", "2000000"),
        ("livestock_cow", "1000001"),
        ("vehicle_kind", "boat"),
        ("vehicle_year", "1800"),
        ("disability_group", "4"),
        ("country", "kgz"),
        ("orphan", "half"),
        ("birth_order", "0"),
        ("member_id", "                                                                       x"),
        ("date", "2010-01-01"),
        ("insured_months_last_36", "99"),
        ("birth_applicant", "nobody"),
    ];
    let mut seen = 0;
    for (i, (id, w, h)) in pop.iter().enumerate() {
        let mut rows = table::rows(id, w, h).unwrap();
        // Two or three bad cells a household, on varied rows.
        for k in 0..(2 + i % 2) {
            let (name, value) = bad[(i * 3 + k * 7) % bad.len()];
            let r = (i + k) % rows.len();
            rows[r][col(name)] = value.to_string();
        }
        // Two animals too many: reported in the order of their names.
        if i % 10 == 0 {
            rows[0][col("livestock_sheep")] = "1000001".into();
            rows[0][col("livestock_cow")] = "1000002".into();
        }
        let Ok(node) = table::household(&layout, &rows) else { continue };
        let json = node.to_json();
        assert_eq!(serde_json::from_str::<Value>(&node.to_string()).unwrap(), json, "household {id}");
        let (a, b) = (ukuk_rules::input::read_tree(&node, today), ukuk_rules::read_household(&json, today));
        assert_eq!(a, b, "household {id}");
        seen += usize::from(a.is_err());
    }
    assert!(seen > 300, "{seen} households with errors");
}

/// The quick reading of a table household (`table::read`) gives the
/// household the contract's tree gives, or nothing when the tree's reading
/// refuses it: on every synthetic household as it is, and on 30 000 with
/// one to three cells changed to values good and bad of every kind. Any
/// household the tree accepts is read the quick way too.
#[test]
fn a_table_household_read_straight_is_the_one_read_through_the_tree() {
    use rand::{Rng, SeedableRng};
    let today = d("2026-09-01");
    let pop = population(1500, 11);
    let header = table::columns();
    let layout = table::Layout::new(&header).unwrap();
    let through_tree = |rows: &[Vec<String>]| {
        table::household(&layout, rows).map_err(|_| ()).and_then(|t| ukuk_rules::input::read_tree(&t, today).map_err(|_| ()))
    };
    let households: Vec<Vec<Vec<String>>> = pop.iter().map(|(id, w, h)| table::rows(id, w, h).unwrap()).collect();
    for rows in &households {
        assert_eq!(table::read(&layout, rows, today), Some(through_tree(rows).unwrap()));
    }
    let long_id = "x".repeat(65);
    let values: &[&str] = &[
        "",
        " ",
        "0",
        "1",
        "2",
        "3",
        "4",
        "10",
        "11",
        "30",
        "31",
        "36",
        "37",
        "120",
        "121",
        "9999",
        "1000000",
        "1000001",
        "-1",
        "+2",
        "1.5",
        "0.00",
        "-0",
        "-0.00",
        "1.00",
        "1.234",
        "5",
        "5.00",
        "5.01",
        "0.99",
        "1500.50",
        "1000000000",
        "1000000000.01",
        "2e3",
        "abc",
        "true",
        "false",
        "yes",
        "TRUE",
        "2026-09-01",
        "2026-09-02",
        "2026-02-30",
        "2019-01-01",
        "2000-01-01",
        "1899-12-31",
        "1900-01-01",
        "1990-05-17",
        "2024-06-30",
        "2026-08-31",
        "female",
        "male",
        "citizen",
        "kairylman",
        "foreign",
        "KG",
        "kg",
        "KGZ",
        "full",
        "lost_breadwinner",
        "parents_unknown",
        "half",
        "passenger_car",
        "lorry",
        "tractor",
        "boat",
        "1975",
        "2026",
        "2027",
        "4294969296",
        &long_id,
    ];
    let member_id = header.iter().position(|h| h == "member_id").unwrap();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
    let (mut quick, mut refused) = (0, 0);
    for _ in 0..30_000 {
        let mut rows = households[rng.random_range(0..households.len())].clone();
        for _ in 0..rng.random_range(1..=3) {
            let r = rng.random_range(0..rows.len());
            let c = rng.random_range(0..header.len());
            // Now and then another member's id: a duplicate, or a birth's or a seeker's member.
            let value = if rng.random_range(0..8) == 0 {
                rows[rng.random_range(0..rows.len())][member_id].clone()
            } else {
                values[rng.random_range(0..values.len())].to_string()
            };
            rows[r][c] = value;
        }
        match (table::read(&layout, &rows, today), through_tree(&rows)) {
            (Some(h), Ok(t)) => {
                assert_eq!(h, t, "{rows:?}");
                quick += 1;
            }
            (Some(h), Err(())) => panic!("read straight, refused through the tree: {h:?} from {rows:?}"),
            (None, Ok(_)) => panic!("accepted through the tree, not read straight: {rows:?}"),
            (None, Err(())) => refused += 1,
        }
    }
    eprintln!("{quick} read straight, {refused} refused");
    assert!(quick > 5_000 && refused > 5_000, "{quick} read, {refused} refused");
}

fn gmi(value: &str, from: &str) -> Arc<Reform> {
    Arc::new(
        Reform::new("gmi", vec![Change { name: "shared.gmi".into(), from: d(from), until: None, value: RValue::Decimal(dec(value)) }])
            .unwrap(),
    )
}

fn simulate_pop(pop: &[(String, String, Value)], reform: &Arc<Reform>, today: Date) -> Comparison {
    simulate::simulate(batch::read_json_lines(Cursor::new(jsonl(pop))), today, reform, false).unwrap()
}

/// `batch`'s weighted monthly amount and recipients of family assistance,
/// with a reform in force if one is given.
fn batch_family_assistance(pop: &[(String, String, Value)], today: Date, reform: Option<&Arc<Reform>>) -> (Decimal, Decimal) {
    let (mut monthly, mut recipients) = (Decimal::ZERO, Decimal::ZERO);
    batch::run(batch::read_json_lines(Cursor::new(jsonl(pop))), today, reform, false, |e| {
        let b = e.result.as_ref().unwrap().benefits.iter().find(|b| b.id == "family_assistance").unwrap();
        if b.status == ukuk_rules::output::Status::Eligible {
            recipients += e.weight;
            monthly += b.amount.as_ref().unwrap().0 * e.weight;
        }
        Ok(())
    })
    .unwrap();
    (monthly, recipients)
}

#[test]
fn a_reform_that_changes_nothing_gives_identical_totals_and_the_baseline_is_batch() {
    let today = d("2026-09-01");
    let pop = population(2000, 5);
    // The minimum income in force since 2019-12-01, set again.
    let in_force = ukuk_rules::params::data::shared::GMI.at(today).unwrap();
    let same = gmi(&in_force.value.to_string(), "2019-12-01");
    let c = simulate_pop(&pop, &same, today);
    for l in &c.lines {
        assert_eq!(l.baseline, l.reform, "{}", l.benefit);
    }
    assert_eq!((c.gainers, c.losers), (Decimal::ZERO, Decimal::ZERO));
    // The baseline's family assistance is the sum of batch's amounts.
    let (monthly, recipients) = batch_family_assistance(&pop, today, None);
    let fa = c.lines.iter().find(|l| l.benefit == "family_assistance").unwrap();
    assert_eq!(fa.baseline.monthly, monthly);
    assert_eq!(fa.baseline.recipients, recipients);
    assert!(recipients > Decimal::ZERO, "the population has recipients of family assistance");
    // The unemployment allowance is due to some, with no published amount:
    // recipients, not cost.
    let ua = c.lines.iter().find(|l| l.benefit == "unemployment_allowance").unwrap();
    assert!(ua.baseline.recipients > Decimal::ZERO);
    assert_eq!(ua.baseline.amount_unknown, ua.baseline.recipients);
    assert_eq!(ua.baseline.yearly, Decimal::ZERO);
}

#[test]
fn raising_the_minimum_income_never_lowers_recipients_nor_any_household() {
    let today = d("2026-09-01");
    let pop = population(2000, 6);
    let mut last = None;
    for v in ["1000.00", "1200.00", "1500.00", "2000.00"] {
        let c = simulate_pop(&pop, &gmi(v, "2026-01-01"), today);
        let fa = c.lines.iter().find(|l| l.benefit == "family_assistance").unwrap().reform.clone();
        assert_eq!(c.losers, Decimal::ZERO, "GMI {v}: nobody loses");
        if let Some(prev) = last.replace(fa.clone()) {
            let prev: ukuk_pop::simulate::Totals = prev;
            assert!(fa.recipients >= prev.recipients, "GMI {v}: {} < {}", fa.recipients, prev.recipients);
            assert!(fa.monthly >= prev.monthly);
        }
    }
    let c = simulate_pop(&pop, &gmi("1500.00", "2026-01-01"), today);
    let fa = c.lines.iter().find(|l| l.benefit == "family_assistance").unwrap();
    assert!(fa.reform.recipients > fa.baseline.recipients, "1 500 som reaches more families");
    assert!(c.gainers > Decimal::ZERO);
    assert_eq!(c.deciles.len(), 10);
    assert_eq!(c.deciles.iter().map(|d| d.households).sum::<Decimal>(), pop.iter().map(|p| dec(&p.1)).sum::<Decimal>());
}

/// `simulate` reads a household once and evaluates it twice: its reform
/// side must be exactly what `batch` gives with the reform in force, which
/// holds because the engine's reader consults no value in force.
#[test]
fn the_reform_side_of_simulate_is_batch_under_the_reform() {
    let reader = include_str!("../../ukuk-rules/src/input.rs");
    assert!(!reader.contains(".at(") && !reader.contains("reform"), "the reader must not depend on the values in force");
    let today = d("2026-09-01");
    let pop = population(2000, 7);
    let reform = gmi("1500.00", "2026-01-01");
    let c = simulate_pop(&pop, &reform, today);
    let (monthly, recipients) = batch_family_assistance(&pop, today, Some(&reform));
    let fa = c.lines.iter().find(|l| l.benefit == "family_assistance").unwrap();
    assert_eq!((fa.reform.monthly, fa.reform.recipients), (monthly, recipients));
    assert!(fa.reform.recipients > fa.baseline.recipients);
}

/// The handbook's family: 3 children, 3 000 som for 5 people: 3 × 810 = 2 430 som a month in 2020.
fn handbook() -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/examples/handbook-family.json")).unwrap(),
    )
    .unwrap()
}

#[test]
fn weighted_totals_by_hand_on_a_tiny_file() {
    let today = d("2020-06-15");
    let rich = {
        let mut h = handbook();
        h["members"][1]["income"] = json!({"wages": "30000"});
        h
    };
    let pop = vec![
        ("a".to_string(), "2".to_string(), handbook()),
        ("b".to_string(), "0.5".to_string(), handbook()),
        ("c".to_string(), "10".to_string(), rich),
    ];
    // The same rules in the reform (a reform of nothing), to read the baseline.
    let in_force = ukuk_rules::params::data::shared::GMI.at(today).unwrap();
    let c = simulate_pop(&pop, &gmi(&in_force.value.to_string(), "2019-12-01"), today);
    let fa = c.lines.iter().find(|l| l.benefit == "family_assistance").unwrap();
    // a and b get 2 430 som a month, c (6 000 som a person) nothing.
    assert_eq!(fa.baseline.recipients, dec("2.5"));
    assert_eq!(fa.baseline.monthly, dec("2430") * dec("2.5"));
    assert_eq!(fa.baseline.yearly, dec("2430") * dec("2.5") * dec("12"));
    assert_eq!(c.households, 3);
}

#[test]
fn bad_json_lines_are_reported_with_their_line_and_do_not_poison_others() {
    let good = json!({"id": "ok", "household": handbook()}).to_string();
    let text = format!(
        "{good}\nnot json\n{}\n\n{}\n{good}\n",
        json!({"id": "x", "household": {"members": [], "colour": "red"}}),
        json!({"id": "w", "weight": "-1", "household": handbook()})
    );
    let mut ok = 0;
    let summary = batch::run(batch::read_json_lines(Cursor::new(text)), d("2020-06-15"), None, false, |_| {
        ok += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(ok, 2);
    assert_eq!(summary.bad_count, 3);
    let places: Vec<String> = summary.bad.iter().map(|b| b.place.to_string()).collect();
    assert_eq!(places, ["line 2", "line 3", "line 5"]);
    assert!(summary.bad[0].problems[0].to_string().starts_with("not JSON"));
    assert!(summary.bad[1].problems.iter().any(|p| p.to_string().contains("unknown_field")), "{:?}", summary.bad[1]);
    assert!(summary.bad[2].problems[0].to_string().contains("weight"));
    // --strict stops at the first.
    let text = format!("{good}\nnot json\n{good}\n");
    let err = batch::run(batch::read_json_lines(Cursor::new(text)), d("2020-06-15"), None, true, |_| Ok(())).unwrap_err().to_string();
    assert!(err.starts_with("line 2"), "{err}");
}

#[test]
fn bad_csv_rows_are_reported_with_their_lines() {
    let pop = vec![
        ("a".to_string(), "1".to_string(), handbook()),
        ("b".to_string(), "1".to_string(), handbook()),
        ("c".to_string(), "1".to_string(), handbook()),
    ];
    let text = csv_text(&pop);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // Household b (lines 7-11): a flag that is not true or false.
    let hiv = table::columns().iter().position(|c| c == "hiv").unwrap();
    let mut cells: Vec<String> = lines[7].split(',').map(str::to_string).collect();
    cells[hiv] = "maybe".into();
    lines[7] = cells.join(",");
    // Household c's first row: a missing cell.
    lines[11] = lines[11].rsplit_once(',').unwrap().0.to_string();
    let text = lines.join("\n") + "\n";
    let mut ok = Vec::new();
    let summary = batch::run(batch::read_csv(Cursor::new(text)).unwrap(), d("2020-06-15"), None, false, |e| {
        ok.push(e.id.clone());
        Ok(())
    })
    .unwrap();
    assert_eq!(ok, ["a"]);
    let report: Vec<String> = summary.bad.iter().map(|b| b.to_string()).collect();
    assert!(report[0].starts_with("lines 7-11 (household b): column hiv: 'maybe' is not true or false"), "{report:?}");
    assert!(report[1].starts_with("lines 12-16 (household c): line 12 has 49 cells, the header 50"), "{report:?}");
    assert_eq!(summary.bad_count, 2);
    // An unknown column is refused at once, with the line.
    assert!(batch::read_csv(Cursor::new("household_id,member_id,colour\n")).err().unwrap().to_string().contains("colour"));
}

/// A household whose rows come back after another household's is reported
/// (its first rows are evaluated), in a CSV file and in Arrow data (a
/// Parquet file's) alike, and so is one with no id; one that comes back
/// after the last 64 households is no longer remembered, and is read as a
/// new household.
#[test]
fn a_household_whose_rows_are_apart_is_reported() {
    let run = |items: Box<dyn Iterator<Item = Lazy> + Send>| -> (Vec<String>, Vec<String>) {
        let mut ok = Vec::new();
        let summary = batch::run(items, d("2020-06-15"), None, false, |e| {
            ok.push(e.id.clone());
            Ok(())
        })
        .unwrap();
        (ok, summary.bad.iter().map(|b| b.to_string()).collect())
    };
    let population =
        |order: &[&str]| -> Vec<(String, String, Value)> { order.iter().map(|id| (id.to_string(), "1".to_string(), handbook())).collect() };
    let ids = |order: &[&str]| run(Box::new(batch::read_csv(Cursor::new(csv_text(&population(order)))).unwrap()));
    let arrow_ids = |order: &[&str]| {
        let (_, batch) = text_table(&population(order));
        run(Box::new(ukuk_pop::arrow::households(std::iter::once(Ok(batch)))))
    };
    let (ok, bad) = ids(&["a", "b", "a", "c"]);
    assert_eq!(ok, ["a", "b", "c"]);
    assert_eq!(bad.len(), 1);
    assert!(bad[0].starts_with("lines 12-16 (household a): this household's rows are not together in the file"), "{bad:?}");
    let (ok, bad) = arrow_ids(&["a", "b", "a", "c", ""]);
    assert_eq!(ok, ["a", "b", "c"]);
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(bad[0].starts_with("rows 11-15 (household a): this household's rows are not together in the file"), "{bad:?}");
    assert!(bad[1].contains("rows 21-25"), "{bad:?}");
    let (_, csv_bad) = ids(&["a", ""]);
    assert_eq!(bad[1].split_once(": ").map(|x| x.1), csv_bad[0].split_once(": ").map(|x| x.1), "{bad:?} {csv_bad:?}");
    let others: Vec<String> = (0..65).map(|i| format!("h{i}")).collect();
    let mut order = vec!["a"];
    order.extend(others.iter().map(String::as_str));
    order.push("a");
    let (ok, bad) = ids(&order);
    assert_eq!((ok.len(), bad.len()), (67, 0), "{bad:?}");
    // Within the last 64 it is still caught.
    order.truncate(64);
    order.push("a");
    let (ok, bad) = ids(&order);
    assert_eq!((ok.len(), bad.len()), (64, 1), "{bad:?}");
}

#[test]
fn a_reform_file_is_checked_like_the_rules() {
    let dir = std::env::temp_dir().join(format!("ukuk-reform-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let ok = write("ok.toml", "title = \"GMI 1 500\"\n[[change]]\nparam = \"shared.gmi\"\nfrom = \"2026-01-01\"\nvalue = \"1500.00\"\n");
    let r = simulate::read_reform(&ok).unwrap();
    assert_eq!(r.title, "GMI 1 500");
    let unknown = write("unknown.toml", "[[change]]\nparam = \"shared.gmii\"\nfrom = \"2026-01-01\"\nvalue = \"1500.00\"\n");
    let e = simulate::read_reform(&unknown).unwrap_err().iter().map(|p| p.to_string()).collect::<Vec<_>>();
    assert!(e[0].contains("unknown.toml:2:") && e[0].contains("unknown parameter 'shared.gmii'"), "{e:?}");
    let float = write("float.toml", "[[change]]\nparam = \"shared.gmi\"\nfrom = \"2026-01-01\"\nvalue = 1500.5\n");
    let e = simulate::read_reform(&float).unwrap_err().iter().map(|p| p.to_string()).collect::<Vec<_>>();
    assert!(e[0].contains("float.toml:4:") && e[0].contains("floats are not allowed"), "{e:?}");
    let kind = write("kind.toml", "[[change]]\nparam = \"shared.child_age_limit\"\nfrom = \"2026-01-01\"\nvalue = \"18.5\"\n");
    let e = simulate::read_reform(&kind).unwrap_err().iter().map(|p| p.to_string()).collect::<Vec<_>>();
    assert!(e[0].contains("kind.toml:4:"), "{e:?}");
    let animal = write("animal.toml", "[[change]]\nparam = \"livestock.units\"\nfrom = \"2026-01-01\"\nvalue = { yak = \"5\" }\n");
    assert!(simulate::read_reform(&animal).unwrap_err()[0].to_string().contains("unknown animal 'yak'"));
}

#[test]
fn a_reform_with_an_end_date_restores_the_rules_after_it() {
    let r = Arc::new(
        Reform::new(
            "for a year",
            vec![Change {
                name: "shared.gmi".into(),
                from: d("2026-01-01"),
                until: Some(d("2026-12-31")),
                value: RValue::Decimal(dec("1500")),
            }],
        )
        .unwrap(),
    );
    let at = |day: &str| ukuk_rules::reform::with(&r, || ukuk_rules::params::data::shared::GMI.at(d(day)).map(|p| p.value));
    assert_eq!(at("2025-06-01"), Some(dec("1000.00")));
    assert_eq!(at("2026-06-01"), Some(dec("1500")));
    assert_eq!(at("2027-06-01"), Some(dec("1000.00")));
    assert_eq!(at("2019-01-01"), Some(dec("900.00")));
    // Outside `with`, the rules as they are.
    assert_eq!(ukuk_rules::params::data::shared::GMI.at(d("2026-06-01")).map(|p| p.value), Some(dec("1000.00")));
}

#[test]
fn the_readme_reform_example_reads() {
    let r =
        simulate::read_reform(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/reform-gmi-1500.toml"))).unwrap();
    assert_eq!(r.changes.len(), 1);
    assert_eq!(r.changes[0].name, "shared.gmi");
}

/// What a population reads of a result: for each benefit, its id, status,
/// amount, period and dates (the contract's JSON of them).
fn tally(out: &ukuk_rules::Output) -> Vec<Value> {
    out.benefits
        .iter()
        .map(|b| {
            serde_json::json!({
                "id": b.id, "status": b.status, "amount": b.amount, "period": b.period,
                "starts": b.starts, "ends": b.ends, "where": b.where_, "rules_verified_until": b.rules_verified_until,
            })
        })
        .collect()
}

#[test]
fn the_lean_and_full_paths_agree() {
    let today = d("2026-09-01");
    let mut pop = population(3000, 8);
    pop.push(("hb".into(), "1".into(), handbook()));
    let mut full_lists = 0;
    for (id, _, h) in &pop {
        let full = ukuk_rules::evaluate(h, today).unwrap();
        let lean = ukuk_rules::evaluate_lean(h, today).unwrap();
        assert_eq!(tally(&lean), tally(&full), "household {id}");
        assert_eq!((lean.date, lean.rules_verified_until), (full.date, full.rules_verified_until), "household {id}");
        // Lean returns nothing else: no reasons, lists, documents, warnings,
        // livestock summary or questions.
        assert!(
            lean.warnings.is_empty() && lean.questions.is_empty() && lean.livestock == ukuk_rules::output::Livestock::default(),
            "household {id}"
        );
        for b in &lean.benefits {
            assert!(b.explained.is_none(), "household {id}: {}", b.id);
        }
        assert!(full.benefits.iter().all(|b| b.explained.is_some()), "household {id}");
        full_lists += usize::from(full.benefits.iter().any(|b| !b.schedule().is_empty() && !b.per_member().is_empty()));
        assert!(full.benefits.iter().all(|b| !b.reasons().is_empty()), "household {id}: every benefit explains itself");
    }
    assert!(full_lists > 100, "the full path has schedules and per-member amounts the lean one leaves out ({full_lists})");
    // Still full after a lean evaluation on this thread.
    let full = ukuk_rules::evaluate(&handbook(), d("2020-06-15")).unwrap();
    assert!(serde_json::to_string(&full).unwrap().contains("\"detail\""));
    assert!(full.benefits.iter().any(|b| !b.documents().is_empty()));
    assert!(full.livestock.units.text() != "0.0" && full.livestock.per_member.is_some());
}

/// Two runs' results are the same (a short message when not).
fn same(a: &[(String, String)], b: &[(String, String)]) {
    assert_eq!(a.len(), b.len(), "as many households");
    if let Some(i) = (0..a.len()).find(|&i| a[i] != b[i]) {
        panic!("household {} (#{i}) differs from {}:\n{}\n{}", a[i].0, b[i].0, a[i].1, b[i].1);
    }
}

/// A table whose columns have types of their own (as pandas writes them):
/// whole numbers, decimals, booleans, dates and a float weight are read as
/// the text table's cells, and give the same results.
#[test]
fn typed_arrow_columns_give_the_same_results_as_text_ones() {
    use arrow_array::{Array, ArrayRef, BooleanArray, Date32Array, Decimal128Array, Float64Array, Int64Array};
    let today = d("2026-09-01");
    let (rows, text) = text_table(&population(1500, 21));
    let header = table::columns();
    let col = |name: &str| header.iter().position(|c| c == name).unwrap();
    let cells = |name: &str| rows.iter().map(move |r| Some(r[col(name)].as_str()).filter(|s| !s.is_empty())).collect::<Vec<_>>();
    let mut columns: Vec<ArrayRef> = text.columns().to_vec();
    for name in ["vehicle_year", "disability_group", "insured_months_last_36", "livestock_sheep"] {
        columns[col(name)] = Arc::new(cells(name).into_iter().map(|c| c.map(|s| s.parse::<i64>().unwrap())).collect::<Int64Array>());
    }
    for name in ["hiv", "high_mountain", "vehicle_working"] {
        columns[col(name)] = Arc::new(cells(name).into_iter().map(|c| c.map(|s| s == "true")).collect::<BooleanArray>());
    }
    let days = |s: &str| d(s).days();
    columns[col("birth_date")] = Arc::new(cells("birth_date").into_iter().map(|c| c.map(days)).collect::<Date32Array>());
    columns[col("weight")] = Arc::new(cells("weight").into_iter().map(|c| c.map(|s| s.parse::<f64>().unwrap())).collect::<Float64Array>());
    let wages: Decimal128Array = cells("income_wages")
        .into_iter()
        .map(|c| {
            c.map(|s| {
                let mut x = dec(s);
                x.rescale(2);
                x.mantissa()
            })
        })
        .collect();
    columns[col("income_wages")] = Arc::new(wages.with_precision_and_scale(18, 2).unwrap());
    assert_eq!(columns.iter().filter(|c| c.data_type() != &arrow_schema::DataType::Utf8).count(), 10, "ten typed columns");
    let typed_batch = person_table(columns);
    let from_typed = results(ukuk_pop::arrow::households(std::iter::once(Ok(typed_batch))), today);
    let from_text = results(ukuk_pop::arrow::households(std::iter::once(Ok(text))), today);
    same(&from_typed, &from_text);
}

/// A run's households: each good one as a line (its id, weight and
/// result), the bad rows as reported (the first `BAD_KEPT`), and how many.
fn outcomes(items: impl Iterator<Item = Lazy> + Send, today: Date) -> (Vec<String>, Vec<String>, u64) {
    let mut out = Vec::new();
    let summary = batch::run(items, today, None, false, |e| {
        out.push(format!("{} {} {}", e.id, e.weight, serde_json::to_string(e.result.as_ref().unwrap()).unwrap()));
        Ok(())
    })
    .unwrap();
    (out, summary.bad.iter().map(|b| b.to_string()).collect(), summary.bad_count)
}

/// The typed table `ukuk synth` writes (dates, booleans, whole numbers and
/// decimals of their own types) is read as the text table it stands for,
/// in Arrow and through Parquet; and so is a typed table with cells out of
/// the ordinary (a negative count, a negative amount, amounts of three
/// places, a day before the engine's first year, a negative weight,
/// unsigned and 64-bit whole numbers): the same results, the same bad rows
/// with the same messages. A debug build also reads each household both
/// ways (`arrow.rs`) and stops if they differ.
#[test]
fn the_typed_synth_table_reads_as_its_text_one() {
    use arrow_array::cast::AsArray;
    use arrow_array::types::{Date32Type, Decimal64Type, Int32Type};
    use arrow_array::{ArrayRef, Date32Array, Decimal128Array, Int64Array, UInt8Array};
    use arrow_schema::DataType;
    let today = d("2026-09-01");
    let pop = population(2000, 41);
    let (mut rows, text) = text_table(&pop);
    let typed = ukuk_pop::arrow::synth_batch(&rows).unwrap();
    let header = table::columns();
    let col = |name: &str| header.iter().position(|c| c == name).unwrap();
    for (name, kind) in [
        ("birth_date", DataType::Date32),
        ("weight", DataType::Decimal64(18, 4)),
        ("income_wages", DataType::Decimal64(18, 2)),
        ("hiv", DataType::Boolean),
        ("livestock_sheep", DataType::Int32),
        ("sex", DataType::Utf8),
    ] {
        assert_eq!(typed.column(col(name)).data_type(), &kind, "{name}");
    }
    let (good, bad, _) = outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(text.clone()))), today);
    assert_eq!((good.len(), bad.len()), (2000, 0));
    assert_eq!(outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(typed.clone()))), today), (good.clone(), bad, 0));
    // Its empty columns of the null type, as pandas gives a column of `None`s.
    let nulls: Vec<ArrayRef> = typed
        .columns()
        .iter()
        .map(|c| if c.null_count() == c.len() { Arc::new(arrow_array::NullArray::new(c.len())) as ArrayRef } else { Arc::clone(c) })
        .collect();
    assert!(nulls.iter().filter(|c| c.data_type() == &DataType::Null).count() > 5);
    assert_eq!(outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(person_table(nulls)))), today), (good.clone(), vec![], 0));
    let path = std::env::temp_dir().join(format!("ukuk-pop-typed-{}.parquet", std::process::id()));
    let mut sink = ukuk_pop::arrow::ParquetSink::create(&path, typed.schema()).unwrap();
    sink.write(&typed).unwrap();
    sink.finish().unwrap();
    assert_eq!(outcomes(ukuk_pop::arrow::read_parquet(&path).unwrap(), today).0, good);
    let _ = std::fs::remove_file(&path);

    let firsts: Vec<usize> = (0..rows.len()).filter(|&r| r == 0 || rows[r][0] != rows[r - 1][0]).collect();
    // Every column of a kind of its own with a value (in a household of
    // its own): each is read as its value, none as text it does not hold.
    let mut full = rows.clone();
    for (k, place) in (0..header.len()).filter(|&p| table::kind(p) != table::ColumnKind::Text).enumerate() {
        let cell = &mut full[firsts[100 + k]][place];
        if cell.is_empty() {
            *cell = match table::kind(place) {
                table::ColumnKind::Date => "2026-01-01",
                table::ColumnKind::Flag => "false",
                table::ColumnKind::Count => "1",
                _ if place == col("weight") => "2.0000",
                _ => "100.00",
            }
            .to_string();
        }
    }
    let full_typed = ukuk_pop::arrow::synth_batch(&full).unwrap();
    assert!(full_typed.columns().iter().enumerate().all(|(p, c)| c.null_count() < c.len() || table::kind(p) == table::ColumnKind::Text));
    let (good, bad, _) = outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(text_table_of(&full).1))), today);
    assert!(good.len() > 1950, "{bad:#?}");
    assert_eq!(outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(full_typed))), today), (good, bad, 0));

    // Cells out of the ordinary, each in a household of its own.
    let with = |rows: &[Vec<String>], name: &str, from: usize| (from..rows.len()).find(|&r| !rows[r][col(name)].is_empty()).unwrap();
    rows[firsts[10]][col("livestock_sheep")] = "-3".into();
    rows[firsts[20]][col("weight")] = "-1.0000".into();
    let pension = with(&rows, "income_pension", firsts[30]);
    rows[pension][col("income_pension")] = "-5.00".into();
    let wages = with(&rows, "income_wages", firsts[40]);
    rows[wages][col("income_wages")] = "1000000000.01".into();
    let mut columns: Vec<ArrayRef> = ukuk_pop::arrow::synth_batch(&rows).unwrap().columns().to_vec();
    // A day before 1900, as its text reads.
    let early = with(&rows, "birth_date", firsts[50]);
    let mut days: Vec<Option<i32>> = columns[col("birth_date")].as_primitive::<Date32Type>().iter().collect();
    days[early] = Some(d("1900-01-01").days() - 1);
    rows[early][col("birth_date")] = Date::from_days(d("1900-01-01").days() - 1).to_string();
    columns[col("birth_date")] = Arc::new(Date32Array::from(days));
    // Amounts of three places (as `decimal128`): every household with such
    // an income is bad.
    let other: Decimal128Array =
        columns[col("income_livestock")].as_primitive::<Decimal64Type>().iter().map(|v| v.map(|m| i128::from(m) * 10)).collect();
    columns[col("income_livestock")] = Arc::new(other.with_precision_and_scale(18, 3).unwrap());
    for r in rows.iter_mut().filter(|r| !r[col("income_livestock")].is_empty()) {
        r[col("income_livestock")].push('0');
    }
    // Whole numbers unsigned and of 64 bits.
    let group = columns[col("disability_group")].as_primitive::<Int32Type>().iter().map(|v| v.map(|g| u8::try_from(g).unwrap()));
    columns[col("disability_group")] = Arc::new(group.collect::<UInt8Array>());
    let year = columns[col("vehicle_year")].as_primitive::<Int32Type>().iter().map(|v| v.map(i64::from));
    columns[col("vehicle_year")] = Arc::new(year.collect::<Int64Array>());
    let odd = person_table(columns);
    let (_, odd_text) = text_table_of(&rows);
    let (good, bad, bad_count) = outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(odd_text))), today);
    assert!(good.len() > 1500 && bad_count > 100, "{} good, {bad_count} bad: {bad:#?}", good.len());
    for problem in [
        "'-3' is not a whole number",
        "'-1.0000' is not a number",
        "-5.00 is negative",
        "\"1899-12-31\" is not a date",
        "1000000000.01",
        "income.livestock",
    ] {
        assert!(bad.iter().any(|b| b.contains(problem)), "{problem}: {bad:#?}");
    }
    assert_eq!(outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(odd))), today), (good, bad, bad_count));
}

/// A repeated column: its first one counts, in Arrow as in CSV (the second
/// holds other values, as text and as numbers).
#[test]
fn a_repeated_column_is_read_by_its_first() {
    let today = d("2026-09-01");
    let (_, text) = text_table(&population(300, 5));
    let expected = outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(text.clone()))), today);
    assert_eq!(expected.1.len(), 0);
    let sex = text.schema().index_of("sex").unwrap();
    let mut fields: Vec<arrow_schema::Field> = text.schema().fields().iter().map(|f| f.as_ref().clone()).collect();
    let mut columns = text.columns().to_vec();
    for other in [
        Arc::new(arrow_array::StringArray::from(vec![Some("male"); text.num_rows()])) as arrow_array::ArrayRef,
        Arc::new(arrow_array::Float64Array::from(vec![1.5; text.num_rows()])),
    ] {
        fields.push(arrow_schema::Field::new("sex", other.data_type().clone(), true));
        columns.push(other);
        let twice = arrow_array::RecordBatch::try_new(Arc::new(arrow_schema::Schema::new(fields.clone())), columns.clone()).unwrap();
        assert_eq!(twice.schema().index_of("sex").unwrap(), sex);
        assert_eq!(outcomes(ukuk_pop::arrow::households(std::iter::once(Ok(twice))), today), expected);
        fields.pop();
        columns.pop();
    }
}

/// Households of every size up to the most members a household may have
/// (more rows than a household's rows read from the stack), whole in one
/// record batch or cut across several, are read from Arrow as from JSON.
#[test]
fn households_of_every_size_are_read_from_arrow_as_from_json() {
    let today = d("2020-06-15");
    let pop: Vec<(String, String, Value)> = (0..=45)
        .map(|extra| {
            let mut h = handbook();
            let members = h["members"].as_array_mut().unwrap();
            for k in 0..extra {
                members.push(json!({"id": format!("child{k}"), "birth_date": format!("{}-03-01", 2005 + k % 15), "sex": "male"}));
            }
            (format!("h{extra}"), "1".to_string(), h)
        })
        .collect();
    assert_eq!(pop.last().unwrap().2["members"].as_array().unwrap().len(), ukuk_rules::input::limits::MAX_MEMBERS);
    let (_, batch) = text_table(&pop);
    let from_json = results(batch::read_json_lines(Cursor::new(jsonl(&pop))), today);
    assert_eq!(from_json.len(), pop.len());
    for rows in [batch.num_rows(), 13] {
        let pieces: Vec<_> = (0..batch.num_rows()).step_by(rows).map(|s| Ok(batch.slice(s, rows.min(batch.num_rows() - s)))).collect();
        let from_arrow = results(ukuk_pop::arrow::households(pieces.into_iter()), today);
        same(&from_arrow, &from_json);
    }
}

/// Text in each of Arrow's shapes: large strings and string views (as
/// polars gives them) and dictionaries of text (a pandas `category`, a
/// polars `Categorical`), in an Arrow table and through a Parquet file, is
/// read as the plain text columns are.
#[test]
fn text_columns_of_every_arrow_kind_give_the_same_results() {
    use arrow_array::types::{Int32Type, Int8Type};
    use arrow_array::{Array, ArrayRef, DictionaryArray, LargeStringArray, StringArray, StringViewArray};
    let today = d("2026-09-01");
    let (_, text) = text_table(&population(1500, 31));
    let header = table::columns();
    let col = |name: &str| header.iter().position(|c| c == name).unwrap();
    let strings = |name: &str| text.column(col(name)).as_any().downcast_ref::<StringArray>().unwrap().iter().collect::<Vec<_>>();
    let mut columns: Vec<ArrayRef> = text.columns().to_vec();
    for name in ["member_id", "birth_date", "income_wages"] {
        columns[col(name)] = Arc::new(strings(name).into_iter().collect::<LargeStringArray>());
    }
    for name in ["household_id", "sex", "income_pension"] {
        columns[col(name)] = Arc::new(strings(name).into_iter().collect::<StringViewArray>());
    }
    columns[col("vehicle_kind")] = Arc::new(strings("vehicle_kind").into_iter().collect::<DictionaryArray<Int8Type>>());
    // A dictionary whose values hold a null and a text no row uses.
    let values: ArrayRef = Arc::new(StringArray::from(vec![None, Some("unused"), Some("citizen"), Some("kairylman")]));
    let code = |s: Option<&str>| match s {
        None => 0,
        Some("citizen") => 2,
        Some("kairylman") => 3,
        Some(other) => panic!("a status synth does not write: {other}"),
    };
    let keys = arrow_array::Int32Array::from(strings("status").into_iter().map(|s| Some(code(s))).collect::<Vec<_>>());
    columns[col("status")] = Arc::new(DictionaryArray::<Int32Type>::try_new(keys, values).unwrap());
    let kinds = person_table(columns);
    let from_text = results(ukuk_pop::arrow::households(std::iter::once(Ok(text.clone()))), today);
    assert!(from_text.len() > 1000);
    let from_kinds = results(ukuk_pop::arrow::households(std::iter::once(Ok(kinds.clone()))), today);
    same(&from_kinds, &from_text);
    // Through a Parquet file: the Arrow types are kept in its schema.
    let path = std::env::temp_dir().join(format!("ukuk-pop-kinds-{}.parquet", std::process::id()));
    let mut sink = ukuk_pop::arrow::ParquetSink::create(&path, kinds.schema()).unwrap();
    sink.write(&kinds).unwrap();
    sink.finish().unwrap();
    let from_parquet = results(ukuk_pop::arrow::read_parquet(&path).unwrap(), today);
    same(&from_parquet, &from_text);
    let _ = std::fs::remove_file(&path);
}

/// A person table need not hold its columns in the order of `ukuk synth`,
/// nor all of them: Arrow and Parquet rows are read by column name (the
/// cells are looked up in the columns' own order, not the file's).
#[test]
fn columns_in_any_order_and_some_left_out_give_the_same_results() {
    let today = d("2026-09-01");
    let pop = population(1500, 21);
    let (_, batch) = text_table(&pop);
    let schema = batch.schema();
    // Reversed, without the columns the population leaves empty.
    let keep: Vec<usize> = (0..batch.num_columns()).rev().filter(|&c| batch.column(c).null_count() < batch.num_rows()).collect();
    assert!(keep.len() + 5 < batch.num_columns() && keep.first() != Some(&0), "some columns are left out and the order changes");
    let fields: Vec<arrow_schema::Field> = keep.iter().map(|&c| schema.field(c).clone()).collect();
    let columns: Vec<arrow_array::ArrayRef> = keep.iter().map(|&c| batch.column(c).clone()).collect();
    let shuffled = arrow_array::RecordBatch::try_new(Arc::new(arrow_schema::Schema::new(fields)), columns).unwrap();
    let from_json = results(batch::read_json_lines(Cursor::new(jsonl(&pop))), today);
    let pieces: Vec<_> = (0..shuffled.num_rows()).step_by(11).map(|s| Ok(shuffled.slice(s, 11.min(shuffled.num_rows() - s)))).collect();
    same(&results(ukuk_pop::arrow::households(pieces.into_iter()), today), &from_json);
    let path = std::env::temp_dir().join(format!("ukuk-pop-order-{}.parquet", std::process::id()));
    let mut sink = ukuk_pop::arrow::ParquetSink::create(&path, shuffled.schema()).unwrap();
    sink.write(&shuffled).unwrap();
    sink.finish().unwrap();
    same(&results(ukuk_pop::arrow::read_parquet(&path).unwrap(), today), &from_json);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn parquet_and_arrow_batches_give_the_same_results_as_json_lines() {
    let today = d("2026-09-01");
    let pop = population(2000, 12);
    let (_, batch) = text_table(&pop);
    // Record batches of 7 rows: households cut across batches.
    let pieces: Vec<_> = (0..batch.num_rows()).step_by(7).map(|s| Ok(batch.slice(s, 7.min(batch.num_rows() - s)))).collect();
    let from_arrow = results(ukuk_pop::arrow::households(pieces.into_iter()), today);
    let from_json = results(batch::read_json_lines(Cursor::new(jsonl(&pop))), today);
    same(&from_arrow, &from_json);
    // Through a Parquet file.
    let path = std::env::temp_dir().join(format!("ukuk-pop-{}.parquet", std::process::id()));
    let mut sink = ukuk_pop::arrow::ParquetSink::create(&path, batch.schema()).unwrap();
    sink.write(&batch).unwrap();
    sink.finish().unwrap();
    let from_parquet = results(ukuk_pop::arrow::read_parquet(&path).unwrap(), today);
    same(&from_parquet, &from_json);
    // A results table holds what the CSV does.
    let out_rows: Vec<batch::OutRow> =
        pop.iter().take(50).map(|(id, w, h)| batch::OutRow::of(id, dec(w), &ukuk_rules::evaluate_lean(h, today).unwrap(), false)).collect();
    let table = ukuk_pop::arrow::results_batch(&out_rows, false).unwrap();
    assert_eq!(table.num_rows(), 50);
    // Each cell of the table is the value of the CSV's text.
    let columns = batch::output_columns(false);
    for (i, row) in out_rows.iter().enumerate() {
        for (c, text) in row.texts().iter().enumerate() {
            let col = table.column(c);
            let value = if col.is_null(i) {
                String::new()
            } else if let Some(s) = col.as_any().downcast_ref::<arrow_array::StringArray>() {
                s.value(i).to_string()
            } else {
                let d = col.as_any().downcast_ref::<arrow_array::Decimal128Array>().unwrap();
                Decimal::from_i128_with_scale(d.value(i), u32::try_from(d.scale()).unwrap()).to_string()
            };
            match (value.parse::<Decimal>(), text.parse::<Decimal>()) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{}: {value} against {text}", columns[c]),
                _ => assert_eq!(&value, text, "{}", columns[c]),
            }
        }
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn the_chart_draws_each_benefit_with_a_cost_now_and_with_the_reform() {
    let today = d("2026-09-01");
    let c = simulate_pop(&population(500, 13), &gmi("1500.00", "2026-01-01"), today);
    let path = std::env::temp_dir().join(format!("ukuk-chart-{}.svg", std::process::id()));
    let labels = ukuk_pop::chart::Labels {
        title: "GMI 1 500".into(),
        baseline: "now".into(),
        reform: "reform".into(),
        axis: "millions of som a year".into(),
        benefit_names: vec![("family_assistance".into(), "Family assistance".into())],
    };
    ukuk_pop::chart::draw(&c, &labels, &path).unwrap();
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(svg.starts_with("<svg"));
    for text in ["GMI 1 500", "Family assistance", "now", "reform", "millions of som a year"] {
        assert!(svg.contains(text), "{text}");
    }
    let with_cost = c.lines.iter().filter(|l| l.baseline.yearly > Decimal::ZERO || l.reform.yearly > Decimal::ZERO).count();
    assert!(with_cost >= 2);
    // Two bars per benefit, the two legend swatches, the background.
    let bars = svg.matches("fill=\"#4B5563\"").count() + svg.matches("fill=\"#0B4F8A\"").count();
    assert!(bars >= 2 * with_cost, "{bars} bars for {with_cost} benefits");
    let _ = std::fs::remove_file(&path);
}

#[test]
fn a_results_row_writes_amounts_as_the_result_does() {
    let out = ukuk_rules::evaluate(&handbook(), d("2020-06-15")).unwrap();
    let row = batch::OutRow::of("hb", dec("1"), &out, false).texts();
    let cols = batch::output_columns(false);
    let cell = |c: &str| row[cols.iter().position(|x| x == c).unwrap()].clone();
    let json = serde_json::to_value(&out).unwrap();
    for b in json["benefits"].as_array().unwrap() {
        let id = b["id"].as_str().unwrap();
        assert_eq!(cell(&format!("{id}_status")), b["status"].as_str().unwrap());
        assert_eq!(cell(&format!("{id}_amount")), b["amount"].as_str().unwrap_or(""), "{id}");
    }
    assert_eq!(cell("family_assistance_amount"), "2430.00");
}
