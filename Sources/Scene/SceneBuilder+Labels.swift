import Chronology
import Foundation
import GeoJSON
import Geodesy
import Style
import Topology

extension BuildState {
    // MARK: Event icons

    mutating func collectIcons(_ layer: StyleLayer, _ features: [Candidate]) {
        let radius = 9 * layer.number("icon-size", default: 1) * symbolScale
        for candidate in features {
            let geometry = candidate.feature.geometry!
            let anchor: Position
            if let point = geometry.pointPosition {
                anchor = point
            } else if let line = geometry.lines.first, !line.isEmpty {
                anchor = line[line.count / 2]
            } else if let first = geometry.allPositions.first {
                anchor = first
            } else {
                continue
            }
            let opacity = candidate.isRecent ? layer.number("chronomap-recent-opacity", default: 0.45) : layer.number("icon-opacity", default: 1)
            iconRequests.append(IconRequest(event: candidate.feature, isRecent: candidate.isRecent, anchor: pixel(anchor), radius: radius,
                                            opacity: opacity, halo: layer.color("icon-halo-color") ?? .white, layerID: layer.id))
            if candidate.feature.isApproximate { showsApproximate = true }
        }
    }

    /// The events in the order the map numbers them: the day's, by time, then the window's, newest first.
    var orderedIconRequests: [IconRequest] {
        let today = iconRequests.filter { !$0.isRecent }.sorted {
            ($0.event.string("time") ?? "99:99", $0.event.id) < ($1.event.string("time") ?? "99:99", $1.event.id)
        }
        let recent = iconRequests.filter(\.isRecent).sorted { first, second in
            let firstDate: Day = first.event.eventDate!, secondDate: Day = second.event.eventDate!
            if firstDate != secondDate { return firstDate > secondDate }
            let firstKey: String = (first.event.string("time") ?? "99:99") + first.event.id
            let secondKey: String = (second.event.string("time") ?? "99:99") + second.event.id
            return firstKey < secondKey
        }
        return today + recent
    }

    mutating func placeIcons() {
        for (index, request) in orderedIconRequests.enumerated() {
            let symbol = EventSymbol.forKind(request.event.kind)
            // The number badge sits on the upper right, half outside the disc.
            let reach = request.radius * 1.5 + 2
            var steps: [(Double, Double)] = [(0, 0)]
            for distance in [1.0, 1.6, 2.2, 3.0] {
                for step in 0..<8 {
                    let angle = Double(step) * Double.pi / 4
                    let length: Double = distance * 2 * reach
                    steps.append((cos(angle) * length, sin(angle) * length))
                }
            }
            var placed = false
            for (dx, dy) in steps {
                let center = PixelPoint(x: request.anchor.x + dx, y: request.anchor.y + dy)
                let box = PixelRect(x: center.x - reach, y: center.y - reach, width: 2 * reach, height: 2 * reach)
                guard collisions.isFree(box) else { continue }
                if dx != 0 || dy != 0 {
                    labelItems.append(.stroke(.init(paths: [[request.anchor, center]], isClosed: false,
                                                    color: symbol.color.withAlpha(0.8 * request.opacity), width: 1.2, dash: [],
                                                    casing: (request.halo.withAlpha(request.opacity), 3), arrowhead: false, roundCaps: true,
                                                    layerID: request.layerID)))
                    labelItems.append(.circle(.init(center: request.anchor, radius: 2, fill: symbol.color.withAlpha(request.opacity),
                                                    stroke: nil, strokeWidth: 0, isSquare: false, layerID: request.layerID)))
                }
                labelItems.append(.icon(.init(center: center, symbol: symbol, radius: request.radius, color: symbol.color,
                                              halo: request.halo, opacity: request.opacity, badge: String(index + 1), layerID: request.layerID)))
                collisions.insert(box, .icon(request.event.id))
                if !drawnEventKinds.contains(symbol.kind) { drawnEventKinds.append(symbol.kind) }
                if !drawnLayerIDs.contains(request.layerID) { drawnLayerIDs.append(request.layerID) }
                placed = true
                break
            }
            if !placed { builder.logger.warning("no room for the icon of event \(request.event.id)") }
        }
    }

    // MARK: Labels

