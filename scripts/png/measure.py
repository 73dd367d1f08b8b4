#!/usr/bin/env python3
"""Measures PNG encoders on real Chronomap renders: time and bytes per image kind, encoder, filter, level, threads.

Usage: scripts/png/measure.py SAMPLES_DIR [--runs 5] [--quick]

SAMPLES_DIR holds PNGs rendered by chronomap (keep them outside the repository):
  map2000.png, map3200.png           from `chronomap render --size 2000x1500 / 3200x2400 --out ...`
  tiles/**.png                       from `chronomap tiles --zoom 5-10 --out SAMPLES_DIR/tiles`
Needs Pillow (pip install pillow), a C compiler, libpng, zlib and libdeflate headers (Debian: libpng-dev,
zlib1g-dev, libdeflate-dev). The old libpng writer is taken from git history (commit 4552e8e) for the baseline.
Every output of the chosen defaults is decoded with Pillow and compared with the source pixels exactly.
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

from PIL import Image

ROOT = pathlib.Path(__file__).resolve().parents[2]
LEGACY_COMMIT = "4552e8e"
FILTERS = {"auto": 0, "none": 1, "sub": 2, "up": 3, "avg": 4, "paeth": 5, "minsum": 6}


def to_raw(png: pathlib.Path, out_dir: pathlib.Path, name: str) -> pathlib.Path:
    """Cairo's ARGB32 layout (premultiplied, little-endian words: B, G, R, A bytes) of a PNG."""
    image = Image.open(png).convert("RGBA")
    path = out_dir / f"{name}-{image.width}x{image.height}.raw"
    if image.getextrema()[3][0] == 255:
        path.write_bytes(image.tobytes("raw", "BGRA"))
        return path
    data = bytearray(image.tobytes())
    for i in range(0, len(data), 4):
        r, g, b, a = data[i:i + 4]
        if a != 255:
            r, g, b = ((r * a + 127) // 255, (g * a + 127) // 255, (b * a + 127) // 255)
        data[i:i + 4] = bytes((b, g, r, a))
    path.write_bytes(bytes(data))
    return path


def build(work: pathlib.Path) -> pathlib.Path:
    legacy = work / "legacy"
    legacy.mkdir()
    for source, target in (("Sources/CPNGWriter/png_writer.c", "png_writer.c"),
                           ("Sources/CPNGWriter/include/CPNGWriter.h", "CPNGWriter.h")):
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{LEGACY_COMMIT}:{source}"],
                              check=True, capture_output=True, text=True).stdout
        (legacy / target).write_text(text)
    objects = []
    legacy_flags = ["-Dcm_png_encode_argb32=legacy_png_encode_argb32", "-Dcm_png_buffer_free=legacy_png_buffer_free"]
    for source, flags in ((legacy / "png_writer.c", ["-I", str(legacy)] + legacy_flags),
                          (ROOT / "scripts/png/legacy_encoder.c", ["-I", str(work)] + legacy_flags)):
        obj = work / (source.stem + ".o")
        subprocess.run(["cc", "-O2", "-c", str(source), "-o", str(obj)] + flags, check=True)
        objects.append(obj)
    sources = sorted((ROOT / "Sources/CPNGWriter").glob("*.c")) + [ROOT / "scripts/png/png_bench.c"]
    binary = work / "png_bench"
    subprocess.run(["cc", "-O2", "-std=c11", "-D_POSIX_C_SOURCE=200809L",
                    "-I", str(ROOT / "Sources/CPNGWriter/include"), "-I", str(ROOT / "Sources/CPNGWriter"),
                    "-o", str(binary)] + [str(s) for s in sources] + [str(o) for o in objects] + ["-lpng16", "-lz", "-ldeflate", "-lpthread", "-lm"], check=True)
    return binary


def run(binary, kind, files, runs, encoder="new", level=6, filter="auto", threads=1, bands=1, palette=1, write=None):
    command = [str(binary), "--encoder", encoder, "--level", str(level), "--filter", str(FILTERS[filter]),
               "--threads", str(threads), "--bands", str(bands), "--palette", str(palette), "--runs", str(runs),
               "--kind", kind]
    if write:
        command += ["--write", str(write)]
    result = json.loads(subprocess.run(command + [str(f) for f in files], check=True, capture_output=True,
                                       text=True).stdout)
    result["filter"] = filter
    print(f"{kind:8} {encoder:10} L{level:<2} {filter:6} t{threads} b{bands} p{palette}  "
          f"{result['ms']:9.2f} ms {result['cpu_ms']:9.2f} cpu ms {result['bytes']:10d} B", flush=True)
    return result


