import GeoJSON
import Geodesy
import Topology

/// The rules between control zones: on every date they neither overlap nor leave gaps in the study area
/// (region.json's `study_area`, or the extent's box), so that differences and areas between dates are well defined.
struct ZoneInvariants {
    let dataset: Dataset

    /// Overlaps and gaps smaller than this in all (in square degrees, about 100 m² here) are rounding noise from
    /// 6-decimal coordinates and need no closer look; larger ones are errors only where ``ZoneTolerance`` finds a
    /// part of them wider than about two metres.
    static let planarTolerance = 1e-8

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let zones = dataset.features(in: .zones).filter(\.isControlZone)
        guard !zones.isEmpty else { return [] }
        let engine: GeometryEngine
        do { engine = try GeometryEngine() } catch {
            return [Diagnostic(.error, file: dataset.directory, at: .file, "cannot check control zones: \(error)")]
        }
        var shapes: [String: TopologyGeometry] = [:]
        for zone in zones {
            guard let geometry = zone.geometry else { continue }
            do {
                let shape = try TopologyGeometry(geometry, engine: engine)
                if !(try shape.isValid) {
                    let reason: String
                    do { reason = try shape.validityReason ?? "unknown reason" } catch {
                        reason = "GEOS cannot say why: \(error)"
                    }
                    diagnostics.append(zone.diagnostic(at: "geometry", "invalid polygon: \(reason)"))
                    continue
                }
                shapes[zone.id] = shape
            } catch {
                diagnostics.append(zone.diagnostic(at: "geometry", "cannot be read as a polygon: \(error)"))
            }
        }
        guard diagnostics.isEmpty else { return diagnostics }

        let first = dataset.region.firstDate
        let studyArea: TopologyGeometry
        do { studyArea = try TopologyGeometry(dataset.region.studyAreaGeometry, engine: engine) } catch {
            return [
                Diagnostic(
                    .error, file: dataset.directory + "/region.json", at: .path(JSONPath.root.appending("study_area")),
                    "cannot read the study area: \(error)")
            ]
        }
        for day in Self.keyDates(of: zones, from: first) {
            let active = zones.filter { $0.validity.contains(day) }
            guard !active.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        .error, file: dataset.directory + "/zones.geojson", at: .file,
                        "no control zone is valid on \(day); every date from \(first) on needs a full cover"))
                continue
            }
            do {
                for (index, zone) in active.enumerated() {
                    for other in active[(index + 1)...] {
                        let overlap = try shapes[zone.id]!.intersection(shapes[other.id]!)
                        if try overlap.area > Self.planarTolerance, let wide = try ZoneTolerance.significant(overlap) {
                            diagnostics.append(
                                other.diagnostic(
                                    at: "geometry",
                                    "overlaps control zone \"\(zone.id)\" on \(day) by \(Self.format(wide.areaKm2)) km² \(wide.whereText)"
                                ))
                        }
                    }
                }
                let union = try TopologyGeometry.unaryUnion(active.map { shapes[$0.id]! }, engine: engine)
                do {
                    let uncovered = try studyArea.difference(union)
                    let outside = try union.difference(studyArea)
                    if try uncovered.area > Self.planarTolerance, let gap = try ZoneTolerance.significant(uncovered) {
                        diagnostics.append(
                            Diagnostic(
                                .error, file: active[0].origin.file, at: .file,
                                "the control zones of \(day) (\(active.map(\.id).joined(separator: ", "))) leave a gap of \(Self.format(gap.areaKm2)) km² in the study area \(gap.whereText)"
                            ))
                    }
                    if try outside.area > Self.planarTolerance, let beyond = try ZoneTolerance.significant(outside) {
                        diagnostics.append(
                            Diagnostic(
                                .error, file: active[0].origin.file, at: .file,
                                "the control zones of \(day) (\(active.map(\.id).joined(separator: ", "))) reach \(Self.format(beyond.areaKm2)) km² beyond the study area \(beyond.whereText)"
                            ))
                    }
                }
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, file: active[0].origin.file, at: .file,
                        "cannot compare the control zones of \(day): \(error)"))
            }
        }
        return diagnostics
    }

    /// Every day on which the set of control zones changes, from the first date on.
    static func keyDates(of zones: [DatedFeature], from first: Day) -> [Day] {
        var days: Set<Day> = [first]
        for zone in zones {
            if let start = zone.validity.start, start > first { days.insert(start) }
            if let end = zone.validity.end, end > first { days.insert(end) }
        }
        return days.sorted()
    }

    static func format(_ value: Double) -> String {
        value >= 10 ? String(Int(value.rounded())) : JSONNumberFormatter.format(value, decimals: 3)
    }
}