    mutating func collectLabels(_ layer: StyleLayer, _ features: [Candidate]) throws {
        let template = layer.string("text-field") ?? "{name}"
        let size = layer.number("text-size", default: 12) * symbolScale
        let priority = layer.number("chronomap-label-priority", default: 100)
        let placement = layer.string("chronomap-placement", default: layer.string("symbol-placement", default: "point"))
        let markerRadius = Dictionary(markers.map { ($0.id, $0.box.width / 2) }, uniquingKeysWith: { first, _ in first })
        for candidate in features {
            let feature = candidate.feature
            var text = resolve(template, for: feature)
            switch layer.string("text-transform", default: "none") {
            case "uppercase": text = text.uppercased()
            case "lowercase": text = text.lowercased()
            default: break
            }
            if feature.layer == .places, feature.string("accuracy") == "approximate" {
                text = "~" + text
                showsApproximate = true
            }
            let lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            guard !lines.isEmpty, let geometry = feature.geometry else { continue }
            let rank = feature.number("rank").map { Int($0) }
            let anchor: LabelRequest.Anchor
            if placement == "interior", !geometry.polygons.isEmpty {
                guard let interior = try interiorAnchor(of: geometry) else { continue }
                anchor = interior
            } else if let point = geometry.pointPosition {
                anchor = .point(pixel(point), radius: markerRadius[feature.id] ?? 2)
            } else if let line = geometry.lines.first, !line.isEmpty {
                anchor = .line(pixel(line[line.count / 2]))
            } else {
                continue
            }
            labelCandidates.append(LabelRequest(
                featureID: feature.id, lines: lines, fontRole: layer.fontRole, size: size,
                color: layer.color("text-color") ?? .black, halo: layer.color("text-halo-color"),
                haloWidth: layer.number("text-halo-width", default: 0) * symbolScale,
                priority: priority + Double(rank ?? 0) * 0.01, rank: rank, anchor: anchor, layerID: layer.id,
                isRequired: feature.layer == .places && (rank ?? 9) <= 2))
        }
    }

    /// The pole of inaccessibility of the visible part of a polygon, and the polygon for inside tests.
    func interiorAnchor(of geometry: Geometry) throws -> LabelRequest.Anchor? {
        let engine = try GeometryEngine()
        let visible = try TopologyGeometry(geometry, engine: engine).clipped(to: visibleBox)
        guard !(try visible.isEmpty) else { return nil }
        let pole = try visible.poleOfInaccessibility(tolerance: 0.002)
        return .interior(pixel(pole), shape: try visible.prepared())
    }

    /// Fills a `text-field` template: `{name}` follows the names rule, `{chronomap:controller}` and
    /// `{chronomap:area}` describe a control zone, any other `{key}` is the property's value.
    func resolve(_ template: String, for feature: DatedFeature) -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            output += value(of: key, for: feature)
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    func value(of key: String, for feature: DatedFeature) -> String {
        switch key {
        case "name": return options.names.label(for: feature)
        case "chronomap:controller":
            switch feature.controller {
            case .artsakh?: return "Held by Artsakh"
            case .azerbaijan?: return "Held by Azerbaijan"
            case .contested?: return "Contested"
            case nil: return feature.kind.capitalized
            }
        case "chronomap:area":
            guard let geometry = feature.geometry else { return "" }
            let area = Geodesic.wgs84.areaInSquareKilometres(of: geometry)
            return AreaText.squareKilometres(area)
        default:
            switch feature.feature.properties?[key] {
            case .string(let text)?: return text
            case .number(let number)?: return JSONNumberFormatter.format(number)
            default: return ""
            }
        }
    }

    /// A label's lines laid out around (0, 0): the text items' origins and the ink box with halo.
    func layout(_ request: LabelRequest) -> (origins: [PixelPoint], metrics: [TextMetrics], box: PixelRect) {
        let lineHeight = request.size * 1.2
        var origins: [PixelPoint] = []
        var metrics: [TextMetrics] = []
        var box: PixelRect?
        for (index, line) in request.lines.enumerated() {
            let measured = builder.measurer.measure(line, fontRole: request.fontRole, size: request.size)
            let origin = PixelPoint(x: -measured.advance / 2,
                                    y: (Double(index) - Double(request.lines.count - 1) / 2) * lineHeight + request.size * 0.36)
            let ink = measured.inkBox.offsetBy(dx: origin.x, dy: origin.y)
            box = box.map { union($0, ink) } ?? ink
            origins.append(origin)
            metrics.append(measured)
        }
        let halo = request.halo == nil ? 0 : request.haloWidth
        return (origins, metrics, (box ?? PixelRect(x: 0, y: 0, width: 0, height: 0)).outset(by: halo + 0.5))
    }

