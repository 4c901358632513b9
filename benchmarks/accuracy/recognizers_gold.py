#!/usr/bin/env python3
"""Turns Microsoft Recognizers-Text's English NumberWithUnit specifications into NewsQuant-format gold files, and
keeps of ClaimCheck's claims those of the dimension a specification annotates, so that both go through
../shared/tools/newsquant_score.py unchanged.

Usage:
  recognizers_gold.py gold SET SPEC.json OUT.json        # SET: age, currency, dimension or temperature
  recognizers_gold.py filter SET CLAIMS.jsonl OUT.jsonl

Decisions (documented in benchmarks/README.md):
- An entry marked NotSupported for some languages is kept: Recognizers-Text is a .NET library first, and the other
  ports lag behind it; the expected result is still the intended answer. Only entries that the .NET implementation
  itself does not support ("dotnet" in NotSupported) are skipped, since not even the reference meets them.
- A result without a value (a unit named alone: "convert 10 celsius to fahrenheit") is not a quantity and is dropped.
- Each specification annotates only its own model's dimension ("the Great Wall is more than 500 years old and extends
  for more than 5,000 miles" lists the age, not the miles), so ClaimCheck's claims are filtered to that dimension by
  their kind and unit (the filter below), never by sentence.
- Units: Recognizers' unit names are mapped to the names NewsQuant's normalised units use (lower case, singular,
  British -metre spelling, ages as "<unit> of age"), by one table of unit names per set plus the spelling rule; the
  scorer's own light normalisation then applies as for NewsQuant.
"""
import json
import sys

# Unit names that the general rule (lower case, -meter -> -metre) does not already give in NewsQuant's vocabulary.
UNIT_NAMES = {
    "age": {"Year": "year of age", "Month": "month of age", "Week": "week of age", "Day": "day of age",
            "Age": "year of age"},
    "currency": {"United States dollar": "dollar", "Pound": "pound sterling", "British pound": "pound sterling",
                 "Pence": "penny", "Netherlands guilder": "dutch guilder"},
    "dimension": {"Pound": "pound-mass", "Metric ton": "tonne", "Mile per hour": "mile per hour"},
    "temperature": {"C": "celsius", "F": "fahrenheit", "K": "kelvin"},
}

TEMPERATURE_UNITS = {"celsius", "fahrenheit", "kelvin", "degree", "degree celsius", "degree fahrenheit"}


def unit_name(model, unit):
    mapped = UNIT_NAMES[model].get(unit)
    if mapped is not None:
        return mapped
    return " ".join(w[:-5] + "metre" if w.endswith("meter") else w for w in unit.lower().split())


def gold(model, spec_path, out_path):
    spec = json.load(open(spec_path, encoding="utf-8-sig"))
    sentences = []
    for entry in spec:
        if "dotnet" in (entry.get("NotSupported") or "").lower():
            continue
        quantities = []
        for result in entry.get("Results") or []:
            resolution = result.get("Resolution") or {}
            value = resolution.get("value")
            if value is None:
                continue
            unit = resolution.get("unit") or ""
            quantities.append({"change": "=", "value": str(value), "unit": unit,
                               "normalized_unit": unit_name(model, unit), "surface": result.get("Text")})
        sentences.append({"text": entry["Input"], "quantities": quantities})
    json.dump(sentences, open(out_path, "w", encoding="utf-8"), ensure_ascii=False, indent=0)


def in_dimension(model, claim):
    kind, unit = claim.get("kind"), (claim.get("unit") or "").lower()
    if model == "currency":
        return kind == "money"
    if model == "age":
        # An age is a length of time: a duration counts (its unit then says whether it was read as an age).
        return unit.endswith(" of age") or unit == "age" or kind == "duration"
    if model == "temperature":
        return kind == "measure" and unit in TEMPERATURE_UNITS
    if model == "dimension":
        return kind == "measure" and not unit.endswith(" of age") and unit not in TEMPERATURE_UNITS - {"degree"}
    raise SystemExit(f"unknown set {model}")


def filter_claims(model, claims_path, out_path):
    with open(claims_path, encoding="utf-8") as src, open(out_path, "w", encoding="utf-8") as out:
        for line in src:
            if line.strip() and in_dimension(model, json.loads(line)):
                out.write(line)


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 4 and args[0] == "gold" and args[1] in UNIT_NAMES:
        gold(args[1], args[2], args[3])
    elif len(args) == 4 and args[0] == "filter" and args[1] in UNIT_NAMES:
        filter_claims(args[1], args[2], args[3])
    else:
        print(__doc__)
        sys.exit(2)