def verify(sources, written: pathlib.Path):
    for index, source in enumerate(sources):
        expected = Image.open(source).convert("RGBA")
        actual = Image.open(written / f"{index}.png").convert("RGBA")
        if expected.tobytes() != actual.tobytes():
            sys.exit(f"pixels differ after encoding {source}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("samples", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="only the default and baseline rows")
    parser.add_argument("--summary", action="store_true", help="the rows of the README's table")
    parser.add_argument("--kinds", default="tiles,tiles-pal,tiles-rgb,map2000,map3200", help="which image kinds")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = pathlib.Path(temporary)
        binary = build(work)
        tiles = sorted((arguments.samples / "tiles").rglob("*.png"))
        tile_raws = [to_raw(t, work, f"tile{i}") for i, t in enumerate(tiles)]
        kinds = {"tiles": (tiles, tile_raws, 6)}
        # Tiles that fit a palette and those that do not, to choose a filter for each colour type.
        few = [Image.open(t).convert("RGBA").getcolors(256) is not None for t in tiles]
        for name, wanted in (("tiles-pal", True), ("tiles-rgb", False)):
            chosen = [i for i, is_few in enumerate(few) if is_few == wanted]
            kinds[name] = ([tiles[i] for i in chosen], [tile_raws[i] for i in chosen], 6)
        for name in ("map2000", "map3200"):
            png = arguments.samples / f"{name}.png"
            kinds[name] = ([png], [to_raw(png, work, name)], 2)
        results = []
        for kind, (sources, raws, level) in kinds.items():
            if kind not in arguments.kinds.split(","):
                continue
            results.append(run(binary, kind, raws, arguments.runs, "legacy", level, "none"))
            written = work / f"out-{kind}"
            written.mkdir()
            threads = 2 if kind.startswith("map") else 1
            results.append(run(binary, kind, raws, arguments.runs, "new", level, "auto", threads, 0, write=written))
            verify(sources, written)
            if arguments.quick:
                continue
            if arguments.summary:
                results.append(run(binary, kind, raws, arguments.runs, "new", level, "none", 1, 1))
                if kind.startswith("map"):
                    results.append(run(binary, kind, raws, arguments.runs, "zlib-bands", level, "none", 2, 4))
                    results.append(run(binary, kind, raws, arguments.runs, "new", level, "none", 2, 1))
                    results.append(run(binary, kind, raws, arguments.runs, "new", 6, "none", 2, 0))
                    results.append(run(binary, kind, raws, arguments.runs, "legacy", 6, "none"))
                else:
                    results.append(run(binary, kind, raws, arguments.runs, "new", 8, "none", 1, 1))
                    results.append(run(binary, kind, raws, arguments.runs, "new", 9, "none", 1, 1))
                continue
            # Every filter at the levels in use; every level with the filter that wins (none; see README.md).
            for candidate in (1, 2, 6):
                for filter in ("none", "sub", "up", "avg", "paeth", "minsum"):
                    results.append(run(binary, kind, raws, arguments.runs, "new", candidate, filter, 1, 1))
            for candidate in (0, 3, 4, 5, 7, 8, 9, 10, 12):
                results.append(run(binary, kind, raws, 1 if candidate >= 10 else arguments.runs, "new", candidate,
                                   "none", 1, 1))
            results.append(run(binary, kind, raws, arguments.runs, "new", level, "auto", 1, 1, palette=0))
            if kind.startswith("map"):
                for bands in (1, 2, 4, 8):
                    results.append(run(binary, kind, raws, arguments.runs, "new", level, "auto", 2, bands))
                    results.append(run(binary, kind, raws, arguments.runs, "zlib-bands", level, "auto", 2, bands))
                results.append(run(binary, kind, raws, arguments.runs, "legacy", level, "up"))
                results.append(run(binary, kind, raws, arguments.runs, "legacy", 6, "none"))
        (arguments.samples / "measurements.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