    func union(_ a: PixelRect, _ b: PixelRect) -> PixelRect {
        let minX = min(a.minX, b.minX), minY = min(a.minY, b.minY)
        return PixelRect(x: minX, y: minY, width: max(a.maxX, b.maxX) - minX, height: max(a.maxY, b.maxY) - minY)
    }

    /// Where the label's centre may go, best first.
    func candidateCenters(_ request: LabelRequest, box: PixelRect) -> [PixelPoint] {
        switch request.anchor {
        case .point(let point, let radius):
            var centers: [PixelPoint] = []
            let distances = request.isRequired ? [radius + 3, radius + 10, radius + 20, radius + 34] : [radius + 3, radius + 9]
            for distance in distances {
                let diagonal = distance * 0.7
                let right = point.x + distance - box.minX, left = point.x - distance - box.maxX
                let centerX = point.x - (box.minX + box.maxX) / 2, centerY = point.y - (box.minY + box.maxY) / 2
                let above = point.y - distance - box.maxY, below = point.y + distance - box.minY
                centers += [
                    PixelPoint(x: right, y: centerY), PixelPoint(x: left, y: centerY),
                    PixelPoint(x: centerX, y: above), PixelPoint(x: centerX, y: below),
                    PixelPoint(x: point.x + diagonal - box.minX, y: point.y - diagonal - box.maxY),
                    PixelPoint(x: point.x + diagonal - box.minX, y: point.y + diagonal - box.minY),
                    PixelPoint(x: point.x - diagonal - box.maxX, y: point.y - diagonal - box.maxY),
                    PixelPoint(x: point.x - diagonal - box.maxX, y: point.y + diagonal - box.minY),
                ]
            }
            return centers
        case .interior(let point, _):
            let step = box.height
            return [0.0, -1, 1, -2, 2, -3, 3].flatMap { dy in [0.0, -1, 1].map { dx in PixelPoint(x: point.x + dx * box.width * 0.5, y: point.y + dy * step) } }
        case .line(let point):
            let gap = box.height / 2 + 4
            return [PixelPoint(x: point.x, y: point.y - gap), PixelPoint(x: point.x, y: point.y + gap),
                    PixelPoint(x: point.x + box.width * 0.6, y: point.y - gap), PixelPoint(x: point.x - box.width * 0.6, y: point.y + gap)]
        }
    }

    mutating func placeLabels() {
        let ordered = labelCandidates.sorted { ($0.priority, $0.featureID) < ($1.priority, $1.featureID) }
        // A place whose marker was left out (under a panel, or on a more important marker) gets no label either.
        let droppedMarkerIDs = Set(markers.map(\.id)).subtracting(keptMarkers.map(\.id))
        for request in ordered {
            if case .point = request.anchor, droppedMarkerIDs.contains(request.featureID) { continue }
            let (origins, _, box) = layout(request)
            var placedBox: PixelRect?
            for center in candidateCenters(request, box: box) {
                let candidate = box.offsetBy(dx: center.x, dy: center.y)
                guard collisions.isFree(candidate) else { continue }
                if case .interior(_, let shape) = request.anchor, !isInside(candidate, shape) { continue }
                placedBox = candidate
                for (line, origin) in zip(request.lines, origins) {
                    labelItems.append(.text(.init(string: line, origin: PixelPoint(x: origin.x + center.x, y: origin.y + center.y),
                                                  fontRole: request.fontRole, size: request.size, color: request.color,
                                                  halo: request.halo, haloWidth: request.haloWidth, box: candidate, layerID: request.layerID)))
                }
                break
            }
            if let placedBox {
                collisions.insert(placedBox, .label(request.featureID))
                placedLabels.append(PlacedLabel(featureID: request.featureID, text: request.lines.joined(separator: "\n"), box: placedBox, rank: request.rank))
                if !drawnLayerIDs.contains(request.layerID) { drawnLayerIDs.append(request.layerID) }
            } else {
                unplacedLabels.append(request.featureID)
            }
        }
        if !unplacedLabels.isEmpty {
            builder.logger.info("\(unplacedLabels.count) labels could not be placed without overlap: \(unplacedLabels.joined(separator: ", "))")
        }
    }

    /// Whether a label box lies inside the polygon (its corners and centre).
    func isInside(_ box: PixelRect, _ shape: PreparedTopologyGeometry) -> Bool {
        let points = [(box.minX, box.minY), (box.maxX, box.minY), (box.minX, box.maxY), (box.maxX, box.maxY), (box.center.x, box.center.y)]
        return points.allSatisfy { x, y in (try? shape.covers(viewport.position(atPixelX: x, y: y))) ?? false }
    }
}
