#!/usr/bin/env python3
"""Write the sourced input files of the Cyprus data set.

Reads cyprus_facts.json (beside this script) and Natural Earth's 1:10 million layers (--sources, the folder of
`.7z` or `.json` files, e.g. the world sources folder), and writes into --out:

  study-area.geojson            the island as Natural Earth's 10m land draws it (init --study-area FILE)
  snapshot-1960-08-16.geojson   the dated control snapshots (import snapshots): polygons with `controller`,
  snapshot-1974-08-16.geojson   `name`, `source` (URLs), `accuracy`, `note`, `date`
  events.csv                    the events (import events): ACLED's column names plus kind, title, url,
                                claimed_by, denied_by, time
  places.geojson                the places with their English, Greek and Turkish names
  init.args, snapshots.args,    the arguments of the public commands, one per line, paths relative to --out
  events.args
  report.json                   areas measured and published, overlaps and gaps, where each place falls

Nothing is drawn by hand: the north and the buffer zone are Natural Earth's disputed-area polygons, the UK base
areas are Natural Earth's land boundary lines closed with the 10m coast, and the Republic of Cyprus is the rest
of the study area (given with --fill). The script checks what the facts say (exit status 1 if a check fails).
"""

import argparse
import csv
import io
import json
import math
import os
import subprocess
import sys
import tempfile
from collections import Counter
from urllib.parse import urlparse

import shapely
from pyproj import Geod
from shapely.geometry import LineString, Point, box, shape
from shapely.geometry.polygon import orient
from shapely.ops import polygonize, unary_union

HERE = os.path.dirname(os.path.abspath(__file__))
GEOD = Geod(ellps="WGS84")
BASE_CODES = {"WSB", "ESB"}  # Natural Earth's adm0_a3 of the Western and Eastern Sovereign Base Areas
GRID = 1e-6  # degrees: the grid every line is noded on (about 0.1 m), the data format's 6 decimals
# Kinds the events may use: the engine's existing ones and the new ones the events importer adds.
EVENT_KINDS = {
    "capture", "handover", "ceasefire", "offensive", "clash", "mine", "explosion", "strike", "aid", "blockade",
    "checkpoint", "closure", "exodus", "declaration", "decree", "flag", "withdrawal", "agreement", "resolution",
    "arrest", "protest", "referendum", "crossing",
}
CSV_COLUMNS = [
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "kind", "title", "url", "claimed_by", "denied_by", "time",
]
# The --columns mapping for the columns that are not ACLED's (ACLED's are the importer's defaults).
EXTRA_COLUMNS = ["kind", "title", "url", "claimed_by", "denied_by", "time"]

failures = []


def fail(message):
    failures.append(message)
    print("CHECK FAILED: " + message, file=sys.stderr)


# ---------------------------------------------------------------- reading


def read_layer(sources, name):
    """A Natural Earth layer from `name.json` or `name.7z` (one GeoJSON file inside) in the sources folder."""
    plain = os.path.join(sources, name + ".json")
    if os.path.exists(plain):
        with open(plain, encoding="utf-8") as handle:
            return json.load(handle)
    packed = os.path.join(sources, name + ".7z")
    if not os.path.exists(packed):
        sys.exit(f"--sources: {sources}: neither {name}.json nor {name}.7z")
    result = subprocess.run(["7z", "x", "-so", packed], capture_output=True)
    if result.returncode != 0:
        sys.exit(f"{packed}: 7z failed: {result.stderr.decode(errors='replace').strip()}")
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as error:
        sys.exit(f"{packed}: not one GeoJSON file: {error}")


def parts(geometry):
    return list(getattr(geometry, "geoms", [geometry]))


# ---------------------------------------------------------------- measuring


def km2(geometry):
    """Geodesic area on WGS84, each polygon counter-clockwise so that parts never cancel."""
    total = 0.0
    for polygon in parts(geometry):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        area, _ = GEOD.geometry_area_perimeter(orient(polygon, 1.0))
        total += abs(area)
    return total / 1e6


def m2(geometry):
    return km2(geometry) * 1e6


# ---------------------------------------------------------------- geometry


