import GeoJSON
import Testing
import Topology

@Suite struct GeometryEngineTests {
    @Test func reportsTheLinkedGEOSVersion() {
        // Debian 12's libgeos-dev is 3.11.1; any 3.x that has the reentrant API we call will do.
        #expect(GeometryEngine.geosVersion.hasPrefix("3."))
    }

    @Test func errorsCarryGEOSsMessage() throws {
        let engine = try GeometryEngine()
        // A ring whose last position is not its first: GEOS refuses to build it.
        let open = Geometry.polygon(Polygon([[position(0, 0), position(1, 0), position(1, 1), position(0, 1)]]))
        #expect {
            try TopologyGeometry(open, engine: engine)
        } throws: { error in
            guard case .geos(let operation, let message)? = error as? TopologyError else { return false }
            return operation == "GEOSGeom_createLinearRing_r" && message.contains("closed")
        }
    }

    @Test func anEngineStaysUsableAfterAnError() throws {
        let engine = try GeometryEngine()
        let tooShort = Geometry.lineString(LineString([position(0, 0)]))
        #expect(throws: TopologyError.self) { try TopologyGeometry(tooShort, engine: engine) }
        // The next call must neither fail nor inherit the previous message.
        let line = try TopologyGeometry(.lineString(LineString([position(0, 0), position(3, 4)])), engine: engine)
        #expect(try line.length == 5)
    }

    @Test func failedPartsInsideCollectionsAreReported() throws {
        // The second polygon's ring is not closed, so GEOS refuses it. The first polygon,
        // already built, must be freed rather than leaked or freed twice (run under a sanitizer to see).
        let engine = try GeometryEngine()
        let bad = Geometry.multiPolygon(
            MultiPolygon([
                [ring([(0, 0), (1, 0), (1, 1), (0, 1)])],
                [[position(2, 0), position(3, 0), position(3, 1), position(2, 1)]],
            ]))
        #expect {
            try TopologyGeometry(bad, engine: engine)
        } throws: { error in
            guard case .geos(let operation, _)? = error as? TopologyError else { return false }
            return operation == "GEOSGeom_createLinearRing_r"
        }
    }
}
