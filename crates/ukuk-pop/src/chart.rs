//! The comparison drawn (`ukuk simulate --chart FILE.svg`): for each
//! benefit with a cost, the yearly cost under the rules in force and under
//! the reform, side by side, in millions of som. The texts come from the
//! caller (the command line's translation files).

use std::path::Path;

use plotters::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::simulate::Comparison;

/// The chart's texts, in the reader's language.
pub struct Labels {
    pub title: String,
    pub baseline: String,
    pub reform: String,
    pub axis: String,
    /// Each benefit's name by its id (the id when missing).
    pub benefit_names: Vec<(String, String)>,
}

const BASELINE: RGBColor = RGBColor(0x4b, 0x55, 0x63);
const REFORM: RGBColor = RGBColor(0x0b, 0x4f, 0x8a);

/// Millions of som, for drawing only (the figures printed stay exact).
fn millions(d: Decimal) -> f64 {
    (d / Decimal::from(1_000_000)).to_f64().unwrap_or(0.0)
}

pub fn draw(c: &Comparison, labels: &Labels, path: &Path) -> Result<(), String> {
    let lines: Vec<_> = c.lines.iter().filter(|l| l.baseline.yearly > Decimal::ZERO || l.reform.yearly > Decimal::ZERO).collect();
    let top = lines.iter().map(|l| millions(l.baseline.yearly).max(millions(l.reform.yearly))).fold(0.0, f64::max).max(1.0) * 1.15;
    let width = 160 + 150 * lines.len().max(1) as u32;
    let root = SVGBackend::new(path, (width, 520)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let mut chart = ChartBuilder::on(&root)
        .caption(&labels.title, ("sans-serif", 20))
        .margin(16)
        .x_label_area_size(48)
        .y_label_area_size(90)
        .build_cartesian_2d(0.0..lines.len().max(1) as f64, 0.0..top)
        .map_err(|e| e.to_string())?;
    let names: Vec<String> = lines
        .iter()
        .map(|l| labels.benefit_names.iter().find(|(id, _)| id == l.benefit).map_or_else(|| l.benefit.to_string(), |(_, n)| n.clone()))
        .collect();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(lines.len().max(1) * 2 + 1)
        .x_label_formatter(&|x| {
            let i = x.floor() as usize;
            if (x - x.floor() - 0.5).abs() < 0.01 {
                names.get(i).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_desc(&labels.axis)
        .draw()
        .map_err(|e| e.to_string())?;
    for (i, l) in lines.iter().enumerate() {
        let x = i as f64;
        chart
            .draw_series(std::iter::once(Rectangle::new([(x + 0.12, 0.0), (x + 0.48, millions(l.baseline.yearly))], BASELINE.filled())))
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(std::iter::once(Rectangle::new([(x + 0.52, 0.0), (x + 0.88, millions(l.reform.yearly))], REFORM.filled())))
            .map_err(|e| e.to_string())?;
    }
    // The legend: two swatches and their names.
    chart
        .draw_series(std::iter::once(Rectangle::new([(0.0, 0.0), (0.0, 0.0)], BASELINE.filled())))
        .map_err(|e| e.to_string())?
        .label(&labels.baseline)
        .legend(|(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], BASELINE.filled()));
    chart
        .draw_series(std::iter::once(Rectangle::new([(0.0, 0.0), (0.0, 0.0)], REFORM.filled())))
        .map_err(|e| e.to_string())?
        .label(&labels.reform)
        .legend(|(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], REFORM.filled()));
    chart.configure_series_labels().background_style(WHITE.mix(0.9)).border_style(BLACK).draw().map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}
