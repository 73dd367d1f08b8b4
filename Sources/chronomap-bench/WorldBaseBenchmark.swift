import Chronomap
import Foundation

/// What the world base costs: `init` of a new region (the base, study area and towns cut from it) and the read of a
/// map's locator inset. Goals: `init` within 1 s, the inset within 0.1 s. Chronomap only (Mapnik has neither).
enum WorldBaseBenchmark {
    /// Cyprus, and the region of the bundled data set, as a new user would `init` them.
    static let extents = [
        (
            "cyprus",
            BoundingBox(
                southWest: Position(longitude: 32.1, latitude: 34.45),
                northEast: Position(longitude: 34.75, latitude: 35.8))
        ),
        (
            "sahel",
            BoundingBox(
                southWest: Position(longitude: -2, latitude: 12), northEast: Position(longitude: 4, latitude: 16))
        ),
    ]

    /// Runs each job `runs` times and prints the medians.
    static func run(runs: Int) throws {
        let path = try DatasetLocator().resourceFile(explicit: nil, file: .worldBase)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chronomap-bench-world-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (name, extent) in extents {
            var initSeconds: [Double] = [], insetSeconds: [Double] = []
            for run in 1...max(1, runs) {
                let folder = scratch.appendingPathComponent("init-\(name)-\(run)").path
                let start = DispatchTime.now()
                _ = try DataSetInitializer().create(
                    DataSetInitializer.Request(
                        directory: folder, id: name, name: name, extent: extent, firstDate: try Day(iso: "2000-01-01"),
                        asOf: try Day(iso: "2000-01-01"), parties: [("a", "A"), ("b", "B")], worldBase: path))
                initSeconds.append(Benchmark.seconds(start, DispatchTime.now()))
                let insetStart = DispatchTime.now()
                _ = try WorldBase(path: path).locatorCountries(around: extent, engine: GeometryEngine())
                insetSeconds.append(Benchmark.seconds(insetStart, DispatchTime.now()))
            }
            let median = { (values: [Double]) in String(format: "%.3f", values.sorted()[values.count / 2]) }
            print(
                "world base, \(name): init \(median(initSeconds)) s (goal ≤ 1 s), locator inset read "
                    + "\(median(insetSeconds)) s (goal ≤ 0.1 s), medians of \(initSeconds.count)")
        }
    }
}
