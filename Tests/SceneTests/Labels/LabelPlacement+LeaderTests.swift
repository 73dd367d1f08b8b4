import Chronology
import GeoJSON
import Testing
import _ChronomapTestSupport

@testable import Scene

/// Zone labels with the default style on a fixture region (``SceneFixture``): they outrank places of rank 3 to 5,
/// wrap to a third line in a narrow zone, and a zone of at least 6,000 square pixels (the figure `styles/README.md`
/// states for `chronomap-label-required-area`) always carries its label, inside it or on a leader line.
@Suite struct ZoneLabelTests {
    /// The stated size, in square pixels of a map drawn at symbol scale 1.
    static let requiredArea = 6000.0

    static func scene(_ features: [DatedFeature]) throws -> Scene {
        let dataset = Dataset(region: SceneFixture.region, directory: "/nowhere", features: features)
        return try SceneBuilder(
            style: FixtureMap.style.get(), options: SceneOptions(drawsFurniture: false),
            measurer: FixedAdvanceMeasurer()
        ).build(dataset.snapshot(on: SceneFixture.day), dataset: dataset)
    }

    static func zone(_ id: String, west: Double, south: Double, width: Double, height: Double) -> DatedFeature {
        let ring = [
            Position(longitude: west, latitude: south), Position(longitude: west + width, latitude: south),
            Position(longitude: west + width, latitude: south + height),
            Position(longitude: west, latitude: south + height), Position(longitude: west, latitude: south),
        ]
        return SceneFixture.feature(
            id, .zones, .polygon(Polygon([ring])), kind: "control", ["controller": "north", "kind": "control"])
    }

    static func place(_ id: String, _ longitude: Double, _ latitude: Double, rank: Int) -> DatedFeature {
        SceneFixture.feature(
            id, .places, SceneFixture.point(longitude, latitude), kind: rank <= 3 ? "town" : "village",
            [
                "name:en": .string("P\(id)"), "rank": .number(Double(rank)),
                "kind": .string(rank <= 3 ? "town" : "village"),
            ])
    }

    /// The pixel box of a zone, from its corners through the scene's viewport (a rectangle in degrees stays one in
    /// Web Mercator).
    static func box(of zone: DatedFeature, in scene: Scene) throws -> PixelRect {
        let ring = try #require(zone.geometry?.polygons.first?.first)
        let pixels = ring.map { scene.viewport.pixel($0) }
        let xs = pixels.map(\.x), ys = pixels.map(\.y)
        return PixelRect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }

    static func pixel(of place: DatedFeature, in scene: Scene) -> PixelRect {
        let pixel = scene.viewport.pixel(place.geometry!.pointPosition!)
        return PixelRect(x: pixel.x, y: pixel.y, width: 0, height: 0)
    }

    static func circles(_ scene: Scene) -> [SceneItem.Circle] {
        scene.items.compactMap { item in
            if case .circle(let circle) = item, circle.layer.description.hasPrefix("places") { circle } else { nil }
        }
    }

