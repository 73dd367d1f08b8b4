import Chronology
import GeoJSON
import Style
import Testing

@testable import Scene

/// Icons go on their point when it is free, else one icon-size step away with a leader line, else nowhere.
/// An icon of radius 9 with a one-digit badge covers, by SceneItem.Icon's formulas: the halo disc (radius 10.5)
/// and the badge (text size 8.55, radius 8.55 * 0.62 + 0.6 = 5.901, centred 7.65 right and up), so a box from
/// 10.5 left of the centre to 7.65 + 5.901 = 13.551 right of it, and likewise vertically: 24.051 on a side.
@Suite struct IconsTests {
    static let symbols = EventSymbols(byKind: ["mine": EventSymbols.Symbol(kind: "mine", glyph: "M", color: .black)])

    static func request(
        _ id: String, at anchor: PixelPoint, time: String? = nil, isRecent: Bool = false
    )
        -> IconRequest
    {
        var properties: JSONObject = [:]
        if let time { properties["time"] = .string(time) }
        return IconRequest(
            event: SceneFixture.feature(id, .events, SceneFixture.point(0.5, 0.5), kind: "mine", properties),
            isRecent: isRecent, anchor: anchor, symbolizer: IconSymbolizer(), radius: 9, layerID: "events")
    }

    @Test func aFreePointTakesTheIconAndTheIndexRemembersIt() {
        var collisions = CollisionIndex(bounds: PixelRect(x: 0, y: 0, width: 400, height: 400))
        let result = IconPlacement(symbols: Self.symbols).place(
            [Self.request("e1", at: PixelPoint(x: 200, y: 200))], into: &collisions)
        #expect(result.items.count == 1)
        guard case .icon(let icon) = result.items.first else {
            Issue.record("expected an icon")
            return
        }
        #expect(icon.center == PixelPoint(x: 200, y: 200) && icon.badge == "1")
        #expect(result.drawnKinds == ["mine"] && result.drawnLayerIDs == ["events"] && result.unplaced.isEmpty)
        #expect(collisions.entries.map(\.occupant) == [.icon("e1")])
    }

    /// A box over the point but ending at x = 210: the first free spot is the step to the right (angle 0),
    /// 24.051 px away, whose box starts at 200 + 24.051 - 10.5 = 213.551.
    @Test func aTakenPointMovesTheIconOneStepWithALeader() {
        var collisions = CollisionIndex(bounds: PixelRect(x: 0, y: 0, width: 400, height: 400))
        collisions.insert(PixelRect(x: 180, y: 180, width: 30, height: 40), .furniture("panel"))
        let anchor = PixelPoint(x: 200, y: 200)
        let result = IconPlacement(symbols: Self.symbols).place([Self.request("e1", at: anchor)], into: &collisions)
        #expect(result.items.count == 3)
        guard case .icon(let icon) = result.items.last else {
            Issue.record("expected the icon last")
            return
        }
        #expect(abs(icon.center.x - 224.051) < 1e-9 && icon.center.y == 200)
        guard case .stroke(let leader) = result.items.first else {
            Issue.record("expected a leader line first")
            return
        }
        #expect(leader.paths == [[anchor, icon.center]])
    }

    @Test func noRoomLeavesTheIconOut() {
        var collisions = CollisionIndex(bounds: PixelRect(x: 0, y: 0, width: 400, height: 400))
        collisions.insert(PixelRect(x: 0, y: 0, width: 400, height: 400), .furniture("everything"))
        let result = IconPlacement(symbols: Self.symbols).place(
            [Self.request("e1", at: PixelPoint(x: 200, y: 200))], into: &collisions)
        #expect(result.unplaced == ["e1"])
        #expect(result.items.isEmpty && result.drawnKinds.isEmpty && result.drawnLayerIDs.isEmpty)
    }

    /// The day's events by time, then those of the days before.
    @Test func iconsAreNumberedByTimeThenRecent() {
        let point = PixelPoint(x: 0, y: 0)
        let ordered = IconCollection.ordered([
            Self.request("before", at: point, isRecent: true), Self.request("late", at: point, time: "18:00"),
            Self.request("early", at: point, time: "06:30"),
        ])
        #expect(ordered.map(\.event.id) == ["early", "late", "before"])
    }
}
