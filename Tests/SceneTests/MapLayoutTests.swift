import Chronology
import GeoJSON
import Localization
import Testing
import _ChronomapTestSupport

@testable import Scene

/// Every layout keeps its furniture inside the image and apart: a busy day of a fixture region (one zone, towns,
/// twelve events of twelve kinds with long titles, one event just beyond the frame, one far beyond it) laid out in
/// landscape, portrait and square at the sizes the presets use, and at A4 in points. (The fixture has no base
/// countries, so no locator inset; the bundled data's inset is checked by the render tests.)
@Suite struct MapLayoutTests {
    struct Shape: CustomStringConvertible, Sendable {
        var width: Double
        var height: Double
        var layout: MapLayout
        var description: String { "\(Int(width))x\(Int(height)) \(layout.rawValue)" }
    }

    static let shapes = [
        Shape(width: 1600, height: 1200, layout: .landscape), Shape(width: 1920, height: 1080, layout: .landscape),
        Shape(width: 1080, height: 1350, layout: .portrait), Shape(width: 1080, height: 1080, layout: .square),
        Shape(width: 595, height: 842, layout: .portrait),
    ]

    static let kinds = [
        "offensive", "ceasefire", "agreement", "handover", "capture", "decree", "declaration", "referendum", "flag",
        "blockade", "closure", "mine",
    ]

    static func dataset() -> Dataset {
        var features = [
            SceneFixture.feature("zone", .zones, SceneFixture.square(0, 0, 1), kind: "control", ["controller": "north"])
        ]
        for (index, name) in ["Northtown", "Eastbury", "Southvale", "Westmoor"].enumerated() {
            let offset = 0.2 + Double(index) * 0.2
            features.append(
                SceneFixture.feature(
                    "town-\(index)", .places, SceneFixture.point(offset, 1 - offset), kind: "town",
                    ["name:en": .string(name), "rank": 2]))
        }
        for index in 0..<12 {
            let title = "Event number \(index + 1) of a long and eventful day, told at length by several sources"
            features.append(
                SceneFixture.feature(
                    "event-\(index)", .events,
                    SceneFixture.point(0.12 + Double(index % 4) * 0.25, 0.15 + Double(index / 4) * 0.3),
                    kind: kinds[index], ["title": .string(title), "time": .string("\(10 + index):00")],
                    from: "2000-05-01", until: "2000-05-02"))
        }
        features.append(
            SceneFixture.feature(
                "near", .events, SceneFixture.point(0.5, 1.15), kind: "strike", ["title": "Strike just north"],
                from: "2000-05-01", until: "2000-05-02"))
        features.append(
            SceneFixture.feature(
                "far", .events, SceneFixture.point(9, 9), kind: "strike", ["title": "Strike far away"],
                from: "2000-05-01", until: "2000-05-02"))
        return Dataset(region: SceneFixture.region, directory: "/nowhere", features: features)
    }

    static func scene(_ shape: Shape) throws -> Scene {
        let dataset = dataset()
        return try SceneBuilder(
            style: FixtureMap.style.get(),
            options: SceneOptions(width: shape.width, height: shape.height, layout: shape.layout),
            measurer: FixedAdvanceMeasurer()
        ).build(dataset.snapshot(on: SceneFixture.day), dataset: dataset)
    }

    static func texts(_ scene: Scene) -> [SceneItem.Text] {
        scene.items.compactMap { item -> SceneItem.Text? in if case .text(let text) = item { text } else { nil } }
    }

