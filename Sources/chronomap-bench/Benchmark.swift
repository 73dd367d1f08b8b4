import Chronomap
import Foundation

/// Chronomap against Mapnik, side by side in one run, on the same machine, data and an equivalent style.
///
/// `swift run -c release chronomap-bench [--runs N] [--json FILE] [--smoke]`; `--world-base-only` measures only the
/// world base (`init` and the locator inset), `--site-only` only the whole-history site, `--bytes-only` only the tile
/// bytes against Mapnik drawing the same (``EqualDrawingBenchmark``).
///
/// Each job is run alternately by Chronomap and Mapnik `runs` times, compared pair by pair as ratios
/// (Chronomap / Mapnik) and summarised by the median:
/// - full maps of 2000×1500 of three dates, in process: render time, encode time, bytes;
/// - the whole command for one full map: `chronomap render --size 2000x1500` against `render.py full`, each a
///   process timed from start to exit (start-up, data loading, render, encode, write), with its peak memory;
/// - tile pyramids of 2023-09-19, zooms 5–11: over the region's extent (254 tiles) and over the wider box users
///   render (lon 44.0–48.5, lat 38.3–41.4, 855 tiles): tiles, wall time, tiles per second, bytes, peak memory.
///   Each side's tile job runs in a child process, so peak memory is its own.
/// The Mapnik side is `bench/mapnik/render.py` (Debian's python3-mapnik under /usr/bin/python3) with
/// `bench/mapnik/style.xml`, reading Chronomap's own GeoJSON export of the date.
@main
struct Benchmark {
    static let dates = ["1994-05-12", "2020-11-10", "2023-09-19"]
    static let tileDate = "2023-09-19"
    /// The wider box users render (W, S, E, N): the 855-tile pyramid and the whole-history site.
    static let wideBox = [44.0, 38.3, 48.5, 41.4]

    /// A tile pyramid the benchmark renders: a name, a box W, S, E, N and zooms.
    struct Pyramid {
        var name: String
        var box: [Double]
        var zooms: ClosedRange<Int>
    }

    /// The `chronomap` built beside this benchmark.
    static let chronomapExecutable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("chronomap").path

    /// Runs the benchmark; a failure is one line on standard error and exit status 1, not the trap and backtrace
    /// Swift gives an error thrown out of `main`.
    static func main() {
        do { try run(CommandLine.arguments) } catch {
            log("chronomap-bench: \(error)")
            exit(1)
        }
    }

