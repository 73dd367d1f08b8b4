import Chronology
import GeoJSON
import Localization
import Style
import Topology

/// Collects the labels of text layers: the text from the layer's template, where it is anchored (beside a
/// marker, inside a polygon, along a line), and its priority.
struct LabelCollection {
    let frame: MapFrame
    let names: NameRule
    let catalog: Catalog
    let region: Region
    /// Marker radii by feature id, so that a label keeps clear of its own marker.
    let markerRadii: [String: Double]

    struct Result {
        var requests: [LabelRequest] = []
        var showsApproximate = false
        /// Whether any label is a dual name.
        var showsDualNames: Bool { requests.contains(where: \.isDualName) }
    }

    /// The labels of every text layer, in the layers' order.
    func collect(_ layers: [LayerDrawing.LabelLayer]) throws -> Result {
        var all = Result()
        for label in layers {
            let result = try collect(label.layer, text: label.text, features: label.features)
            all.requests += result.requests
            all.showsApproximate = all.showsApproximate || result.showsApproximate
        }
        return all
    }

    func collect(_ layer: BoundLayer, text: TextSymbolizer, features: [SelectedFeature]) throws -> Result {
        var result = Result()
        let template = TextTemplate(template: text.template, names: names, catalog: catalog, region: region)
        for selected in features {
            let feature = selected.feature
            let lines = labelLines(of: feature, template: template, text: text)
            if feature.layer == .places, feature.string("accuracy") == "approximate" {
                result.showsApproximate = true
            }
            guard !lines.isEmpty, let geometry = feature.geometry else { continue }
            let rank = feature.number("rank").map { Int($0) }
            var anchors: [LabelSite] = []
            let requiredArea = text.requiredArea.map { $0 * frame.symbolScale * frame.symbolScale }
            if text.placement == .interior, let point = geometry.pointPosition {
                anchors = [.init(id: feature.id, anchor: .centre(frame.pixel(point)))]
            } else if text.placement == .interior, !geometry.polygons.isEmpty {
                anchors = try Self.interiorAnchors(of: geometry, id: feature.id, frame: frame, eachFrom: requiredArea)
            } else if let point = geometry.pointPosition {
                anchors = [
                    .init(id: feature.id, anchor: .point(frame.pixel(point), radius: markerRadii[feature.id] ?? 2))
                ]
            } else if !geometry.lines.isEmpty {
                guard let points = try Self.lineAnchors(of: geometry, frame: frame) else { continue }
                anchors = [.init(id: feature.id, anchor: .line(points))]
            }
            for placed in anchors {
                let (id, anchor, pixelArea) = (placed.id, placed.anchor, placed.pixelArea)
                // A piece labelled on its own states its own figures (its area), not the whole zone's again.
                let lines =
                    placed.piece.map { piece in
                        var part = feature
                        part.feature.geometry = piece
                        return labelLines(of: part, template: template, text: text)
                    } ?? lines
                result.requests.append(
                    LabelRequest(
                        featureID: id, lines: lines, fontRole: text.fontRole, size: text.size * frame.symbolScale,
                        color: text.color,
                        halo: text.haloColor, haloWidth: text.haloWidth * frame.symbolScale,
                        priority: text.priority + Double(rank ?? 0) * 0.01,
                        rank: rank, anchor: anchor, layerID: layer.id,
                        isRequired: feature.layer == .places && (rank ?? 9) <= 2,
                        isDualName: template.showsDualName(for: feature),
                        alternatives: pixelArea > 0 ? Self.broken(lines, upTo: text.maxLines) : [],
                        outranksRank: text.outranksRank,
                        drawsLeaderIfNoRoom: requiredArea.map { pixelArea > 0 && pixelArea >= $0 } ?? false))
            }
        }
        return result
    }