    @Test(arguments: shapes)
    func furnitureStaysInsideTheImageAndApart(shape: Shape) throws {
        let scene = try Self.scene(shape)
        let image = PixelRect(x: 0, y: 0, width: shape.width, height: shape.height)
        let furniture = scene.items.filter(\.isFurniture)
        #expect(furniture.count > 50)
        // Text inside the image; header, footer and band run from edge to edge, their ink bounds a pixel beyond
        // (antialiasing), which the canvas clips.
        for item in furniture {
            let margin: Double = if case .text = item { 0 } else { 2 }
            #expect(image.outset(by: margin).contains(item.inkBounds), "\(item.layer) at \(item.inkBounds)")
        }
        // "panels" is the band that holds legend and events in portrait and square: it contains them by design.
        let boxes = scene.furnitureBoxes.filter { $0.key != "panels" }.sorted { $0.key < $1.key }
        #expect(Set(boxes.map(\.key)).isSuperset(of: ["header", "footer", "legend", "events", "scale", "pointer1"]))
        for (index, (name, box)) in boxes.enumerated() {
            #expect(image.outset(by: 0.5).contains(box), "\(name) at \(box)")
            for (other, otherBox) in boxes[(index + 1)...] {
                #expect(!box.intersects(otherBox), "\(name) \(box) overlaps \(other) \(otherBox)")
            }
        }
        // No two pieces of text overlap, and no label of the map runs under a piece of furniture.
        let texts = Self.texts(scene)
        let furnitureTexts = texts.filter { $0.layer.isFurniture }
        for (index, text) in furnitureTexts.enumerated() {
            for other in furnitureTexts[(index + 1)...] {
                #expect(!text.box.intersects(other.box), "'\(text.string)' overlaps '\(other.string)'")
            }
        }
        let labels = scene.placedLabels
        #expect(!labels.isEmpty)
        for label in labels {
            for (name, box) in boxes where box.intersects(label.box) {
                Issue.record("label '\(label.text)' runs under \(name)")
            }
        }
    }

    /// Portrait and square put legend and events under the map body, landscape over its lower corners.
    @Test(arguments: shapes)
    func legendAndEventsGoUnderTheMapInStackedLayouts(shape: Shape) throws {
        let scene = try Self.scene(shape)
        let legend = try #require(scene.furnitureBoxes["legend"]), events = try #require(scene.furnitureBoxes["events"])
        if shape.layout == .landscape {
            #expect(scene.furnitureBoxes["panels"] == nil)
            #expect(legend.minX > shape.width / 2 && events.maxX < legend.minX)
        } else {
            let band = try #require(scene.furnitureBoxes["panels"])
            #expect(band.contains(legend) && band.contains(events))
            #expect(events.minY >= legend.maxY)
            #expect(try #require(scene.furnitureBoxes["scale"]).maxY <= band.minY)
        }
    }

    /// At 1080 px wide, the phone shapes draw no text under 14 px, event numbers on the map included.
    @Test(arguments: shapes.filter { $0.width == 1080 })
    func phoneShapesDrawNoTextUnder14Pixels(shape: Shape) throws {
        let scene = try Self.scene(shape)
        let texts = Self.texts(scene)
        #expect(!texts.isEmpty)
        for text in texts { #expect(text.size >= 14, "'\(text.string)' at \(text.size) px") }
        let icons = scene.items.compactMap { item -> SceneItem.Icon? in if case .icon(let i) = item { i } else { nil } }
        #expect(icons.contains { $0.badge != nil })
        for icon in icons where icon.badge != nil { #expect(icon.badgeTextSize >= 14) }
    }

    /// A square lists fewer events than portrait, and counts the rest.
    @Test func aSquareListsAShorterEventsList() throws {
        func rows(_ scene: Scene) -> Int {
            Self.texts(scene).filter { $0.layer == .furniture(.events) && $0.string.hasSuffix(":00") }.count
        }
        let portrait = try Self.scene(Self.shapes[2]), square = try Self.scene(Self.shapes[3])
        #expect(rows(square) == PanelBand.squareRows)
        #expect(rows(portrait) > rows(square))
        #expect(Self.texts(square).contains { $0.layer == .furniture(.events) && $0.string.hasPrefix("and ") })
    }

    /// The layout a size is closest to: wider than 6:5 is landscape, taller than 5:6 portrait.
    @Test func theLayoutFollowsTheShape() {
        #expect(MapLayout.fitting(width: 1600, height: 1200) == .landscape)
        #expect(MapLayout.fitting(width: 1080, height: 1350) == .portrait)
        #expect(MapLayout.fitting(width: 1080, height: 1080) == .square)
        #expect(MapLayout.fitting(width: 595, height: 842) == .portrait)
    }
}