    @Test func aZoneLabelCoversMinorPlacesThatLeaveNoRoom() throws {
        let zone = Self.zone("zone-crowded", west: 0.4, south: 0.4, width: 0.2, height: 0.2)
        // Villages and rank 3 places every 0.02 degrees over the zone: no room for the label between them.
        var places: [DatedFeature] = []
        for column in 0..<10 {
            for row in 0..<10 {
                places.append(
                    Self.place(
                        "\(column)-\(row)", 0.41 + Double(column) * 0.02, 0.41 + Double(row) * 0.02,
                        rank: 3 + (column + row) % 3))
            }
        }
        let town = Self.place("town", 0.5, 0.5, rank: 2)
        let scene = try Self.scene([zone] + places + [town])
        let label = try #require(scene.placedLabels.first { $0.featureID == "zone-crowded" })
        #expect(label.text.hasPrefix("Held by Northern"))
        #expect(label.leaderEnd == nil)
        #expect(try Self.box(of: zone, in: scene).contains(label.box))
        // The places under the label gave way: neither their marker nor their label is drawn.
        let circles = Self.circles(scene)
        #expect(circles.count > 50, "only \(circles.count) place markers drawn")
        for circle in circles {
            let ink = PixelRect(
                x: circle.center.x - circle.radius, y: circle.center.y - circle.radius, width: 2 * circle.radius,
                height: 2 * circle.radius)
            #expect(!ink.intersects(label.box), "a marker at \(circle.center) is under the zone label")
        }
        let covered = places.filter { label.box.contains(Self.pixel(of: $0, in: scene)) }
        #expect(!covered.isEmpty)
        let labelled = Set(scene.placedLabels.map(\.featureID))
        for place in covered { #expect(!labelled.contains(place.id), "\(place.id) under the zone label is labelled") }
        // A town (rank 2) does not give way: its marker stays, clear of the zone label.
        let townPixel = Self.pixel(of: town, in: scene)
        #expect(circles.contains { $0.center.x == townPixel.x && $0.center.y == townPixel.y })
    }

    @Test func aNarrowZoneWrapsItsLabelToAThirdLine() throws {
        let zone = Self.zone("zone-narrow", west: 0.45, south: 0.2, width: 0.12, height: 0.6)
        let scene = try Self.scene([zone])
        let width = try Self.box(of: zone, in: scene).width
        // "Held by Northern forces" at 13 px and 0.6 em a character is 179 px wide; "Northern forces" 117 px.
        try #require(width > 125 && width < 175, "the zone is \(width) px wide")
        let label = try #require(scene.placedLabels.first { $0.featureID == "zone-narrow" })
        #expect(label.text.split(separator: "\n").count == 3, "\(label.text)")
        #expect(label.text.hasPrefix("Held by\nNorthern forces\n"))
        #expect(try Self.box(of: zone, in: scene).contains(label.box))
    }

    /// Each piece above the stated size carries a label that names its holder; the sliver goes unlabelled.
    @Test func eachLargePieceOfAZoneCarriesItsLabel() throws {
        func ring(_ west: Double, _ south: Double, _ size: Double) -> [Position] {
            [(0, 0), (size, 0), (size, size), (0, size), (0, 0)].map {
                Position(longitude: west + $0.0, latitude: south + $0.1)
            }
        }
        let pieces = [ring(0.1, 0.1, 0.25), ring(0.6, 0.55, 0.2), ring(0.9, 0.9, 0.02)]
        let zone = SceneFixture.feature(
            "zone-pieces", .zones, .multiPolygon(MultiPolygon(pieces.map { [$0] })), kind: "control",
            ["controller": "north", "kind": "control"])
        let scene = try Self.scene([zone])
        let boxes = try pieces.map { piece in
            try Self.box(of: SceneFixture.feature("piece", .zones, .polygon(Polygon([piece]))), in: scene)
        }
        try #require(boxes[1].width * boxes[1].height > Self.requiredArea)
        try #require(boxes[2].width * boxes[2].height < Self.requiredArea)
        let first = try #require(scene.placedLabels.first { $0.featureID == "zone-pieces" })
        let second = try #require(scene.placedLabels.first { $0.featureID == "zone-pieces#2" })
        #expect(boxes[0].contains(first.box))
        #expect(boxes[1].contains(second.box))
        // Each label states its own piece's area (pyproj: 769.3 and 492.3 km²), not the zone's twice.
        #expect(first.text == "Held by Northern forces\n769 km²")
        #expect(second.text == "Held by Northern forces\n492 km²")
        #expect(!scene.placedLabels.contains { $0.featureID == "zone-pieces#3" })
    }

    @Test func aLargeZoneTooThinForItsLabelGetsALeaderLine() throws {
        let thin = Self.zone("zone-thin", west: 0.3, south: 0.2, width: 0.03, height: 0.6)
        let small = Self.zone("zone-small", west: 0.7, south: 0.2, width: 0.03, height: 0.1)
        let scene = try Self.scene([thin, small])
        let thinBox = try Self.box(of: thin, in: scene), smallBox = try Self.box(of: small, in: scene)
        try #require(thinBox.width * thinBox.height > Self.requiredArea)
        try #require(smallBox.width * smallBox.height < Self.requiredArea)
        let label = try #require(scene.placedLabels.first { $0.featureID == "zone-thin" })
        let end = try #require(label.leaderEnd)
        #expect(thinBox.contains(PixelRect(x: end.x - 1, y: end.y - 1, width: 2, height: 2)))
        #expect(!label.box.intersects(thinBox), "the label stands beside its zone")
        let strokes = scene.items.compactMap { item -> SceneItem.Stroke? in
            if case .stroke(let stroke) = item, stroke.layer == .style("labels-zones") { stroke } else { nil }
        }
        #expect(strokes.contains { $0.paths.contains { $0.last == end } })
        // Below the stated size a zone with no room inside goes unlabelled.
        #expect(scene.unplacedLabels.contains("zone-small"))
    }
}
