// swift-tools-version:6.0
import PackageDescription

/// One set of settings for every Swift target: Swift 6 language mode, strict concurrency.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Chronomap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Chronomap", targets: ["Chronomap"]),
        .executable(name: "chronomap", targets: ["chronomap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C libraries, each behind one Swift wrapper module.
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(name: "CProj", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),

        // RFC 7946 model, reader (with error locations) and writer. Foundation only.
        .target(name: "GeoJSON", swiftSettings: swiftSettings),
        // GEOS: validity, union, difference, intersection, point-in-polygon, label points.
        .target(name: "Topology", dependencies: ["CGEOS", "GeoJSON"], swiftSettings: swiftSettings),
        // PROJ's geodesic routines: areas and distances on the WGS84 ellipsoid.
        .target(name: "Geodesy", dependencies: ["CProj", "GeoJSON"], swiftSettings: swiftSettings),
        // Atomic files, logging helpers.
        .target(name: "Support", dependencies: [.product(name: "Logging", package: "swift-log")], swiftSettings: swiftSettings),
        // The dated model: what was true on date D.
        .target(name: "Chronology", dependencies: ["GeoJSON", "Topology", "Geodesy", "Support"], swiftSettings: swiftSettings),
        // The state on a date as RFC 7946 GeoJSON.
        .target(name: "Export", dependencies: ["Chronology", "GeoJSON", "Support"], swiftSettings: swiftSettings),
        // Umbrella library.
        .target(name: "Chronomap", dependencies: ["GeoJSON", "Topology", "Geodesy", "Support", "Chronology", "Export"], swiftSettings: swiftSettings),
        // The command-line tool: parses arguments, calls the library.
        .executableTarget(
            name: "chronomap",
            dependencies: [
                "Chronomap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        .target(name: "_ChronomapTestSupport", dependencies: ["GeoJSON"], path: "Tests/_ChronomapTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON", "_ChronomapTestSupport"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "TopologyTests", dependencies: ["Topology", "GeoJSON"], swiftSettings: swiftSettings),
        .testTarget(name: "GeodesyTests", dependencies: ["Geodesy", "GeoJSON"], swiftSettings: swiftSettings),
        .testTarget(name: "ChronologyTests", dependencies: ["Chronology", "_ChronomapTestSupport"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Chronology", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "ChronomapCLITests", dependencies: ["chronomap", "_ChronomapTestSupport"], swiftSettings: swiftSettings),
    ]
)
