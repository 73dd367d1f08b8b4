// swift-tools-version:6.0
import PackageDescription

// Linux only: the code uses Glibc and Synchronization's `Mutex`, and is built and tested on Debian.

/// One set of settings for every Swift target: Swift 6 language mode, strict concurrency.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Chronomap",
    products: [
        .library(name: "Chronomap", targets: ["Chronomap"]),
        .executable(name: "chronomap", targets: ["chronomap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        // Already in the graph through hummingbird; named here because TileServer imports their modules.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // C libraries, each behind one Swift wrapper module.
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        // PNG files written chunk by chunk, the image data compressed by libdeflate (bands on several threads for
        // large images); no libpng, so no setjmp frame for Swift to survive.
        .target(name: "CPNGWriter", linkerSettings: [.linkedLibrary("deflate")]),
        // Geodesics on WGS84 through GeographicLib (C++, Debian's libgeographiclib-dev), behind C functions.
        .target(name: "CGeographic", linkerSettings: [.linkedLibrary("GeographicLib")]),

        // RFC 7946 model, reader (with error locations) and writer. Foundation only.
        .target(name: "GeoJSON", swiftSettings: swiftSettings),
        // GEOS: validity, union, difference, intersection, point-in-polygon, label points.
        .target(name: "Topology", dependencies: ["CGEOS", "GeoJSON"], swiftSettings: swiftSettings),
        // Karney's geodesic algorithms (GeographicLib): areas and distances on the WGS84 ellipsoid.
        .target(name: "Geodesy", dependencies: ["CGeographic", "GeoJSON"], swiftSettings: swiftSettings),
        // Cairo drawing surfaces (PNG, SVG, PDF), fonts from files through FreeType, PNG encoding
        // through CPNGWriter (libdeflate).
        .target(name: "Canvas", dependencies: ["CCairo", "CFreeType", "CPNGWriter"], swiftSettings: swiftSettings),
        // Web Mercator, viewports (geography to pixels), XYZ tile coordinates.
        .target(name: "Projection", dependencies: ["GeoJSON"], swiftSettings: swiftSettings),
        // Map styles as data: layers with filters, zoom ranges and MapLibre-named paint properties.
        .target(name: "Style", dependencies: ["GeoJSON"], swiftSettings: swiftSettings),
        // What to draw: projected, styled, labelled (one collision index), with the map furniture; outlines and
        // label points through Topology (GEOS), areas through Geodesy (GeographicLib).
        .target(name: "Scene", dependencies: ["Chronology", "GeoJSON", "Style", "Projection", "Topology", "Geodesy", "Localization", "Description", .product(name: "Logging", package: "swift-log")], swiftSettings: swiftSettings),
        // Paints scenes with Cairo and writes PNG (with world file), SVG or PDF.
        .target(name: "Render", dependencies: ["Scene", "Canvas", "Style", "Chronology", "Projection", "Support", "Description", .product(name: "Logging", package: "swift-log")], swiftSettings: swiftSettings),
        // What changed hands between two days (GEOS overlay of the control zones, geodesic areas) and how each side
        // is worded: below Render, so the viewer's documents need no drawing.
        .target(name: "Changes", dependencies: ["Chronology", "GeoJSON", "Geodesy", "Topology", "Localization"], swiftSettings: swiftSettings),
        // Before/after pairs: what changed hands, drawn and written.
        .target(name: "Compare", dependencies: ["Changes", "Render", "Scene", "Style", "Projection", "Chronology", "GeoJSON", "Canvas", "Support", "Localization", "Description"],
                exclude: ["Resources"], swiftSettings: swiftSettings),
        // SQLite: connections, statements, transactions, typed errors. Used for MBTiles.
        .target(name: "SQLite", dependencies: ["CSQLite"], swiftSettings: swiftSettings),
        // XYZ tiles of a day: metatiles, labels placed once per zoom, folder trees and MBTiles.
        .target(name: "Tiles", dependencies: ["Render", "Scene", "Chronology", "Projection", "Canvas", "Support", "SQLite", "GeoJSON",
                                              .product(name: "Logging", package: "swift-log")], swiftSettings: swiftSettings),
        // The tile server: tiles, TileJSON and GeoJSON of any day over HTTP, and a viewer page with a date slider.
        .target(name: "TileServer", dependencies: ["Tiles", "Render", "Scene", "Chronology", "Export", "Projection", "GeoJSON", "Support", "Localization",
                                                   "Viewer", "Changes",
                                                   .product(name: "Hummingbird", package: "hummingbird"),
                                                   .product(name: "CompressNIO", package: "compress-nio"),
                                                   .product(name: "NIOCore", package: "swift-nio"),
                                                   .product(name: "HTTPTypes", package: "swift-http-types"),
                                                   .product(name: "Logging", package: "swift-log")],
                swiftSettings: swiftSettings),
        // The web viewer, the same page for `serve` and `site`: its resource files, Leaflet's files, and the
        // JSON documents it reads (dates, events, legends, changes).
        .target(name: "Viewer", dependencies: ["Changes", "Chronology", "GeoJSON", "Localization", "Scene", "Style", "Support"],
                exclude: ["Resources"], swiftSettings: swiftSettings),
        // `chronomap site`: a static folder of the viewer, Leaflet, the tiles of every key date (identical tiles
        // hard-linked), dates, events, legends and changes, for any static host.
        .target(name: "Site", dependencies: ["Viewer", "Tiles", "Changes", "Chronology", "GeoJSON", "Projection", "Scene",
                                             "Support", .product(name: "Logging", package: "swift-log")],
                swiftSettings: swiftSettings),
        // Furniture wording per language (title date, legend headings, panels, scale, footer): resource catalogs,
        // read with GeoJSON's JSON reader (syntax errors by line and column, wrong values by JSON path).
        .target(name: "Localization", dependencies: ["GeoJSON", "Support"], exclude: ["Resources"], swiftSettings: swiftSettings),
        // Atomic files, logging helpers, run-time files; the slug and language-code rules data and CLI share.
        .target(name: "Support", dependencies: [.product(name: "Logging", package: "swift-log")], swiftSettings: swiftSettings),
        // The dated model: what was true on date D.
        .target(name: "Chronology", dependencies: ["GeoJSON", "Topology", "Geodesy", "Support"], exclude: ["Resources"],
                swiftSettings: swiftSettings),
        // The world base: Natural Earth's countries, borders, water and towns, read by bounding box (SQLite R-tree).
        .target(name: "WorldBase", dependencies: ["SQLite", "GeoJSON", "Topology"], swiftSettings: swiftSettings),
        // New data sets (`init`) and control zones from dated snapshots (`import snapshots`).
        .target(name: "Import", dependencies: ["Chronology", "GeoJSON", "Topology", "Geodesy", "Support", "WorldBase"], swiftSettings: swiftSettings),
        // The state on a date as RFC 7946 GeoJSON.
        .target(name: "Export", dependencies: ["Chronology", "GeoJSON"], swiftSettings: swiftSettings),
        // Images in words: the alt text of maps, pairs, grids, animations and charts.
        .target(name: "Description", dependencies: ["Chronology", "Localization", "Support"], swiftSettings: swiftSettings),
        // The area each side held over time: the table of `chronomap areas` and its chart.
        .target(name: "Charts", dependencies: ["Changes", "Render", "Scene", "Style", "Projection", "Chronology", "Localization", "Description", "GeoJSON"],
                swiftSettings: swiftSettings),
        // Maps over time: animations encoded by ffmpeg (a subprocess), and grids of small multiples.
        .target(name: "Animation", dependencies: ["Render", "Scene", "Style", "Chronology", "Canvas", "Localization", "Description", "Support", "GeoJSON", "Projection",
                                                  .product(name: "Logging", package: "swift-log")], swiftSettings: swiftSettings),
        // Umbrella library.
        .target(name: "Chronomap", dependencies: ["GeoJSON", "Topology", "Geodesy", "Support", "Chronology", "Export", "Projection", "Style", "Scene", "Render", "Canvas", "Changes", "Compare", "Tiles", "Localization", "Import", "Description", "Charts", "Animation", "WorldBase"], swiftSettings: swiftSettings),
        // The command-line tool: parses arguments, calls the library.
        .executableTarget(
            name: "chronomap",
            dependencies: [
                "Chronomap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                "TileServer",
                "Site",
                "Viewer",
            ],
            swiftSettings: swiftSettings
        ),

        // Release-mode benchmark against Mapnik (never run by the tests): `make bench`.
        .executableTarget(name: "chronomap-bench", dependencies: ["Chronomap"], swiftSettings: swiftSettings),

        .target(name: "_ChronomapTestSupport", dependencies: ["Animation", "GeoJSON", "Chronology", "Canvas", "Style", "Scene", "Render", "SQLite"], path: "Tests/_ChronomapTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "TopologyTests", dependencies: ["Topology", "GeoJSON"], swiftSettings: swiftSettings),
        .testTarget(name: "CanvasTests", dependencies: ["Canvas", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection", "GeoJSON"], swiftSettings: swiftSettings),
        .testTarget(name: "StyleTests", dependencies: ["Style", "GeoJSON", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "Support"], swiftSettings: swiftSettings),
        .testTarget(name: "SupportTests", dependencies: ["Support", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SceneTests", dependencies: ["Scene", "Style", "Chronology", "Localization", "Projection", "GeoJSON", "Geodesy", "Description", "_ChronomapTestSupport"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Scene", "Style", "Canvas", "Chronology", "GeoJSON", "Projection", "Localization", "_ChronomapTestSupport"],
                    exclude: ["References"], swiftSettings: swiftSettings),
        .testTarget(name: "ChangesTests", dependencies: ["Changes", "Chronology", "GeoJSON", "Localization", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "CompareTests", dependencies: ["Compare", "Render", "Scene", "Chronology", "GeoJSON", "Canvas", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "TilesTests", dependencies: ["Tiles", "Render", "Scene", "Projection", "Chronology", "Canvas", "SQLite", "GeoJSON", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "TileServerTests", dependencies: ["TileServer", "Tiles", "Render", "Chronology", "Projection", "_ChronomapTestSupport",
                                                            .product(name: "Hummingbird", package: "hummingbird"),
                                                            .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                            .product(name: "HTTPTypes", package: "swift-http-types"),
                                                            .product(name: "Logging", package: "swift-log")], swiftSettings: swiftSettings),
        .testTarget(name: "GeodesyTests", dependencies: ["Geodesy", "GeoJSON"], swiftSettings: swiftSettings),
        .testTarget(name: "ChronologyTests", dependencies: ["Chronology", "GeoJSON", "_ChronomapTestSupport"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "DataSetTests", dependencies: ["Changes", "Chronology", "Chronomap", "Geodesy", "GeoJSON", "Localization", "Scene", "Topology", "WorldBase", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "ImportTests", dependencies: ["Import", "Chronology", "GeoJSON", "Geodesy", "_ChronomapTestSupport"],
                    resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "WorldBaseTests", dependencies: ["WorldBase", "GeoJSON", "Topology", "Geodesy", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Chronology", "GeoJSON", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        // Help snapshots and reference images are read by path (and re-recorded in place), not bundled.
        .testTarget(name: "ChronomapCLITests", dependencies: ["chronomap", "Canvas", "_ChronomapTestSupport"], exclude: ["Help"], swiftSettings: swiftSettings),
        // The web viewer and static sites: node runs the viewer's logic tests; Chromium opens sites served
        // by a local static server.
        .testTarget(name: "ViewerTests", dependencies: ["Viewer", "_ChronomapTestSupport"],
                    exclude: ["JavaScript"], swiftSettings: swiftSettings),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Tiles", "Render", "Scene", "Style", "Chronology", "Canvas", "GeoJSON", "Projection",
                                                      "_ChronomapTestSupport", .product(name: "Hummingbird", package: "hummingbird"),
                                                      .product(name: "Logging", package: "swift-log")],
                    swiftSettings: swiftSettings),
        // Time outputs.
        .testTarget(name: "DescriptionTests", dependencies: ["Description", "Chronology", "Localization", "_ChronomapTestSupport"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "Changes", "Render", "Scene", "Canvas", "Chronology", "Localization", "Description", "GeoJSON", "_ChronomapTestSupport"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "AnimationTests", dependencies: ["Animation", "Render", "Scene", "Canvas", "GeoJSON", "Chronology", "Localization", "Description", "_ChronomapTestSupport"],
                    swiftSettings: swiftSettings),
    ]
)
