#!/usr/bin/env python3
"""Derive Chronomap's bundled data set (Nagorno-Karabakh) from public sources.

Inputs, read only here and only when a developer runs this script by hand:
  * the Natural Earth 10m layers and the GeoNames extract of a sources folder (see its README.md),
    given with --sources (required: the folder is not part of the repository);
  * nagorno_karabakh_facts.json beside this script: every date, place, name, event, route
    interval, control change and source URL, transcribed by hand from the public pages its sources
    table names.

This script holds only the geometry: how the study area is cut into pieces, how the pieces are
grouped into dated control zones and overlays, where derived points go.  It writes region.json,
base.geojson, places.geojson, routes.geojson, zones.geojson and events.geojson into --out (each file
to a temporary name, then renamed), prints what it computed, checks the facts it can check (who holds
each place on every key date, the 2023 rules), and with --validate runs `chronomap validate --data OUT`.

Requirements: Python 3.9+, shapely 2.x, pyproj 3.x.  Deterministic: the same inputs give the same bytes.

    python3 tools/data/derive_nagorno_karabakh.py --sources DIR --out /tmp/nk [--validate]
"""

import argparse
import datetime
import json
import math
import os
import subprocess
import sys
from collections import OrderedDict

import numpy as np
import shapely
import shapely.ops
from pyproj import Geod, Transformer
from shapely.geometry import (LineString, MultiLineString, MultiPolygon, Point, Polygon,
                              mapping, shape)
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, unary_union

HERE = os.path.dirname(os.path.abspath(__file__))
TABLES_FILE = os.path.join(HERE, "nagorno_karabakh_facts.json")

GRID = 1e-6                      # 6 decimals, the precision of every coordinate written
GEOD = Geod(ellps="WGS84")
UTM = "EPSG:32638"               # UTM zone 38N covers 42-48 E: local metric CRS for buffers
_TO_UTM = Transformer.from_crs("EPSG:4326", UTM, always_xy=True)
_TO_WGS = Transformer.from_crs(UTM, "EPSG:4326", always_xy=True)

NATURAL_EARTH = "Natural Earth 10m (public domain), naturalearthdata.com"
GEONAMES = "GeoNames, geonames.org (CC BY 4.0)"

ARTSAKH, AZERBAIJAN, CONTESTED, PEACEKEEPERS = "artsakh", "azerbaijan", "contested", "peacekeepers"
CONTROLLERS = (ARTSAKH, AZERBAIJAN, PEACEKEEPERS, CONTESTED)


def load_tables(path=TABLES_FILE):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh, object_pairs_hook=OrderedDict)


TABLES = load_tables()
REGION = TABLES["region"]
FIRST_DATE = REGION["first_date"]
TAKEOVER = TABLES["takeover"]["date"]            # first day of the take-over range of 2023
TAKEOVER_EDTF = TABLES["takeover"]["edtf"]       # the range itself, as EDTF
SOURCES = TABLES["sources"]
PLACES = TABLES["places"]
PLACE_BY_ID = {p["id"]: p for p in PLACES}
WAYPOINTS = TABLES["routes"]["waypoints"]
CONTROL_CHANGES = TABLES["control_changes"]


def cite(*entries):
    """Source string: each entry is a key of the sources table, a literal URL/credit, or a list of
    those; the URLs are joined with ' ; ', duplicates dropped, order kept."""
    flat = []
    for entry in entries:
        if isinstance(entry, (list, tuple)):
            flat.extend(entry)
        elif entry:
            flat.append(entry)
    seen, out = set(), []
    for entry in flat:
        text = SOURCES.get(entry, entry)
        if entry not in SOURCES and not (text.startswith("http") or text in (NATURAL_EARTH, GEONAMES)):
            raise KeyError("unknown source key %r" % entry)
        for item in (part.strip() for part in text.split(" ; ")):
            if item and item not in seen:
                seen.add(item)
                out.append(item)
    return " ; ".join(out)


def first_url(entry):
    """The first URL of a sources-table key or of a source string ('URL ; URL'): a note's citation."""
    return SOURCES.get(entry, entry).split(" ; ")[0].strip()


# --------------------------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------------------------
def _reproject(transformer, g):
    def fn(xy):
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])
    return shapely.transform(g, fn)


def to_utm(g):
    return _reproject(_TO_UTM, g)


def to_wgs(g):
    return _reproject(_TO_WGS, g)


def buffer_m(g, metres):
    """Buffer by a distance in metres, in the local UTM CRS."""
    return to_wgs(to_utm(g).buffer(metres, quad_segs=16))


def disc(lonlat, metres):
    return buffer_m(Point(lonlat), metres)


def polygonal(g):
    """The polygonal part of a geometry as a (Multi)Polygon (drops slivers of lower dimension)."""
    if g.is_empty:
        return MultiPolygon()
    if isinstance(g, (Polygon, MultiPolygon)):
        return g
    polys = []
    for part in getattr(g, "geoms", []):
        if isinstance(part, Polygon):
            polys.append(part)
        elif isinstance(part, MultiPolygon):
            polys.extend(part.geoms)
    return MultiPolygon(polys) if polys else MultiPolygon()


def snap(g):
    return polygonal(shapely.set_precision(g, GRID))


def inter(a, b):
    return polygonal(shapely.intersection(a, b, grid_size=GRID))


def diff(a, b):
    return polygonal(shapely.difference(a, b, grid_size=GRID))


def union(gs):
    gs = [g for g in gs if not g.is_empty]
    if not gs:
        return MultiPolygon()
    return polygonal(shapely.union_all(gs, grid_size=GRID))


def area_km2(g):
    """Geodesic area on the WGS84 ellipsoid, in km²."""
    total = 0.0
    for p in getattr(g, "geoms", [g]):
        if isinstance(p, Polygon) and not p.is_empty:
            a, _ = GEOD.geometry_area_perimeter(orient(p, 1.0))
            total += a
    return abs(total) / 1e6


def length_km(line):
    return GEOD.geometry_length(line) / 1000.0


def dist_km(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def component_containing(g, lonlat):
    p = Point(lonlat)
    for part in getattr(g, "geoms", [g]):
        if part.contains(p):
            return part
    raise ValueError("no component contains %s" % (lonlat,))


def merge_lines(g):
    """Merge touching lines; always a MultiLineString."""
    if isinstance(g, LineString):
        return MultiLineString([g])
    parts = [x for x in getattr(g, "geoms", []) if isinstance(x, LineString)]
    merged = linemerge(MultiLineString(parts))
    return MultiLineString([merged]) if isinstance(merged, LineString) else merged


def r6(x):
    v = round(x, 6)
    return 0.0 if v == 0 else v


def coords_out(geom):
    """GeoJSON geometry dict, 6 decimals, exteriors counter-clockwise and holes clockwise."""
    if isinstance(geom, Point):
        return {"type": "Point", "coordinates": [r6(geom.x), r6(geom.y)]}
    if isinstance(geom, LineString):
        return {"type": "LineString", "coordinates": dedup([[r6(x), r6(y)] for x, y in geom.coords])}
    if isinstance(geom, MultiLineString):
        return {"type": "MultiLineString",
                "coordinates": [dedup([[r6(x), r6(y)] for x, y in l.coords]) for l in geom.geoms]}

    def ring(r):
        return [[r6(x), r6(y)] for x, y in r.coords]

    def poly(p):
        p = orient(p, 1.0)
        return [ring(p.exterior)] + [ring(i) for i in p.interiors]
    if isinstance(geom, Polygon):
        return {"type": "Polygon", "coordinates": poly(geom)}
    if isinstance(geom, MultiPolygon):
        parts = sorted(geom.geoms, key=lambda p: (-p.area, p.bounds))
        return {"type": "MultiPolygon", "coordinates": [poly(p) for p in parts]}
    raise TypeError(geom.geom_type)


def dedup(cs):
    out = []
    for c in cs:
        if not out or out[-1] != c:
            out.append(c)
    return out


def as_multi(g):
    return MultiPolygon([g]) if isinstance(g, Polygon) else g


def feature(fid, props, geom):
    """A GeoJSON feature; geom None gives `geometry: null` (an event with no place: listed, not drawn)."""
    return OrderedDict([("type", "Feature"), ("id", fid), ("properties", props), ("geometry", None if geom is None else coords_out(geom))])


def write_collection(path, features):
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids)), "duplicate ids in %s" % path
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


