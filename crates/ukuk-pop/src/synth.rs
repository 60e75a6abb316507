//! A synthetic population of Kyrgyz households, deterministic for a seed.
//!
//! **Synthetic, not statistics.** Real survey microdata (the Kyrgyz
//! Integrated Household Survey) is not public; these households have
//! plausible shapes — sizes of 1 to 10 around 4, children of all ages,
//! grandparents, wages, pensions, business and livestock incomes, herds,
//! cars and lorries, the nine regions with their share of households, a
//! regional coefficient and a high-mountain share each, births in the year,
//! job seekers — so that an analyst can exercise a reform end to end. No
//! figure computed on them is an estimate for the country. The shapes below
//! are the generator's, not the law's: no rule of `rules/` is here.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value};
use ukuk_rules::Date;

/// Households in the country, roughly: the weights of a sample sum to it.
pub const COUNTRY_HOUSEHOLDS: u64 = 1_700_000;

/// A region: its share of households (per mille), its regional
/// coefficients (hundredths, chosen uniformly), its share of high-mountain
/// settlements (per cent) and of rural households (per cent).
struct Region {
    share: u32,
    coefficients: &'static [u32],
    high_mountain: u32,
    rural: u32,
}

const REGIONS: &[Region] = &[
    // Bishkek
    Region { share: 180, coefficients: &[100], high_mountain: 0, rural: 0 },
    // Osh city
    Region { share: 55, coefficients: &[100], high_mountain: 0, rural: 0 },
    // Chui
    Region { share: 150, coefficients: &[100, 115], high_mountain: 2, rural: 75 },
    // Issyk-Kul
    Region { share: 85, coefficients: &[100, 120, 150], high_mountain: 35, rural: 75 },
    // Naryn
    Region { share: 45, coefficients: &[130, 150, 170], high_mountain: 85, rural: 90 },
    // Talas
    Region { share: 45, coefficients: &[100, 120], high_mountain: 25, rural: 85 },
    // Jalal-Abad
    Region { share: 190, coefficients: &[100, 120, 150], high_mountain: 20, rural: 80 },
    // Osh region
    Region { share: 190, coefficients: &[100, 120, 160], high_mountain: 20, rural: 90 },
    // Batken
    Region { share: 60, coefficients: &[110, 130, 150], high_mountain: 30, rural: 85 },
];

fn percent(rng: &mut ChaCha8Rng, p: u32) -> bool {
    rng.random_range(0..100) < p
}

fn date_between(rng: &mut ChaCha8Rng, from: Date, to: Date) -> Date {
    let span = from.days_until(to).max(0);
    from.add_days(rng.random_range(0..=span))
}

/// A birth date for someone `years` old (whole years) on `on`.
fn born(rng: &mut ChaCha8Rng, on: Date, years: i32) -> Date {
    let latest = on.add_months(-12 * years);
    date_between(rng, latest.add_months(-12).add_days(1), latest)
}

/// A monthly amount in som, skewed: most near `median`, some far above.
fn amount(rng: &mut ChaCha8Rng, median: u32) -> String {
    let low = median / 3;
    let mut a = rng.random_range(low..=median.saturating_mul(2));
    if percent(rng, 10) {
        a = a.saturating_mul(rng.random_range(2..=4));
    }
    format!("{}.00", a / 10 * 10)
}

/// One household, the contract's JSON, its id and its weight.
pub struct Synthetic {
    pub id: String,
    pub weight: String,
    pub household: Value,
}

/// `n` households for the day `on`, the same for the same seed.
pub fn population(n: u64, seed: u64, on: Date) -> impl Iterator<Item = Synthetic> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    // Every household stands for the same number of the country's.
    let weight = if n == 0 {
        String::from("0")
    } else {
        format!("{:.4}", rust_decimal::Decimal::from(COUNTRY_HOUSEHOLDS) / rust_decimal::Decimal::from(n))
    };
    (0..n).map(move |i| Synthetic { id: format!("h{}", i + 1), weight: weight.clone(), household: household(&mut rng, on) })
}

fn pick_region(rng: &mut ChaCha8Rng) -> &'static Region {
    let total: u32 = REGIONS.iter().map(|r| r.share).sum();
    let mut x = rng.random_range(0..total);
    for r in REGIONS {
        if x < r.share {
            return r;
        }
        x -= r.share;
    }
    &REGIONS[0]
}

