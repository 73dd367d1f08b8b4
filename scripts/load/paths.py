#!/usr/bin/env python3
"""Tile paths for the load test, from a running server's own documents (any data set).

Usage: paths.py BASE_URL HOT_FILE COLD_FILE

Hot: every tile of zooms 6-9 of two key dates (a few hundred; cached after their first request).
Cold: every tile of zooms 10-13 of every key date (over a hundred thousand in the bundled data: most are
rendered on demand, and far more than a small cache holds, so the cache evicts).
"""
import json
import math
import sys
import urllib.request


def get(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.load(response)


def tiles(west, south, east, north, zoom):
    n = 2 ** zoom

    def column(lon):
        return int((lon + 180) / 360 * n)

    def row(lat):
        r = math.radians(lat)
        return int((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n)

    for x in range(column(west), column(east) + 1):
        for y in range(row(north), row(south) + 1):
            yield zoom, x, y


def main():
    base, hot_file, cold_file = sys.argv[1:4]
    dates = [entry["date"] for entry in get(base + "/dates.json")["dates"]]
    west, south, east, north = get(f"{base}/tiles/{dates[-1]}.json")["bounds"]
    hot_dates, cold_dates = dates[-2:], dates
    with open(hot_file, "w") as out:
        for date in hot_dates:
            for zoom in range(6, 10):
                for z, x, y in tiles(west, south, east, north, zoom):
                    print(f"/tiles/{date}/{z}/{x}/{y}.png", file=out)
    with open(cold_file, "w") as out:
        for date in cold_dates:
            for zoom in range(10, 14):
                for z, x, y in tiles(west, south, east, north, zoom):
                    print(f"/tiles/{date}/{z}/{x}/{y}.png", file=out)


main()