def island_polygon(land, extent_box):
    found = [p for f in land["features"] for p in parts(shape(f["geometry"])) if p.intersects(extent_box)]
    if len(found) != 1:
        sys.exit(f"ne_10m_land: {len(found)} land parts in the extent, expected one (the island)")
    return found[0]


def disputed_area(areas, name, expected_parts):
    found = [f for f in areas["features"] if f["properties"].get("NAME") == name]
    if len(found) != 1:
        sys.exit(f"ne_10m_admin_0_disputed_areas: {len(found)} features named {name!r}, expected one")
    geometry = shape(found[0]["geometry"])
    if len(parts(geometry)) != expected_parts:
        fail(f"{name}: {len(parts(geometry))} parts, the facts say {expected_parts}")
    if not geometry.is_valid:
        fail(f"{name}: invalid geometry in Natural Earth ({shapely.is_valid_reason(geometry)})")
    return geometry


def base_area_lines(boundaries, codes, extent_box):
    """Natural Earth's land boundary lines with a base area on either side: (left code, right code, line)."""
    lines = []
    for feature in boundaries["features"]:
        props = feature["properties"]
        sides = (props.get("adm0_a3_l"), props.get("adm0_a3_r"))
        if not set(sides) & codes:
            continue
        for line in parts(shape(feature["geometry"])):
            if line.intersects(extent_box) and line.length > 1e-6:
                lines.append((sides[0], sides[1], line))
    return lines


def extended_to_coast(line, coast):
    """The line with each end that lies on the coast pushed 1 m past it, so that noding cuts the coast there
    (Natural Earth's ends lie within 1e-9 degrees of the coast, not on it)."""
    coords = list(line.coords)
    for end, inner in ((0, 1), (-1, -2)):
        if Point(coords[end]).distance(coast) < 1e-6:
            dx, dy = coords[end][0] - coords[inner][0], coords[end][1] - coords[inner][1]
            norm = math.hypot(dx, dy)
            beyond = (coords[end][0] + dx / norm * 1e-5, coords[end][1] + dy / norm * 1e-5)
            if end == 0:
                coords.insert(0, beyond)
            else:
                coords.append(beyond)
    return LineString(coords)


