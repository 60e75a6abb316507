//! A reform's comparison as a table for a terminal (in the language of
//! `--lang`) or as JSON (`--json`).

use rust_decimal::Decimal;
use ukuk_pop::simulate::{Comparison, Totals};

use crate::Cli;

/// Groups of three digits, a space between them: `1 234 567.00`.
fn grouped(d: Decimal) -> String {
    let text = d.round_dp(2).to_string();
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f:0<2}"),
        None => format!("{sign}{out}"),
    }
}

fn whole(d: Decimal) -> String {
    grouped(d.round())
}

pub fn comparison_text(cli: &Cli, c: &Comparison) -> String {
    let mut s = String::new();
    let title = if c.title.is_empty() { "-".to_string() } else { c.title.clone() };
    s.push_str(&cli.t("cli-sim-title", &[("title", &title), ("households", &c.households.to_string()), ("date", &c.date.to_string())]));
    s.push_str("\n\n");
    let head = [
        cli.t("cli-sim-benefit", &[]),
        cli.t("cli-sim-recipients", &[]),
        String::new(),
        cli.t("cli-sim-monthly", &[]),
        String::new(),
        cli.t("cli-sim-yearly", &[]),
        String::new(),
    ];
    let sub = [
        String::new(),
        cli.t("cli-sim-baseline", &[]),
        cli.t("cli-sim-reform", &[]),
        cli.t("cli-sim-baseline", &[]),
        cli.t("cli-sim-reform", &[]),
        cli.t("cli-sim-baseline", &[]),
        cli.t("cli-sim-reform", &[]),
    ];
    let mut rows: Vec<[String; 7]> = vec![head, sub];
    let (mut tb, mut tr) = (Totals::default(), Totals::default());
    for l in &c.lines {
        tb.monthly += l.baseline.monthly;
        tb.yearly += l.baseline.yearly;
        tr.monthly += l.reform.monthly;
        tr.yearly += l.reform.yearly;
        rows.push([
            l.benefit.to_string(),
            whole(l.baseline.recipients),
            whole(l.reform.recipients),
            whole(l.baseline.monthly),
            whole(l.reform.monthly),
            whole(l.baseline.yearly),
            whole(l.reform.yearly),
        ]);
    }
    rows.push([
        cli.t("cli-sim-total", &[]),
        String::new(),
        String::new(),
        whole(tb.monthly),
        whole(tr.monthly),
        whole(tb.yearly),
        whole(tr.yearly),
    ]);
    let widths: Vec<usize> = (0..7).map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0)).collect();
    for r in &rows {
        for (i, cell) in r.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i == 0 {
                s.push_str(cell);
                s.push_str(&" ".repeat(pad));
            } else {
                s.push_str("  ");
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            }
        }
        s.push('\n');
    }
    for l in c.lines.iter().filter(|l| l.baseline.amount_unknown > Decimal::ZERO || l.reform.amount_unknown > Decimal::ZERO) {
        s.push_str(&cli.t(
            "cli-sim-unknown",
            &[("benefit", l.benefit), ("baseline", &whole(l.baseline.amount_unknown)), ("reform", &whole(l.reform.amount_unknown))],
        ));
        s.push('\n');
    }
    s.push('\n');
    s.push_str(&cli.t("cli-sim-gainers", &[("gain", &whole(c.gainers)), ("lose", &whole(c.losers))]));
    s.push_str("\n\n");
    s.push_str(&cli.t("cli-sim-deciles", &[]));
    s.push('\n');
    for d in &c.deciles {
        s.push_str(&cli.t(
            "cli-sim-decile",
            &[
                ("decile", &d.decile.to_string()),
                ("income", &grouped(d.income_up_to)),
                ("households", &whole(d.households)),
                ("change", &grouped(d.mean_change)),
            ],
        ));
        s.push('\n');
    }
    s
}

pub fn comparison_json(c: &Comparison) -> String {
    ukuk_pop::simulate::comparison_json(c)
}
