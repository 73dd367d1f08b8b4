import Chronomap
import Foundation

/// Tile bytes against a Mapnik style that draws what Chronomap draws where Mapnik can: `bench/mapnik/style.xml`
/// plus Chronomap's own hatch tiles as Mapnik pattern fills (`PolygonPatternSymbolizer`, aligned globally) and the
/// places' dual names. What still differs is printed with the figures (`chronomap-bench --bytes-only`).
enum EqualDrawingBenchmark {
    /// One hatched layer of the scene, as Mapnik selects its features and as Chronomap draws its lines.
    struct HatchedLayer: Hashable {
        var filter: String
        var hatch: Hatch
    }

    /// What the equal-drawing style still draws differently, for the report.
    static let remainingDifferences = [
        "events: Chronomap draws a glyph icon with a number badge, Mapnik a plain circle of the same size",
        "zone labels: Chronomap writes the holder and the area (two lines), Mapnik one fixed line",
        "labels: Chronomap places them once per zoom over the extent, Mapnik per metatile (so some differ or repeat)",
        "hatch phase: the same tiles of lines, anchored at the zoom's first tile (Chronomap) or the world's origin (Mapnik)",
    ]

    static func run(
        dataset: Dataset, renderer: MapRenderer, date: String, pyramids: [(name: String, box: [Double])],
        export: String, scratch: URL
    ) throws {
        let day = try Day(iso: date)
        let wide = pyramids.last!.box
        let extent = BoundingBox(
            southWest: Position(longitude: wide[0], latitude: wide[1]),
            northEast: Position(longitude: wide[2], latitude: wide[3]))
        var layers = Set<HatchedLayer>()
        for zoom in 5...11 {
            let scene = try TileRenderer(dataset: dataset, renderer: renderer, extent: extent)
                .zoomScene(on: day, zoom: zoom).prepared.scene
            for case .fill(let fill) in scene.items {
                guard let hatch = fill.hatch, let filter = mapnikFilter(for: fill.layer) else { continue }
                layers.insert(HatchedLayer(filter: filter, hatch: hatch))
            }
        }
        let style = try writeStyle(hatched: layers.sorted { $0.filter < $1.filter }, into: scratch)
        Benchmark.log("equal-drawing style: \(layers.count) hatched layers, \(style)")
        print("Tile bytes against Mapnik drawing the same (\(date), zooms 5-11, lossless PNG on both sides):")
        for pyramid in pyramids {
            let chronomapFolder = scratch.appendingPathComponent("equal-chronomap-\(pyramid.name)").path
            let mapnikFolder = scratch.appendingPathComponent("equal-mapnik-\(pyramid.name)").path
            let box = pyramid.box.map { String($0) }
            _ = try Benchmark.runJSON(
                CommandLine.arguments[0], ["--child-tiles", date, "5", "11", chronomapFolder] + box)
            _ = try Benchmark.python(["tiles", export] + box + ["5", "11", mapnikFolder, style])
            let ours = try Benchmark.bytesPerZoom(in: chronomapFolder)
            let theirs = try Benchmark.bytesPerZoom(in: mapnikFolder)
            guard !ours.isEmpty, ours.keys.sorted() == theirs.keys.sorted() else {
                throw BenchmarkError("equal-drawing \(pyramid.name): the two sides wrote different zooms")
            }
            let total = (ours.values.reduce(0, +), theirs.values.reduce(0, +))
            print(
                "  \(pyramid.name): Chronomap \(Int(total.0)) B, Mapnik \(Int(total.1)) B, ratio "
                    + String(format: "%.2f", total.0 / total.1))
            for zoom in ours.keys.sorted() {
                print(
                    "    z\(zoom): \(Int(ours[zoom]!)) / \(Int(theirs[zoom]!)) = "
                        + String(format: "%.2f", ours[zoom]! / theirs[zoom]!))
            }
        }
        print("  still drawn differently:")
        for difference in remainingDifferences { print("    - \(difference)") }
    }

    /// How Mapnik selects, in Chronomap's export, the features of a hatched style layer; nil for layers the
    /// equal-drawing style does not hatch (they are reported as a difference by their absence).
    static func mapnikFilter(for layer: ItemLayer) -> String? {
        guard case .style(let id) = layer else { return nil }
        if id == "control-contested" {
            return "[layer] = 'zone' and [kind] = 'control' and [controller] = 'contested'"
        }
        if id.hasPrefix("overlays:") {
            return "[layer] = 'zone' and [kind] = '\(id.dropFirst("overlays:".count))'"
        }
        return nil
    }

    /// Writes `style-equal.xml` beside a pattern PNG per hatched layer (one period of Chronomap's own hatch tile)
    /// and returns its path.
    static func writeStyle(hatched: [HatchedLayer], into folder: URL) throws -> String {
        var rules = ""
        for (index, layer) in hatched.enumerated() {
            let hatch = layer.hatch
            let lattice = HatchLattice(spacing: hatch.spacing, angleDegrees: hatch.angleDegrees)
            let tile = try Surface(width: lattice.width, height: lattice.height)
            tile.addRect(CanvasRect(x: 0, y: 0, width: Double(lattice.width), height: Double(lattice.height)))
            let color = Color(
                red: hatch.color.red, green: hatch.color.green, blue: hatch.color.blue, alpha: hatch.color.alpha)
            try tile.fillHatched(
                color, spacing: hatch.spacing, angleDegrees: hatch.angleDegrees, lineWidth: hatch.width)
            let file = folder.appendingPathComponent("hatch-\(index).png")
            try tile.pngData(options: PNGOptions(usesPaletteWhenPossible: false)).write(to: file)
            rules +=
                "    <Rule><Filter>\(layer.filter)</Filter>"
                + "<PolygonPatternSymbolizer file=\"\(file.path)\" alignment=\"global\"/></Rule>\n"
        }
        var xml = try String(contentsOfFile: "bench/mapnik/style.xml", encoding: .utf8)
        // The hatching over the fills, as Chronomap paints its overlays after the control zones.
        guard let fillsEnd = xml.range(of: "  </Style>\n") else {
            throw BenchmarkError("bench/mapnik/style.xml: no end of the first style")
        }
        xml.insert(contentsOf: rules, at: fillsEnd.lowerBound)
        // Dual names where a place has another side's name, as Chronomap labels them: each place rule twice.
        xml = xml.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.contains(">[name]</TextSymbolizer>"), let filterEnd = line.range(of: "</Filter>") else {
                return String(line)
            }
            let dual = line.replacingCharacters(in: filterEnd, with: " and [alt_name:en] != null</Filter>")
                .replacingOccurrences(
                    of: ">[name]</TextSymbolizer>", with: ">[name] + ' / ' + [alt_name:en]</TextSymbolizer>")
            let single = line.replacingCharacters(in: filterEnd, with: " and [alt_name:en] = null</Filter>")
            return dual + "\n" + single
        }.joined(separator: "\n")
        let path = folder.appendingPathComponent("style-equal.xml").path
        try xml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
