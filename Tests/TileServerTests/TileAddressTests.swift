import Chronology
import Projection
import Testing
import _ChronomapTestSupport

@testable import TileServer

@Suite struct TileAddressTests {
    static func address(
        _ date: String = "2024-05-02", z: String = "8", x: String = "99", y: String = "104"
    ) throws -> TileAddress {
        try TileAddress(date: date, zoom: z, column: x, row: y, dataset: FixtureRegion.dataset.get())
    }

    static func message(
        _ date: String = "2024-05-02", z: String = "8", x: String = "99", y: String = "104"
    ) throws -> String? {
        do {
            _ = try address(date, z: z, x: x, y: y)
            return nil
        } catch let error as RequestError {
            #expect(error.status == .badRequest)
            return error.message
        }
    }

    @Test func parsesTilesAndTheirScale() throws {
        let tile = try Self.address()
        #expect(tile.day == (try Day(iso: "2024-05-02")))
        #expect(tile.coordinate == TileCoordinate(z: 8, x: 99, y: 104))
        #expect(tile.scale == 1)
        #expect(try Self.address(y: "104@2x").scale == 2)
        #expect(try Self.address("2030-01-01").day.year == 2030)  // after as_of: the last known state
        #expect(try Self.address(z: "0", x: "0", y: "0").coordinate == TileCoordinate(z: 0, x: 0, y: 0))
        #expect(try Self.address(z: "16", x: "65535", y: "65535").coordinate.x == 65535)
    }

    @Test func refusesWhatIsNotATileOfADrawableDay() throws {
        #expect(try Self.message("2023-02-30")?.contains("February 2023 has 28 days") == true)
        #expect(try Self.message("1990-01-01")?.contains("control data starts on 2024-01-01") == true)
        #expect(try Self.message("19-09-2023") != nil)
        #expect(try Self.message(z: "99") == "zoom 99 is outside 0 to 16")
        #expect(try Self.message(z: "17") == "zoom 17 is outside 0 to 16")
        #expect(try Self.message(x: "256") == "column x 256 is outside 0 to 255 at zoom 8")
        #expect(try Self.message(y: "256@2x") == "row y 256 is outside 0 to 255 at zoom 8")
        #expect(try Self.message(x: "-1") == "column x \"-1\" is not a whole number")
        #expect(try Self.message(x: "+5") != nil)
        #expect(try Self.message(y: "") != nil)
        #expect(try Self.message(y: "104@3x")?.contains("@2x") == true)
        #expect(try Self.message(z: "8.0") != nil)
    }
}