    static func run(_ arguments: [String]) throws {
        if arguments.count > 1, arguments[1] == "--child-tiles" {
            try childTiles(arguments)
            return
        }
        if arguments.count > 2, arguments[1] == "--profile-full" {
            // Full maps for a profiler (perf record): no Mapnik, no tiles; `--profile-full DATE [N]` renders N times.
            let (dataset, renderer) = try loadInputs(checkingInvariants: false)
            for _ in 0..<(arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1) {
                print(try fullMap(renderer: renderer, dataset: dataset, date: arguments[2], width: 2000, height: 1500))
            }
            return
        }
        if arguments.contains("--world-base-only") { return try WorldBaseBenchmark.run(runs: 5) }
        if arguments.contains("--site-only") {
            let dataset = try Dataset.load(
                from: try DatasetLocator().dataDirectory(explicit: nil), checkingInvariants: false)
            // A folder of its own: a site left by an interrupted run would be resumed, not built.
            let scratch = try scratchFolder("chronomap-bench-site")
            defer { try? FileManager.default.removeItem(at: scratch) }
            return try SiteBenchmark.run(
                dataset: dataset, chronomap: chronomapExecutable, scratch: scratch,
                smoke: arguments.contains("--smoke"))
        }
        let smoke = arguments.contains("--smoke")
        let runs = smoke ? 1 : (value(of: "--runs", in: arguments).flatMap(Int.init) ?? 5)
        let jsonPath = value(of: "--json", in: arguments) ?? "output/bench.json"
        let size = smoke ? (400.0, 300.0) : (2000.0, 1500.0)

        let (dataset, renderer) = try loadInputs(checkingInvariants: true)
        let scratch = try scratchFolder("chronomap-bench")
        defer { try? FileManager.default.removeItem(at: scratch) }

        var exports: [String: String] = [:]
        for date in dates {
            let path = scratch.appendingPathComponent("\(date).geojson").path
            let snapshot = try dataset.snapshot(on: Day(iso: date))
            try SnapshotExporter(layers: Set(Layer.allCases)).data(for: snapshot).write(to: URL(fileURLWithPath: path))
            exports[date] = path
        }
        let extent = dataset.region.extent
        let regionBox = [
            extent.southWest.longitude, extent.southWest.latitude, extent.northEast.longitude,
            extent.northEast.latitude,
        ]
        let pyramids =
            smoke
            ? [Pyramid(name: "region", box: regionBox, zooms: 5...8)]
            : [
                Pyramid(name: "region", box: regionBox, zooms: 5...11),
                Pyramid(name: "wide", box: wideBox, zooms: 5...11),
            ]
        let equalDrawing = { () throws in
            try EqualDrawingBenchmark.run(
                dataset: dataset, renderer: renderer, date: tileDate, pyramids: pyramids.map { ($0.name, $0.box) },
                export: exports[tileDate]!, scratch: scratch)
        }
        if arguments.contains("--bytes-only") { return try equalDrawing() }

        var fullRows: [[String: Double]] = []
        var commandRows: [[String: Double]] = []
        var tileRows: [String: [[String: Double]]] = [:]
        for run in 1...runs {
            log("run \(run) of \(runs)")
            // Alternate which side goes first, so neither always gets the warm cache.
            let order = run % 2 == 0 ? ["mapnik", "chronomap"] : ["chronomap", "mapnik"]
            for date in dates {
                var chronomap: [String: Double] = [:], mapnik: [String: Double] = [:]
                for side in order {
                    if side == "chronomap" {
                        chronomap = try fullMap(
                            renderer: renderer, dataset: dataset, date: date, width: size.0, height: size.1)
                    } else {
                        mapnik = try python(
                            ["full", String(Int(size.0)), String(Int(size.1)), exports[date]!]
                                + regionBox.map { String($0) })
                    }
                }
                fullRows.append(
                    paired(chronomap, mapnik, ["render_seconds", "encode_seconds", "bytes"]).merging(
                        ["run": Double(run), "date_index": Double(dates.firstIndex(of: date)!)]
                    ) { first, _ in first })
            }

            var chronomap: [String: Double] = [:], mapnik: [String: Double] = [:]
            for side in order {
                settleFileSystem()
                let out = scratch.appendingPathComponent("\(side)-command-\(run).png").path
                if side == "chronomap" {
                    chronomap = try timedCommand(
                        chronomapExecutable,
                        ["render", "--date", tileDate, "--size", "\(Int(size.0))x\(Int(size.1))", "--out", out],
                        output: out)
                } else {
                    mapnik = try timedCommand(
                        "/usr/bin/python3",
                        [
                            "bench/mapnik/render.py", "full", String(Int(size.0)), String(Int(size.1)),
                            exports[tileDate]!,
                        ]
                            + regionBox.map { String($0) } + [out], output: out)
                }
            }
            commandRows.append(paired(chronomap, mapnik, ["wall_seconds", "peak_memory_kib", "bytes"]))

            for pyramid in pyramids {
                var chronomap: [String: Double] = [:], mapnik: [String: Double] = [:]
                for side in order {
                    settleFileSystem()
                    let folder = scratch.appendingPathComponent("\(side)-\(pyramid.name)-tiles-\(run)").path
                    let box = pyramid.box.map { String($0) }
                    let zooms = [String(pyramid.zooms.lowerBound), String(pyramid.zooms.upperBound)]
                    if side == "chronomap" {
                        chronomap = try runJSON(
                            CommandLine.arguments[0], ["--child-tiles", tileDate] + zooms + [folder] + box)
                    } else {
                        mapnik = try python(["tiles", exports[tileDate]!] + box + zooms + [folder])
                    }
                    // Both sides write {z}/{x}/{y}.png: the bytes of each zoom, read from the files themselves.
                    for (zoom, bytes) in try bytesPerZoom(in: folder) {
                        if side == "chronomap" {
                            chronomap["bytes_z\(zoom)"] = bytes
                        } else {
                            mapnik["bytes_z\(zoom)"] = bytes
                        }
                    }
                    try? FileManager.default.removeItem(atPath: folder)
                }
                tileRows[pyramid.name, default: []].append(
                    paired(
                        chronomap, mapnik,
                        ["tiles", "wall_seconds", "tiles_per_second", "bytes", "peak_memory_kib"]
                            + pyramid.zooms.map { "bytes_z\($0)" }))
            }
        }
        let report = Report(
            fullRows: fullRows, commandRows: commandRows,
            tileJobs: pyramids.map { pyramid in
                Report.TileJob(
                    name: pyramid.name, box: pyramid.box, zooms: pyramid.zooms, rows: tileRows[pyramid.name] ?? [])
            }, runs: runs, size: size)
        print(report.table())
        try equalDrawing()
        try AnimationBenchmark.run(dataset: dataset, renderer: renderer, scratch: scratch, runs: smoke ? 1 : 3)
        try WorldBaseBenchmark.run(runs: smoke ? 1 : 5)
        try SiteBenchmark.run(dataset: dataset, chronomap: chronomapExecutable, scratch: scratch, smoke: smoke)
        let folder = URL(fileURLWithPath: jsonPath).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try AtomicFile.write(Data((JSONTextWriter.string(report.json()) + "\n").utf8), to: jsonPath)
        log("wrote \(jsonPath)")
    }

