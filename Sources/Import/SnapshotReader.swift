import Chronology
import Foundation
import GeoJSON
import Geodesy
import Topology

/// Reads one snapshot file: its day, its polygons by controller, repaired, snapped to the grid, cut to the study
/// area, overlaps checked, and the rest of the study area filled.
struct SnapshotReader {
    let request: SnapshotImporter.Request
    let region: Region
    let engine: GeometryEngine
    let studyArea: TopologyGeometry
    /// The base's countries, to tell when a `--fill` party is given ground in several of them.
    let countries: [BaseCountry]

    func read(_ file: String, repairs: inout [String], warnings: inout [String]) throws(ImportError) -> SnapshotShapes {
        let result = GeoJSONReader().read(contentsOf: file)
        if let error = result.diagnostics.first(where: \.isError) { throw ImportError(.badData, error.description) }
        guard let object = result.object else { throw ImportError(.badData, "\(file): not GeoJSON") }
        for warning in result.diagnostics where warning.message.contains("right-hand rule") {
            repairs.append(warning.description.replacingOccurrences(of: "warning: ", with: "repaired: "))
        }
        let day = try self.day(of: file, features: object.features)
        var pieces: [(index: Int, controller: Controller, shape: TopologyGeometry)] = []
        var sources: [Controller: [String]] = [:]
        for (index, feature) in object.features.enumerated() {
            let path = "\(file): features[\(index)]"
            guard let geometry = feature.geometry, !geometry.polygons.isEmpty else {
                throw ImportError(
                    .badData,
                    "\(path).geometry: a control snapshot holds Polygons or MultiPolygons, found \(feature.geometry?.typeName ?? "null")"
                )
            }
            guard let value = feature.string(request.controllerProperty) else {
                throw ImportError(
                    .badData, "\(path).properties: no \"\(request.controllerProperty)\" (the --controller-property)")
            }
            let controller = Controller(value)
            guard region.controllers.contains(controller) else {
                let allowed = region.controllers.map(\.id).joined(separator: ", ")
                throw ImportError(
                    .badData,
                    "\(path).properties.\(request.controllerProperty): \"\(value)\" is not a party of region.json or contested (\(allowed))"
                )
            }
            do {
                var shape = try TopologyGeometry(geometry, engine: engine)
                if !(try shape.isValid) {
                    repairs.append("\(path).geometry: repaired: \(try shape.validityReason ?? "invalid polygon")")
                    shape = try shape.makeValid()
                }
                shape = try shape.snappedToGrid(SnapshotImporter.grid).intersection(studyArea)
                if try shape.isEmpty {
                    repairs.append("\(path).geometry: left out: it lies outside the study area")
                    continue
                }
                pieces.append((index, controller, shape))
                if let source = feature.string("source"), !(sources[controller]?.contains(source) ?? false) {
                    sources[controller, default: []].append(source)
                }
            } catch {
                throw ImportError(.badData, "\(path).geometry: \(error)")
            }
        }
        let shapes = try partition(pieces, file: file, repairs: &repairs, warnings: &warnings)
        return SnapshotShapes(file: file, day: day, shapes: shapes, sources: sources)
    }

