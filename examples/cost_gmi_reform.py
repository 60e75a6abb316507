"""What would a guaranteed minimum income of 1 500 som cost?

A worked example for analysts: a synthetic population, its results with
pandas, and the reform costed against the rules in force. Install the
package first (from the repository's root):

    pip install ./crates/ukuk-py pandas

then run:  python examples/cost_gmi_reform.py [HOUSEHOLDS]

The population is synthetic (real survey microdata is not public): the
figures show how to cost a reform, they are not estimates for the country.
"""

import sys
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pandas as pd

import ukuk

DATE = "2026-09-01"
REFORM = Path(__file__).with_name("reform-gmi-1500.toml")

households = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
people = ukuk.synth(households, seed=1, date=DATE)
print(f"{households} synthetic households, {people.num_rows} people")

# The rules in force: one row per household, amounts as exact decimals.
results = ukuk.evaluate_batch(people.to_pandas(), date=DATE).to_pandas()
fa = results[results["family_assistance_status"] == "eligible"]
weights = fa["weight"].map(Decimal)
amounts = fa["family_assistance_amount"].map(Decimal)
recipients = weights.sum()
monthly = (weights * amounts).sum()
print(f"Family assistance now: {recipients:,.0f} households, {monthly:,.0f} som a month")

# The reform, side by side with the rules in force.
comparison = ukuk.simulate(people, str(REFORM), date=DATE)
table = pd.DataFrame(
    [
        {
            "benefit": b["id"],
            "recipients now": round(Decimal(b["baseline"]["recipients"])),
            "recipients with reform": round(Decimal(b["reform"]["recipients"])),
            "cost a year now": round(Decimal(b["baseline"]["yearly"])),
            "cost a year with reform": round(Decimal(b["reform"]["yearly"])),
        }
        for b in comparison["benefits"]
    ]
).set_index("benefit")
print(f"\n{comparison['title']}\n")
print(table.to_string())
extra = table["cost a year with reform"].sum() - table["cost a year now"].sum()
print(f"\nExtra cost a year: {extra:,} som; households that gain: {Decimal(comparison['gainers']):,.0f}")

# The baseline of the simulation is what evaluate_batch gave, as simulate
# reports it: recipients to 4 places, money to 2 (rounded half to even).
now = next(b for b in comparison["benefits"] if b["id"] == "family_assistance")["baseline"]
assert Decimal(now["recipients"]) == recipients.quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
assert Decimal(now["monthly"]) == monthly.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
