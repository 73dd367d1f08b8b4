// swift-tools-version:6.0
// libFuzzer targets for Chronomap's parsers, built apart from the main package (see README.md):
//   scripts/fuzz.sh            builds every target with -sanitize=fuzzer,address and runs each.
import PackageDescription

/// One fuzz target per entry: the folder `Sources/<name>/` holds one file with the target's
/// `LLVMFuzzerTestOneInput` and a `@main` that hands it to libFuzzer, and `corpus/<name>/` holds
/// its seed inputs. Adding a target is adding its file and its name here.
let fuzzTargets = [
    "FuzzJSON",  // GeoJSONReader.parseJSON: the strict JSON parser alone
    "FuzzGeoJSON",  // GeoJSONReader().read(_:file:): parser, RFC 7946 rules, then a write and a second read
    "FuzzStyle",  // Style.read(_:): style JSON
    "FuzzDay",  // Day(iso:) and Day(partialISO:)
    "FuzzEDTF",  // UncertainDate(edtf:): EDTF levels 0 and 1, and one-of sets
    "FuzzSnapshot",  // SnapshotImporter: one snapshot file imported into a two-party data set
]

/// The main package, one folder up. SwiftPM names a path dependency after its folder, which is
/// whatever the clone was called, so the name is read from the path rather than written here.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "Chronomap"

let package = Package(
    name: "ChronomapFuzz",
    products: fuzzTargets.map { .executable(name: $0, targets: [$0]) },
    dependencies: [.package(path: "..")],
    targets: [
        // libFuzzer's driver function, declared for Swift; the clang runtime provides it.
        .systemLibrary(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
    ]
        + fuzzTargets.map { name in
            .executableTarget(
                name: name, dependencies: ["FuzzSupport", .product(name: "Chronomap", package: mainPackage)])
        }
)
