import Chronology
import Scene
import Testing
import _ChronomapTestSupport

/// Label placement over the one collision index, laid out with a fixed-advance measurer (no fonts, no Cairo).
@Suite struct LabelPlacementTests {
    @Test(arguments: FixtureMap.keyDates)
    func labelsNeverOverlapAnythingTaken(date: String) throws {
        for size in [(1600.0, 1200.0), (900.0, 700.0)] {
            let scene = try FixtureMap.layout(date, options: SceneOptions(width: size.0, height: size.1))
            let labels = scene.placedLabels
            // There is something to check: the capital's label at least, and markers and icons below.
            #expect(labels.contains { $0.featureID == "highgate" }, "\(date): Highgate is not labelled")
            var markers = 0
            for (index, label) in labels.enumerated() {
                for other in labels[(index + 1)...] {
                    #expect(!label.box.intersects(other.box), "\(date): \(label.featureID) overlaps \(other.featureID)")
                }
                for (name, box) in scene.furnitureBoxes {
                    #expect(!label.box.intersects(box), "\(date): \(label.featureID) overlaps the \(name)")
                }
                #expect(
                    PixelRect(x: 0, y: 0, width: scene.width, height: scene.height).contains(label.box),
                    "\(date): \(label.featureID) is cut by the frame")
            }
            // Markers and icons, as painted.
            for item in scene.items {
                let box: PixelRect?
                switch item {
                case .circle(let circle) where !circle.layer.isFurniture:
                    box = PixelRect(
                        x: circle.center.x - circle.radius, y: circle.center.y - circle.radius,
                        width: 2 * circle.radius, height: 2 * circle.radius)
                case .icon(let icon) where !icon.layer.isFurniture:
                    box = icon.inkBounds
                default:
                    box = nil
                }
                guard let box else { continue }
                markers += 1
                for label in labels {
                    #expect(!label.box.intersects(box), "\(date): \(label.featureID) covers a marker or icon at \(box)")
                }
            }
            // The fixture has six places on every key date (Tollbar only from 1 May) and an event or two.
            #expect(markers >= 6, "\(date): only \(markers) markers and icons")
        }
    }

    @Test(arguments: FixtureMap.keyDates)
    func rankOneAndTwoPlacesAreAlwaysLabelled(date: String) throws {
        let scene = try FixtureMap.layout(date)
        let dataset = try FixtureRegion.dataset.get()
        let labelled = Set(scene.placedLabels.map(\.featureID))
        var checked: [String] = []
        for place in dataset.features(in: .places) where (place.number("rank") ?? 9) <= 2 {
            let pixel = scene.viewport.pixel(place.geometry!.pointPosition!)
            let inside = pixel.x > 0 && pixel.x < scene.width && pixel.y > 0 && pixel.y < scene.height
            let underFurniture = scene.furnitureBoxes.values.contains {
                $0.outset(by: 6).intersects(PixelRect(x: pixel.x - 1, y: pixel.y - 1, width: 2, height: 2))
            }
            guard inside, !underFurniture else { continue }
            #expect(labelled.contains(place.id), "\(date): \(place.id) is not labelled")
            checked.append(place.id)
        }
        // The fixture has three places of rank 1 or 2 (Highgate, Saltmere, Eastport); Eastport, near the
        // south-east corner, may sit under the furniture, the other two must have been checked.
        #expect(checked.contains("highgate") && checked.count >= 2, "\(date): only \(checked) checked")
    }

    @Test func dualNamesShowBothSides() throws {
        // Names as places.geojson gives them (`FixtureRegion`): Saltmere's `alt_name:en`, Highgate's French and
        // German names.
        let dual = try FixtureMap.layout("2024-03-06")
        #expect(dual.placedLabels.contains { $0.text == "Saltmere / Salzmoor" }, "\(dual.placedLabels.map(\.text))")
        let french = try FixtureMap.layout("2024-03-06", options: SceneOptions(names: .single("fr")))
        #expect(french.placedLabels.contains { $0.text == "Haute-Porte" })
        #expect(french.legend.isEmpty == false)
        let german = try FixtureMap.layout("2024-03-06", options: SceneOptions(names: .single("de")))
        #expect(german.placedLabels.contains { $0.text.hasPrefix("Hochtor") })
    }
}
