import GeoJSON
import Testing
import Topology
import WorldBase
import _ChronomapTestSupport

/// The bundled world base's choices (world/README.md, "Choices"): ground the United Nations recognise as another
/// country's is drawn as that country's. Expected codes come from the resolutions cited there (General Assembly
/// 68/262 for Crimea, Security Council 497 for the Golan Heights, the UN list of Non-Self-Governing Territories for
/// Western Sahara), and the towns' positions from Natural Earth's populated places, rounded to 0.01°.
@Suite struct WorldBaseChoicesTests {
    let world: WorldBase
    let engine: GeometryEngine

    init() throws {
        world = try WorldBase(path: TestPaths.worldBase)
        engine = try GeometryEngine()
    }

    func country(_ longitude: Double, _ latitude: Double) throws -> String? {
        try world.country(at: Position(longitude: longitude, latitude: latitude), engine: engine)
    }

    @Test func recognisedTerritoriesAreDrawnAsTheCountryTheUNRecogniseThemAs() throws {
        #expect(try country(34.10, 44.95) == "UKR")  // Simferopol, Crimea
        #expect(try country(33.52, 44.60) == "UKR")  // Sevastopol
        #expect(try country(35.69, 32.99) == "SYR")  // Katzrin, Golan Heights
        #expect(try country(-13.20, 27.15) == "ESH")  // Laayoune, Western Sahara west of the berm
        #expect(try country(-11.67, 26.74) == "ESH")  // Smara
    }

    /// The administering states keep the rest of their land: the rule moves only the listed ground.
    @Test func theAdministeringStatesKeepTheirOwnLand() throws {
        #expect(try country(37.62, 55.75) == "RUS")  // Moscow
        #expect(try country(38.98, 45.04) == "RUS")  // Krasnodar, across the Kerch Strait
        #expect(try country(35.00, 32.80) == "ISR")  // Haifa
        #expect(try country(-7.62, 33.60) == "MAR")  // Casablanca
        #expect(try country(30.52, 50.45) == "UKR")  // Kyiv
    }
}