    /// The label's lines for a feature: the template's text, cased and spaced as the symbolizer says, with the
    /// approximate mark on places.
    func labelLines(of feature: DatedFeature, template: TextTemplate, text: TextSymbolizer) -> [String] {
        var string = template.text(for: feature)
        switch text.transform {
        case .uppercase: string = string.uppercased()
        case .lowercase: string = string.lowercased()
        case .none: break
        }
        if text.letterSpacing > 0 { string = Self.spaced(string) }
        if feature.layer == .places, feature.string("accuracy") == "approximate" { string = "~" + string }
        return string.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Letters spaced apart, as maps spell country names: a thin space (a fifth of an em) between the letters of
    /// each word, and words kept apart by a normal space and a thin one on each side.
    static func spaced(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: " ").map { word in word.map(String.init).joined(separator: "\u{2009}") }
                .joined(separator: "\u{2009} \u{2009}")
        }.joined(separator: "\n")
    }

    /// Points along the longest visible stretch of a line, its middle first, then further out: a river's name goes
    /// where the river is on the map, not at the middle of a line that mostly lies beyond the frame.
    static func lineAnchors(of geometry: Geometry, frame: MapFrame) throws -> [PixelPoint]? {
        let engine = try GeometryEngine()
        let visible = try TopologyGeometry(geometry, engine: engine).clipped(to: frame.visibleBox)
        guard !(try visible.isEmpty) else { return nil }
        let parts = try visible.lineMerged().geoJSON().lines.filter { $0.count >= 2 }
        func pixelLength(_ line: [Position]) -> Double {
            zip(line, line.dropFirst()).reduce(0) { total, pair in
                let (a, b) = (frame.pixel(pair.0), frame.pixel(pair.1))
                return total + ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
            }
        }
        guard let longest = parts.max(by: { pixelLength($0) < pixelLength($1) }), pixelLength(longest) > 40 else {
            return nil
        }
        let line = try TopologyGeometry(.lineString(LineString(longest)), engine: engine)
        return try [0.5, 0.35, 0.65, 0.2, 0.8].map { fraction throws in
            frame.pixel(try line.interpolate(fraction: fraction))
        }
    }

    /// The lines with the longest broken at the space nearest its middle, again and again up to `maxLines`: each
    /// step one line more, for a narrow area where the lines as written find no room.
    static func broken(_ lines: [String], upTo maxLines: Int) -> [[String]] {
        var steps: [[String]] = []
        var current = lines
        while current.count < maxLines {
            let longest = current.indices.max { current[$0].count < current[$1].count }!
            let line = current[longest]
            let spaces = line.indices.filter { line[$0] == " " }
            let middle = line.count / 2
            guard
                let split = spaces.min(by: {
                    abs(line.distance(from: line.startIndex, to: $0) - middle)
                        < abs(line.distance(from: line.startIndex, to: $1) - middle)
                })
            else { break }
            current.replaceSubrange(
                longest...longest, with: [String(line[..<split]), String(line[line.index(after: split)...])])
            steps.append(current)
        }
        return steps
    }

    /// Where one label of a feature goes, and the piece of an area it names when the area is labelled piece by
    /// piece (nil: the whole feature). Points and lines use it too, with no piece and no area.
    struct LabelSite {
        var id: String
        var anchor: LabelRequest.Anchor
        var pixelArea: Double = 0
        var piece: Geometry? = nil
    }

    /// Where an area's labels go. With no size that must be labelled (`eachFrom` nil), one label for the whole
    /// visible area. Otherwise its visible parts apart, largest first: the largest gets the feature's id, and every
    /// other part of at least `eachFrom` square pixels a label of its own (id `feature#2`, `feature#3`, ...), so each
    /// large piece of a party's ground says whose it is. When more than one piece is labelled, each label names its
    /// own piece (and states its area); a lone label names the whole feature.
    static func interiorAnchors(
        of geometry: Geometry, id: String, frame: MapFrame, eachFrom minimum: Double?
    ) throws -> [LabelSite] {
        guard let minimum, geometry.polygons.count > 1 else {
            return try interiorAnchor(of: geometry, frame: frame).map {
                [LabelSite(id: id, anchor: $0.anchor, pixelArea: $0.pixelArea)]
            } ?? []
        }
        var parts: [(anchor: LabelRequest.Anchor, pixelArea: Double, piece: Geometry)] = []
        for polygon in geometry.polygons {
            let piece = Geometry.polygon(Polygon(polygon))
            if let part = try interiorAnchor(of: piece, frame: frame) {
                parts.append((part.anchor, part.pixelArea, piece))
            }
        }
        parts.sort { $0.pixelArea > $1.pixelArea }
        let labelled = parts.enumerated().filter { index, part in index == 0 || part.pixelArea >= minimum }
        return labelled.map { index, part in
            LabelSite(
                id: index == 0 ? id : "\(id)#\(index + 1)", anchor: part.anchor, pixelArea: part.pixelArea,
                piece: labelled.count > 1 ? part.piece : nil)
        }
    }

    /// The pole of inaccessibility of the visible part of a polygon, the polygon for inside tests, and how many
    /// square pixels the visible part covers.
    static func interiorAnchor(
        of geometry: Geometry, frame: MapFrame
    ) throws -> (anchor: LabelRequest.Anchor, pixelArea: Double)? {
        let engine = try GeometryEngine()
        let visible = try TopologyGeometry(geometry, engine: engine).clipped(to: frame.visibleBox)
        guard !(try visible.isEmpty) else { return nil }
        guard let envelope = try visible.envelope else { return nil }
        // GEOS refines a grid until its cells are under the tolerance: 0.002° (about 200 m) is finer than a pixel on
        // a regional map, but on a polygon many degrees across (a sea, a country on a wide map) the grid would grow
        // without need, so there the tolerance is a 2,000th of the polygon's larger side.
        let side = max(
            envelope.northEast.longitude - envelope.southWest.longitude,
            envelope.northEast.latitude - envelope.southWest.latitude)
        let pole = try visible.poleOfInaccessibility(tolerance: max(0.002, side / 2000))
        let northWest = frame.pixel(
            Position(longitude: envelope.southWest.longitude, latitude: envelope.northEast.latitude))
        let southEast = frame.pixel(
            Position(longitude: envelope.northEast.longitude, latitude: envelope.southWest.latitude))
        let extent = PixelRect(
            x: northWest.x, y: northWest.y, width: southEast.x - northWest.x, height: southEast.y - northWest.y)
        let pixelArea = try visible.geoJSON().polygons.reduce(0.0) { total, polygon in
            total + PixelPoint.area(ofPolygon: polygon) { PixelPoint.area(ofRing: frame.project($0)) }
        }
        return (.interior(frame.pixel(pole), shape: try visible.prepared(), extent: extent), pixelArea)
    }
}
