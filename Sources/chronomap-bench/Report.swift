import Chronomap
import Foundation

/// The benchmark's figures: medians of each side and of the pairwise ratios Chronomap / Mapnik.
struct Report {
    var fullRows: [[String: Double]]
    var tileRows: [[String: Double]]
    var runs: Int
    var size: (Double, Double)
    var zooms: (Int, Int)

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Median over rows of one key, and of the ratio of two keys row by row.
    func median(_ rows: [[String: Double]], _ key: String) -> Double { Self.median(rows.map { $0[key]! }) }
    func ratio(_ rows: [[String: Double]], _ chronomap: String, _ mapnik: String) -> Double {
        Self.median(rows.map { $0[chronomap]! / $0[mapnik]! })
    }

    var fullTotalRatio: Double {
        Self.median(
            fullRows.map {
                ($0["chronomap_render"]! + $0["chronomap_encode"]!) / ($0["mapnik_render"]! + $0["mapnik_encode"]!)
            })
    }

    func table() -> String {
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count))
        }
        func format(_ value: Double, _ decimals: Int = 3) -> String { String(format: "%.\(decimals)f", value) }
        var rows: [[String]] = [["figure", "Chronomap", "Mapnik", "Chronomap / Mapnik"]]
        rows.append([
            "full map \(Int(size.0))x\(Int(size.1)): render s", format(median(fullRows, "chronomap_render")),
            format(median(fullRows, "mapnik_render")), format(ratio(fullRows, "chronomap_render", "mapnik_render"), 2),
        ])
        rows.append([
            "full map: encode s", format(median(fullRows, "chronomap_encode")),
            format(median(fullRows, "mapnik_encode")), format(ratio(fullRows, "chronomap_encode", "mapnik_encode"), 2),
        ])
        rows.append([
            "full map: render + encode s",
            format(Self.median(fullRows.map { $0["chronomap_render"]! + $0["chronomap_encode"]! })),
            format(Self.median(fullRows.map { $0["mapnik_render"]! + $0["mapnik_encode"]! })),
            format(fullTotalRatio, 2),
        ])
        rows.append([
            "full map: bytes", format(median(fullRows, "chronomap_bytes"), 0),
            format(median(fullRows, "mapnik_bytes"), 0), format(ratio(fullRows, "chronomap_bytes", "mapnik_bytes"), 2),
        ])
        rows.append([
            "tiles z\(zooms.0)-\(zooms.1): count", format(median(tileRows, "chronomap_tiles"), 0),
            format(median(tileRows, "mapnik_tiles"), 0), "",
        ])
        rows.append([
            "tiles: wall s", format(median(tileRows, "chronomap_wall")), format(median(tileRows, "mapnik_wall")),
            format(ratio(tileRows, "chronomap_wall", "mapnik_wall"), 2),
        ])
        rows.append([
            "tiles: tiles per second", format(median(tileRows, "chronomap_rate"), 1),
            format(median(tileRows, "mapnik_rate"), 1), format(ratio(tileRows, "chronomap_rate", "mapnik_rate"), 2),
        ])
        rows.append([
            "tiles: bytes", format(median(tileRows, "chronomap_bytes"), 0), format(median(tileRows, "mapnik_bytes"), 0),
            format(ratio(tileRows, "chronomap_bytes", "mapnik_bytes"), 2),
        ])
        rows.append([
            "tiles: peak memory KiB", format(median(tileRows, "chronomap_peak_kib"), 0),
            format(median(tileRows, "mapnik_peak_kib"), 0),
            format(ratio(tileRows, "chronomap_peak_kib", "mapnik_peak_kib"), 2),
        ])
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
            "tile_zooms": .array([.number(Double(zooms.0)), .number(Double(zooms.1))]),
            "ratios": .object([
                "full_render_plus_encode": .number(fullTotalRatio),
                "full_render": .number(ratio(fullRows, "chronomap_render", "mapnik_render")),
                "full_encode": .number(ratio(fullRows, "chronomap_encode", "mapnik_encode")),
                "full_bytes": .number(ratio(fullRows, "chronomap_bytes", "mapnik_bytes")),
                "tiles_per_second": .number(ratio(tileRows, "chronomap_rate", "mapnik_rate")),
                "tile_bytes": .number(ratio(tileRows, "chronomap_bytes", "mapnik_bytes")),
                "tile_peak_memory": .number(ratio(tileRows, "chronomap_peak_kib", "mapnik_peak_kib")),
            ]),
            "full_maps": numbers(fullRows),
            "tiles": numbers(tileRows),
        ])
    }
}
