#!/usr/bin/env python3
"""Writes the seed corpora of fuzz/corpus/<target>/ from the project's own files.

Run from the repository root: python3 fuzz/tools/make-seeds.py. Seeds are small (at most a few
KB each): libFuzzer mutates small inputs far faster, and the corpus is committed.
- FuzzGeoJSON: the GeoJSON test fixtures, and a few features of each data file cut down;
- FuzzJSON: the same plus JSON corner cases (escapes, numbers, nesting, a byte-order mark);
- FuzzStyle: styles/default.json cut into a few smaller styles;
- FuzzDay: one date string per file.
"""
import glob, hashlib, json, os, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
MAX_SEED = 4096


def reset(target):
    folder = os.path.join(CORPUS, target)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder


def write(folder, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_SEED:
        return
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def thin(positions, keep):
    """Every n-th position, so that at most `keep` remain; rings stay closed."""
    if len(positions) <= keep:
        return positions
    step = -(-len(positions) // keep)
    thinned = positions[::step]
    if positions[0] == positions[-1] and thinned[-1] != thinned[0]:
        thinned.append(thinned[0])
    return thinned


def cut(geometry, keep=8):
    if geometry is None:
        return None
    kind, coordinates = geometry["type"], geometry.get("coordinates")
    if kind == "LineString":
        geometry["coordinates"] = thin(coordinates, keep)
    elif kind in ("Polygon", "MultiLineString"):
        geometry["coordinates"] = [thin(ring, keep) for ring in coordinates[:2]]
    elif kind == "MultiPolygon":
        geometry["coordinates"] = [[thin(ring, keep) for ring in polygon[:2]] for polygon in coordinates[:2]]
    elif kind == "MultiPoint":
        geometry["coordinates"] = coordinates[:keep]
    elif kind == "GeometryCollection":
        geometry["geometries"] = [cut(g, keep) for g in geometry["geometries"][:3]]
    return geometry


def fixtures():
    pattern = os.path.join(ROOT, "Tests", "GeoJSONTests", "Fixtures", "**", "*.geojson")
    for path in sorted(glob.glob(pattern, recursive=True)):
        with open(path, "rb") as f:
            yield os.path.basename(path), f.read()


def data_features():
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "*", "*.geojson"))):
        with open(path, encoding="utf-8") as f:
            collection = json.load(f)
        layer = os.path.splitext(os.path.basename(path))[0]
        features = collection["features"]
        # A few features spread over the file, shortened.
        for index in sorted({0, len(features) // 3, 2 * len(features) // 3, len(features) - 1}):
            if 0 <= index < len(features):
                feature = features[index]
                feature["geometry"] = cut(feature.get("geometry"))
                for key, value in list(feature.get("properties", {}).items()):
                    if isinstance(value, str) and len(value) > 120:
                        feature["properties"][key] = value[:120]
                text = '{"type":"FeatureCollection","features":[\n' + json.dumps(feature, ensure_ascii=False) + "\n]}\n"
                yield f"data-{layer}-{index}.geojson", text


def geojson_seeds():
    folder = reset("FuzzGeoJSON")
    for name, data in fixtures():
        write(folder, name, data)
    for name, text in data_features():
        write(folder, name, text)


JSON_CORNERS = {
    "escapes.json": '["\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/", "Ստեփանակերտ", "Xankəndi", ""]',
    "numbers.json": "[0, -0, 1.5e-7, 46.1234567890, 1E+2, -0.0e+10, 123456789012345678901234567890, 1e308]",
    "nesting.json": "[[[[[[[[[[{}]]]]]]]]]]",
    "literals.json": '{"a": true, "b": false, "c": null, "d": {"e": []}}',
    "bom.json": "\ufeff{\"type\": \"Point\", \"coordinates\": [0, 0]}",
    "whitespace.json": ' \r\n\t{ "k" :\n [ 1 ,\t2 ] } \n',
}


def json_seeds():
    folder = reset("FuzzJSON")
    for name, text in JSON_CORNERS.items():
        write(folder, name, text)
    for name, data in list(fixtures())[:40]:
        write(folder, name, data)
    write(folder, "region.json", open(os.path.join(ROOT, "data", "nagorno-karabakh", "region.json"), "rb").read())


def style_seeds():
    folder = reset("FuzzStyle")
    with open(os.path.join(ROOT, "styles", "default.json"), encoding="utf-8") as f:
        style = json.load(f)
    layers = style.get("layers", [])
    # The style without its layers, then each few layers on their own: each seed is a whole style.
    def variant(selected):
        copy = dict(style)
        copy["layers"] = selected
        if "metadata" in copy:
            copy["metadata"] = {"description": "seed"}
        return json.dumps(copy, ensure_ascii=False, separators=(",", ":"))
    write(folder, "no-layers.json", variant([]))
    for start in range(0, len(layers), 4):
        write(folder, f"layers-{start}.json", variant(layers[start:start + 4]))
    write(folder, "minimal.json", json.dumps({"version": 1, "name": "x", "layers": []}))


DATES = ["2023-09-19", "1994-05-12", "2020", "2020-11", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29",
         "0000-01-01", "9999-12-31", "2023-13-01", "2023-00-10", "2023-09-31", "2023-9-19", "20230919",
         "2023-09-19T12:00", "-2023-01-01", "+2023", "2023-11-", "", "２０２３-01-01", "2023-11~", "2023-09-2X",
         "[2023-09-28..2023-10-03]", "2023-10?", " 2023-01-01", "2023-01-01\n"]


def date_seeds():
    folder = reset("FuzzDay")
    for text in DATES:
        name = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] + ".txt"
        write(folder, name, text)


if __name__ == "__main__":
    geojson_seeds()
    json_seeds()
    style_seeds()
    date_seeds()
    for target in sorted(os.listdir(CORPUS)):
        files = os.listdir(os.path.join(CORPUS, target))
        size = sum(os.path.getsize(os.path.join(CORPUS, target, f)) for f in files)
        print(f"{target}: {len(files)} seeds, {size} bytes")
