#!/usr/bin/env python3
"""Independent checks of the RFC 7946 test fixtures (Tests/GeoJSONTests/Fixtures/rfc7946).

1. Every fixture but the `syntax-*` ones is strict JSON (Python's json module, with duplicate
   member names refused).
2. Where the PyPI packages are installed (`pip install geojson-validator geojson-pydantic`), each
   fixture's verdict (valid and warning: accepted; invalid: rejected) is compared with theirs.
   Neither package checks every rule the reader enforces, so disagreements are listed for a
   person to judge, not counted as failures.

Run from the repository root: python3 fuzz/tools/check-fixtures.py
"""
import glob, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "GeoJSONTests", "Fixtures", "rfc7946")


def strict_pairs(pairs):
    names = [name for name, _ in pairs]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"duplicate member names {sorted(duplicates)}")
    return dict(pairs)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=strict_pairs)


def pydantic_verdict(value):
    try:
        from pydantic import TypeAdapter, ValidationError
        from geojson_pydantic import Feature, FeatureCollection
        from geojson_pydantic.geometries import Geometry
    except ImportError:
        return None
    from typing import Union
    import warnings
    adapter = TypeAdapter(Union[FeatureCollection, Feature, Geometry])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            adapter.validate_python(value)
        except ValidationError as error:
            return "rejected: " + str(error).splitlines()[0]
    if caught:
        return "accepted, warning: " + "; ".join(sorted({str(w.message) for w in caught}))
    return "accepted"


def validator_verdict(value):
    try:
        import geojson_validator
    except ImportError:
        return None
    geojson_validator.configure_logging(enabled=False)
    try:
        problems = geojson_validator.validate_structure(value)
    except Exception as error:  # it refuses some inputs outright (a top-level array)
        return f"rejected: raised {error}"[:100]
    try:
        geometry_problems = geojson_validator.validate_geometries(value)
        invalid = geometry_problems.get("invalid", {})
    except Exception as error:  # it raises on some structures it does not expect
        invalid = {"raised": str(error)}
    if problems or invalid:
        return "rejected: " + json.dumps({**problems, **invalid})[:100]
    return "accepted"


def main():
    failures = 0
    rows = []
    paths = sorted(glob.glob(os.path.join(FIXTURES, "*", "*.geojson")))
    if not paths:
        print("no fixtures found", file=sys.stderr)
        return 1
    for path in paths:
        verdict = os.path.basename(os.path.dirname(path))
        name = os.path.basename(path)
        if name.startswith("syntax-"):
            try:
                load(path)
                print(f"{verdict}/{name}: parses, but a syntax fixture should not", file=sys.stderr)
                failures += 1
            except ValueError:
                pass
            continue
        try:
            value = load(path)
        except ValueError as error:
            print(f"{verdict}/{name}: not strict JSON: {error}", file=sys.stderr)
            failures += 1
            continue
        ours = "rejected" if verdict == "invalid" else "accepted"
        rows.append((f"{verdict}/{name}", ours, pydantic_verdict(value), validator_verdict(value)))
    print(f"{len(paths)} fixtures; JSON: {'all strict' if failures == 0 else f'{failures} problems'}")
    for label, index in (("geojson-pydantic", 2), ("geojson-validator", 3)):
        judged = [row for row in rows if row[index] is not None]
        if not judged:
            print(f"{label}: not installed")
            continue
        def verdict(text):
            return text.split(":")[0].split(",")[0]
        agree = [row for row in judged if verdict(row[index]) == row[1]]
        print(f"{label}: agrees on {len(agree)} of {len(judged)}")
        for row in judged:
            if verdict(row[index]) != row[1]:
                print(f"  {row[0]}: we say {row[1]}, it says {row[index]}")
        for row in judged:
            if verdict(row[index]) == row[1] and "warning" in row[index]:
                print(f"  {row[0]}: both accept; it also warns: {row[index].split('warning: ')[1]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