fn household(rng: &mut ChaCha8Rng, on: Date) -> Value {
    let region = pick_region(rng);
    let rural = percent(rng, region.rural);
    let coefficient = region.coefficients[rng.random_range(0..region.coefficients.len())];
    let mut h = Map::new();
    if coefficient != 100 {
        h.insert("region_coefficient".into(), json!(format!("{}.{:02}", coefficient / 100, coefficient % 100)));
    }
    let high = percent(rng, region.high_mountain);
    if high {
        h.insert("high_mountain".into(), json!(true));
    }
    let mut members: Vec<Value> = Vec::new();
    let mut count = 0u32;
    let mut person = |_: &mut Vec<Value>, birth: Date, sex: &str| -> Map<String, Value> {
        count += 1;
        let mut m = Map::new();
        m.insert("id".into(), json!(format!("p{count}")));
        m.insert("birth_date".into(), json!(birth.to_string()));
        m.insert("sex".into(), json!(sex));
        m
    };
    let single = percent(rng, 12);
    let mother_age = rng.random_range(20..=50);
    let mut adults = Vec::new();
    let mut mother = person(&mut members, born(rng, on, mother_age), "female");
    mother.insert("status".into(), json!({"kind": "citizen"}));
    adults.push(mother);
    if !single {
        let age = mother_age + rng.random_range(0..=6);
        let mut father = person(&mut members, born(rng, on, age), "male");
        father.insert("status".into(), json!({"kind": "citizen"}));
        adults.push(father);
    }
    for a in &mut adults {
        if percent(rng, if rural { 45 } else { 65 }) {
            a.insert("income".into(), json!({"wages": amount(rng, if rural { 9000 } else { 18000 })}));
        } else if percent(rng, 30) {
            a.insert("income".into(), json!({"business": amount(rng, 8000)}));
        }
        if percent(rng, 3) {
            a.insert("disability".into(), json!({"group": rng.random_range(1..=3)}));
        }
    }
    if percent(rng, 2) {
        if let Some(a) = adults.first_mut() {
            a.insert("status".into(), json!({"kind": "kairylman"}));
        }
    }
    members.extend(adults.into_iter().map(Value::Object));
    // Children: 0 to 6, more in the countryside; the youngest may be a newborn.
    let children = rng.random_range(0..=if rural { 6 } else { 4 });
    let mut newborn = None;
    let mut born_on: Vec<Date> = Vec::new();
    for c in 0..children {
        let years = rng.random_range(0..=(mother_age - 18).clamp(0, 17));
        let mut birth =
            if c == 0 && percent(rng, 18) { date_between(rng, on.add_months(-12).add_days(1), on) } else { born(rng, on, years) };
        // Siblings born on one day would be twins that no birth counts:
        // the generator makes none (a day earlier, they are not twins).
        while born_on.contains(&birth) {
            birth = birth.add_days(-1);
        }
        born_on.push(birth);
        let mut child = person(&mut members, birth, if percent(rng, 50) { "female" } else { "male" });
        if percent(rng, 1) {
            child.insert("disability".into(), json!({"since_childhood": true}));
        }
        if birth.months_until(on) < 12 {
            newborn = Some(birth);
        }
        members.push(Value::Object(child));
    }
    // A grandparent, mostly with a pension.
    if percent(rng, if rural { 30 } else { 18 }) {
        let sex = if percent(rng, 60) { "female" } else { "male" };
        let age = rng.random_range(58..=88);
        let mut g = person(&mut members, born(rng, on, age), sex);
        g.insert("status".into(), json!({"kind": "citizen"}));
        if percent(rng, 85) {
            g.insert("pension_right".into(), json!(true));
            g.insert("income".into(), json!({"pension": amount(rng, 8000)}));
        } else {
            g.insert("pension_right".into(), json!(false));
        }
        members.push(Value::Object(g));
    }
    // Livestock and its income in the countryside.
    let mut assets = Map::new();
    if rural && percent(rng, 70) {
        let mut herd = Map::new();
        for (animal, most) in [("sheep", 40), ("goat", 15), ("cow", 6), ("horse", 4), ("heifer", 3), ("calf", 3)] {
            if percent(rng, 45) {
                herd.insert(animal.into(), json!(rng.random_range(1..=most)));
            }
        }
        if !herd.is_empty() {
            assets.insert("livestock".into(), Value::Object(herd));
        }
        if percent(rng, 30) {
            if let Some(m) = members.first_mut().and_then(Value::as_object_mut) {
                m.entry("income")
                    .or_insert_with(|| json!({}))
                    .as_object_mut()
                    .map(|i| i.insert("livestock".into(), json!(amount(rng, 3000))));
            }
        }
    }
    if percent(rng, 32) {
        let kind = if percent(rng, 8) { "lorry" } else { "passenger_car" };
        assets.insert("vehicles".into(), json!([{"kind": kind, "year": rng.random_range(1992..=on.year()), "working": percent(rng, 92)}]));
    }
    if !assets.is_empty() {
        h.insert("assets".into(), Value::Object(assets));
    }
    // The birth of the year's newborn, claimed by the mother (mostly in time).
    if let Some(b) = newborn {
        let mut birth = Map::new();
        birth.insert("date".into(), json!(b.to_string()));
        birth.insert("children".into(), json!(1));
        birth.insert("applicant".into(), json!("p1"));
        if percent(rng, 85) {
            birth.insert("application_date".into(), json!(date_between(rng, b, b.add_months(2).min(on)).to_string()));
        }
        h.insert("births".into(), json!([Value::Object(birth)]));
    }
    // A job seeker among the adults.
    if percent(rng, 6) {
        let months = rng.random_range(0..=36);
        h.insert(
            "unemployment".into(),
            json!({"member": "p1", "registered_on": date_between(rng, on.add_months(-3), on).to_string(), "insured_months_last_36": months, "insured_record_continuous": percent(rng, 70)}),
        );
        if let Some(m) = members.first_mut().and_then(Value::as_object_mut) {
            m.remove("income");
        }
    }
    h.insert("members".into(), Value::Array(members));
    Value::Object(h)
}
