import GeoJSON
import Topology

/// Joins the pieces of one areal feature of the world base into one shape, as the full union would, only faster.
///
/// The file cuts large features on a 5° grid, so their pieces form a coverage: they do not overlap, and along a cut
/// both sides have the same vertices. The edges of the whole are then the piece edges that no other piece shares;
/// run together along their rings they are a few long lines, which GEOS's polygonizer closes into the whole with
/// no noding at all. A full union (GEOS overlay) nodes every edge against every other, and GEOS 3.11's coverage
/// union makes a geometry of every edge; both cost several times more. Pieces that turn out to be no coverage (the
/// result's area is not the pieces' sum, or it is no valid polygon) are joined by the full union after all: the
/// same shape, only slower.
struct PieceJoin {
    let engine: GeometryEngine

    /// The pieces joined.
    /// - Parameters:
    ///   - pieces: the pieces' geometries as read.
    ///   - shapes: the same pieces in GEOS, for their areas and the full union.
    /// - Throws: `TopologyError` when GEOS fails on the full union.
    func joined(_ pieces: [Geometry], shapes: [TopologyGeometry]) throws(TopologyError) -> TopologyGeometry {
        do {
            let whole = try TopologyGeometry.polygonized(lines: Self.outline(of: pieces), engine: engine)
            var expected = 0.0
            for shape in shapes { expected += try shape.area }
            if abs(try whole.area - expected) <= 1e-9 * expected, try whole.isValid { return whole }
        } catch {
            // No coverage after all (GEOS refused the lines): the full union below answers exactly instead.
        }
        return try TopologyGeometry.unaryUnion(shapes, engine: engine)
    }

    /// The edges of the pieces that no other piece shares, run together along each ring into lines; edges of no
    /// length are left out, as an overlay drops repeated points.
    static func outline(of pieces: [Geometry]) -> [[Position]] {
        let rings = pieces.flatMap { $0.polygons.flatMap { $0 } }
        var uses: [Segment: Int] = [:]
        for ring in rings {
            for (start, end) in zip(ring, ring.dropFirst()) where start != end {
                uses[Segment(start, end), default: 0] += 1
            }
        }
        var lines: [[Position]] = []
        for ring in rings {
            var line: [Position] = []
            for (start, end) in zip(ring, ring.dropFirst()) where start != end {
                if uses[Segment(start, end)] == 1 {
                    if line.isEmpty { line.append(start) }
                    line.append(end)
                } else if !line.isEmpty {
                    lines.append(line)
                    line = []
                }
            }
            if !line.isEmpty { lines.append(line) }
        }
        return lines
    }

    /// An edge whichever way it runs: two pieces that share it run it in opposite directions.
    private struct Segment: Hashable {
        let first: Position
        let second: Position

        init(_ start: Position, _ end: Position) {
            let startFirst = (start.longitude, start.latitude) < (end.longitude, end.latitude)
            first = startFirst ? start : end
            second = startFirst ? end : start
        }
    }
}