def side_points(line, offset=2e-5):
    """Points just left and right of the middle of each segment longer than about 10 m."""
    coords = list(line.coords)
    for a, b in zip(coords, coords[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(dx, dy)
        if norm < 1e-4:
            continue
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        yield (mx - dy / norm * offset, my + dx / norm * offset), (mx + dy / norm * offset, my - dx / norm * offset)


def base_areas(island, lines):
    """The base areas as polygons: the boundary lines closed with the coast and polygonised; each face takes the
    code Natural Earth gives the side of the lines it lies on. Returns {code: polygon}; under "enclaves" the faces
    the lines close off that are neither base area nor the main island (the Cypriot enclaves)."""
    coast = island.exterior
    faces = [
        f for f in polygonize(unary_union([coast] + [extended_to_coast(line, coast) for _, _, line in lines]))
        if island.contains(f.representative_point())
    ]
    votes = [Counter() for _ in faces]
    for left, right, line in lines:
        for left_point, right_point in side_points(line):
            for index, face in enumerate(faces):
                if face.contains(Point(left_point)):
                    votes[index][left] += 1
                if face.contains(Point(right_point)):
                    votes[index][right] += 1
    labelled = {}
    for face, vote in zip(faces, votes):
        if not vote:
            continue
        code, count = vote.most_common(1)[0]
        base_votes = sum(n for c, n in vote.items() if c in BASE_CODES)
        if 0 < base_votes < sum(vote.values()) * 0.9 and code in BASE_CODES:
            fail(f"a face of {km2(face):.3f} km² at {face.representative_point().coords[0]} lies on sides "
                 f"{dict(vote)} of the lines: ambiguous")
        labelled.setdefault(code if code in BASE_CODES else "other", []).append(face)
    result = {code: unary_union(faces_) for code, faces_ in labelled.items() if code in BASE_CODES}
    others = sorted(labelled.get("other", []), key=lambda f: f.area)
    result["enclaves"] = others[:-1]  # the largest "other" face is the rest of the island
    return result


def noded_pieces(island, claims):
    """Every boundary noded once on the GRID and polygonised; each face goes to the claim it overlaps most (more
    than half of it), else to the rest. Returns (study area, {piece: geometry}, rest) tiling the study area."""
    # unary_union with a grid size snap-rounds: every vertex and every crossing lands on the grid, noded.
    lines = shapely.unary_union([island.exterior] + [g.boundary for g in claims.values()], grid_size=GRID)
    faces = list(polygonize(lines))
    kept, assigned = [], {name: [] for name in claims}
    rest = []
    for face in faces:
        if face.area == 0 or face.intersection(island).area < face.area * 0.5:
            continue  # sea: slivers between Natural Earth's coast and the disputed areas' coast
        kept.append(face)
        best, best_area = None, 0.0
        for name, claim in claims.items():
            overlap = face.intersection(claim).area
            if overlap > best_area:
                best, best_area = name, overlap
        if best is not None and best_area > face.area * 0.5:
            assigned[best].append(face)
        else:
            rest.append(face)
    study = shapely.coverage_union_all(kept)
    pieces = {name: shapely.coverage_union_all(faces_) for name, faces_ in assigned.items()}
    return study, pieces, shapely.coverage_union_all(rest)


def pair_gaps(a, b, island, tolerance=5e-4):
    """Land along the common edge of two pieces that neither covers: the closing of A ∪ B by `tolerance`
    degrees (about 50 m) minus A and B, near both edges and on land."""
    if a.distance(b) > tolerance:
        return 0.0
    joined = a.union(b)
    closed = joined.buffer(tolerance).buffer(-tolerance)
    near = a.boundary.buffer(tolerance).intersection(b.boundary.buffer(tolerance))
    return m2(closed.difference(joined).intersection(near).intersection(island))


# ---------------------------------------------------------------- writing


def rounded(geometry):
    def ring(coords):
        return [[round(x, 6), round(y, 6)] for x, y in coords]

    polygons = [orient(p, 1.0) for p in parts(geometry) if not p.is_empty]
    as_lists = [[ring(p.exterior.coords)] + [ring(r.coords) for r in p.interiors] for p in polygons]
    if len(as_lists) == 1:
        return {"type": "Polygon", "coordinates": as_lists[0]}
    return {"type": "MultiPolygon", "coordinates": as_lists}


def write_atomic(path, text):
    directory = os.path.dirname(path)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def feature_collection(features):
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def resolve_sources(facts, keys):
    urls = []
    for key in keys:
        value = key if key.startswith("http") else facts["sources"].get(key)
        if value is None:
            fail(f"source key {key!r} is not in the sources table")
            continue
        for url in value.split(" ; "):
            if url not in urls:
                urls.append(url)
    return urls


def outlet_names(urls):
    names = []
    for url in urls:
        host = urlparse(url).netloc.lower()
        host = host[4:] if host.startswith("www.") else host
        if host not in names:
            names.append(host)
    return "; ".join(names)


# ---------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", required=True, help="folder of Natural Earth's 10m layers (.7z or .json)")
    parser.add_argument("--out", required=True, help="folder to write the input files into (created)")
    parser.add_argument("--facts", default=os.path.join(HERE, "cyprus_facts.json"))
    parser.add_argument("--quiet", action="store_true", help="print only failed checks")
    args = parser.parse_args()
    say = (lambda *a: None) if args.quiet else print

    with open(args.facts, encoding="utf-8") as handle:
        facts = json.load(handle)
    region = facts["region"]
    extent_box = box(*region["extent"])
    os.makedirs(args.out, exist_ok=True)

    # --- Natural Earth
    land = read_layer(args.sources, "ne_10m_land")
    areas = read_layer(args.sources, "ne_10m_admin_0_disputed_areas")
    boundaries = read_layer(args.sources, "ne_10m_admin_0_boundary_lines_land")
    disputed_lines = read_layer(args.sources, "ne_10m_admin_0_boundary_lines_disputed_areas")

    geometry_facts = facts["geometry"]
    island = island_polygon(land, extent_box)
    north = disputed_area(areas, geometry_facts["north"]["select"]["NAME"], geometry_facts["north"]["parts"])
    zone = disputed_area(
        areas, geometry_facts["buffer-zone"]["select"]["NAME"], geometry_facts["buffer-zone"]["parts"])
    codes = {geometry_facts["akrotiri"]["select"]["adm0_a3"], geometry_facts["dhekelia"]["select"]["adm0_a3"]}
    if codes != BASE_CODES:
        sys.exit(f"{args.facts}: geometry: the base areas' codes {sorted(codes)} are not {sorted(BASE_CODES)}")
    lines = base_area_lines(boundaries, codes, extent_box)
    in_disputed_lines = base_area_lines(disputed_lines, codes | {"CYN", "CNM", "CYP"}, extent_box)
    bases = base_areas(island, lines)
    akrotiri = bases.get(geometry_facts["akrotiri"]["select"]["adm0_a3"])
    dhekelia = bases.get(geometry_facts["dhekelia"]["select"]["adm0_a3"])
    if akrotiri is None or dhekelia is None:
        sys.exit("ne_10m_admin_0_boundary_lines_land: the base area lines do not close with the coast")
    enclaves = bases["enclaves"]
    raw = {"north": north, "buffer-zone": zone, "akrotiri": akrotiri, "dhekelia": dhekelia}

    # --- overlaps and gaps between the sources, before noding
    names = list(raw)
    overlaps, gaps = {}, {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            overlaps[f"{a}/{b}"] = round(m2(raw[a].intersection(raw[b])), 1)
            gaps[f"{a}/{b}"] = round(pair_gaps(raw[a], raw[b], island), 1)
    outside = {name: round(m2(g.difference(island)), 3) for name, g in raw.items()}

    # --- the partition of the study area
    study, pieces, rest = noded_pieces(island, raw)
    moved = {name: round(pieces[name].hausdorff_distance(raw[name]) * 111_320, 2) for name in raw}
    for name, geometry in pieces.items():
        if not geometry.is_valid:
            fail(f"{name}: invalid after noding ({shapely.is_valid_reason(geometry)})")
    after = [pieces[n] for n in names] + [rest]
    for i in range(len(after)):
        for j in range(i + 1, len(after)):
            if after[i].intersection(after[j]).area > 0:
                fail(f"pieces {i} and {j} overlap after noding")
    if abs(sum(g.area for g in after) - study.area) > 1e-12:
        fail("the pieces do not tile the study area after noding")

    # --- areas
    measured = {
        "island": km2(study), "north": km2(pieces["north"]), "buffer-zone": km2(pieces["buffer-zone"]),
        "akrotiri": km2(pieces["akrotiri"]), "dhekelia": km2(pieces["dhekelia"]),
        "sba-total": km2(pieces["akrotiri"]) + km2(pieces["dhekelia"]),
        "republic-of-cyprus": km2(rest),
        "republic-of-cyprus-1960": km2(rest) + km2(pieces["north"]) + km2(pieces["buffer-zone"]),
        "dhekelia-enclaves": sum(km2(e) for e in enclaves),
    }
    published = {a["id"]: a["km2"] for a in facts["published_areas"]}
    say("Areas (geodesic, WGS84), measured from Natural Earth 1:10m vs published:")
    area_rows = []
    for key in ["island", "north", "buffer-zone", "akrotiri", "dhekelia", "sba-total", "dhekelia-enclaves",
                "republic-of-cyprus"]:
        value = measured[key]
        row = {"id": key, "measured_km2": round(value, 1)}
        if key in published:
            row["published_km2"] = published[key]
            row["difference_pct"] = round((value - published[key]) / published[key] * 100, 1)
        area_rows.append(row)
        say(f"  {key:20s} {value:9.1f} km²" + (
            f"   published {published[key]:9.1f}   {row['difference_pct']:+5.1f}%" if key in published else ""))
    say("  Cypriot enclaves the base area lines close off: "
        + ", ".join(f"{km2(e):.2f} km² ({'inland' if not e.intersects(island.exterior) else 'on the coast'})"
                    for e in enclaves))
    say(f"  Republic of Cyprus 1960-1974 (all but the base areas): {measured['republic-of-cyprus-1960']:.1f} km²")
    say("Overlaps between the Natural Earth pieces before noding (m²): " + json.dumps(overlaps))
    say("Gaps along their common edges before noding (m², land within 50 m of both edges): " + json.dumps(gaps))
    say("Beyond the 10m coast (m², dropped): " + json.dumps(outside))
    say("Largest move of any line by noding on the 1e-6 grid (m): " + json.dumps(moved))
    say(f"Lines with a Cyprus code in ne_10m_admin_0_boundary_lines_disputed_areas: {len(in_disputed_lines)}")

    # --- where each place falls (1974 on); a point just off Natural Earth's coarse coast takes the nearest zone
    zones_1974 = dict(pieces, **{"republic-of-cyprus": rest})
    place_rows = []
    for place in facts["places"]:
        point = Point(place["lon"], place["lat"])
        metres = 111_320 * math.cos(math.radians(place["lat"]))  # per degree, good enough for distances of 1 km
        inside = [name for name, g in zones_1974.items() if g.covers(point)]
        if inside:
            holder, offshore = inside[0], 0
        else:
            holder, nearest = min(((name, g.distance(point)) for name, g in zones_1974.items()), key=lambda x: x[1])
            offshore = round(nearest * metres)
            if offshore > 1000:
                holder = "sea"
        edge = round(min(g.boundary.distance(point) for g in zones_1974.values()) * metres)
        place_rows.append({"id": place["id"], "zone_1974": holder, "edge_m": edge, "off_coast_m": offshore})
        expected = place.get("zone_1974")
        if expected and expected != holder:
            fail(f"place {place['id']}: falls in {holder} from 1974, the facts say {expected}")
    say("Places from 1974: " + ", ".join(
        f"{r['id']} {r['zone_1974']} ({r['edge_m']} m from a zone edge or the coast"
        + (f", {r['off_coast_m']} m off the 10m coast)" if r["off_coast_m"] else ")") for r in place_rows))

    # --- snapshots
    snapshot_files = []
    for snapshot in facts["snapshots"]:
        features = []
        for piece in snapshot["pieces"]:
            urls = resolve_sources(facts, piece["sources"])
            features.append({
                "type": "Feature",
                "id": f"{piece['piece']}-{snapshot['date']}",
                "properties": {
                    "controller": piece["controller"], "date": snapshot["date"], "name": piece["name"],
                    "source": " ; ".join(urls), "accuracy": "approximate", "note": piece["note"],
                },
                "geometry": rounded(pieces[piece["piece"]]),
            })
        name = f"snapshot-{snapshot['date']}.geojson"
        write_atomic(os.path.join(args.out, name), feature_collection(features))
        snapshot_files.append(name)
    write_atomic(os.path.join(args.out, "study-area.geojson"), feature_collection([{
        "type": "Feature", "id": "study-area",
        "properties": {"name": "Cyprus", "source": " ; ".join(resolve_sources(facts, ["ne-land"])),
                       "note": "Natural Earth 1:10m land polygon of the island, noded on the 1e-6 degree grid."},
        "geometry": rounded(study)}]))

    # --- places
    places = {p["id"]: p for p in facts["places"]}
    place_features = []
    for place in facts["places"]:
        props = {"kind": place["kind"], "rank": place["rank"], "name": place["name:en"]}
        for key in ["name:en", "name:el", "name:tr", "alt_name:en"]:
            if key in place:
                props[key] = place[key]
        props["source"] = " ; ".join(resolve_sources(facts, place["sources"]))
        props["accuracy"] = place["accuracy"]
        if "note" in place:
            props["note"] = place["note"]
        place_features.append({"type": "Feature", "id": place["id"], "properties": props,
                               "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]}})
        if not extent_box.contains(Point(place["lon"], place["lat"])):
            fail(f"place {place['id']} lies outside the extent")
    write_atomic(os.path.join(args.out, "places.geojson"), feature_collection(place_features))

    # --- events
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    ids = set()
    for event in facts["events"]:
        if event["id"] in ids:
            fail(f"event {event['id']}: id repeated")
        ids.add(event["id"])
        if event["kind"] not in EVENT_KINDS:
            fail(f"event {event['id']}: kind {event['kind']!r} is not one the importer takes")
        if event["date"] < region["first_date"]:
            fail(f"event {event['id']}: before the first date")
        urls = resolve_sources(facts, event["sources"])
        place = places.get(event["at"]) if "at" in event else None
        if "at" in event and place is None:
            fail(f"event {event['id']}: no place {event['at']!r}")
        note = event.get("note", "")
        geo_precision = event.get("geo_precision", "") if place else ""
        if place and place["accuracy"] != "exact" and geo_precision == 1:
            # The town is right but its coordinates are not exact: the event is approximate as its place is.
            geo_precision = 2
            note = (note + " " if note else "") + (
                f"{place['name:en']}'s coordinates are approximate (see the place's note).")
        notes = event["description"] + (" Note: " + note if note else "")
        writer.writerow([
            event["id"], event["date"], event["time_precision"], event["event_type"], event["sub_event_type"],
            event.get("actor1", ""), event.get("actor2", ""),
            place["name:en"] if place else "", place["lat"] if place else "", place["lon"] if place else "",
            geo_precision,
            outlet_names(urls), notes, event.get("fatalities", ""),
            event["kind"], event["title"], " ; ".join(urls), event.get("claimed_by", ""),
            json.dumps(event["denied_by"], ensure_ascii=False) if event.get("denied_by") else "",
            event.get("time", ""),
        ])
    write_atomic(os.path.join(args.out, "events.csv"), buffer.getvalue())

    # --- the commands' arguments
    init_args = ["--id", region["id"], "--name", region["name"],
                 "--extent", ",".join(str(v) for v in region["extent"]), "--first-date", region["first_date"]]
    for party in facts["parties"]:
        details = "".join(f";{key}={party[key]}" for key in ("short", "authority", "color") if party.get(key))
        init_args += ["--party", f"{party['id']}={party['name']}{details}"]
    for language in region["languages"]:
        init_args += ["--language", language]
    init_args += ["--study-area", "study-area.geojson", "--places", "places.geojson"]
    init_args += ["--attribution", region["attribution"], "--licence", region["licence"],
                  "--utc-offset", region["utc_offset"], "--data-version", region["version"]]
    fill = [p["id"] for p in facts["parties"] if p.get("fill")]
    if len(fill) != 1:
        fail(f"exactly one party must have fill: true ({fill})")
    snapshot_sources = []
    for snapshot in facts["snapshots"]:
        for piece in snapshot["pieces"]:
            snapshot_sources += piece["sources"]
    snapshot_sources += next(p for p in facts["parties"] if p.get("fill"))["sources"]
    snapshots_args = snapshot_files + ["--controller-property", "controller", "--fill", fill[0],
                                       "--source", " ; ".join(resolve_sources(facts, snapshot_sources))]
    events_args = ["events.csv"]
    for column in EXTRA_COLUMNS:
        events_args += ["--columns", f"{column}={column}"]
    for name, values in [("init.args", init_args), ("snapshots.args", snapshots_args), ("events.args", events_args)]:
        if any("\n" in v for v in values):
            fail(f"{name}: an argument holds a line break")
        write_atomic(os.path.join(args.out, name), "\n".join(values) + "\n")

    report = {
        "areas": area_rows,
        "enclaves_km2": [round(km2(e), 2) for e in enclaves],
        "republic_of_cyprus_1960_km2": round(measured["republic-of-cyprus-1960"], 1),
        "overlaps_m2": overlaps, "gaps_m2": gaps, "beyond_coast_m2": outside, "noding_moved_m": moved,
        "disputed_area_lines_for_cyprus": len(in_disputed_lines), "places": place_rows,
        "events": len(facts["events"]), "events_with_place": sum(1 for e in facts["events"] if "at" in e),
        "failed_checks": failures,
    }
    write_atomic(os.path.join(args.out, "report.json"), json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    say(f"Wrote {len(snapshot_files)} snapshots, {len(place_features)} places, {len(facts['events'])} events "
        f"({report['events_with_place']} with a place) into {args.out}")
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