PROPERTY_ORDER = ["kind", "controller", "parties", "party", "route", "status", "rank", "title", "name", "name:en", "name:az", "name:hy",
                  "alt_name:en", "disputed", "iso_a3", "description",
                  "date", "date:edtf", "start_date", "start_date:edtf", "end_date", "end_date:edtf", "time", "time_note", "date_accuracy",
                  "claimed_by", "denied_by", "source", "accuracy", "note"]


def props(values):
    """Properties in the project's key order: kind, names, dates, the rest, then source/accuracy/note."""
    out = OrderedDict()
    for key in PROPERTY_ORDER:
        if values.get(key) is not None:
            out[key] = values[key]
    unknown = [k for k in values if k not in out and values[k] is not None]
    if unknown:
        raise KeyError("properties not in the key order: %s" % unknown)
    return out


def write_json(path, value):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(value, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    os.replace(tmp, path)


def box(w, s, e, n):
    return Polygon([(w, s), (e, s), (e, n), (w, n)])


# --------------------------------------------------------------------------------------------
# Source layers
# --------------------------------------------------------------------------------------------


def load_layer(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        return json.load(fh)["features"]


class SourceLayers:
    def __init__(self, folder):
        self.countries = {f["properties"]["name"]: (f["properties"]["iso_a3"], shape(f["geometry"]))
                          for f in load_layer(folder, "ne_countries.geojson")}
        self.boundary_lines = [shape(f["geometry"]) for f in load_layer(folder, "ne_boundary_lines.geojson")]
        self.breakaway = shape(load_layer(folder, "ne_nagorno_karabakh_breakaway.geojson")[0]["geometry"])
        self.oblast = shape(load_layer(folder, "ne_nkao_1991.geojson")[0]["geometry"])
        lines = load_layer(folder, "ne_nagorno_karabakh_lines.geojson")
        self.oblast_lines = [shape(f["geometry"]) for f in lines if f["properties"]["name"] == "Former USSR oblast in 1991"]
        self.ceasefire_1994 = unary_union([shape(f["geometry"]) for f in lines if f["properties"]["name"] == "Ceasefire Line 1994"])
        self.lakes = {f["properties"]["name"]: shape(f["geometry"]) for f in load_layer(folder, "ne_lakes.geojson")}
        self.rivers = [(f["properties"]["name"], shape(f["geometry"])) for f in load_layer(folder, "ne_rivers.geojson")]
        self.geonames = [(f["properties"]["name"], shape(f["geometry"])) for f in load_layer(folder, "geonames_places.geojson")]


# --------------------------------------------------------------------------------------------
# Places and waypoints
# --------------------------------------------------------------------------------------------


def place_lonlat(name):
    """(lon, lat) of a place id or a named waypoint of the facts file."""
    if name in PLACE_BY_ID and PLACE_BY_ID[name]["lat"] is not None:
        p = PLACE_BY_ID[name]
        return (p["lon"], p["lat"])
    if name == "hin-shen":   # no coordinates in any source: on route B between the two places named beside it
        spec = WAYPOINTS["hin_shen"]
        (ax, ay), (bx, by) = place_lonlat(spec["between"][0]), place_lonlat(spec["between"][1])
        f = spec["fraction"]
        return (round(ax + (bx - ax) * f, 4), round(ay + (by - ay) * f, 4))
    spec = WAYPOINTS[name]
    if isinstance(spec, list):
        return tuple(spec)
    if "towards" in spec:     # a distance along the straight line from one place towards another
        a, t = place_lonlat(spec["from"]), place_lonlat(spec["towards"])
        frac = spec["km"] / dist_km(a, t)
        return (a[0] + (t[0] - a[0]) * frac, a[1] + (t[1] - a[1]) * frac)
    raise KeyError(name)


def route_lines():
    return {name: LineString([place_lonlat(p) for p in stops]) for name, stops in TABLES["routes"]["lines"].items()}


def move_m(lonlat, azimuth_deg, metres):
    lon, lat, _ = GEOD.fwd(lonlat[0], lonlat[1], azimuth_deg, metres)
    return (lon, lat)


# --------------------------------------------------------------------------------------------
# Base layer, with two local corrections of Natural Earth's Armenia-Azerbaijan border
# --------------------------------------------------------------------------------------------
COUNTRY_NAMES = {"Armenia": ("Ermənistan", "Հայաստան"), "Azerbaijan": ("Azərbaycan", "Ադրբեջան"), "Georgia": ("Gürcüstan", "Վրաստան"),
                 "Iran": ("İran", "Իրան"), "Russia": ("Rusiya", "Ռուսաստան"), "Turkey": ("Türkiyə", "Թուրքիա")}
COUNTRY_PARTY = {"Azerbaijan": AZERBAIJAN}
HAKARI_BRIDGE_LENGTH_M = 140.0   # "a bridge of about 140 m" (Turan), centred on the point of the facts file

# Each correction replaces Natural Earth's border between two of its own vertices (kept) by a new path.
#  * Kornidzor: the border runs through the Armenian (west) end of the Hakari bridge, which the sources put
#    "at the Armenia-Azerbaijan border" east of Kornidzor; NE's line puts Kornidzor 0.5 km inside Azerbaijan.
#  * Kapan: NE's line runs round Kapan on a spur; its two vertices west of Kapan are left out, so the line
#    runs straight between NE's neighbouring vertices, about 2.5 km east of the town (the true line is not in
#    our sources).
BORDER_CORRECTIONS = [
    dict(place="kornidzor", keep=((46.512024, 39.56756), (46.518276, 39.525444)), through=["hakari-bridge-west-end"]),
    dict(place="kapan", keep=((46.453371, 39.208409), (46.396268, 39.164432)), through=[]),
]


def hakari_bridge_west_end():
    bridge = place_lonlat("hakari-bridge")
    towards = place_lonlat("kornidzor")
    az = GEOD.inv(bridge[0], bridge[1], towards[0], towards[1])[0]
    return move_m(bridge, az, HAKARI_BRIDGE_LENGTH_M / 2)


def correction_path(fix):
    middle = [hakari_bridge_west_end() if p == "hakari-bridge-west-end" else place_lonlat(p) for p in fix["through"]]
    return [fix["keep"][0]] + middle + [fix["keep"][1]]


def splice_border(line, fix):
    """Replace the stretch of a border LineString between the two kept vertices by the correction path."""
    cs = [tuple(c) for c in line.coords]
    a, b = fix["keep"]
    if a not in cs or b not in cs:
        return line
    i, j = cs.index(a), cs.index(b)
    path = correction_path(fix)
    if i > j:
        i, j, path = j, i, list(reversed(path))
    return LineString(cs[:i] + path + cs[j + 1:])


def corrected_countries(layers):
    """Countries with the border corrections applied: the land between Natural Earth's line and the
    corrected path moves from Azerbaijan to Armenia.  Returns (countries, moved area)."""
    moved_parts = []
    for fix in BORDER_CORRECTIONS:
        old = None
        for line in merge_lines(unary_union(layers.boundary_lines)).geoms:
            cs = [tuple(c) for c in line.coords]
            if fix["keep"][0] in cs and fix["keep"][1] in cs:
                i, j = sorted((cs.index(fix["keep"][0]), cs.index(fix["keep"][1])))
                old = cs[i:j + 1]
        if old is None:
            raise AssertionError("border vertices of the %s correction not found" % fix["place"])
        path = correction_path(fix)
        if old[0] != path[0]:
            path = list(reversed(path))
        ring = Polygon(old + list(reversed(path))[1:-1])
        moved_parts.append(snap(ring.buffer(0)))
    az_iso, az = layers.countries["Azerbaijan"]
    am_iso, am = layers.countries["Armenia"]
    moved = inter(snap(az), union(moved_parts))
    countries = dict(layers.countries)
    countries["Azerbaijan"] = (az_iso, diff(snap(az), moved))
    countries["Armenia"] = (am_iso, union([snap(am), moved]))
    return countries, moved


def build_base(layers, countries):
    feats = []
    generalised = "Natural Earth 10m: generalised for maps at about 1:10 million, not precise at large scales."
    correction = (" Corrected locally: near Kornidzor the Armenia-Azerbaijan border runs through the Armenian end of the Hakari bridge (the sources put the bridge at the border; "
                  "Natural Earth's line put Kornidzor 0.5 km inside Azerbaijan); near Kapan two of Natural Earth's vertices, which put Kapan 0.7 km inside Azerbaijan, are left out. "
                  "The true line in both places is not in our sources.")
    for name in ["Armenia", "Azerbaijan", "Georgia", "Iran", "Russia", "Turkey"]:
        iso, geom = countries[name]
        name_az, name_hy = COUNTRY_NAMES[name]
        note = generalised + " Cut to the Caucasus (43.4-50.6 E, 37.9-42.2 N)."
        if name == "Azerbaijan":
            note += (" Natural Earth's admin-0 polygon, which includes Nakhchivan and Nagorno-Karabakh (Natural Earth also shows Nagorno-Karabakh as a breakaway area);"
                     " who controlled what is in zones.geojson.")
        if name in ("Armenia", "Azerbaijan"):
            note += correction
        if name == "Russia":
            note += " Only the part inside the cut (Dagestan)."
        feats.append(feature("country-" + name.lower(), props({
            "kind": "country", "party": COUNTRY_PARTY.get(name), "name": name, "name:en": name, "name:az": name_az, "name:hy": name_hy,
            "iso_a3": iso, "source": NATURAL_EARTH if name not in ("Armenia", "Azerbaijan") else cite(NATURAL_EARTH, "hakari-bridge-length", "facts11-hakari"),
            "accuracy": "approximate", "note": note}), geom))
    named = {n: g for n, (_, g) in layers.countries.items()}
    pairs = OrderedDict()
    for line in layers.boundary_lines:
        samples = [line.interpolate(f, normalized=True) for f in (0.1, 0.3, 0.5, 0.7, 0.9)]
        touching = sorted(n for n, g in named.items() if sum(g.distance(s) < 1e-5 for s in samples) >= 3)
        if touching == ["Armenia"]:
            touching = ["Armenia", "Azerbaijan"]   # the enclave cut out of Armenia's polygon
        pairs.setdefault(tuple(touching), []).append(line)
    for key in sorted(pairs):
        merged = merge_lines(unary_union(pairs[key]))
        note = generalised
        source = NATURAL_EARTH
        if key == ("Armenia", "Azerbaijan"):
            lines = list(merged.geoms)
            for fix in BORDER_CORRECTIONS:
                lines = [splice_border(l, fix) for l in lines]
            merged = MultiLineString(lines)
            note += correction + " Includes the Nakhchivan sections and enclave boundaries."
            source = cite(NATURAL_EARTH, "hakari-bridge-length", "facts11-hakari")
        name = " – ".join(key) + " border"
        feats.append(feature("border-" + "-".join(k.lower() for k in key),
                             props({"kind": "border", "name": name, "name:en": name, "source": source, "accuracy": "approximate", "note": note}), merged))
    oblast_line = merge_lines(unary_union(layers.oblast_lines))
    title = "Nagorno-Karabakh Autonomous Oblast boundary (1991)"
    feats.append(feature("nkao-boundary-1991", props({
        "kind": "former-boundary", "name": title, "name:en": title, "source": cite(NATURAL_EARTH, "1923", "1991-11"), "accuracy": "approximate",
        "note": ("Boundary of the Nagorno-Karabakh Autonomous Oblast (NKAO, established 1923 inside the Azerbaijan SSR; abolished by Azerbaijan's parliament on 1991-11-26), "
                 "as Natural Earth draws it ('Former USSR oblast in 1991', circa 1991). Historical reference line, not a current boundary. Coarse: the polygon it encloses "
                 "measures about 4,282 km² against the published 4,388 km².")}), oblast_line))
    for lake_id, ne_name, name in [("lake-sevan", "Lake Sevan", "Lake Sevan"), ("mingachevir-reservoir", "Mingevir Reservoir", "Mingachevir Reservoir")]:
        feats.append(feature(lake_id, props({"kind": "lake", "name": name, "name:en": name, "source": NATURAL_EARTH, "accuracy": "approximate",
                                             "note": generalised + (" Natural Earth spells it 'Mingevir Reservoir'." if ne_name != name else "")}),
                             layers.lakes[ne_name]))
    for river_id, name in [("river-aras", "Aras"), ("river-kura", "Kura")]:
        merged = merge_lines(unary_union([g for n, g in layers.rivers if n == name]))
        note = generalised + (" Includes Natural Earth's centre line through the Mingachevir reservoir." if name == "Kura" else "")
        feats.append(feature(river_id, props({"kind": "river", "name": name, "name:en": name, "source": NATURAL_EARTH, "accuracy": "approximate", "note": note}), merged))
    return feats


def build_places():
    feats = []
    for p in PLACES:
        lon, lat = place_lonlat(p["id"])
        feats.append(feature(p["id"], props({
            "kind": p["kind"], "rank": p["rank"], "name": p["name:en"], "name:en": p["name:en"], "name:az": p.get("name:az"), "name:hy": p.get("name:hy"),
            "alt_name:en": p.get("alt_name:en"), "disputed": True if p.get("alt_name:en") else None,
            "start_date": p.get("start_date"), "end_date": p.get("end_date"),
            "source": cite(p["source"]), "accuracy": p["accuracy"], "note": p.get("note")}), Point(lon, lat)))
    return feats


GEONAMES_NAMES = {"stepanakert": "Xankandi", "shusha": "Shushi", "askeran": "Askyaran", "martakert": "Martakert", "martuni": "Novyy Karanlug",
                  "hadrut": "Hadrut", "khojaly": "Xocali", "lachin": "Lacin", "kalbajar": "Kerbakhiar", "aghdam": "Agdam", "fuzuli": "Fizuli",
                  "jabrayil": "Jebrail", "qubadli": "Qubadli", "zangilan": "Zangilan", "goris": "Goris", "tegh": "Tegh", "kapan": "Kapan",
                  "ganja": "Ganja", "barda": "Barda", "tartar": "Terter"}


# --------------------------------------------------------------------------------------------
# Control zones: a partition of one fixed study area into pieces, each with a timeline
# --------------------------------------------------------------------------------------------
STUDY_BUFFER_M = 15000.0        # band of Azerbaijani-held land around the breakaway and oblast polygons
CORRIDOR_HALF_WIDTH_M = 2500.0  # the 5 km Lachin corridor of the 2020 statement
HAKARI_CHECKPOINT_M = 1000.0    # the checkpoint carve-out: the corridor strip from the border to 1 km up the road, 1 km each side of it
NEW_HIGHWAY_KM = 81.7           # the new Ahmadbeyli-Fuzuli-Shusha highway (Azerbaijan's roads agency)
MINE_KM = 58.0                  # "on the 58th kilometre" (axar.az, metbuat.az)
MINE_OFFSET_M = 300.0           # the tunnel blast is drawn this far inside Azerbaijani-held ground

# District lines outside the 1991 oblast, hand-drawn (lon, lat): no source gives them; the README lists them.
KALBAJAR_LACHIN = [(45.55, 39.925), (45.95, 39.855), (46.20, 39.895), (46.40, 39.935), (46.60, 39.965)]   # shifted north/south, see kalbajar_lachin_line()
LACHIN_QUBADLI = [(46.20, 39.455), (46.45, 39.47), (46.58, 39.50), (46.62, 39.52)]
QUBADLI_ZANGILAN = [(46.30, 39.175), (46.55, 39.185), (46.70, 39.205), (46.78, 39.21)]
QUBADLI_JABRAYIL = [(46.68, 39.47), (46.70, 39.40), (46.75, 39.31), (46.78, 39.21)]
ZANGILAN_JABRAYIL = [(46.78, 39.21), (46.84, 39.14), (46.88, 39.05)]
JABRAYIL_FUZULI = [(46.95, 39.48), (47.05, 39.45), (47.15, 39.45), (47.40, 39.45)]
# Inside the oblast: the Talish/Sugovushan sector, and the line of 2020-2023 in the south (the Shusha salient)
# near Sugovushan the line dips, over 4 km only, to 1.7 km south of its point (40.3259 N), so that the village the sources
# put on the Azerbaijani side of the line of 3 Oct 2020 lies there (the three positions in circulation lie north of 40.32 N)
NORTH_LINE = [(46.20, 40.335), (46.55, 40.33), (46.70, 40.325), (46.73, 40.3245), (46.75, 40.31), (46.77, 40.3255), (46.80, 40.33),
              (46.95, 40.34)]
SOUTH_OF_2020_LINE = [(46.737, 39.775), (46.760, 39.779), (46.785, 39.766), (46.800, 39.735), (46.840, 39.705),
                      (46.880, 39.685), (46.905, 39.672), (46.918, 39.6665), (46.932, 39.6625), (46.960, 39.6555),
                      (47.30, 39.6555), (47.30, 39.30), (46.40, 39.30), (46.40, 39.60), (46.68, 39.60), (46.700, 39.655), (46.716, 39.700),
                      (46.7365, 39.745)]
# Where no source draws the line between two pieces that changed hands on different dates, each bit of
# land goes with the nearest named place (the Voronoi cells of the facts file's places round it): Hadrut's cell with
# Hadrut, Fuzuli's with Fuzuli, Dashalty's with Dashalty, and the cells of the other places (Shusha, and the
# places that did not change hands in 2020) with Shusha, the last capture there before the ceasefire.
SOUTH_CELLS = OrderedDict([("hadrut", "hadrut"), ("fuzuli", "fuzuli-oblast"), ("dashalty", "dashalty"), ("shusha", "shusha-salient"),
                           ("taghavard", "shusha-salient"), ("lisagor", "shusha-salient"), ("mets-shen", "shusha-salient"),
                           ("hin-shen", "shusha-salient"), ("stepanakert", "shusha-salient"), ("martuni", "shusha-salient")])

PIECE_LINES = {
    "az-1994": "The 1994-2020 line is the edge of Natural Earth's breakaway polygon ('area held by Armenian forces 1994-2020'), except round Jojug Marjanli (a 1 km strip from the village to the 1994 line).",
    "lalatapa-2016": "Lalatapa hill, 2016: a 0.8 km strip from the hill (2.9 km north-west of Jojug Marjanli: %s) to the 1994 line. "
                     "The strips are not sized to either side's figure (more than 2,000 ha per Azerbaijan's defence ministry, about 800 ha per Armenia's president)." % first_url("2016"),
    "talish-heights-2016": "Heights around Talish, 2016: a 0.8 km strip inside the 1994 line north-east of Talish (46.71-46.82 E); Talish village lies 2.6 km from the line, outside it.",
    "kalbajar": "Kalbajar/Lachin: a hand-drawn line, placed so that the two districts' pieces are in the ratio of their published areas (1,936 and 1,835 km²).",
    "hakari-checkpoint": "The Hakari checkpoint: the corridor strip from the border (through the bridge's Armenian end) to a line across the road 1 km up from the bridge.",
    "lachin-corridor-old-and-new": "The Lachin corridor: 2.5 km each side of the road (the 2020 statement's 5 km width), inside Lachin district; the old road through Lachin until 26 Aug 2022, the bypass road after.",
    "lachin-corridor-old": "The Lachin corridor: 2.5 km each side of the road (the 2020 statement's 5 km width), inside Lachin district; the old road through Lachin until 26 Aug 2022, the bypass road after.",
    "lachin-corridor-new": "The Lachin corridor: 2.5 km each side of the road (the 2020 statement's 5 km width), inside Lachin district; the old road through Lachin until 26 Aug 2022, the bypass road after.",
    "lachin": "Lachin district: between the hand-drawn Kalbajar/Lachin and Lachin/Qubadli lines and the 1991 oblast line.",
    "qubadli": "Qubadli, Zangilan, Jabrayil and Fuzuli districts: hand-drawn district lines (no source gives them), placed near the published district areas.",
    "zangilan": "Qubadli, Zangilan, Jabrayil and Fuzuli districts: hand-drawn district lines (no source gives them), placed near the published district areas.",
    "fuzuli": "Qubadli, Zangilan, Jabrayil and Fuzuli districts: hand-drawn district lines (no source gives them), placed near the published district areas.",
    "jabrayil": "Qubadli, Zangilan, Jabrayil and Fuzuli districts: hand-drawn district lines (no source gives them), placed near the published district areas.",
    "aghdam": "Aghdam district (handed over 20 Nov 2020): Natural Earth's breakaway polygon east of Natural Earth's 1991 oblast line, which is the 2020-2023 line east of Askeran and Martakert (Aghdam was handed over as a district; the three of the nine settlements handed over with it that our sources locate lie inside this piece; the other six are not located).",
    "north-talish-sugovushan": "Talish/Sugovushan: oblast land north of a hand-drawn line near 40.33 N, which dips over 4 km to 1.7 km south of Sugovushan's point (approximate: the copies of Wikipedia disagree by 2 km, all north of the line), north of Martakert.",
    "hadrut": "South of the 2020 line, each bit of land goes with the nearest named place (lines equidistant from Hadrut, Fuzuli, Dashalty, Shusha, Taghavard, Lisagor, Mets Shen, Hin Shen, Stepanakert, Martuni): Hadrut's, Fuzuli's and Dashalty's cells change with those places, the rest with Shusha (no source draws these lines).",
    "fuzuli-oblast": "South of the 2020 line, each bit of land goes with the nearest named place (lines equidistant from Hadrut, Fuzuli, Dashalty, Shusha, Taghavard, Lisagor, Mets Shen, Hin Shen, Stepanakert, Martuni): Hadrut's, Fuzuli's and Dashalty's cells change with those places, the rest with Shusha (no source draws these lines).",
    "dashalty": "South of the 2020 line, each bit of land goes with the nearest named place (lines equidistant from Hadrut, Fuzuli, Dashalty, Shusha, Taghavard, Lisagor, Mets Shen, Hin Shen, Stepanakert, Martuni): Hadrut's, Fuzuli's and Dashalty's cells change with those places, the rest with Shusha (no source draws these lines).",
    "shusha-salient": "The 2020-2023 line round the Shusha salient is hand-drawn through the places the sources name: 0.6 km east of the Shusha/Dashalty junction of the corridor road, 1 km west of Shusha, about 4 km south of Stepanakert, through split Taghavard (leaving its point, %s, on the ethnic Armenian side), then east along 39.6555 N to the oblast line, leaving Qirmizi Bazar on the ethnic Armenian side."
                      % first_url(PLACE_BY_ID["taghavard"]["source"]),
    "central": "Elsewhere the 2020-2023 line is Natural Earth's 1991 oblast line (Aghdam, Kalbajar and Lachin were handed over as districts).",
}
PIECE_DESCRIPTIONS = PIECE_LINES


def half_plane(line, side, far=3.0):
    """The part of a large box on one side ('N', 'S', 'E' or 'W') of a polyline extended at both ends."""
    pts = list(line)

    def extend(p, q):
        dx, dy = p[0] - q[0], p[1] - q[1]
        n = math.hypot(dx, dy)
        return (p[0] + 4 * far * dx / n, p[1] + 4 * far * dy / n)
    ext = LineString([extend(pts[0], pts[1])] + pts + [extend(pts[-1], pts[-2])])
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    big = box(min(xs) - 2 * far, min(ys) - 2 * far, max(xs) + 2 * far, max(ys) + 2 * far)
    probe = {"N": (sum(xs) / len(xs), max(ys) + far / 2), "S": (sum(xs) / len(xs), min(ys) - far / 2),
             "E": (max(xs) + far / 2, sum(ys) / len(ys)), "W": (min(xs) - far / 2, sum(ys) / len(ys))}[side]
    hits = [g for g in shapely.ops.split(big, ext).geoms if g.contains(Point(probe))]
    assert len(hits) == 1, (line, side)
    return hits[0]


def voronoi_cells(named, frame):
    """Voronoi cells (computed in UTM metres) of the named places, cut to the frame polygon: {name: cell}."""
    points = shapely.MultiPoint([to_utm(Point(place_lonlat(n))) for n in named])
    cells = shapely.voronoi_polygons(points, extend_to=to_utm(frame).buffer(50000))
    out = {}
    for name in named:
        p = to_utm(Point(place_lonlat(name)))
        cell = [c for c in cells.geoms if c.contains(p)][0]
        out[name] = inter(snap(to_wgs(cell)), frame)
    return out


class Piece:
    def __init__(self, pid, geom, timeline, description):
        self.id = pid
        self.geom = geom
        self.timeline = [tuple(step) for step in timeline]   # [(date, controller)], first at FIRST_DATE
        self.description = description

    def controller(self, day):
        current = None
        for date, who in self.timeline:
            if date <= day:
                current = who
        return current


def kalbajar_lachin_line(region, ratio):
    """KALBAJAR_LACHIN shifted north or south (bisection) so that the part of `region` north of it is
    `ratio` of the whole."""
    total = area_km2(region)
    low, high = -0.2, 0.2
    for _ in range(40):
        mid = (low + high) / 2
        line = [(x, y + mid) for x, y in KALBAJAR_LACHIN]
        share = area_km2(inter(region, half_plane(line, "N"))) / total
        if share > ratio:
            low = mid
        else:
            high = mid
    return [(x, round(y + (low + high) / 2, 4)) for x, y in KALBAJAR_LACHIN]


def build_pieces(layers, countries):
    """Cut the study area into pieces; returns (study area, pieces, helper geometries)."""
    timelines = OrderedDict((p["id"], p["timeline"]) for p in TABLES["pieces"])
    az_main = component_containing(countries["Azerbaijan"][1], place_lonlat("stepanakert"))
    breakaway = inter(snap(layers.breakaway), az_main)
    oblast = inter(snap(layers.oblast), az_main)
    core = union([breakaway, oblast])
    study = inter(union([snap(buffer_m(core, STUDY_BUFFER_M)), core]), az_main)
    routes = route_lines()
    pieces = []
    remaining = study

    def take(pid, claim):
        nonlocal remaining
        g = inter(remaining, claim)
        remaining = diff(remaining, claim)
        if g.is_empty:
            raise AssertionError("empty piece " + pid)
        pieces.append(Piece(pid, g, timelines[pid], PIECE_DESCRIPTIONS[pid]))
        return g

    line_1994 = layers.ceasefire_1994

    def strip_to_1994_line(lonlat, metres):
        q = line_1994.interpolate(line_1994.project(Point(lonlat)))
        return snap(buffer_m(LineString([lonlat, (q.x, q.y)]), metres))

    take("az-1994", union([diff(study, breakaway), inter(strip_to_1994_line(place_lonlat("jojug_marjanli"), 1000.0), breakaway)]))
    take("lalatapa-2016", strip_to_1994_line(place_lonlat("lalatapa"), 800.0))
    edge = max(getattr(breakaway, "geoms", [breakaway]), key=lambda g: g.area).exterior
    take("talish-heights-2016", snap(buffer_m(edge.intersection(box(46.71, 40.36, 46.82, 40.43)), 800.0)))

    outside = diff(breakaway, oblast)
    west = component_containing(outside, place_lonlat("kalbajar"))
    east = component_containing(outside, place_lonlat("aghdam"))
    # the southern oblast land Azerbaijan held after 2020, and its slivers cut off inside Lachin district
    south = inter(oblast, snap(Polygon(SOUTH_OF_2020_LINE)))
    south_main = max(getattr(south, "geoms", [south]), key=lambda g: g.area)
    south_slivers = diff(south, south_main)

    kalbajar_lachin_region = inter(west, inter(half_plane(LACHIN_QUBADLI, "N"), box(44.0, 39.0, 46.9, 41.0)))
    kl_line = kalbajar_lachin_line(kalbajar_lachin_region, 1936.0 / (1936.0 + 1835.0))
    kalbajar = take("kalbajar", inter(west, inter(half_plane(kl_line, "N"), box(44.0, 39.0, 46.7, 41.0))))
    lachin_claim = union([inter(inter(west, inter(half_plane(kl_line, "S"), half_plane(LACHIN_QUBADLI, "N"))), box(44.0, 39.0, 46.9, 41.0)), south_slivers])
    lachin_district = inter(remaining, lachin_claim)
    strip_old = snap(buffer_m(routes["A"], CORRIDOR_HALF_WIDTH_M))
    strip_new = snap(buffer_m(routes["B_full"], CORRIDOR_HALF_WIDTH_M))
    bridge = place_lonlat("hakari-bridge")
    up_road = place_lonlat("hin-shen")
    u = np.subtract(to_utm(Point(up_road)).coords[0], to_utm(Point(bridge)).coords[0])
    u = u / np.hypot(*u)
    b = np.array(to_utm(Point(bridge)).coords[0])
    cut_centre = b + u * HAKARI_CHECKPOINT_M
    normal = np.array([-u[1], u[0]])
    # a rectangle across the strip: from 1 km up the road back past the bridge into Armenia (cut off by the study area)
    behind = cut_centre - u * (HAKARI_CHECKPOINT_M + 3000.0)
    half = normal * HAKARI_CHECKPOINT_M
    cut = Polygon([tuple(cut_centre + half), tuple(behind + half), tuple(behind - half), tuple(cut_centre - half)])
    checkpoint = diff(inter(inter(lachin_district, strip_new), snap(to_wgs(cut))), strip_old)
    take("hakari-checkpoint", checkpoint)
    take("lachin-corridor-old-and-new", inter(inter(lachin_district, strip_old), strip_new))
    take("lachin-corridor-old", diff(inter(lachin_district, strip_old), strip_new))
    take("lachin-corridor-new", diff(inter(lachin_district, strip_new), strip_old))
    take("lachin", lachin_district)
    lachin_total = union([p.geom for p in pieces if p.id.startswith("lachin") or p.id == "hakari-checkpoint"])

    qubadli = take("qubadli", inter(west, inter(inter(half_plane(LACHIN_QUBADLI, "S"), half_plane(QUBADLI_ZANGILAN, "N")),
                                                 inter(half_plane(QUBADLI_JABRAYIL, "W"), box(44.0, 39.0, 46.9, 41.0)))))
    zangilan = take("zangilan", inter(west, inter(inter(half_plane(QUBADLI_ZANGILAN, "S"), half_plane(ZANGILAN_JABRAYIL, "W")), box(44.0, 38.0, 47.0, 41.0))))
    fuzuli = take("fuzuli", component_containing(inter(remaining, inter(west, inter(half_plane(JABRAYIL_FUZULI, "N"), box(46.95, 39.3, 48.0, 40.0)))),
                                                 place_lonlat("fuzuli")))
    jabrayil = take("jabrayil", west)
    for g, town in ((kalbajar, "kalbajar"), (qubadli, "qubadli"), (zangilan, "zangilan"), (fuzuli, "fuzuli"), (jabrayil, "jabrayil")):
        big = max(getattr(g, "geoms", [g]), key=lambda x: x.area)
        if not big.contains(Point(place_lonlat(town))) or sum(area_km2(x) for x in getattr(g, "geoms", [g])) - area_km2(big) > 1.0:
            raise AssertionError("district piece is not one block around its town: " + town)
    aghdam = take("aghdam", east)
    take("north-talish-sugovushan", inter(oblast, half_plane(NORTH_LINE, "N")))
    cells = voronoi_cells(list(SOUTH_CELLS), south_main)
    for pid in OrderedDict.fromkeys(SOUTH_CELLS.values()):
        take(pid, union([cells[name] for name, owner in SOUTH_CELLS.items() if owner == pid]))
    take("central", oblast)
    if not remaining.is_empty and area_km2(remaining) > 1e-6:
        raise AssertionError("unassigned area: %.6f km²" % area_km2(remaining))
    study = to_coverage(pieces)
    helpers = dict(breakaway=breakaway, oblast=oblast, routes=routes, lachin_district=lachin_total, kalbajar=kalbajar, qubadli=qubadli,
                   zangilan=zangilan, jabrayil=jabrayil, fuzuli=fuzuli, aghdam=aghdam, kalbajar_lachin_line=kl_line)
    return study, pieces, helpers


def to_coverage(pieces):
    """Make the pieces an exact coverage: node all their boundaries once on the 1e-6 grid, polygonize,
    give every face to the piece it overlaps most, and rebuild each piece as the union of its faces, so that
    zones built from them neither overlap nor leave gaps, even after rounding to 6 decimals.
    Returns the study area (the union of all faces)."""
    lines = shapely.union_all([p.geom.boundary for p in pieces], grid_size=GRID)
    faces = list(shapely.polygonize(list(getattr(lines, "geoms", [lines]))).geoms)
    tree = shapely.STRtree([p.geom for p in pieces])
    owned = {i: [] for i in range(len(pieces))}
    for face in faces:
        best = max(tree.query(face), key=lambda i: shapely.intersection(face, pieces[i].geom).area)
        if shapely.intersection(face, pieces[best].geom).area <= 0:
            raise AssertionError("face outside every piece")
        owned[best].append(face)
    for i, p in enumerate(pieces):
        before = p.geom
        p.geom = polygonal(shapely.coverage_union_all(owned[i]))
        if abs(area_km2(before) - area_km2(p.geom)) > 0.01:
            raise AssertionError("piece %s changed by %.4f km² when noded" % (p.id, area_km2(before) - area_km2(p.geom)))
    return polygonal(shapely.coverage_union_all(faces))


def coverage_union(geoms):
    parts = []
    for g in geoms:
        if not g.is_empty:
            parts.extend(getattr(g, "geoms", [g]))
    return polygonal(shapely.coverage_union_all(parts)) if parts else MultiPolygon()


def held(pieces, day, controller):
    return coverage_union([p.geom for p in pieces if p.controller(day) == controller])


# The dissolution date set by the decree of 28 Sept 2023: a key date of the zones although nothing moves.
FORCED_SPLITS = {"2024-01-01": (AZERBAIJAN,)}
CONTROLLER_LABELS = {ARTSAKH: "Held by ethnic Armenian forces", AZERBAIJAN: "Held by Azerbaijan",
                     PEACEKEEPERS: "Under the control of the Russian peacekeeping contingent (2020 statement)",
                     CONTESTED: "Contested (fighting, or control disputed between the sides' accounts)"}


def change_dates(pieces):
    dates = set(FORCED_SPLITS)
    for p in pieces:
        dates.update(d for d, _ in p.timeline)
    return sorted(dates)


def edtf_members(start, end):
    out = {}
    if start == TAKEOVER:
        out["start_date:edtf"] = TAKEOVER_EDTF
    if end == TAKEOVER:
        out["end_date:edtf"] = TAKEOVER_EDTF
    return out


def day_before(day):
    return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()


# Until the dissolution date, ground taken over on the take-over date (whose date is a range) is a feature of its
# own per earlier holder, so that the map draws it as changing hands from that one holder while the ground the
# same side held before stays certain (a zone changing hands must take its ground from one holder).
TAKEOVER_GROUP_ENDS = "2024-01-01"
TAKEOVER_FROM = {ARTSAKH: "the remaining area held by ethnic Armenian forces",
                 PEACEKEEPERS: "the corridor strip under the Russian peacekeepers (the bypass road from the Hakari checkpoint to the line of 2020)"}


def takeover_origin(piece, controller, day):
    """The earlier holder of a piece taken over by `controller` on the take-over date, while such ground is its own
    feature; None for every other piece and day."""
    if TAKEOVER <= day < TAKEOVER_GROUP_ENDS:
        before = piece.controller(day_before(TAKEOVER))
        if before != controller:
            return before
    return None


def build_zones(pieces):
    dates = change_dates(pieces)
    feats = []
    for controller in CONTROLLERS:
        intervals = []
        for origin in (None,) + CONTROLLERS:
            current = None
            for day in dates:
                ids = frozenset(p.id for p in pieces if p.controller(day) == controller and takeover_origin(p, controller, day) == origin)
                if current is None or ids != current[1] or controller in FORCED_SPLITS.get(day, ()):
                    if current is not None and current[1]:
                        intervals.append((current[0], day, current[1], origin))
                    current = (day, ids)
            if current[1]:
                intervals.append((current[0], None, current[1], origin))
        intervals.sort(key=lambda interval: (interval[0], interval[3] or ""))
        for start, end, ids, origin in intervals:
            members = [p for p in pieces if p.id in ids]
            change = CONTROL_CHANGES.get(start)
            sources = [NATURAL_EARTH] + [CONTROL_CHANGES[d]["sources"] for d in dates if d <= start and d in CONTROL_CHANGES]
            if start >= "2020-11-10":
                sources += ["2020-11-10", "polgeonow"]
            lines = list(OrderedDict.fromkeys(PIECE_LINES[p.id] for p in members))
            what = change["text"] if change else "Split only (no change of geometry): " + (
                "1 Jan 2024 is the date the ethnic Armenian authorities' decree of 28 Sept 2023 set for the dissolution of their institutions." if start == "2024-01-01" else "")
            if change is None and start == "2024-01-01":
                sources.append(["2023-09-28", "2024-01-01"])
            if origin is not None:
                what += " This feature is the part taken from " + TAKEOVER_FROM[origin] + " (one feature per earlier holder)."
            note = (CONTROLLER_LABELS[controller] + ". On " + start + ": " + what + " Approximate boundaries, not a surveyed line. What the lines follow: " + " ".join(lines))
            if controller == ARTSAKH and "2023-09-18" >= start and (end is None or end > "2023-09-18") and end == TAKEOVER:
                note += (" On 19-20 Sept 2023 this area is under attack and from the ceasefire of 20 Sept at 13:00 under the ceasefire (see the overlays); "
                         "the line of 18 Sept stays until the take-over, as no source draws another.")
            date_accuracy = change["date_accuracy"] if change else "exact"
            values = {"kind": "control", "controller": controller, "parties": [ARTSAKH, AZERBAIJAN] if controller == CONTESTED else None, "start_date": start, "end_date": end, "date_accuracy": date_accuracy,
                      "source": cite(*sources), "accuracy": "approximate", "note": note}
            values.update(edtf_members(start, end))
            fid = "zone-%s-%s" % (controller, start) + ("-from-%s" % origin if origin else "")
            feats.append(feature(fid, props(values), as_multi(coverage_union([p.geom for p in members]))))

    def overlay(fid, kind, name, start, end, geom, sources, note, date_accuracy="exact", **edtf):
        values = {"kind": kind, "name": name, "name:en": name, "start_date": start, "end_date": end, "date_accuracy": date_accuracy,
                  "source": cite(*sources), "accuracy": "approximate", "note": note}
        values.update(edtf)
        feats.append(feature(fid, props(values), as_multi(geom)))

    def artsakh_and_corridor(day):
        return coverage_union([p.geom for p in pieces if p.controller(day) in (ARTSAKH, PEACEKEEPERS)])

    pk_sources = ["2020-11-10", "rupk", "polgeonow"]
    overlay("zone-peacekeeping-2020-11-10", "peacekeeping", "Russian peacekeeping zone", "2020-11-10", "2022-08-26", artsakh_and_corridor("2020-12-01"), pk_sources,
            "Approximate: drawn as the area left to ethnic Armenian forces after the handovers of Aghdam (20 Nov), Kalbajar (25 Nov) and Lachin district (1 Dec), with the corridor; "
            "our sources give no line for the zone. Russian peacekeepers deployed from 10 Nov 2020 along the line of contact and the Lachin corridor (1,960 troops; 18 observation posts per "
            "Russia's map of 15 Nov 2020; headquarters near the airport at Ivanyan/Khojaly).")
    overlay("zone-peacekeeping-2022-08-26", "peacekeeping", "Russian peacekeeping zone", "2022-08-26", "2023-04-23", artsakh_and_corridor("2022-09-01"),
            pk_sources + ["2022-08-26", "parukh-after"],
            "Approximate: drawn as the area held by ethnic Armenian forces with the corridor, reshaped when the corridor moved to the bypass road on 26 Aug 2022; our sources give no line for the zone.")
    overlay("zone-peacekeeping-2023-04-23", "peacekeeping", "Russian peacekeeping zone", "2023-04-23", "2024-06-12", artsakh_and_corridor("2023-05-01"),
            pk_sources + ["2022-08-26", "facts11-hakari", "2024-04-17", "parukh-after"],
            "Approximate: drawn as the area held by ethnic Armenian forces with the corridor, without the Hakari checkpoint piece that Azerbaijan held from 23 Apr 2023; our sources give no line for the zone. "
            "Kept after the take-over of 2023, while the peacekeepers stayed, until their withdrawal was completed on 12 Jun 2024 (per Azerbaijan's defence ministry; it began about 10-17 Apr 2024).",
            "approximate")
    remaining_2023 = held(pieces, "2023-09-18", ARTSAKH)
    # One overlay a day: the state at the end of the day (attack on 19 Sept, ceasefire from 20 Sept); the events panel
    # of 20 Sept lists both the offensive and the ceasefire.
    overlay("zone-attack-2023-09-19", "attack", "Area under attack", "2023-09-19", "2023-09-20", remaining_2023, ["facts11-offensive", "2023-09-19", "facts11-breakthrough"],
            "Azerbaijan's military operation ('local anti-terrorist measures', per its defence ministry) from about 13:00 on 19 Sept 2023 until the ceasefire at 13:00 on 20 Sept "
            "(drawn on 19 Sept only: the map of 20 Sept shows the ceasefire, the state at the end of that day; its events panel lists both), "
            "with artillery and drones along the whole line of contact: drawn over the whole area held by ethnic Armenian forces on 18 Sept. Where Azerbaijani forces broke through "
            "('a number of heights and strategic road junctions', per the ethnic Armenian authorities; 'more than 90 combat positions', per Azerbaijan) is not named, so no line is moved.")
    overlay("zone-ceasefire-2023-09-20", "ceasefire", "Ceasefire in force", "2023-09-20", TAKEOVER, remaining_2023, ["facts11-ceasefire"],
            "Ceasefire through the Russian peacekeeping command, in force from 13:00 on 20 Sept 2023 (09:00 UTC): the ethnic Armenian forces disband and disarm. Drawn over the area they held on "
            "18 Sept, until the take-over (end_date:edtf gives its range).", "approximate", **{"end_date:edtf": TAKEOVER_EDTF})
    return feats


# --------------------------------------------------------------------------------------------
# Routes
# --------------------------------------------------------------------------------------------


def build_routes(routes):
    feats = []
    for r in TABLES["routes"]["intervals"]:
        values = {"kind": "road", "route": r["route"], "status": r["status"], "name": r["name"], "name:az": r.get("name:az"), "name:hy": r.get("name:hy"),
                  "start_date": r["start_date"], "start_date:edtf": r.get("start_date:edtf"), "end_date": r["end_date"], "end_date:edtf": r.get("end_date:edtf"),
                  "date_accuracy": r["date_accuracy"], "source": cite(r["sources"]), "accuracy": "approximate", "note": r["note"]}
        feats.append(feature("route-%s-%s" % (r["route"], r["start_date"]), props(values), routes[r["line"]]))
    return feats


# --------------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------------


def derived_points(pieces):
    """Points no source gives, placed by the rules stated in each event's note."""
    out = {}
    out["lachin-handed"] = coverage_union([p.geom for p in pieces if p.id in ("lachin", "lachin-corridor-new")]).representative_point()
    out["hin-tagher"] = Point(move_m(place_lonlat("hadrut"), 270.0, 17500.0))
    azerbaijan_2023 = held(pieces, "2023-09-18", AZERBAIJAN)
    taghavard = to_utm(Point(place_lonlat("taghavard")))
    az_utm = to_utm(azerbaijan_2023)
    nearest = shapely.ops.nearest_points(az_utm, taghavard)[0]
    v = np.subtract(nearest.coords[0], taghavard.coords[0])
    v = v / np.hypot(*v)
    tunnel = Point(np.add(nearest.coords[0], v * MINE_OFFSET_M))
    out["mine-tunnel"] = to_wgs(tunnel)
    highway = LineString([to_utm(Point(place_lonlat("shusha"))).coords[0], tunnel.coords[0], to_utm(Point(place_lonlat("fuzuli"))).coords[0]])
    out["mine-km58"] = to_wgs(highway.interpolate((NEW_HIGHWAY_KM - MINE_KM) * 1000.0))
    out["fuel-depot"] = LineString([place_lonlat("stepanakert"), place_lonlat("stepanakert-airport")]).interpolate(0.35, normalized=True)
    return out


def build_events(pieces):
    points = derived_points(pieces)
    feats = []
    for e in sorted(TABLES["events"], key=lambda e: (e["date"], e["id"])):
        where = e["where"]
        if where is None:         # a claim that names no place: listed in the events panel, not drawn
            geom = None
        elif "at" in where:
            geom = Point(place_lonlat(where["at"]))
        elif "along" in where:
            stops = [place_lonlat(s) for s in where["along"]]
            geom = LineString(list(reversed(stops)) if where.get("reverse") else stops)
        else:
            geom = points[where["derived"]]
        values = {k: e.get(k) for k in ("kind", "title", "description", "date", "date:edtf", "end_date", "time", "time_note", "date_accuracy", "claimed_by", "denied_by", "accuracy", "note")}
        values["source"] = cite(e["sources"])
        feats.append(feature(e["id"], props(values), geom))
    return feats


# --------------------------------------------------------------------------------------------
# Region
# --------------------------------------------------------------------------------------------


def build_region(study):
    region = OrderedDict(REGION)
    region["study_area"] = coords_out(as_multi(study) if len(getattr(study, "geoms", [study])) > 1 else getattr(study, "geoms", [study])[0])
    return region


# --------------------------------------------------------------------------------------------
# Checks of what the facts say (RFC 7946 rules, ids, dates and zone coverage are `chronomap validate`'s job)
# --------------------------------------------------------------------------------------------


def valid_on(values, day):
    s, e = values.get("start_date"), values.get("end_date")
    return (s is None or s <= day) and (e is None or day < e)


def check_facts(out_dir, study):
    problems = []
    with open(os.path.join(out_dir, "zones.geojson"), encoding="utf-8") as fh:
        zones = json.load(fh)["features"]
    control = [z for z in zones if z["properties"]["kind"] == "control"]
    shapes = {z["id"]: shape(z["geometry"]) for z in control}
    key_dates = sorted({FIRST_DATE} | {z["properties"]["start_date"] for z in control} | {z["properties"]["end_date"] for z in control if z["properties"].get("end_date")})

    def controller_at(lonlat, day):
        return [z["properties"]["controller"] for z in control if valid_on(z["properties"], day) and shapes[z["id"]].covers(Point(lonlat))]

    for place in PLACES:
        for day in key_dates:
            expected = None
            for start, who in place["control"]:
                if start <= day:
                    expected = who
            if expected in ("split",) or (expected is None and place["control"][0][0] > day):
                continue
            got = controller_at(place_lonlat(place["id"]), day)
            if got != ([expected] if expected else []):
                problems.append("%s on %s: %s, the facts say %s" % (place["id"], day, got or "outside", expected or "outside"))
    with open(os.path.join(out_dir, "events.geojson"), encoding="utf-8") as fh:
        events = {f["id"]: f for f in json.load(fh)["features"]}
    for eid in ("event-2023-09-19-mine-highway", "event-2023-09-19-mine-taghavard"):
        xy = tuple(events[eid]["geometry"]["coordinates"])
        if controller_at(xy, "2023-09-19") != [AZERBAIJAN]:
            problems.append("%s is not on Azerbaijani-held ground on 2023-09-19" % eid)
    az = {d: [z for z in control if valid_on(z["properties"], d) and z["properties"]["controller"] == AZERBAIJAN] for d in ("2023-09-18", "2023-09-21")}
    if [z["id"] for z in az["2023-09-18"]] != [z["id"] for z in az["2023-09-21"]]:
        problems.append("ground passes to Azerbaijan between 2023-09-18 and the take-over")
    return problems, key_dates, controller_at


def run_validate(out_dir, repo):
    for candidate in (".build/release/chronomap", ".build/debug/chronomap"):
        exe = os.path.join(repo, candidate)
        if os.access(exe, os.X_OK):
            print("\nrunning %s validate --data %s" % (candidate, out_dir))
            result = subprocess.run([exe, "validate", "--data", out_dir])
            return result.returncode
    print("\nvalidate skipped: no .build/release/chronomap or .build/debug/chronomap (build the package first)")
    return 0


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def main():
    repo = os.path.dirname(os.path.dirname(HERE))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", required=True,
                        help="folder of the Natural Earth and GeoNames source layers (not part of the repository)")
    parser.add_argument("--out", default=os.path.join(repo, "data", "nagorno-karabakh"), help="output folder")
    parser.add_argument("--validate", action="store_true", help="run `chronomap validate --data OUT` afterwards if the package is built")
    parser.add_argument("--quiet", action="store_true", help="print nothing but failed checks")
    parser.add_argument("--describe", action="store_true", help="also print what the lines of each piece follow")
    args = parser.parse_args()
    sources = os.path.normpath(args.sources)
    out = os.path.normpath(args.out)
    if not os.path.isdir(sources):
        sys.exit("sources folder not found: %s (give it with --sources)" % sources)
    os.makedirs(out, exist_ok=True)

    layers = SourceLayers(sources)
    countries, moved = corrected_countries(layers)
    study, pieces, helpers = build_pieces(layers, countries)

    write_json(os.path.join(out, "region.json"), build_region(study))
    write_collection(os.path.join(out, "base.geojson"), build_base(layers, countries))
    write_collection(os.path.join(out, "places.geojson"), build_places())
    write_collection(os.path.join(out, "routes.geojson"), build_routes(helpers["routes"]))
    write_collection(os.path.join(out, "zones.geojson"), build_zones(pieces))
    write_collection(os.path.join(out, "events.geojson"), build_events(pieces))
    problems, key_dates, controller_at = check_facts(out, study)

    if not args.quiet:
        print("study area: %.1f km² (border corrections moved %.2f km² to Armenia)" % (area_km2(study), area_km2(moved)))
        print("Kalbajar/Lachin line: %s" % helpers["kalbajar_lachin_line"])
        print("\npieces:")
        for p in pieces:
            print("  %-30s %9.1f km²  %s" % (p.id, area_km2(p.geom), " ".join("%s:%s" % (d, c[:2]) for d, c in p.timeline)))
            if args.describe:
                print("      " + p.description)
        print("\ncontrol by key date (km²):")
        for day in key_dates:
            areas = OrderedDict((c, area_km2(held(pieces, day, c))) for c in CONTROLLERS)
            print("  %s  %s" % (day, "  ".join("%s %.1f" % (k, v) for k, v in areas.items() if v > 0)))
        breakaway, oblast = helpers["breakaway"], helpers["oblast"]
        rows = [
            ("Held by ethnic Armenian forces on 1994-05-12", area_km2(held(pieces, FIRST_DATE, ARTSAKH)), "11,458 (NKR); ~11,500 (Tabakian); 11,300"),
            ("Natural Earth breakaway polygon", area_km2(breakaway), "about 11,900 (sources README)"),
            ("Oblast polygon (Natural Earth 1991 lines)", area_km2(oblast), "4,388"),
            ("Aghdam handover (2020-11-20)", area_km2(helpers["aghdam"]), "846.7 (per Azerbaijan); ~882 (Trend 2019)"),
            ("Kalbajar handover (2020-11-25)", area_km2(helpers["kalbajar"]), "1,936 (Soviet-era district)"),
            ("Lachin district (all pieces; handover 2020-12-01 + corridor)", area_km2(helpers["lachin_district"]), "1,835 (1,840)"),
            ("Lachin handover without the corridor strips", area_km2(held(pieces, "2020-12-01", AZERBAIJAN)) - area_km2(held(pieces, "2020-11-30", AZERBAIJAN)), "-"),
            ("Corridor strip (peacekeepers) 2020-12-01", area_km2(held(pieces, "2020-12-01", PEACEKEEPERS)), "-"),
            ("Corridor strip (peacekeepers) 2023-05-01", area_km2(held(pieces, "2023-05-01", PEACEKEEPERS)), "-"),
            ("Qubadli piece", area_km2(helpers["qubadli"]), "802"), ("Zangilan piece", area_km2(helpers["zangilan"]), "707 (730)"),
            ("Jabrayil piece", area_km2(helpers["jabrayil"]), "1,050 (whole district)"), ("Fuzuli piece", area_km2(helpers["fuzuli"]), "share of 1,390 unverified"),
            ("Held by ethnic Armenian forces on 2020-12-02", area_km2(held(pieces, "2020-12-02", ARTSAKH)), "3,170 (citation needed); ~2,900; ~2,800"),
            ("Held by ethnic Armenian forces on 2023-09-18", area_km2(held(pieces, "2023-09-18", ARTSAKH)), "-"),
        ]
        print("\nareas (geodesic, WGS84) vs published:")
        for label, value, published in rows:
            print("  %-62s %9.1f   %s" % (label, value, published))
        print("\nplaces on 2019-01-01 / 2021-01-01 / 2023-05-01 / 2023-11-01:")
        for p in PLACES:
            print("  %-22s %s" % (p["id"], " / ".join("/".join(controller_at(place_lonlat(p["id"]), d)) or "-" for d in ("2019-01-01", "2021-01-01", "2023-05-01", "2023-11-01"))))
        with open(os.path.join(out, "events.geojson"), encoding="utf-8") as fh:
            for f in json.load(fh)["features"]:
                if f["properties"]["kind"] == "mine":
                    print("  %s at %s" % (f["id"], f["geometry"]["coordinates"]))
        print("\nGeoNames cross-check (the facts file's point to the GeoNames entry, km):")
        for pid, gname in GEONAMES_NAMES.items():
            hits = [g for n, g in layers.geonames if n == gname]
            if hits:
                print("  %-22s %-18s %6.2f" % (pid, gname, dist_km(place_lonlat(pid), (hits[0].x, hits[0].y))))
    status = 0
    if problems:
        print("\nCHECKS FAILED:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        status = 1
    elif not args.quiet:
        print("\nall fact checks passed")
    if args.validate:
        status = run_validate(out, repo) or status
    sys.exit(status)


if __name__ == "__main__":
    main()
