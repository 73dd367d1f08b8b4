import GeoJSON
import Topology

/// Ground changing hands (docs/data-format.md, "Ground changing hands"): for each control zone whose
/// `start_date:edtf` is an interval `[A..B]`, finds who held its ground on A-1 from the control zones valid then.
///
/// A zone must take its ground from one earlier holder: where more than the ``ZoneTolerance`` noise of it was held
/// by several, no one party can be named as the one it passed from, and the data must split the zone.
struct ChangingHands {
    /// The severity of a zone over ground of several earlier holders: an error, since no one party can be named as
    /// the one the ground passed from, and drawing or exporting the zone would have to invent one.
    static let severalHoldersSeverity = Diagnostic.Severity.error

    /// The features with ``DatedFeature/transitionFrom`` filled in, and the problems found.
    static func derive(_ features: [DatedFeature]) -> (features: [DatedFeature], diagnostics: [Diagnostic]) {
        let changing = features.indices.filter { features[$0].changingHandsWindow != nil }
        guard !changing.isEmpty else { return (features, []) }
        var result = features
        var diagnostics: [Diagnostic] = []
        let zones = features.filter(\.isControlZone)
        let engine: GeometryEngine
        do { engine = try GeometryEngine() } catch {
            return (features, [Diagnostic(.error, file: features[changing[0]].origin.file, at: .file, "\(error)")])
        }
        for index in changing {
            let zone = features[index]
            guard let window = zone.changingHandsWindow, let geometry = zone.geometry else { continue }
            let dayBefore = window.lowerBound.adding(days: -1)
            do {
                let shape = try TopologyGeometry(geometry, engine: engine)
                var holders: [Controller] = []
                for earlier in zones where earlier.id != zone.id && earlier.validity.contains(dayBefore) {
                    guard let controller = earlier.controller, !holders.contains(controller),
                        let earlierGeometry = earlier.geometry
                    else { continue }
                    let shared = try shape.intersection(TopologyGeometry(earlierGeometry, engine: engine))
                    if try ZoneTolerance.significant(shared) != nil { holders.append(controller) }
                }
                holders.sort()
                if holders.count == 1 {
                    result[index].transitionFrom = holders[0]
                } else if holders.count > 1 {
                    diagnostics.append(
                        Diagnostic(
                            severalHoldersSeverity, file: zone.origin.file,
                            at: .path(zone.origin.path.appending("properties").appending("start_date:edtf")),
                            "changing hands from \(window.lowerBound), the zone covers ground of several earlier holders on \(dayBefore) (\(holders.map(\.id).joined(separator: ", "))); split it so that each part takes ground from one"
                        ))
                }
            } catch {
                diagnostics.append(
                    zone.diagnostic(
                        at: "geometry", "cannot find who held the ground on \(dayBefore): \(error)"))
            }
        }
        return (result, diagnostics)
    }
}
