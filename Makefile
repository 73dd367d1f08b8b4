# Chronomap: `make demo` does the main job on the bundled data, `make test` runs the tests, `make install` puts the
# tool and its files under $(PREFIX). All install missing Debian packages first (checked one by one with dpkg -s).

SHELL := /bin/bash
SWIFT ?= swift
SWIFT_FORMAT ?= swift-format
CHRONOMAP := .build/release/chronomap
# The Swift runtime and Foundation linked in: the process loads a handful of C libraries instead of the Swift ones,
# and a whole `render` starts about 11 ms sooner (bench/README.md). Every release build takes the same flags, or
# SwiftPM rebuilds everything between them.
RELEASE := -c release --static-swift-stdlib
DEMO_DATE := 2023-09-19
PREFIX ?= /usr/local
DESTDIR ?=

RUNTIME_PACKAGES := libcairo2-dev libfreetype-dev libpng-dev libdeflate-dev libgeos-dev libgeographiclib-dev libsqlite3-dev fonts-dejavu-core libjs-leaflet ffmpeg
TEST_PACKAGES := gdal-bin chromium poppler-utils pngcheck sqlite3 curl nodejs

.PHONY: demo test lint check-imports deps test-deps build install uninstall bench fuzz load clean

demo: deps build
	$(CHRONOMAP) --version
	$(CHRONOMAP) validate
	$(CHRONOMAP) render --date $(DEMO_DATE)
	$(CHRONOMAP) export --date $(DEMO_DATE)
	$(CHRONOMAP) compare --before 2023-09-18 --after 2023-10-15
	$(CHRONOMAP) tiles --date $(DEMO_DATE) --zoom 5-10
	$(CHRONOMAP) areas --csv output/areas.csv --chart output/areas.png
	$(CHRONOMAP) animate --from 2020-09-27 --to 2020-11-10 --size 1200x900 --out output/war-2020.mp4
	$(CHRONOMAP) site --from 2023-09-18 --to 2023-10-15 --zoom 5-10 --out output/site
	$(CHRONOMAP) validate --data data/cyprus
	$(CHRONOMAP) render --data data/cyprus --date 1974-08-16 --out output/cyprus-1974-08-16.png
	$(CHRONOMAP) compare --data data/cyprus --before 1974-07-14 --after 1974-08-16 --out-dir output/cyprus-compare
	$(CHRONOMAP) areas --data data/cyprus --csv output/cyprus-areas.csv
	@echo "demo outputs are in output/"

# The lint first (fast, and a formatting slip should not wait for the whole suite), then the declared
# dependencies against the imports, then the tests, then a 5-second run of each fuzz target (the long runs are
# `make fuzz`).
test: deps test-deps lint check-imports
	$(SWIFT) test
	FUZZ_SECONDS=5 scripts/fuzz.sh

lint: check-imports
	$(SWIFT_FORMAT) lint --strict --recursive Sources Tests fuzz/Sources

# Each target's declared dependencies in Package.swift against its Swift files' imports, both ways.
check-imports:
	python3 scripts/check-imports.py

build:
	$(SWIFT) build $(RELEASE) --product chronomap

# bin/chronomap (the release build) and everything it reads at run time under share/chronomap/, laid out as
# scripts/install.sh says; DESTDIR is put before PREFIX for packaging. The tool finds its files from its own place.
install: deps build
	DESTDIR="$(DESTDIR)" scripts/install.sh --prefix "$(PREFIX)" --binary $(CHRONOMAP)

uninstall:
	DESTDIR="$(DESTDIR)" scripts/install.sh --prefix "$(PREFIX)" --uninstall

# Chronomap against Mapnik, side by side (installs Debian's python3-mapnik for the Mapnik side and GNU time for
# the whole commands' peak memory).
bench: deps build
	@scripts/install-packages.sh python3-mapnik time
	$(SWIFT) build $(RELEASE) --product chronomap-bench
	.build/release/chronomap-bench --runs 5 --json output/bench.json

# libFuzzer on every parser, FUZZ_SECONDS each (default 60); FUZZ_TARGETS picks targets. See fuzz/README.md.
fuzz: deps
	scripts/fuzz.sh

# The server under load: wrk from a second process, 64 connections for 2 minutes (not part of CI). See scripts/load.sh.
load: deps build
	@scripts/install-packages.sh wrk curl python3
	scripts/load.sh

deps:
	@scripts/install-packages.sh $(RUNTIME_PACKAGES)

test-deps:
	@scripts/install-packages.sh $(TEST_PACKAGES)

clean:
	rm -rf .build fuzz/.build
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
