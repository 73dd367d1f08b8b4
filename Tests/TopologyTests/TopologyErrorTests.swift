import Testing
import Topology

@Suite struct TopologyErrorTests {
    @Test func descriptionsNameTheOperationAndKeepTheMessage() {
        #expect(
            TopologyError.geos(operation: "GEOSUnion_r", message: "TopologyException: side location conflict at 1 2")
                .description
                == "GEOS failed in GEOSUnion_r: TopologyException: side location conflict at 1 2")
        #expect(
            TopologyError.emptyResult(operation: "pointOnSurface()").description
                == "pointOnSurface() has no result for an empty geometry")
        #expect(
            TopologyError.unsupportedGeometry("an empty Point has no GeoJSON form").description
                == "unsupported geometry: an empty Point has no GeoJSON form")
        #expect(
            TopologyError.invalidArgument("the fraction must be in 0...1").description
                == "invalid argument: the fraction must be in 0...1")
    }
}