    /// One row of a job: each key of both sides, prefixed `chronomap_` and `mapnik_`.
    static func paired(_ chronomap: [String: Double], _ mapnik: [String: Double], _ keys: [String]) -> [String: Double]
    {
        var row: [String: Double] = [:]
        for key in keys {
            row["chronomap_" + key] = chronomap[key] ?? .nan
            row["mapnik_" + key] = mapnik[key] ?? .nan
        }
        return row
    }

    /// One full map: the scene and its painting are the render, the PNG writer (libdeflate) the encode.
    static func fullMap(
        renderer: MapRenderer, dataset: Dataset, date: String, width: Double, height: Double
    ) throws -> [String: Double] {
        let snapshot = try dataset.snapshot(on: Day(iso: date))
        let start = DispatchTime.now()
        let scene = try renderer.scene(
            of: snapshot, dataset: dataset, options: SceneOptions(width: width, height: height))
        let built = DispatchTime.now()
        let image = try renderer.image(of: scene)
        let rendered = DispatchTime.now()
        log(
            "  \(date): scene \(String(format: "%.3f", seconds(start, built))) s, paint \(String(format: "%.3f", seconds(built, rendered))) s"
        )
        let data = try image.pngData(options: PNGMapWriter.options(metadata: scene.metadata, scale: 1))
        let encoded = DispatchTime.now()
        return [
            "render_seconds": seconds(start, rendered), "encode_seconds": seconds(rendered, encoded),
            "bytes": Double(data.count),
        ]
    }

    /// The tile job in a child process (so its peak memory is its own).
    static func childTiles(_ arguments: [String]) throws {
        let day = try Day(iso: arguments[2])
        let zooms = Int(arguments[3])!...Int(arguments[4])!
        let folder = arguments[5]
        let numbers = arguments[6...9].map { Double($0)! }
        let box = BoundingBox(
            southWest: Position(longitude: numbers[0], latitude: numbers[1]),
            northEast: Position(longitude: numbers[2], latitude: numbers[3]))
        let (dataset, renderer) = try loadInputs(checkingInvariants: false)
        let start = DispatchTime.now()
        let pyramid = TilePyramid(bbox: box, zooms: zooms)
        let summary = try TileJob(day: day, pyramid: pyramid).run(
            with: TileRenderer(dataset: dataset, renderer: renderer, extent: box),
            into: FolderTileWriter(folder: folder, scale: 1))
        let wall = seconds(start, DispatchTime.now())
        // VmHWM, not getrusage: ru_maxrss survives exec on Linux, so it would report the parent's peak.
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak =
            status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.flatMap {
                $0.split(separator: " ").dropFirst().first
            }.flatMap { Double($0) } ?? 0
        let result: JSONValue = [
            "tiles": .number(Double(summary.tilesWritten)), "wall_seconds": .number(wall),
            "tiles_per_second": .number(Double(summary.tilesWritten) / wall), "bytes": .number(Double(summary.bytes)),
            "peak_memory_kib": .number(peak),
        ]
        print(JSONTextWriter.string(result))
    }

    /// The bundled data and the default style, found the way the command-line tool finds them.
    static func loadInputs(checkingInvariants: Bool) throws -> (Dataset, MapRenderer) {
        let locator = DatasetLocator()
        let dataset = try Dataset.load(
            from: try locator.dataDirectory(explicit: nil), checkingInvariants: checkingInvariants)
        let style = try locator.resourceFile(explicit: nil, file: .style(named: "default.json"))
        return (dataset, try MapRenderer(styleFile: style))
    }

    static func seconds(_ start: DispatchTime, _ end: DispatchTime) -> Double {
        Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func value(of flag: String, in arguments: [String]) -> String? {
        arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }

    static func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
