#!/usr/bin/env python3
"""Derive Chronomap's compact world base (world/base.sqlite) from Natural Earth 4.0.

Input: a folder of Natural Earth 4.0 GeoJSON files packed as .7z (the GeoJSON conversion of
9 November 2017, martynafford/natural-earth-geojson, commit 0b9a6ce), given with --sources.  The
archives are unpacked into a temporary folder with `7z x`; nothing is read at run time by
Chronomap itself.

Output: one SQLite file with a `features` table (GeoJSON geometry and JSON properties per row), an
R-tree of each row's longitude/latitude box and a `meta` table; see tools/world/README.md for the
schema and for the choices made (breakaway units, disputed lines, place ranks).

    python3 tools/world/derive_world_base.py --sources DIR --out world/base.sqlite

Requirements: Python 3.9+, shapely 2.1+ (GEOS 3.12+), pyproj 3.x, numpy, the `7z` command.
Deterministic: the same inputs give the same bytes.
"""

import argparse
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box
from shapely.geometry.polygon import orient
from shapely.ops import nearest_points

FORMAT_VERSION = "1"
SOURCE = "Natural Earth 4.0 (public domain), naturalearthdata.com"
SOURCE_VERSION = ("Natural Earth 4.0, GeoJSON conversion dated 9 November 2017 "
                  "(github.com/martynafford/natural-earth-geojson, commit 0b9a6ce)")
LICENCE = "public domain"

COUNTRY_SOURCE = ("Natural Earth 10m land and boundaries, 50m country names (public domain), "
                  "naturalearthdata.com")
BORDER_SOURCE = "Natural Earth 10m admin-0 land boundaries (public domain), naturalearthdata.com"
PLACE_SOURCE = "Natural Earth 10m populated places (public domain), naturalearthdata.com"
ACCURACY = "approximate"

DECIMALS = 4                      # lines and polygons: every coordinate is a multiple of GRID
GRID = 10.0 ** -DECIMALS
POINT_DECIMALS = 5                # points (places, labels, seas)
POINT_GRID = 10.0 ** -POINT_DECIMALS
SIMPLIFY = 0.002                  # degrees (~220 m), Douglas-Peucker tolerance of the 10m lines:
                                  # keeps the file under 25 MB; NE 10m is good to about 1 km
CELL = 5                          # pieces are cut on a CELL x CELL degree grid
DANGLE_SNAP = 0.002               # degrees: a boundary line's loose end this close to the
                                  # network is joined to it (NE 4.0: 14 ends, 1 m to 110 m short)
ISLAND_NAME_KM = 20.0             # an island named by no 50m unit or label point takes the
                                  # country of the nearest one within this distance
INSET_TOLERANCE = 0.02            # degrees, Douglas-Peucker tolerance of the inset borders
INSET_COVERAGE_TOLERANCE = 0.06   # the inset countries' Visvalingam-Whyatt tolerance (GEOS
                                  # coverage simplification): 0.04 would leave about as many
                                  # vertices as Douglas-Peucker at 0.02 (105,000), 0.06 leaves
                                  # 71,000, like Douglas-Peucker at about 0.03, to keep the
                                  # file under 20 MB
SEA_AREA_TOLERANCE = 0.2          # degrees (~22 km): the seas' outlines, kept only to place their names
INSET_MIN_KM2 = 60.0              # inset parts smaller than this are dropped (the largest stays)
FLIP_MIN_KM2 = 1000.0             # faces at least this large (and 90% inside one 50m unit) judge
                                  # whether a boundary line's left/right codes are swapped
OFFSET = 3e-4                     # degrees, side probe distance when asking which country lies
                                  # on either side of a line

GEOD = Geod(ellps="WGS84")

# Natural Earth featurecla values of ne_10m_admin_0_boundary_lines_land drawn as borders.
# "Indefinite" boundaries (e.g. Somalia-Ethiopia, Canada-USA in the lakes) are international
# boundaries whose exact line is not agreed or not demarcated; every other class (disputed, line of
# control, indeterminant frontier, overlay and lease limits) goes to `disputed-line`.
INTERNATIONAL = ("International boundary (verify)", "Indefinite (please verify)")

# The layers in the order their rows are written.
LAYERS = ("country", "border", "disputed-line", "disputed-area", "lake", "river", "sea", "sea-area",
          "country-label", "place", "inset-country", "inset-border")

SOURCE_FILES = (
    "ne_10m_land", "ne_10m_minor_islands", "ne_10m_admin_0_boundary_lines_land",
    "ne_10m_admin_0_boundary_lines_disputed_areas", "ne_10m_admin_0_disputed_areas",
    "ne_10m_admin_0_label_points", "ne_50m_admin_0_countries", "ne_10m_lakes",
    "ne_10m_rivers_lake_centerlines", "ne_10m_populated_places",
    "ne_10m_geography_marine_polys",
)

# Natural Earth's place languages and their property suffix.
PLACE_LANGUAGES = ("en", "de", "es", "fr", "pt", "ru", "zh")

# Ground Natural Earth's de facto view gives to the state that administers it, drawn instead as
# part of the country the United Nations recognise it as: (the 10m disputed area's BRK_NAME, its
# ADM0_A3 in that file, the country key it is drawn in, why).  Only annexations that UN resolutions
# declare invalid, and a territory on the UN's list of Non-Self-Governing Territories, are listed;
# every other dispute keeps Natural Earth's de facto line (see tools/world/README.md).
RECOGNISED_TERRITORIES = (
    ("Crimea", "RUS", "UKR",
     "annexation declared invalid by UN General Assembly resolution 68/262 (27 March 2014)"),
    ("Golan Heights", "ISR", "SYR",
     "annexation declared null and void by UN Security Council resolution 497 (17 December 1981)"),
    ("W. Sahara", "MAR", "ESH",
     "on the UN list of Non-Self-Governing Territories; Morocco's claim is not recognised by the UN"),
)

BREAKAWAY_NOTE = re.compile(r"^Self admin\.; Claimed by (?P<claimant>[^,]+)$")


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Reading the sources


