import Chronomap
import Foundation

/// What the world base costs: `init` of a new region (the base, study area and towns cut from it), and the read of
/// the locator inset's base that every `render` of that region does (`LocatorBase(worldBase:around:engine:)`, the
/// countries around the extent and the one under its centre), beside the same read and the whole `render` command
/// for the bundled data set, in the same run. Goals: `init` within 1 s, the inset within 0.1 s, and an init-made
/// region's `render` as fast as the bundled one's. Chronomap only (Mapnik has neither).
enum WorldBaseBenchmark {
    /// Boxes a new user might `init`: an island, a box of savanna, and a wide box of plains across
    /// several 5° cells of large countries (the costly case: many pieces to join).
    static let extents = [
        ("island", box(32.1, 34.45, 34.75, 35.8)),
        ("savanna", box(-2, 12, 4, 16)),
        ("wide", box(22, 44, 40.5, 52.5)),
    ]

    static func box(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> BoundingBox {
        BoundingBox(
            southWest: Position(longitude: west, latitude: south), northEast: Position(longitude: east, latitude: north)
        )
    }

    /// Runs each job `runs` times and prints the medians; the bundled data set is rendered on the tiles' date.
    static func run(runs: Int) throws {
        let path = try DatasetLocator().resourceFile(explicit: nil, file: .worldBase)
        let bundled = try DatasetLocator().dataDirectory(explicit: nil)
        let bundledExtent = try Dataset.load(from: bundled, checkingInvariants: false).region.extent
        let scratch = try Benchmark.scratchFolder("chronomap-bench-world")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let median = { (values: [Double]) in String(format: "%.3f", values.sorted()[values.count / 2]) }
        for (name, extent) in extents {
            var initSeconds: [Double] = [], insetSeconds: [Double] = [], bundledInsetSeconds: [Double] = []
            var renderSeconds: [Double] = [], bundledRenderSeconds: [Double] = []
            for run in 1...max(1, runs) {
                let folder = scratch.appendingPathComponent("init-\(name)-\(run)").path
                let start = DispatchTime.now()
                _ = try DataSetInitializer().create(
                    DataSetInitializer.Request(
                        directory: folder, id: name, name: name, extent: extent, firstDate: try Day(iso: "2000-01-01"),
                        asOf: try Day(iso: "2000-01-01"), parties: [("a", "A"), ("b", "B")], worldBase: path))
                initSeconds.append(Benchmark.seconds(start, DispatchTime.now()))
                // The extent the render reads the inset around is the one init wrote into region.json.
                let madeExtent = try Dataset.load(from: folder, checkingInvariants: false).region.extent
                insetSeconds.append(try insetRead(path, around: madeExtent))
                bundledInsetSeconds.append(try insetRead(path, around: bundledExtent))
                // The whole commands, alternately first, as the user runs them.
                let pair = [(folder, "2000-01-01"), (bundled, Benchmark.tileDate)]
                for (index, (data, date)) in (run % 2 == 0 ? pair.reversed() : pair).enumerated() {
                    let out = scratch.appendingPathComponent("render-\(name)-\(run)-\(index).png").path
                    let wall = try Benchmark.timedCommand(
                        Benchmark.chronomapExecutable,
                        ["render", "--data", data, "--date", date, "--size", "2000x1500", "--out", out], output: out
                    )["wall_seconds"]!
                    if data == folder { renderSeconds.append(wall) } else { bundledRenderSeconds.append(wall) }
                }
            }
            print(
                "world base, \(name): init \(median(initSeconds)) s (goal ≤ 1 s); locator inset read "
                    + "\(median(insetSeconds)) s (goal ≤ 0.1 s), bundled data set's \(median(bundledInsetSeconds)) s; "
                    + "render 2000×1500 \(median(renderSeconds)) s, bundled data set's "
                    + "\(median(bundledRenderSeconds)) s; medians of \(initSeconds.count)")
        }
    }

    /// What a `render` spends on the world base before it builds the scene: open it, read the inset's countries
    /// and the country under the extent's centre.
    static func insetRead(_ path: String, around extent: BoundingBox) throws -> Double {
        let start = DispatchTime.now()
        _ = try LocatorBase(worldBase: WorldBase(path: path), around: extent, engine: GeometryEngine())
        return Benchmark.seconds(start, DispatchTime.now())
    }
}
