import Chronomap
import Foundation

/// The benchmark's figures: medians of each side and of the pairwise ratios Chronomap / Mapnik.
struct Report {
    /// A tile pyramid's rows.
    struct TileJob {
        var name: String
        var box: [Double]
        var zooms: ClosedRange<Int>
        var rows: [[String: Double]]
    }

    /// Full maps in process: `{chronomap,mapnik}_{render_seconds,encode_seconds,bytes}`.
    var fullRows: [[String: Double]]
    /// Whole commands: `{chronomap,mapnik}_{wall_seconds,peak_memory_kib,bytes}`.
    var commandRows: [[String: Double]]
    var tileJobs: [TileJob]
    var runs: Int
    var size: (Double, Double)

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// One figure of both sides: the medians of each and the median of the ratios row by row.
    struct Figure {
        var label: String
        var chronomap: Double
        var mapnik: Double
        var ratio: Double
        var decimals: Int
    }

    static func figure(
        _ label: String, _ rows: [[String: Double]], _ value: ([String: Double], String) -> Double, decimals: Int = 3
    ) -> Figure {
        Figure(
            label: label, chronomap: median(rows.map { value($0, "chronomap") }),
            mapnik: median(rows.map { value($0, "mapnik") }),
            ratio: median(rows.map { value($0, "chronomap") / value($0, "mapnik") }), decimals: decimals)
    }

    static func key(_ key: String) -> ([String: Double], String) -> Double { { row, side in row[side + "_" + key]! } }

    var figures: [(id: String, figure: Figure)] {
        let map = "\(Int(size.0))x\(Int(size.1))"
        var figures: [(String, Figure)] = [
            ("full_render", Self.figure("full map \(map) in process: render s", fullRows, Self.key("render_seconds"))),
            ("full_encode", Self.figure("full map: encode s", fullRows, Self.key("encode_seconds"))),
            (
                "full_render_plus_encode",
                Self.figure("full map: render + encode s", fullRows) { row, side in
                    row[side + "_render_seconds"]! + row[side + "_encode_seconds"]!
                }
            ),
            ("full_bytes", Self.figure("full map: bytes", fullRows, Self.key("bytes"), decimals: 0)),
            (
                "command_wall",
                Self.figure("whole command, full map \(map): wall s", commandRows, Self.key("wall_seconds"))
            ),
            (
                "command_peak_memory",
                Self.figure("whole command: peak memory KiB", commandRows, Self.key("peak_memory_kib"), decimals: 0)
            ),
            ("command_bytes", Self.figure("whole command: bytes", commandRows, Self.key("bytes"), decimals: 0)),
        ]
        for job in tileJobs {
            let box = job.box.map { JSONNumberFormatter.format($0) }.joined(separator: ",")
            let prefix = "tiles \(job.name)"
            figures += [
                (
                    "tiles_\(job.name)_count",
                    Self.figure(
                        "\(prefix) (\(box), z\(job.zooms.lowerBound)-\(job.zooms.upperBound)): tiles", job.rows,
                        Self.key("tiles"), decimals: 0)
                ),
                ("tiles_\(job.name)_wall", Self.figure("\(prefix): wall s", job.rows, Self.key("wall_seconds"))),
                (
                    "tiles_\(job.name)_rate",
                    Self.figure("\(prefix): tiles per second", job.rows, Self.key("tiles_per_second"), decimals: 1)
                ),
                ("tiles_\(job.name)_bytes", Self.figure("\(prefix): bytes", job.rows, Self.key("bytes"), decimals: 0)),
                (
                    "tiles_\(job.name)_peak_memory",
                    Self.figure("\(prefix): peak memory KiB", job.rows, Self.key("peak_memory_kib"), decimals: 0)
                ),
            ]
            figures += job.zooms.map { zoom in
                (
                    "tiles_\(job.name)_bytes_z\(zoom)",
                    Self.figure("\(prefix): bytes at z\(zoom)", job.rows, Self.key("bytes_z\(zoom)"), decimals: 0)
                )
            }
        }
        return figures
    }

    func table() -> String {
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count))
        }
        func format(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
        var rows: [[String]] = [["figure", "Chronomap", "Mapnik", "Chronomap / Mapnik"]]
        for (id, figure) in figures {
            rows.append([
                figure.label, format(figure.chronomap, figure.decimals), format(figure.mapnik, figure.decimals),
                id.hasSuffix("_count") ? "" : format(figure.ratio, 2),
            ])
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max()! + 2 }
        var text = "Chronomap vs Mapnik, medians of \(runs) alternating runs (ratios taken pair by pair)\n"
        for (index, row) in rows.enumerated() {
            text += row.enumerated().map { pad($0.element, widths[$0.offset]) }.joined() + "\n"
            if index == 0 { text += String(repeating: "-", count: widths.reduce(0, +)) + "\n" }
        }
        return text
    }

    func json() -> JSONValue {
        func numbers(_ rows: [[String: Double]]) -> JSONValue {
            .array(
                rows.map { row in
                    .object(JSONObject(row.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.number($0.value)) }))
                })
        }
        return .object([
            "runs": .number(Double(runs)),
            "machine": .string(
                "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / (1 << 30)) GiB"
            ),
            "full_map_size": .array([.number(size.0), .number(size.1)]),
            "figures": .object(
                JSONObject(
                    figures.map { id, figure in
                        (
                            id,
                            JSONValue.object([
                                "label": .string(figure.label), "chronomap": .number(figure.chronomap),
                                "mapnik": .number(figure.mapnik), "ratio": .number(figure.ratio),
                            ])
                        )
                    })),
            "full_maps": numbers(fullRows),
            "whole_commands": numbers(commandRows),
            "tiles": .object(JSONObject(tileJobs.map { ($0.name, numbers($0.rows)) })),
        ])
    }
}