def unpack_sources(sources, tmp):
    """Unpack every expected .7z of `sources` into `tmp` and return {name: path of its .json}."""
    if shutil.which("7z") is None:
        sys.exit("derive_world_base: the `7z` command is missing (Debian: apt-get install p7zip-full)")
    paths = {}
    for name in SOURCE_FILES:
        archive = os.path.join(sources, name + ".7z")
        if not os.path.isfile(archive):
            sys.exit(f"{archive}: missing (expected in --sources)")
        run = subprocess.run(["7z", "x", "-y", "-o" + tmp, archive], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{archive}: 7z failed: {run.stderr.strip() or run.stdout.strip()}")
        path = os.path.join(tmp, name + ".json")
        if not os.path.isfile(path):
            sys.exit(f"{archive}: does not hold {name}.json")
        paths[name] = path
    return paths


def read_features(path):
    """The features of a GeoJSON FeatureCollection as (index, properties, shapely geometry);
    features without geometry are skipped (one river in NE 4.0)."""
    with open(path, encoding="utf-8") as fh:
        try:
            collection = json.load(fh)
        except json.JSONDecodeError as error:
            sys.exit(f"{path}:{error.lineno}:{error.colno}: not JSON: {error.msg}")
    out = []
    for index, feature in enumerate(collection["features"]):
        if feature.get("geometry") is None:
            continue
        out.append((index, feature["properties"], shapely.geometry.shape(feature["geometry"])))
    return out


def text(value):
    """A Natural Earth string field, or None when empty, missing or a -99 placeholder."""
    if value is None:
        return None
    value = re.sub(r"\s+", " ", str(value)).strip()
    return value if value and value not in ("-99", "-099") else None


def rank(value):
    """A Natural Earth scale or label rank as an int (0 when missing)."""
    if value is None:
        return 0
    return max(0, int(round(float(value))))


# --------------------------------------------------------------------------------------------
# Geometry helpers


def on_grid(geom):
    return shapely.set_precision(geom, GRID)


def on_point_grid(point):
    return shapely.set_precision(point, POINT_GRID)


def simplified(geom):
    """A 10m line or polygon simplified by SIMPLIFY and put on the grid (valid)."""
    return on_grid(shapely.make_valid(geom).simplify(SIMPLIFY, preserve_topology=True))


def polygons_of(geom):
    """The polygon parts of any geometry, as a list."""
    return [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon" and not g.is_empty]


def lines_of(geom):
    parts = []
    for g in shapely.get_parts(geom):
        if g.geom_type == "LineString" and not g.is_empty and g.length > 0:
            parts.append(g)
        elif g.geom_type == "MultiLineString":
            parts.extend(lines_of(g))
    return parts


def as_polygonal(polys):
    polys = [p for p in polys if not p.is_empty and p.area > 0]
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def as_lineal(lines):
    lines = [line for line in lines if not line.is_empty and line.length > 0]
    if not lines:
        return None
    return lines[0] if len(lines) == 1 else MultiLineString(lines)


def km2(geom):
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def geodesic_km(a, b):
    """Geodesic distance in km between the nearest points of two geometries."""
    p, q = nearest_points(a, b)
    return GEOD.inv(p.x, p.y, q.x, q.y)[2] / 1000.0


def near_query(tree, geom, km):
    """Indices of tree items whose boxes lie within about `km` of geom's box."""
    minx, miny, maxx, maxy = geom.bounds
    dlat = km / 110.5
    coslat = max(math.cos(math.radians(max(abs(miny), abs(maxy)))), 0.05)
    dlon = min(km / (111.3 * coslat), 10.0)
    return tree.query(box(minx - dlon, miny - dlat, maxx + dlon, maxy + dlat))


def cells_of(geom):
    """The CELL-degree cells (as (x0, y0) lower-left corners) that geom's box touches."""
    minx, miny, maxx, maxy = geom.bounds
    x0 = int(math.floor(minx / CELL)) * CELL
    y0 = int(math.floor(miny / CELL)) * CELL
    cells = []
    for y in range(y0, int(math.floor(maxy / CELL)) * CELL + 1, CELL):
        for x in range(x0, int(math.floor(maxx / CELL)) * CELL + 1, CELL):
            if x < 180 and y < 90:
                cells.append((x, y))
    return cells or [(min(x0, 175), min(y0, 85))]


def cut_polygonal(geom):
    """Cut a polygonal geometry on the CELL grid: [(cell, piece)], each piece valid on the grid.
    Rows of cells are cut first so that a large country is not intersected with every cell."""
    pieces = []
    for row_y in sorted({y for _, y in cells_of(geom)}):
        strip = geom.intersection(box(-180, row_y, 180, row_y + CELL), grid_size=GRID)
        strip_polys = polygons_of(strip)
        if not strip_polys:
            continue
        strip = as_polygonal(strip_polys)
        for (x, y) in cells_of(strip):
            if y != row_y:
                continue
            part = strip.intersection(box(x, y, x + CELL, y + CELL), grid_size=GRID)
            polys = [orient(p, 1.0) for p in polygons_of(part)]
            piece = as_polygonal(polys)
            if piece is not None:
                pieces.append(((x, y), piece))
    return pieces


def cut_lineal(geom):
    """Cut a lineal geometry on the CELL grid: [(cell, piece)].  Cells are half-open: a stretch
    running exactly along a cell's east or north edge (straight borders on 20 E, 25 E ...) is
    kept only in the cell to the east or north, so that it is not drawn twice."""
    pieces = []
    for (x, y) in cells_of(geom):
        part = geom.intersection(box(x, y, x + CELL, y + CELL), grid_size=GRID)
        lines = lines_of(part)
        if not lines:
            continue
        part = as_lineal(lines)
        edges = []
        if x + CELL < 180:
            edges.append(LineString([(x + CELL, y), (x + CELL, y + CELL)]))
        if y + CELL < 90:
            edges.append(LineString([(x, y + CELL), (x + CELL, y + CELL)]))
        for edge in edges:
            if part is not None and part.distance(edge) == 0:
                on_edge = lines_of(part.intersection(edge, grid_size=GRID))
                if on_edge:
                    part = as_lineal(lines_of(part.difference(as_lineal(on_edge), grid_size=GRID)))
        if part is not None:
            merged = shapely.line_merge(part)
            pieces.append(((x, y), as_lineal(lines_of(merged))))
    return pieces


def cell_of_point(point):
    return (min(int(math.floor(point.x / CELL)) * CELL, 180 - CELL),
            min(int(math.floor(point.y / CELL)) * CELL, 90 - CELL))


def fmt(value, decimals=DECIMALS):
    """A coordinate with at most `decimals` decimals, no exponent, no trailing zeros, no -0."""
    s = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def geometry_json(geom):
    """RFC 7946 geometry text, coordinates rounded to DECIMALS decimals (POINT_DECIMALS for
    points), exteriors counter-clockwise, holes clockwise."""
    def ring(coords):
        return "[" + ",".join(f"[{fmt(x)},{fmt(y)}]" for x, y in coords) + "]"

    def polygon(p):
        p = orient(p, 1.0)
        return "[" + ",".join([ring(p.exterior.coords)] + [ring(r.coords) for r in p.interiors]) + "]"

    kind = geom.geom_type
    if kind == "Point":
        return (f'{{"type":"Point","coordinates":'
                f'[{fmt(geom.x, POINT_DECIMALS)},{fmt(geom.y, POINT_DECIMALS)}]}}')
    if kind == "LineString":
        return f'{{"type":"LineString","coordinates":{ring(geom.coords)}}}'
    if kind == "MultiLineString":
        return ('{"type":"MultiLineString","coordinates":['
                + ",".join(ring(g.coords) for g in geom.geoms) + "]}")
    if kind == "Polygon":
        return f'{{"type":"Polygon","coordinates":{polygon(geom)}}}'
    if kind == "MultiPolygon":
        return ('{"type":"MultiPolygon","coordinates":['
                + ",".join(polygon(g) for g in geom.geoms) + "]}")
    raise ValueError(f"unexpected geometry type {kind}")


def properties_json(props):
    clean = {k: v for k, v in props.items() if v is not None}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# --------------------------------------------------------------------------------------------
# Countries: 50m units, breakaway merges, codes


class Units:
    """The 1:50 million admin-0 units, the breakaway merges and each unit's country code.

    NE 4.0's 1:50m countries lack a few units of its 10m data.  Two are added: Gibraltar, which
    the 10m boundary lines separate from Spain and the 10m disputed areas describe with its ISO
    code; and Tuvalu, from its 10m label points (name from `sr_subunit`).  The units the
    boundary lines name without an ISO code (the Sovereign Base Areas ESB and WSB, the Cyprus
    buffer zone CNM, the leased Baykonur KAB and Guantanamo USG) are not added: their land is
    named like any other face.  Other units only label points name (U.S. Minor Outlying Is.,
    Clipperton I., Coral Sea Is.) count as their sovereign's country."""

    def __init__(self, features, label_points, disputed_areas, line_codes):
        self.props = {p["ADM0_A3"]: p for _, p, _ in features}
        self.geoms = [shapely.make_valid(g) for _, _, g in features]
        self.codes = [p["ADM0_A3"] for _, p, _ in features]
        self.tree = shapely.STRtree(self.geoms)
        self.added = []
        for _, p, _ in disputed_areas:
            code = p["ADM0_A3"]
            if code in line_codes and code not in self.props and text(p["ISO_A3"]):
                self.props[code] = dict(p, NOTE_BRK=None)
                self.added.append(f"{code} ({p['NAME']}, from the 10m disputed areas)")
        for _, lp, _ in sorted(label_points, key=lambda x: (rank(x[1]["scalerank"]), x[0])):
            code = lp["sr_adm0_a3"]
            if lp["featurecla"] != "Admin-0 scale ranks" or rank(lp["scalerank"]) >= 100 \
                    or code in self.props or lp["sr_sov_a3"] != code:
                continue
            name = text(lp["sr_subunit"])
            self.props[code] = {"ADM0_A3": code, "ISO_A3": code, "SOV_A3": code, "BRK_A3": code,
                                "NAME": name, "NAME_LONG": name, "ADMIN": name, "SOVEREIGNT": name,
                                "TYPE": "Sovereign country", "NOTE_BRK": None,
                                "scalerank": lp["scalerank"], "LABELRANK": lp["scalerank"]}
            self.added.append(f"{code} ({name}, from the 10m label points)")
        self.merge = self._breakaway_merges()
        self.code_notes = []
        self.iso = {}
        for code, p in sorted(self.props.items()):
            iso = text(p["ISO_A3"])
            if iso is None:
                iso = code
                self.code_notes.append(f"{code} ({p['NAME']}): ISO_A3 is -99, iso_a3 = ADM0_A3 {code}")
            self.iso[code] = iso
        # NE's sovereign codes (GB1, FR1, IS1 ...) -> ADM0_A3 of the sovereign state's own unit
        self.sovereign = {}
        for code, p in sorted(self.props.items()):
            if p["ADMIN"] == p["SOVEREIGNT"] and p["SOV_A3"] not in self.sovereign:
                self.sovereign[p["SOV_A3"]] = code

    def country_of_label(self, lp):
        """The country a 10m label point names: its unit's, else its sovereign's (None for
        Null Island)."""
        if lp["sr_adm0_a3"] in self.iso:
            return self.country_of(lp["sr_adm0_a3"])
        code = self.sovereign.get(lp["sr_sov_a3"])
        return self.country_of(code) if code else None

    def sovereign_code(self, sov_a3):
        """NE's SOV_A3 as the country code of that sovereign state (unchanged when unknown)."""
        code = self.sovereign.get(sov_a3)
        return self.iso[code] if code else sov_a3

    def _breakaway_merges(self):
        """{ADM0_A3 of a breakaway unit: ADM0_A3 of the state that claims it}.

        A unit is merged when Natural Earth's NOTE_BRK says "Self admin.; Claimed by X" for a
        single X and the unit has no ISO 3166-1 code of its own.  Units with an ISO code
        (W. Sahara ESH, Taiwan TWN) stay countries; so do units whose note names no single
        claimant (Antarctica, Siachen Glacier) and administered dependencies (Falkland Is.,
        Br. Indian Ocean Ter.), whose notes are about a claim, not a breakaway."""
        merges = {}
        self.merge_report = []
        for code, p in sorted(self.props.items()):
            note = text(p.get("NOTE_BRK"))
            if not note:
                continue
            match = BREAKAWAY_NOTE.match(note)
            has_iso = text(p["ISO_A3"]) is not None
            if match and not has_iso:
                claimant = match.group("claimant")
                targets = sorted(c for c, q in self.props.items()
                                 if q["TYPE"] in ("Sovereign country", "Country")
                                 and claimant in (q["NAME"], q["ADMIN"], q["SOVEREIGNT"]))
                if len(targets) != 1:
                    sys.exit(f"ne_50m_admin_0_countries: {code}: claimant {claimant!r} matches {targets}")
                merges[code] = targets[0]
                self.merge_report.append(f"{code} {p['NAME']!r} ({note}) -> merged into {targets[0]}")
            else:
                why = "has its own ISO code" if match else "not a 'Self admin.; Claimed by X' note"
                self.merge_report.append(f"{code} {p['NAME']!r} ({note}) -> kept ({why})")
        return merges

    def country_of(self, code):
        """The country key (iso_a3) a unit's land belongs to after merging breakaways."""
        return self.iso[self.merge.get(code, code)]

    def country_props(self, key):
        """Properties of a country key, from the unit whose iso code it is."""
        code = next(c for c in sorted(self.props) if self.iso[c] == key and c not in self.merge)
        p = self.props[code]
        return code, p

    def name_of(self, p):
        """English name: NE's map label NAME, unless it is abbreviated ("Bosnia and Herz.",
        "St-Martin"), then NAME_LONG."""
        name = text(p["NAME"])
        if "." in name or name.startswith("St-"):
            name = text(p["NAME_LONG"])
        return name

    def name_by_overlap(self, face):
        """(ADM0_A3, share of the face's area) of the 50m unit overlapping `face` most."""
        best = None
        for j in self.tree.query(face, predicate="intersects"):
            area = face.intersection(self.geoms[j]).area
            key = (area, self.codes[j])
            if area > 0 and (best is None or key > best):
                best = key
        return (best[1], best[0] / face.area) if best else (None, 0.0)

    def name_by_distance(self, face):
        """(ADM0_A3, km) of the nearest 50m unit within ISLAND_NAME_KM, or (None, None)."""
        best = None
        for j in near_query(self.tree, face, ISLAND_NAME_KM):
            d = geodesic_km(face, self.geoms[j])
            if d <= ISLAND_NAME_KM and (best is None or (d, self.codes[j]) < best):
                best = (d, self.codes[j])
        return (best[1], best[0]) if best else (None, None)


# --------------------------------------------------------------------------------------------
# Faces of land


def probes(line):
    """Two points OFFSET to the left and right of the middle of the line's longest segment."""
    coords = np.asarray(line.coords)
    seg = np.diff(coords, axis=0)
    k = int(np.argmax(np.hypot(seg[:, 0], seg[:, 1])))
    (x0, y0), (dx, dy) = coords[k], seg[k]
    length = math.hypot(dx, dy)
    mx, my = x0 + dx / 2, y0 + dy / 2
    nx, ny = -dy / length * OFFSET, dx / length * OFFSET
    return Point(mx + nx, my + ny), Point(mx - nx, my - ny)


def simplify_segment(seg):
    """A noded segment simplified by SIMPLIFY, its end nodes kept.  Short segments stay as they
    are (two simplified halves of the Vatican's border would be the same straight line), and so
    does a closed one (an island's coast) if simplifying would leave less than half its area:
    small islands and states must not vanish."""
    if seg.length < 4 * SIMPLIFY:
        return seg
    simple = on_grid(seg.simplify(SIMPLIFY, preserve_topology=True))
    if not seg.is_closed:
        return simple if simple.length > 0 else seg
    if len(simple.coords) >= 4 and Polygon(simple.coords).area >= 0.5 * Polygon(seg.coords).area:
        return simple
    return seg


class LandNetwork:
    """The 1:10m coastlines and land boundary lines noded once on the grid, then simplified
    segment by segment with every node kept, so that country faces and border lines share
    their vertices.

    Each noded segment remembers its origin: the index of the boundary line it lies on, or None
    for a coast.  Loose line ends within DANGLE_SNAP of the network are joined to it: a line that
    stops just short of a coast or of another line would leave two countries in one face (NE 4.0:
    Colombia-Venezuela on the Guajira coast, Croatia-Bosnia at Neum, 21 such ends)."""

    def __init__(self, land_parts, boundary_features):
        self.land_parts = land_parts
        self.props = {index: p for index, p, _ in boundary_features}
        coasts = [on_grid(p.boundary) for p in land_parts]
        owned = [(index, part) for index, _, g in boundary_features for part in lines_of(on_grid(g))]
        connectors = self._connectors(coasts, owned)
        self.joined = len(connectors)
        owned += connectors
        segments = shapely.get_parts(shapely.union_all(coasts + [g for _, g in owned], grid_size=GRID))
        origins = self._origins(segments, owned)
        self.segments = [(origin, simplify_segment(seg)) for origin, seg in zip(origins, segments)]
        self.owned = owned

    def _connectors(self, coasts, owned):
        noded = shapely.get_parts(shapely.union_all(coasts + [g for _, g in owned], grid_size=GRID))
        degree = Counter()
        for seg in noded:
            degree[seg.coords[0]] += 1
            degree[seg.coords[-1]] += 1
        tree = shapely.STRtree(noded)
        owner_tree = shapely.STRtree([g for _, g in owned])
        connectors = []
        for end, n in sorted(degree.items()):
            if n != 1:
                continue
            point = Point(end)
            best = None
            for j in tree.query(point, predicate="dwithin", distance=DANGLE_SNAP):
                if end not in (noded[j].coords[0], noded[j].coords[-1]):
                    best = min(best or (math.inf, j), (noded[j].distance(point), j))
            owners = owner_tree.query(point, predicate="dwithin", distance=GRID)
            if best is not None and len(owners):
                target = nearest_points(point, noded[best[1]])[1]
                connectors.append((owned[min(owners)][0], LineString([end, (target.x, target.y)])))
        return connectors

    def _origins(self, segments, owned):
        tree = shapely.STRtree([g for _, g in owned])
        origins = []
        for seg in segments:
            middle = seg.interpolate(0.5, normalized=True)
            near = tree.query(middle, predicate="dwithin", distance=2 * GRID)
            if len(near):
                j = min(near, key=lambda j: (owned[j][1].distance(middle), j))
                origins.append(owned[j][0])
            else:
                origins.append(None)
        return origins

    def faces(self):
        """Polygonize the simplified network (re-noded where simplifying made segments cross) and
        keep the faces that lie on land (not the Caspian Sea, which is a hole in Eurasia)."""
        noded = shapely.union_all([s for _, s in self.segments], grid_size=GRID)
        land = shapely.STRtree(self.land_parts)
        faces = []
        for face in shapely.get_parts(shapely.polygonize(shapely.get_parts(noded))):
            if len(land.query(face.representative_point(), predicate="within")):
                faces.append(face)
        return faces

    def line(self, index):
        """Boundary line `index` as it runs in the faces: its simplified segments, merged."""
        parts = [s for origin, s in self.segments if origin == index]
        return as_lineal(lines_of(shapely.line_merge(MultiLineString(parts)))) if parts else None

    def votes(self, faces, sure, units):
        """({face index: {country: metres}}, [flipped lines]): which country each boundary line
        says lies on the face's side, from NE's adm0_a3_l / adm0_a3_r (left and right of the
        line's direction).

        A line whose codes contradict the 50m names of the faces either side, and fit once
        swapped, is taken as drawn the other way (NE 4.0's Russia-Ukraine line across the
        Crimean isthmus).  Only faces whose 50m name is sure count in that test (`sure[i]` is
        None for the others: small faces, or faces a 50m unit covers less than 90%, where 1:50m
        is too coarse to judge, as around Madha and Nahwa).  Codes of units that the 50m
        countries lack (the Sovereign Base Areas ESB and WSB, the Cyprus buffer zone CNM, the
        leased Baykonur and Guantanamo areas) cast no vote."""
        tree = shapely.STRtree(faces)
        owner_parts = defaultdict(list)
        for index, g in self.owned:
            owner_parts[index].append(g)
        sided = []                      # (origin, metres, (face or None, code) left, ... right)
        for origin, seg in self.segments:
            if origin is None or seg.length == 0:
                continue
            p = self.props[origin]
            middle = seg.interpolate(0.5, normalized=True)
            part = min(owner_parts[origin], key=lambda g: g.distance(middle))
            forward = part.project(Point(seg.coords[-1])) >= part.project(Point(seg.coords[0]))
            codes = (p["adm0_a3_l"], p["adm0_a3_r"]) if forward else (p["adm0_a3_r"], p["adm0_a3_l"])
            sides = []
            for probe, code in zip(probes(seg), codes):
                hits = tree.query(probe, predicate="within")
                country = units.country_of(code) if code in units.iso else None
                sides.append((int(min(hits)) if len(hits) else None, country))
            sided.append((origin, GEOD.geometry_length(seg), sides))
        fit = defaultdict(lambda: [0.0, 0.0])   # origin -> [metres fitting as drawn, swapped]
        for origin, metres, ((fl, cl), (fr, cr)) in sided:
            if None in (fl, fr, cl, cr) or sure[fl] is None or sure[fr] is None:
                continue
            fit[origin][0] += metres * ((sure[fl] == cl) + (sure[fr] == cr))
            fit[origin][1] += metres * ((sure[fl] == cr) + (sure[fr] == cl))
        flipped = sorted(o for o, (straight, swapped) in fit.items() if swapped > straight)
        votes = defaultdict(Counter)
        for origin, metres, ((fl, cl), (fr, cr)) in sided:
            if origin in flipped:
                cl, cr = cr, cl
            for face, country in ((fl, cl), (fr, cr)):
                if face is not None and country is not None:
                    votes[face][country] += metres
        return votes, flipped


def minor_islands(src, faces):
    """NE's minor islands, simplified, less any overlap with the land faces (so that the
    countries stay a coverage)."""
    face_tree = shapely.STRtree(faces)
    islands = []
    for _, _, g in read_features(src["ne_10m_minor_islands"]):
        for poly in polygons_of(shapely.make_valid(g)):
            poly = on_grid(poly.simplify(SIMPLIFY, preserve_topology=True))
            near = face_tree.query(poly, predicate="intersects")
            if len(near):
                poly = poly.difference(shapely.union_all([faces[j] for j in near]), grid_size=GRID)
            islands.extend(polygons_of(poly))
    return islands


def name_faces(faces, islands, network, units, label_points):
    """The country of each land face and minor island (None where no rule applies), and a
    report.  First rule that applies:

      1. the boundary lines around the face (length-weighted votes of their left/right codes);
      2. the 50m unit overlapping it most;
      3. the 10m admin-0 label point inside it (islands the 50m countries leave out);
      4. the nearest 50m unit within ISLAND_NAME_KM;
      5. the nearest face named so far within ISLAND_NAME_KM, round after round.

    Minor islands skip rule 1.  Rule 1 decides where the 50m countries are too coarse for the
    10m lines (enclaves and exclaves, Ceuta, Melilla, Llivia, the UNDOF zone, the Vatican);
    elsewhere it agrees with rule 2."""
    shapes = faces + islands
    overlap, sure = [], []
    for face in shapes:
        code, share = units.name_by_overlap(face)
        overlap.append(units.country_of(code) if code else None)
        sure.append(overlap[-1] if share >= 0.9 and km2(face) >= FLIP_MIN_KM2 else None)
    votes, flipped = network.votes(faces, sure, units)
    labels = [(g, units.country_of_label(p)) for _, p, g in label_points
              if units.country_of_label(p) is not None]
    label_tree = shapely.STRtree([g for g, _ in labels])

    report = {"rules": Counter(), "disagree": [], "flipped": flipped}
    named = [None] * len(shapes)
    for i, face in enumerate(shapes):
        ballot = votes.get(i)
        inside = sorted({labels[j][1] for j in label_tree.query(face, predicate="contains")})
        if ballot:
            named[i], rule = max(sorted(ballot), key=lambda k: ballot[k]), "1 boundary lines"
            if overlap[i] and named[i] != overlap[i]:
                c = face.representative_point()
                report["disagree"].append((named[i], overlap[i], round(km2(face), 1),
                                           round(c.x, 3), round(c.y, 3)))
        elif overlap[i]:
            named[i], rule = overlap[i], "2 50m overlap"
        elif len(inside) == 1:
            named[i], rule = inside[0], "3 label point"
        else:
            code, _ = units.name_by_distance(face)
            if code is None:
                continue
            named[i], rule = units.country_of(code), "4 nearest 50m"
        report["rules"][rule] += 1
    while True:
        done = [i for i in range(len(shapes)) if named[i]]
        tree = shapely.STRtree([shapes[i] for i in done])
        found = {}
        for i in range(len(shapes)):
            if named[i]:
                continue
            best = None
            for j in near_query(tree, shapes[i], ISLAND_NAME_KM):
                d = geodesic_km(shapes[i], shapes[done[j]])
                if d <= ISLAND_NAME_KM and (best is None or (d, named[done[j]]) < best):
                    best = (d, named[done[j]])
            if best:
                found[i] = best[1]
        if not found:
            break
        for i, key in found.items():
            named[i] = key
        report["rules"]["5 nearest named face"] += len(found)
    return named, report


def build_countries(src, units, label_points):
    """{iso_a3: polygonal geometry on the grid}, the land network and a report of the naming."""
    land_parts = []
    for _, p, g in read_features(src["ne_10m_land"]):
        if rank(p["scalerank"]) < 100:      # scalerank 100: NE's "Null Island" at 0, 0
            land_parts.extend(polygons_of(g))
    network = LandNetwork(land_parts, read_features(src["ne_10m_admin_0_boundary_lines_land"]))
    faces = network.faces()
    log(f"land: {len(land_parts)} polygons -> {len(faces)} faces "
        f"({network.joined} loose line ends joined)")
    islands = minor_islands(src, faces)
    named, report = name_faces(faces, islands, network, units, label_points)

    shapes, named, report["recognised"] = recognise_territories(src, faces + islands, named)
    by_country = defaultdict(list)
    for shape, key in zip(shapes, named):
        if key:
            by_country[key].append(shape)
    countries = {}
    for key in sorted(by_country):
        countries[key] = as_polygonal(polygons_of(shapely.union_all(by_country[key], grid_size=GRID)))
    report["unnamed"] = [("land" if i < len(faces) else "minor island", shapes[i])
                         for i in range(len(shapes)) if not named[i]]
    report["flipped"] = [f"{network.props[o]['adm0_a3_l']}|{network.props[o]['adm0_a3_r']} "
                         f"({network.props[o]['featurecla']})" for o in report["flipped"]]
    report["faces"], report["islands"] = len(faces), len(islands)
    return countries, network, report


def recognise_territories(src, shapes, named):
    """(shapes, names) with the land of each RECOGNISED_TERRITORIES area named as the country it
    is recognised as part of, and report lines.

    Where the 10m land lines cut the area out (Crimea), its faces move whole.  Where the area's
    edge is only a claim line of the disputed-area file (the Golan Heights, Western Sahara), the
    administrator's faces are cut by the area; left-over strips under 1 km wide along the area's
    coast (the area's and the land's coastlines differ) go with the area.  The land named must be
    the area's land within 2%, or the script stops."""
    areas = {(text(p["BRK_NAME"]), text(p["ADM0_A3"])): shapely.make_valid(g)
             for _, p, g in read_features(src["ne_10m_admin_0_disputed_areas"])}
    shapes, named = list(shapes), list(named)
    lines = []
    for name, administrator, country, why in RECOGNISED_TERRITORIES:
        area = areas.get((name, administrator))
        if area is None:
            sys.exit(f"ne_10m_admin_0_disputed_areas: no {name!r} administered by {administrator}")
        tree = shapely.STRtree(shapes)
        touching = [i for i in tree.query(area, predicate="intersects")]
        expected_km2 = km2(area.intersection(shapely.union_all([shapes[i] for i in touching])))
        moved_km2, cut = 0.0, 0
        for i in touching:
            if named[i] != administrator:
                continue
            face = shapes[i]
            inside = as_polygonal(polygons_of(face.intersection(area)))
            if inside.is_empty:
                continue
            rest = polygons_of(face.difference(area))
            strips = [q for q in rest if q.buffer(-0.005).is_empty and q.intersects(inside)]
            outside = [q for q in rest if q not in strips]
            inside = as_polygonal(polygons_of(shapely.union_all([inside] + strips)))
            if outside:
                shapes[i] = as_polygonal(outside)
                shapes.append(inside)
                named.append(country)
                cut += 1
            else:
                named[i] = country
            moved_km2 += km2(inside)
        if abs(moved_km2 - expected_km2) > 0.02 * expected_km2:
            sys.exit(f"{name}: the land named {country} ({moved_km2:,.0f} km2) is not the area's "
                     f"land ({expected_km2:,.0f} km2)")
        lines.append(f"{name}: {moved_km2:,.0f} km2 of {expected_km2:,.0f} km2 ({cut} faces cut), "
                     f"{administrator} -> {country} ({why})")
    return shapes, named, lines


# --------------------------------------------------------------------------------------------
# Lines: which country lies on each side


class SideFinder:
    """Which country (if any) lies just left and right of a line part: a line is internal when
    both sides are the same country (the line of a breakaway unit or of a unit that the 50m
    countries do not separate, such as the Sovereign Base Areas on Cyprus)."""

    def __init__(self, countries):
        self.keys = sorted(countries)
        self.geoms = [countries[k] for k in self.keys]
        self.tree = shapely.STRtree(self.geoms)

    def country_at(self, x, y):
        hits = self.tree.query(Point(x, y), predicate="intersects")
        return self.keys[min(hits)] if len(hits) else None

    def sides(self, line):
        """(left, right) countries at the middle of the line's longest segment."""
        left, right = probes(line)
        return self.country_at(left.x, left.y), self.country_at(right.x, right.y)


# --------------------------------------------------------------------------------------------
# Feature records


class Feature:
    """One source feature: its layer, properties, rank, and its pieces [(cell, geometry)]."""

    def __init__(self, layer, order, props, rank_, pieces, group=None):
        self.layer = layer
        self.order = order          # a sort key unique within the layer
        self.props = props
        self.rank = rank_
        self.pieces = [(cell, g) for cell, g in pieces if g is not None and not g.is_empty]
        self.group = group          # None: '<layer>:<id of its first row>'


def country_features(countries, units):
    features = []
    for key in sorted(countries):
        code, p = units.country_props(key)
        name = units.name_of(p)
        props = {"kind": "country", "name": name, "name:en": name, "iso_a3": key,
                 "source": COUNTRY_SOURCE, "accuracy": ACCURACY}
        features.append(Feature("country", (key,), props, rank(p["scalerank"]),
                                cut_polygonal(countries[key]), group=f"country:{key}"))
    return features


def inset_country_features(countries, units):
    """The countries simplified together (a coverage keeps neighbours' shared edges equal),
    parts under INSET_MIN_KM2 dropped, one row per grid cell of its parts (sharing the country's group)."""
    keys = sorted(countries)
    kept = []
    for key in keys:
        parts = sorted(polygons_of(countries[key]), key=lambda p: (-p.area, p.bounds))
        large = [p for p in parts if km2(p) >= INSET_MIN_KM2] or parts[:1]
        kept.append(as_polygonal(large))
    simplified = shapely.coverage_simplify(np.array(kept, dtype=object), INSET_COVERAGE_TOLERANCE)
    features = []
    for key, geom in zip(keys, simplified):
        geom = on_grid(shapely.make_valid(geom))
        polys = [orient(p, 1.0) for p in polygons_of(geom)]
        code, p = units.country_props(key)
        name = units.name_of(p)
        props = {"kind": "country", "name": name, "name:en": name, "iso_a3": key,
                 "source": COUNTRY_SOURCE, "accuracy": ACCURACY}
        # One row per grid cell of the country's parts, so that each row's box is near its land: a country with
        # overseas parts (a box round the world) is then read only where it has land.
        by_cell = {}
        for part in polys:
            by_cell.setdefault(cell_of_point(part.representative_point()), []).append(part)
        features.append(Feature("inset-country", (key,), props, rank(p["scalerank"]),
                                [(cell, as_polygonal(parts)) for cell, parts in sorted(by_cell.items())],
                                group=f"inset-country:{key}"))
    return features


def line_features(src, network, sides):
    """`border`, `disputed-line` and `inset-border` features, and a report.  The land boundary
    lines are taken from the land network, so they run exactly along the country faces."""
    borders, disputed, inset = [], [], []
    report = {"internal": [], "undrawn": Counter()}
    for index, p, g in read_features(src["ne_10m_admin_0_boundary_lines_land"]):
        featurecla = text(p["featurecla"])
        line = network.line(index)
        if line is None:
            continue
        drawn, internal = [], []
        for part in lines_of(line):
            left, right = sides.sides(part)
            if left is not None and left == right and GEOD.geometry_length(part) >= 100:
                internal.append(part)
            else:
                drawn.append(part)
                if featurecla not in INTERNATIONAL and left and right:
                    report["undrawn"][(featurecla, tuple(sorted((left, right))))] += part.length
        pair = f"{p['adm0_a3_l']}|{p['adm0_a3_r']}"
        note = text(p.get("note"))
        if featurecla in INTERNATIONAL and drawn:
            geom = as_lineal(drawn)
            props = {"kind": "border", "featurecla": featurecla, "source": BORDER_SOURCE,
                     "accuracy": ACCURACY}
            borders.append(Feature("border", (0, index), props, rank(p["scalerank"]), cut_lineal(geom)))
            simple = as_lineal(lines_of(on_grid(geom.simplify(INSET_TOLERANCE, preserve_topology=True))))
            if simple is not None:
                inset.append(Feature("inset-border", (0, index), dict(props), rank(p["scalerank"]),
                                     [(cell_of_point(simple.representative_point()), simple)]))
        if featurecla not in INTERNATIONAL and drawn:
            props = {"kind": "disputed-line", "featurecla": featurecla, "name": text(p.get("name")),
                     "note": note, "adm0_a3_l": text(p["adm0_a3_l"]), "adm0_a3_r": text(p["adm0_a3_r"])}
            disputed.append(Feature("disputed-line", (0, index), props, rank(p["scalerank"]),
                                    cut_lineal(as_lineal(drawn))))
        if internal:
            where = sides.sides(internal[0])[0]
            why = f"Natural Earth's {pair} line; both sides are {where} in this base"
            props = {"kind": "disputed-line", "featurecla": featurecla, "name": text(p.get("name")),
                     "note": "; ".join(x for x in (note, why) if x),
                     "adm0_a3_l": text(p["adm0_a3_l"]), "adm0_a3_r": text(p["adm0_a3_r"])}
            disputed.append(Feature("disputed-line", (1, index), props, rank(p["scalerank"]),
                                    cut_lineal(as_lineal(internal))))
            report["internal"].append((pair, featurecla, where, round(sum(
                GEOD.geometry_length(x) for x in internal) / 1000, 1)))
    for index, p, g in read_features(src["ne_10m_admin_0_boundary_lines_disputed_areas"]):
        note = text(p.get("note"))
        if note and note.startswith("(") and note.endswith(")"):
            note = note[1:-1]
        props = {"kind": "disputed-line", "featurecla": text(p["featurecla"]),
                 "name": text(p.get("name")), "note": note,
                 "brk_name_l": text(p.get("brk_name_l")), "brk_name_r": text(p.get("brk_name_r"))}
        disputed.append(Feature("disputed-line", (2, index), props, rank(p["scalerank"]),
                                cut_lineal(simplified(g))))
    return borders, disputed, inset, report


def disputed_area_features(src, units):
    features = []
    for index, p, g in read_features(src["ne_10m_admin_0_disputed_areas"]):
        geom = as_polygonal(polygons_of(simplified(g)))
        props = {"kind": "disputed-area", "name": text(p["BRK_NAME"]), "note": text(p["NOTE_BRK"]),
                 "sovereign": units.sovereign_code(p["SOV_A3"]), "brk_a3": text(p["BRK_A3"]),
                 "featurecla": text(p["featurecla"])}
        features.append(Feature("disputed-area", (index,), props, rank(p["scalerank"]),
                                cut_polygonal(geom)))
    return features


def lake_features(src):
    features = []
    for index, p, g in read_features(src["ne_10m_lakes"]):
        geom = as_polygonal(polygons_of(simplified(g)))
        if geom is None:
            continue
        props = {"kind": "lake", "name": text(p["name"]), "featurecla": text(p["featurecla"]),
                 "scalerank": rank(p["scalerank"])}
        features.append(Feature("lake", (index,), props, rank(p["scalerank"]), cut_polygonal(geom)))
    return features


def river_features(src):
    features, dropped = [], 0
    for index, p, g in read_features(src["ne_10m_rivers_lake_centerlines"]):
        if text(p["featurecla"]) != "River":
            dropped += 1
            continue
        geom = as_lineal(lines_of(simplified(g)))
        if geom is None:
            continue
        name = text(p["name"])
        name_en = text(p.get("name_en"))
        props = {"kind": "river", "name": name, "name:en": name_en if name_en != name else None,
                 "scalerank": rank(p["scalerank"])}
        features.append(Feature("river", (index,), props, rank(p["scalerank"]), cut_lineal(geom)))
    return features, dropped


def label_in_polygon(geom):
    """(label point, width in km): the centre of the largest circle inside the polygon (its pole
    of inaccessibility) and that circle's diameter, found in an azimuthal equidistant projection
    centred on the polygon, where parts split at the antimeridian join up again."""
    centre = max(polygons_of(geom), key=lambda p: p.area).representative_point()
    aeqd = f"+proj=aeqd +lat_0={centre.y:.4f} +lon_0={centre.x:.4f} +datum=WGS84 +units=m"
    fwd = Transformer.from_crs("EPSG:4326", aeqd, always_xy=True)
    inv = Transformer.from_crs(aeqd, "EPSG:4326", always_xy=True)
    projected = shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    merged = shapely.make_valid(projected.buffer(1.0).buffer(-1.0))
    circle = shapely.maximum_inscribed_circle(merged, min(500.0, math.sqrt(merged.area) / 50.0))
    (cx, cy), _ = circle.coords
    lon, lat = inv.transform(cx, cy)
    return Point(lon, lat), 2 * circle.length / 1000.0


def sea_features(src):
    features, unnamed = [], 0
    for index, p, g in read_features(src["ne_10m_geography_marine_polys"]):
        name = text(p["name"])
        if name is None:
            unnamed += 1
            continue
        point, width = label_in_polygon(shapely.make_valid(g))
        point = on_point_grid(point)
        props = {"kind": "sea", "name": name, "name:fr": text(p.get("name_fr")),
                 "alt_name": text(p.get("namealt")), "featurecla": text(p["featurecla"]),
                 "scalerank": rank(p["scalerank"]), "extent_km": int(round(width))}
        features.append(Feature("sea", (index,), props, rank(p["scalerank"]),
                                [(cell_of_point(point), point)]))
        # The sea's water too, coarsely and whole (not cut on the grid, which would cost more than the outline):
        # a regional map names the sea from the part of it in view, not from a label point far outside the map.
        outline = on_grid(shapely.make_valid(g).simplify(SEA_AREA_TOLERANCE, preserve_topology=True))
        area_props = {k: v for k, v in props.items() if k != "extent_km"}
        if not outline.is_empty:
            features.append(Feature("sea-area", (index,), area_props, rank(p["scalerank"]),
                                    [(cell_of_point(outline.representative_point()), outline)]))
    return features, unnamed


def country_label_features(src, countries, units):
    """One label point per country (breakaways merged, so no label of their own): the pole of
    inaccessibility of the country's largest part, found as for the seas.  Natural Earth 4.0's
    admin-0 label points are one per polygon part, not one per country (the U.S.A. has three of
    scale rank 0 on its mainland, in Ohio, Colorado and at Point Roberts; Canada's mainland one
    is in New Brunswick), so they give only the `scalerank` property: the lowest of the
    country's own points (a breakaway's points are not the sovereign's), else the 50m one."""
    lowest = {}
    for _, p, _ in read_features(src["ne_10m_admin_0_label_points"]):
        if p["featurecla"] == "Admin-0 scale ranks":
            code = p["sr_adm0_a3"]
            lowest[code] = min(lowest.get(code, 100), rank(p["scalerank"]))
    features = []
    for key in sorted(countries):
        code, p = units.country_props(key)
        largest = max(polygons_of(countries[key]), key=lambda q: (q.area, q.bounds))
        point, _ = label_in_polygon(largest)
        point = on_point_grid(point)
        name = units.name_of(p)
        props = {"kind": "country-label", "name": name, "name:en": name, "iso_a3": key,
                 "scalerank": lowest.get(code, rank(p["scalerank"])), "labelrank": rank(p["LABELRANK"])}
        features.append(Feature("country-label", (key,), props, rank(p["LABELRANK"]),
                                [(cell_of_point(point), point)]))
    return features


def place_rank(scalerank, capital):
    """Natural Earth SCALERANK (0-10) -> the data set's place rank (1-5)."""
    if capital or scalerank <= 2:
        return 1
    if scalerank <= 4:
        return 2
    if scalerank <= 6:
        return 3
    if scalerank == 7:
        return 4
    return 5


def place_features(src, units, sides):
    """The 10m populated places.  A place's `iso_a3` is its unit's country, except in the land of
    RECOGNISED_TERRITORIES, where it is the country the base draws that land in."""
    recognised = {country for _, _, country, _ in RECOGNISED_TERRITORIES}
    features, remapped = [], Counter()
    for index, p, g in read_features(src["ne_10m_populated_places"]):
        capital = p["ADM0CAP"] == 1
        adm0 = text(p["ADM0_A3"])
        iso = units.country_of(adm0) if adm0 in units.iso else adm0
        ground = sides.country_at(g.x, g.y)
        if ground in recognised and ground != iso:
            iso = ground
        if iso != adm0:
            remapped[f"{adm0}->{iso}"] += 1
        props = {"kind": "capital" if capital else "town", "name": text(p["NAME"]),
                 "scalerank": rank(p["SCALERANK"]), "rank": place_rank(rank(p["SCALERANK"]), capital),
                 "population": int(p["POP_MAX"]) if p["POP_MAX"] is not None and p["POP_MAX"] >= 0 else None,
                 "iso_a3": iso, "featurecla": text(p["FEATURECLA"]),
                 "geonameid": int(p["GEONAMEID"]) if p["GEONAMEID"] and p["GEONAMEID"] > 0 else None,
                 "source": PLACE_SOURCE, "accuracy": ACCURACY}
        for lang in PLACE_LANGUAGES:
            props[f"name:{lang}"] = text(p.get(f"NAME_{lang.upper()}"))
        point = on_point_grid(g)
        features.append(Feature("place", (index,), props, rank(p["SCALERANK"]),
                                [(cell_of_point(point), point)]))
    return features, remapped


# --------------------------------------------------------------------------------------------
# Writing


SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE features(
  id INTEGER PRIMARY KEY,
  layer TEXT NOT NULL,
  feature_group TEXT NOT NULL,
  min_zoom_rank INTEGER NOT NULL,
  properties TEXT NOT NULL,
  geometry TEXT NOT NULL
);
CREATE VIRTUAL TABLE features_index USING rtree(id, min_x, max_x, min_y, max_y);
CREATE INDEX features_layer ON features(layer);
"""


def rows_of(features):
    """Rows in write order: by cell, then layer, feature and piece; ids from 1.  All rows of one
    cell lie together in the file, so a query for a small region reads few pages (and the small
    rows of places fill the pages that long rows leave part empty)."""
    ordered = []
    for f in features:
        for n, (cell, geom) in enumerate(f.pieces):
            ordered.append((cell[1], cell[0], LAYERS.index(f.layer), f.order, n, f, geom))
    ordered.sort(key=lambda r: r[:5])
    first_id = {}
    rows = []
    for row_id, (_, _, _, _, _, f, geom) in enumerate(ordered, start=1):
        first_id.setdefault(id(f), row_id)
        group = f.group or f"{f.layer}:{first_id[id(f)]}"
        rows.append((row_id, f.layer, group, f.rank, properties_json(f.props), geometry_json(geom),
                     geom.bounds))
    return rows


def write_database(path, rows, meta):
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA page_size = 512")    # the smallest pages: the least slack after long rows
    db.execute("PRAGMA journal_mode = OFF")
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", sorted(meta.items()))
    db.executemany("INSERT INTO features VALUES (?, ?, ?, ?, ?, ?)", [r[:6] for r in rows])
    db.executemany("INSERT INTO features_index VALUES (?, ?, ?, ?, ?)",
                   [(r[0], r[6][0], r[6][2], r[6][1], r[6][3]) for r in rows])
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, path)


# --------------------------------------------------------------------------------------------
# Checks on the written file


def check_database(path, cyprus_expected_km2=9251.0):
    """Re-read the file: integrity, every geometry valid after rounding, R-tree boxes, the
    Cyprus test query and its timing.  Returns a list of failures (empty when all is well)."""
    failures = []
    db = sqlite3.connect(path)
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        failures.append("PRAGMA integrity_check is not ok")
    meta = dict(db.execute("SELECT key, value FROM meta"))
    for key in ("format_version", "source", "source_version", "licence", "languages"):
        if not meta.get(key):
            failures.append(f"meta: no {key}")
    boxes = {row[0]: row[1:]
             for row in db.execute("SELECT id, min_x, max_x, min_y, max_y FROM features_index")}
    invalid, outside, rows = Counter(), Counter(), Counter()
    for row_id, layer, properties, geometry in db.execute(
            "SELECT id, layer, properties, geometry FROM features ORDER BY id"):
        rows[layer] += 1
        g = shapely.from_geojson(geometry)
        if g.is_empty or not g.is_valid or json.loads(properties).get("kind") is None:
            invalid[layer] += 1
        minx, miny, maxx, maxy = g.bounds
        b = boxes.get(row_id)
        if b is None or not (b[0] <= minx and maxx <= b[1] and b[2] <= miny and maxy <= b[3]):
            outside[layer] += 1
    for layer in LAYERS:
        if rows[layer] == 0:
            failures.append(f"{layer}: no rows")
    for layer, n in sorted(invalid.items()):
        failures.append(f"{layer}: {n} rows with an invalid or empty geometry or no kind")
    for layer, n in sorted(outside.items()):
        failures.append(f"{layer}: {n} rows whose R-tree box does not hold the geometry")
    start = time.perf_counter()
    found = db.execute(
        "SELECT f.layer, f.properties, f.geometry FROM features_index i JOIN features f ON f.id = i.id "
        "WHERE i.max_x >= 32 AND i.min_x <= 35 AND i.max_y >= 34.4 AND i.min_y <= 35.8").fetchall()
    parsed = [(layer, json.loads(props), json.loads(geom)) for layer, props, geom in found]
    elapsed = time.perf_counter() - start
    log(f"check: R-tree query + JSON parse of lon 32-35, lat 34.4-35.8: {len(parsed)} rows, "
        f"{elapsed * 1000:.1f} ms ({Counter(layer for layer, _, _ in parsed)})")
    pieces = [shapely.from_geojson(g) for g, in db.execute(
        "SELECT geometry FROM features WHERE feature_group = 'country:CYP' ORDER BY id")]
    if pieces:
        cyprus = shapely.union_all(pieces, grid_size=GRID)
        area = km2(cyprus)
        log(f"check: country:CYP, {len(pieces)} pieces, union {area:,.1f} km2 "
            f"(expected about {cyprus_expected_km2:,.0f})")
        if abs(area - cyprus_expected_km2) / cyprus_expected_km2 > 0.02:
            failures.append(f"country:CYP measures {area:,.1f} km2, not within 2% of {cyprus_expected_km2}")
    else:
        failures.append("no country:CYP rows")
    db.close()
    return failures


# --------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", required=True,
                        help="folder holding the Natural Earth .7z files (see tools/world/README.md)")
    parser.add_argument("--out", required=True, help="the SQLite file to write, e.g. world/base.sqlite")
    args = parser.parse_args()
    if not os.path.isdir(args.sources):
        parser.error(f"--sources: {args.sources}: not a folder")
    out_dir = os.path.dirname(os.path.abspath(args.out))
    if not os.path.isdir(out_dir):
        parser.error(f"--out: {out_dir}: no such folder")

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ne-") as tmp:
        src = unpack_sources(args.sources, tmp)
        label_points = read_features(src["ne_10m_admin_0_label_points"])
        line_codes = {p[side] for _, p, _ in read_features(src["ne_10m_admin_0_boundary_lines_land"])
                      for side in ("adm0_a3_l", "adm0_a3_r")}
        units = Units(read_features(src["ne_50m_admin_0_countries"]), label_points,
                      read_features(src["ne_10m_admin_0_disputed_areas"]), line_codes)
        log("units added from the 10m data:", units.added)
        for line in units.merge_report:
            log("breakaway:", line)
        for line in units.code_notes:
            log("code:", line)

        countries, network, naming = build_countries(src, units, label_points)
        log(f"countries: {len(countries)}; {naming['faces']} land faces, {naming['islands']} minor "
            f"islands; named by rule: {dict(sorted(naming['rules'].items()))}; "
            f"{len(naming['unnamed'])} unnamed")
        log("boundary lines taken as drawn the other way:", naming["flipped"])
        for line in naming["recognised"]:
            log("recognised territory:", line)
        unnamed_total = 0.0
        for source, face in sorted(naming["unnamed"], key=lambda x: -km2(x[1])):
            area = km2(face)
            unnamed_total += area
            c = face.representative_point()
            log(f"  unnamed {source}: {area:,.2f} km2 at {c.x:.3f}, {c.y:.3f}")
        log(f"  unnamed total: {unnamed_total:,.1f} km2")
        for row in naming["disagree"]:
            log("  named by its lines, not by the 50m overlap (lines, overlap, km2, x, y):", row)
        for key in ("CYP", "ARM", "AZE"):
            log(f"area: {key} {km2(countries[key]):,.1f} km2")

        sides = SideFinder(countries)
        features = country_features(countries, units)
        borders, disputed, inset_borders, line_report = line_features(src, network, sides)
        for row in line_report["internal"]:
            log("internal line (moved to disputed-line):", row)
        for (cla, pair), length in sorted(line_report["undrawn"].items()):
            log(f"not drawn by default: {cla} between {pair[0]} and {pair[1]} ({length:.2f} deg)")
        features += borders + disputed + inset_borders
        features += disputed_area_features(src, units)
        features += lake_features(src)
        rivers, dropped = river_features(src)
        log(f"rivers: {len(rivers)} kept, {dropped} lake centre lines dropped")
        features += rivers
        seas, unnamed_seas = sea_features(src)
        log(f"seas: {len(seas)} label points, {unnamed_seas} unnamed marine polygons skipped")
        features += seas
        labels = country_label_features(src, countries, units)
        log(f"country labels: {len(labels)}")
        features += labels
        places, remapped = place_features(src, units, sides)
        log(f"places: {len(places)}; iso_a3 other than ADM0_A3: {dict(sorted(remapped.items()))}")
        features += places
        features += inset_country_features(countries, units)

    rows = rows_of(features)
    languages = set()
    for r in rows:
        languages.update(k.split(":", 1)[1] for k in json.loads(r[4]) if k.startswith("name:"))
    meta = {"format_version": FORMAT_VERSION, "source": SOURCE, "source_version": SOURCE_VERSION,
            "licence": LICENCE, "languages": ",".join(sorted(
                languages, key=lambda c: (PLACE_LANGUAGES.index(c) if c in PLACE_LANGUAGES else 99, c)))}
    write_database(args.out, rows, meta)

    counts = Counter(r[1] for r in rows)
    for layer in LAYERS:
        log(f"rows: {layer} {counts[layer]}")
    log(f"wrote {args.out}: {len(rows)} rows, {os.path.getsize(args.out) / 1e6:.2f} MB "
        f"in {time.perf_counter() - started:.0f} s")
    failures = check_database(args.out)
    for failure in failures:
        log("FAILED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