    /// The ground of each controller: overlaps checked (slivers go to the first polygon), the rest of the study area
    /// to the `--fill` party (or, when it is a sliver, to the largest controller).
    func partition(
        _ pieces: [(index: Int, controller: Controller, shape: TopologyGeometry)], file: String,
        repairs: inout [String], warnings: inout [String]
    ) throws(ImportError) -> [Controller: TopologyGeometry] {
        var taken: [(index: Int, controller: Controller, shape: TopologyGeometry)] = []
        do {
            for piece in pieces {
                var shape = piece.shape
                for earlier in taken {
                    let overlap = try shape.intersection(earlier.shape)
                    guard !(try overlap.isEmpty) else { continue }
                    let polygonal = try overlap.polygonalGeoJSON()
                    let area = Geodesic.wgs84.areaInSquareKilometres(of: polygonal)
                    guard area > 0 else { continue }
                    if area > SnapshotImporter.largestSliverKm2, let wide = try ZoneTolerance.significant(overlap) {
                        throw ImportError(
                            .badData,
                            "\(file): features[\(piece.index)] overlaps features[\(earlier.index)] by \(Self.format(wide.areaKm2)) km² "
                                + "\(wide.whereText) (\(piece.controller.id) and \(earlier.controller.id)); a snapshot's polygons must not overlap"
                        )
                    }
                    repairs.append(
                        "\(file): features[\(piece.index)]: repaired: a sliver of \(Self.format(area)) km² overlapping features[\(earlier.index)] left to it"
                    )
                    shape = try shape.difference(earlier.shape)
                }
                taken.append((piece.index, piece.controller, shape))
            }
            var shapes: [Controller: TopologyGeometry] = [:]
            for controller in region.controllers {
                let parts = taken.filter { $0.controller == controller }.map(\.shape)
                if !parts.isEmpty { shapes[controller] = try TopologyGeometry.unaryUnion(parts, engine: engine) }
            }
            let covered = try TopologyGeometry.unaryUnion(taken.map(\.shape), engine: engine)
            let rest = try studyArea.difference(covered)
            // Slivers thinner than the tolerance along shared edges are left as they are: they are noise, and the
            // data set's checks pass over them too.
            guard let wide = try ZoneTolerance.significant(rest) else { return shapes }
            let restArea = wide.areaKm2
            let target: Controller
            if let fill = request.fill {
                target = Controller(fill)
                if let warning = try spread(of: fill, over: rest, area: restArea, file: file) {
                    warnings.append(warning)
                }
            } else if restArea <= SnapshotImporter.largestSliverKm2, let largest = try largestController(shapes) {
                target = largest
                repairs.append(
                    "\(file): repaired: \(Self.format(restArea)) km² of the study area no polygon covers given to \(largest.id)"
                )
            } else {
                throw ImportError(
                    .badData,
                    "\(file): the polygons leave \(Self.format(restArea)) km² of the study area to no party (\(wide.whereText)); give --fill PARTY"
                )
            }
            shapes[target] = try shapes[target].map { try $0.union(rest) } ?? rest
            return shapes
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(.badData, "\(file): \(error)")
        }
    }

    func largestController(_ shapes: [Controller: TopologyGeometry]) throws -> Controller? {
        try shapes.max { try $0.value.area < $1.value.area }?.key
    }

    /// The snapshot's day: every feature's `--date-property`, or the first `YYYY-MM-DD` of the file's name.
    func day(of file: String, features: [Feature]) throws(ImportError) -> Day {
        if let property = request.dateProperty {
            let values = Set(features.compactMap { $0.string(property) })
            guard values.count == 1, let text = values.first else {
                throw ImportError(
                    .badData,
                    values.isEmpty
                        ? "\(file): no feature has the date property \"\(property)\""
                        : "\(file): the features give several dates (\(values.sorted().joined(separator: ", "))); a snapshot is one day"
                )
            }
            do { return try Day(iso: text) } catch {
                throw ImportError(.badData, "\(file): \(property): \(error.description)")
            }
        }
        let name = URL(fileURLWithPath: file).lastPathComponent
        let characters = Array(name)
        if characters.count >= 10 {
            for start in 0...(characters.count - 10) {
                let candidate = String(characters[start..<(start + 10)])
                if let day = try? Day(iso: candidate) { return day }
            }
        }
        throw ImportError(.badData, "\(file): no date: give --date-property, or put YYYY-MM-DD in the file name")
    }

    /// Whole square kilometres, grouped (1,477), from 10 up; below, three decimals, for slivers.
    static func format(_ value: Double) -> String {
        value >= 10 ? AreaText.grouped(value) : String(format: "%.3f", value)
    }
}
