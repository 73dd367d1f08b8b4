#!/usr/bin/python3
"""The Mapnik side of Chronomap's benchmark: the same two jobs, rendered by Mapnik at its best.

Run with Debian's /usr/bin/python3 (python3-mapnik). Reads Chronomap's GeoJSON export of the date and
bench/mapnik/style.xml; prints one JSON object with the timings.

  full   WIDTH HEIGHT GEOJSON W S E N [OUT]   one map: render seconds, encode seconds, bytes; with OUT, the
                                              PNG is written there (the whole-command comparison times this
                                              process from start to exit, interpreter and data loading included)
  tiles  GEOJSON W S E N ZMIN ZMAX OUTDIR [STYLE]
                                              a tile pyramid as renderd renders it: 8x8 metatiles with a
                                              buffer, one worker process per core, png32 at Mapnik's
                                              default compression; wall seconds, tiles, bytes, peak memory;
                                              STYLE replaces style.xml (the equal-drawing byte comparison)
"""
import json
import math
import multiprocessing
import os
import resource
import sys
import tempfile
import time

import mapnik

HERE = os.path.dirname(os.path.abspath(__file__))
HALF = math.pi * 6378137.0
METATILE = 8
BUFFER = 128


def load_map(geojson, width, height, style=None):
    mapnik.register_fonts("/usr/share/fonts/truetype/dejavu/")
    with open(style or os.path.join(HERE, "style.xml"), encoding="utf-8") as handle:
        xml = handle.read().replace("@GEOJSON@", geojson)
    m = mapnik.Map(width, height)
    mapnik.load_map_from_string(m, xml, False, HERE)
    return m


def project(lon, lat):
    """Spherical Web Mercator (EPSG:3857), as Chronomap's Projection module computes it."""
    return 6378137.0 * math.radians(lon), 6378137.0 * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def full(width, height, geojson, west, south, east, north, out=None):
    m = load_map(geojson, width, height)
    x0, y0 = project(west, south)
    x1, y1 = project(east, north)
    m.zoom_to_box(mapnik.Box2d(x0, y0, x1, y1))
    image = mapnik.Image(width, height)
    start = time.perf_counter()
    mapnik.render(m, image)
    rendered = time.perf_counter()
    data = image.tostring("png32")
    encoded = time.perf_counter()
    if out:
        with open(out + ".tmp", "wb") as handle:
            handle.write(data)
        os.replace(out + ".tmp", out)
    return {"render_seconds": rendered - start, "encode_seconds": encoded - rendered, "bytes": len(data)}


def tile_range(west, south, east, north, zoom):
    n = 2 ** zoom
    def tx(lon):
        return min(n - 1, max(0, int((lon + 180.0) / 360.0 * n)))
    def ty(lat):
        r = math.radians(lat)
        return min(n - 1, max(0, int((1.0 - math.asinh(math.tan(r)) / math.pi) / 2.0 * n)))
    return tx(west), tx(east), ty(north), ty(south)


def peak_memory_kib():
    """VmHWM: the peak resident set of this process since its exec (getrusage's ru_maxrss survives exec on
    Linux, so a child started by the benchmark would report the benchmark's own peak)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


WORKER = {}


def init_worker(geojson, outdir, style=None):
    size = 256 * METATILE
    m = load_map(geojson, size, size, style)
    m.buffer_size = BUFFER
    WORKER["map"] = m
    WORKER["outdir"] = outdir


def render_metatile(job):
    zoom, mx, my, tiles = job
    m = WORKER["map"]
    n = 2 ** zoom
    size = 2 * HALF / n
    count_x = min(METATILE, n - mx * METATILE)
    count_y = min(METATILE, n - my * METATILE)
    m.resize(256 * count_x, 256 * count_y)
    x0 = -HALF + mx * METATILE * size
    y1 = HALF - my * METATILE * size
    m.zoom_to_box(mapnik.Box2d(x0, y1 - count_y * size, x0 + count_x * size, y1))
    image = mapnik.Image(256 * count_x, 256 * count_y)
    mapnik.render(m, image)
    total = 0
    for (x, y) in tiles:
        view = image.view((x - mx * METATILE) * 256, (y - my * METATILE) * 256, 256, 256)
        data = view.tostring("png32")
        total += len(data)
        folder = os.path.join(WORKER["outdir"], str(zoom), str(x))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "%d.png" % y), "wb") as handle:
            handle.write(data)
    return len(tiles), total, peak_memory_kib()


def tiles(geojson, west, south, east, north, zmin, zmax, outdir, style=None):
    jobs = []
    for zoom in range(zmin, zmax + 1):
        x0, x1, y0, y1 = tile_range(west, south, east, north, zoom)
        groups = {}
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                groups.setdefault((x // METATILE, y // METATILE), []).append((x, y))
        for (mx, my), members in sorted(groups.items(), key=lambda item: (item[0][1], item[0][0])):
            jobs.append((zoom, mx, my, members))
    start = time.perf_counter()
    with multiprocessing.Pool(os.cpu_count(), initializer=init_worker, initargs=(geojson, outdir, style)) as pool:
        results = pool.map(render_metatile, jobs, chunksize=1)
    wall = time.perf_counter() - start
    count = sum(r[0] for r in results)
    size = sum(r[1] for r in results)
    peak_kib = max([r[2] for r in results] + [peak_memory_kib()])
    return {"tiles": count, "wall_seconds": wall, "tiles_per_second": count / wall, "bytes": size, "peak_memory_kib": peak_kib}


def main(argv):
    if argv[1] == "full":
        result = full(int(argv[2]), int(argv[3]), argv[4], *map(float, argv[5:9]), *argv[9:10])
    elif argv[1] == "tiles":
        outdir = argv[9] if len(argv) > 9 else tempfile.mkdtemp(prefix="mapnik-tiles-")
        result = tiles(argv[2], *map(float, argv[3:7]), int(argv[7]), int(argv[8]), outdir, *argv[10:11])
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
